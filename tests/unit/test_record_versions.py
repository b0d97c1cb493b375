"""The version guard of concurrent edits (issue 9, point 2): two people on one base.

Each test opens a second `Database` on the same base (the same engine: its own
sessions and author), as a second person's application would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from cnam_desktop.db import engine as engine_module
from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.domain.trainers import TrainerData
from cnam_desktop.errors import EditConflict
from cnam_desktop.services import record_versions as versions
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.trainers import TrainerService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

SITE = SiteData(name="Cnam Chaumont", town="Chaumont", department="52")
OTHER = "paul (PC-7)"


@pytest.fixture
def other(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """Another person's application on the same base."""
    monkeypatch.setattr(engine_module, "this_author", lambda: OTHER)
    database = Database(db.engine, db.path, location=db.location)
    monkeypatch.undo()
    yield database


@pytest.fixture
def site_id(db: Database) -> str:
    return SiteService(db).create(SITE, today=date(2026, 11, 2))


def test_a_save_over_someone_elses_change_is_refused(
    db: Database, other: Database, site_id: str
) -> None:
    opened = versions.stamp(db, m.Site, site_id)
    assert (opened.table, opened.version, opened.deleted) == ("site", 1, False)
    assert opened.updated_by == db.author

    SiteService(other).update(site_id, replace(SITE, town="Langres"))

    with pytest.raises(EditConflict) as caught, versions.expecting(db, opened):
        SiteService(db).update(site_id, replace(SITE, notes="Salle 2 refaite"))
    conflict = caught.value
    assert (conflict.table, conflict.record_id) == ("site", site_id)
    assert (conflict.expected_version, conflict.current_version) == (1, 2)
    assert conflict.updated_by == OTHER and not conflict.deleted
    assert conflict.updated_at is not None
    assert f"Ce site a été modifié par {OTHER} le " in conflict.message
    assert conflict.message.endswith("depuis que vous l'avez ouvert.")
    # Nothing of the refused save was written; the other person's change stands.
    assert SiteService(db).get(site_id) == replace(SITE, town="Langres")
    assert versions.stamp(db, "site", site_id).version == 2


def test_a_save_nobody_else_interfered_with_goes_through_and_says_what_it_wrote(
    db: Database, site_id: str
) -> None:
    opened = versions.find_stamp(db, site_id)
    assert opened is not None and opened.table == "site"
    with versions.expecting(db, opened) as expectation:
        SiteService(db).update(site_id, replace(SITE, town="Langres", status=SiteStatus.SELECTED))
    after = versions.written(opened, expectation)
    assert after.version == 2 == versions.stamp(db, m.Site, site_id).version
    # The next save of the same person expects the version just written: no conflict.
    with versions.expecting(db, after):
        SiteService(db).update(site_id, replace(SITE, town="Saint-Dizier"))
    assert SiteService(db).get(site_id).town == "Saint-Dizier"


def test_a_record_deleted_meanwhile_names_who_deleted_it(
    db: Database, other: Database, site_id: str
) -> None:
    opened = versions.stamp(db, m.Site, site_id)
    SiteService(other).delete(site_id)
    with pytest.raises(EditConflict) as caught, versions.expecting(db, opened):
        SiteService(db).update(site_id, replace(SITE, town="Langres"))
    assert caught.value.deleted and caught.value.updated_by == OTHER
    assert "Ce site a été supprimé par paul (PC-7)" in caught.value.message


def test_a_save_in_several_units_of_work_expects_its_own_writes(
    db: Database, other: Database, site_id: str
) -> None:
    """Recreating a record deleted meanwhile: restored, then saved, in one expectation."""
    SiteService(other).delete(site_id)
    deleted = versions.stamp(db, m.Site, site_id)
    assert deleted.deleted and deleted.updated_by == OTHER
    with versions.expecting(db, deleted) as expectation:
        SiteService(db).restore(site_id)
        SiteService(db).update(site_id, replace(SITE, town="Langres"))
    assert versions.written(deleted, expectation).version == deleted.version + 2
    now = versions.stamp(db, m.Site, site_id)
    assert (now.version, now.deleted, now.updated_by) == (deleted.version + 2, False, db.author)


def test_a_race_after_the_check_is_a_conflict_too(
    db: Database, other: Database, site_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other person commits between this save's read (and version check) and its
    UPDATE: SQLAlchemy's version counter (PostgreSQL) or SQLite's stale snapshot."""
    opened = versions.stamp(db, m.Site, site_id)
    apply_data = sites_repo.apply_data

    def meanwhile(site: m.Site, data: SiteData) -> None:
        with other.uow() as s:  # another connection, committed before this one writes
            s.get_one(m.Site, site_id).town = "Langres"
        apply_data(site, data)

    monkeypatch.setattr(sites_repo, "apply_data", meanwhile)
    with pytest.raises(EditConflict) as caught, versions.expecting(db, opened):
        SiteService(db).update(site_id, replace(SITE, notes="Salle 2 refaite"))
    assert (caught.value.expected_version, caught.value.current_version) == (1, 2)
    assert caught.value.updated_by == OTHER
    monkeypatch.undo()
    assert SiteService(db).get(site_id) == replace(SITE, town="Langres")


def test_the_race_is_caught_without_an_expectation_as_well(
    db: Database, other: Database, site_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_data = sites_repo.apply_data

    def meanwhile(site: m.Site, data: SiteData) -> None:
        with other.uow() as s:
            s.get_one(m.Site, site_id).notes = "Vu avec la mairie"
        apply_data(site, data)

    monkeypatch.setattr(sites_repo, "apply_data", meanwhile)
    with pytest.raises(EditConflict) as caught:
        SiteService(db).update(site_id, replace(SITE, town="Langres"))
    assert (caught.value.expected_version, caught.value.current_version) == (1, 2)


def test_a_change_of_child_rows_only_moves_the_parents_version(
    db: Database, other: Database
) -> None:
    with db.uow() as s:
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
        sector_id = sector.id
    claire = TrainerData(first_name="Claire", last_name="Mathieu")
    trainer_id = TrainerService(db).create(claire)
    opened = versions.stamp(db, m.Trainer, trainer_id)

    with versions.expecting(db, opened) as expectation:
        TrainerService(db).update(trainer_id, replace(claire, sector_ids=frozenset({sector_id})))
    now = versions.stamp(db, m.Trainer, trainer_id)
    assert now.version == opened.version + 1 == versions.written(opened, expectation).version
    assert now.updated_by == db.author

    # So that the other person, who opened the trainer before, cannot undo it silently.
    with pytest.raises(EditConflict), versions.expecting(other, opened):
        TrainerService(other).update(trainer_id, replace(claire, phone="03 25 00 00 00"))
    with db.reader() as s:
        links = s.scalars(
            select(m.TrainerSector.sector_id).where(m.TrainerSector.trainer_id == trainer_id)
        ).all()
    assert links == [sector_id]


def test_reference_names_name_what_fields_point_to(db: Database, site_id: str) -> None:
    trainer_id = TrainerService(db).create(TrainerData(first_name="Claire", last_name="Mathieu"))
    names = versions.reference_names(db, [site_id, trainer_id, "inconnu", ""])
    assert names == {site_id: "Cnam Chaumont", trainer_id: "Claire Mathieu"}
