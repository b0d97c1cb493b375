"""The regional report (« Rapport régional »): the whole network, then each open site.

Sections: summary figures, every site with its status and key numbers, the status
pipeline, learners by sector and by site, equipment needs by site, then one part per
open site on a new page, made of the centre sheet's sections (`pdf_centre`, short).
The service (`services/regional_report.py`) fills a `RegionalData`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from cnam_desktop.domain.enums import SITE_PIPELINE, NeedStatus, SiteStatus
from cnam_desktop.domain.formatting import (
    euros,
    french_count,
    french_date,
    french_long_date,
    plural,
)
from cnam_desktop.reports.centre_data import CentreData
from cnam_desktop.reports.pdf_base import key_figures, markup, para
from cnam_desktop.reports.pdf_centre import (
    NEED_COLOURS,
    ROOM_FOR_HEADING,
    centre_sections,
    cols,
    grid,
)
from cnam_desktop.reports.pdf_charts import chart_block, shared_styles, whole_euros

PIPELINE_NAMES = 40  # names listed per status in the pipeline table, then « et n autres »
STATUS_COLOURS = {
    SiteStatus.CANDIDATE: colors.HexColor("#9e9e9e"),
    SiteStatus.SELECTED: colors.HexColor("#7b9fc7"),
    SiteStatus.PREPARING: colors.HexColor("#1f6fb2"),
    SiteStatus.OPEN: colors.HexColor("#2e8540"),
    SiteStatus.SUSPENDED: colors.HexColor("#e59b00"),
    SiteStatus.CLOSED: colors.HexColor("#5f6368"),
    SiteStatus.NOT_SELECTED: colors.HexColor("#c1002a"),
    SiteStatus.BDT_SUPPORT: colors.HexColor("#8e44ad"),
}


@dataclass(frozen=True)
class SiteLine:
    """One site of the network with its key numbers (live rows, dashboard rules)."""

    name: str
    town: str
    department: str | None
    status: SiteStatus
    status_since: date | None  # the day the site entered its current status
    opening_date: date | None
    rooms: int
    offerings: int  # live, not cancelled
    planned: int
    enrolled: int
    needs: int
    needs_by_status: dict[NeedStatus, Decimal] = field(default_factory=dict)

    @property
    def needs_cost(self) -> Decimal:
        return sum(self.needs_by_status.values(), Decimal("0.00"))


@dataclass(frozen=True)
class SectorLine:
    name: str
    planned: int
    enrolled: int


@dataclass(frozen=True)
class RegionalData:
    sites: tuple[SiteLine, ...]  # every live site, by name
    sectors: tuple[SectorLine, ...]  # every live sector, by name
    sessions_this_week: int
    week_start: date
    open_sites: tuple[CentreData, ...] = ()  # by name

    def count(self, status: SiteStatus) -> int:
        return sum(1 for s in self.sites if s.status is status)

    @property
    def enrolled(self) -> int:
        return sum(s.enrolled for s in self.sites)

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.sites)

    @property
    def needs_total(self) -> Decimal:
        return sum((s.needs_cost for s in self.sites), Decimal("0.00"))

    def needs_by_status(self) -> list[tuple[NeedStatus, Decimal]]:
        return [
            (st, sum((s.needs_by_status.get(st, Decimal(0)) for s in self.sites), Decimal("0.00")))
            for st in NeedStatus
        ]


def h1(title: str, *, new_page: bool = False, with_: Flowable | None = None) -> list[Flowable]:
    """A part's heading; `with_` (a chart) is kept on the same page as the heading."""
    first: Flowable = PageBreak() if new_page else CondPageBreak(ROOM_FOR_HEADING)
    heading = para(title, shared_styles().h1)
    return [first, KeepTogether([heading, with_]) if with_ is not None else heading]


def summary_section(data: RegionalData, width: float) -> list[Flowable]:
    st = shared_styles()
    open_count = data.count(SiteStatus.OPEN)
    coming = sum(data.count(s) for s in SITE_PIPELINE[:3])
    figures = [
        (french_count(open_count), "sites ouverts"),
        (french_count(coming), "sites en projet"),
        (french_count(data.enrolled), "apprenants inscrits"),
        (whole_euros(data.needs_total), "besoins d'équipement"),
    ]
    statuses = " ; ".join(
        f"{status.label.lower()} : {euros(cost)}" for status, cost in data.needs_by_status()
    )
    lines = [
        f"{plural(len(data.sites), 'site')} au total, dont {french_count(open_count)} "
        f"ouverts et {french_count(coming)} en projet (candidature, retenus ou en préparation).",
        f"{french_count(data.planned)} apprenants prévus et {french_count(data.enrolled)} "
        "inscrits dans les ouvertures de formation (hors annulées).",
        f"Séances de la semaine du {french_long_date(data.week_start)} : "
        f"{french_count(data.sessions_this_week)}.",
        f"Besoins d'équipement par statut — {statuses}.",
    ]
    return [
        *h1("Synthèse"),
        key_figures(figures, width),
        Spacer(1, 4 * mm),
        *(para(line, st.body) for line in lines),
    ]


def sites_section(data: RegionalData, width: float) -> list[Flowable]:
    story = h1("Sites du réseau")
    if not data.sites:
        return [*story, para("Aucun site enregistré.", shared_styles().body)]
    rows: list[list[object]] = [
        [
            s.name,
            f"{s.town} ({s.department})" if s.department else s.town,
            s.status.label,
            french_date(s.opening_date, "—"),
            french_count(s.rooms),
            french_count(s.offerings),
            french_count(s.enrolled),
            euros(s.needs_cost),
        ]
        for s in data.sites
    ]
    rows.append(
        [
            "Total",
            plural(len(data.sites), "site"),
            "",
            "",
            french_count(sum(s.rooms for s in data.sites)),
            french_count(sum(s.offerings for s in data.sites)),
            french_count(data.enrolled),
            euros(data.needs_total),
        ]
    )
    headers = [
        "Site",
        "Commune (dép.)",
        "Statut",
        "Ouverture",
        "Salles",
        "Ouvertures",
        "Inscrits",
        "Besoins",
    ]
    widths = cols(width, 30, 33, 24, 19.5, 13, 20.5, 15, 25)
    story.append(grid(headers, rows, widths, right=[4, 5, 6, 7], total_row=True))
    story.append(
        para(
            "Ouvertures : ouvertures de formation hors annulées ; inscrits : leurs apprenants "
            "inscrits ; besoins : coût estimé des besoins d'équipement, tous statuts.",
            shared_styles().small,
        )
    )
    return story


def pipeline_section(data: RegionalData, width: float) -> list[Flowable]:
    st = shared_styles()
    counts = [(status.label, data.count(status)) for status in SITE_PIPELINE]
    chart = chart_block(
        "Sites par statut",
        counts,
        width * 0.8,
        what=("statut", "statuts"),
        unit="sites",
        colours=[STATUS_COLOURS[s] for s in SITE_PIPELINE],
    )
    story = h1("Pipeline des sites", with_=chart)
    rows: list[list[object]] = []
    for status in SITE_PIPELINE:
        sites = [s for s in data.sites if s.status is status]
        names = [_since(s) for s in sites[:PIPELINE_NAMES]]
        if len(sites) > PIPELINE_NAMES:
            names.append(f"et {french_count(len(sites) - PIPELINE_NAMES)} autres")
        rows.append(
            [
                Paragraph(markup("<b>{}</b>", status.label), st.cell),
                french_count(len(sites)),
                "; ".join(names) or "—",
            ]
        )
    story.append(
        grid(
            ["Statut", "Sites", "Sites et date d'entrée dans le statut"],
            rows,
            cols(width, 26, 10, 84),
            right=[1],
        )
    )
    return story


def _since(site: SiteLine) -> str:
    if site.status_since is None:
        return site.name
    return f"{site.name} (depuis le {french_date(site.status_since)})"


def learners_section(data: RegionalData, width: float) -> list[Flowable]:
    chart = chart_block(
        "Apprenants inscrits par filière",
        [(s.name, s.enrolled) for s in data.sectors],
        width,
        what=("filière", "filières"),
        unit="apprenants inscrits",
        empty="Aucun apprenant inscrit.",
    )
    story = h1("Apprenants", with_=chart)
    rows: list[list[object]] = [
        [s.name, french_count(s.planned), french_count(s.enrolled)] for s in data.sectors
    ]
    rows.append(
        [
            "Total",
            french_count(sum(s.planned for s in data.sectors)),
            french_count(sum(s.enrolled for s in data.sectors)),
        ]
    )
    story += [
        CondPageBreak(ROOM_FOR_HEADING),
        para("Apprenants par filière", shared_styles().h2),
        grid(
            ["Filière", "Prévus", "Inscrits"],
            rows,
            cols(width, 70, 15, 15),
            right=[1, 2],
            total_row=True,
        ),
        chart_block(
            "Apprenants inscrits par site",
            [(s.name, s.enrolled) for s in data.sites],
            width,
            what=("site", "sites"),
            unit="apprenants inscrits",
            top=15,
            empty="Aucun apprenant inscrit.",
        ),
    ]
    return story


def needs_section(data: RegionalData, width: float) -> list[Flowable]:
    by_status = data.needs_by_status()
    chart = chart_block(
        "Coût des besoins par site",
        [(s.name, s.needs_cost) for s in data.sites],
        width,
        what=("site", "sites"),
        money=True,
        top=15,
        empty="Aucun besoin d'équipement enregistré.",
    )
    story = h1("Besoins d'équipement", with_=chart)
    story += [
        chart_block(
            "Coût des besoins par statut",
            [(status.label, cost) for status, cost in by_status],
            width * 0.75,
            what=("statut", "statuts"),
            money=True,
            colours=[NEED_COLOURS[status] for status, _ in by_status],
            empty="Aucun besoin d'équipement enregistré.",
        ),
    ]
    sites = sorted((s for s in data.sites if s.needs), key=lambda s: -s.needs_cost)
    if not sites:
        return story
    rows: list[list[str]] = [
        [s.name, french_count(s.needs)]
        + [euros(s.needs_by_status.get(st, Decimal(0))) for st in NeedStatus]
        + [euros(s.needs_cost)]
        for s in sites
    ]
    rows.append(
        ["Total", french_count(sum(s.needs for s in sites))]
        + [euros(cost) for _, cost in by_status]
        + [euros(data.needs_total)]
    )
    headers = ["Site", "Besoins", *(st.label for st in NeedStatus), "Total"]
    story += [
        CondPageBreak(ROOM_FOR_HEADING),
        para("Coût des besoins par site et par statut", shared_styles().h2),
        grid(
            headers,
            rows,
            cols(width, 36, 16, 25, 25, 25, 25, 28),
            right=[1, 2, 3, 4, 5, 6],
            total_row=True,
        ),
    ]
    return story


Part = Callable[[RegionalData, float], list[Flowable]]
NETWORK_PARTS: tuple[tuple[str, Part], ...] = (
    ("Synthèse", summary_section),
    ("Sites du réseau", sites_section),
    ("Pipeline", pipeline_section),
    ("Apprenants", learners_section),
    ("Besoins d'équipement", needs_section),
)


def part_count(data: RegionalData) -> int:
    """How many parts `regional_story` announces to `before`."""
    return len(NETWORK_PARTS) + len(data.open_sites)


def regional_story(
    data: RegionalData,
    width: float,
    *,
    before: Callable[[int, int, str], None] | None = None,
) -> list[Flowable]:
    """The report after its title page; `before(done, total, label)` is called before
    each part (the service reports progress and checks for a cancel there)."""
    total = part_count(data)
    story: list[Flowable] = []
    for done, (label, build) in enumerate(NETWORK_PARTS):
        if before is not None:
            before(done, total, label)
        story += build(data, width)
    story += h1("Sites ouverts", new_page=True)
    if not data.open_sites:
        story.append(para("Aucun site ouvert.", shared_styles().body))
    else:
        story.append(
            para(
                f"Une fiche abrégée par site ouvert ({french_count(len(data.open_sites))}), "
                "par ordre alphabétique : sans historique, contacts des partenaires, détail "
                "des locaux, inventaire ni graphiques (voir la fiche centre de chaque site).",
                shared_styles().body,
            )
        )
    for index, sheet in enumerate(data.open_sites):
        if before is not None:
            before(len(NETWORK_PARTS) + index, total, f"Site ouvert : {sheet.site.name}")
        if index:
            story.append(PageBreak())
        story += centre_sections(sheet, width, short=True)
    return story
