"""A time field whose arrows (and Up / Down keys, the wheel) move minutes by five.

Typed times are kept as they are (18:07 stays 18:07); only stepping snaps to the
grid. Used by the session and series dialogs (promoted from QTimeEdit in their forms).
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

MINUTE_STEP = 5


class StepTimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        current = self.time()
        minutes = current.hour() * 60 + current.minute()
        if steps > 0:
            target = (minutes // MINUTE_STEP + steps) * MINUTE_STEP
        else:
            target = (-(-minutes // MINUTE_STEP) + steps) * MINUTE_STEP
        target = max(0, min(target, 23 * 60 + 55))
        self.setTime(QTime(target // 60, target % 60))
