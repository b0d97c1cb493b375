"""Charts of the PDF reports: capped to the largest bars, French numbers, captions."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import KeepTogether

from cnam_desktop.domain.formatting import euros
from cnam_desktop.reports.pdf_base import FONT, ReportInfo, frame_width, write_pdf
from cnam_desktop.reports.pdf_charts import (
    BAR_PITCH,
    bar_chart,
    caption_text,
    chart_block,
    fit,
    top_bars,
    whole_euros,
)

INFO = ReportInfo("Graphiques", "Cnam Grand Est", date(2026, 11, 26))


def flat(value: str) -> str:
    return re.sub(r"\s+", " ", value)


def test_top_bars_keeps_the_largest_and_sums_the_rest() -> None:
    items = [(f"Site {i:02d}", i) for i in range(1, 26)] + [("Vide", 0)]
    bars, others = top_bars(items, 5)
    assert [b.label for b in bars] == ["Site 25", "Site 24", "Site 23", "Site 22", "Site 21"]
    assert others is not None
    assert others.value == sum(range(1, 21)) and others.grouped == 20
    assert others.label == "Autres (20)"
    # One item left over is shown rather than an « Autres » of one; zeros are left out.
    bars, others = top_bars([("a", 3), ("b", 2), ("c", 1), ("z", 0)], 2)
    assert [b.label for b in bars] == ["a", "b", "c"] and others is None
    # Ties are broken by label, so that the order is stable.
    bars, _ = top_bars([("b", 1), ("a", 1)], 5)
    assert [b.label for b in bars] == ["a", "b"]


def test_the_drawing_grows_with_the_bars_it_shows_not_with_the_items() -> None:
    many = [(f"Site {i}", Decimal(i)) for i in range(1, 101)]
    block = chart_block("Coût", many, 500, what=("site", "sites"), money=True, top=15)
    assert isinstance(block, KeepTogether)
    drawings = [f for f in block._content if isinstance(f, Drawing)]
    assert len(drawings) == 1
    # 15 bars, « Autres » (far larger than the first bar) not drawn.
    assert drawings[0].height < 17 * BAR_PITCH + 40
    small = bar_chart(top_bars([("a", 1), ("b", 2)])[0], 300)
    assert small.height < drawings[0].height


def test_labels_are_cut_to_fit_and_amounts_are_french() -> None:
    long = "Communauté d'agglomération de Chaumont, du Bassin nogentais et du Bassin"
    cut = fit(long, 100)
    assert cut.endswith("…") and len(cut) < len(long)
    assert fit("Court", 100) == "Court"
    assert whole_euros(Decimal("43740.40")) == "43\u202f740\u00a0€"
    caption = caption_text(
        top_bars([("a", Decimal(1500)), ("b <i>", Decimal(250))])[0],
        None,
        what=("site", "sites"),
        unit="",
        money=True,
        total=Decimal(1750),
    )
    assert "b &lt;i&gt;" in caption  # a user label is escaped in the caption markup
    assert f"<b>{euros(Decimal(1750))}</b>" in caption


def test_charts_print_their_labels_and_key_numbers(tmp_path: Path) -> None:
    sectors = [(f"Filière {i} <b>&</b>", (i * 7) % 23) for i in range(25)]
    statuses = [("Identifié", Decimal(1200)), ("Demandé", Decimal(0)), ("Livré", Decimal(300))]
    width = frame_width(INFO)
    story = [
        chart_block("Par filière", sectors, width, what=("filière", "filières"), unit="inscrits"),
        chart_block(
            "Par statut",
            statuses,
            width,
            what=("statut", "statuts"),
            money=True,
            colours=[colors.grey, colors.orange, colors.green],
        ),
        chart_block("Rien", [("a", 0)], width, what=("x", "x"), empty="Aucun apprenant."),
    ]
    path = write_pdf(tmp_path / "g.pdf", INFO, story)
    reader = PdfReader(path)
    everything = flat(" ".join(page.extract_text() for page in reader.pages))
    biggest = max(sectors, key=lambda item: item[1])
    assert biggest[0] in everything  # printed as typed, not read as markup
    total = sum(value for _, value in sectors)
    assert f"Total : {total} inscrits." in everything
    zeros = sum(1 for _, value in sectors if not value)
    assert f"Valeur nulle, non tracée : {zeros} filière" in everything
    assert "« Autres » : " in everything
    # Fixed categories: every status, zeros included, in their own order.
    expected = " ; ".join(f"{label} : {euros(value)}" for label, value in statuses)
    assert flat(expected) in everything
    assert "Aucun apprenant." in everything
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("LiberationSans" in name for name in fonts), fonts
    assert FONT == "CnamSans"
