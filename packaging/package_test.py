"""Smoke test of the built one-folder application (`make package-test`).

    python packaging/package_test.py [--dist dist/cnam-desktop] [--runs 5] [--no-compare]

1. `--version` prints the version of pyproject.toml (the package metadata is bundled).
2. The window opens (offscreen) on a fresh, empty data folder: the database is created
   by the bundled Alembic migrations, the demo network is seeded from the bundled
   resources, the dashboard's charts are drawn, and the process quits with 0
   (the start-up probe, CNAM_DESKTOP_STARTUP_PROBE, see cnam_desktop/app.py).
3. That database holds the demo sites and French holiday names; the headless
   subcommands `info`, `check`, `conflicts`, `export-xlsx` and `export-pdf` run on it.
4. Another fresh database is made by `seed-demo` (migrations without Qt).
5. The bundle holds no Qt module the application does not use.
6. Size of the bundle, and start-up time of the bundle against the virtual
   environment's `cnam-desktop`: medians of `--runs` starts each, interleaved, on
   copies of the same database.

Exit status 1 when a check fails. Runs on Linux and Windows (where the subcommands
go through `cnam-desktop-cli.exe`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""
TIMEOUT_S = 300
MILESTONES = ("painted", "data", "charts")
UNUSED_QT = ("WebEngine", "Qml", "Quick", "3DCore", "Multimedia", "VirtualKeyboard", "Designer")


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


class Checks:
    """Runs named checks, prints one line each, remembers failures."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def run(self, name: str, check: Callable[[], str | None]) -> None:
        try:
            detail = check()
        except Exception as exc:
            self.failed.append(name)
            print(f"FAIL  {name}: {exc}", flush=True)
            return
        print(f"ok    {name}" + (f" ({detail})" if detail else ""), flush=True)


def _env(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("CNAM_DESKTOP_STARTUP_PROBE", None)
    if data_dir is not None:
        env["CNAM_DESKTOP_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], expect: int = 0) -> subprocess.CompletedProcess:
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S
    )
    if result.returncode != expect:
        raise AssertionError(
            f"{' '.join(command)} exited {result.returncode} (expected {expect})\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )
    return result


def start_window(command: list[str], data_dir: Path, database: Path | None = None) -> dict:
    """Open the window with the start-up probe; the milestones it printed (seconds)."""
    args = [*command, *(["--db", str(database)] if database else [])]
    env = _env(data_dir)
    env["CNAM_DESKTOP_STARTUP_PROBE"] = repr(time.time())
    result = run(args, env)
    times = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in MILESTONES:
            times[key] = float(value)
    missing = [m for m in MILESTONES if m not in times]
    if missing:
        raise AssertionError(f"no {', '.join(missing)} line in:\n{result.stdout}\n{result.stderr}")
    return times


def console_executable(dist: Path) -> Path:
    """The executable that prints: on Windows `cnam-desktop.exe` has no console (its
    output is lost), `cnam-desktop-cli.exe` has one and opens the same window."""
    cli = dist / f"cnam-desktop-cli{EXE_SUFFIX}"
    return cli if cli.exists() else dist / f"cnam-desktop{EXE_SUFFIX}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def live_sites(database: Path) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM site WHERE deleted_at IS NULL").fetchone()[0]


def smoke(dist: Path, work: Path, checks: Checks) -> Path:
    """Checks 1 to 5; the database the window created (for the timings)."""
    cli = [str(console_executable(dist))]
    version = project_version()
    data = work / "donnees"
    database = data / "reseau.sqlite3"

    def version_check() -> str:
        result = run([*cli, "--version"], _env())
        out = (result.stdout + result.stderr).strip()  # argparse's exit message: stderr
        assert out.endswith(version), f"« {out} » does not end with {version}"
        return out

    def window() -> str:
        assert not data.exists()
        times = start_window(cli, data)
        return ", ".join(f"{k} {v:.2f} s" for k, v in times.items())

    def database_check() -> str:
        assert database.is_file(), f"{database} was not created"
        sites = live_sites(database)
        assert sites > 0, "no site in the new database"
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            labels = {r[0] for r in conn.execute("SELECT label FROM closure")}
        assert "Noël" in labels, f"no « Noël » among the closures: {sorted(labels)[:5]}…"
        return f"{sites} sites, {database.stat().st_size // 1024} Kio"

    def info() -> str:
        out = run([*cli, "info"], _env(data)).stdout
        assert version in out and str(database) in out, out
        return "version and paths"

    def check() -> str:
        out = run([*cli, "check"], _env(data)).stdout
        assert "Intégrité : ok" in out, out
        return out.splitlines()[1]

    def conflicts() -> str:
        # The demo network holds deliberate conflicts, errors among them: exit 1.
        out = run([*cli, "conflicts", "--format", "json"], _env(data), expect=1).stdout
        found = json.loads(out)
        assert found and any(c["severity"] == "error" for c in found), out[:500]
        return f"{len(found)} conflicts"

    def export_xlsx() -> str:
        target = work / "partenaires.xlsx"
        run([*cli, "export-xlsx", "--out", str(target), "--site", "Chaumont"], _env(data))
        with zipfile.ZipFile(target) as workbook:
            sheets = [n for n in workbook.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) >= 5, sheets
        return f"{len(sheets)} sheets, {target.stat().st_size // 1024} Kio"

    def export_pdf() -> str:
        target = work / "fiche-centre.pdf"
        run(
            [*cli, "export-pdf", "--report", "centre", "--site", "Chaumont", "--out", str(target)],
            _env(data),
        )
        content = target.read_bytes()
        assert content.startswith(b"%PDF") and b"LiberationSans" in content, "not our PDF"
        return f"{len(content) // 1024} Kio, Liberation Sans embedded"

    def seed_demo() -> str:
        other = work / "autre" / "essai.sqlite3"
        run([*cli, "seed-demo", "--db", str(other)], _env(work / "autre"))
        return f"{live_sites(other)} sites"

    def qt_modules() -> str:
        unwanted = sorted(
            str(p.relative_to(dist))
            for p in dist.rglob("*")
            if any(name in p.name for name in UNUSED_QT)
        )
        assert not unwanted, f"unused Qt parts bundled: {unwanted[:10]}"
        translations = sorted(p.name for p in dist.rglob("*.qm"))
        assert "qtbase_fr.qm" in translations, translations
        return f"Qt translations: {', '.join(translations)}"

    checks.run("--version: the version of pyproject.toml", version_check)
    checks.run("window on a fresh data folder: migrate, seed, draw, quit 0", window)
    checks.run("database created with the demo network", database_check)
    checks.run("info", info)
    checks.run("check", check)
    checks.run("conflicts --format json", conflicts)
    checks.run("export-xlsx --site Chaumont", export_xlsx)
    checks.run("export-pdf --report centre --site Chaumont", export_pdf)
    checks.run("seed-demo on another fresh database (no Qt)", seed_demo)
    checks.run("only the Qt modules the application uses", qt_modules)
    return database


def compare(dist: Path, work: Path, database: Path, runs: int, venv_command: Path) -> None:
    """Print the bundle's size and the start-up medians, bundle against virtualenv."""
    size = folder_size(dist)
    files = sum(1 for p in dist.rglob("*") if p.is_file())
    print(f"\nBundle {dist}: {size / 1_048_576:.0f} Mio in {files} files")
    if not venv_command.exists():
        print(f"{venv_command} not found: no start-up comparison.")
        return
    commands = {"bundle": [str(console_executable(dist))], "venv": [str(venv_command)]}
    copies = {}
    for label in commands:
        folder = work / f"mesure-{label}"
        folder.mkdir()
        copies[label] = folder / "reseau.sqlite3"
        shutil.copyfile(database, copies[label])
    results: dict[str, dict[str, list[float]]] = {
        label: {m: [] for m in MILESTONES} for label in commands
    }
    for _ in range(runs):  # interleaved, so that load on the machine hits both alike
        for label, command in commands.items():
            times = start_window(command, copies[label].parent)
            for milestone in MILESTONES:
                results[label][milestone].append(times[milestone])
    print(f"Start-up on the demo database, median of {runs} runs (seconds after launch):")
    print(f"{'':<10}" + "".join(f"{m:>10}" for m in MILESTONES))
    for label in commands:
        medians = [statistics.median(results[label][m]) for m in MILESTONES]
        print(f"{label:<10}" + "".join(f"{v:>10.3f}" for v in medians))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "cnam-desktop")
    parser.add_argument("--runs", type=int, default=5, help="start-ups timed per command")
    parser.add_argument("--no-compare", action="store_true", help="checks only, no timing")
    default_venv = ROOT / ".venv" / ("Scripts" if WINDOWS else "bin") / f"cnam-desktop{EXE_SUFFIX}"
    parser.add_argument("--venv-command", type=Path, default=default_venv)
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if not (dist / f"cnam-desktop{EXE_SUFFIX}").is_file():
        print(f"No built application in {dist}: run `make package` first.", file=sys.stderr)
        return 2
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="cnam-package-test-") as tmp:
        work = Path(tmp)
        database = smoke(dist, work, checks)
        if not args.no_compare and not checks.failed:
            compare(dist, work, database, args.runs, args.venv_command)
    if checks.failed:
        print(f"\n{len(checks.failed)} check(s) failed: {', '.join(checks.failed)}")
        return 1
    print("\nAll package checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
