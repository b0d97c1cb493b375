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
    QWidget,
)

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.formatting import french_number
from cnam_desktop.domain.sites import SiteData, validate_site
from cnam_desktop.ui.dialogs.form_dialog import NO_DATE, FormDialog, run
from cnam_desktop.ui.generated.ui_site_dialog import Ui_SiteDialog


class SiteDialog(FormDialog[SiteData]):
    """Fill in a site; `result_data` holds the validated values once accepted."""

    subject = "Le site"

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
        self._unticked_dates: dict[str, QDate] = {}
        ui = self.ui
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
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

        # Each SiteData field: its input, and the label under it for its message.
        for field, widget, label in (
            ("name", ui.nameEdit, ui.nameError),
            ("town", ui.townEdit, ui.townError),
            ("insee_code", ui.inseeEdit, ui.inseeCodeError),
            ("postcode", ui.postcodeEdit, ui.postcodeError),
            ("department", ui.departmentEdit, ui.departmentError),
            ("epci", ui.epciEdit, ui.epciError),
            ("region", ui.regionEdit, ui.regionError),
            ("employment_area", ui.employmentAreaEdit, ui.employmentAreaError),
            ("latitude", ui.latitudeEdit, ui.latitudeError),
            ("longitude", ui.longitudeEdit, ui.longitudeError),
            ("status", ui.statusCombo, ui.statusError),
            ("acv", ui.acvCheck, ui.acvError),
            ("industry_territory", ui.industryCheck, ui.industryTerritoryError),
            ("application_date", ui.applicationDateCheck, ui.applicationDateError),
            ("selection_date", ui.selectionDateCheck, ui.selectionDateError),
            ("opening_date", ui.openingDateCheck, ui.openingDateError),
            ("notes", ui.notesEdit, ui.notesError),
        ):
            self.register(field, widget, label)
        self.clear_errors()

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
        result: SiteData | None = run(cls(parent, data, departments))
        return result

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

    def collect(self) -> tuple[SiteData, dict[str, str]]:
        """The data as typed, and the messages of fields that could not even be read."""
        ui = self.ui
        errors: dict[str, str] = {}
        latitude = self.read_number(
            "latitude", "Latitude", ui.latitudeEdit.text(), errors, "48,1114"
        )
        longitude = self.read_number(
            "longitude", "Longitude", ui.longitudeEdit.text(), errors, "5,1392"
        )
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

    def validate(self, data: SiteData) -> SiteData:
        return validate_site(data)
