"""« Exporter le classeur » : what goes in the partner workbook, and where it is written.

The scope is the whole network or one site; the offer and the schedule can be limited
to a period. `WorkbookExportDialog.ask` returns an `ExportRequest`, or None if the user
cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cnam_desktop.ui import file_dialogs
from cnam_desktop.ui.generated.ui_workbook_export_dialog import Ui_WorkbookExportDialog

WHOLE_NETWORK = "Tout le réseau"


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    site_id: str | None
    start: date | None
    end: date | None


def school_year(today: date) -> tuple[date, date]:
    """1 September to 31 August of the school year `today` falls in."""
    first = today.year if today.month >= 9 else today.year - 1
    return date(first, 9, 1), date(first + 1, 8, 31)


def suggested_name(scope: str, today: date) -> str:
    cleaned = "".join(c for c in scope if c not in '\\/:*?"<>|').strip()
    return f"Classeur partenaires - {cleaned} - {today.isoformat()}.xlsx"


class WorkbookExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        sites: Sequence[tuple[str, str]],
        folder: Path,
        today: date,
        site_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WorkbookExportDialog()
        ui.setupUi(self)
        self._folder = folder
        self._today = today
        self._named_by_user = False
        ui.siteCombo.addItem(WHOLE_NETWORK, None)
        for value, name in sites:
            ui.siteCombo.addItem(name, value)
        ui.siteCombo.setCurrentIndex(max(0, ui.siteCombo.findData(site_id)) if site_id else 0)
        start, end = school_year(today)
        ui.fromDate.setDate(QDate(start.year, start.month, start.day))
        ui.toDate.setDate(QDate(end.year, end.month, end.day))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Exporter")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuler")
        ui.buttonBox.accepted.connect(self._accept_if_valid)
        ui.buttonBox.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self._browse)
        ui.siteCombo.currentIndexChanged.connect(self._scope_changed)
        ui.fileEdit.textEdited.connect(self._typed_name)
        self._scope_changed()
        self.request: ExportRequest | None = None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        sites: Sequence[tuple[str, str]],
        folder: Path,
        today: date,
        site_id: str | None = None,
    ) -> ExportRequest | None:
        dialog = cls(parent, sites, folder, today, site_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.request if accepted else None

    def _typed_name(self, _text: str) -> None:
        self._named_by_user = True

    def _scope_changed(self) -> None:
        if not self._named_by_user:
            name = suggested_name(self.ui.siteCombo.currentText(), self._today)
            self.ui.fileEdit.setText(str(self._folder / name))

    def _browse(self) -> None:
        current = self.ui.fileEdit.text().strip()
        path = file_dialogs.save_path(
            self, "Enregistrer le classeur", current, "Classeur Excel (*.xlsx)"
        )
        if path is not None:
            self.ui.fileEdit.setText(str(path))
            self._named_by_user = True

    def chosen(self) -> tuple[ExportRequest | None, str]:
        """The request the fields describe, or None with the French reason."""
        ui = self.ui
        text = ui.fileEdit.text().strip()
        if not text:
            return None, "Fichier : indiquez où écrire le classeur."
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.is_dir():
            return None, f"Fichier : « {path} » est un dossier ; donnez un nom de fichier."
        start = end = None
        if ui.periodBox.isChecked():
            start = ui.fromDate.date().toPython()
            end = ui.toDate.date().toPython()
            if end < start:
                return None, "Période : la date de fin précède la date de début."
        site_id = ui.siteCombo.currentData()
        return ExportRequest(path, site_id, start, end), ""

    def _accept_if_valid(self) -> None:
        request, reason = self.chosen()
        self.ui.errorLabel.setText(reason)
        if request is None:
            return
        self.request = request
        self.accept()
