"""Fichier → Conflits de synchronisation…: the records changed both on this laptop and on
the shared base, left as they were on each side until a person chooses.

For each conflict: compare field by field and merge (`MergeDialog`), keep this
laptop's version (sent at the next synchronisation) or take the shared base's. A
« refus » (the shared base refused the record, say a code already used there) is
explained; keeping it means correcting the record here, taking the shared version
means giving up this laptop's record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.merge import Side
from cnam_desktop.errors import UserFacingError, changed_by_text
from cnam_desktop.services import sync
from cnam_desktop.ui import messages
from cnam_desktop.ui.generated.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog

COLUMN_WIDTHS = (90, 230, 170, 330)
KIND_SHORT = {
    "modification": "Modifié des deux côtés",
    "suppression": "Supprimé d'un côté",
    "refus": "Refusé par la base partagée",
}
"""The list's short words for a conflict's kind; its sentence is shown under the list."""
LOCAL_LABEL = "Sur ce poste"
SERVER_LABEL = "Sur la base partagée"


class SyncConflictsDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Database, editable: bool) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SyncConflictsDialog()
        ui.setupUi(self)
        self.database = database
        self.editable = editable
        self.resolved = 0
        """How many conflicts this dialog resolved (the window reloads its lists then)."""
        self.conflicts: list[sync.SyncConflictView] = []
        tree = ui.conflictsTree
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        ui.buttonBox.button(ui.buttonBox.StandardButton.Close).setText("Fermer")
        tree.currentItemChanged.connect(self._selection_changed)
        tree.itemDoubleClicked.connect(lambda *_: self.resolve())
        ui.resolveButton.clicked.connect(self.resolve)
        ui.keepLocalButton.clicked.connect(lambda: self._resolve_all(Side.MINE))
        ui.takeServerButton.clicked.connect(lambda: self._resolve_all(Side.THEIRS))
        self.reload()

    # --- content -----------------------------------------------------------------------

    def reload(self) -> None:
        self.conflicts = sync.list_conflicts(self.database)
        tree = self.ui.conflictsTree
        tree.clear()
        for conflict in self.conflicts:
            changed = changed_by_text(conflict.server_updated_by, conflict.server_updated_at)
            item = QTreeWidgetItem(
                [
                    conflict.table_label,
                    conflict.record_label,
                    KIND_SHORT.get(conflict.kind, conflict.kind),
                    changed,
                ]
            )
            item.setToolTip(2, conflict.kind_text)
            item.setToolTip(3, changed)
            tree.addTopLevelItem(item)
        count = len(self.conflicts)
        if count:
            self.ui.introLabel.setText(
                f"{count} enregistrement{'s ont' if count > 1 else ' a'} été "
                f"modifié{'s' if count > 1 else ''} à la fois sur ce poste et sur la base "
                "partagée depuis la dernière synchronisation. Aucune des deux versions n'a "
                "été écrasée : choisissez pour chacun. Ce que vous gardez de ce poste sera "
                "envoyé à la prochaine synchronisation."
            )
            tree.setCurrentItem(tree.topLevelItem(0))
        else:
            self.ui.introLabel.setText("Aucun conflit de synchronisation à résoudre.")
        self._selection_changed()

    def selected(self) -> sync.SyncConflictView | None:
        tree = self.ui.conflictsTree
        index = tree.indexOfTopLevelItem(tree.currentItem())
        return self.conflicts[index] if 0 <= index < len(self.conflicts) else None

    def _selection_changed(self, *_args: object) -> None:
        conflict = self.selected()
        ui = self.ui
        for button in (ui.resolveButton, ui.keepLocalButton, ui.takeServerButton):
            button.setEnabled(conflict is not None and self.editable)
            if not self.editable:
                button.setToolTip("La base est ouverte en lecture seule.")
        if conflict is None:
            ui.detailLabel.setText("")
            return
        ui.resolveButton.setEnabled(self.editable and bool(conflict.fields))
        lines = [conflict.kind_text]
        if conflict.detail:
            lines.append(conflict.detail)
        if conflict.fields:
            names = ", ".join(diff.label for diff in conflict.fields[:6])
            more = " …" if len(conflict.fields) > 6 else ""
            lines.append(f"Champs qui diffèrent : {names}{more}.")
        ui.detailLabel.setText("\n".join(lines))

    # --- actions -----------------------------------------------------------------------

    def resolve(self) -> None:
        """Compare the two versions field by field and apply what the person chose."""
        from cnam_desktop.ui.dialogs.merge_dialog import MergeDialog

        conflict = self.selected()
        if conflict is None or not self.editable or not conflict.fields:
            return
        changed = changed_by_text(conflict.server_updated_by, conflict.server_updated_at)
        intro = (
            f"{conflict.table_label} « {conflict.record_label} » : {conflict.kind_text} "
            f"Version de la base partagée enregistrée {changed}."
        )
        choices = MergeDialog.ask(
            self,
            title="Résoudre un conflit de synchronisation",
            intro=intro,
            diffs=conflict.fields,
            mine_label=LOCAL_LABEL,
            theirs_label=SERVER_LABEL,
        )
        if choices is not None:
            self._apply(conflict, choices)

    def _resolve_all(self, side: Side) -> None:
        conflict = self.selected()
        if conflict is None or not self.editable:
            return
        if side is Side.THEIRS and not messages.confirm(
            self,
            "Prendre la version partagée",
            f"La version de ce poste de « {conflict.record_label} » sera remplacée par celle "
            "de la base partagée. Continuer ?",
        ):
            return
        self._apply(conflict, {diff.name: side for diff in conflict.fields})

    def _apply(self, conflict: sync.SyncConflictView, choices: dict[str, Side]) -> None:
        try:
            sync.resolve_conflict(self.database, conflict.id, choices)
        except UserFacingError as exc:
            messages.error(self, "Résolution impossible", exc.message)
            return
        self.resolved += 1
        self.reload()

    @classmethod
    def show_for(cls, parent: QWidget | None, database: Database, editable: bool) -> int:
        """Show the conflicts; returns how many were resolved."""
        dialog = cls(parent, database, editable)
        dialog.exec()
        return dialog.resolved
