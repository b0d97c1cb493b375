"""Create or edit a site: every SiteData field, validated by the domain on OK."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.formatting import french_number, parse_french_number
from cnam_desktop.domain.sites import SiteData, validate_site
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.ui.generated.ui_site_dialog import Ui_SiteDialog

NO_DATE = QDate(1900, 1, 1)
"""The minimum date of the date fields, shown as « non renseignée »."""


class SiteDialog(QDialog):
    """Fill in a site; `result_data` holds the validated values once accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        data: SiteData | None = None,
        departments: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SiteDialog()
        self.ui.setupUi(self)
        self._original = data
        self.result_data: SiteData | None = None
        self._unticked_dates: dict[str, QDate] = {}
        ui = self.ui

        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Enregistrer")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuler")
        for value, label in SiteStatus.choices():
            ui.statusCombo.addItem(label, value)
        if departments:
            completer = QCompleter(list(departments), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            ui.departmentEdit.setCompleter(completer)
        for field, edit in self._date_edits().items():
            # An unticked date shows « non renseignée » (the special value at the minimum).
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("non renseignée")
            edit.setDate(NO_DATE)
            self._date_checks()[field].toggled.connect(partial(self._date_toggled, field))

        # Where each field's message goes (SiteData field name → label under the field).
        self._error_labels: dict[str, QLabel] = {
            "name": ui.nameError,
            "town": ui.townError,
            "insee_code": ui.inseeCodeError,
            "postcode": ui.postcodeError,
            "department": ui.departmentError,
            "epci": ui.epciError,
            "region": ui.regionError,
            "employment_area": ui.employmentAreaError,
            "latitude": ui.latitudeError,
            "longitude": ui.longitudeError,
            "status": ui.statusError,
            "acv": ui.acvError,
            "industry_territory": ui.industryTerritoryError,
            "application_date": ui.applicationDateError,
            "selection_date": ui.selectionDateError,
            "opening_date": ui.openingDateError,
            "notes": ui.notesError,
        }
        self._inputs: dict[str, QWidget] = {
            "name": ui.nameEdit,
            "town": ui.townEdit,
            "insee_code": ui.inseeEdit,
            "postcode": ui.postcodeEdit,
            "department": ui.departmentEdit,
            "epci": ui.epciEdit,
            "region": ui.regionEdit,
            "employment_area": ui.employmentAreaEdit,
            "latitude": ui.latitudeEdit,
            "longitude": ui.longitudeEdit,
            "status": ui.statusCombo,
            "acv": ui.acvCheck,
            "industry_territory": ui.industryCheck,
            "application_date": ui.applicationDateCheck,
            "selection_date": ui.selectionDateCheck,
            "opening_date": ui.openingDateCheck,
            "notes": ui.notesEdit,
        }
        self._clear_errors()

        if data is None:
            self.setWindowTitle("Nouveau site")
            ui.demoNotice.hide()
        else:
            self.setWindowTitle(f"Modifier le site « {data.name} »")
            self._load(data)
            if data.is_demo:
                ui.demoNotice.setText(
                    "Site du réseau de démonstration : vos modifications sont enregistrées "
                    "mais le site reste marqué « démo »."
                )
            else:
                ui.demoNotice.hide()
        ui.nameEdit.setFocus()

    # --- the classmethod callers use ------------------------------------------------------

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: SiteData | None = None,
        departments: Sequence[str] = (),
    ) -> SiteData | None:
        """Open the dialog (empty for a new site); the validated data, or None if cancelled."""
        dialog = cls(parent, data, departments)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_data
            return None
        finally:
            dialog.deleteLater()

    # --- fields ↔ SiteData ----------------------------------------------------------------

    def _date_edits(self) -> dict[str, QDateEdit]:
        return {
            "application_date": self.ui.applicationDateEdit,
            "selection_date": self.ui.selectionDateEdit,
            "opening_date": self.ui.openingDateEdit,
        }

    def _date_checks(self) -> dict[str, QCheckBox]:
        return {
            "application_date": self.ui.applicationDateCheck,
            "selection_date": self.ui.selectionDateCheck,
            "opening_date": self.ui.openingDateCheck,
        }

    def _load(self, data: SiteData) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.townEdit.setText(data.town)
        ui.inseeEdit.setText(data.insee_code or "")
        ui.postcodeEdit.setText(data.postcode or "")
        ui.departmentEdit.setText(data.department or "")
        ui.epciEdit.setText(data.epci or "")
        ui.regionEdit.setText(data.region or "")
        ui.employmentAreaEdit.setText(data.employment_area or "")
        ui.latitudeEdit.setText(french_number(data.latitude, 6))
        ui.longitudeEdit.setText(french_number(data.longitude, 6))
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(data.status.value)))
        ui.acvCheck.setChecked(data.acv)
        ui.industryCheck.setChecked(data.industry_territory)
        for field, edit in self._date_edits().items():
            value: date | None = getattr(data, field)
            self._date_checks()[field].setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        ui.notesEdit.setPlainText(data.notes or "")

    def _date_toggled(self, field: str, checked: bool) -> None:
        edit = self._date_edits()[field]
        if checked and edit.date() == NO_DATE:
            edit.setDate(self._unticked_dates.pop(field, QDate.currentDate()))
        elif not checked:
            if edit.date() != NO_DATE:
                self._unticked_dates[field] = edit.date()  # back if ticked again
            edit.setDate(NO_DATE)

    def _date(self, field: str) -> date | None:
        if not self._date_checks()[field].isChecked():
            return None
        qdate = self._date_edits()[field].date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def _number(self, field: str, label: str, text: str, errors: dict[str, str]) -> float | None:
        try:
            return parse_french_number(text)
        except ValueError:
            errors[field] = (
                f"{label} : « {text.strip()} » n'est pas un nombre (par exemple 48,1114)."
            )
            return None

    def collect(self) -> tuple[SiteData, dict[str, str]]:
        """The data as typed, and the messages of fields that could not even be read."""
        ui = self.ui
        errors: dict[str, str] = {}
        latitude = self._number("latitude", "Latitude", ui.latitudeEdit.text(), errors)
        longitude = self._number("longitude", "Longitude", ui.longitudeEdit.text(), errors)
        data = SiteData(
            name=ui.nameEdit.text(),
            town=ui.townEdit.text(),
            insee_code=ui.inseeEdit.text(),
            postcode=ui.postcodeEdit.text(),
            department=ui.departmentEdit.text(),
            epci=ui.epciEdit.text(),
            region=ui.regionEdit.text(),
            latitude=latitude,
            longitude=longitude,
            acv=ui.acvCheck.isChecked(),
            industry_territory=ui.industryCheck.isChecked(),
            status=SiteStatus(ui.statusCombo.currentData()),
            application_date=self._date("application_date"),
            selection_date=self._date("selection_date"),
            opening_date=self._date("opening_date"),
            employment_area=ui.employmentAreaEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            is_demo=self._original.is_demo if self._original else False,
        )
        return data, errors

    # --- validation -----------------------------------------------------------------------

    def accept(self) -> None:
        """Close only with valid data; otherwise show each message under its field."""
        data, errors = self.collect()
        try:
            validated = validate_site(data)
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                self.result_data = validated
                super().accept()
                return
        self.show_errors(errors)

    def show_errors(self, errors: dict[str, str]) -> None:
        self._clear_errors()
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
        summary = (
            "Le site n'est pas enregistré : corrigez le champ signalé."
            if count == 1
            else f"Le site n'est pas enregistré : corrigez les {count} champs signalés."
        )
        if unplaced:
            summary += "\n" + "\n".join(unplaced)
        self.ui.errorSummary.setText(summary)
        self.ui.errorSummary.show()
        first = next((f for f in self._inputs if f in errors), None)
        if first is not None:
            self._inputs[first].setFocus()

    def _clear_errors(self) -> None:
        for field, label in self._error_labels.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription("")
        self.ui.errorSummary.clear()
        self.ui.errorSummary.hide()

    def error_text(self, field: str) -> str | None:
        """The message shown under `field`, if any (for tests and accessibility)."""
        label = self._error_labels[field]
        return label.text() if label.isVisibleTo(self) and label.text() else None
