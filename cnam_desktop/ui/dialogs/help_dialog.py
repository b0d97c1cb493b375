"""Aide → Guide d'utilisation: the French guide (resources/help/guide.md), rendered.

The Markdown file is the one readable on the repository; Qt renders it
(`QTextBrowser.setMarkdown`). A table of contents is built from the rendered
headings; links to `#a-heading` (GitHub's anchors, as written in the guide) scroll
to that heading, web links open in the browser. Ctrl+F searches the text, F3 /
Entrée goes to the next match, Maj+F3 / Maj+Entrée to the previous one.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnam_desktop.paths import resources_dir

TITLE = "Guide d'utilisation"
LINKS_HEADING = "Sommaire"
"""The guide's own list of links (for readers of the Markdown file): the window's
table of contents leaves it out."""
GUIDE_FILE = "guide.md"
CONTENTS_MIN_WIDTH = 220
CONTENTS_MAX_WIDTH = 380
"""Bounds of the table of contents' width (pixels), fitted to its longest heading."""
_INSTANCE_ATTRIBUTE = "_help_dialog"


def guide_path() -> Path:
    return resources_dir() / "help" / GUIDE_FILE


def heading_anchor(text: str) -> str:
    """GitHub's anchor for a heading: « Où sont vos données » → `où-sont-vos-données`.

    Lower case; letters, digits, `-` and `_` kept (accents too), spaces become `-`,
    everything else is dropped.
    """
    kept = []
    for char in unicodedata.normalize("NFC", text.strip().lower()):
        if char == " ":
            kept.append("-")
        elif char in "-_" or unicodedata.category(char)[0] in "LN":
            kept.append(char)
    return "".join(kept)


class HelpDialog(QDialog):
    """A non-modal window: table of contents on the left, the guide on the right."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(TITLE)
        self.resize(1000, 720)
        self.path = path or guide_path()
        self.headings: dict[str, int] = {}
        """Anchor → position of the heading's block in the document."""

        self.contents = QTreeWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Sommaire du guide")
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName("Texte du guide")
        self.browser.setOpenLinks(False)  # anchors and web links are handled below
        self.browser.anchorClicked.connect(self.follow_link)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("helpSearch")
        self.search_edit.setPlaceholderText("Rechercher dans le guide (Ctrl+F)")
        self.search_edit.setAccessibleName("Rechercher dans le guide")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.find_next)
        self.search_edit.textEdited.connect(self._search_edited)
        self.search_status = QLabel("", self)
        self.search_status.setObjectName("helpSearchStatus")
        search_label = QLabel("&Rechercher :", self)
        search_label.setBuddy(self.search_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText("Fermer")
        close.setAutoDefault(False)  # Entrée in the search field finds, it does not close
        buttons.rejected.connect(self.close)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_status)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.find_previous)
        backward = QShortcut(QKeySequence("Shift+Return"), self.search_edit, self.find_previous)
        backward.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.load()
        self._fit_contents()

    # --- content ----------------------------------------------------------------------

    def load(self) -> None:
        """Read and render the guide; a French message in its place if it is missing."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            reason = exc.strerror or str(exc)
            text = (
                f"# {TITLE}\n\nLe guide n'a pas pu être lu dans « {self.path} » : {reason}.\n\n"
                "Il est aussi consultable dans le dépôt du projet : `resources/help/guide.md`."
            )
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setMarkdown(text)
        document.setDocumentMargin(12)
        self._build_contents()

    def _build_contents(self) -> None:
        """One item per heading of the rendered document, nested by level (1 to 3)."""
        self.contents.clear()
        self.headings.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            title = block.text().strip()
            if level > 0 and title:
                self.headings.setdefault(heading_anchor(title), block.position())
            if 0 < level <= 3 and title and title != LINKS_HEADING:
                item = QTreeWidgetItem([title])
                item.setToolTip(0, title)  # in full, should the column be narrowed
                item.setData(0, Qt.ItemDataRole.UserRole, block.position())
                parent = next(
                    (parents[lv] for lv in range(level - 1, 0, -1) if lv in parents), None
                )
                if parent is None:
                    self.contents.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                parents = {lv: it for lv, it in parents.items() if lv < level}
                parents[level] = item
            block = block.next()
        self.contents.expandAll()

    def _fit_contents(self) -> None:
        """Give the table of contents the width of its longest heading (within bounds),
        so that the headings are read whole; the guide takes the rest."""
        frame = (
            2 * self.contents.frameWidth() + self.contents.verticalScrollBar().sizeHint().width()
        )
        wanted = self.contents.sizeHintForColumn(0) + frame
        tree = max(CONTENTS_MIN_WIDTH, min(wanted, CONTENTS_MAX_WIDTH))
        self.splitter.setSizes([tree, max(self.width() - tree, 1)])

    def heading_titles(self) -> list[str]:
        """The headings in the table of contents, in document order (depth first)."""
        titles: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            titles.append(item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.contents.topLevelItemCount()):
            walk(self.contents.topLevelItem(i))
        return titles

    # --- navigation -------------------------------------------------------------------

    def scroll_to_position(self, position: int) -> None:
        """Put the block at `position` at the top of the view, its start selected."""
        document = self.browser.document()
        block = document.findBlock(position)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def scroll_to_anchor(self, anchor: str) -> bool:
        position = self.headings.get(heading_anchor(QUrl.fromPercentEncoding(anchor.encode())))
        if position is None:
            return False
        self.scroll_to_position(position)
        return True

    def follow_link(self, url: QUrl) -> None:
        """`#heading` scrolls there; http(s)/mailto open outside; local files too."""
        if url.hasFragment() and (not url.scheme() or url.isLocalFile()) and not url.path():
            self.scroll_to_anchor(url.fragment())
            return
        if url.isRelative():
            url = self.browser.document().baseUrl().resolved(url)
        if url.hasFragment() and url.isLocalFile() and Path(url.toLocalFile()) == self.path:
            self.scroll_to_anchor(url.fragment())
            return
        QDesktopServices.openUrl(url)

    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        position = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(position, int):
            self.scroll_to_position(position)

    # --- search -----------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_edited(self, _text: str) -> None:
        """Search as you type, from the start of the current match."""
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next (or previous) match, wrapping round; False if there is none."""
        needle = self.search_edit.text()
        if not needle:
            self.search_status.setText("")
            return False
        found = self.browser.find(needle, flags)
        if not found:  # wrap round from the other end
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(needle, flags)
        self.search_status.setText("" if found else "Introuvable")
        return found

    # --- one window per main window ---------------------------------------------------

    @classmethod
    def show_for(cls, owner: QWidget) -> HelpDialog:
        """Show the guide of `owner` (created the first time), raised and focused."""
        dialog = getattr(owner, _INSTANCE_ATTRIBUTE, None)
        if not isinstance(dialog, HelpDialog):
            dialog = cls(owner)
            setattr(owner, _INSTANCE_ATTRIBUTE, dialog)
        already_shown = dialog.isVisible()
        dialog.show()
        if already_shown and QGuiApplication.platformName() != "offscreen":  # no z-order there
            dialog.raise_()
        dialog.activateWindow()
        return dialog
