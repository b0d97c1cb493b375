"""MergeDialog alone: the fields that differ, the choices proposed, the four answers, keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from cnam_desktop.domain.merge import Side, three_way
from cnam_desktop.ui.dialogs.merge_dialog import MergeDialog
from tests.ui.conftest import drive_modal

FIELDS = [
    ("name", "Nom du site"),
    ("town", "Commune"),
    ("notes", "Notes"),
    ("acv", "Ville ACV"),
]
BASE = {"name": "Cnam Chaumont", "town": "Chaumont", "notes": "Locaux prêtés", "acv": False}
MINE = {**BASE, "town": "Langres", "notes": "Salle 2 refaite"}
THEIRS = {**BASE, "notes": "<b>Convention signée</b>", "acv": True}


def _dialog(qtbot: Any, base: dict[str, Any] | None = BASE) -> MergeDialog:
    dialog = MergeDialog(
        None,
        title="Ce site a été modifié entre-temps",
        intro="Modifié par paul (PC-7) le jeudi 26 novembre 2026 à 14 h 05.",
        diffs=three_way(FIELDS, base, MINE, THEIRS),
    )
    qtbot.addWidget(dialog)
    return dialog


def _texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_rows_show_both_values_and_start_at_the_proposed_choices(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert [row.diff.name for row in dialog.rows] == ["town", "notes", "acv"]
    texts = _texts(dialog.ui.diffWidget)
    for header in ("Champ", "Avant", "Votre version", "Sa version"):
        assert header in texts
    assert {"Commune", "Langres", "Chaumont", "Salle 2 refaite", "Oui", "Non"} <= set(texts)
    assert "<b>Convention signée</b>" in texts  # user text shown as typed, never as markup
    # Each side's own change is proposed; the notes, changed on both sides, are mine.
    assert dialog.choices() == {"town": Side.MINE, "notes": Side.MINE, "acv": Side.THEIRS}
    assert dialog.row("acv").theirs.isChecked() and dialog.row("town").mine.isChecked()


def test_only_fields_changed_on_both_sides_are_highlighted_and_say_so(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    notes = dialog.row("notes")
    assert notes.diff.both_changed
    assert notes.mine.accessibleDescription() == "modifié des deux côtés"
    assert notes.mine.parentWidget().property("both") is True
    town = dialog.row("town")
    assert town.mine.parentWidget().property("both") is False
    assert "modifié des deux côtés" in _texts(dialog.ui.diffWidget)
    assert not dialog.ui.legendLabel.isHidden()


def test_without_a_common_base_there_is_no_before_column_nor_highlight(qtbot: Any) -> None:
    dialog = _dialog(qtbot, base=None)
    texts = _texts(dialog.ui.diffWidget)
    assert "Avant" not in texts and "modifié des deux côtés" not in texts
    assert dialog.ui.legendLabel.isHidden()
    assert set(dialog.choices().values()) == {Side.MINE}


def _answer(qtbot: Any, act: Any) -> dict[str, Side] | None:
    driver = drive_modal(act)
    result = MergeDialog.ask(
        None,
        title="Modification concurrente",
        intro="Modifié par paul (PC-7).",
        diffs=three_way(FIELDS, BASE, MINE, THEIRS),
    )
    driver.check()
    return result


def _click(qtbot: Any, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_keep_mine_take_theirs_merge_and_cancel(qtbot: Any) -> None:
    every = {"town", "notes", "acv"}
    keep = _answer(qtbot, lambda d: _click(qtbot, d.ui.keepMineButton))
    assert keep == dict.fromkeys(every, Side.MINE)
    take = _answer(qtbot, lambda d: _click(qtbot, d.ui.takeTheirsButton))
    assert take == dict.fromkeys(every, Side.THEIRS)
    assert _answer(qtbot, lambda d: _click(qtbot, d.ui.cancelButton)) is None

    def pick(dialog: MergeDialog) -> None:
        town = dialog.row("town")
        qtbot.mouseClick(town.labels[Side.THEIRS], Qt.MouseButton.LeftButton)  # the text
        assert town.theirs.isChecked() and town.labels[Side.THEIRS].font().bold()
        _click(qtbot, dialog.ui.mergeButton)

    assert _answer(qtbot, pick) == {"town": Side.THEIRS, "notes": Side.MINE, "acv": Side.THEIRS}


def test_keyboard_tab_goes_row_by_row_then_to_the_buttons(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    order = []
    for _ in range(7):
        focused = dialog.focusWidget()
        order.append(focused.accessibleName() or focused.text())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # The value each row keeps takes the focus; then Fusionner (the default), the others.
    assert order == [
        "Commune — votre version : Langres",
        "Notes — votre version : Salle 2 refaite",
        "Ville ACV — sa version : Oui",
        "&Fusionner",
        "&Garder ma version",
        "&Prendre sa version",
        "Annuler",
    ]
    assert dialog.ui.mergeButton.isDefault()

    town = dialog.row("town")
    qtbot.keyClick(town.theirs, Qt.Key.Key_Space)  # a value chosen from the keyboard
    assert dialog.choices()["town"] is Side.THEIRS
    # Once chosen, Tab reaches the row by that value (Qt's arrows move within the row).
    assert town.theirs.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert town.mine.focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_enter_merges_with_the_choices_as_they_stand(qtbot: Any) -> None:
    result = _answer(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    assert result == {"town": Side.MINE, "notes": Side.MINE, "acv": Side.THEIRS}


def test_escape_cancels(qtbot: Any) -> None:
    result = _answer(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert result is None
