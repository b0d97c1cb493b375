"""The base of every edit dialog: validate through the domain, show each message under its field.

A subclass builds its generated form, calls `register(field, input, error_label)` for
each field, and implements `collect()` (widgets → data, plus messages for fields that
could not even be read) and `validate(data)` (the domain's `validate_*`). OK closes
the dialog only with valid data; otherwise every message is shown under its field,
summarised at the top, and nothing typed is lost. Callers use `run(dialog)`, which
returns the validated data or None.
"""

from __future__ import annotations

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

DataT = TypeVar("DataT")

NO_DATE = QDate(1900, 1, 1)
"""The minimum of optional date fields, shown as « non renseignée »."""


class FormDialog(QDialog, Generic[DataT]):
    subject = "L'élément"
    """Used in the summary: « <subject> n'est pas enregistré… »."""
    not_saved = "n'est pas enregistré"
    """Agrees with the subject: « n'est pas enregistrée », « ne sont pas enregistrés »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_data: DataT | None = None
        self._error_labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._summary: QLabel | None = None

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

    def accept(self) -> None:
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


def run(dialog: FormDialog[Any]) -> Any:
    """Show `dialog` modally; its validated data, or None if cancelled."""
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_data
        return None
    finally:
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
