"""Tell when a widget has really been painted (used by the startup sequence and probe)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class PaintWatcher(QObject):
    """Emits `painted` once, on the event-loop turn after `widget`'s next paint event.

    Waiting one turn lets the backing store flush the frame (the paint event of a
    top-level widget comes before its children's), so "painted" means on screen.
    """

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and watched is self._widget and event.type() == QEvent.Type.Paint:
            self._fired = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False
