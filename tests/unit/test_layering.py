"""Only cnam_desktop/ui/ and app.py may import Qt; the rest runs headless."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cnam_desktop"
QT_ALLOWED = {PACKAGE / "app.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_outside_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents or path in QT_ALLOWED:
            continue
        if any(n == "PySide6" or n.startswith("PySide6.") for n in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones() -> None:
    rules = {
        "domain": ("cnam_desktop.db", "cnam_desktop.services", "cnam_desktop.ui"),
        "db": ("cnam_desktop.services", "cnam_desktop.ui", "cnam_desktop.reports"),
        "services": ("cnam_desktop.ui",),
        "reports": ("cnam_desktop.ui",),
    }
    offenders = []
    for layer, forbidden in rules.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = [n for n in _imports(path) if n.startswith(forbidden)]
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {bad}")
    assert offenders == []


def test_cli_runs_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from cnam_desktop.cli import main\n"
        f"rc = main(['info', '--data-dir', {str(tmp_path)!r}])\n"
        "assert rc == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path) in result.stdout
