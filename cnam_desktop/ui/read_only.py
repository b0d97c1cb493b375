"""Read-only mode: a database opened while another instance holds it can be consulted only.

The main window carries the mode as a property (`set_window_read_only`); every widget
asks `editable(self)` before offering an editing action, so that a page built later, or
a button re-enabled by a selection change, follows the mode without being told. Dialogs
opened in read-only mode show their data with « Enregistrer » disabled
(`form_dialog.run`). The database itself refuses writes too (`PRAGMA query_only`): an
action forgotten here gets a clear message, never a change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

PROPERTY = "cnamReadOnly"
MESSAGE = "La base est ouverte en lecture seule : aucune modification n'est possible."
_KEPT_TOOLTIP = "cnamEditingTooltip"
TOOLTIP = "Indisponible : la base est ouverte en lecture seule."


def set_window_read_only(window: QWidget, read_only: bool) -> None:
    window.setProperty(PROPERTY, read_only)


def editable(widget: QWidget | None) -> bool:
    """False when `widget` lives in a window showing a database opened read-only."""
    window = widget.window() if widget is not None else None
    while window is not None:  # a dialog's window is the dialog: ask its owner too
        if window.property(PROPERTY):
            return False
        owner = window.parentWidget()
        window = owner.window() if owner is not None else None
    return True


def enable_editing(button: QAbstractButton, enabled: bool) -> None:
    """Enable an editing button if `enabled` and the window is editable; say why not."""
    allowed = editable(button)
    button.setEnabled(enabled and allowed)
    kept = button.property(_KEPT_TOOLTIP)
    if not allowed:
        if kept is None:
            button.setProperty(_KEPT_TOOLTIP, button.toolTip())
        button.setToolTip(TOOLTIP)
    elif kept is not None:
        button.setToolTip(str(kept))
        button.setProperty(_KEPT_TOOLTIP, None)


def banner(window: QMainWindow) -> QLabel:
    """The bar shown under the menus while the database is read-only (hidden otherwise)."""
    bar = QToolBar("Lecture seule", window)
    bar.setObjectName("readOnlyBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # not hidden from its context menu
    label = QLabel(bar)
    label.setObjectName("readOnlyLabel")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet(
        "QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; "
        "border: 1px solid #e0c36a; border-radius: 3px; }"
    )
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.hide()
    return label
