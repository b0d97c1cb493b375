"""The context menu of a list's rows: the list's actions, each enabled or not."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QMenu

MenuEntry = tuple[str, Callable[[], Any], bool]
"""(text with its mnemonic, what it does, enabled)."""


def show_row_menu(view: QAbstractItemView, position: QPoint, entries: Iterable[MenuEntry]) -> None:
    """Pop the menu up at `position` (the view's viewport coordinates) until closed."""
    menu = QMenu(view)
    for text, slot, enabled in entries:
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
    menu.exec(view.viewport().mapToGlobal(position))
