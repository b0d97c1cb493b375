"""Create or edit a room (salle) in premises: validated by the domain on OK."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.premises import RoomData, validate_room
from cnam_desktop.ui.dialogs.choices_and_money import (
    current_id,
    fill_combo,
    select_id,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_room_dialog import Ui_RoomDialog

MAX_CAPACITY = 500
"""The capacity field's maximum (raised to an existing room's larger capacity)."""


class RoomDialog(FormDialog[RoomData]):
    """`premises` are (id, label) choices, labels like « Cnam Chaumont — Maison de la formation »;
    `premises_id`, when given, fixes the premises."""

    subject = "La salle"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: RoomData | None = None,
        premises: Sequence[tuple[str, str]] = (),
        premises_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RoomDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        fill_combo(ui.premisesCombo, premises, placeholder="Choisissez des locaux…")
        fill_combo(ui.kindCombo, RoomKind.choices())

        self.register("premises_id", ui.premisesCombo, ui.premisesError)
        self.register("name", ui.nameEdit, ui.nameError)
        self.register("kind", ui.kindCombo, ui.kindError)
        self.register("capacity", ui.capacitySpin, ui.capacityError)
        self.register("accessible", ui.accessibleCheck, ui.accessibleError)
        self.register("opening_hours", ui.openingHoursEdit, ui.openingHoursError)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouvelle salle")
            select_id(ui.kindCombo, RoomKind.CLASSROOM.value)
            ui.capacitySpin.setValue(12)
            if premises_id is not None:
                select_id(ui.premisesCombo, premises_id)
        else:
            self.setWindowTitle(f"Modifier la salle « {data.name} »")
            self._load(data)
        if premises_id is not None:
            ui.premisesCombo.setEnabled(False)
        if premises_id is not None or data is not None:
            ui.nameEdit.setFocus()
        else:
            ui.premisesCombo.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: RoomData | None,
        premises: Sequence[tuple[str, str]],
        premises_id: str | None = None,
    ) -> RoomData | None:
        """Open the dialog (empty for a new room); the validated data, or None if cancelled."""
        return cast("RoomData | None", run(cls(parent, data, premises, premises_id)))

    def _load(self, data: RoomData) -> None:
        ui = self.ui
        select_id(ui.premisesCombo, data.premises_id)
        ui.nameEdit.setText(data.name)
        select_id(ui.kindCombo, data.kind.value)
        ui.capacitySpin.setMaximum(max(MAX_CAPACITY, data.capacity))
        ui.capacitySpin.setValue(data.capacity)
        ui.accessibleCheck.setChecked(data.accessible)
        ui.openingHoursEdit.setText(data.opening_hours or "")

    def collect(self) -> tuple[RoomData, dict[str, str]]:
        ui = self.ui
        data = RoomData(
            premises_id=current_id(ui.premisesCombo),
            name=ui.nameEdit.text(),
            capacity=ui.capacitySpin.value(),
            kind=RoomKind(ui.kindCombo.currentData()),
            accessible=ui.accessibleCheck.isChecked(),
            opening_hours=ui.openingHoursEdit.text(),
        )
        return data, {}

    def validate(self, data: RoomData) -> RoomData:
        return validate_room(data)
