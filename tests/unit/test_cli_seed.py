"""`cnam-desktop seed-demo` and `seed-scale`, run in-process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cnam_desktop.cli import main


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def test_seed_demo_then_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["seed-demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Réseau de démonstration chargé" in out
    assert "session" in out and "site" in out
    assert _count(path, "site") == 14

    assert main(["seed-demo", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("Erreur :")
    assert "déjà" in captured.err
    assert _count(path, "site") == 14

    assert main(["check", "--db", str(path)]) == 0
    assert "Clés étrangères : aucune anomalie" in capsys.readouterr().out


def test_seed_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scale.sqlite3"
    args = ["seed-scale", "--sites", "5", "--sessions", "500", "--db", str(path)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Réseau généré" in out
    lines = {line.split()[0]: int(line.split()[1]) for line in out.splitlines()[1:]}
    assert lines["site"] == 5 and lines["session"] == 500
    assert _count(path, "site") == 5 and _count(path, "session") == 500

    assert main(args) == 1
    assert "Erreur :" in capsys.readouterr().err
    assert _count(path, "session") == 500


def test_seed_scale_is_reproducible(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        args = ["seed-scale", "--sites", "3", "--sessions", "90", "--seed", "42", "--db", str(path)]
        assert main(args) == 0
        with sqlite3.connect(path) as conn:
            ids.append(conn.execute("SELECT id, day, room_id FROM session ORDER BY id").fetchall())
    assert ids[0] == ids[1]


def test_seed_scale_rejects_bad_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite3"
    assert main(["seed-scale", "--sites", "0", "--db", str(path)]) == 2
    assert "--sites" in capsys.readouterr().err
