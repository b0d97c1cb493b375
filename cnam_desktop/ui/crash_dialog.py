"""Bugs reach the user as a crash dialog: what happened, details to copy, the log file.

`install_crash_handler(log_path)` replaces `sys.excepthook` and `threading.excepthook`.
An uncaught exception is logged (the log file's filter masks personal data), then
shown in « Une erreur inattendue s'est produite » with a « Copier les détails » button.
An exception raised in a worker thread is handed to the GUI thread by a queued signal.
Tests replace `show_dialog` (the one place that opens the modal dialog).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop import APP_DISPLAY_NAME, app_version
from cnam_desktop.log import mask_personal_data

_log = logging.getLogger(__name__)

TITLE = "Erreur inattendue"
HEADLINE = "Une erreur inattendue s'est produite."
REASSURANCE = (
    "Ce qui était déjà enregistré est en sécurité : chaque modification est écrite dans "
    "la base dès que vous la validez. L'action en cours n'a peut-être pas abouti ; "
    "vérifiez-la, puis continuez ou redémarrez l'application."
)
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text to copy into a bug report: versions, then the traceback (masked)."""
    lines = traceback.format_exception(exc_type, exc, tb)
    header = (
        f"{APP_DISPLAY_NAME} {app_version()} — Python {platform.python_version()} — "
        f"{platform.system()} {platform.release()}\n\n"
    )
    return mask_personal_data(header + "".join(lines))


class CrashDialog(QDialog):
    """The dialog itself: a message, the log file's path, the details and a copy button."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.details = details
        layout = QVBoxLayout(self)
        self.headline = QLabel(f"<b>{HEADLINE}</b>")
        self.reassurance = QLabel(REASSURANCE)
        self.reassurance.setWordWrap(True)
        where = str(log_path) if log_path is not None else "aucun (journal non ouvert)"
        self.log_label = QLabel(f"Fichier journal : {where}")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumSize(560, 220)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("Copier les détails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton("Fermer", QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        self.status = QLabel("")
        for widget in (self.headline, self.reassurance, self.log_label, self.details_view):
            layout.addWidget(widget)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.status.setText("Détails copiés : collez-les dans votre signalement.")


def show_dialog(details: str, log_path: Path | None) -> None:
    """Open the modal crash dialog (tests replace this function)."""
    if QGuiApplication.platformName() == "offscreen":  # nobody could close it: stderr
        print(f"{HEADLINE}\n{details}", file=sys.stderr, flush=True)
        return
    CrashDialog(details, log_path, QApplication.activeWindow()).exec()


class CrashHandler(QObject):
    """The installed hooks; `uninstall()` puts the previous ones back."""

    crashed = Signal(str)

    def __init__(self, log_path: Path | None) -> None:
        super().__init__()
        self.log_path = log_path
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.crashed.connect(self._show)

    def install(self) -> CrashHandler:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """`sys.excepthook`: log the bug, then show it (from any thread, via a signal)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        _log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        self.crashed.emit(crash_details(exc_type, exc, tb))

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self._showing:  # a second failure while the dialog is open: logged only
            return
        self._showing = True
        try:
            show_dialog(details, self.log_path)
        finally:
            self._showing = False


_installed: CrashHandler | None = None


def install_crash_handler(log_path: Path | None) -> CrashHandler:
    """Show every uncaught exception in the crash dialog; call once the log is set up."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = CrashHandler(log_path).install()
    return _installed
