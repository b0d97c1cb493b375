"""Lists sort and search the same on SQLite and on PostgreSQL: French order, empty
values, case-insensitive search."""

from __future__ import annotations

from datetime import date

import pytest

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.sites import SiteData, SiteFilter
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

# In French order: accents and case come after the letters (« Épinal » among the E).
FRENCH_ORDER = [
    "Abbeville",
    "Ars",
    "Ars-sur-Moselle",
    "Belfort",
    "besançon",
    "eaubonne",
    "Épernay",
    "épinal",
    "Étain",
    "Évry",
    "Zillisheim",
]


@pytest.fixture
def service(db: Database) -> SiteService:
    return SiteService(db)


def _names(service: SiteService, ids: list[str]) -> list[str]:
    rows = service.rows(ids)
    return [rows[i].name for i in ids]


def test_french_order_of_names(service: SiteService) -> None:
    for name in reversed(FRENCH_ORDER):
        service.create(SiteData(name=name, town="Nancy"))
    assert sorted(FRENCH_ORDER, key=french_sort_key) == FRENCH_ORDER  # the domain's order
    assert _names(service, service.list_ids(sort="name")) == FRENCH_ORDER
    assert _names(service, service.list_ids(sort="name", descending=True)) == FRENCH_ORDER[::-1]
    found = service.list_ids(SiteFilter(text="BELF"))
    assert _names(service, found) == ["Belfort"]  # search ignores case


@pytest.mark.parametrize(
    ("sort", "values"),
    [
        ("department", ["08", "52", "57"]),
        ("opening_date", [date(2019, 9, 13), date(2021, 1, 4), date(2024, 3, 1)]),
    ],
)
def test_empty_values_come_first_ascending_and_last_descending(
    service: SiteService, sort: str, values: list[object]
) -> None:
    """SQLite's order of NULLs, on PostgreSQL too (whose default is the reverse)."""
    empty = service.create(SiteData(name="Sans valeur", town="Metz"))
    filled = [
        service.create(SiteData(name=f"Site {i}", town="Metz", **{sort: value}))
        for i, value in enumerate(values)
    ]
    assert service.list_ids(sort=sort) == [empty, *filled]
    assert service.list_ids(sort=sort, descending=True) == [*filled[::-1], empty]
