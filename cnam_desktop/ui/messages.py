"""The one wrapper around QMessageBox: every message box of the application opens here.

Tests replace these functions (see `tests/ui/conftest.py`), so that no test ever
blocks on a modal box. Call them as `messages.error(...)` after
`from cnam_desktop.ui import messages`, never import the functions themselves.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str | None
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    return box


def _show(box: QMessageBox) -> None:
    box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    """Something failed; `text` says what and what to do, in French."""
    _show(_box(parent, QMessageBox.Icon.Critical, title, text, details))


def warning(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    _show(_box(parent, QMessageBox.Icon.Warning, title, text, details))


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show(_box(parent, QMessageBox.Icon.Information, title, text, None))


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    accept_label: str = "Oui",
    reject_label: str = "Annuler",
) -> bool:
    """Ask a yes/no question; True only if the user chose `accept_label`.

    The safe answer (`reject_label`) is the default button and Échap's answer.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text, None)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(reject_label, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    box.exec()
    return box.clickedButton() is accept


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    *,
    cancel_label: str = "Annuler",
) -> int | None:
    """Ask to pick one of `options` (button labels); its index, or None if cancelled.

    The first option is the default button; Échap cancels.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text, None)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
    cancel = box.addButton(cancel_label, QMessageBox.ButtonRole.RejectRole)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """The « À propos » box (rich text allowed)."""
    QMessageBox.about(parent, title, text)
