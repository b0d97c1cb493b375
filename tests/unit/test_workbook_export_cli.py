"""`cnam-desktop export-xlsx`: the partner workbook from the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from cnam_desktop.cli import main


def test_whole_network(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "partenaires.xlsx"
    assert main(["export-xlsx", "--db", str(demo_db_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Classeur écrit : {out}" in printed
    assert "Périmètre : Tout le réseau, toutes les dates." in printed
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[0] == "Sommaire" and "Planning" in book.sheetnames
    sessions = sum(1 for _ in book["Planning"].iter_rows(min_row=2))
    assert f"Planning : {sessions:,} lignes".replace(",", "\u202f") in printed
    book.close()


def test_site_and_period_in_both_date_styles(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "verdun"  # the extension is added
    args = ["export-xlsx", "--db", str(demo_db_path), "--out", str(out), "--site", "Verdun"]
    assert main([*args, "--from", "01/09/2026", "--to", "2027-06-30"]) == 0
    printed = capsys.readouterr().out
    assert "Périmètre : Cnam Verdun, du 1er septembre 2026 au 30 juin 2027." in printed
    book = openpyxl.load_workbook(out.with_name("verdun.xlsx"), read_only=True)
    rows = list(book["Planning"].iter_rows(min_row=2, values_only=True))
    assert rows
    assert {row[1] for row in rows} == {"Cnam Verdun"}
    days = [row[5] for row in rows]
    assert all(datetime(2026, 9, 1) <= d <= datetime(2027, 6, 30) for d in days)
    book.close()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--site", "Atlantide"], "Site « Atlantide » introuvable"),
        (["--from", "2027-01-01", "--to", "2026-01-01"], "La période est vide"),
        (["--from", "31/02/2026"], "n'est pas une date"),
    ],
)
def test_bad_input_exits_2_in_french(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    args = ["export-xlsx", "--db", str(demo_db_path), "--out", str(out), *extra]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse refuses a malformed date itself
        code = int(exc.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["export-xlsx", "--db", str(tmp_path / "absent.sqlite3"), "--out", str(tmp_path / "x")]
    assert main(args) == 2
    assert "Aucune base" in capsys.readouterr().err
