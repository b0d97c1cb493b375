"""Fichier → Restaurer…: the backups, newest first, with date, kind and size.

`RestoreDialog.choose(parent, backups, folder)` returns the backup picked, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from cnam_desktop.services.backups import BackupInfo, date_text, size_text
from cnam_desktop.ui.generated.ui_restore_dialog import Ui_RestoreDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMN_WIDTHS = (280, 200, 90)


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, backups: Sequence[BackupInfo], folder: Path) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RestoreDialog()
        ui.setupUi(self)
        self.backups = list(backups)
        self.restore_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("&Restaurer…")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuler")
        tree = ui.backupsTree
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        for info in self.backups:
            item = QTreeWidgetItem(
                [date_text(info.created), info.reason_label, size_text(info.size)]
            )
            item.setTextAlignment(2, RIGHT)
            item.setToolTip(0, str(info.path))
            tree.addTopLevelItem(item)
        if self.backups:
            tree.setCurrentItem(tree.topLevelItem(0))
            ui.folderLabel.setText(f"Dossier des sauvegardes : {folder}")
        else:
            ui.folderLabel.setText(f"Aucune sauvegarde dans « {folder} ».")
        tree.currentItemChanged.connect(self._update_button)
        tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self._update_button()

    def selected(self) -> BackupInfo | None:
        index = self.ui.backupsTree.indexOfTopLevelItem(self.ui.backupsTree.currentItem())
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    @classmethod
    def choose(
        cls, parent: QWidget | None, backups: Sequence[BackupInfo], folder: Path
    ) -> BackupInfo | None:
        dialog = cls(parent, backups, folder)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.selected()
        finally:
            dialog.deleteLater()
