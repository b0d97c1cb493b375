"""A large, reproducible network for measurements (`cnam-desktop seed-scale`).

The catalogue (sectors, courses, equipment types) is the demo one; sites, rooms,
trainers, offerings and exactly `sessions` sessions over the 2026-2027 school year are
drawn from `random.Random(seed)`, so one seed always gives the same rows.

Sessions are placed on time slots (three a weekday, two on Saturday) outside public
holidays, zone B school breaks and site closures. Each room's offerings take turns on
the slots, and a trainer is booked only where free, so conflicts stay rare: a few are
injected on purpose (`INJECTED_*_RATE`), and more appear only when `sessions` exceeds
what the rooms and slots can hold. There are enough trainers for about
`SESSIONS_PER_TRAINER` sessions each (some seven a week); a session whose trainers are
all busy is left without one (« formateur à désigner »).
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    ClosureKind,
    EquipmentCondition,
    Modality,
    NeedLevel,
    NeedStatus,
    OfferingStatus,
    PartnerKind,
    PartnerRole,
    Priority,
    RoomKind,
    SiteStatus,
)
from cnam_desktop.services import holiday_calendar as cal
from cnam_desktop.services.demo import load_demo_data
from cnam_desktop.services.demo_rows import course_equipment, course_values
from cnam_desktop.services.scale_data import FIRST_NAMES, LAST_NAMES, TOWNS
from cnam_desktop.services.scale_sessions import (
    YEAR_END,
    YEAR_START,
    ScaleOffering,
    ScaleSite,
    place_sessions,
    school_year_slots,
    share_lanes,
)
from cnam_desktop.services.seeding import Row, RowMaker, Rows, insert_rows, ordered
from cnam_desktop.services.seeding import seed as seed_rows

__all__ = ["generate_scale_rows", "insert_rows", "seed_scale"]

CREATED_AT = datetime(2026, 9, 1, 8, 0)
PERIOD = "Rentrée 2026"
CLOSURE_WINDOW = (date(2026, 9, 1), date(2027, 8, 31))
SITE_CLOSURE_RATE = 0.05
VIDEO_BASE = "https://visio.exemple.fr/reseau"
STATUS_WEIGHTS = (
    (SiteStatus.OPEN, 70),
    (SiteStatus.PREPARING, 10),
    (SiteStatus.SELECTED, 5),
    (SiteStatus.CANDIDATE, 5),
    (SiteStatus.SUSPENDED, 3),
    (SiteStatus.NOT_SELECTED, 4),
    (SiteStatus.BDT_SUPPORT, 3),
)
MODALITY_WEIGHTS = {Modality.IN_PERSON: 5, Modality.HYBRID: 3, Modality.DISTANCE: 2}
# kind, name, capacity range; a site has the first 2 to 4 of them.
ROOM_PLAN = (
    (RoomKind.CLASSROOM, "Salle de cours", 16, 24),
    (RoomKind.COMPUTER_LAB, "Salle informatique", 12, 16),
    (RoomKind.VIDEO, "Salle de visioconférence", 6, 10),
    (RoomKind.WORKSHOP, "Atelier", 10, 14),
)
GENERAL_ROOMS = (RoomKind.CLASSROOM, RoomKind.COMPUTER_LAB)


SESSIONS_PER_TRAINER = 250


def trainer_count(sites: int, sessions: int) -> int:
    """Enough trainers for the sessions (about seven a week each), and a few per site."""
    return max(sites // 2 + 10, -(-sessions // SESSIONS_PER_TRAINER))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in ascii_text.lower()).strip("-")


class _Generator:
    def __init__(self, sites: int, sessions: int, seed: int) -> None:
        if sites < 1 or sessions < 0:
            raise ValueError("sites must be >= 1 and sessions >= 0")
        self.n_sites, self.n_sessions = sites, sessions
        self.rng = random.Random(seed)
        self.maker = RowMaker(CREATED_AT, self.uid)
        self.data = load_demo_data()
        self.rows: dict[str, list[Row]] = {}
        self.slots = school_year_slots()
        self.slot_days = [slot[0] for slot in self.slots]
        self.all_slots = list(range(len(self.slots)))

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: str, values: Row) -> str:
        row = self.maker.row(table, values)
        self.rows.setdefault(table, []).append(row)
        return str(row["id"])

    def generate(self) -> Rows:
        centre = {k: v for k, v in self.data["regional_centre"].items() if k != "key"}
        self.centre_id = self.add("regional_centre", centre)
        self._catalogue()
        self._shared_partners()
        self._trainers()
        sites = [self._site(i) for i in range(self.n_sites)]
        offerings = [o for s in sites for o in self._offerings(s)]
        self.rows["session"] = place_sessions(
            offerings, self.n_sessions, self.slots, self.trainer_ids, self.rng, CREATED_AT
        )
        for span in cal.closure_spans(*CLOSURE_WINDOW):
            self._closure(None, span)
        return ordered(self.rows)

    # -- catalogue and people ------------------------------------------------------------

    def _catalogue(self) -> None:
        self.sector_ids = {s["code"]: self.add("sector", dict(s)) for s in self.data["sectors"]}
        self.type_ids: dict[str, str] = {}
        for kind in self.data["equipment_types"]:
            values = {
                "label": kind["label"],
                "category": kind["category"],
                "unit_cost": Decimal(kind["unit_cost"]),
            }
            self.type_ids[kind["key"]] = self.add("equipment_type", values)
        self.courses: list[dict[str, Any]] = []
        for course in self.data["courses"]:
            values = course_values(course, self.data, self.sector_ids[course["sector"]])
            course_id = self.add("course", values)
            self.courses.append({**values, "id": course_id, "sector": course["sector"]})
            for type_key, per_learner, per_group in course_equipment(course, self.data):
                values = {
                    "course_id": course_id,
                    "type_id": self.type_ids[type_key],
                    "per_learner": per_learner,
                    "per_group": per_group,
                }
                self.add("course_equipment", values)

    def _shared_partners(self) -> None:
        shared = (
            ("Région Grand Est — Direction de la formation professionnelle", "local_authority"),
            ("France Travail Grand Est", "employment"),
            ("Banque des territoires — Direction régionale Grand Est", "banque_territoires"),
        )
        self.region_id, self.employment_id, self.bdt_id = (
            self.add(
                "partner",
                {
                    "name": name,
                    "kind": PartnerKind(kind),
                    "town": "Strasbourg",
                    "contact_email": f"contact.{_slug(name)[:30]}@exemple.fr",
                },
            )
            for name, kind in shared
        )

    def _trainers(self) -> None:
        rng = self.rng
        self.trainer_ids: list[str] = []
        self.by_sector: dict[str, list[int]] = {code: [] for code in self.sector_ids}
        codes = list(self.sector_ids)
        for index in range(trainer_count(self.n_sites, self.n_sessions)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            trainer_id = self.add(
                "trainer",
                {
                    "first_name": first,
                    "last_name": last,
                    "email": f"{_slug(first)}.{_slug(last)}.{index + 1:03d}@exemple.fr",
                    "home_centre": "Cnam Grand Est — "
                    + rng.choice(("Nancy", "Metz", "Reims", "Strasbourg")),
                    "distance_ok": rng.random() < 0.8,
                },
            )
            self.trainer_ids.append(trainer_id)
            for code in rng.sample(codes, rng.randint(1, 2)):
                self.by_sector[code].append(index)
                self.add(
                    "trainer_sector", {"trainer_id": trainer_id, "sector_id": self.sector_ids[code]}
                )

    # -- sites ---------------------------------------------------------------------------

    def _site(self, index: int) -> ScaleSite:
        rng = self.rng
        town, department = TOWNS[index % len(TOWNS)]
        statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
        status = SiteStatus.OPEN if index == 0 else rng.choices(statuses, weights)[0]
        applied = date(2019, 6, 1) + timedelta(days=rng.randrange(1800))
        selected = applied + timedelta(days=rng.randint(30, 150))
        opened = selected + timedelta(days=rng.randint(60, 400))
        history = [(SiteStatus.CANDIDATE, applied)]
        if status in (SiteStatus.NOT_SELECTED, SiteStatus.BDT_SUPPORT):
            history.append((SiteStatus.NOT_SELECTED, selected))
            if status is SiteStatus.BDT_SUPPORT:
                history.append((SiteStatus.BDT_SUPPORT, selected + timedelta(days=45)))
        elif status is not SiteStatus.CANDIDATE:
            history.append((SiteStatus.SELECTED, selected))
            if status is not SiteStatus.SELECTED:
                history.append((SiteStatus.PREPARING, selected + timedelta(days=15)))
            if status in (SiteStatus.OPEN, SiteStatus.SUSPENDED):
                history.append((SiteStatus.OPEN, opened))
            if status is SiteStatus.SUSPENDED:
                history.append((SiteStatus.SUSPENDED, date(2026, 6, 30)))
        reached = {step for step, _ in history}
        authority = f"Intercommunalité de {town}"
        site_id = self.add(
            "site",
            {
                "regional_centre_id": self.centre_id,
                "name": f"Site {index + 1} — {town}",
                "town": town,
                "department": department,
                "epci": authority,
                "region": "Grand Est",
                "acv": rng.random() < 0.75,
                "industry_territory": rng.random() < 0.66,
                "status": status,
                "application_date": applied,
                "selection_date": selected if SiteStatus.SELECTED in reached else None,
                "opening_date": opened if SiteStatus.OPEN in reached else None,
                "employment_area": town,
                "notes": "Données générées pour les mesures de performance.",
                "is_demo": True,
            },
        )
        for step, day in history:
            self.add("site_status_change", {"site_id": site_id, "status": step, "changed_on": day})
        authority_id = self.add(
            "partner",
            {"name": authority, "kind": PartnerKind.LOCAL_AUTHORITY, "town": town},
        )
        site = ScaleSite(site_id, index, town, department, status, authority_id)
        links = (
            (authority_id, PartnerRole.HOST),
            (authority_id, PartnerRole.FUNDER),
            (self.employment_id, PartnerRole.PRESCRIBER),
            (self.region_id, PartnerRole.FUNDER),
        )
        for partner_id, role in links:
            values = {"site_id": site_id, "partner_id": partner_id, "role": role, "since": applied}
            self.add("site_partner", values)
        for code in rng.sample(list(self.sector_ids), 3):
            values = {
                "site_id": site_id,
                "sector_id": self.sector_ids[code],
                "need_level": rng.choice(list(NeedLevel)),
            }
            self.add("sector_need", values)
        self._premises(site, applied)
        self._allowed_slots(site)
        return site

    def _premises(self, site: ScaleSite, since: date) -> None:
        rng = self.rng
        premises_id = self.add(
            "premises",
            {
                "site_id": site.id,
                "name": f"Locaux de {site.town}",
                "owner": f"Ville de {site.town}",
                "agreement_start": since,
                "yearly_cost": Decimal(rng.randrange(0, 9000, 300)),
                "step_free": rng.random() < 0.8,
            },
        )
        for kind, name, low, high in ROOM_PLAN[: rng.randint(2, 4)]:
            capacity = rng.randint(low, high)
            room_id = self.add(
                "room",
                {"premises_id": premises_id, "name": name, "kind": kind, "capacity": capacity,
                 "accessible": True},
            )  # fmt: skip
            site.rooms.append((room_id, kind, capacity))
            # Like the demo's sites: every teaching room is on the Wi-Fi and, but for the
            # workshop, has a video kit (hybrid offerings are planned in it).
            items = [("projector", 1), ("wifi", 1)]
            if kind is RoomKind.COMPUTER_LAB:
                items.append(("laptop", capacity))
            elif kind is RoomKind.WORKSHOP:
                items.append(("maintenance_bench", 2))
            if kind is not RoomKind.WORKSHOP:
                items.append(("visio_kit", 1))
            for type_key, quantity in items:
                values = {
                    "site_id": site.id,
                    "room_id": room_id,
                    "type_id": self.type_ids[type_key],
                    "quantity": quantity,
                    "condition": EquipmentCondition.GOOD,
                }
                self.add("equipment_item", values)

    def _allowed_slots(self, site: ScaleSite) -> None:
        blocked = set(cal.local_holidays(YEAR_START, YEAR_END, site.department))
        if self.rng.random() < SITE_CLOSURE_RATE:
            start = YEAR_START + timedelta(days=self.rng.randrange(250))
            span = cal.ClosureSpan(
                ClosureKind.SITE_CLOSURE,
                "Fermeture exceptionnelle des locaux",
                start,
                start + timedelta(days=self.rng.randint(1, 6)),
            )
            self._closure(site.id, span)
            blocked.update(span.days())
        days = self.slot_days
        site.allowed = (
            [i for i, day in enumerate(days) if day not in blocked] if blocked else self.all_slots
        )

    def _closure(self, site_id: str | None, span: cal.ClosureSpan) -> None:
        values = {
            "site_id": site_id,
            "kind": span.kind,
            "label": span.label,
            "start_date": span.start,
            "end_date": span.end,
            "subdivision": span.subdivision,
        }
        self.add("closure", values)

    # -- offerings -----------------------------------------------------------------------

    def _offerings(self, site: ScaleSite) -> list[ScaleOffering]:
        if site.status not in (SiteStatus.OPEN, SiteStatus.PREPARING):
            return []
        rng = self.rng
        kinds = {kind for _, kind, _ in site.rooms}
        offerings: list[ScaleOffering] = []
        load = dict.fromkeys((room_id for room_id, _, _ in site.rooms), 0)
        for _ in range(rng.randint(4, 6)):
            course = rng.choice(self.courses)
            modalities = [
                m
                for m in MODALITY_WEIGHTS
                if course[f"allows_{m.value}"]
                and (m is Modality.DISTANCE or course["required_room_kind"] in (None, *kinds))
            ]
            if not modalities:
                continue
            weights = [MODALITY_WEIGHTS[m] for m in modalities]
            modality = rng.choices(modalities, weights)[0]
            room = None
            if modality is not Modality.DISTANCE:
                wanted = course["required_room_kind"]
                fits = [
                    r for r in site.rooms if (r[1] is wanted if wanted else r[1] in GENERAL_ROOMS)
                ]
                room = min(fits, key=lambda r: load[r[0]])
                load[room[0]] += 1
            pool = self.by_sector[course["sector"]] or list(range(len(self.trainer_ids)))
            offering = ScaleOffering(
                id="",
                site=site,
                course=course,
                modality=modality,
                room=room,
                trainer=rng.choice(pool),
                pool=pool,
            )
            offering.id = self._offering_row(offering)
            if modality is not Modality.IN_PERSON:
                offering.link = f"{VIDEO_BASE}/{_slug(site.town)}-{offering.id[:8]}"
            offerings.append(offering)
        share_lanes(site, offerings)
        if offerings and site.status is SiteStatus.OPEN:
            self._need(site, offerings[0])
        return offerings

    def _offering_row(self, offering: ScaleOffering) -> str:
        rng, course = self.rng, offering.course
        high = course["max_learners"] or 20
        if offering.room is not None:
            high = min(high, offering.room[2])
        low = min(course["min_learners"] or 6, high)
        enrolled = rng.randint(low, high)
        cpf = rng.randint(0, enrolled)
        employer = rng.randint(0, enrolled - cpf)
        jobseeker = rng.randint(0, enrolled - cpf - employer)
        running = offering.site.status is SiteStatus.OPEN
        return self.add(
            "offering",
            {
                "course_id": course["id"],
                "site_id": offering.site.id,
                "period_label": PERIOD,
                "start_date": YEAR_START,
                "end_date": YEAR_END,
                "modality": offering.modality,
                "planned_learners": enrolled + rng.randint(0, 3),
                "enrolled_learners": enrolled,
                "funded_cpf": cpf,
                "funded_employer": employer,
                "funded_jobseeker": jobseeker,
                "funded_self": enrolled - cpf - employer - jobseeker,
                "status": OfferingStatus.RUNNING if running else OfferingStatus.OPEN,
            },
        )

    def _need(self, site: ScaleSite, offering: ScaleOffering) -> None:
        rng = self.rng
        self.add(
            "equipment_need",
            {
                "site_id": site.id,
                "type_id": self.type_ids[
                    rng.choice(("laptop", "visio_kit", "projector", "headset"))
                ],
                "offering_id": offering.id,
                "quantity": rng.randint(1, 12),
                "reason": "Besoin identifié pour l'ouverture de la rentrée 2026.",
                "priority": rng.choice(list(Priority)),
                "status": rng.choice(list(NeedStatus)),
                "funder_id": rng.choice((self.region_id, site.authority_id)),
            },
        )


def generate_scale_rows(sites: int, sessions: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Rows of a generated network, table name → rows, in foreign-key order.

    Every row holds every column of its table (id, timestamps, `deleted_at=None`).
    The same arguments always give identical rows.
    """
    return _Generator(sites, sessions, seed).generate()


def seed_scale(
    db: Database, sites: int = 100, sessions: int = 100_000, seed: int = 2019
) -> dict[str, int]:
    """Generate and insert a network into an empty database, in one transaction.

    Raises `UserFacingError` if the database already holds a site, live or deleted.
    """
    rows = generate_scale_rows(sites, sessions, seed)
    return seed_rows(db, rows, "un réseau généré")
