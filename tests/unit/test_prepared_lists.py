"""The lists' id queries, built once per filter shape and read through the DB-API.

The services read ids with `Database.read_column` (no Session, values bound as they
are); a unit of work reads the same statements with `ids_of`. Both must agree, for
every sort key and order, and each filter must keep exactly the rows it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, literal, literal_column, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import catalogue as catalogue_repo
from cnam_desktop.db.repositories import equipment as equipment_repo
from cnam_desktop.db.repositories import equipment_needs as needs_repo
from cnam_desktop.db.repositories import premises as premises_repo
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.domain.catalogue import COURSE_SORT_KEYS, CourseFilter
from cnam_desktop.domain.enums import (
    EquipmentCondition,
    NeedStatus,
    Priority,
    RoomKind,
    SiteStatus,
)
from cnam_desktop.domain.equipment import (
    ITEM_SORT_KEYS,
    NEED_SORT_KEYS,
    TYPE_SORT_KEYS,
    EquipmentItemFilter,
    EquipmentNeedFilter,
    EquipmentTypeFilter,
)
from cnam_desktop.domain.premises import (
    PREMISES_SORT_KEYS,
    ROOM_SORT_KEYS,
    PremisesFilter,
    RoomFilter,
)
from cnam_desktop.domain.sites import SITE_SORT_KEYS, SiteFilter
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

ListIds = Callable[[Any, str, bool], list[str]]


def _first(db: Database, column: Any) -> Any:
    with db.reader() as s:
        return s.scalar(select(column).where(column.is_not(None)).limit(1))


def _cases(db: Database) -> list[tuple[str, ListIds, Any, tuple[str, ...], list[Any]]]:
    """(name, service list, session list, sort keys, filters) of each list."""
    site_id = _first(db, m.Premises.site_id)
    sites, premises = SiteService(db), PremisesService(db)
    equipment, catalogue = EquipmentService(db), CatalogueService(db)
    return [
        (
            "sites",
            sites.list_ids,
            sites_repo.list_ids,
            SITE_SORT_KEYS,
            [
                SiteFilter(),
                SiteFilter(text=" cnam "),
                SiteFilter(status=SiteStatus.OPEN),
                SiteFilter(department=_first(db, m.Site.department), acv=True),
                SiteFilter(acv=False),
            ],
        ),
        (
            "premises",
            premises.list_premises_ids,
            premises_repo.list_premises_ids,
            PREMISES_SORT_KEYS,
            [PremisesFilter(site_id=site_id), PremisesFilter(step_free=True, text="e")],
        ),
        (
            "rooms",
            premises.list_room_ids,
            premises_repo.list_room_ids,
            ROOM_SORT_KEYS,
            [
                RoomFilter(),
                RoomFilter(site_id=site_id, accessible=True),
                RoomFilter(kind=RoomKind.COMPUTER_LAB, text="salle"),
            ],
        ),
        (
            "types",
            equipment.list_type_ids,
            equipment_repo.list_type_ids,
            TYPE_SORT_KEYS,
            [EquipmentTypeFilter(), EquipmentTypeFilter(category="Informatique", text="o")],
        ),
        (
            "inventory",
            equipment.list_item_ids,
            equipment_repo.list_item_ids,
            ITEM_SORT_KEYS,
            [
                EquipmentItemFilter(site_id=site_id),
                EquipmentItemFilter(condition=EquipmentCondition.GOOD, text="a"),
            ],
        ),
        (
            "needs",
            equipment.list_need_ids,
            needs_repo.list_need_ids,
            NEED_SORT_KEYS,
            [
                EquipmentNeedFilter(),
                EquipmentNeedFilter(status=NeedStatus.IDENTIFIED, priority=Priority.HIGH),
                EquipmentNeedFilter(site_id=site_id, text="e"),
            ],
        ),
        (
            "courses",
            catalogue.list_ids,
            catalogue_repo.course_ids,
            COURSE_SORT_KEYS,
            [CourseFilter(), CourseFilter(cpf_eligible=True, level=6, text="in")],
        ),
    ]


def test_the_db_api_read_agrees_with_a_unit_of_work(demo_db: Database) -> None:
    for name, service_ids, session_ids, sorts, filters in _cases(demo_db):
        for flt in filters:
            for sort in sorts:
                for descending in (False, True):
                    fast = service_ids(flt, sort, descending)
                    with demo_db.reader() as s:
                        slow = session_ids(s, flt, sort, descending)
                    assert fast == slow, (name, flt, sort, descending)


def _count(db: Database, model: Any, *conditions: Any) -> int:
    with db.reader() as s:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return int(s.scalar(query.where(*conditions)) or 0)


def test_each_filter_keeps_the_rows_it_names(demo_db: Database) -> None:
    rooms, equipment = PremisesService(demo_db), EquipmentService(demo_db)
    labs = rooms.list_room_ids(RoomFilter(kind=RoomKind.COMPUTER_LAB))
    assert 0 < len(labs) < len(rooms.list_room_ids())
    assert {r.kind for r in rooms.room_rows(labs).values()} == {RoomKind.COMPUTER_LAB}
    assert len(labs) == _count(demo_db, m.Room, m.Room.kind == RoomKind.COMPUTER_LAB)

    accessible = rooms.list_room_ids(RoomFilter(accessible=False))
    assert len(accessible) == _count(demo_db, m.Room, m.Room.accessible.is_(False))

    identified = equipment.list_need_ids(EquipmentNeedFilter(status=NeedStatus.IDENTIFIED))
    rows = equipment.need_rows(identified).values()
    assert identified and {r.status for r in rows} == {NeedStatus.IDENTIFIED}

    sites = SiteService(demo_db)
    open_sites = sites.list_ids(SiteFilter(status=SiteStatus.OPEN))
    assert 0 < len(open_sites) < len(sites.list_ids())
    assert {r.status for r in sites.rows(open_sites).values()} == {SiteStatus.OPEN}


def test_a_new_filter_value_reuses_the_statement_of_its_shape(demo_db: Database) -> None:
    service = SiteService(demo_db)
    sites_repo._site_ids.cache_clear()
    service.list_ids(SiteFilter(text="chaumont"))
    built = sites_repo._site_ids.cache_info().misses
    found = service.list_ids(SiteFilter(text="PINAL"))
    assert sites_repo._site_ids.cache_info().misses == built
    assert [r.name for r in service.rows(found).values()] == ["Cnam Épinal"]
    service.list_ids(SiteFilter(text="pinal", acv=True))  # a new shape: one more
    assert sites_repo._site_ids.cache_info().misses == built + 1


def test_choices_for_the_filters(demo_db: Database) -> None:
    sites = SiteService(demo_db)
    ids = sites.list_ids()
    rows = sites.rows(ids)
    assert sites.choices() == [(i, rows[i].name) for i in ids]

    premises = PremisesService(demo_db)
    site_id = _first(demo_db, m.Premises.site_id)
    everywhere = premises.room_choices()
    here = premises.room_choices(site_id)
    assert 0 < len(here) < len(everywhere)
    room_rows = premises.room_rows([room_id for room_id, *_ in everywhere])
    for room_id, room_site, premises_name, name in here:
        row = room_rows[room_id]
        assert (room_site, premises_name, name) == (site_id, row.premises_name, row.name)
    by_site = premises.list_room_ids(RoomFilter(), "site")
    assert [room_id for room_id, *_ in everywhere] == by_site

    types = EquipmentService(demo_db)
    type_rows = types.type_rows(types.list_type_ids()).values()
    assert set(types.categories()) == {r.category for r in type_rows}

    closures = ClosureService(demo_db)
    years = closures.years()
    assert years == sorted({r.start_date.year for r in closures.rows()}, reverse=True)


@pytest.mark.parametrize("text", ["  ", ""])
def test_a_blank_search_filters_nothing(demo_db: Database, text: str) -> None:
    service = SiteService(demo_db)
    assert service.list_ids(SiteFilter(text=text)) == service.list_ids(SiteFilter())


def test_a_failed_read_leaves_the_next_one_working(db: Database) -> None:
    with pytest.raises(db.engine.dialect.loaded_dbapi.Error):  # the driver's own error
        db.read_column(select(literal_column("no_such_column")), {})
    assert db.read_rows(select(literal(1), literal("un")), {}) == [(1, "un")]
    db.close()  # gives the kept connection back
    assert db.read_column(select(literal(2)), {}) == [2]  # a closed engine reconnects
