"""Create or edit a closure: a public holiday, a site closure or a school break."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.closures import ClosureData, validate_closure
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run, to_date
from cnam_desktop.ui.generated.ui_closure_dialog import Ui_ClosureDialog

WHOLE_REGION = "Toute la région"


class ClosureDialog(FormDialog[ClosureData]):
    subject = "La fermeture"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: ClosureData | None = None,
        sites: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClosureDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        self.register("kind", ui.kindCombo, ui.kindError)
        self.register("label", ui.labelEdit, ui.labelError)
        self.register("start_date", ui.startDateEdit, ui.startDateError)
        self.register("end_date", ui.endDateEdit, ui.endDateError)
        self.register("site_id", ui.siteCombo, ui.siteError)
        self.register("subdivision", ui.subdivisionEdit, ui.subdivisionError)
        self.clear_errors()

        for value, label in ClosureKind.choices():
            ui.kindCombo.addItem(label, value)
        ui.siteCombo.addItem(WHOLE_REGION, "")
        for site_id, name in sites:
            ui.siteCombo.addItem(name, site_id)
        if data is not None and data.site_id and ui.siteCombo.findData(data.site_id) < 0:
            ui.siteCombo.addItem(f"Site inconnu ({data.site_id})", data.site_id)
        ui.startDateEdit.dateChanged.connect(self._start_changed)

        if data is None:
            self.setWindowTitle("Nouvelle fermeture")
            today = date.today()
            data = ClosureData(ClosureKind.SITE_CLOSURE, "", today, today)
        else:
            self.setWindowTitle(f"Modifier la fermeture « {data.label} »")
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(data.kind.value)))
        ui.labelEdit.setText(data.label)
        ui.startDateEdit.setDate(_qdate(data.start_date))
        ui.endDateEdit.setDate(_qdate(data.end_date))
        ui.siteCombo.setCurrentIndex(max(0, ui.siteCombo.findData(data.site_id or "")))
        ui.subdivisionEdit.setText(data.subdivision or "")
        ui.subdivisionEdit.setToolTip(
            "Fermeture propre à ce département (jours fériés d'Alsace-Moselle)."
        )
        ui.closureForm.setRowVisible(ui.subdivisionEdit, bool(data.subdivision))
        ui.labelEdit.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: ClosureData | None = None,
        sites: Sequence[tuple[str, str]] = (),
    ) -> ClosureData | None:
        """Open the dialog; `sites` are the (id, name) pairs offered. None if cancelled."""
        return run(cls(parent, data, sites))

    def _start_changed(self, start: QDate) -> None:
        """A new start after the end drags the end along (a one-day closure by default)."""
        if self.ui.endDateEdit.date() < start:
            self.ui.endDateEdit.setDate(start)

    def collect(self) -> tuple[ClosureData, dict[str, str]]:
        ui = self.ui
        data = ClosureData(
            kind=ClosureKind(ui.kindCombo.currentData()),
            label=ui.labelEdit.text(),
            start_date=to_date(ui.startDateEdit.date()),
            end_date=to_date(ui.endDateEdit.date()),
            site_id=ui.siteCombo.currentData() or None,
            subdivision=ui.subdivisionEdit.text() or None,
        )
        return data, {}

    def validate(self, data: ClosureData) -> ClosureData:
        return validate_closure(data)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
