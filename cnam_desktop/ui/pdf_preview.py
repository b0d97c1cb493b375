"""A built PDF shown in the window (QtPdf), saved elsewhere, or sent to a printer.

The report is built into a private temporary folder; « Enregistrer » copies it to
the chosen file (temporary name, then renamed), « Imprimer » renders each page at the
printer's resolution (at most `PRINT_DPI_MAX`) through the print dialog.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cnam_desktop.reports.atomic_file import replacing

PRINT_DPI_MAX = 300


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy `source` to `target` through a temporary file in the target's folder."""
    with replacing(target, ".pdf") as temp:
        shutil.copyfile(source, temp)
    return target


class PdfPreview(QObject):
    """The preview pane's document and view, placed in `host`."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.document = QPdfDocument(self)
        self.view = QPdfView(host)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Aperçu du rapport")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._folder = tempfile.TemporaryDirectory(prefix="cnam-apercu-")
        self.path: Path | None = None

    def scratch_path(self, name: str) -> Path:
        """Where to build the next report (a private temporary folder)."""
        return Path(self._folder.name) / name

    def show_file(self, path: Path) -> bool:
        """Load `path` into the view; False if QtPdf could not read it."""
        self.document.close()
        status = self.document.load(str(path))
        if status != QPdfDocument.Error.None_:
            self.path = None
            return False
        self.path = path
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        return True

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def clear(self) -> None:
        self.document.close()
        self.path = None

    def save_to(self, target: Path) -> Path:
        if self.path is None:
            raise RuntimeError("no report to save")
        return copy_atomically(self.path, target)

    def print_with_dialog(self, parent: QWidget) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem if self.path else "Rapport")
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, self.page_count))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages the printer asks for; return how many were printed."""
        count = self.page_count
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("L'imprimante n'a pas pu être ouverte.")
        printed = 0
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
                printed += 1
        finally:
            painter.end()
        return printed
