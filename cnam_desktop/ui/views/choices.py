"""Choice lists for filters and dialogs (sites, premises, rooms…), read through services."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from cnam_desktop.db.engine import Database
from cnam_desktop.services.sites import SiteService


def site_choices(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every live site, in French alphabetical order."""
    return SiteService(db).choices()


def filter_combo(
    parent: QWidget, name: str, choices: Iterable[tuple[Any, str]], everything: str = "Tous"
) -> QComboBox:
    """A combo whose first entry (data None) means « no filter »."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    fill_combo(combo, choices, everything)
    return combo


def fill_combo(combo: QComboBox, choices: Iterable[tuple[Any, str]], everything: str) -> None:
    """Refill a filter combo, keeping the current choice when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value, label in choices:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def enum_choices(enum_cls: Any) -> list[tuple[Enum, str]]:
    return [(member, member.label) for member in enum_cls]


def yes_no_choices(yes: str, no: str) -> list[tuple[bool, str]]:
    return [(True, yes), (False, no)]
