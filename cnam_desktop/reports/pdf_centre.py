"""The centre sheet (« Fiche centre »): one site's sections, as platypus Flowables.

The service fills a `CentreData` with plain values; each `*_section` function turns
one part of it into Flowables, so that the regional report reuses them for each open
site (`short=True`: no status history, no partner contacts — personal data that a
network-wide report need not spread —, no premises details, inventory or charts).

Every section starts with `CondPageBreak`: a heading never sits alone at the foot of
a page; long tables then split with their header repeated (`pdf_base.table`). An
empty section says so in one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from cnam_desktop.domain.enums import NeedLevel, NeedStatus
from cnam_desktop.domain.formatting import (
    euros,
    french_count,
    french_date,
    french_long_date,
    french_number,
    plural,
    yes_no,
)
from cnam_desktop.reports.centre_data import CentreData
from cnam_desktop.reports.pdf_base import key_figures, markup, para, table
from cnam_desktop.reports.pdf_charts import chart_block, shared_styles, whole_euros

ROOM_FOR_HEADING = 45 * mm  # a heading starts a page unless this much room is left
NEED_COLOURS = {
    NeedStatus.IDENTIFIED: colors.HexColor("#9e9e9e"),
    NeedStatus.REQUESTED: colors.HexColor("#e59b00"),
    NeedStatus.FUNDED: colors.HexColor("#1f6fb2"),
    NeedStatus.DELIVERED: colors.HexColor("#2e8540"),
}


# Helpers -----------------------------------------------------------------------------------


def grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total_row: bool = False,
) -> Table:
    """`pdf_base.table` with the shared styles."""
    return table(headers, rows, widths, right=right, st=shared_styles(), total_row=total_row)


def heading(title: str) -> list[Flowable]:
    return [CondPageBreak(ROOM_FOR_HEADING), para(title, shared_styles().h2)]


def empty(sentence: str) -> Paragraph:
    return para(sentence, shared_styles().body)


def hours_text(hours: Decimal) -> str:
    return f"{french_number(float(hours), 2) or '0'} h"


def _cell(template: str, *values: object) -> Paragraph:
    return Paragraph(markup(template, *values), shared_styles().cell)


def cols(width: float, *parts: float) -> list[float]:
    """Column widths in proportion to `parts`, filling `width`."""
    scale = width / sum(parts)
    return [part * scale for part in parts]


# Sections ----------------------------------------------------------------------------------


def identity_section(data: CentreData, width: float, *, short: bool = False) -> list[Flowable]:
    st, site = shared_styles(), data.site
    story: list[Flowable] = [
        Paragraph(
            markup("{} <font color='#5f6368'>— {}</font>", site.name, site.status.label), st.h1
        )
    ]
    live = [o for o in data.offerings if o.counted]
    figures = [
        (french_count(len(data.rooms)), "salles"),
        (french_count(data.capacity), "places assises"),
        (french_count(len(live)), "ouvertures (hors annulées)"),
        (french_count(data.enrolled), "apprenants inscrits"),
        (whole_euros(data.needs_total), "besoins d'équipement"),
    ]
    story += [key_figures(figures, width), Spacer(1, 4 * mm)]
    town = " ".join(x for x in (site.postcode, site.town) if x)
    where = f"{town} ({site.department})" if site.department else town
    rows = [
        ("Commune", where, "Code INSEE", site.insee_code),
        ("EPCI", site.epci, "Région", site.region),
        ("Bassin d'emploi", site.employment_area, "Programme", "ACV" if site.acv else "Hors ACV"),
        ("Statut", site.status.label, "Territoire d'industrie", yes_no(site.industry_territory)),
        (
            "Candidature",
            french_date(site.application_date, "—"),
            "Sélection",
            french_date(site.selection_date, "—"),
        ),
        ("Ouverture", french_date(site.opening_date, "—"), "", ""),
    ]
    cells = [
        [
            _cell("<b>{}</b>", a),
            para(b or "—", st.cell),
            _cell("<b>{}</b>", c),
            para(d or ("—" if c else ""), st.cell),
        ]
        for a, b, c, d in rows
    ]
    story.append(grid(["Identité", "", "", ""], cells, cols(width, 22, 38, 22, 38)))
    if site.notes and not short:
        story += [Spacer(1, 2 * mm), para(site.notes, st.small)]
    if short:
        return story
    story += heading("Historique du statut")
    if not data.history:
        story.append(empty("Aucun changement de statut enregistré."))
    else:
        history = [(french_date(h.changed_on), h.status.label, h.note or "") for h in data.history]
        story.append(grid(["Date", "Statut", "Note"], history, cols(width, 18, 30, 72)))
    return story


def partners_section(data: CentreData, width: float, *, short: bool = False) -> list[Flowable]:
    story = heading("Partenaires")
    if not data.partners:
        return [*story, empty("Aucun partenaire enregistré.")]
    if short:
        rows = [(p.name, p.kind_label, p.role_label) for p in data.partners]
        return [*story, grid(["Partenaire", "Type", "Rôle"], rows, cols(width, 60, 35, 25))]
    rows4 = [(p.name, p.kind_label, p.role_label, p.contact or "—") for p in data.partners]
    headers = ["Partenaire", "Type", "Rôle", "Contact"]
    return [*story, grid(headers, rows4, cols(width, 40, 22, 16, 42))]


def diagnostic_section(data: CentreData, width: float) -> list[Flowable]:
    st = shared_styles()
    story = heading("Diagnostic territorial et offre de formation")
    if not data.diagnostic:
        return [*story, empty("Aucun diagnostic territorial enregistré.")]
    gaps = [line.sector for line in data.diagnostic if line.gap]
    if gaps:
        names = ", ".join(markup("{}", g) for g in gaps)
        story.append(
            Paragraph(
                f"<font color='#c1002a'><b>{plural(len(gaps), 'filière')} à besoin fort "
                f"sans formation ici :</b></font> {names}.",
                st.body,
            )
        )
    else:
        story.append(empty("Chaque filière à besoin fort a au moins une formation ici."))
    story.append(Spacer(1, 2 * mm))
    rows = []
    for line in data.diagnostic:
        if line.courses:
            offer: Flowable = Paragraph(
                "<br/>".join(markup("{}", c) for c in line.courses), st.cell
            )
        elif line.gap:
            offer = Paragraph("<font color='#c1002a'><b>Aucune formation</b></font>", st.cell)
        else:
            offer = para("Aucune formation", st.cell)
        level = line.need_level.label
        rows.append(
            [
                _cell("<b>{}</b>", line.sector),
                _cell("<b>{}</b>", level) if line.need_level is NeedLevel.HIGH else level,
                line.qualification_gap or "—",
                line.existing_offer or "—",
                offer,
            ]
        )
    headers = ["Filière", "Besoin", "Déficit de qualification", "Offre existante", "Formations ici"]
    story.append(grid(headers, rows, cols(width, 22, 10, 28, 24, 36)))
    return story


def premises_section(data: CentreData, width: float, *, short: bool = False) -> list[Flowable]:
    story = heading("Locaux et salles")
    if not data.premises:
        return [*story, empty("Aucun local enregistré.")]
    if not short:
        rows = [
            (
                p.name,
                p.address or "—",
                p.owner or "—",
                _agreement(p.agreement_start, p.agreement_end),
                euros(p.yearly_cost) or "—",
                yes_no(p.step_free),
            )
            for p in data.premises
        ]
        headers = ["Locaux", "Adresse", "Propriétaire", "Convention", "Coût annuel", "Plain-pied"]
        story += [
            grid(headers, rows, cols(width, 32, 40, 30, 35, 24, 19), right=[4]),
            Spacer(1, 3 * mm),
        ]
    if not data.rooms:
        return [*story, empty("Aucune salle enregistrée.")]
    room_rows: list[list[object]] = [
        [
            premises,
            room.name,
            room.kind.label,
            french_count(room.capacity),
            yes_no(room.accessible),
            room.opening_hours or "—",
        ]
        for premises, room in data.rooms
    ]
    room_rows.append(
        ["Total", plural(len(data.rooms), "salle"), "", french_count(data.capacity), "", ""]
    )
    headers = ["Locaux", "Salle", "Type", "Capacité", "Accessible", "Horaires"]
    story.append(
        grid(headers, room_rows, cols(width, 22, 22, 24, 13, 14, 25), right=[3], total_row=True)
    )
    return story


def _agreement(start: date | None, end: date | None) -> str:
    if start and end:
        return f"du {french_date(start)} au {french_date(end)}"
    if start:
        return f"depuis le {french_date(start)}"
    if end:
        return f"jusqu'au {french_date(end)}"
    return "—"


def inventory_section(data: CentreData, width: float) -> list[Flowable]:
    story = heading("Inventaire du matériel")
    if not data.inventory:
        return [*story, empty("Aucun matériel inventorié.")]
    rows: list[list[object]] = [
        [
            i.type_label,
            i.category,
            i.room or "Non affecté",
            french_count(i.quantity),
            i.condition.label,
            euros(i.value),
        ]
        for i in data.inventory
    ]
    total = sum((i.value for i in data.inventory), Decimal("0.00"))
    quantity = sum(i.quantity for i in data.inventory)
    rows.append(["Total", "", "", french_count(quantity), "", euros(total)])
    headers = ["Matériel", "Catégorie", "Salle", "Quantité", "État", "Valeur"]
    story.append(
        grid(headers, rows, cols(width, 32, 18, 20, 11, 14, 18), right=[3, 5], total_row=True)
    )
    return story


def needs_section(data: CentreData, width: float) -> list[Flowable]:
    story = heading("Besoins d'équipement")
    if not data.needs:
        return [*story, empty("Aucun besoin d'équipement enregistré.")]
    rows: list[list[object]] = [
        [
            n.type_label,
            french_count(n.quantity),
            euros(n.unit_cost),
            euros(n.cost),
            n.priority.label,
            n.status.label,
            n.funder or "—",
            n.reason or "—",
        ]
        for n in data.needs
    ]
    rows.append(["Total", "", "", euros(data.needs_total), "", "", "", ""])
    headers = [
        "Matériel",
        "Qté",
        "Coût unitaire",
        "Coût estimé",
        "Priorité",
        "Statut",
        "Financeur",
        "Motif",
    ]
    widths = cols(width, 30, 11, 20, 21, 17, 18.5, 28, 34.5)
    story += [grid(headers, rows, widths, right=[1, 2, 3], total_row=True), Spacer(1, 1.5 * mm)]
    by_status = " ; ".join(f"{s.label} : {euros(c)}" for s, c in data.needs_by_status() if c)
    story.append(para(f"Par statut : {by_status}.", shared_styles().small))
    return story


def offerings_section(data: CentreData, width: float) -> list[Flowable]:
    story = heading("Ouvertures de formation")
    if not data.offerings:
        return [*story, empty("Aucune ouverture de formation enregistrée.")]
    rows: list[list[object]] = [
        [
            _cell("<b>{}</b> — {}", o.code, o.title),
            o.period,
            o.modality.label,
            o.status.label,
            french_count(o.planned),
            french_count(o.enrolled),
            _funding(o.funded_cpf, o.funded_employer, o.funded_jobseeker, o.funded_self),
        ]
        for o in data.offerings
    ]
    live = [o for o in data.offerings if o.counted]
    rows.append(
        [
            "Total (hors annulées)",
            "",
            "",
            "",
            french_count(sum(o.planned for o in live)),
            french_count(data.enrolled),
            _funding(
                *(
                    sum(getattr(o, f) for o in live)
                    for f in ("funded_cpf", "funded_employer", "funded_jobseeker", "funded_self")
                )
            ),
        ]
    )
    headers = ["Parcours", "Période", "Modalité", "Statut", "Prévus", "Inscrits", "Financement"]
    widths = cols(width, 52, 20, 18.5, 17.5, 15, 16, 41)
    story.append(grid(headers, rows, widths, right=[4, 5], total_row=True))
    return story


def _funding(cpf: int, employer: int, jobseeker: int, self_funded: int) -> str:
    parts = [
        ("CPF", cpf),
        ("employeur", employer),
        ("demandeurs d'emploi", jobseeker),
        ("autofinancement", self_funded),
    ]
    return " · ".join(f"{label} {french_count(n)}" for label, n in parts if n) or "—"


def schedule_section(data: CentreData, width: float) -> list[Flowable]:
    story = heading("Planning des prochaines semaines")
    if not data.weeks:
        return [*story, empty("Aucune semaine demandée.")]
    first, last = data.weeks[0].monday, data.weeks[-1].monday + timedelta(days=6)
    story.append(
        para(
            f"Du {french_long_date(first)} au {french_long_date(last)} : séances des "
            "ouvertures du site, hors séances annulées.",
            shared_styles().small,
        )
    )
    if not any(w.sessions for w in data.weeks):
        return [*story, empty("Aucune séance prévue sur cette période.")]
    checked = any(w.conflicts is not None for w in data.weeks)
    rows: list[list[object]] = []
    for w in data.weeks:
        row: list[object] = [
            f"du {w.monday:%d/%m} au {french_date(w.monday + timedelta(days=6))}",
            french_count(w.sessions),
            hours_text(w.hours),
            ", ".join(w.courses) or "—",
        ]
        if checked:
            row.append(_conflicts(w.conflicts or 0, w.errors))
        rows.append(row)
    total: list[object] = [
        "Total",
        french_count(sum(w.sessions for w in data.weeks)),
        hours_text(sum((w.hours for w in data.weeks), Decimal(0))),
        "",
    ]
    headers = ["Semaine", "Séances", "Heures", "Parcours"]
    parts = [30, 12, 12, 46]
    if checked:
        conflicts = sum(w.conflicts or 0 for w in data.weeks)
        total.append(_conflicts(conflicts, sum(w.errors for w in data.weeks)))
        headers.append("Conflits")
        parts = [28, 11, 11, 32, 18]
    rows.append(total)
    story.append(grid(headers, rows, cols(width, *parts), right=[1, 2], total_row=True))
    return story


def _conflicts(count: int, errors: int) -> Flowable | str:
    if not count:
        return "Aucun"
    text = f"{french_count(count)} (dont {plural(errors, 'erreur')})"
    colour = "#c1002a" if errors else "#000000"
    return Paragraph(f"<font color='{colour}'>{text}</font>", shared_styles().cell)


def charts_section(data: CentreData, width: float) -> list[Flowable]:
    statuses = data.needs_by_status()
    return [
        CondPageBreak(ROOM_FOR_HEADING),
        chart_block(
            "Apprenants inscrits par filière",
            data.learners_by_sector(),
            width,
            what=("filière", "filières"),
            unit="apprenants inscrits",
            empty="Aucun apprenant inscrit.",
        ),
        chart_block(
            "Coût des besoins d'équipement par statut",
            [(status.label, cost) for status, cost in statuses],
            width * 0.75,
            what=("statut", "statuts"),
            money=True,
            colours=[NEED_COLOURS[status] for status, _ in statuses],
            empty="Aucun besoin d'équipement.",
        ),
    ]


Section = Callable[[], list[Flowable]]


def centre_sections(
    data: CentreData,
    width: float,
    *,
    short: bool = False,
    before: Callable[[str], None] | None = None,
) -> list[Flowable]:
    """Every section of the sheet, in order; `before(label)` is called before each one
    (the service reports progress and checks for a cancel there)."""
    sections: list[tuple[str, Section]] = [
        ("Identité", lambda: identity_section(data, width, short=short)),
        ("Partenaires", lambda: partners_section(data, width, short=short)),
        ("Diagnostic", lambda: diagnostic_section(data, width)),
        ("Locaux", lambda: premises_section(data, width, short=short)),
    ]
    if not short:
        sections.append(("Inventaire", lambda: inventory_section(data, width)))
    sections += [
        ("Besoins", lambda: needs_section(data, width)),
        ("Ouvertures", lambda: offerings_section(data, width)),
        ("Planning", lambda: schedule_section(data, width)),
    ]
    if not short:
        sections.append(("Graphiques", lambda: charts_section(data, width)))
    story: list[Flowable] = []
    for label, build in sections:
        if before is not None:
            before(label)
        story += build()
    return story
