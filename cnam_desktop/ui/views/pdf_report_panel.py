"""The « Rapports PDF » part of the Rapports page: choose, build, preview, save, print.

The choice of report shows only the fields it needs: the centre sheet a site; the
regional report nothing; the weekly planning a site, room or trainer, a week and a
number of weeks; the needs list an optional site and funder. « Préparer l'aperçu »
builds the report off the GUI thread (progress, cancel) into a private temporary
file, shown in the preview; « Enregistrer… » and « Imprimer… » act on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.formatting import plural
from cnam_desktop.ui import file_dialogs, messages
from cnam_desktop.ui.pdf_preview import PdfPreview
from cnam_desktop.ui.read_only import enable_editing
from cnam_desktop.ui.tasks import Progress, TaskHandle, report_failure, run_task

if TYPE_CHECKING:
    from cnam_desktop.services.pdf_reports import ReportRequest
    from cnam_desktop.services.workspace import Workspace
    from cnam_desktop.ui.generated.ui_reports_page import Ui_ReportsPage

REPORTS = (
    ("centre", "Fiche centre (un site)"),
    ("regional", "Rapport régional (tout le réseau)"),
    ("planning", "Planning hebdomadaire"),
    ("besoins", "Besoins d'équipement (pour un financeur)"),
)
SCOPES = (("site", "Un site"), ("room", "Une salle"), ("trainer", "Un formateur"))
TARGET_LABELS = {"site": "&Site :", "room": "&Salle :", "trainer": "F&ormateur :"}
ALL_SITES = "Tous les sites"
ALL_FUNDERS = "Tous les financeurs"


class PdfReportPanel(QObject):
    statusMessage = Signal(str)

    def __init__(self, page: QWidget, ui: Ui_ReportsPage) -> None:
        super().__init__(page)
        self._page = page
        self.ui = ui
        self.workspace: Workspace | None = None
        self.today: Callable[[], date] = date.today
        self.preview = PdfPreview(ui.previewHost)
        self.task: TaskHandle[Any] | None = None
        self.request: ReportRequest | None = None
        self._choices: dict[str, list[tuple[str, str]]] = {}
        for key, label in REPORTS:
            ui.reportCombo.addItem(label, key)
        for key, label in SCOPES:
            ui.scopeCombo.addItem(label, key)
        today = self.today()
        ui.weekDate.setDate(QDate(today.year, today.month, today.day))
        ui.reportCombo.currentIndexChanged.connect(self._report_changed)
        ui.scopeCombo.currentIndexChanged.connect(self._fill_targets)
        ui.previewButton.clicked.connect(self.build_preview)
        ui.saveButton.clicked.connect(self.save)
        ui.printButton.clicked.connect(self.print_report)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.defaultLogoButton.clicked.connect(lambda: self.set_logo(None))
        self.choose_logo_file: Callable[[QWidget], Path | None] = lambda parent: (
            file_dialogs.open_path(parent, "Logo des rapports", "", "Images (*.png *.jpg *.jpeg)")
        )
        self._report_changed()
        self._show_buttons()

    # --- choices -----------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._choices = {}
        if workspace is not None:
            from cnam_desktop.services import pdf_reports
            from cnam_desktop.services.needs_report import funder_choices
            from cnam_desktop.ui.views.choices import site_choices

            db = workspace.database
            self._choices = {
                "site": site_choices(db),
                "room": pdf_reports.room_choices(db),
                "trainer": pdf_reports.trainer_choices(db),
                "funder": funder_choices(db),
            }
        self.ui.previewButton.setEnabled(workspace is not None)
        enable_editing(self.ui.logoButton, workspace is not None)  # the logo is stored
        self._show_logo()
        self.preview.clear()
        self._report_changed()
        self._show_buttons()

    def report(self) -> str:
        return str(self.ui.reportCombo.currentData())

    def _report_changed(self) -> None:
        ui = self.ui
        report = self.report()
        planning = report == "planning"
        for widget in (ui.scopeLabel, ui.scopeCombo, ui.weekLabel, ui.weekDate, ui.weeksSpin):
            widget.setVisible(planning)
        needs_target = report in ("centre", "planning", "besoins")
        ui.targetLabel.setVisible(needs_target)
        ui.targetCombo.setVisible(needs_target)
        ui.funderLabel.setVisible(report == "besoins")
        ui.funderCombo.setVisible(report == "besoins")
        self._fill_targets()
        current = ui.funderCombo.currentData()
        ui.funderCombo.clear()
        ui.funderCombo.addItem(ALL_FUNDERS, None)
        for value, label in self._choices.get("funder", []):
            ui.funderCombo.addItem(label, value)
        ui.funderCombo.setCurrentIndex(max(0, ui.funderCombo.findData(current)))

    def _fill_targets(self) -> None:
        ui = self.ui
        report = self.report()
        scope = str(ui.scopeCombo.currentData()) if report == "planning" else "site"
        ui.targetLabel.setText(TARGET_LABELS[scope])
        current = ui.targetCombo.currentData()
        ui.targetCombo.clear()
        if report == "besoins":
            ui.targetCombo.addItem(ALL_SITES, None)
        for value, label in self._choices.get(scope, []):
            ui.targetCombo.addItem(label, value)
        index = ui.targetCombo.findData(current) if current is not None else -1
        ui.targetCombo.setCurrentIndex(max(0, index))

    def chosen_request(self) -> ReportRequest:
        from cnam_desktop.services.pdf_reports import ReportRequest, check_request

        ui = self.ui
        report = self.report()
        target = ui.targetCombo.currentData()
        if report == "planning":
            request = ReportRequest(
                "planning",
                scope=ui.scopeCombo.currentData(),
                target_id=target,
                week_start=ui.weekDate.date().toPython(),
                weeks=ui.weeksSpin.value(),
            )
        elif report == "besoins":
            request = ReportRequest(
                "besoins", site_id=target, funder_id=ui.funderCombo.currentData()
            )
        elif report == "centre":
            request = ReportRequest("centre", site_id=target)
        else:
            request = ReportRequest("regional")
        check_request(request)
        return request

    # --- build and preview -------------------------------------------------------------

    def build_preview(self) -> TaskHandle[Any] | None:
        from cnam_desktop.errors import UserFacingError
        from cnam_desktop.services.pdf_reports import REPORT_LABELS, suggested_file_name

        if self.workspace is None:
            return None
        try:
            request = self.chosen_request()
        except UserFacingError as exc:
            messages.error(self._page, "Rapport PDF", exc.message)
            return None
        database = self.workspace.database
        today = self.today()
        name = suggested_file_name(database, request, today)
        target = self.preview.scratch_path(name)

        def work(progress: Progress) -> Path:
            from cnam_desktop.services.pdf_reports import write_report

            return write_report(
                database,
                request,
                target,
                today=today,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        def built(path: Path) -> None:
            if not self.preview.show_file(path):
                messages.error(self._page, "Aperçu", f"« {path.name} » n'a pas pu être affiché.")
                return
            self.request = request
            pages = self.preview.page_count
            self.ui.previewLabel.setText(f"{path.stem} — {plural(pages, 'page')}")
            self._show_buttons()
            label = REPORT_LABELS[request.report]
            self.statusMessage.emit(f"{label} prêt : {plural(pages, 'page')}.")

        title = f"Préparation : {REPORT_LABELS[request.report]}…"
        self.task = run_task(self._page, title, work, built)
        return self.task

    def _show_buttons(self) -> None:
        ready = self.preview.path is not None
        self.ui.saveButton.setEnabled(ready)
        self.ui.printButton.setEnabled(ready)
        if not ready:
            self.ui.previewLabel.setText("Choisissez un rapport puis « Préparer l'aperçu ».")

    def save(self) -> Path | None:
        source = self.preview.path
        if source is None:
            return None
        chosen = file_dialogs.save_path(
            self._page, "Enregistrer le rapport", source.name, "Document PDF (*.pdf)"
        )
        if chosen is None:
            return None
        if chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        try:
            written = self.preview.save_to(chosen)
        except OSError as exc:
            report_failure(self._page, "Enregistrer le rapport", exc)
            return None
        self.statusMessage.emit(f"Rapport enregistré dans {written}.")
        return written

    def print_report(self) -> None:
        if self.preview.path is None:
            return
        try:
            if self.preview.print_with_dialog(self._page):
                self.statusMessage.emit("Rapport envoyé à l'imprimante.")
        except OSError as exc:
            report_failure(self._page, "Imprimer le rapport", exc)

    # --- logo --------------------------------------------------------------------------

    def _show_logo(self) -> None:
        logo = None
        if self.workspace is not None:
            from cnam_desktop.services.report_logo import report_logo

            logo = report_logo(self.workspace.database)
        ui = self.ui
        if logo is None:
            ui.logoLabel.setText("Logo par défaut")
            ui.logoLabel.setToolTip("Le logo livré avec l'application")
        else:
            missing = "" if logo.is_file() else " (introuvable : logo par défaut imprimé)"
            ui.logoLabel.setText(logo.name + missing)
            ui.logoLabel.setToolTip(str(logo))
        enable_editing(ui.defaultLogoButton, self.workspace is not None and logo is not None)

    def choose_logo(self) -> None:
        path = self.choose_logo_file(self._page)
        if path is not None:
            self.set_logo(path)

    def set_logo(self, path: Path | None) -> None:
        from cnam_desktop.errors import UserFacingError
        from cnam_desktop.services.report_logo import set_report_logo

        if self.workspace is None:
            return
        try:
            set_report_logo(self.workspace.database, path)
        except UserFacingError as exc:
            messages.error(self._page, "Logo des rapports", exc.message)
            return
        self._show_logo()
        self.statusMessage.emit(
            "Logo des rapports : " + (path.name if path is not None else "logo par défaut") + "."
        )
