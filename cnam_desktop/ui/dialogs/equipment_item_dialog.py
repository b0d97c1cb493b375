"""Create or edit an inventory line (equipment at a site, in a room or in stock)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import EquipmentCondition
from cnam_desktop.domain.equipment import EquipmentItemData, validate_item
from cnam_desktop.ui.dialogs.choices_and_money import (
    current_id,
    fill_combo,
    optional_id,
    select_id,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_equipment_item_dialog import Ui_EquipmentItemDialog

NO_ROOM = "Aucune salle (stock du site)"


class EquipmentItemDialog(FormDialog[EquipmentItemData]):
    """`sites` (id, name), `rooms` (id, site_id, label), `types` (id, label).

    The room combo lists only the chosen site's rooms; `site_id`, when given, fixes the site.
    """

    subject = "La ligne d'inventaire"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: EquipmentItemData | None = None,
        sites: Sequence[tuple[str, str]] = (),
        rooms: Sequence[tuple[str, str, str]] = (),
        types: Sequence[tuple[str, str]] = (),
        site_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EquipmentItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._rooms = list(rooms)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        fill_combo(ui.siteCombo, sites, placeholder="Choisissez un site…")
        fill_combo(ui.typeCombo, types, placeholder="Choisissez un type…")
        fill_combo(ui.conditionCombo, EquipmentCondition.choices())
        self._fill_rooms()
        ui.siteCombo.currentIndexChanged.connect(self._fill_rooms)

        self.register("site_id", ui.siteCombo, ui.siteError)
        self.register("room_id", ui.roomCombo, ui.roomError)
        self.register("type_id", ui.typeCombo, ui.typeError)
        self.register("quantity", ui.quantitySpin, ui.quantityError)
        self.register("condition", ui.conditionCombo, ui.conditionError)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouvelle ligne d'inventaire")
            ui.quantitySpin.setValue(1)
            select_id(ui.conditionCombo, EquipmentCondition.GOOD.value)
            if site_id is not None:
                select_id(ui.siteCombo, site_id)
        else:
            self.setWindowTitle("Modifier la ligne d'inventaire")
            select_id(ui.siteCombo, data.site_id)
            select_id(ui.roomCombo, data.room_id)
            select_id(ui.typeCombo, data.type_id)
            ui.quantitySpin.setMaximum(max(ui.quantitySpin.maximum(), data.quantity))
            ui.quantitySpin.setValue(data.quantity)
            select_id(ui.conditionCombo, data.condition.value)
        if site_id is not None:
            ui.siteCombo.setEnabled(False)
            ui.roomCombo.setFocus()
        else:
            ui.siteCombo.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: EquipmentItemData | None,
        sites: Sequence[tuple[str, str]],
        rooms: Sequence[tuple[str, str, str]],
        types: Sequence[tuple[str, str]],
        site_id: str | None = None,
    ) -> EquipmentItemData | None:
        """Open the dialog (empty for a new line); the validated data, or None if cancelled."""
        return cast(
            "EquipmentItemData | None", run(cls(parent, data, sites, rooms, types, site_id))
        )

    def _fill_rooms(self) -> None:
        """The chosen site's rooms; the selected room is kept when it belongs to the site."""
        combo = self.ui.roomCombo
        kept = current_id(combo)
        site = current_id(self.ui.siteCombo)
        choices = [(rid, label) for rid, room_site, label in self._rooms if room_site == site]
        fill_combo(combo, choices, none_label=NO_ROOM)
        index = combo.findData(kept)
        combo.setCurrentIndex(max(0, index))
        combo.setEnabled(bool(site))

    def collect(self) -> tuple[EquipmentItemData, dict[str, str]]:
        ui = self.ui
        data = EquipmentItemData(
            site_id=current_id(ui.siteCombo),
            type_id=current_id(ui.typeCombo),
            quantity=ui.quantitySpin.value(),
            room_id=optional_id(ui.roomCombo),
            condition=EquipmentCondition(ui.conditionCombo.currentData()),
        )
        return data, {}

    def validate(self, data: EquipmentItemData) -> EquipmentItemData:
        return validate_item(data)
