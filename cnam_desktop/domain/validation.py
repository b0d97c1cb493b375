"""Field validation: each rule names the field it checks and says what is wrong in French.

Checks are collected rather than stopping at the first one, so that a dialog can show
every problem at once; `Validator.raise_if_any()` raises one `ValidationError`.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import TypeVar

from cnam_desktop.errors import UserFacingError

INSEE_RE = re.compile(r"^(?:\d{2}|2A|2B)\d{3}$")
POSTCODE_RE = re.compile(r"^\d{5}$")
DEPARTMENT_RE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$")
RNCP_RE = re.compile(r"^RNCP\d{3,6}$")
RS_RE = re.compile(r"^RS\d{3,6}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CNAM_CODE_RE = re.compile(r"^[A-Z]{2,5}\d{0,4}[A-Z]?\d{0,3}$")


Moment = TypeVar("Moment", date, time)


class ValidationError(UserFacingError):
    """Bad input: `errors` maps each field name to its French message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class Validator:
    """Collects the French messages of failed checks, one per field."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def required(self, field: str, label: str, value: str | None) -> None:
        if value is None or not str(value).strip():
            self.fail(field, f"{label} : ce champ est obligatoire.")

    def max_length(self, field: str, label: str, value: str | None, limit: int) -> None:
        if value and len(value) > limit:
            self.fail(field, f"{label} : {limit} caractères au plus ({len(value)} saisis).")

    def pattern(
        self, field: str, label: str, value: str | None, regex: re.Pattern[str], hint: str
    ) -> None:
        if value and not regex.match(value):
            self.fail(field, f"{label} : « {value} » n'est pas valide ({hint}).")

    def insee_code(self, field: str, value: str | None) -> None:
        self.pattern(
            field, "Code INSEE", value, INSEE_RE, "5 caractères, par exemple 52121 ou 2A004"
        )

    def postcode(self, field: str, value: str | None) -> None:
        self.pattern(field, "Code postal", value, POSTCODE_RE, "5 chiffres, par exemple 52000")

    def department(self, field: str, value: str | None) -> None:
        self.pattern(field, "Département", value, DEPARTMENT_RE, "un numéro comme 52, 2A ou 974")

    def rncp_code(self, field: str, value: str | None) -> None:
        self.pattern(field, "Code RNCP", value, RNCP_RE, "par exemple RNCP35000")

    def rs_code(self, field: str, value: str | None) -> None:
        self.pattern(field, "Code RS", value, RS_RE, "par exemple RS5000")

    def email(self, field: str, value: str | None) -> None:
        self.pattern(
            field, "Adresse électronique", value, EMAIL_RE, "par exemple prenom.nom@exemple.fr"
        )

    def positive(self, field: str, label: str, value: int | float | None) -> None:
        if value is not None and value <= 0:
            self.fail(field, f"{label} : doit être supérieur à 0.")

    def not_negative(self, field: str, label: str, value: int | float | None) -> None:
        if value is not None and value < 0:
            self.fail(field, f"{label} : ne peut pas être négatif.")

    def between(self, field: str, label: str, value: float | None, low: float, high: float) -> None:
        if value is not None and not low <= value <= high:
            self.fail(field, f"{label} : doit être compris entre {low:g} et {high:g}.")

    def end_after_start(
        self,
        field: str,
        start: Moment | None,
        end: Moment | None,
        label_start: str = "début",
        label_end: str = "Fin",
    ) -> None:
        if start is not None and end is not None and end <= start:
            self.fail(field, f"{label_end} : doit être postérieure au {label_start}.")

    def not_before(
        self, field: str, label: str, value: date | None, reference: date | None, ref_label: str
    ) -> None:
        if value is not None and reference is not None and value < reference:
            self.fail(field, f"{label} : ne peut pas précéder {ref_label}.")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def normalise_text(value: str | None) -> str | None:
    """Strip surrounding blanks; an empty string becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def normalise_code(value: str | None) -> str | None:
    """Codes (INSEE, RNCP, RS, Cnam) are kept upper-case without spaces."""
    value = normalise_text(value)
    return value.replace(" ", "").upper() if value else None
