"""Labels whose text changes repaint them without laying the page out again.

`QLabel.setText` asks the parent layout for a new pass (the label's size may have
changed); the request climbs to the window, and a `QTabWidget` on the way repaints its
whole page, table included: a list's filter then paints its rows twice. Qt stops the
climb at a widget whose minimum and maximum sizes are equal, or at a parent without a
layout. The count next to a filter gets a fixed size (`fit_to_widest`); a line of text
that must follow the page's width and wrap sits in a `QuietLabel`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1
_TAGS = re.compile(r"<[^>]*>")


class _Refit(QObject):
    """Fits the label again when its font changes (the widest text's width changes)."""

    def __init__(self, label: QLabel, texts: tuple[str, ...]) -> None:
        super().__init__(label)
        self._label, self._texts = label, texts

    def fit(self) -> None:
        label = self._label
        metrics = label.fontMetrics()
        margins = label.contentsMargins()
        width = max(metrics.horizontalAdvance(text) for text in self._texts)
        width += margins.left() + margins.right() + 2 * label.margin() + metrics.averageCharWidth()
        label.setFixedSize(width, label.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() == QEvent.Type.FontChange:
            self.fit()
        return False


def fit_to_widest(label: QLabel, texts: Iterable[str]) -> None:
    """Fix the label's size to its widest possible text, right-aligned: setting its text
    then repaints the label only."""
    refit = _Refit(label, tuple(texts))
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    refit.fit()
    label.installEventFilter(refit)


class QuietLabel(QWidget):
    """A word-wrapped label as wide as its layout makes it, whose new text lays the page
    out again only when its number of lines changes.

    The QLabel lives in this holder, which has no layout and places it itself: the
    label's requests stop here. The holder's height is fixed to the text's height at
    the current width, and changed only when that height changes. Text that surely fits
    on one line (its width in bold, the widest of its fonts, is less than the label's)
    takes the height of one line without laying the rich text out twice.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._line_height: int | None = None
        """The height of one line of text (measured once, again if the font changes)."""
        self._bold: QFontMetrics | None = None
        """The metrics of the label's font in bold (idem)."""
        self.label.installEventFilter(self)
        self._fit_height()

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self._fit_height()

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            self._line_height = self._bold = None
            self._fit_height()
        return False

    def _fit_height(self) -> None:
        text = self.label.text()
        if not text:
            height = 0
        elif self._on_one_line(text):
            if self._line_height is None:
                self._line_height = self.label.heightForWidth(QWIDGETSIZE_MAX)
            height = self._line_height
        else:
            height = self.label.heightForWidth(max(1, self.width()))
        height = max(0, height)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def _on_one_line(self, text: str) -> bool:
        rich = self.label.textFormat() != Qt.TextFormat.PlainText
        plain = html.unescape(_TAGS.sub("", text)) if rich else text
        if "\n" in plain or (rich and "<br" in text.lower()):
            return False
        if self._bold is None:
            font = QFont(self.label.font())
            font.setBold(True)
            self._bold = QFontMetrics(font)
        room = self.label.contentsRect().width() - 2 * self._bold.averageCharWidth()
        return self._bold.horizontalAdvance(plain) < room
