"""`cnam-desktop import-xlsx` and `import-templates`: output and exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cnam_desktop.cli import main
from cnam_desktop.reports.workbook_layout import IMPORTABLE, SITES

HEADERS = ["Code INSEE", "Nom du site", "Commune", "Statut"]


def _sites(path: Path, *rows: list[object]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SITES.title
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _site_names(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM site")}


GOOD = ["55999", "Cnam Essai", "Essaiville", "Candidature"]
BAD = ["55998", "Cnam Raté", "Ratéville", "Fermé pour travaux"]


def test_a_good_file_is_imported(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sites(tmp_path / "sites.xlsx", GOOD)
    assert main(["import-xlsx", str(path), "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Import de « sites.xlsx » enregistré :",
        "  Sites : 1 ligne — 1 créée, 0 mise à jour, 0 inchangée, 0 refusée",
    ]
    assert "Cnam Essai" in _site_names(demo_db_path)


def test_dry_run_writes_nothing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sites(tmp_path / "sites.xlsx", GOOD)
    assert main(["import-xlsx", str(path), "--dry-run", "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out
    assert "rien n'a été enregistré" in out and "1 à créer" in out
    assert "Cnam Essai" not in _site_names(demo_db_path)


def test_a_refused_row_is_printed_and_nothing_is_written(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sites(tmp_path / "sites.xlsx", GOOD, BAD)
    assert main(["import-xlsx", str(path), "--db", str(demo_db_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "Feuille « Sites », ligne 3, colonne « Statut » : « Fermé pour travaux » n'est pas "
        "une valeur possible"
    )
    assert out[1].startswith("Rien n'a été enregistré")
    assert out[2] == "  Sites : 2 lignes — 1 à créer, 0 à mettre à jour, 0 inchangée, 1 refusée"
    assert not {"Cnam Essai", "Cnam Raté"} & _site_names(demo_db_path)


def test_valid_only_writes_the_valid_rows_and_still_exits_1(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sites(tmp_path / "sites.xlsx", GOOD, BAD)
    assert main(["import-xlsx", str(path), "--valid-only", "--db", str(demo_db_path)]) == 1
    assert "1 créée" in capsys.readouterr().out
    names = _site_names(demo_db_path)
    assert "Cnam Essai" in names and "Cnam Raté" not in names


def test_a_hostile_file_exits_2(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sites.xlsx"
    path.write_text("Code INSEE;Nom du site\n55999;Cnam Essai\n", encoding="utf-8")
    assert main(["import-xlsx", str(path), "--db", str(demo_db_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "fichier texte (CSV ?) renommé" in captured.err


def test_a_missing_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sites(tmp_path / "sites.xlsx", GOOD)
    db = tmp_path / "absente.sqlite3"
    assert main(["import-xlsx", str(path), "--db", str(db)]) == 2
    assert "Aucune base" in capsys.readouterr().err
    assert not db.exists()


def test_templates_command(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "modeles"
    assert main(["import-templates", "--out", str(out), "--db", str(demo_db_path)]) == 0
    written = out.with_name("modeles.xlsx")
    assert f"« {written} »" in capsys.readouterr().out
    book = load_workbook(written)
    assert book.sheetnames[1:-1] == [layout.title for layout in IMPORTABLE]
