"""`cnam-desktop export-pdf`: each report headless, and clear refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from cnam_desktop.cli import main


def text_of(path: Path) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--report", "centre", "--site", "Cnam Chaumont"], "Cnam Chaumont"),
        (["--report", "regional"], "Rapport régional"),
        (["--report", "planning", "--site", "Chaumont", "--week", "13/01/2027"], "11 janvier 2027"),
        (["--report", "besoins"], "Besoins d'équipement"),
    ],
)
def test_each_report_is_written(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    out = tmp_path / "out" / "rapport"
    code = main(
        ["export-pdf", "--db", str(demo_db_path), *args, "--out", str(out), "--today", "2026-11-26"]
    )
    assert code == 0
    written = out.with_name("rapport.pdf")
    assert expected in text_of(written)
    printed = capsys.readouterr().out
    assert str(written) in printed and "page" in printed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--report", "centre"], "Fiche centre : choisissez le site."),
        (["--report", "planning"], "Planning : donnez --site, --room ou --trainer."),
        (
            ["--report", "centre", "--site", "Atlantis"],
            "Site « Atlantis » introuvable (ni identifiant, ni nom, ni commune).",
        ),
        (
            ["--report", "besoins", "--trainer", "X"],
            "--room et --trainer ne servent qu'au planning",
        ),
    ],
)
def test_bad_requests_are_refused_with_a_french_message(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["export-pdf", "--db", str(demo_db_path), *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
