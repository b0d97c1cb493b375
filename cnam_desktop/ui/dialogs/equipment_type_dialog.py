"""Create or edit an equipment type (type de matériel): validated by the domain on OK."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.equipment import EquipmentTypeData, validate_type
from cnam_desktop.ui.dialogs.choices_and_money import format_money, read_money
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_equipment_type_dialog import Ui_EquipmentTypeDialog


class EquipmentTypeDialog(FormDialog[EquipmentTypeData]):
    """`categories`: the existing ones (EquipmentService.categories()); a new one may be typed."""

    subject = "Le type de matériel"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: EquipmentTypeData | None = None,
        categories: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EquipmentTypeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        ui.categoryCombo.addItems(sorted(set(categories), key=str.casefold))
        ui.categoryCombo.setCurrentIndex(-1)
        line = ui.categoryCombo.lineEdit()
        line.setMaxLength(60)
        line.setPlaceholderText("ex. Informatique")
        line.setAccessibleName("Catégorie")

        self.register("label", ui.labelEdit, ui.labelError)
        self.register("category", ui.categoryCombo, ui.categoryError)
        self.register("unit_cost", ui.unitCostEdit, ui.unitCostError)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouveau type de matériel")
        else:
            self.setWindowTitle(f"Modifier le type de matériel « {data.label} »")
            ui.labelEdit.setText(data.label)
            ui.categoryCombo.setEditText(data.category)
            ui.unitCostEdit.setText(format_money(data.unit_cost))
        ui.labelEdit.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: EquipmentTypeData | None,
        categories: Sequence[str],
    ) -> EquipmentTypeData | None:
        """Open the dialog (empty for a new type); the validated data, or None if cancelled."""
        return cast("EquipmentTypeData | None", run(cls(parent, data, categories)))

    def collect(self) -> tuple[EquipmentTypeData, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        cost = read_money("unit_cost", "Coût unitaire", ui.unitCostEdit.text(), errors, "850,00")
        data = EquipmentTypeData(
            label=ui.labelEdit.text(),
            category=ui.categoryCombo.currentText(),
            # None (left empty) is refused by the domain with its own message.
            unit_cost=cast(Decimal, cost),
        )
        return data, errors

    def validate(self, data: EquipmentTypeData) -> EquipmentTypeData:
        return validate_type(data)
