"""Helpers shared by the Sites area tests."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from cnam_desktop.ui.areas import SITES_INDEX
from cnam_desktop.ui.dialogs.site_dialog import SiteDialog
from cnam_desktop.ui.views.sites_view import SitesView
from tests.ui.conftest import type_text

# The department field's completer opens a popup; the offscreen platform says it cannot
# raise it nor grab the keyboard for it (xcb does both silently).
offscreen_popup = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    extend=True,
)


def view_of(window: Any) -> SitesView:
    """The Sites screen, shown (the window starts on the dashboard)."""
    window.show_area(SITES_INDEX)
    return window.sites_view


def names(view: SitesView) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def click_ok(qtbot: Any, dialog: SiteDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in combo"
    combo.setCurrentIndex(index)


def select(view: SitesView, site_id: str) -> None:
    assert view.select_site(site_id)
    assert view.current_site_id() == site_id
