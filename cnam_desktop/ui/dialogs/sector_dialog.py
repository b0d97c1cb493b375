"""Create or edit a sector (filière métier): code, name and description."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.catalogue import SectorData, validate_sector
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_sector_dialog import Ui_SectorDialog


class SectorDialog(FormDialog[SectorData]):
    subject = "La filière"
    not_saved = "n'est pas enregistrée"

    def __init__(self, parent: QWidget | None = None, data: SectorData | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SectorDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        self.register("code", ui.codeEdit, ui.codeError)
        self.register("name", ui.nameEdit, ui.nameError)
        self.register("description", ui.descriptionEdit, ui.descriptionError)
        self.clear_errors()
        if data is None:
            self.setWindowTitle("Nouvelle filière")
        else:
            self.setWindowTitle(f"Modifier la filière « {data.name} »")
            ui.codeEdit.setText(data.code)
            ui.nameEdit.setText(data.name)
            ui.descriptionEdit.setPlainText(data.description or "")
        ui.codeEdit.setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, data: SectorData | None = None) -> SectorData | None:
        """Open the dialog (empty for a new sector); the validated data, or None."""
        return run(cls(parent, data))

    def collect(self) -> tuple[SectorData, dict[str, str]]:
        ui = self.ui
        data = SectorData(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
        )
        return data, {}

    def validate(self, data: SectorData) -> SectorData:
        return validate_sector(data)
