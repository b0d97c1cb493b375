"""Saving an edit that someone else changed meanwhile (issue 9, point 2): through the real
edit dialogs, a second person writing through a `Database` of their own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select as sql_select

from cnam_desktop.db import engine as engine_module
from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.merge import Side
from cnam_desktop.domain.trainers import TrainerData
from cnam_desktop.services import record_versions as versions
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.trainers import TrainerService
from cnam_desktop.services.workspace import Workspace
from cnam_desktop.ui.dialogs.merge_dialog import MergeDialog
from cnam_desktop.ui.session_flows import SessionFlows
from cnam_desktop.ui.views.sites_view import SitesView
from cnam_desktop.ui.views.trainers_page import TrainersPage
from tests.ui.conftest import SAMPLE_SITES, MessageRecorder, drive_modal
from tests.ui.sites_helpers import click_ok, select, type_into

OTHER = "paul (PC-7)"
CHAUMONT = SAMPLE_SITES[0]


@pytest.fixture
def other(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Another person's application on the same base (its own sessions and author)."""
    with monkeypatch.context() as patch:
        patch.setattr(engine_module, "this_author", lambda: OTHER)
        return Database(db.engine, db.path, location=db.location)


@pytest.fixture
def view(qtbot: Any, db: Database, sample_sites: dict[str, str]) -> Iterator[SitesView]:
    view = SitesView()
    qtbot.addWidget(view)
    view.undo_stack = QUndoStack(view)
    view.set_service(SiteService(db))
    view.show()
    yield view
    view.set_service(None)


@pytest.fixture
def said(view: SitesView) -> list[str]:
    messages: list[str] = []
    view.statusMessage.connect(messages.append)
    return messages


@dataclass
class Driver:
    error: BaseException | None = None
    ran: int = 0

    def check(self, times: int = 1) -> None:
        if self.error is not None:
            raise self.error
        assert self.ran == times, f"{self.ran} dialog(s) driven, {times} expected"


def drive(kind: type[QDialog], action: Callable[[Any], None]) -> Driver:
    """Run `action` on the next modal dialog of class `kind` (another one, the edit
    dialog say, may be open beneath it)."""
    driver = Driver()

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if tries < 300:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            return
        driver.ran += 1
        try:
            action(dialog)
        except BaseException as exc:
            driver.error = exc
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return driver


def rows_of(dialog: MergeDialog) -> dict[str, tuple[str, str, bool]]:
    """field label → (my value, their value, changed on both sides)."""
    return {
        row.diff.label: (row.labels[Side.MINE].text(), row.labels[Side.THEIRS].text(), both)
        for row in dialog.rows
        for both in [row.mine.accessibleDescription() == "modifié des deux côtés"]
    }


def edit_site(
    qtbot: Any,
    view: SitesView,
    site_id: str,
    typing: Callable[[Any], None],
    meanwhile: Callable[[], None],
    answer: Callable[[MergeDialog], None],
    after: Callable[[Any], None] | None = None,
) -> Driver:
    """Open the site's dialog, type, let someone else save, press Enregistrer and answer
    the merge dialog; `after(dialog)` runs once the save returned (dialog still there)."""
    select(view, site_id)
    merge = drive(MergeDialog, answer)

    def act(dialog: Any) -> None:
        typing(dialog)
        meanwhile()
        click_ok(qtbot, dialog)
        if after is not None:
            after(dialog)

    driver = drive_modal(act)
    view.edit_site()
    driver.check()
    return merge


def test_keep_mine_saves_what_was_typed_over_their_change(
    qtbot: Any, view: SitesView, db: Database, other: Database, sample_sites: dict[str, str]
) -> None:
    site_id = sample_sites["Cnam Chaumont"]
    seen: list[dict[str, tuple[str, str, bool]]] = []

    def answer(dialog: MergeDialog) -> None:
        seen.append(rows_of(dialog))
        assert f"Modifié par {OTHER} le " in dialog.ui.introLabel.text()
        assert dialog.windowTitle() == "Ce site a été modifié entre-temps"
        qtbot.mouseClick(dialog.ui.keepMineButton, Qt.MouseButton.LeftButton)

    merge = edit_site(
        qtbot,
        view,
        site_id,
        lambda d: type_into(qtbot, d.ui.townEdit, "Chaumont-Ville"),
        lambda: SiteService(other).update(
            site_id, replace(CHAUMONT, town="Langres", employment_area="Zone de Langres")
        ),
        answer,
    )
    merge.check()
    assert seen == [
        {
            "Commune": ("Chaumont-Ville", "Langres", True),
            "Bassin d'emploi": ("—", "Zone de Langres", False),
        }
    ]
    data = SiteService(db).get(site_id)
    assert (data.town, data.employment_area) == ("Chaumont-Ville", None)
    now = versions.stamp(db, m.Site, site_id)
    assert (now.version, now.updated_by) == (3, db.author)


def test_take_theirs_closes_the_form_without_saving(
    qtbot: Any,
    view: SitesView,
    db: Database,
    other: Database,
    sample_sites: dict[str, str],
    said: list[str],
) -> None:
    site_id = sample_sites["Cnam Chaumont"]
    merge = edit_site(
        qtbot,
        view,
        site_id,
        lambda d: type_into(qtbot, d.ui.townEdit, "Chaumont-Ville"),
        lambda: SiteService(other).update(site_id, replace(CHAUMONT, town="Langres")),
        lambda d: qtbot.mouseClick(d.ui.takeTheirsButton, Qt.MouseButton.LeftButton),
    )
    merge.check()
    assert SiteService(db).get(site_id).town == "Langres"
    assert versions.stamp(db, m.Site, site_id).updated_by == OTHER
    assert said[-1] == f"Modification abandonnée : la version de {OTHER} est gardée."
    assert view.ui.detailTitle.text() == "Cnam Chaumont"  # the list and detail read again
    assert view.undo_stack.count() == 0


def test_merge_keeps_each_ones_change(
    qtbot: Any, view: SitesView, db: Database, other: Database, sample_sites: dict[str, str]
) -> None:
    site_id = sample_sites["Cnam Chaumont"]

    def answer(dialog: MergeDialog) -> None:
        assert dialog.choices() == {"town": Side.THEIRS, "notes": Side.MINE}
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)

    merge = edit_site(
        qtbot,
        view,
        site_id,
        lambda d: d.ui.notesEdit.setPlainText("Salle 2 refaite"),
        lambda: SiteService(other).update(site_id, replace(CHAUMONT, town="Langres")),
        answer,
    )
    merge.check()
    data = SiteService(db).get(site_id)
    assert (data.town, data.notes) == ("Langres", "Salle 2 refaite")

    # The undo puts back what the base held before this save: their version, not the
    # one the dialog opened with.
    view.undo_stack.undo()
    data = SiteService(db).get(site_id)
    assert (data.town, data.notes) == ("Langres", None)


def test_cancel_goes_back_to_the_form_with_what_was_typed(
    qtbot: Any, view: SitesView, db: Database, other: Database, sample_sites: dict[str, str]
) -> None:
    site_id = sample_sites["Cnam Chaumont"]
    state: list[tuple[bool, str]] = []

    def after(dialog: Any) -> None:
        state.append((dialog.isVisible(), dialog.ui.townEdit.text()))
        dialog.reject()

    merge = edit_site(
        qtbot,
        view,
        site_id,
        lambda d: type_into(qtbot, d.ui.townEdit, "Chaumont-Ville"),
        lambda: SiteService(other).update(site_id, replace(CHAUMONT, town="Langres")),
        lambda d: qtbot.mouseClick(d.ui.cancelButton, Qt.MouseButton.LeftButton),
        after,
    )
    merge.check()
    assert state == [(True, "Chaumont-Ville")]
    assert SiteService(db).get(site_id).town == "Langres"
    assert versions.stamp(db, m.Site, site_id).version == 2


def test_a_third_change_while_choosing_is_asked_about_again(
    qtbot: Any, view: SitesView, db: Database, other: Database, sample_sites: dict[str, str]
) -> None:
    site_id = sample_sites["Cnam Chaumont"]
    asked: list[dict[str, tuple[str, str, bool]]] = []

    def answer(dialog: MergeDialog) -> None:
        asked.append(rows_of(dialog))
        if len(asked) == 1:  # someone writes again before this person chooses
            data = SiteService(other).get(site_id)
            SiteService(other).update(site_id, replace(data, employment_area="Zone B"))
            QTimer.singleShot(0, lambda: drive(MergeDialog, answer))
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)

    edit_site(
        qtbot,
        view,
        site_id,
        lambda d: d.ui.notesEdit.setPlainText("Salle 2 refaite"),
        lambda: SiteService(other).update(site_id, replace(CHAUMONT, town="Langres")),
        answer,
    ).check()
    assert len(asked) == 2
    assert "Bassin d'emploi" not in asked[0] and asked[1]["Bassin d'emploi"][1] == "Zone B"
    data = SiteService(db).get(site_id)
    assert (data.town, data.employment_area, data.notes) == ("Langres", "Zone B", "Salle 2 refaite")


@pytest.mark.parametrize("recreate", [True, False])
def test_a_site_deleted_meanwhile_is_recreated_or_left(
    qtbot: Any,
    view: SitesView,
    db: Database,
    other: Database,
    sample_sites: dict[str, str],
    message_log: MessageRecorder,
    said: list[str],
    recreate: bool,
) -> None:
    site_id = sample_sites["Cnam Saint-Dié"]
    message_log.choose_answer = 0 if recreate else None
    select(view, site_id)

    def act(dialog: Any) -> None:
        type_into(qtbot, dialog.ui.townEdit, "Saint-Dié")
        SiteService(other).delete(site_id)
        click_ok(qtbot, dialog)

    driver = drive_modal(act)
    view.edit_site()
    driver.check()
    (question,) = message_log.of_kind("choose")
    assert question.title == "Ce site a été supprimé"
    assert f"Ce site a été supprimé par {OTHER} le " in question.text
    assert "Le recréer avec mes valeurs" in question.text
    now = versions.stamp(db, m.Site, site_id)
    if recreate:
        assert not now.deleted and SiteService(db).get(site_id).town == "Saint-Dié"
        view.undo_stack.undo()  # deleted again, as the other person left it
        assert versions.stamp(db, m.Site, site_id).deleted
    else:
        assert now.deleted and now.updated_by == OTHER
        assert said[-1].startswith("Modification abandonnée : l'enregistrement a été supprimé")


def test_an_undo_over_someone_elses_later_change_is_refused(
    qtbot: Any,
    view: SitesView,
    db: Database,
    other: Database,
    sample_sites: dict[str, str],
    message_log: MessageRecorder,
) -> None:
    site_id = sample_sites["Cnam Chaumont"]
    select(view, site_id)

    def act(dialog: Any) -> None:
        type_into(qtbot, dialog.ui.townEdit, "Chaumont-Ville")
        click_ok(qtbot, dialog)

    driver = drive_modal(act)
    view.edit_site()
    driver.check()
    assert view.undo_stack.count() == 1
    SiteService(other).update(site_id, replace(CHAUMONT, town="Chaumont-Ville", notes="Vu"))

    view.undo_stack.undo()
    (refusal,) = message_log.of_kind("error")
    assert refusal.title == "Annulation impossible"
    assert refusal.text.startswith(f"Ce site a été modifié par {OTHER} le ")
    assert "depuis votre modification" in refusal.text
    assert SiteService(db).get(site_id).notes == "Vu"  # their change stands
    assert view.undo_stack.count() == 0  # the command is obsolete


# --- a generic list page: a trainer and their sectors (child rows) ------------------------


def test_a_list_page_edit_compares_child_rows_by_name(
    qtbot: Any, db: Database, other: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.uow() as s:
        sectors = [m.Sector(code=c, name=n) for c, n in (("NUM", "Numérique"), ("COM", "Commerce"))]
        s.add_all(sectors)
        s.flush()
        numerique, commerce = (x.id for x in sectors)
    claire = TrainerData(first_name="Claire", last_name="Mathieu", sector_ids=frozenset())
    trainer_id = TrainerService(db).create(claire)
    page = TrainersPage(None, QUndoStack())
    qtbot.addWidget(page)
    page.set_workspace(Workspace(database=db, sites=SiteService(db)))
    assert page.select(trainer_id)
    seen: list[dict[str, tuple[str, str, bool]]] = []

    def typed(data: TrainerData) -> TrainerData:  # the dialog, as the person filled it
        # Meanwhile the other person saves the trainer's sectors (child rows only) through
        # their own dialog, guarded as well: the trainer's version moves all the same.
        with versions.expecting(other, versions.stamp(other, m.Trainer, trainer_id)):
            TrainerService(other).update(trainer_id, replace(claire, sector_ids={commerce}))
        return replace(data, phone="03 25 00 00 00", sector_ids=frozenset({numerique}))

    def answer(dialog: MergeDialog) -> None:
        seen.append(rows_of(dialog))
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(page, "open_editor", typed)
    merge = drive(MergeDialog, answer)
    assert page.edit_current()
    merge.check()
    assert seen == [
        {
            "Téléphone": ("03 25 00 00 00", "—", False),
            "Filières enseignées": ("NUM — Numérique", "COM — Commerce", True),
        }
    ]
    data = TrainerService(db).get(trainer_id)
    assert (data.phone, data.sector_ids) == ("03 25 00 00 00", frozenset({numerique}))
    assert versions.stamp(db, m.Trainer, trainer_id).version == 3


# --- a session, through SessionFlows -----------------------------------------------------


def test_a_session_edit_meets_a_change_made_meanwhile(
    qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.reader() as s:
        session_id = s.scalars(
            sql_select(m.Session.id)
            .where(m.Session.deleted_at.is_(None))
            .order_by(m.Session.id)
            .limit(1)
        ).one()
    with monkeypatch.context() as patch:
        patch.setattr(engine_module, "this_author", lambda: OTHER)
        someone = Database(demo_db.engine, demo_db.path, location=demo_db.location)
    parent = QWidget()
    qtbot.addWidget(parent)
    flows = SessionFlows(parent, QUndoStack(parent))
    flows.set_workspace(Workspace(database=demo_db, sites=SiteService(demo_db)))
    seen: list[dict[str, tuple[str, str, bool]]] = []

    def typing(dialog: Any) -> None:
        type_into(qtbot, dialog.ui.unitEdit, "NFE114")
        theirs = SessionService(someone).get(session_id)
        SessionService(someone).update(session_id, replace(theirs, unit_code="RSX102"))
        dialog.accept()

    def answer(dialog: MergeDialog) -> None:
        seen.append(rows_of(dialog))
        qtbot.mouseClick(dialog.ui.keepMineButton, Qt.MouseButton.LeftButton)

    merge = drive(MergeDialog, answer)
    driver = drive_modal(typing)
    assert flows.edit_session(session_id)  # of a series: « Cette séance » (choose_answer 0)
    driver.check()
    merge.check()
    assert seen == [{"Unité d'enseignement": ("NFE114", "RSX102", True)}]
    assert SessionService(demo_db).get(session_id).unit_code == "NFE114"
    assert versions.stamp(demo_db, m.Session, session_id).updated_by == demo_db.author

    flows.undo_stack.undo()  # back to what the base held before: their unit code
    assert SessionService(demo_db).get(session_id).unit_code == "RSX102"
