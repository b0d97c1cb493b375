"""Closures as plain values: public holidays, site closures and school breaks.

A closure applies to a site when it is the site's own (`site_id`), or region-wide
(`site_id` None) with no `subdivision`, or region-wide with `subdivision` equal to the
site's department (the Alsace-Moselle days: Good Friday and 26 December).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.validation import Validator, normalise_code, normalise_text


@dataclass(frozen=True)
class ClosureData:
    """The editable fields of a closure; `site_id` None means every site of the region."""

    kind: ClosureKind
    label: str
    start_date: date
    end_date: date
    site_id: str | None = None
    subdivision: str | None = None

    def normalised(self) -> ClosureData:
        return replace(
            self,
            label=normalise_text(self.label) or "",
            site_id=self.site_id or None,
            subdivision=normalise_code(self.subdivision),
        )


def validate_closure(data: ClosureData) -> ClosureData:
    """Return the normalised data, or raise `ValidationError` naming each bad field."""
    data = data.normalised()
    v = Validator()
    v.required("label", "Libellé", data.label)
    v.max_length("label", "Libellé", data.label, 200)
    if data.start_date is None:
        v.fail("start_date", "Date de début : ce champ est obligatoire.")
    if data.end_date is None:
        v.fail("end_date", "Date de fin : ce champ est obligatoire.")
    v.not_before("end_date", "Date de fin", data.end_date, data.start_date, "la date de début")
    v.department("subdivision", data.subdivision)
    if data.subdivision and data.site_id:
        v.fail(
            "subdivision",
            "Département : à laisser vide pour une fermeture propre à un site.",
        )
    v.raise_if_any()
    return data


def applies_to(
    closure_site_id: str | None,
    subdivision: str | None,
    site_id: str,
    department: str | None,
) -> bool:
    """The rule of the module docstring, for plain values (the SQL query mirrors it)."""
    if closure_site_id is not None:
        return closure_site_id == site_id
    return subdivision is None or subdivision == department


@dataclass(frozen=True)
class ClosureFilter:
    """What the closures list is narrowed to; None means "any".

    `site_id` keeps the closures of that site only; `region_wide=True` keeps those
    of every site; `start`/`end` keep closures overlapping that range.
    """

    kind: ClosureKind | None = None
    site_id: str | None = None
    region_wide: bool | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class ClosureRow:
    id: str
    kind: ClosureKind
    label: str
    start_date: date
    end_date: date
    site_id: str | None
    site_name: str | None
    subdivision: str | None

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def scope_label(self) -> str:
        """To whom it applies, in French."""
        if self.site_name:
            return self.site_name
        if self.subdivision:
            return f"Département {self.subdivision}"
        return "Tous les sites"
