"""The Qt binding the project depends on behaves: guards against known PySide6 defects."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    text = Signal(str)
    bare = Signal()


def test_signal_emit_keeps_reference_counts(qapp: object) -> None:
    """PySide6 6.12.0's emit() drops a reference to True each call (the app then aborts).

    pyproject.toml excludes that release; this fails if a broken one comes back.
    """
    emitter = _Emitter()
    received: list[str] = []
    emitter.text.connect(received.append)
    emitter.bare.connect(lambda: received.append(""))
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.text.emit("a")
        emitter.bare.emit()
    assert len(received) == 200
    assert sys.getrefcount(True) - before >= -5  # a little noise, never -100 or -200


def test_pdf_preview_modules_are_available() -> None:
    """The report preview (QtPdf, QtPdfWidgets) is installed with the declared dependencies."""
    from PySide6 import QtPdf, QtPdfWidgets

    assert hasattr(QtPdf, "QPdfDocument")
    assert hasattr(QtPdfWidgets, "QPdfView")
