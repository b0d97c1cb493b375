"""The committed ui_*.py files are exactly what pyside6-uic makes of forms/*.ui."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "packaging" / "build_ui.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_forms_match_their_sources() -> None:
    problems = _build_ui().drift()
    assert problems == [], "run `make ui` (packaging/build_ui.py): " + "; ".join(problems)


def test_every_form_is_compiled_and_used() -> None:
    forms = sorted(p.stem for p in (ROOT / "forms").glob("*.ui"))
    assert {"main_window", "site_dialog", "sites_view", "list_page"} <= set(forms)
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "cnam_desktop" / "ui").rglob("*.py")
        if "generated" not in p.parts
    )
    for stem in forms:
        assert (ROOT / "cnam_desktop" / "ui" / "generated" / f"ui_{stem}.py").exists()
        assert f"generated.ui_{stem} import" in sources, f"forms/{stem}.ui is not used"


def test_forms_are_attached_by_composition() -> None:
    for path in (ROOT / "cnam_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "loadUiType" not in text, path
        assert "QUiLoader" not in text, path
        assert not re.search(r"^class \w+\([^)]*\bUi_\w+", text, re.MULTILINE), path


def test_version_line_is_ignored_when_comparing() -> None:
    build_ui = _build_ui()
    a = "## Created by: Qt User Interface Compiler version 6.12.0\nx = 1\n"
    b = "## Created by: Qt User Interface Compiler version 6.13.1\nx = 1\n"
    assert build_ui.normalised(a) == build_ui.normalised(b)
    assert build_ui.normalised(a) != build_ui.normalised(a.replace("x = 1", "x = 2"))
