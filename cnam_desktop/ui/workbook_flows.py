"""The workbook actions of « Rapports »: export for partners, blank templates, import.

Each runs its file work off the GUI thread (`ui/tasks.py`) with a progress dialog that
can be cancelled; files are written to a temporary name and renamed by the services,
so a cancel or a failure leaves no partial file. An import is checked first, shown in
`ImportReviewDialog`, and written only if the user says so, in one transaction.
The same object serves the menu bar and the Rapports page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.formatting import plural
from cnam_desktop.ui import file_dialogs, messages
from cnam_desktop.ui.tasks import Progress, TaskHandle, run_task

if TYPE_CHECKING:
    from cnam_desktop.services.workspace import Workspace


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class WorkbookFlows(QObject):
    statusMessage = Signal(str)
    changed = Signal()
    """An import wrote to the database: lists and the dashboard must reload."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.workspace: Workspace | None = None
        self.task: TaskHandle[Any] | None = None
        self.today: Callable[[], date] = date.today
        self.choose_import_file: Callable[[QWidget, Path], Path | None] = lambda parent, folder: (
            file_dialogs.open_path(
                parent, "Importer un classeur", str(folder), "Classeur Excel (*.xlsx);;Tous (*)"
            )
        )
        self.folder = documents_folder()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace

    # --- export ------------------------------------------------------------------------

    def export_workbook(self, site_id: str | None = None) -> TaskHandle[Any] | None:
        from cnam_desktop.ui.dialogs.workbook_export_dialog import WorkbookExportDialog
        from cnam_desktop.ui.views.choices import site_choices

        if self.workspace is None:
            return None
        database = self.workspace.database
        request = WorkbookExportDialog.ask(
            self._parent, site_choices(database), self.folder, self.today(), site_id
        )
        if request is None:
            return None
        self.folder = request.path.parent

        def work(progress: Progress) -> Any:
            from cnam_desktop.services.workbook_export import ExportScope, export_workbook

            return export_workbook(
                database,
                request.path,
                ExportScope(request.site_id, request.start, request.end),
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.task = run_task(self._parent, "Export du classeur…", work, self._exported)
        return self.task

    def _exported(self, summary: Any) -> None:
        rows = sum(summary.rows.values())
        sheets = "\n".join(
            f"• {title} : {plural(count, 'ligne')}" for title, count in summary.rows.items()
        )
        notes = "".join(f"\n\n{warning}" for warning in summary.warnings)
        self.statusMessage.emit(f"Classeur écrit : {summary.path} ({plural(rows, 'ligne')}).")
        messages.info(
            self._parent,
            "Classeur exporté",
            f"Le classeur a été écrit dans « {summary.path} ».\n"
            f"Périmètre : {summary.scope}, {summary.period}.\n\n{sheets}{notes}",
        )

    # --- templates ---------------------------------------------------------------------

    def write_templates(self) -> TaskHandle[Any] | None:
        if self.workspace is None:
            return None
        database = self.workspace.database
        path = file_dialogs.save_path(
            self._parent,
            "Enregistrer les modèles d'import",
            str(self.folder / "Modèles d'import - réseau territorial.xlsx"),
            "Classeur Excel (*.xlsx)",
        )
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.folder = path.parent

        def work(_progress: Progress) -> Path:
            from cnam_desktop.services.workbook_import import WorkbookImportService

            WorkbookImportService(database).write_templates(path)
            return path

        def written(result: Path) -> None:
            self.statusMessage.emit(f"Modèles d'import écrits dans {result}.")
            messages.info(
                self._parent,
                "Modèles d'import",
                f"Les modèles ont été écrits dans « {result} ». La feuille « Instructions » "
                "explique comment les remplir ; importez ensuite le classeur rempli par "
                "Rapports → Importer un classeur.",
            )

        self.task = run_task(self._parent, "Écriture des modèles d'import…", work, written)
        return self.task

    # --- import ------------------------------------------------------------------------

    def import_workbook(self, path: Path | None = None) -> TaskHandle[Any] | None:
        if self.workspace is None:
            return None
        if path is None:
            path = self.choose_import_file(self._parent, self.folder)
            if path is None:
                return None
        self.folder = path.parent
        database = self.workspace.database
        chosen = path

        def check(progress: Progress) -> Any:
            from cnam_desktop.services.workbook_import import WorkbookImportService

            return WorkbookImportService(database).check(
                chosen, progress=progress.report, cancelled=lambda: progress.cancelled
            )

        self.task = run_task(
            self._parent, f"Contrôle de « {path.name} »…", check, lambda p: self._review(p, chosen)
        )
        return self.task

    def _review(self, plan: Any, path: Path) -> None:
        from cnam_desktop.ui.dialogs.import_review_dialog import ImportReviewDialog

        choice = ImportReviewDialog.ask(self._parent, review_of(plan, path.name))
        if choice is None or self.workspace is None:
            self.statusMessage.emit(f"Import de « {path.name} » abandonné : rien n'a été écrit.")
            return
        database = self.workspace.database

        def apply(_progress: Progress) -> Any:
            from cnam_desktop.services.workbook_import import WorkbookImportService

            return WorkbookImportService(database).apply(plan, only_valid=choice == "valid")

        self.task = run_task(
            self._parent,
            f"Import de « {path.name} »…",
            apply,
            lambda result: self._imported(result, path),
            cancellable=False,  # one transaction: it ends by itself, all or nothing
        )

    def _imported(self, result: Any, path: Path) -> None:
        self.changed.emit()
        written = sum(c.create + c.update for c in result.counts)
        lines = "\n".join(f"• {c.summary(done=True)}" for c in result.counts)
        self.statusMessage.emit(f"« {path.name} » importé : {plural(written, 'ligne')} écrite(s).")
        skipped = "\n\nLes lignes refusées n'ont pas été importées." if result.only_valid else ""
        messages.info(
            self._parent, "Import terminé", f"« {path.name} » a été importé.\n\n{lines}{skipped}"
        )


def review_of(plan: Any, file_name: str) -> Any:
    """The dialog's plain view of an import plan."""
    from cnam_desktop.ui.dialogs.import_review_dialog import (
        ImportReview,
        ProblemLine,
        SheetCounts,
    )

    sheets = [
        SheetCounts(c.sheet, c.rows, c.create, c.update, c.unchanged, c.refused)
        for c in plan.counts
    ]
    problems = [ProblemLine(p.sheet, p.row or None, p.column, p.message) for p in plan.problems]
    return ImportReview(file_name, sheets, problems, [w.text() for w in plan.warnings])
