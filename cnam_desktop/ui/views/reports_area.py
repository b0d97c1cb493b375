"""The « Rapports » area: Excel workbooks (export, templates, import) and PDF reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cnam_desktop.ui.generated.ui_reports_page import Ui_ReportsPage
from cnam_desktop.ui.read_only import enable_editing
from cnam_desktop.ui.views.pdf_report_panel import PdfReportPanel
from cnam_desktop.ui.workbook_flows import WorkbookFlows


class ReportsArea(QWidget):
    statusMessage = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None, _undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ReportsPage()
        ui.setupUi(self)
        self.flows = WorkbookFlows(self)
        self.flows.statusMessage.connect(self._status)
        self.flows.changed.connect(self.changed)
        ui.exportButton.clicked.connect(lambda: self.flows.export_workbook())
        ui.templatesButton.clicked.connect(lambda: self.flows.write_templates())
        ui.importButton.clicked.connect(lambda: self.flows.import_workbook())
        self.pdf = PdfReportPanel(self, ui)
        self.pdf.statusMessage.connect(self.statusMessage)
        self.set_workspace(None)

    def set_workspace(self, workspace: Any) -> None:
        self.flows.set_workspace(workspace)
        self.pdf.set_workspace(workspace)
        for button in (self.ui.exportButton, self.ui.templatesButton):
            button.setEnabled(workspace is not None)
        enable_editing(self.ui.importButton, workspace is not None)

    def _status(self, text: str) -> None:
        self.ui.lastFileLabel.setText(text)
        self.statusMessage.emit(text)
