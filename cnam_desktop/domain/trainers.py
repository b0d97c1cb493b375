"""Trainers as plain values. Their contact data is personal data (erasable on request)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from cnam_desktop.domain.validation import Validator, normalise_text

PHONE_RE = re.compile(r"^\+?[0-9][0-9 .()-]{5,22}[0-9]$")


@dataclass(frozen=True)
class TrainerData:
    """The editable fields of a trainer; `sector_ids` is the set of sectors taught."""

    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    home_centre: str | None = None
    distance_ok: bool = True
    sector_ids: frozenset[str] = field(default_factory=frozenset)

    def normalised(self) -> TrainerData:
        email = normalise_text(self.email)
        return replace(
            self,
            first_name=normalise_text(self.first_name) or "",
            last_name=normalise_text(self.last_name) or "",
            email=email.lower() if email else None,
            phone=normalise_text(self.phone),
            home_centre=normalise_text(self.home_centre),
            sector_ids=frozenset(self.sector_ids),
        )


def validate_trainer(data: TrainerData) -> TrainerData:
    """Return the normalised data, or raise `ValidationError` naming each bad field."""
    data = data.normalised()
    v = Validator()
    v.required("first_name", "Prénom", data.first_name)
    v.max_length("first_name", "Prénom", data.first_name, 80)
    v.required("last_name", "Nom", data.last_name)
    v.max_length("last_name", "Nom", data.last_name, 80)
    v.email("email", data.email)
    v.max_length("email", "Adresse électronique", data.email, 200)
    v.pattern("phone", "Téléphone", data.phone, PHONE_RE, "par exemple 03 26 01 02 03")
    v.max_length("phone", "Téléphone", data.phone, 30)
    v.max_length("home_centre", "Centre de rattachement", data.home_centre, 120)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class TrainerFilter:
    """What the trainers list is narrowed to; None means "any"."""

    text: str | None = None
    sector_id: str | None = None
    distance_ok: bool | None = None


@dataclass(frozen=True)
class TrainerRow:
    """One line of the trainers table."""

    id: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    home_centre: str | None
    distance_ok: bool
    sector_names: tuple[str, ...]
    next_session: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


TRAINER_SORT_KEYS = (
    "last_name",
    "first_name",
    "home_centre",
    "distance_ok",
    "email",
    "phone",
    "sectors",
    "next_session",
)
"""`sectors` orders by the first of the trainer's sectors in French order (the one the
list shows first), then by how many; `next_session` by the date of the next session.
Trainers without any sort after the others, both ways."""
