"""Aide → Guide d'utilisation: the guide rendered, its contents, links and search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence

from cnam_desktop.paths import resources_dir
from cnam_desktop.ui.dialogs import help_dialog
from cnam_desktop.ui.dialogs.help_dialog import HelpDialog, heading_anchor

GUIDE = resources_dir() / "help" / "guide.md"


def _file_headings() -> list[str]:
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    return [line.lstrip("#").strip() for line in lines if line.startswith("#")]


def _open_guide(qtbot: Any, main_window: Any) -> HelpDialog:
    action = main_window.ui.actionUserGuide
    assert action.shortcut() == QKeySequence("F1")
    assert action in main_window.ui.menuHelp.actions()
    action.trigger()
    dialog = main_window.findChild(HelpDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _block_text_at_cursor(dialog: HelpDialog) -> str:
    return dialog.browser.textCursor().block().text()


def test_aide_guide_opens_the_rendered_guide_with_its_headings(
    qtbot: Any, main_window: Any
) -> None:
    dialog = _open_guide(qtbot, main_window)
    assert dialog.isVisible() and dialog.windowTitle() == "Guide d'utilisation"
    # Every heading but the Markdown file's own list of links (the tree replaces it).
    assert dialog.heading_titles() == [h for h in _file_headings() if h != "Sommaire"]
    text = dialog.browser.toPlainText()
    assert "Premier démarrage" in text and "**" not in text  # rendered, not raw Markdown
    # Sections nest under the title: the tree's top level is the guide's title alone.
    assert dialog.contents.topLevelItemCount() == 1
    main_window.ui.actionUserGuide.trigger()  # F1 again: the same window, raised
    assert main_window.findChildren(HelpDialog) == [dialog]


def test_contents_and_guide_links_go_to_their_heading(qtbot: Any, main_window: Any) -> None:
    dialog = _open_guide(qtbot, main_window)
    dialog.resize(700, 400)  # short enough for the last sections to need scrolling
    top = dialog.contents.topLevelItem(0)
    last = top.child(top.childCount() - 1)
    dialog.contents.itemClicked.emit(last, 0)
    assert _block_text_at_cursor(dialog) == last.text(0)
    assert dialog.browser.verticalScrollBar().value() > 0

    dialog.follow_link(QUrl("#" + heading_anchor("Sauvegardes et restauration")))
    assert _block_text_at_cursor(dialog) == "Sauvegardes et restauration"
    dialog.follow_link(QUrl("#premier-d%C3%A9marrage"))  # percent-encoded, as Qt may pass it
    assert _block_text_at_cursor(dialog) == "Premier démarrage"


def test_the_contents_show_every_heading_whole(qtbot: Any, main_window: Any) -> None:
    dialog = _open_guide(qtbot, main_window)
    contents = dialog.contents
    assert contents.viewport().width() >= contents.sizeHintForColumn(0)
    top = contents.topLevelItem(0)
    assert top.child(0).toolTip(0) == top.child(0).text(0)


def test_web_links_open_outside(
    qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(help_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = _open_guide(qtbot, main_window)
    dialog.follow_link(QUrl("https://www.cnam.fr/"))
    assert [u.toString() for u in opened] == ["https://www.cnam.fr/"]


def test_ctrl_f_searches_the_guide(qtbot: Any, main_window: Any) -> None:
    dialog = _open_guide(qtbot, main_window)
    dialog.activateWindow()
    dialog._focus_search()
    assert dialog.search_edit.hasFocus() or dialog.focusWidget() is dialog.search_edit
    qtbot.keyClicks(dialog.search_edit, "reseau.sqlite3")
    assert dialog.browser.textCursor().selectedText() == "reseau.sqlite3"
    first = dialog.browser.textCursor().position()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # next match, further down
    assert dialog.browser.textCursor().position() > first
    assert dialog.isVisible()  # Entrée searched, it did not press « Fermer »
    assert dialog.search_status.text() == ""

    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "introuvable-xyz")
    assert dialog.search_status.text() == "Introuvable"


def test_a_missing_guide_says_so_in_french(qtbot: Any, tmp_path: Path) -> None:
    dialog = HelpDialog(path=tmp_path / "absent.md")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "n'a pas pu être lu" in text and "absent.md" in text


def test_the_application_icon_has_every_rendered_size(qtbot: Any) -> None:
    from cnam_desktop.app import ICON_SIZES, _window_icon

    sizes = {(s.width(), s.height()) for s in _window_icon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
