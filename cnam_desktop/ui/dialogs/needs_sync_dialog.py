"""The preview of « Calculer depuis l'offre… »: what the sync would do to each site's needs.

Per site, the needs to create, to update (old → new quantity), to remove, and the
needs linked to an offering that stay as they are because someone moved them past
« Identifié »; the estimated costs before and after, per site and in all. The user
applies (« Appliquer ») or closes; `NeedsSyncDialog.ask` returns True to apply.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from cnam_desktop.domain.equipment import estimated_cost
from cnam_desktop.domain.formatting import euros, plural
from cnam_desktop.domain.offer_needs import NeedChange, NeedSyncResult, SiteNeed, SiteNeedSync
from cnam_desktop.ui.generated.ui_needs_sync_dialog import Ui_NeedsSyncDialog

ACTION_LABELS = {
    "create": "À créer",
    "update": "À mettre à jour",
    "remove": "À retirer",
    "keep": "Inchangé",
}
NO_OFFERING = "Ouverture terminée ou supprimée"
MONEY_COLUMNS = (4, 5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def quantity_text(change: NeedChange) -> str:
    """« → 3 » (created), « 2 → 3 », « 2 → 0 » (removed), « 2 » (unchanged quantity)."""
    if change.action == "create":
        return f"→ {change.new_quantity}"
    if change.old_quantity == change.new_quantity and change.action != "remove":
        return str(change.new_quantity)
    return f"{change.old_quantity} → {change.new_quantity}"


def change_label(change: NeedChange) -> str:
    label = ACTION_LABELS[change.action]
    if change.action == "update" and change.old_quantity == change.new_quantity:
        label += " (motif)"
    return label


def counts_text(result: NeedSyncResult) -> str:
    """« À créer : 3 · à mettre à jour : 1 · à retirer : 0 · inchangés : 2 · … »."""
    untouched = sum(len(site.untouched) for site in result.sites)
    return (
        f"À créer : {result.count('create')} · à mettre à jour : {result.count('update')} · "
        f"à retirer : {result.count('remove')} · inchangés : {result.count('keep')} · "
        f"laissés tels quels (déjà demandés, financés ou livrés) : {untouched}"
    )


class NeedsSyncDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        preview: NeedSyncResult,
        offering_labels: Mapping[str, str],
        scope: str,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_NeedsSyncDialog()
        ui.setupUi(self)
        self.preview = preview
        self._offerings = offering_labels
        apply_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        apply_button.setText("&Appliquer")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Fermer")
        changes = any(site.changed for site in preview.sites)
        apply_button.setEnabled(changes)
        self.apply_button = apply_button

        ui.introLabel.setText(
            f"Besoins d'équipement des ouvertures actives ({scope}) comparés à l'inventaire "
            "de chaque site : voici ce que « Appliquer » changerait."
        )
        ui.countsLabel.setText(counts_text(preview))
        ui.totalsLabel.setText(
            f"<b>Coût estimé des besoins calculés : {euros(preview.cost_before)} → "
            f"{euros(preview.cost_after)}</b>"
        )
        ui.noteLabel.setText(
            "Seuls les besoins « Identifié » liés à une ouverture sont créés, modifiés ou "
            "retirés ; les autres ne changent jamais. Édition → Annuler (Ctrl+Z) défait "
            "l'ensemble."
            if changes
            else "Rien à changer : les besoins sont déjà à jour avec l'offre."
        )
        tree = ui.changesTree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 240, 210, 70, 100, 100)):
            tree.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.showKeptCheck.toggled.connect(self._fill)
        self._fill()
        tree.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        preview: NeedSyncResult,
        offering_labels: Mapping[str, str],
        scope: str,
    ) -> bool:
        """Show the preview; True when the user chose « Appliquer »."""
        dialog = cls(parent, preview, offering_labels, scope)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # --- the tree ----------------------------------------------------------------------

    def _fill(self) -> None:
        tree = self.ui.changesTree
        show_kept = self.ui.showKeptCheck.isChecked()
        tree.clear()
        for site in self.preview.sites:
            top = self._site_item(site)
            for change in site.changes:
                if change.action != "keep" or show_kept:
                    top.addChild(self._change_item(change))
            for need in site.untouched:
                top.addChild(self._untouched_item(need))
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    def _site_item(self, site: SiteNeedSync) -> QTreeWidgetItem:
        parts = [
            plural(len(changes), word, words)
            for changes, word, words in (
                (site.created, "création", "créations"),
                (site.updated, "mise à jour", "mises à jour"),
                (site.removed, "retrait", "retraits"),
            )
            if changes
        ]
        item = QTreeWidgetItem(
            [
                site.site_name,
                "",
                ", ".join(parts) or "Aucun changement",
                "",
                euros(site.cost_before),
                euros(site.cost_after),
            ]
        )
        bold = QFont()
        bold.setBold(True)
        for column in range(6):
            item.setFont(column, bold)
        self._align(item)
        return item

    def _change_item(self, change: NeedChange) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                change.type_label,
                self._offerings.get(change.offering_id, NO_OFFERING),
                change_label(change),
                quantity_text(change),
                euros(change.old_cost),
                euros(change.new_cost),
            ]
        )
        reason = change.new_reason if change.action != "remove" else change.old_reason
        if reason:
            item.setToolTip(0, reason)
            item.setToolTip(2, reason)
        self._align(item)
        return item

    def _untouched_item(self, need: SiteNeed) -> QTreeWidgetItem:
        cost = estimated_cost(need.quantity, need.unit_cost, need.cost_override)
        offering = self._offerings.get(need.offering_id or "", NO_OFFERING)
        item = QTreeWidgetItem(
            [need.type_label, offering, f"Laissé tel quel ({need.status.label})", "", "", ""]
        )
        item.setText(3, str(need.quantity))
        tip = (
            f"Besoin « {need.status.label} » : la synchronisation ne le change pas "
            f"({euros(cost)}, hors totaux ci-dessus)."
        )
        for column in range(6):
            item.setForeground(column, self.palette().placeholderText())
            item.setToolTip(column, tip)
        self._align(item)
        return item

    @staticmethod
    def _align(item: QTreeWidgetItem) -> None:
        for column in (3, *MONEY_COLUMNS):
            item.setTextAlignment(column, RIGHT)
