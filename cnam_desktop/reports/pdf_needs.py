"""« Besoins d'équipement »: the equipment-needs list for a funder (A4 portrait).

A title page (the scope: all funders or one, all sites or one; the count and the
total), then one section per site, its needs grouped by priority (Haute, Moyenne,
Basse) with a subtotal per priority and a total per site, and at the end a summary
per site and status with the grand total.

A need's cost is `domain.equipment.estimated_cost` (carried by `EquipmentNeedRow`):
quantity × the type's unit cost, unless a cost was typed in; such costs are marked
« * ». Every user value (site, type, reason, offering, funder) goes through
`pdf_base.text` (via `table`, `para`, `markup`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle

from cnam_desktop.domain.enums import NeedStatus, Priority
from cnam_desktop.domain.equipment import EquipmentNeedRow
from cnam_desktop.domain.formatting import euros, french_count, french_sort_key, plural
from cnam_desktop.reports.pdf_base import (
    ReportInfo,
    Styles,
    frame_width,
    key_figures,
    markup,
    para,
    styles,
    table,
    title_page,
)

ZERO = Decimal("0.00")
TITLE = "Besoins d'équipement"
OVERRIDE_MARK = " *"
_NARROW_PADDING = [  # up to eight columns on a portrait page
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
OVERRIDE_NOTE = (
    "Coût estimé : quantité × coût unitaire du type de matériel, sauf quand un coût a été "
    "saisi pour le besoin (marqué « * »)."
)


@dataclass(frozen=True)
class NeedsScope:
    """What the list covers: one site or all (None), one funder or all (None)."""

    site_name: str | None = None
    funder_name: str | None = None

    @property
    def label(self) -> str:
        """« Financeurs : tous · Sites : tout le réseau », « Financeur : X · Site : Y »."""
        funders = f"Financeur : {self.funder_name}" if self.funder_name else "Financeurs : tous"
        sites = f"Site : {self.site_name}" if self.site_name else "Sites : tout le réseau"
        return f"{funders} · {sites}"


def report_title(scope: NeedsScope) -> str:
    """« Besoins d'équipement », « Besoins d'équipement — Région Grand Est »."""
    return f"{TITLE} — {scope.funder_name}" if scope.funder_name else TITLE


def total_cost(needs: Sequence[EquipmentNeedRow]) -> Decimal:
    return sum((n.estimated_cost for n in needs), ZERO)


def by_site(needs: Sequence[EquipmentNeedRow]) -> list[tuple[str, list[EquipmentNeedRow]]]:
    """(site name, its needs) in French order of site names."""
    groups: dict[str, list[EquipmentNeedRow]] = {}
    names: dict[str, str] = {}
    for need in needs:
        groups.setdefault(need.site_id, []).append(need)
        names[need.site_id] = need.site_name
    order = sorted(groups, key=lambda site_id: (french_sort_key(names[site_id]), site_id))
    return [(names[site_id], groups[site_id]) for site_id in order]


def _cost(need: EquipmentNeedRow) -> str:
    mark = OVERRIDE_MARK if need.cost_override is not None else ""
    return f"{euros(need.estimated_cost)}{mark}"


def _bold(value: object, style: Styles, right: bool = False) -> Paragraph:
    return Paragraph(markup("<b>{}</b>", value), style.cell_right if right else style.cell)


def _priority_table(needs: Sequence[EquipmentNeedRow], with_funder: bool, st: Styles) -> Flowable:
    headers = ["Type de matériel", "Qté", "Coût unitaire", "Coût estimé", "Statut"]
    widths = [28.0 if with_funder else 33.0, 10.0, 18.0, 21.0, 17.0]
    if with_funder:
        headers.append("Financeur")
        widths.append(27.0)
    headers += ["Ouverture liée", "Motif"]
    widths += [26.0, 27.0] if with_funder else [34.0, 41.0]  # 174 mm: the frame's width
    rows: list[list[object]] = []
    for need in sorted(needs, key=lambda n: (french_sort_key(n.type_label), n.status.value)):
        row: list[object] = [
            need.type_label,
            french_count(need.quantity),
            euros(need.unit_cost),
            _cost(need),
            need.status.label,
        ]
        if with_funder:
            row.append(need.funder_name or "—")
        row += [need.offering_label or "—", need.reason or ""]
        rows.append(row)
    subtotal: list[object] = [
        _bold("Sous-total", st),
        _bold(french_count(sum(n.quantity for n in needs)), st, right=True),
        _bold(euros(total_cost(needs)), st, right=True),
    ]
    rows.append(subtotal + [""] * (len(headers) - len(subtotal)))
    result = table(headers, rows, [w * mm for w in widths], right=[1, 2, 3], st=st, total_row=True)
    # Room for a large subtotal, under the unit cost and the cost.
    result.setStyle(TableStyle([("SPAN", (2, -1), (3, -1)), *_NARROW_PADDING]))
    return result


def site_section(
    site_name: str, needs: Sequence[EquipmentNeedRow], with_funder: bool
) -> list[Flowable]:
    """The site's heading, a table per priority with its subtotal, the site's total."""
    st = styles()
    story: list[Flowable] = [CondPageBreak(45 * mm), para(site_name, st.h1)]
    for priority in Priority:
        group = [n for n in needs if n.priority is priority]
        if not group:
            continue
        heading = f"Priorité {priority.label.lower()} — {plural(len(group), 'besoin')}"
        story += [CondPageBreak(30 * mm), para(heading, st.h2)]
        story.append(_priority_table(group, with_funder, st))
    total = markup(
        "<b>Total {} : {}</b> ({})",
        site_name,
        euros(total_cost(needs)),
        plural(len(needs), "besoin"),
    )
    story += [Spacer(1, 3 * mm), Paragraph(total, st.body), Spacer(1, 4 * mm)]
    return story


def summary(needs: Sequence[EquipmentNeedRow]) -> list[Flowable]:
    """Per site and status, then the grand total (amounts a little smaller: seven columns)."""
    st = styles()
    amount = ParagraphStyle("amount", parent=st.cell_right, fontSize=8, leading=10)

    def cells(values: Sequence[Decimal], bold: bool = False) -> list[Paragraph]:
        template = "<b>{}</b>" if bold else "{}"
        return [Paragraph(markup(template, euros(v)), amount) for v in values]

    headers = ["Site", "Besoins", *(s.label for s in NeedStatus), "Total"]
    rows: list[list[object]] = []
    for site_name, group in by_site(needs):
        amounts = [total_cost([n for n in group if n.status is s]) for s in NeedStatus]
        rows.append([site_name, french_count(len(group)), *cells([*amounts, total_cost(group)])])
    amounts = [total_cost([n for n in needs if n.status is s]) for s in NeedStatus]
    rows.append(
        [
            _bold("Total général", st),
            _bold(french_count(len(needs)), st, right=True),
            *cells([*amounts, total_cost(needs)], bold=True),
        ]
    )
    widths = [34 * mm, 14 * mm, *([25 * mm] * len(NeedStatus)), 26 * mm]  # 174 mm
    right = list(range(1, len(headers)))
    result = table(headers, rows, widths, right=right, st=st, total_row=True)
    result.setStyle(TableStyle(_NARROW_PADDING))
    return [
        CondPageBreak(60 * mm),
        para("Récapitulatif par site et par statut", st.h1),
        result,
        Spacer(1, 4 * mm),
        Paragraph(markup("<b>Total général : {}</b>", euros(total_cost(needs))), st.h2),
        para(OVERRIDE_NOTE, st.small),
    ]


def needs_story(
    info: ReportInfo, scope: NeedsScope, needs: Sequence[EquipmentNeedRow]
) -> list[Flowable]:
    """The whole report: title page, a section per site, the summary."""
    st = styles()
    sites = by_site(needs)
    lines = [
        f"{plural(len(needs), 'besoin')} sur {plural(len(sites), 'site')}, coût estimé total : "
        f"{euros(total_cost(needs))}"
    ]
    story: list[Flowable] = [*title_page(info, lines), Spacer(1, 10 * mm)]
    story.append(
        key_figures(
            [
                (euros(total_cost(needs)), "coût estimé total"),
                (french_count(len(needs)), "besoins"),
                (french_count(len(sites)), "sites"),
            ],
            frame_width(info) - 12,
        )
    )
    story += [Spacer(1, 6 * mm), para(OVERRIDE_NOTE, st.small), PageBreak()]
    if not needs:
        story.append(para("Aucun besoin d'équipement ne correspond à ce périmètre.", st.body))
        return story
    with_funder = scope.funder_name is None
    for site_name, group in sites:
        story += site_section(site_name, group, with_funder)
    story += summary(needs)
    return story
