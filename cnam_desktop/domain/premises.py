"""Premises and rooms as plain values: what a dialog edits and a service saves."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.formatting import french_date, plural
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import Validator, normalise_text


def in_use(what: str, uses: list[tuple[int, str, str]], advice: str, note: str = "") -> InUseError:
    """The refusal to delete `what`, naming its first use and counting the others.

    `uses` holds (count, singular noun, plural noun); uses counted 0 are left out.
    `note` (a sentence about the first use) comes before the others and the advice.
    """
    counted = [(count, one, many) for count, one, many in uses if count]
    count, one, many = counted[0]
    others = [plural(n, o, p) for n, o, p in counted[1:]]
    parts = [note, f"Autres usages : {', '.join(others)}." if others else "", advice]
    detail = " ".join(part for part in parts if part)
    return InUseError(what, one if count == 1 else many, count, detail)


@dataclass(frozen=True)
class PremisesData:
    """The editable fields of premises (locaux)."""

    site_id: str
    name: str
    address: str | None = None
    owner: str | None = None
    agreement_start: date | None = None
    agreement_end: date | None = None
    yearly_cost: Decimal | None = None
    step_free: bool = False

    def normalised(self) -> PremisesData:
        return replace(
            self,
            name=normalise_text(self.name) or "",
            address=normalise_text(self.address),
            owner=normalise_text(self.owner),
        )


def validate_premises(data: PremisesData) -> PremisesData:
    """Return the normalised data, or raise `ValidationError` naming each bad field."""
    data = data.normalised()
    v = Validator()
    v.required("site_id", "Site", data.site_id)
    v.required("name", "Nom des locaux", data.name)
    v.max_length("name", "Nom des locaux", data.name, 120)
    v.max_length("address", "Adresse", data.address, 200)
    v.max_length("owner", "Propriétaire", data.owner, 200)
    v.end_after_start(
        "agreement_end",
        data.agreement_start,
        data.agreement_end,
        "début de la convention",
        "Fin de la convention",
    )
    if data.yearly_cost is not None and data.yearly_cost < 0:
        v.fail("yearly_cost", "Coût annuel : ne peut pas être négatif.")
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class RoomData:
    """The editable fields of a room (salle)."""

    premises_id: str
    name: str
    capacity: int
    kind: RoomKind = RoomKind.CLASSROOM
    accessible: bool = False
    opening_hours: str | None = None

    def normalised(self) -> RoomData:
        return replace(
            self,
            name=normalise_text(self.name) or "",
            opening_hours=normalise_text(self.opening_hours),
        )


def validate_room(data: RoomData) -> RoomData:
    """Return the normalised data, or raise `ValidationError` naming each bad field.

    The name's uniqueness within the site needs the database: the service checks it.
    """
    data = data.normalised()
    v = Validator()
    v.required("premises_id", "Locaux", data.premises_id)
    v.required("name", "Nom de la salle", data.name)
    v.max_length("name", "Nom de la salle", data.name, 120)
    v.positive("capacity", "Capacité", data.capacity)
    v.max_length("opening_hours", "Horaires d'ouverture", data.opening_hours, 200)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class PremisesFilter:
    """What the premises list is narrowed to; None means "any"."""

    site_id: str | None = None
    text: str | None = None
    step_free: bool | None = None


@dataclass(frozen=True)
class RoomFilter:
    """What the rooms list is narrowed to; None means "any"."""

    site_id: str | None = None
    premises_id: str | None = None
    text: str | None = None
    kind: RoomKind | None = None
    accessible: bool | None = None


@dataclass(frozen=True)
class PremisesRow:
    """One line of the premises table."""

    id: str
    site_id: str
    site_name: str
    name: str
    address: str | None
    owner: str | None
    agreement_start: date | None
    agreement_end: date | None
    yearly_cost: Decimal | None
    step_free: bool
    room_count: int
    capacity: int


@dataclass(frozen=True)
class RoomRow:
    """One line of the rooms table."""

    id: str
    site_id: str
    site_name: str
    premises_id: str
    premises_name: str
    name: str
    kind: RoomKind
    capacity: int
    accessible: bool
    opening_hours: str | None
    equipment_count: int
    session_count: int


PREMISES_SORT_KEYS = (
    "name",
    "site",
    "owner",
    "address",
    "agreement_end",
    "yearly_cost",
    "step_free",
    "room_count",
    "capacity",
)
ROOM_SORT_KEYS = (
    "name",
    "site",
    "premises",
    "kind",
    "capacity",
    "accessible",
    "opening_hours",
    "equipment_count",
    "session_count",
)


def room_in_use(
    name: str, sessions: int, next_day: date | None, last_day: date | None, items: int
) -> InUseError:
    """« Impossible de supprimer la salle « Salle 1 » : 42 séances l'utilisent. … »"""
    note = ""
    if sessions and next_day is not None:
        note = f"La prochaine a lieu le {french_date(next_day)}."
    elif sessions and last_day is not None:
        note = f"La dernière a eu lieu le {french_date(last_day)}."
    return in_use(
        f"la salle « {name} »",
        [
            (sessions, "séance", "séances"),
            (items, "ligne d'inventaire", "lignes d'inventaire"),
        ],
        "Supprimez-les ou déplacez-les d'abord.",
        note,
    )


def premises_in_use(name: str, rooms: int) -> InUseError:
    return in_use(
        f"les locaux « {name} »",
        [(rooms, "salle", "salles")],
        "Supprimez ces salles ou déplacez-les d'abord.",
    )
