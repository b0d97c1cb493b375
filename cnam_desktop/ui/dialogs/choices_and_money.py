"""Small helpers shared by the premises and equipment dialogs: id combos and euros.

Combos hold (id, label) choices with the id as item data; an "empty" choice (no room,
no funder…) carries "" and reads back as None. Amounts are shown the French way,
« 12 000,50 » (narrow no-break space between thousands), and read back as Decimal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox

from cnam_desktop.domain.formatting import euros, french_amount
from cnam_desktop.ui.dialogs.form_dialog import FormDialog

__all__ = ["euros", "format_money"]

format_money = french_amount

CENTS = Decimal("0.01")


def read_money(
    field: str, label: str, text: str, errors: dict[str, str], example: str = "12 000,50"
) -> Decimal | None:
    """The amount typed, to the cent; None when empty; a message in `errors` if unreadable."""
    number = FormDialog.read_number(field, label, text, errors, example)
    if number is None:
        return None
    message = f"{label} : « {text.strip()} » n'est pas un nombre (par exemple {example})."
    if not math.isfinite(number):
        errors[field] = message
        return None
    try:
        return Decimal(str(number)).quantize(CENTS)
    except InvalidOperation:  # too many digits to be an amount
        errors[field] = message
        return None


def fill_combo(
    combo: QComboBox,
    choices: Iterable[tuple[str, str]],
    *,
    none_label: str | None = None,
    placeholder: str | None = None,
) -> None:
    """(id, label) choices; `none_label` first (id ""); nothing selected if `placeholder`."""
    combo.blockSignals(True)
    try:
        combo.clear()
        if none_label is not None:
            combo.addItem(none_label, "")
        for value, label in choices:
            combo.addItem(label, value)
        if placeholder is not None:
            combo.setPlaceholderText(placeholder)
            combo.setCurrentIndex(-1)
    finally:
        combo.blockSignals(False)


def select_id(combo: QComboBox, value: str | None) -> None:
    """Select the item whose id is `value` ("" / None: the empty choice, if any).

    An id missing from the choices (a deleted site…) is added, so that editing the
    rest of the record does not silently change it.
    """
    wanted = value or ""
    index = combo.findData(wanted)
    if index < 0 and wanted:
        combo.addItem(f"(introuvable : {wanted})", wanted)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def current_id(combo: QComboBox) -> str:
    """The selected id; "" when nothing (or the empty choice) is selected."""
    if combo.currentIndex() < 0:
        return ""
    return str(combo.currentData() or "")


def optional_id(combo: QComboBox) -> str | None:
    return current_id(combo) or None
