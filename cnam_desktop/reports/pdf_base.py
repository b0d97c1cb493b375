"""What every PDF report shares: A4 pages, the embedded font, styles, header and footer.

- The font is Liberation Sans, shipped in `resources/fonts/` with its licence, embedded
  in each file, so that « œ », « € », accents and French quotes print everywhere.
- User text never reaches Paragraph markup unescaped: `text()` escapes it, and
  `para()` only accepts text to escape; markup (bold, line breaks) is added by our
  code around escaped pieces with `markup()`.
- Each page has a header (report title, date) and a footer (regional centre,
  « page X / Y »). The total is drawn once known, through a PDF form that every page
  references (`_PagedCanvas`): no second build.
- `write_pdf` writes to a temporary name in the target folder and renames at the end:
  a failure or a cancel never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cnam_desktop.domain.formatting import french_long_date
from cnam_desktop.paths import resources_dir
from cnam_desktop.reports.atomic_file import replacing

FONT = "CnamSans"
FONT_BOLD = "CnamSans-Bold"
FONT_FILES = {
    FONT: "LiberationSans-Regular.ttf",
    FONT_BOLD: "LiberationSans-Bold.ttf",
    "CnamSans-Italic": "LiberationSans-Italic.ttf",
    "CnamSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
}
CNAM_RED = colors.HexColor("#c1002a")
GREY = colors.HexColor("#5f6368")
LIGHT = colors.HexColor("#f3f3f3")
RULE = colors.HexColor("#c8c8c8")
MARGIN = 15 * mm
TOTAL_PAGES_FORM = "cnam_total_pages"


def default_logo() -> Path:
    return resources_dir() / "images" / "logo-centre.png"


_registered = False


def register_fonts() -> None:
    """Register the embedded font family once (bold and italic map for <b> and <i>)."""
    global _registered
    if _registered:
        return
    folder = resources_dir() / "fonts"
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=FONT_BOLD,
        italic="CnamSans-Italic",
        boldItalic="CnamSans-BoldItalic",
    )
    _registered = True


def text(value: object) -> str:
    """User text made safe for Paragraph markup: `Dupont <Jean> & fils` prints as typed."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


def markup(template: str, *values: object) -> str:
    """Our markup with user values escaped: markup("<b>{}</b> ({})", name, town)."""
    return template.format(*(text(v) for v in values))


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    # embeddedHyphenation: a word too long for its column breaks after one of its own
    # hyphens (« Saint-Dié-des- / Vosges »), not in the middle of a letter run.
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, embeddedHyphenation=1)
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=29, spaceAfter=8
        ),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, textColor=GREY),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=6,
            textColor=CNAM_RED,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=ParagraphStyle(
            "header_cell", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        figure=ParagraphStyle(
            "figure",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            alignment=TA_CENTER,
            textColor=CNAM_RED,
        ),
        figure_label=ParagraphStyle(
            "figure_label",
            parent=base,
            fontSize=8,
            leading=10,
            alignment=TA_CENTER,
            textColor=GREY,
        ),
    )


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user (or any plain) text: always escaped."""
    return Paragraph(text(value), style)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    st: Styles | None = None,
    total_row: bool = False,
) -> Table:
    """A table whose header repeats on every page it spans; plain values are escaped.

    `right`: column indexes aligned right (numbers, amounts). A value that is already a
    Flowable (a Paragraph built with `markup`) is used as it is. `total_row`: the last
    row is a total, in bold over a grey band.
    """
    st = st or styles()
    right_set = set(right)
    data: list[list[Any]] = [[Paragraph(text(h), st.header_cell) for h in headers]]
    for row in rows:
        data.append(
            [
                v
                if isinstance(v, Flowable)
                else Paragraph(text(v), st.cell_right if i in right_set else st.cell)
                for i, v in enumerate(row)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the table asks for Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), CNAM_RED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
    ]
    if total_row and rows:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e3e3e3")),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ]
    result = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


def key_figures(figures: Sequence[tuple[str, str]], width: float) -> Table:
    """A band of big figures with their labels: [(« 12 », « sites ouverts »), …]."""
    st = styles()
    cells = [[Paragraph(text(v), st.figure) for v, _ in figures]]
    cells.append([Paragraph(text(label), st.figure_label) for _, label in figures])
    count = max(1, len(figures))
    band = Table(cells, colWidths=[width / count] * count)
    band.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return band


@dataclass(frozen=True)
class ReportInfo:
    """What the header, the footer and the title page say."""

    title: str
    centre_name: str
    made_on: date
    subtitle: str = ""
    logo: Path | None = None
    orientation: str = "portrait"

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.orientation == "landscape" else A4


def title_page(info: ReportInfo, lines: Sequence[str] = ()) -> list[Flowable]:
    """Logo, title, subtitle, the centre and the date; then `lines` (scope…)."""
    st = styles()
    story: list[Flowable] = []
    logo = info.logo if info.logo is not None and info.logo.is_file() else default_logo()
    if logo.is_file():
        image = Image(str(logo))
        ratio = image.imageHeight / image.imageWidth if image.imageWidth else 0.3
        image.drawWidth = 80 * mm
        image.drawHeight = 80 * mm * ratio
        image.hAlign = "LEFT"
        story += [image, Spacer(1, 30 * mm)]
    story.append(para(info.title, st.title))
    if info.subtitle:
        story.append(para(info.subtitle, st.subtitle))
    story.append(Spacer(1, 12 * mm))
    story.append(para(info.centre_name, st.h2))
    story.append(para(f"Édité le {french_long_date(info.made_on)}", st.body))
    for line in lines:
        story.append(para(line, st.body))
    return story


class _PagedCanvas(Canvas):
    """A canvas that knows, at save time, how many pages there were (« page X / Y »)."""

    def save(self) -> None:
        pages = self.getPageNumber() - 1
        self.beginForm(TOTAL_PAGES_FORM)
        self.setFont(FONT, 7.5)
        self.setFillColor(GREY)
        self.drawString(0, 0, str(max(pages, 1)))
        self.endForm()
        super().save()


def _decorate(info: ReportInfo) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = info.pagesize
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = height - MARGIN + 4 * mm
        canvas.drawString(MARGIN, top, info.title)
        canvas.drawRightString(width - MARGIN, top, info.made_on.strftime("%d/%m/%Y"))
        canvas.line(MARGIN, top - 1.5 * mm, width - MARGIN, top - 1.5 * mm)
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 3.5 * mm, width - MARGIN, bottom + 3.5 * mm)
        canvas.drawString(MARGIN, bottom, info.centre_name)
        label = f"page {doc.page} / "
        total_width = pdfmetrics.stringWidth("000", FONT, 7.5)
        x = width - MARGIN - total_width
        canvas.drawRightString(x, bottom, label)
        canvas.translate(x, bottom)
        canvas.doForm(TOTAL_PAGES_FORM)
        canvas.restoreState()

    return on_page


def build_pdf(
    path: Path,
    info: ReportInfo,
    story: list[Flowable],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Lay out `story` on A4 pages with the header and footer, into the file `path`.

    `cancelled` is polled after each page; returning True stops the build (it raises
    `ReportCancelled`).
    """
    register_fonts()
    width, height = info.pagesize
    doc = BaseDocTemplate(
        str(path),
        pagesize=info.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 2 * mm,
        bottomMargin=MARGIN,
        title=info.title,
        author=info.centre_name,
        subject=info.subtitle,
        creator="Cnam — réseau territorial",
        lang="fr-FR",
        initialFontName=FONT,  # no unembedded Helvetica in the file
        initialFontSize=9.5,
    )
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - 2 * mm, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate(info))])
    if cancelled is not None:

        def check(_name: str, *_args: object) -> None:
            if cancelled():
                raise ReportCancelled

        doc.setProgressCallBack(check)
    doc.build(story, canvasmaker=_PagedCanvas)


def frame_width(info: ReportInfo) -> float:
    return info.pagesize[0] - 2 * MARGIN


class ReportCancelled(Exception):
    """The user cancelled while the report was being built."""


def write_pdf(
    path: Path | str,
    info: ReportInfo,
    story: list[Flowable],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Build the report into a temporary file beside `path`, then rename it to `path`."""
    path = Path(path)
    with replacing(path, ".pdf") as temp:
        build_pdf(temp, info, story, cancelled=cancelled)
    return path
