"""Turn the demo network description (resources/demo/*.json) into complete table rows.

Ids are UUIDs derived from the JSON keys (`uuid5`), so the demo network is the same on
every machine. Sessions are expanded from weekly patterns: one session a week over
the offering's period, skipping the site's public holidays (Alsace-Moselle included),
the school breaks of zone B and the site's own closures.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cnam_desktop.domain.enums import (
    CertificationType,
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
    SessionStatus,
    SiteStatus,
)
from cnam_desktop.services import holiday_calendar as cal
from cnam_desktop.services.seeding import TABLE_ORDER, Row, RowMaker, Rows, ordered

Data = dict[str, Any]

DEMO_NAMESPACE = uuid.UUID("6b1f3c2e-9d4a-4f0e-8a57-2c0a1e5d7b93")
WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
CONFIRMED_AHEAD = timedelta(days=14)


def demo_id(kind: str, key: str) -> str:
    """A stable id for a demo record, derived from its table and JSON key."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}"))


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _day(value: str) -> date:
    return date.fromisoformat(value)


def course_values(course: Data, data: Data, sector_id: str) -> Row:
    """The columns of a course row (without id/timestamps) from its JSON description."""
    kind = CertificationType(course["type"])
    defaults = data["type_defaults"][kind.value]
    modalities = {Modality(v) for v in course.get("modalities", [m.value for m in Modality])}
    low, high = course["learners"]
    room_kind = course.get("room_kind")
    return {
        "sector_id": sector_id,
        "cnam_code": course["code"],
        "title": course["title"],
        "certification_type": kind,
        "rncp_code": course.get("rncp"),
        "rs_code": course.get("rs"),
        "level": course.get("level"),
        "hours": course.get("hours"),
        "ects": course.get("ects"),
        "cpf_eligible": course.get("cpf", True),
        "vae": course.get("vae", False),
        "allows_in_person": Modality.IN_PERSON in modalities,
        "allows_distance": Modality.DISTANCE in modalities,
        "allows_hybrid": Modality.HYBRID in modalities,
        "min_learners": low,
        "max_learners": high,
        "required_room_kind": RoomKind(room_kind) if room_kind else None,
        "objectives": course.get("objectives"),
        "prerequisites": course.get("prerequisites", defaults["prerequisites"]),
        "assessment": course.get("assessment", defaults["assessment"]),
        "disability_contact": course.get("disability_contact", data["disability_contact"]),
    }


def course_equipment(course: Data, data: Data) -> list[tuple[str, int, int]]:
    """(equipment type key, per learner, per group) for a course's equipment profile."""
    profile = course.get("equipment")
    if not profile:
        return []
    return [
        (key, int(per_learner), int(per_group))
        for key, per_learner, per_group in (data["equipment_profiles"][profile])
    ]


def weekly_days(first: date, last: date, weekday: int) -> Iterator[date]:
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    while day <= last:
        yield day
        day += timedelta(days=7)


class DemoBuilder:
    """Builds every row of the demo network from its JSON description."""

    def __init__(self, data: Data, created_at: datetime) -> None:
        self.data = data
        self.maker = RowMaker(created_at, new_id=lambda: str(uuid.uuid4()))
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLE_ORDER}
        self.ids: dict[tuple[str, str], str] = {}
        self.guests: set[str] = set()
        """Offerings invited to sessions, checked once every offering is known."""
        self.courses: dict[str, Data] = {c["code"]: c for c in data["courses"]}
        self.reference = _day(data["reference_date"])
        window = data["holiday_window"]
        self.window = (_day(window[0]), _day(window[1]))
        self.zone: str = data.get("school_zone", cal.DEFAULT_ZONE)

    # -- bookkeeping -------------------------------------------------------------------

    def add(self, table: str, key: str, values: Row) -> str:
        if (table, key) in self.ids:
            raise ValueError(f"demo data: duplicate {table} key {key!r}")
        record_id = demo_id(table, key)
        self.ids[(table, key)] = record_id
        self.rows[table].append(self.maker.row(table, values, id=record_id))
        return record_id

    def ref(self, table: str, key: str) -> str:
        try:
            return self.ids[(table, key)]
        except KeyError:
            raise ValueError(f"demo data: unknown {table} key {key!r}") from None

    def guest(self, offering_key: str) -> str:
        """The id of an offering invited to a session (it may be defined further on)."""
        self.guests.add(offering_key)
        return demo_id("offering", offering_key)

    def build(self) -> Rows:
        centre = self.data["regional_centre"]
        values = {k: v for k, v in centre.items() if k != "key"}
        self.add("regional_centre", centre["key"], values)
        self._catalogue()
        self._people()
        for site in self.data["sites"]:
            self._site(site)
        for span in cal.closure_spans(*self.window, zone=self.zone):
            self._closure(None, span)
        for key in sorted(self.guests):
            self.ref("offering", key)  # an invited offering must exist
        return ordered(self.rows)

    # -- shared records ----------------------------------------------------------------

    def _catalogue(self) -> None:
        for sector in self.data["sectors"]:
            self.add("sector", sector["code"], dict(sector))
        for kind in self.data["equipment_types"]:
            values = {
                "label": kind["label"],
                "category": kind["category"],
                "unit_cost": Decimal(kind["unit_cost"]),
            }
            self.add("equipment_type", kind["key"], values)
        for course in self.data["courses"]:
            sector_id = self.ref("sector", course["sector"])
            course_id = self.add(
                "course", course["code"], course_values(course, self.data, sector_id)
            )
            for type_key, per_learner, per_group in course_equipment(course, self.data):
                values = {
                    "course_id": course_id,
                    "type_id": self.ref("equipment_type", type_key),
                    "per_learner": per_learner,
                    "per_group": per_group,
                }
                self.add("course_equipment", f"{course['code']}:{type_key}", values)

    def _people(self) -> None:
        for partner in self.data["partners"]:
            values = {k: v for k, v in partner.items() if k != "key"}
            values["kind"] = PartnerKind(partner["kind"])
            self.add("partner", partner["key"], values)
        for trainer in self.data["trainers"]:
            values = {k: v for k, v in trainer.items() if k not in ("key", "sectors")}
            trainer_id = self.add("trainer", trainer["key"], values)
            for code in trainer["sectors"]:
                values = {"trainer_id": trainer_id, "sector_id": self.ref("sector", code)}
                self.add("trainer_sector", f"{trainer['key']}:{code}", values)

    # -- one site ----------------------------------------------------------------------

    def _site(self, site: Data) -> None:
        key = site["key"]
        status = SiteStatus(site["status"])
        site_id = self.add(
            "site",
            key,
            {
                "regional_centre_id": self.ref(
                    "regional_centre", self.data["regional_centre"]["key"]
                ),
                "name": site["name"],
                "town": site["town"],
                "insee_code": site["insee_code"],
                "postcode": site["postcode"],
                "department": site["department"],
                "epci": site["epci"],
                "region": "Grand Est",
                "latitude": site["latitude"],
                "longitude": site["longitude"],
                "acv": site["acv"],
                "industry_territory": site["industry_territory"],
                "status": status,
                "application_date": _d(site["application_date"]),
                "selection_date": _d(site["selection_date"]),
                "opening_date": _d(site["opening_date"]),
                "employment_area": site["employment_area"],
                "notes": site["notes"],
                "is_demo": True,
            },
        )
        self._history(site, site_id, status)
        for partner_key, roles, since in site["partners"]:
            for role in roles:
                values: Row = {
                    "site_id": site_id,
                    "partner_id": self.ref("partner", partner_key),
                    "role": PartnerRole(role),
                    "since": _d(since),
                }
                self.add("site_partner", f"{key}:{partner_key}:{role}", values)
        for code, level, gap, offer in site["sector_needs"]:
            values = {
                "site_id": site_id,
                "sector_id": self.ref("sector", code),
                "need_level": NeedLevel(level),
                "qualification_gap": gap,
                "existing_offer": offer,
            }
            self.add("sector_need", f"{key}:{code}", values)
        self._premises(site, site_id)
        closed = cal.closed_days(*self.window, site["department"], zone=self.zone)
        for index, closure in enumerate(site["closures"]):
            span = cal.ClosureSpan(
                ClosureKind.SITE_CLOSURE,
                closure["label"],
                _day(closure["start"]),
                _day(closure["end"]),
            )
            self._closure(site_id, span, f"{key}:{index}")
            closed.update(span.days())
        for offering in site["offerings"]:
            self._offering(site, site_id, offering, closed)
        for index, need in enumerate(site["needs"]):
            offering = need["offering"]
            values = {
                "site_id": site_id,
                "type_id": self.ref("equipment_type", need["type"]),
                "offering_id": self.ref("offering", f"{offering}@{need['period']}")
                if offering
                else None,
                "quantity": need["quantity"],
                "reason": need["reason"],
                "priority": Priority(need["priority"]),
                "status": NeedStatus(need["status"]),
                "cost_override": Decimal(need["cost_override"])
                if need.get("cost_override")
                else None,
                "funder_id": self.ref("partner", need["funder"]) if need["funder"] else None,
            }
            self.add("equipment_need", f"{key}:{index}", values)

    def _history(self, site: Data, site_id: str, status: SiteStatus) -> None:
        history = site["history"]
        if not history or history[0][0] != SiteStatus.CANDIDATE.value:
            raise ValueError(f"demo data: {site['key']} history must start with a candidature")
        if history[0][1] != site["application_date"] or history[-1][0] != status.value:
            raise ValueError(f"demo data: {site['key']} history disagrees with the site")
        previous = None
        for index, (step, day, note) in enumerate(history):
            changed_on = _day(day)
            if previous and changed_on < previous:
                raise ValueError(f"demo data: {site['key']} history is not in date order")
            previous = changed_on
            values = {
                "site_id": site_id,
                "status": SiteStatus(step),
                "changed_on": changed_on,
                "note": note,
            }
            self.add("site_status_change", f"{site['key']}:{index}", values)

    def _premises(self, site: Data, site_id: str) -> None:
        for premises in site["premises"]:
            cost = premises["yearly_cost"]
            values = {
                "site_id": site_id,
                "name": premises["name"],
                "address": premises["address"],
                "owner": premises["owner"],
                "agreement_start": _d(premises["agreement_start"]),
                "agreement_end": _d(premises["agreement_end"]),
                "yearly_cost": Decimal(cost) if cost is not None else None,
                "step_free": premises["step_free"],
            }
            premises_id = self.add("premises", premises["key"], values)
            for room in premises["rooms"]:
                values = {k: v for k, v in room.items() if k != "key"}
                values["premises_id"] = premises_id
                values["kind"] = RoomKind(room["kind"])
                self.add("room", room["key"], values)
        for index, (room_key, type_key, quantity, condition) in enumerate(site["equipment"]):
            values = {
                "site_id": site_id,
                "room_id": self.ref("room", room_key) if room_key else None,
                "type_id": self.ref("equipment_type", type_key),
                "quantity": quantity,
                "condition": EquipmentCondition(condition),
            }
            self.add("equipment_item", f"{site['key']}:{index}", values)

    def _closure(self, site_id: str | None, span: cal.ClosureSpan, key: str | None = None) -> None:
        values = {
            "site_id": site_id,
            "kind": span.kind,
            "label": span.label,
            "start_date": span.start,
            "end_date": span.end,
            "subdivision": span.subdivision,
        }
        self.add("closure", key or f"{span.kind.value}:{span.subdivision}:{span.start}", values)

    # -- offerings and sessions ----------------------------------------------------------

    def _offering(self, site: Data, site_id: str, offering: Data, closed: set[date]) -> None:
        course = self.courses[offering["course"]]
        modality = Modality(offering["modality"])
        allowed = course.get("modalities", [m.value for m in Modality])
        if modality.value not in allowed:
            raise ValueError(f"demo data: {offering['key']} modality not allowed by its course")
        for run in offering["runs"]:
            period = run["period"]
            first, last = self.data["periods"][period]
            start = _day(run.get("start", first))
            end = _day(run.get("end", last))
            enrolled = run["enrolled"]
            cpf, employer, jobseeker, own = run["funding"]
            if cpf + employer + jobseeker + own != enrolled:
                raise ValueError(f"demo data: {offering['key']} {period} funding != enrolled")
            status = OfferingStatus(run["status"])
            values = {
                "course_id": self.ref("course", course["code"]),
                "site_id": site_id,
                "period_label": period,
                "start_date": start,
                "end_date": end,
                "modality": modality,
                "planned_learners": run["planned"],
                "enrolled_learners": enrolled,
                "funded_cpf": cpf,
                "funded_employer": employer,
                "funded_jobseeker": jobseeker,
                "funded_self": own,
                "status": status,
            }
            run_key = f"{offering['key']}@{period}"
            offering_id = self.add("offering", run_key, values)
            if status is OfferingStatus.CANCELLED or not run.get("sessions", True):
                continue
            link = (
                f"{self.data['video_link_base']}/{offering['key'].replace('_', '-')}-{start.year}"
            )
            for index, pattern in enumerate(offering["patterns"]):
                if "runs" in pattern and period not in pattern["runs"]:
                    continue
                days = self._pattern_days(pattern, start, end, closed, run_key)
                self._sessions(pattern, days, offering_id, modality, link, f"{run_key}#{index}")

    def _pattern_days(
        self, pattern: Data, start: date, end: date, closed: set[date], run_key: str
    ) -> list[date]:
        if "dates" in pattern:
            days = [_day(d) for d in pattern["dates"]]
            days = [d for d in days if start <= d <= end]
            if any(d in closed for d in days):
                raise ValueError(f"demo data: {run_key} has a one-off session on a closed day")
            return days
        first = max(start, _day(pattern["from"])) if "from" in pattern else start
        last = min(end, _day(pattern["to"])) if "to" in pattern else end
        skipped = [(_day(a), _day(b)) for a, b in pattern.get("skip", [])]
        return [
            d
            for d in weekly_days(first, last, WEEKDAYS[pattern["day"]])
            if d not in closed and not any(a <= d <= b for a, b in skipped)
        ]

    def _sessions(
        self,
        pattern: Data,
        days: list[date],
        offering_id: str,
        offering_modality: Modality,
        link: str,
        series_key: str,
    ) -> None:
        modality = Modality(pattern.get("modality", offering_modality.value))
        room = pattern.get("room")
        if (modality is Modality.DISTANCE) == bool(room):
            raise ValueError(f"demo data: {series_key} needs a room unless at a distance")
        room_id = self.ref("room", room) if room else None
        trainer_id = self.ref("trainer", pattern["trainer"]) if pattern.get("trainer") else None
        start, end = time.fromisoformat(pattern["start"]), time.fromisoformat(pattern["end"])
        series_id = demo_id("series", series_key)
        for day in days:
            if day < self.reference:
                status = SessionStatus.DONE
            elif day < self.reference + CONFIRMED_AHEAD:
                status = SessionStatus.CONFIRMED
            else:
                status = SessionStatus.PLANNED
            values = {
                "offering_id": offering_id,
                "day": day,
                "start_time": start,
                "end_time": end,
                "modality": modality,
                "room_id": room_id,
                "video_link": link if modality is not Modality.IN_PERSON else None,
                "trainer_id": trainer_id,
                "unit_code": pattern.get("unit"),
                "status": status,
                "series_id": series_id,
            }
            session_id = self.add("session", f"{series_key}:{day.isoformat()}", values)
            for guest in pattern.get("guests", []):
                if day >= _day(guest["from"]):
                    values = {
                        "session_id": session_id,
                        "offering_id": self.guest(guest["offering"]),
                    }
                    self.add(
                        "session_guest",
                        f"{series_key}:{day.isoformat()}+{guest['offering']}",
                        values,
                    )
