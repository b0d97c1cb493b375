"""« Planning hebdomadaire »: a printable week grid per site, room or trainer (A4 landscape).

The service (`services/planning_report.py`) gathers plain values, a `WeekPlan` per
week; each week gets a page: a heading (« Planning de la semaine du lundi 11 janvier
2027 — Cnam Chaumont »), the grid (`reports/pdf_week_grid.py`), then the counts and
the legend, the week's closures and its conflicts in French. The grid takes the
height the rest leaves, so that a week usually holds on one page.

Paragraphs below the grid go through `pdf_base.text`/`markup`: user text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from cnam_desktop.domain.conflicts import Severity
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.formatting import french_long_date, plural
from cnam_desktop.reports.pdf_base import (
    MARGIN,
    ReportInfo,
    default_logo,
    markup,
    para,
    styles,
)
from cnam_desktop.reports.pdf_week_grid import WeekGrid, WeekPlan


def week_heading(monday: date, target: str) -> str:
    return f"Planning de la semaine du {french_long_date(monday)} — {target}"


# The page ------------------------------------------------------------------------------------

LEGEND = (
    "Fond bleu : présentiel ; vert : à distance ; jaune : hybride. Bordure rouge et "
    "« conflit » : erreur de planification ; bordure orange et « alerte » : avertissement ; "
    "grisée, barrée et « annulée » : séance annulée ; colonne hachurée : jour férié ou "
    "fermeture du site."
)
MIN_GRID, MAX_GRID = 95 * mm, 150 * mm


def frame_size(info: ReportInfo) -> tuple[float, float]:
    """Width and height a flowable gets on a page of `pdf_base.build_pdf` (its frame,
    less the frame's default 6-point padding on each side)."""
    width, height = info.pagesize
    return width - 2 * MARGIN - 12, height - 2 * MARGIN - 2 * mm - 12


def _closure_lines(plan: WeekPlan) -> list[str]:
    """« Jour férié, lundi 29 mars 2027 : Lundi de Pâques », one per closure of the week."""
    days: dict[tuple[ClosureKind, str, str | None], list[date]] = {}
    for note in sorted(plan.notes, key=lambda n: (n.day, n.kind.value, n.label)):
        days.setdefault((note.kind, note.label, note.site_name), []).append(note.day)
    lines = []
    for (kind, label, site_name), spans in days.items():
        when = french_long_date(spans[0])
        if len(spans) > 1:
            when = f"du {when} au {french_long_date(spans[-1])}"
        where = f" ({site_name})" if site_name else ""
        lines.append(f"{kind.label}, {when} : {label}{where}")
    return lines


def _below(plan: WeekPlan) -> list[Flowable]:
    """Counts and legend, the week's closures, its conflicts."""
    st = styles()
    cancelled = sum(1 for e in plan.entries if e.cancelled)
    errors = sum(1 for severity, _ in plan.conflicts if severity is Severity.ERROR)
    counts = [plural(len(plan.entries), "séance")]
    if cancelled:
        counts.append(f"dont {plural(cancelled, 'annulée')}")
    counts.append(plural(errors, "conflit"))
    counts.append(plural(len(plan.conflicts) - errors, "alerte"))
    story: list[Flowable] = [
        Paragraph(markup("<b>{}</b>. {}", " · ".join(counts), LEGEND), st.small)
    ]
    closures = _closure_lines(plan)
    if closures:
        story.append(para("Fermetures et vacances", st.h2))
        story.extend(para(line, st.body) for line in closures)
    if plan.conflicts:
        story.append(para("Conflits de la semaine", st.h2))
    for severity, message in plan.conflicts:
        colour = "#c1002a" if severity is Severity.ERROR else "#b5651d"
        label = markup("{}", severity.label.capitalize())
        text = f'<font color="{colour}"><b>{label}</b></font> : {markup("{}", message)}'
        story.append(Paragraph(text, st.body))
    return story


def _height(flowables: Sequence[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, height)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _heading(plan: WeekPlan, width: float, logo: Path | None) -> Flowable:
    """The week's title, with the centre's logo (or the shipped one) on its right."""
    title = para(plan.heading, styles().h1)
    logo = logo if logo is not None and logo.is_file() else default_logo()
    if not logo.is_file():
        return title
    image = Image(str(logo))
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 3.0
    image.drawHeight = 8 * mm
    image.drawWidth = min(8 * mm * ratio, 40 * mm)
    band = Table([[title, image]], colWidths=[width - 42 * mm, 42 * mm])
    band.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return band


def week_story(
    plan: WeekPlan, width: float, height: float, logo: Path | None = None
) -> list[Flowable]:
    """The heading, the grid, then counts, legend, closures and conflicts of one week.

    `width` × `height` is the page's frame: the grid takes what the rest leaves of it
    (95 to 150 mm), so that a week usually holds on one page.
    """
    heading = _heading(plan, width, logo)
    below = _below(plan)
    gap = Spacer(1, 2 * mm)
    rest = _height([heading, gap, *below], width, height) + 6 * mm
    grid = WeekGrid(plan, max(MIN_GRID, min(MAX_GRID, height - rest)))
    return [heading, grid, gap, *below]


def planning_story(
    plans: Sequence[WeekPlan], width: float, height: float, logo: Path | None = None
) -> list[Flowable]:
    """One page (or more, when the conflicts are many) per week, on a frame of `width` ×
    `height` points; `logo` is the regional centre's (None: the shipped one)."""
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story.extend(week_story(plan, width, height, logo))
    return story
