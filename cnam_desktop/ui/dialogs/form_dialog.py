"""The base of every edit dialog: validate through the domain, show each message under its field.

A subclass builds its generated form, calls `register(field, input, error_label)` for
each field, and implements `collect()` (widgets → data, plus messages for fields that
could not even be read) and `validate(data)` (the domain's `validate_*`). OK closes
the dialog only with valid data; otherwise every message is shown under its field,
summarised at the top, and nothing typed is lost. Callers use `run(dialog)`, which
returns the validated data or None.

Saving before closing: a dialog given a `submit` callable hands it the valid data when
OK is pressed, and closes only once `submit` returned True. When the save is refused
(a full disk, a read-only or locked file, a rule of the database), the message is shown
and the dialog stays open with everything typed. A caller whose dialog is opened by
another method (a list page's `open_editor`) uses `show_and_save`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from cnam_desktop.domain.formatting import parse_french_number
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages
from cnam_desktop.ui.read_only import TOOLTIP, editable

DataT = TypeVar("DataT")
Submit = Callable[[QWidget, Any], bool]
"""Called with (the dialog, its valid data): True once saved, False to stay open."""


class KeepOpen:
    """The type of `KEEP_OPEN`."""

    def __repr__(self) -> str:
        return "KEEP_OPEN"


KEEP_OPEN = KeepOpen()
"""What a `save` given to `show_and_save` returns to leave the dialog open with what was
typed, saying nothing more (the person chose to go back to the form)."""

_pending_submit: ContextVar[Submit | None] = ContextVar("pending_submit", default=None)
"""The `submit` that `run` gives the next dialog it shows (see `saving_with`)."""

NO_DATE = QDate(1900, 1, 1)
"""The minimum of optional date fields, shown as « non renseignée »."""


class FormDialog(QDialog, Generic[DataT]):
    subject = "L'élément"
    """Used in the summary: « <subject> n'est pas enregistré… »."""
    not_saved = "n'est pas enregistré"
    """Agrees with the subject: « n'est pas enregistrée », « ne sont pas enregistrés »."""
    refusal_title = "Enregistrement impossible"
    """The title of the message shown when `submit` is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_data: DataT | None = None
        self._error_labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._summary: QLabel | None = None
        self.submit: Submit | None = None
        """Saves the valid data before the dialog closes (see the module notes)."""
        self.read_only = False
        """Shows the data only (the database is opened read-only): nothing is accepted."""

    # --- set-up ------------------------------------------------------------------------

    def setup_buttons(self, box: QDialogButtonBox, summary: QLabel) -> None:
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Enregistrer")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuler")
        self._summary = summary
        summary.setStyleSheet("color: #b3261e; font-weight: bold;")
        summary.setWordWrap(True)

    def register(self, field: str, widget: QWidget, error_label: QLabel) -> None:
        """`field` is the data's attribute name, as the domain's ValidationError names it."""
        self._inputs[field] = widget
        self._error_labels[field] = error_label
        error_label.setStyleSheet("color: #b3261e;")
        error_label.setWordWrap(True)
        error_label.hide()

    # --- what subclasses provide -------------------------------------------------------

    def collect(self) -> tuple[DataT, dict[str, str]]:
        raise NotImplementedError

    def validate(self, data: DataT) -> DataT:
        raise NotImplementedError

    # --- accept / errors ---------------------------------------------------------------

    def set_read_only(self) -> None:
        """Consultation: « Enregistrer » disabled, « Annuler » becomes « Fermer »."""
        self.read_only = True
        self.setWindowTitle(f"{self.windowTitle()} (lecture seule)")
        for box in self.findChildren(QDialogButtonBox):
            for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
                button = box.button(role)
                if button is not None:
                    button.setEnabled(False)
                    button.setToolTip(TOOLTIP)
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
            if cancel is not None:
                cancel.setText("Fermer")
                cancel.setDefault(True)

    def accept(self) -> None:
        if self.read_only:
            return
        data, errors = self.collect()
        try:
            validated = self.validate(data)
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                self.result_data = validated
                super().accept()
                return
        self.show_errors(errors)

    def done(self, result: int) -> None:
        submitting = result == QDialog.DialogCode.Accepted and self.submit is not None
        if submitting and self.result_data is not None and not self._submitted(self.result_data):
            self.result_data = None
            return
        super().done(result)

    def _submitted(self, data: DataT) -> bool:
        assert self.submit is not None
        try:
            return self.submit(self, data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
        except UserFacingError as exc:
            messages.error(self, self.refusal_title, exc.message)
        return False

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        unplaced = []
        for field, message in errors.items():
            label = self._error_labels.get(field)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.show()
            self._inputs[field].setAccessibleDescription(message)
        count = len(errors)
        fields = "le champ signalé" if count == 1 else f"les {count} champs signalés"
        summary = f"{self.subject} {self.not_saved} : corrigez {fields}."
        if unplaced:
            summary += "\n" + "\n".join(unplaced)
        if self._summary is not None:
            self._summary.setText(summary)
            self._summary.show()
        first = next((f for f in self._inputs if f in errors), None)
        if first is not None:
            self._inputs[first].setFocus()
        fit_height(self)

    def clear_errors(self) -> None:
        for field, label in self._error_labels.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription("")
        if self._summary is not None:
            self._summary.clear()
            self._summary.hide()

    def error_text(self, field: str) -> str | None:
        """The message shown under `field`, if any (for tests and accessibility)."""
        label = self._error_labels[field]
        return label.text() if label.isVisibleTo(self) and label.text() else None

    def summary_text(self) -> str:
        return self._summary.text() if self._summary is not None else ""

    # --- helpers for common fields ------------------------------------------------------

    @staticmethod
    def read_number(
        field: str, label: str, text: str, errors: dict[str, str], example: str = "12,5"
    ) -> float | None:
        try:
            return parse_french_number(text)
        except ValueError:
            errors[field] = (
                f"{label} : « {text.strip()} » n'est pas un nombre (par exemple {example})."
            )
            return None

    @staticmethod
    def setup_optional_date(edit: QDateEdit, check: QCheckBox) -> None:
        """A date that may be left empty: unticked, it reads « non renseignée »."""
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("non renseignée")
        edit.setDate(NO_DATE)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")

        def toggled(checked: bool) -> None:
            if checked and edit.date() == NO_DATE:
                edit.setDate(QDate.currentDate())
            elif not checked:
                edit.setDate(NO_DATE)
            edit.setEnabled(checked)

        check.toggled.connect(toggled)
        edit.setEnabled(check.isChecked())

    @staticmethod
    def set_optional_date(edit: QDateEdit, check: QCheckBox, value: date | None) -> None:
        check.setChecked(value is not None)
        if value is not None:
            edit.setDate(QDate(value.year, value.month, value.day))

    @staticmethod
    def optional_date(edit: QDateEdit, check: QCheckBox) -> date | None:
        if not check.isChecked():
            return None
        return to_date(edit.date())


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


@contextmanager
def saving_with(submit: Submit) -> Iterator[None]:
    """The next dialog `run` shows inside this block saves through `submit` before closing."""
    token = _pending_submit.set(submit)
    try:
        yield
    finally:
        _pending_submit.reset(token)


def show_and_save(
    show: Callable[[], Any], save: Callable[[Any], Any], on_error: Callable[[str], None]
) -> tuple[Any, Any] | None:
    """Show a dialog through `show()` (which calls `run`); its valid data is saved by
    `save(data)` before it closes. (data, what `save` returned), or None if cancelled.

    A refused save keeps the dialog open with what was typed, and so does a `save` that
    returns `KEEP_OPEN`. A stand-in that returns
    data without showing a dialog (a test's) is saved here, a refusal going to `on_error`.
    """
    saved: list[Any] = []

    def submit(_dialog: QWidget, data: Any) -> bool:
        result = save(data)
        if result is KEEP_OPEN:
            return False
        saved.append(result)
        return True

    with saving_with(submit):
        data = show()
    if data is None:
        return None
    if not saved:
        try:
            result = save(data)
        except UserFacingError as exc:
            on_error(exc.message)
            return None
        if result is KEEP_OPEN:
            return None
        saved.append(result)
    return data, saved[0]


def run(dialog: FormDialog[Any]) -> Any:
    """Show `dialog` modally; its validated (and saved, given `submit`) data, or None if
    cancelled."""
    if dialog.submit is None:
        dialog.submit = _pending_submit.get()
    if not editable(dialog.parentWidget()):
        dialog.set_read_only()
    token = _pending_submit.set(None)  # a dialog opened from this one saves by itself
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_data
        return None
    finally:
        _pending_submit.reset(token)
        dialog.deleteLater()


def fit_height(dialog: QDialog) -> None:
    """Grow `dialog` so that wrapped messages are not clipped once errors are shown.

    A top-level dialog's minimum size ignores height-for-width (word-wrapped labels)
    and QFormLayout overestimates it: each wrapped label, once laid out at its real
    width, is given the height its text needs there.
    """
    layout = dialog.layout()
    if layout is None:
        return
    labels = [
        label
        for label in dialog.findChildren(QLabel)
        if label.wordWrap() and label.isVisibleTo(dialog)
    ]
    for label in labels:
        label.setMinimumHeight(0)
    layout.activate()
    for label in labels:
        label.setMinimumHeight(label.heightForWidth(label.width()))
    layout.activate()
    needed = layout.totalMinimumSize().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
