"""The scheduling conflict engine, over plain values (no Qt, no database session).

`find_conflicts(facts)` returns every conflict among the sessions of `facts`
(`domain/schedule_facts.py`); `conflicts_involving(facts, ids)` only those involving
one of the given sessions (what saving proposed sessions would create). Cancelled
sessions are ignored.

Rules, one `Conflict` each, with their severity:

- room, trainer, group double-booked (erreur): two sessions of the same room, trainer
  or offering overlap on the same day (a.start < b.end and b.start < a.end: touching
  slots 18:00–21:00 and 21:00–22:00 do not). An offering takes part in its own
  sessions and in those it joins as a guest. One conflict per overlapping pair.
- room too small (avertissement): learners of the offering (enrolled, or planned while
  none is enrolled) plus those of the guest offerings of the room's site exceed the
  room's capacity. In-person and hybrid sessions only.
- room kind unfit (avertissement): the course requires a kind of room (computer lab,
  workshop…) and the session's room is of another kind. In-person and hybrid only.
- equipment lacking (avertissement): for each offering taking part in sessions, each
  equipment type its course requires (per learner × learners + per group) is compared
  with the usable inventory of the offering's site. One conflict per (site, course,
  type), listing every session of the offerings that lack it.
- closed day: the session falls on a closure of its offering's site or of a guest
  offering's site (`domain.closures.applies_to`). A public holiday or a site closure
  makes it an erreur, a school break only an avertissement. One conflict per session,
  naming every closure of that day.
- missing room (erreur): an in-person or hybrid session without a room.
- missing link (erreur): a distance or hybrid session without a video link.
- no video kit (erreur): a hybrid session in a room without a video kit
  (`schedule_facts.has_video_kit`: a video room, or one holding a usable « visio » item).

Double bookings: the sessions are sorted once by (day, start, end, id) and dealt into
one list per room, trainer and offering, which keeps that order; each list is swept
keeping the sessions still running and their latest end. O(n log n + pairs), never all
pairs. Output is sorted by first session (day, start), then rule, then session ids.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from operator import attrgetter

from cnam_desktop.domain.closures import applies_to
from cnam_desktop.domain.enums import ClosureKind, LabelledEnum, Modality, SessionStatus
from cnam_desktop.domain.formatting import french_long_date, plural
from cnam_desktop.domain.schedule_facts import (
    ClosureFact,
    OfferingFact,
    RoomFact,
    ScheduleFacts,
    SessionFact,
)


class Severity(LabelledEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self.value]


class ConflictRule(LabelledEnum):
    ROOM_DOUBLE_BOOKED = "room_double_booked"
    TRAINER_DOUBLE_BOOKED = "trainer_double_booked"
    OFFERING_DOUBLE_BOOKED = "offering_double_booked"
    ROOM_TOO_SMALL = "room_too_small"
    ROOM_KIND_UNFIT = "room_kind_unfit"
    EQUIPMENT_LACKING = "equipment_lacking"
    CLOSED_DAY = "closed_day"
    MISSING_ROOM = "missing_room"
    MISSING_LINK = "missing_link"
    NO_VIDEO_KIT = "no_video_kit"

    @property
    def label(self) -> str:
        return _RULE_LABELS[self.value]


_SEVERITY_LABELS = {"error": "erreur", "warning": "avertissement"}
_RULE_LABELS = {
    "room_double_booked": "Salle réservée deux fois",
    "trainer_double_booked": "Formateur réservé deux fois",
    "offering_double_booked": "Groupe réservé deux fois",
    "room_too_small": "Salle trop petite",
    "room_kind_unfit": "Type de salle inadapté",
    "equipment_lacking": "Équipement insuffisant",
    "closed_day": "Séance un jour de fermeture",
    "missing_room": "Séance sans salle",
    "missing_link": "Séance sans lien de visioconférence",
    "no_video_kit": "Salle sans kit de visioconférence",
}
_RULE_ORDER = {rule: index for index, rule in enumerate(ConflictRule)}
# Closures that forbid a session; the others (school breaks) only warn.
_BLOCKING_CLOSURES = frozenset({ClosureKind.PUBLIC_HOLIDAY, ClosureKind.SITE_CLOSURE})
_MODALITY_WORDS = {
    Modality.IN_PERSON: "en présentiel",
    Modality.DISTANCE: "à distance",
    Modality.HYBRID: "hybride",
}
_CHRONOLOGICAL = attrgetter("day", "start", "end", "id")


@dataclass(frozen=True, slots=True)
class Conflict:
    rule: ConflictRule
    severity: Severity
    session_ids: tuple[str, ...]
    message: str

    def involves(self, session_ids: Collection[str]) -> bool:
        return any(i in session_ids for i in self.session_ids)


def find_conflicts(facts: ScheduleFacts) -> list[Conflict]:
    """Every conflict among the sessions of `facts`, in a stable order."""
    return _Engine(facts).run()


def conflicts_involving(facts: ScheduleFacts, session_ids: Collection[str]) -> list[Conflict]:
    """The conflicts that involve at least one of `session_ids`."""
    wanted = set(session_ids)
    return [c for c in find_conflicts(facts) if c.involves(wanted)]


def has_errors(conflicts: Iterable[Conflict]) -> bool:
    return any(c.severity is Severity.ERROR for c in conflicts)


def conflict_summary(conflicts: Sequence[Conflict]) -> str:
    """« 12 conflits : 3 erreurs, 9 avertissements », or « Aucun conflit »."""
    if not conflicts:
        return "Aucun conflit"
    errors = sum(1 for c in conflicts if c.severity is Severity.ERROR)
    return (
        f"{plural(len(conflicts), 'conflit')} : {plural(errors, 'erreur')}, "
        f"{plural(len(conflicts) - errors, 'avertissement')}"
    )


def overlapping_pairs(ordered: Iterable[SessionFact]) -> Iterator[tuple[SessionFact, SessionFact]]:
    """Each overlapping pair of `ordered` (sorted by day then start), earlier one first.

    The sweep keeps the sessions still running and their latest end: a session starting
    at or after the latest end of its day overlaps none of them, and starts afresh.
    """
    active: list[SessionFact] = []
    day: date | None = None
    latest = time.min
    for b in ordered:
        if b.day != day or b.start >= latest:
            active, day, latest = [b], b.day, b.end
            continue
        active = [a for a in active if a.end > b.start]
        for a in active:
            yield a, b
        active.append(b)
        latest = max(latest, b.end)


# French wording ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _times(start: time, end: time) -> str:
    return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"


def _slot(s: SessionFact) -> str:
    """« 18:00–21:00 »."""
    return _times(s.start, s.end)


# The engine -------------------------------------------------------------------------------

_SortKey = tuple[date, time, int, tuple[str, ...]]


class _Engine:
    def __init__(self, facts: ScheduleFacts) -> None:
        self.facts = facts
        self.offerings = facts.offerings
        self.found: list[tuple[_SortKey, Conflict]] = []
        live = [s for s in facts.sessions if s.status is not SessionStatus.CANCELLED]
        live.sort(key=_CHRONOLOGICAL)
        self.live = live
        self.closed = self._closed_days()

    def run(self) -> list[Conflict]:
        by_room: dict[str, list[SessionFact]] = {}
        by_trainer: dict[str, list[SessionFact]] = {}
        by_offering: dict[str, list[SessionFact]] = {}
        rooms = self.facts.rooms
        for s in self.live:
            if s.room_id is not None and s.room_id in rooms:
                by_room.setdefault(s.room_id, []).append(s)
            if s.trainer_id is not None:
                by_trainer.setdefault(s.trainer_id, []).append(s)
            by_offering.setdefault(s.offering_id, []).append(s)
            for guest in s.guest_offering_ids:
                if guest != s.offering_id:
                    by_offering.setdefault(guest, []).append(s)
            self._session_rules(s)
        self._double_bookings(by_room, ConflictRule.ROOM_DOUBLE_BOOKED, self._room_message)
        self._double_bookings(by_trainer, ConflictRule.TRAINER_DOUBLE_BOOKED, self._trainer_message)
        self._double_bookings(by_offering, ConflictRule.OFFERING_DOUBLE_BOOKED, self._group_message)
        self._equipment(by_offering)
        self.found.sort(key=lambda item: item[0])
        return [conflict for _key, conflict in self.found]

    def _add(
        self, rule: ConflictRule, severity: Severity, sessions: Sequence[SessionFact], text: str
    ) -> None:
        """Record a conflict; `sessions` are in chronological order."""
        ids = tuple(s.id for s in sessions)
        key = (sessions[0].day, sessions[0].start, _RULE_ORDER[rule], ids)
        self.found.append((key, Conflict(rule, severity, ids, text)))

    # -- names --------------------------------------------------------------------------

    def _site_name(self, site_id: str) -> str:
        return self.facts.sites[site_id].name

    def _code(self, s: SessionFact) -> str:
        return self.facts.courses[self.offerings[s.offering_id].course_id].code

    def _where(self, s: SessionFact) -> str:
        """« CC13200 (Cnam Chaumont) »: the course and site of the session's offering."""
        return f"{self._code(s)} ({self._site_name(self.offerings[s.offering_id].site_id)})"

    def _when(self, s: SessionFact) -> str:
        return f"le {french_long_date(s.day)}, {_slot(s)}"

    def _room_name(self, room: RoomFact) -> str:
        """« Salle « Salle Oudinot » (Cnam Bar-le-Duc) » (room names often say « Salle »)."""
        return f"Salle « {room.name} » ({self._site_name(room.site_id)})"

    # -- rules on one session ------------------------------------------------------------

    def _session_rules(self, s: SessionFact) -> None:
        modality = s.modality
        if modality is not Modality.DISTANCE:
            room = self.facts.rooms.get(s.room_id) if s.room_id is not None else None
            if room is None:
                self._add(
                    ConflictRule.MISSING_ROOM,
                    Severity.ERROR,
                    [s],
                    f"Séance {_MODALITY_WORDS[modality]} sans salle : "
                    f"{self._where(s)} {self._when(s)}.",
                )
            else:
                self._room_fit(s, room)
        if modality is not Modality.IN_PERSON and not (s.video_link or "").strip():
            self._add(
                ConflictRule.MISSING_LINK,
                Severity.ERROR,
                [s],
                f"Séance {_MODALITY_WORDS[modality]} sans lien de visioconférence : "
                f"{self._where(s)} {self._when(s)}.",
            )
        if self.closed and (
            s.guest_offering_ids or (self.offerings[s.offering_id].site_id, s.day) in self.closed
        ):
            self._closed_day(s)

    def _room_fit(self, s: SessionFact, room: RoomFact) -> None:
        offering = self.offerings[s.offering_id]
        learners = offering.learners
        for guest_id in s.guest_offering_ids:
            guest = self.offerings[guest_id]
            if guest_id != offering.id and guest.site_id == room.site_id:
                learners += guest.learners
        if learners > room.capacity:
            self._add(
                ConflictRule.ROOM_TOO_SMALL,
                Severity.WARNING,
                [s],
                f"{self._room_name(room)} trop petite {self._when(s)} : "
                f"{plural(learners, 'apprenant')} ({self._code(s)}) pour "
                f"{plural(room.capacity, 'place')}.",
            )
        wanted = self.facts.courses[offering.course_id].required_room_kind
        if wanted is not None and room.kind is not wanted:
            self._add(
                ConflictRule.ROOM_KIND_UNFIT,
                Severity.WARNING,
                [s],
                f"{self._code(s)} demande une salle de type « {wanted.label} » : séance "
                f"{self._when(s)} en salle « {room.name} » ({self._site_name(room.site_id)}), "
                f"de type « {room.kind.label} ».",
            )
        if s.modality is Modality.HYBRID and not room.has_video_kit:
            self._add(
                ConflictRule.NO_VIDEO_KIT,
                Severity.ERROR,
                [s],
                f"Séance hybride sans kit de visioconférence : {self._where(s)} "
                f"{self._when(s)}, {self._room_name(room)}.",
            )

    def _closed_day(self, s: SessionFact) -> None:
        host = self.offerings[s.offering_id].site_id
        hits = {c: [host] for c in self.closed.get((host, s.day), ())}
        for guest_id in s.guest_offering_ids:
            site_id = self.offerings[guest_id].site_id
            if site_id == host:
                continue
            for closure in self.closed.get((site_id, s.day), ()):
                sites = hits.setdefault(closure, [])
                if site_id not in sites:
                    sites.append(site_id)
        if not hits:
            return
        parts = []
        for closure, sites in hits.items():
            text = f"{closure.label} ({closure.kind.label.lower()}"
            if sites != [host]:
                text += " à " + ", ".join(self._site_name(x) for x in sites)
            parts.append(text + ")")
        blocking = any(c.kind in _BLOCKING_CLOSURES for c in hits)
        self._add(
            ConflictRule.CLOSED_DAY,
            Severity.ERROR if blocking else Severity.WARNING,
            [s],
            f"Séance de {self._where(s)} {self._when(s)}, un jour de fermeture : "
            f"{', '.join(parts)}.",
        )

    def _closed_days(self) -> dict[tuple[str, date], list[ClosureFact]]:
        """(site id, day) → the closures of that day applying to the site, over the days
        the sessions span (a long closure is not expanded beyond them)."""
        closed: dict[tuple[str, date], list[ClosureFact]] = {}
        if not self.live or not self.facts.closures:
            return closed
        first, last = self.live[0].day, self.live[-1].day
        closures = [c for c in self.facts.closures if c.start <= last and c.end >= first]
        for site in self.facts.sites.values():
            for c in closures:
                if applies_to(c.site_id, c.subdivision, site.id, site.department):
                    day, stop = max(c.start, first), min(c.end, last)
                    while day <= stop:
                        closed.setdefault((site.id, day), []).append(c)
                        day += timedelta(days=1)
        return closed

    # -- double bookings -------------------------------------------------------------------

    def _double_bookings(
        self,
        buckets: Mapping[str, list[SessionFact]],
        rule: ConflictRule,
        message: Callable[[str, SessionFact, SessionFact], str],
    ) -> None:
        for key, ordered in buckets.items():
            if len(ordered) > 1:
                for a, b in overlapping_pairs(ordered):
                    self._add(rule, Severity.ERROR, [a, b], message(key, a, b))

    def _room_message(self, room_id: str, a: SessionFact, b: SessionFact) -> str:
        return (
            f"{self._room_name(self.facts.rooms[room_id])} réservée deux fois le "
            f"{french_long_date(a.day)} : {_slot(a)} ({self._code(a)}) "
            f"et {_slot(b)} ({self._code(b)})."
        )

    def _trainer_message(self, trainer_id: str, a: SessionFact, b: SessionFact) -> str:
        name = self.facts.trainers.get(trainer_id, "Formateur inconnu")
        return (
            f"{name} a deux séances en même temps le {french_long_date(a.day)} : "
            f"{self._where(a)} {_slot(a)} et {self._where(b)} {_slot(b)}."
        )

    def _group_message(self, offering_id: str, a: SessionFact, b: SessionFact) -> str:
        offering = self.offerings[offering_id]
        code = self.facts.courses[offering.course_id].code
        period = f" — {offering.period_label}" if offering.period_label else ""

        def which(s: SessionFact) -> str:
            own = s.offering_id == offering_id
            return _slot(s) if own else f"{_slot(s)} (invité de {self._where(s)})"

        return (
            f"Le groupe {code}{period} ({self._site_name(offering.site_id)}) a deux séances "
            f"en même temps le {french_long_date(a.day)} : {which(a)} et {which(b)}."
        )

    # -- equipment -------------------------------------------------------------------------

    def _equipment(self, by_offering: Mapping[str, list[SessionFact]]) -> None:
        facts = self.facts
        lacking: dict[tuple[str, str, str], list[tuple[OfferingFact, int]]] = {}
        for offering_id in by_offering:
            offering = self.offerings[offering_id]
            for need in facts.courses[offering.course_id].equipment:
                required = need.quantity(offering.learners)
                if required > facts.inventory.get((offering.site_id, need.type_id), 0):
                    key = (offering.site_id, offering.course_id, need.type_id)
                    lacking.setdefault(key, []).append((offering, required))
        for (site_id, course_id, type_id), group in lacking.items():
            if len(group) == 1:
                sessions = by_offering[group[0][0].id]
            else:
                merged = {s.id: s for offering, _ in group for s in by_offering[offering.id]}
                sessions = sorted(merged.values(), key=_CHRONOLOGICAL)
            have = facts.inventory.get((site_id, type_id), 0)
            periods = ", ".join(sorted({o.period_label for o, _ in group if o.period_label}))
            what = facts.courses[course_id].code + (f" ({periods})" if periods else "")
            self._add(
                ConflictRule.EQUIPMENT_LACKING,
                Severity.WARNING,
                sessions,
                f"{self._site_name(site_id)} n'a pas assez de "
                f"« {facts.equipment_types.get(type_id, type_id)} » pour {what} : "
                f"{max(q for _, q in group)} requis, {have} disponible{'s' if have > 1 else ''}.",
            )
