"""The PDF foundation: embedded font, escaped user text, repeated headers, « page X / Y »."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from cnam_desktop.reports import pdf_base
from cnam_desktop.reports.pdf_base import (
    ReportCancelled,
    ReportInfo,
    markup,
    para,
    styles,
    table,
    text,
    title_page,
    write_pdf,
)

INFO = ReportInfo("Rapport d'essai — cœur", "Cnam Grand Est", date(2026, 11, 26), subtitle="Réseau")
HOSTILE = "Dupont <Jean> & fils <img src='/etc/passwd'/> <a href='x'>lien</a>"


def page_texts(path: Path) -> list[str]:
    """Each page's text, runs of white space made one space (the total is a PDF form)."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def test_text_is_escaped_and_markup_only_wraps_escaped_values() -> None:
    assert text("a<b & c>d") == "a&lt;b &amp; c&gt;d"
    assert text(None) == ""
    assert text("ligne 1\nligne 2") == "ligne 1<br/>ligne 2"
    assert markup("<b>{}</b> ({})", "<i>x</i>", "Saint-Dié") == (
        "<b>&lt;i&gt;x&lt;/i&gt;</b> (Saint-Dié)"
    )


def test_a_long_table_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    st = styles()
    rows = [[f"{HOSTILE} {i}", f"{i} €"] for i in range(150)]
    story = [
        *title_page(INFO, ["Périmètre : tout le réseau"]),
        PageBreak(),
        para("Les sites", st.h1),
        table(["Nom du partenaire", "Montant"], rows, [120 * mm, 40 * mm], right=[1]),
    ]
    path = write_pdf(folder / "essai.pdf", INFO, story)
    texts = page_texts(path)
    count = len(texts)
    assert count >= 4  # title page + 150 rows over several pages
    for number, page in enumerate(texts, start=1):
        assert f"page {number} / {count}" in page
        assert "Cnam Grand Est" in page
    for page in texts[1:]:
        assert "Nom du partenaire" in page  # the header, repeated on each page of the table
    everything = "\n".join(texts)
    assert "Dupont <Jean> & fils <img src='/etc/passwd'/> <a href='x'>lien</a> 149" in everything
    assert "Rapport d'essai — cœur" in everything
    assert "jeudi 26 novembre 2026" in everything
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == INFO.title
    assert reader.metadata.author == "Cnam Grand Est"
    assert list(folder.iterdir()) == [path]  # no temporary file left


def test_the_font_is_embedded(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "f.pdf", INFO, [para("Œuvre, cœur, 12 €, « guillemets »", styles().body)]
    )
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.add((font.get_object()["/BaseFont"], embedded))
    assert fonts and all(embedded for _, embedded in fonts)
    assert any("LiberationSans" in name for name, _ in fonts)
    assert "Œuvre, cœur, 12 €, « guillemets »" in page_texts(path)[0]


def test_a_cancelled_build_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "rapport.pdf"
    target.write_bytes(b"ancien")
    rows = [[str(i)] for i in range(400)]
    story = [table(["N"], rows, [30 * mm])]
    with pytest.raises(ReportCancelled):
        write_pdf(target, INFO, story, cancelled=lambda: True)
    assert target.read_bytes() == b"ancien"
    assert list(folder.iterdir()) == [target]


def test_the_default_logo_is_shipped() -> None:
    assert pdf_base.default_logo().is_file()
