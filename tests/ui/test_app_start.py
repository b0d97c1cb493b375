"""Starting the application: window first, then the database, the demo network, the data."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cnam_desktop.app import PROBE_ENV, StartupProbe, run_gui
from cnam_desktop.db.engine import open_database
from cnam_desktop.paths import AppPaths, app_paths
from cnam_desktop.services.sites import SiteService
from tests.ui.conftest import MessageRecorder

ROOT = Path(__file__).resolve().parents[2]
HAS_DEMO = importlib.util.find_spec("cnam_desktop.services.demo") is not None


def _launch(data_dir: Path, probe: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(PROBE_ENV, None)
    if probe:
        env[PROBE_ENV] = repr(time.time())
    return subprocess.run(
        [sys.executable, "-m", "cnam_desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )


def _milestones(stdout: str) -> dict[str, float]:
    found = {}
    for line in stdout.splitlines():
        name, _, seconds = line.partition(" ")
        if name in ("painted", "data"):
            found[name] = float(seconds)
    return found


def test_probe_prints_painted_then_data_and_exits(tmp_path: Path) -> None:
    result = _launch(tmp_path / "fresh")
    assert result.returncode == 0, result.stderr
    times = _milestones(result.stdout)
    assert set(times) == {"painted", "data"}, result.stdout
    assert 0 < times["painted"] <= times["data"] < 120
    assert result.stdout.splitlines()[0].startswith("painted ")
    assert (tmp_path / "fresh" / "reseau.sqlite3").exists()


@pytest.mark.skipif(
    not HAS_DEMO,
    reason="cnam_desktop/services/demo.py (seed_demo) is not written yet: "
    "first start cannot load the demo network",
)
def test_first_start_seeds_the_demo_network_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "first"
    assert _launch(data_dir).returncode == 0
    database = open_database(data_dir / "reseau.sqlite3")
    try:
        service = SiteService(database)
        ids = service.list_ids()
        assert ids, "the demo network was not loaded"
        assert all(row.is_demo for row in service.rows(ids).values())
        count = len(ids)
    finally:
        database.close()
    # Second start: an existing file is never seeded again.
    assert _launch(data_dir).returncode == 0
    database = open_database(data_dir / "reseau.sqlite3")
    try:
        assert len(SiteService(database).list_ids()) == count
    finally:
        database.close()


def test_unusable_file_is_reported_in_french_and_exits_1(
    qapp: Any, tmp_path: Path, message_log: MessageRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PROBE_ENV, raising=False)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("Ceci n'est pas une base.\n", encoding="utf-8")
    paths = app_paths(data_dir=tmp_path / "data", db=bogus)

    assert run_gui(paths, ["cnam-desktop"]) == 1

    (call,) = message_log.of_kind("error")
    assert call.title == "Ouverture impossible"
    assert "n'est pas une base de données de cette application" in call.text
    assert bogus.read_text(encoding="utf-8") == "Ceci n'est pas une base.\n"  # untouched


def test_run_gui_shows_the_sites_of_an_existing_database(
    qapp: Any,
    paths: AppPaths,
    sample_sites: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In-process start with the probe: it quits by itself once the rows are shown."""
    monkeypatch.setenv(PROBE_ENV, str(time.time()))
    assert run_gui(paths, ["cnam-desktop"]) == 0
    assert set(_milestones(capsys.readouterr().out)) == {"painted", "data"}


def test_probe_ignores_a_bad_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PROBE_ENV, "hier")
    assert StartupProbe.from_environment() is None
    assert "ignoré" in capsys.readouterr().err
    monkeypatch.delenv(PROBE_ENV)
    assert StartupProbe.from_environment() is None
