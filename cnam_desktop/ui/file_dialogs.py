"""The one place that asks the user for a file name (tests patch it, like ui/messages.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save; None when cancelled."""
    name, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    """Ask which file to open; None when cancelled."""
    name, _selected = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None
