"""The headless commands `info` and `check` (seeding is tested in test_cli_seed.py)."""

import sqlite3
from pathlib import Path

import pytest

from cnam_desktop.cli import main
from cnam_desktop.db.engine import open_database
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.services.sites import SiteService


def test_info_prints_paths(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"Base de données : {data_dir / 'reseau.sqlite3'}" in out
    assert "Schéma attendu : 0005_session_list_index" in out


def test_check_counts_live_and_deleted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    service = SiteService(db)
    service.create(SiteData(name="Cnam Chaumont", town="Chaumont"))
    service.delete(service.create(SiteData(name="Cnam Sedan", town="Sedan")))
    db.close()
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Intégrité : ok" in out
    assert "Clés étrangères : aucune anomalie" in out
    site_line = next(line for line in out.splitlines() if line.startswith("site "))
    assert site_line.split() == ["site", "1", "1"]


def test_check_reports_broken_foreign_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:  # foreign_keys is off on a raw connection
        conn.execute(
            "INSERT INTO premises (id, site_id, name, step_free, created_at, updated_at) "
            "VALUES ('p1', 'missing', 'Mairie', 0, '2026-01-01', '2026-01-01')"
        )
    assert main(["check", "--db", str(path)]) == 1
    assert "premises" in capsys.readouterr().out


def test_check_without_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "absent.sqlite3")]) == 1
    assert "Aucune base" in capsys.readouterr().err


def test_refused_file_gives_french_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pas-une-base.sqlite3"
    path.write_text("bonjour")
    assert main(["check", "--db", str(path)]) == 1
    assert "Erreur : " in capsys.readouterr().err
