"""A key figure shown as a card: a big number and a caption, activatable like a button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

_STYLE = """
FigureCard {
    background: palette(base);
    border: 1px solid #d0d4da;
    border-radius: 6px;
}
FigureCard:hover { border-color: #8a9099; }
FigureCard:focus { border: 2px solid #c1002a; }
QLabel#figureValue { font-size: 18pt; font-weight: bold; color: #c1002a; }
QLabel#figureCaption { color: #3c4043; }
QLabel#figureDetail { color: #5f6368; }
"""

_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)


class FigureCard(QFrame):
    """A number, its caption and an optional detail line.

    Emits `activated` on a left click released inside the card, or on Enter,
    Return or Space while it has the keyboard focus.
    """

    activated = Signal()

    def __init__(self, caption: str, description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._description = description
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value_label = QLabel("0", self)
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        self.detail_label = QLabel("", self)
        self.detail_label.setObjectName("figureDetail")
        self.detail_label.setWordWrap(True)
        for label in (self.value_label, self.caption_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.set_value("0")

    def value(self) -> str:
        return self.value_label.text()

    def detail(self) -> str:
        return self.detail_label.text().strip()

    def set_value(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        # Keep the detail's room when empty: the cards of a row keep one height.
        self.detail_label.setText(detail or " ")
        spoken = f"{self._caption} : {value}" + (f", {detail}" if detail else "")
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(self._description)
        self.setToolTip(self._description)

    # --- activation --------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.activated.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS and not event.isAutoRepeat():
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)
