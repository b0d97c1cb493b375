"""Create or edit premises (locaux) of a site: validated by the domain on OK."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.premises import PremisesData, validate_premises
from cnam_desktop.ui.dialogs.choices_and_money import (
    current_id,
    fill_combo,
    format_money,
    read_money,
    select_id,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_premises_dialog import Ui_PremisesDialog


class PremisesDialog(FormDialog[PremisesData]):
    """`sites` are (id, name) choices; `site_id`, when given, fixes the site."""

    subject = "Les locaux"
    not_saved = "ne sont pas enregistrés"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: PremisesData | None = None,
        sites: Sequence[tuple[str, str]] = (),
        site_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PremisesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        fill_combo(ui.siteCombo, sites, placeholder="Choisissez un site…")
        self.setup_optional_date(ui.agreementStartEdit, ui.agreementStartCheck)
        self.setup_optional_date(ui.agreementEndEdit, ui.agreementEndCheck)

        self.register("site_id", ui.siteCombo, ui.siteError)
        self.register("name", ui.nameEdit, ui.nameError)
        self.register("address", ui.addressEdit, ui.addressError)
        self.register("owner", ui.ownerEdit, ui.ownerError)
        self.register("agreement_start", ui.agreementStartEdit, ui.agreementStartError)
        self.register("agreement_end", ui.agreementEndEdit, ui.agreementEndError)
        self.register("yearly_cost", ui.yearlyCostEdit, ui.yearlyCostError)
        self.register("step_free", ui.stepFreeCheck, ui.stepFreeError)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouveaux locaux")
            if site_id is not None:
                select_id(ui.siteCombo, site_id)
        else:
            self.setWindowTitle(f"Modifier les locaux « {data.name} »")
            self._load(data)
        if site_id is not None:
            ui.siteCombo.setEnabled(False)
            ui.nameEdit.setFocus()
        elif data is None:
            ui.siteCombo.setFocus()
        else:
            ui.nameEdit.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: PremisesData | None,
        sites: Sequence[tuple[str, str]],
        site_id: str | None = None,
    ) -> PremisesData | None:
        """Open the dialog (empty for new premises); the validated data, or None if cancelled."""
        return cast("PremisesData | None", run(cls(parent, data, sites, site_id)))

    def _load(self, data: PremisesData) -> None:
        ui = self.ui
        select_id(ui.siteCombo, data.site_id)
        ui.nameEdit.setText(data.name)
        ui.addressEdit.setText(data.address or "")
        ui.ownerEdit.setText(data.owner or "")
        self.set_optional_date(ui.agreementStartEdit, ui.agreementStartCheck, data.agreement_start)
        self.set_optional_date(ui.agreementEndEdit, ui.agreementEndCheck, data.agreement_end)
        ui.yearlyCostEdit.setText(format_money(data.yearly_cost))
        ui.stepFreeCheck.setChecked(data.step_free)

    def collect(self) -> tuple[PremisesData, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        cost = read_money("yearly_cost", "Coût annuel", ui.yearlyCostEdit.text(), errors)
        data = PremisesData(
            site_id=current_id(ui.siteCombo),
            name=ui.nameEdit.text(),
            address=ui.addressEdit.text(),
            owner=ui.ownerEdit.text(),
            agreement_start=self.optional_date(ui.agreementStartEdit, ui.agreementStartCheck),
            agreement_end=self.optional_date(ui.agreementEndEdit, ui.agreementEndCheck),
            yearly_cost=cost,
            step_free=ui.stepFreeCheck.isChecked(),
        )
        return data, errors

    def validate(self, data: PremisesData) -> PremisesData:
        return validate_premises(data)
