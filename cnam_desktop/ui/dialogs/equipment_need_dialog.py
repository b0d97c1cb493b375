"""Create or edit an equipment need, with its estimated cost shown as you type."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import NeedStatus, Priority
from cnam_desktop.domain.equipment import EquipmentNeedData, estimated_cost, validate_need
from cnam_desktop.ui.dialogs.choices_and_money import (
    current_id,
    euros,
    fill_combo,
    format_money,
    optional_id,
    read_money,
    select_id,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_equipment_need_dialog import Ui_EquipmentNeedDialog

NO_OFFERING = "Aucune (besoin général du site)"
NO_FUNDER = "Aucun financeur"


class EquipmentNeedDialog(FormDialog[EquipmentNeedData]):
    """`sites` (id, name), `types` (id, label, unit_cost), `offerings` (id, site_id, label),
    `funders` (id, name). Offerings are filtered to the chosen site; `site_id`, when given,
    fixes the site."""

    subject = "Le besoin de matériel"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: EquipmentNeedData | None = None,
        sites: Sequence[tuple[str, str]] = (),
        types: Sequence[tuple[str, str, Decimal]] = (),
        offerings: Sequence[tuple[str, str, str]] = (),
        funders: Sequence[tuple[str, str]] = (),
        site_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EquipmentNeedDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._offerings = list(offerings)
        self._unit_costs = {type_id: Decimal(cost) for type_id, _label, cost in types}
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        fill_combo(ui.siteCombo, sites, placeholder="Choisissez un site…")
        fill_combo(
            ui.typeCombo,
            [(tid, label) for tid, label, _ in types],
            placeholder="Choisissez un type…",
        )
        fill_combo(ui.priorityCombo, Priority.choices())
        fill_combo(ui.statusCombo, NeedStatus.choices())
        fill_combo(ui.funderCombo, funders, none_label=NO_FUNDER)
        self._fill_offerings()

        self.register("site_id", ui.siteCombo, ui.siteError)
        self.register("type_id", ui.typeCombo, ui.typeError)
        self.register("quantity", ui.quantitySpin, ui.quantityError)
        self.register("reason", ui.reasonEdit, ui.reasonError)
        self.register("offering_id", ui.offeringCombo, ui.offeringError)
        self.register("priority", ui.priorityCombo, ui.priorityError)
        self.register("status", ui.statusCombo, ui.statusError)
        self.register("cost_override", ui.costOverrideEdit, ui.costOverrideError)
        self.register("funder_id", ui.funderCombo, ui.funderError)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouveau besoin de matériel")
            select_id(ui.priorityCombo, Priority.MEDIUM.value)
            select_id(ui.statusCombo, NeedStatus.IDENTIFIED.value)
            if site_id is not None:
                select_id(ui.siteCombo, site_id)
                self._fill_offerings()
        else:
            self.setWindowTitle("Modifier le besoin de matériel")
            self._load(data)

        ui.siteCombo.currentIndexChanged.connect(self._fill_offerings)
        ui.typeCombo.currentIndexChanged.connect(self._update_estimate)
        ui.quantitySpin.valueChanged.connect(self._update_estimate)
        ui.costOverrideCheck.toggled.connect(self._override_toggled)
        self._update_estimate()
        if site_id is not None:
            ui.siteCombo.setEnabled(False)
            ui.typeCombo.setFocus()
        else:
            ui.siteCombo.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: EquipmentNeedData | None,
        sites: Sequence[tuple[str, str]],
        types: Sequence[tuple[str, str, Decimal]],
        offerings: Sequence[tuple[str, str, str]],
        funders: Sequence[tuple[str, str]],
        site_id: str | None = None,
    ) -> EquipmentNeedData | None:
        """Open the dialog (empty for a new need); the validated data, or None if cancelled."""
        dialog = cls(parent, data, sites, types, offerings, funders, site_id)
        return cast("EquipmentNeedData | None", run(dialog))

    def _load(self, data: EquipmentNeedData) -> None:
        ui = self.ui
        select_id(ui.siteCombo, data.site_id)
        self._fill_offerings()
        select_id(ui.typeCombo, data.type_id)
        ui.quantitySpin.setMaximum(max(ui.quantitySpin.maximum(), data.quantity))
        ui.quantitySpin.setValue(data.quantity)
        ui.reasonEdit.setPlainText(data.reason or "")
        select_id(ui.offeringCombo, data.offering_id)
        select_id(ui.priorityCombo, data.priority.value)
        select_id(ui.statusCombo, data.status.value)
        ui.costOverrideCheck.setChecked(data.cost_override is not None)
        ui.costOverrideEdit.setText(format_money(data.cost_override))
        select_id(ui.funderCombo, data.funder_id)

    # --- live parts --------------------------------------------------------------------

    def _fill_offerings(self) -> None:
        """The chosen site's offerings; the selected one is kept when it belongs to the site."""
        combo = self.ui.offeringCombo
        kept = current_id(combo)
        site = current_id(self.ui.siteCombo)
        choices = [(oid, label) for oid, off_site, label in self._offerings if off_site == site]
        fill_combo(combo, choices, none_label=NO_OFFERING)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.setEnabled(bool(choices))

    def estimate(self) -> Decimal | None:
        """Quantity × the chosen type's unit cost (None until a type is chosen)."""
        unit_cost = self._unit_costs.get(current_id(self.ui.typeCombo))
        if unit_cost is None:
            return None
        return estimated_cost(self.ui.quantitySpin.value(), unit_cost, None)

    def _update_estimate(self) -> None:
        ui = self.ui
        cost = self.estimate()
        if cost is None:
            text = "Estimation : choisissez un type de matériel."
        else:
            unit_cost = self._unit_costs[current_id(ui.typeCombo)]
            text = f"Estimation : {euros(cost)} ({ui.quantitySpin.value()} × {euros(unit_cost)})"
            if ui.costOverrideCheck.isChecked():
                text += " ; le coût saisi la remplace"
        ui.estimateLabel.setText(text)

    def _override_toggled(self, checked: bool) -> None:
        ui = self.ui
        cost = self.estimate()
        if checked and not ui.costOverrideEdit.text().strip() and cost is not None:
            ui.costOverrideEdit.setText(format_money(cost))
        self._update_estimate()
        if checked:
            ui.costOverrideEdit.setFocus()
            ui.costOverrideEdit.selectAll()

    # --- FormDialog ----------------------------------------------------------------------

    def collect(self) -> tuple[EquipmentNeedData, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        override = None
        if ui.costOverrideCheck.isChecked():
            override = read_money(
                "cost_override", "Coût estimé", ui.costOverrideEdit.text(), errors, "3 000,00"
            )
        data = EquipmentNeedData(
            site_id=current_id(ui.siteCombo),
            type_id=current_id(ui.typeCombo),
            quantity=ui.quantitySpin.value(),
            reason=ui.reasonEdit.toPlainText(),
            offering_id=optional_id(ui.offeringCombo),
            priority=Priority(ui.priorityCombo.currentData()),
            status=NeedStatus(ui.statusCombo.currentData()),
            cost_override=override,
            funder_id=optional_id(ui.funderCombo),
        )
        return data, errors

    def validate(self, data: EquipmentNeedData) -> EquipmentNeedData:
        return validate_need(data)
