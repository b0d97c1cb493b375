"""The question asked when two versions of one record differ: keep mine, take theirs, or
merge field by field.

`MergeDialog.ask(parent, title=…, intro=…, diffs=…)` shows, for each field that differs
(`domain.merge.FieldDiff`), its label, the value before (when the common base is
known), « Votre version » and « Sa version », each value with a radio button; the
fields changed on both sides are highlighted (and say so in words). Each row starts
at `FieldDiff.proposed`. It returns the side chosen for every field — all MINE for
« Garder ma version », all THEIRS for « Prendre sa version », the rows' choices for
« Fusionner » — or None for « Annuler ». Used for a save that meets someone else's
change (`ui/edit_conflicts.py`) and for synchronisation conflicts (the labels of the
two sides are then the caller's).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop.domain.merge import FieldDiff, Side
from cnam_desktop.ui.generated.ui_merge_dialog import Ui_MergeDialog

BOTH_CHANGED = "modifié des deux côtés"
STYLE = """
QWidget#diffWidget { background: palette(base); }
QFrame#mergeCell { border: none; border-bottom: 1px solid #d9d9d9; background: palette(base); }
QFrame#mergeCell[both="true"] { background: #fff1c2; }
QFrame#mergeHeader { border: none; border-bottom: 1px solid #9e9e9e; background: #f2f2f2; }
QLabel#bothNote { color: #6f4b00; font-style: italic; }
QLabel[chosen="false"] { color: #5c5c5c; }
"""
FIELD_WIDTH = 170
MAX_HEIGHT = 640
MIN_HEIGHT = 260


class ValueLabel(QLabel):
    """A value beside its radio button: clicking the text chooses it too."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self.radio = radio
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
        super().mouseReleaseEvent(event)


class DiffRow:
    """One field of the table: its two radio buttons and value labels."""

    def __init__(self, diff: FieldDiff, mine: QRadioButton, theirs: QRadioButton) -> None:
        self.diff = diff
        self.mine = mine
        self.theirs = theirs
        self.group = QButtonGroup(mine)
        self.group.addButton(mine)
        self.group.addButton(theirs)
        self.labels: dict[Side, ValueLabel] = {}

    @property
    def choice(self) -> Side:
        return Side.THEIRS if self.theirs.isChecked() else Side.MINE

    def choose(self, side: Side) -> None:
        (self.theirs if side is Side.THEIRS else self.mine).setChecked(True)

    def show_choice(self) -> None:
        """The value kept reads in bold, the other one in grey; Tab reaches the row by the
        value kept (the arrows move to the other one)."""
        chosen = self.choice
        for side, radio in ((Side.MINE, self.mine), (Side.THEIRS, self.theirs)):
            policy = Qt.FocusPolicy.StrongFocus if side is chosen else Qt.FocusPolicy.ClickFocus
            radio.setFocusPolicy(policy)
        for side, label in self.labels.items():
            font = label.font()
            font.setBold(side is chosen)
            label.setFont(font)
            label.setProperty("chosen", side is chosen)
            label.style().unpolish(label)
            label.style().polish(label)


class MergeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        diffs: Sequence[FieldDiff],
        mine_label: str = "Votre version",
        theirs_label: str = "Sa version",
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MergeDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.introLabel.setText(intro)
        font = ui.introLabel.font()
        font.setBold(True)
        ui.introLabel.setFont(font)
        self.mine_label, self.theirs_label = mine_label, theirs_label
        self.diffs = list(diffs)
        self.show_base = any(d.base_known for d in self.diffs)
        self.rows: list[DiffRow] = []
        self.result_choices: dict[str, Side] | None = None
        self._focused = False
        self._build_table()
        ui.legendLabel.setVisible(any(self._highlighted(d) for d in self.diffs))
        if not self.show_base:  # nothing tells which side changed what
            ui.hintLabel.setText(
                f"Pour chaque champ, cochez la valeur à garder puis cliquez sur « Fusionner » "
                f"(la valeur « {mine_label} » est cochée d'abord). Au clavier : Tab passe d'un "
                "champ à l'autre, les flèches choisissent la valeur."
            )
        if mine_label != "Votre version" or theirs_label != "Sa version":
            ui.keepMineButton.setText(f"&Garder « {mine_label} »")
            ui.takeTheirsButton.setText(f"&Prendre « {theirs_label} »")
        ui.keepMineButton.clicked.connect(lambda: self._finish(Side.MINE))
        ui.takeTheirsButton.clicked.connect(lambda: self._finish(Side.THEIRS))
        ui.mergeButton.clicked.connect(lambda: self._finish(None))
        self.setAccessibleDescription(intro)
        self._set_tab_order()
        self._fit_height()

    # --- the table -------------------------------------------------------------------------

    @staticmethod
    def _highlighted(diff: FieldDiff) -> bool:
        """Changed on both sides since a known base (without a base, every row would be)."""
        return diff.base_known and diff.both_changed

    def _columns(self) -> list[str]:
        titles = ["Champ"]
        if self.show_base:
            titles.append("Avant")
        return [*titles, self.mine_label, self.theirs_label]

    def _build_table(self) -> None:
        grid = self.ui.diffGrid
        columns = self._columns()
        for column, title in enumerate(columns):
            header = QLabel(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(_cell(header, "mergeHeader", False), 0, column)
            if column > 0:
                grid.setColumnStretch(column, 1)
        grid.setColumnMinimumWidth(0, FIELD_WIDTH)
        for index, diff in enumerate(self.diffs, start=1):
            self.rows.append(self._add_row(index, diff))
        grid.setRowStretch(len(self.diffs) + 1, 1)

    def _add_row(self, row: int, diff: FieldDiff) -> DiffRow:
        grid = self.ui.diffGrid
        both = self._highlighted(diff)
        name = QLabel(diff.label)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        parts: list[QWidget] = [name]
        if both:
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            note = QLabel(BOTH_CHANGED)
            note.setObjectName("bothNote")
            parts.append(note)
        grid.addWidget(_cell_of(parts, both), row, 0)
        column = 1
        if self.show_base:
            before = QLabel(diff.base_text if diff.base_known else "")
            before.setTextFormat(Qt.TextFormat.PlainText)
            before.setWordWrap(True)
            before.setAccessibleName(f"{diff.label} — avant : {diff.base_text}")
            grid.addWidget(_cell(before, "mergeCell", both), row, column)
            column += 1
        mine, theirs = QRadioButton(), QRadioButton()
        line = DiffRow(diff, mine, theirs)
        for side, radio, title, text in (
            (Side.MINE, mine, self.mine_label, diff.mine_text),
            (Side.THEIRS, theirs, self.theirs_label, diff.theirs_text),
        ):
            radio.setAccessibleName(f"{diff.label} — {title.lower()} : {text}")
            if both:
                radio.setAccessibleDescription(BOTH_CHANGED)
            label = ValueLabel(text, radio)
            line.labels[side] = label
            holder = QFrame()
            holder.setObjectName("mergeCell")
            holder.setProperty("both", both)
            layout = QHBoxLayout(holder)
            layout.setContentsMargins(6, 6, 6, 6)
            layout.setSpacing(6)
            layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(holder, row, column)
            column += 1
        line.choose(diff.proposed)
        line.show_choice()
        mine.toggled.connect(lambda _checked: line.show_choice())
        return line

    def _set_tab_order(self) -> None:
        """The rows first (Tab from row to row, arrows between a row's two values), then
        the buttons."""
        ui = self.ui
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.mine, row.theirs]
        chain += [ui.mergeButton, ui.keepMineButton, ui.takeTheirsButton, ui.cancelButton]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:  # the first row has the focus (its value kept)
            self._focused = True
            if self.rows:
                first = self.rows[0]
                (first.theirs if first.choice is Side.THEIRS else first.mine).setFocus()
            else:
                self.ui.mergeButton.setFocus()

    def _fit_height(self) -> None:
        """Tall enough for every row when they fit (the table scrolls beyond MAX_HEIGHT),
        no taller."""
        layout = self.ui.dialogLayout
        layout.activate()
        scroll = self.ui.diffScroll
        margins = layout.contentsMargins()
        frame = scroll.frameWidth() * 2
        width = self.width() - margins.left() - margins.right() - frame  # before it is shown
        content = self.ui.diffGrid.totalHeightForWidth(width)
        if content < 0:
            content = self.ui.diffGrid.totalSizeHint().height()
        others = layout.totalSizeHint().height() - scroll.sizeHint().height()
        wanted = others + content + frame
        self.resize(self.width(), max(MIN_HEIGHT, min(wanted, MAX_HEIGHT)))

    # --- answers ---------------------------------------------------------------------------

    def choices(self) -> dict[str, Side]:
        """The side each row's radio buttons choose now."""
        return {row.diff.name: row.choice for row in self.rows}

    def row(self, name: str) -> DiffRow:
        return next(r for r in self.rows if r.diff.name == name)

    def _finish(self, side: Side | None) -> None:
        if side is None:
            self.result_choices = self.choices()
        else:
            self.result_choices = {row.diff.name: side for row in self.rows}
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        diffs: Sequence[FieldDiff],
        mine_label: str = "Votre version",
        theirs_label: str = "Sa version",
    ) -> dict[str, Side] | None:
        """The side chosen for every diff, or None when cancelled (see the module notes)."""
        dialog = cls(
            parent,
            title=title,
            intro=intro,
            diffs=diffs,
            mine_label=mine_label,
            theirs_label=theirs_label,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_choices
            return None
        finally:
            dialog.deleteLater()


def _cell(widget: QWidget, name: str, both: bool) -> QFrame:
    return _cell_of([widget], both, name)


def _cell_of(widgets: Sequence[QWidget], both: bool, name: str = "mergeCell") -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("both", both)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return frame
