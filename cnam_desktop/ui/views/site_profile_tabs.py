"""Fill the « Diagnostic » and « Historique » tabs of the Sites detail pane.

Widgets drawn in forms/sites_view.ui; data from `SiteProfileService.profile`. A diagnostic
line is a *gap* (high need, no course offered): its row is bold, its « Parcours proposés »
cell reads « Aucun parcours » on a warning colour, with a tooltip saying why — the text
carries the meaning, the colour only underlines it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QStyle, QTableWidgetItem

from cnam_desktop.domain.enums import NeedLevel
from cnam_desktop.domain.formatting import DASH, french_date, plural
from cnam_desktop.ui.generated.ui_sites_view import Ui_SitesView
from cnam_desktop.ui.views.site_detail import set_column_widths

if TYPE_CHECKING:
    from cnam_desktop.services.site_profile import DiagnosticLine, SiteProfile

DIAGNOSTIC_TAB = "diagnosticTab"
HISTORY_TAB = "historyTab"

NO_COURSE = "Aucun parcours"
GAP_TOOLTIP = "Besoin fort sans formation proposée"
_GAP_BACKGROUND = QColor("#fde2b8")  # light amber; dark text stays readable on it
_GAP_FOREGROUND = QColor("#5c3200")

# Column widths; None columns share the room left (so that « Parcours proposés », the
# column that says whether there is a gap, stays in view without scrolling).
_WIDTHS: dict[str, tuple[int | None, ...]] = {
    "diagnosticTable": (175, 60, None, None, 135),
    "historyTable": (95, 130, None),
}


def gap_summary(profile: SiteProfile) -> str:
    """« 2 filières en besoin fort sans parcours : A, B. » or the all-clear sentence."""
    gaps = profile.gaps
    if not gaps:
        if not any(line.need_level is NeedLevel.HIGH for line in profile.diagnostic):
            return "Aucune filière n'est en besoin fort."
        return "Toutes les filières en besoin fort ont un parcours."
    names = ", ".join(line.sector_name for line in gaps)
    return f"{plural(len(gaps), 'filière')} en besoin fort sans parcours : {names}."


def _courses_text(line: DiagnosticLine) -> str:
    if line.gap:
        return NO_COURSE
    return ", ".join(course.cnam_code for course in line.courses) or DASH


def _courses_tooltip(line: DiagnosticLine) -> str:
    if line.gap:
        return GAP_TOOLTIP
    if not line.courses:
        return "Aucun parcours proposé dans cette filière"
    return "\n".join(f"{c.cnam_code} — {c.title}" for c in line.courses)


class SiteProfileTabs:
    """Writes a `SiteProfile` into the Diagnostic and Historique tabs."""

    def __init__(self, ui: Ui_SitesView) -> None:
        self.ui = ui
        set_column_widths(ui, _WIDTHS)

    def _tab_index(self, name: str) -> int:
        return self.ui.detailTabs.indexOf(getattr(self.ui, name))

    def clear(self, message: str = "Le diagnostic n'est pas disponible pour ce site.") -> None:
        """No profile to show (e.g. no profile service): empty tabs with a notice."""
        ui = self.ui
        for table, empty in (
            (ui.diagnosticTable, ui.diagnosticEmpty),
            (ui.historyTable, ui.historyEmpty),
        ):
            table.setRowCount(0)
            table.setVisible(False)
            empty.setText(message)
            empty.setVisible(True)
        ui.diagnosticSummary.setVisible(False)
        ui.detailTabs.setTabText(self._tab_index(DIAGNOSTIC_TAB), "Diagnostic")
        ui.detailTabs.setTabToolTip(self._tab_index(DIAGNOSTIC_TAB), "")
        ui.detailTabs.setTabText(self._tab_index(HISTORY_TAB), "Historique")

    def show(self, profile: SiteProfile) -> None:
        self._show_diagnostic(profile)
        self._show_history(profile)

    def _show_diagnostic(self, profile: SiteProfile) -> None:
        ui = self.ui
        table = ui.diagnosticTable
        lines = profile.diagnostic
        table.setRowCount(len(lines))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, line in enumerate(lines):
            texts = (
                line.sector_name,
                line.need_level_label,
                line.qualification_gap or DASH,
                line.existing_offer or DASH,
                _courses_text(line),
            )
            items = [QTableWidgetItem(text) for text in texts]
            for column, item in enumerate(items):
                item.setToolTip(item.text())
                if line.gap:
                    item.setFont(bold)
                    item.setToolTip(f"{item.text()}\n{GAP_TOOLTIP}")
                table.setItem(row, column, item)
            courses = items[4]
            courses.setToolTip(_courses_tooltip(line))
            if line.gap:
                courses.setBackground(QBrush(_GAP_BACKGROUND))
                courses.setForeground(QBrush(_GAP_FOREGROUND))
                courses.setIcon(
                    table.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                )
        ui.diagnosticEmpty.setText("Aucun diagnostic territorial n'est enregistré pour ce site.")
        ui.diagnosticEmpty.setVisible(not lines)
        table.setVisible(bool(lines))
        summary = gap_summary(profile)
        ui.diagnosticSummary.setText(summary)
        ui.diagnosticSummary.setVisible(bool(lines))
        self._set_role(ui.diagnosticSummary, "warning" if profile.gaps else "summary")

        index = self._tab_index(DIAGNOSTIC_TAB)
        gaps = len(profile.gaps)
        text = f"Diagnostic ({len(lines)})"
        if gaps:
            text = f"Diagnostic ({len(lines)}, ⚠ {gaps})"
        ui.detailTabs.setTabText(index, text)
        ui.detailTabs.setTabToolTip(index, summary if lines else "")

    def _show_history(self, profile: SiteProfile) -> None:
        ui = self.ui
        table = ui.historyTable
        steps = profile.history
        table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            texts = (french_date(step.changed_on), step.status_label, step.note or "")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        ui.historyEmpty.setText("Aucun changement de statut n'est enregistré pour ce site.")
        ui.historyEmpty.setVisible(not steps)
        table.setVisible(bool(steps))
        ui.detailTabs.setTabText(self._tab_index(HISTORY_TAB), f"Historique ({len(steps)})")

    @staticmethod
    def _set_role(label: QLabel, role: str) -> None:
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)
