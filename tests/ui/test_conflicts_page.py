"""Planning → Conflits on the demo network, whose planning holds deliberate conflicts.

The rows are compared with `ConflictService.check_network()` called directly, and the
Date / Site columns with the sessions read through the session and offering services.
The checks run on real worker threads (`ui/tasks.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.conflicts import Conflict, ConflictRule, Severity, conflict_summary
from cnam_desktop.domain.formatting import french_date
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.offerings import OfferingService
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.workspace import Workspace
from cnam_desktop.ui import tasks
from cnam_desktop.ui.views.conflicts_page import ConflictsPage, Period, period_bounds

TODAY = date(2026, 11, 26)  # the demo's sessions run from September 2025 to June 2027


@pytest.fixture
def page(qtbot: Any, demo_db: Database) -> Iterator[ConflictsPage]:
    widget = ConflictsPage()
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_workspace(Workspace(database=demo_db, sites=SiteService(demo_db)))
    widget.show()
    qtbot.waitExposed(widget)
    wait_checked(qtbot, widget)
    yield widget
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)


def wait_checked(qtbot: Any, page: ConflictsPage) -> None:
    task = page.task
    assert task is not None
    qtbot.waitUntil(lambda: task.state == "done", timeout=20_000)


def shown(page: ConflictsPage) -> list[Conflict]:
    return [row.conflict for row in page.model.rows]


def choose(qtbot: Any, page: ConflictsPage, combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))
    if combo in (page.site_filter, page.period_filter):
        wait_checked(qtbot, page)


def test_period_bounds() -> None:
    assert period_bounds(Period.UPCOMING, TODAY) == (TODAY, None)
    assert period_bounds(Period.SCHOOL_YEAR, TODAY) == (date(2026, 9, 1), date(2027, 8, 31))
    assert period_bounds(Period.SCHOOL_YEAR, date(2027, 3, 2)) == (
        date(2026, 9, 1),
        date(2027, 8, 31),
    )
    assert period_bounds(Period.ALL, TODAY) == (None, None)


def test_rows_are_the_network_check(
    qtbot: Any, page: ConflictsPage, demo_db: Database, qtmodeltester: Any
) -> None:
    service = ConflictService(demo_db)
    assert shown(page) == service.check_network(None, TODAY, None)  # « À venir » by default
    choose(qtbot, page, page.period_filter, Period.ALL)
    everything = service.check_network()
    assert shown(page) == everything
    rules = {c.rule for c in everything}
    assert {ConflictRule.ROOM_DOUBLE_BOOKED, ConflictRule.TRAINER_DOUBLE_BOOKED} <= rules
    assert page.model.rowCount() == len(everything)
    qtmodeltester.check(page.model)
    assert conflict_summary(everything) in page.summary.text()
    assert "toutes les séances" in page.summary.text()

    choose(qtbot, page, page.period_filter, Period.SCHOOL_YEAR)
    assert shown(page) == service.check_network(None, date(2026, 9, 1), date(2027, 8, 31))


def test_date_and_site_columns(qtbot: Any, page: ConflictsPage, demo_db: Database) -> None:
    choose(qtbot, page, page.period_filter, Period.ALL)
    sessions, offerings = SessionService(demo_db), OfferingService(demo_db)
    sites = SiteService(demo_db)
    names = {i: row.name for i, row in sites.rows(sites.list_ids()).items()}
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Gravité", "Règle", "Message", "Date", "Site", "Séances"]
    for row in range(model.rowCount()):
        conflict = model.row(row).conflict  # type: ignore[union-attr]
        first = sessions.get(conflict.session_ids[0])
        site = names[offerings.get(first.offering_id).site_id]
        texts = [model.data(model.index(row, c)) for c in range(model.columnCount())]
        assert texts == [
            conflict.severity.label.capitalize(),
            conflict.rule.label,
            conflict.message,
            french_date(first.day),
            site,
            str(len(conflict.session_ids)),
        ]
        error = conflict.severity is Severity.ERROR
        assert (
            model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
        ) == error
        assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None


def test_filters_narrow_the_list(qtbot: Any, page: ConflictsPage, demo_db: Database) -> None:
    choose(qtbot, page, page.period_filter, Period.ALL)
    everything = ConflictService(demo_db).check_network()

    choose(qtbot, page, page.severity_filter, Severity.ERROR)
    errors = [c for c in everything if c.severity is Severity.ERROR]
    assert errors and sorted(shown(page), key=everything.index) == errors
    assert f"sur {len(everything)} trouvés" in page.summary.text()
    choose(qtbot, page, page.severity_filter, None)

    choose(qtbot, page, page.rule_filter, ConflictRule.ROOM_TOO_SMALL)
    small = [c for c in everything if c.rule is ConflictRule.ROOM_TOO_SMALL]
    assert small and sorted(shown(page), key=everything.index) == small
    choose(qtbot, page, page.rule_filter, None)

    page.search_edit.setText("epinal")  # accents and case ignored
    found = [c for c in everything if "Épinal" in c.message]
    assert found and sorted(shown(page), key=everything.index) == found
    page.search_edit.clear()
    assert len(shown(page)) == len(everything)


def test_site_filter_checks_that_site(qtbot: Any, page: ConflictsPage, demo_db: Database) -> None:
    choose(qtbot, page, page.period_filter, Period.ALL)
    service = ConflictService(demo_db)
    site_id = service.resolve_site("Cnam Forbach")
    choose(qtbot, page, page.site_filter, site_id)
    expected = service.check_network(site_id)
    assert expected and shown(page) == expected
    assert len(expected) < len(service.check_network())
    assert page.summary.text().startswith("<b>Cnam Forbach, ")


def test_sorting_is_done_on_the_model_list(qtbot: Any, page: ConflictsPage) -> None:
    choose(qtbot, page, page.period_filter, Period.ALL)
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # Séances
    counts = [len(c.session_ids) for c in shown(page)]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Gravité: errors first
    severities = [c.severity for c in shown(page)]
    first_warning = severities.index(Severity.WARNING)
    assert set(severities[:first_warning]) == {Severity.ERROR}
    assert Severity.ERROR not in severities[first_warning:]


def test_double_click_and_enter_open_the_first_session(qtbot: Any, page: ConflictsPage) -> None:
    choose(qtbot, page, page.period_filter, Period.ALL)
    choose(qtbot, page, page.severity_filter, Severity.ERROR)
    table = page.table
    for row in range(page.model.rowCount()):
        wanted = page.model.row(row).conflict.session_ids[0]  # type: ignore[union-attr]
        rect = table.visualRect(page.model.index(row, 2))
        # QTest sends the double-click event alone; a real one follows a first click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        with qtbot.waitSignal(page.openSession) as opened:
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened.args == [wanted]
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.openSession) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [page.model.row(0).conflict.session_ids[0]]  # type: ignore[union-attr]
    pair = page.model.row(0).conflict.session_ids  # type: ignore[union-attr]
    with qtbot.waitSignal(page.openSession) as opened:
        page.open_row(0, 1)  # « Ouvrir l'autre séance »
    assert opened.args == [pair[1]]


def test_copy_message(qtbot: Any, page: ConflictsPage) -> None:
    page.table.selectRow(0)
    message = page.model.row(0).conflict.message  # type: ignore[union-attr]
    assert page.copy_messages() == message
    assert QApplication.clipboard().text() == message


def test_refresh_waits_until_shown(qtbot: Any, page: ConflictsPage) -> None:
    done = page.task
    page.hide()
    page.refresh()
    assert page.task is done  # nothing run while hidden
    page.show()
    assert page.task is not done
    wait_checked(qtbot, page)


def test_without_workspace(qtbot: Any) -> None:
    widget = ConflictsPage()
    qtbot.addWidget(widget)
    widget.set_workspace(None)
    widget.show()
    assert widget.check() is None
    assert not widget.check_button.isEnabled()
    assert widget.model.rowCount() == 0
