"""UI fixtures: message boxes recorded instead of shown, a main window on the test's db."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.workspace import Workspace
from cnam_desktop.ui import messages


@dataclass
class MessageCall:
    kind: str
    title: str
    text: str


@dataclass
class MessageRecorder:
    """What the application tried to show; `confirm_answer` is what confirm() returns."""

    calls: list[MessageCall] = field(default_factory=list)
    confirm_answer: bool = True
    choose_answer: int | None = 0
    """What choose() returns: an option's index, or None (cancelled)."""

    def of_kind(self, kind: str) -> list[MessageCall]:
        return [c for c in self.calls if c.kind == kind]


@pytest.fixture(autouse=True)
def message_log(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    """Every message box of the UI tests is recorded, never shown (no test blocks)."""
    recorder = MessageRecorder()

    def record(kind: str) -> Callable[..., None]:
        def show(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> None:
            recorder.calls.append(MessageCall(kind, title, text))

        return show

    def confirm(_parent: Any, title: str, text: str, **_kwargs: Any) -> bool:
        recorder.calls.append(MessageCall("confirm", title, text))
        return recorder.confirm_answer

    def choose(_parent: Any, title: str, text: str, options: list[str], **_kw: Any) -> int | None:
        recorder.calls.append(MessageCall("choose", title, text + "\n" + " | ".join(options)))
        return recorder.choose_answer

    for kind in ("error", "warning", "info", "about"):
        monkeypatch.setattr(messages, kind, record(kind))
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "choose", choose)
    return recorder


SAMPLE_SITES = (
    SiteData(
        name="Cnam Chaumont",
        town="Chaumont",
        insee_code="52121",
        postcode="52000",
        department="52",
        region="Grand Est",
        acv=True,
        industry_territory=True,
        status=SiteStatus.OPEN,
        application_date=date(2019, 5, 20),
        selection_date=date(2019, 7, 4),
        opening_date=date(2019, 9, 13),
    ),
    SiteData(
        name="Cnam Épinal",
        town="Épinal",
        insee_code="88160",
        postcode="88000",
        department="88",
        acv=True,
        status=SiteStatus.PREPARING,
    ),
    SiteData(
        name="Cnam Saint-Dié",
        town="Saint-Dié-des-Vosges",
        insee_code="88413",
        department="88",
        acv=False,
        industry_territory=True,
        status=SiteStatus.CANDIDATE,
    ),
    SiteData(
        name="Cnam Bar-le-Duc",
        town="Bar-le-Duc",
        insee_code="55029",
        department="55",
        acv=True,
        status=SiteStatus.OPEN,
        opening_date=date(2020, 1, 6),
    ),
)


@pytest.fixture
def site_service(db: Database) -> SiteService:
    return SiteService(db)


@pytest.fixture
def sample_sites(site_service: SiteService) -> dict[str, str]:
    """Four sites in three departments; name → id."""
    return {data.name: site_service.create(data) for data in SAMPLE_SITES}


@pytest.fixture
def main_window(qtbot: Any, db: Database, sample_sites: dict[str, str]) -> Iterator[Any]:
    """The real main window on the test's database (with the sample sites), shown."""
    from cnam_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(Workspace(database=db, sites=SiteService(db)))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_workspace(None)


@dataclass
class ModalDriver:
    """Runs a function on the next modal dialog; closes it if the function fails."""

    error: BaseException | None = None
    ran: bool = False

    def check(self) -> None:
        assert self.ran, "no modal dialog was opened"
        if self.error is not None:
            raise self.error


def drive_modal(action: Callable[[QDialog], None]) -> ModalDriver:
    """Schedule `action(dialog)` for when a modal dialog runs its event loop.

    Call before triggering what opens the dialog; then `driver.check()` after it returned.
    If `action` fails, the dialog is rejected (so exec() returns) and the error re-raised
    by `check()`.
    """
    driver = ModalDriver()

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            if tries < 200:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            return
        driver.ran = True
        try:
            action(dialog)
        except BaseException as exc:
            driver.error = exc
        finally:
            if dialog.isVisible() and driver.error is not None:
                dialog.reject()

    QTimer.singleShot(0, attempt)
    return driver


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type `text` key by key, accents included.

    QTest.keyClicks only knows ASCII (Qt asserts on « é »): other characters are sent
    as key events carrying their text, as a keyboard layout would.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def demo_window(qtbot: Any, demo_db: Database) -> Iterator[Any]:
    """The real main window on a copy of the demo network, shown."""
    from cnam_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(Workspace(database=demo_db, sites=SiteService(demo_db)))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_workspace(None)
