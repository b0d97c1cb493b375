"""Create or edit a trainer: identity, contact, home centre and the sectors taught."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cnam_desktop.domain.trainers import TrainerData, validate_trainer
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_trainer_dialog import Ui_TrainerDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class TrainerDialog(FormDialog[TrainerData]):
    subject = "Le formateur"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: TrainerData | None = None,
        sectors: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TrainerDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        self.register("first_name", ui.firstNameEdit, ui.firstNameError)
        self.register("last_name", ui.lastNameEdit, ui.lastNameError)
        self.register("email", ui.emailEdit, ui.emailError)
        self.register("phone", ui.phoneEdit, ui.phoneError)
        self.register("home_centre", ui.homeCentreEdit, ui.homeCentreError)
        self.register("sector_ids", ui.sectorsList, ui.sectorsError)
        self.clear_errors()

        chosen = data.sector_ids if data is not None else frozenset()
        known = {sector_id for sector_id, _ in sectors}
        unknown = [(sid, f"Filière inconnue ({sid})") for sid in sorted(chosen - known)]
        for sector_id, name in [*sectors, *unknown]:
            entry = QListWidgetItem(name, ui.sectorsList)
            entry.setData(ID_ROLE, sector_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = sector_id in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if not sectors and not unknown:
            ui.sectorsList.setToolTip("Aucune filière n'est encore définie.")

        if data is None:
            self.setWindowTitle("Nouveau formateur")
            ui.distanceCheck.setChecked(True)
        else:
            full_name = f"{data.first_name} {data.last_name}".strip()
            self.setWindowTitle(f"Modifier le formateur « {full_name} »")
            ui.firstNameEdit.setText(data.first_name)
            ui.lastNameEdit.setText(data.last_name)
            ui.emailEdit.setText(data.email or "")
            ui.phoneEdit.setText(data.phone or "")
            ui.homeCentreEdit.setText(data.home_centre or "")
            ui.distanceCheck.setChecked(data.distance_ok)
        ui.firstNameEdit.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: TrainerData | None = None,
        sectors: Sequence[tuple[str, str]] = (),
    ) -> TrainerData | None:
        """Open the dialog; `sectors` are the (id, name) pairs offered. None if cancelled."""
        return run(cls(parent, data, sectors))

    def checked_sector_ids(self) -> frozenset[str]:
        listing = self.ui.sectorsList
        return frozenset(
            str(listing.item(row).data(ID_ROLE))
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        )

    def collect(self) -> tuple[TrainerData, dict[str, str]]:
        ui = self.ui
        data = TrainerData(
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            home_centre=ui.homeCentreEdit.text(),
            distance_ok=ui.distanceCheck.isChecked(),
            sector_ids=self.checked_sector_ids(),
        )
        return data, {}

    def validate(self, data: TrainerData) -> TrainerData:
        return validate_trainer(data)
