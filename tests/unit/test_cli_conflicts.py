"""`cnam-desktop conflicts`: text, json and csv output, exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from cnam_desktop.cli import main
from cnam_desktop.db import models as m
from cnam_desktop.db.engine import open_database


def _site_id(path: Path, town: str) -> str:
    db = open_database(path)
    try:
        with db.reader() as s:
            return s.scalars(select(m.Site.id).where(m.Site.town == town)).one()
    finally:
        db.close()


def test_text_lists_each_conflict_and_exits_1_on_errors(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["conflicts", "--db", str(demo_db_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    summary = re.fullmatch(r"(\d+) conflits : (\d+) erreurs?, (\d+) avertissements?\.", lines[-1])
    assert summary is not None
    total, errors, warnings = (int(x) for x in summary.groups())
    body = lines[:-1]
    assert len(body) == total == errors + warnings
    assert sum(line.startswith("[erreur] ") for line in body) == errors >= 2
    assert sum(line.startswith("[avertissement] ") for line in body) == warnings
    girardin = [line for line in body if "Thomas Girardin" in line]
    assert len(girardin) == 1
    assert girardin[0].startswith("[erreur] Formateur réservé deux fois : Thomas Girardin a deux")
    assert "mardi 19 janvier 2027" in girardin[0]


def test_json_and_csv_carry_the_same_conflicts(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["conflicts", "--db", str(demo_db_path), "--format", "json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert {"rule", "severity", "session_ids", "message"} <= set(items[0])
    trainer = [i for i in items if i["rule"] == "trainer_double_booked"]
    assert len(trainer) == 1
    assert trainer[0]["severity"] == "error" and trainer[0]["severity_label"] == "erreur"
    assert len(trainer[0]["session_ids"]) == 2

    assert main(["conflicts", "--db", str(demo_db_path), "--format", "csv"]) == 1
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert rows[0] == ["règle", "libellé", "gravité", "séances", "message"]
    assert [(r[0], r[3].split(" "), r[4]) for r in rows[1:]] == [
        (i["rule"], i["session_ids"], i["message"]) for i in items
    ]


def test_site_with_warnings_only_exits_0(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    verdun = _site_id(demo_db_path, "Verdun")
    assert main(["conflicts", "--db", str(demo_db_path), "--site", verdun]) == 0
    out = capsys.readouterr().out
    assert "[erreur]" not in out
    assert "Cnam Verdun n'a pas assez de" in out
    # A town works as well as an id.
    assert main(["conflicts", "--db", str(demo_db_path), "--site", "Forbach"]) == 1
    assert "Thomas Girardin" in capsys.readouterr().out


def test_empty_network_has_no_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "vide.sqlite3"
    open_database(path).close()
    assert main(["conflicts", "--db", str(path)]) == 0
    assert capsys.readouterr().out == "Aucun conflit.\n"
    assert main(["conflicts", "--db", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_site_or_missing_base_exit_2(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["conflicts", "--db", str(demo_db_path), "--site", "Atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : Site « Atlantis » introuvable")
    assert main(["conflicts", "--db", str(tmp_path / "absente.sqlite3")]) == 2
    assert "Aucune base" in capsys.readouterr().err
