"""What the centre sheet shows of one site, as plain values (filled by the service).

`services/centre_report.py` reads them from the database; `reports/pdf_centre.py`
lays them out; the regional report builds one per open site.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cnam_desktop.domain.enums import (
    EquipmentCondition,
    Modality,
    NeedLevel,
    NeedStatus,
    OfferingStatus,
    Priority,
    RoomKind,
    SiteStatus,
)
from cnam_desktop.domain.sites import PartnerLine, SiteData


@dataclass(frozen=True)
class CentreStatus:
    status: SiteStatus
    changed_on: date
    note: str | None


@dataclass(frozen=True)
class CentreDiagnostic:
    """A sector's need at the site and the courses the site offers in that sector."""

    sector: str
    need_level: NeedLevel
    qualification_gap: str | None
    existing_offer: str | None
    courses: tuple[str, ...]  # « NFE114 — Systèmes d'information »
    gap: bool  # high need and no course offered (the rule of services/site_profile.py)


@dataclass(frozen=True)
class CentreRoom:
    name: str
    kind: RoomKind
    capacity: int
    accessible: bool
    opening_hours: str | None


@dataclass(frozen=True)
class CentrePremises:
    name: str
    address: str | None
    owner: str | None
    agreement_start: date | None
    agreement_end: date | None
    yearly_cost: Decimal | None
    step_free: bool
    rooms: tuple[CentreRoom, ...]


@dataclass(frozen=True)
class CentreItem:
    type_label: str
    category: str
    room: str | None
    quantity: int
    condition: EquipmentCondition
    value: Decimal


@dataclass(frozen=True)
class CentreNeed:
    type_label: str
    quantity: int
    unit_cost: Decimal
    cost: Decimal
    priority: Priority
    status: NeedStatus
    funder: str | None
    reason: str | None


@dataclass(frozen=True)
class CentreOffering:
    code: str
    title: str
    sector: str
    period: str
    modality: Modality
    status: OfferingStatus
    planned: int
    enrolled: int
    funded_cpf: int
    funded_employer: int
    funded_jobseeker: int
    funded_self: int

    @property
    def counted(self) -> bool:
        """Cancelled offerings are listed but left out of the totals (dashboard rule)."""
        return self.status is not OfferingStatus.CANCELLED


@dataclass(frozen=True)
class CentreWeek:
    monday: date
    sessions: int
    hours: Decimal
    courses: tuple[str, ...]  # Cnam codes
    conflicts: int | None = None  # None: not checked
    errors: int = 0


@dataclass(frozen=True)
class CentreData:
    site: SiteData
    history: tuple[CentreStatus, ...]
    partners: tuple[PartnerLine, ...]
    diagnostic: tuple[CentreDiagnostic, ...]
    premises: tuple[CentrePremises, ...]
    inventory: tuple[CentreItem, ...]
    needs: tuple[CentreNeed, ...]
    offerings: tuple[CentreOffering, ...]
    weeks: tuple[CentreWeek, ...]

    @property
    def rooms(self) -> list[tuple[str, CentreRoom]]:
        return [(p.name, room) for p in self.premises for room in p.rooms]

    @property
    def capacity(self) -> int:
        return sum(room.capacity for _, room in self.rooms)

    @property
    def enrolled(self) -> int:
        return sum(o.enrolled for o in self.offerings if o.counted)

    @property
    def needs_total(self) -> Decimal:
        return sum((need.cost for need in self.needs), Decimal("0.00"))

    def needs_by_status(self) -> list[tuple[NeedStatus, Decimal]]:
        return [
            (status, sum((n.cost for n in self.needs if n.status is status), Decimal("0.00")))
            for status in NeedStatus
        ]

    def learners_by_sector(self) -> list[tuple[str, int]]:
        totals: dict[str, int] = {}
        for offering in self.offerings:
            if offering.counted:
                totals[offering.sector] = totals.get(offering.sector, 0) + offering.enrolled
        return sorted(totals.items())
