"""The sites table model: Qt's contract, lazy fetching, sorting done by the service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.sites import SiteFilter, SiteRow
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui.models import id_table_model
from cnam_desktop.ui.models.site_table_model import COLUMNS, SITE_ID_ROLE, SiteTableModel


class SpyService:
    """A SiteService that records what the model asks for."""

    def __init__(self, service: SiteService) -> None:
        self._service = service
        self.list_calls: list[tuple[SiteFilter, str, bool]] = []
        self.row_calls: list[list[str]] = []

    def list_ids(self, flt: SiteFilter, sort: str = "name", descending: bool = False) -> list[str]:
        self.list_calls.append((flt, sort, descending))
        return self._service.list_ids(flt, sort, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, SiteRow]:
        self.row_calls.append(list(ids))
        return self._service.rows(ids)


def column(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def texts(model: SiteTableModel, title: str) -> list[str]:
    col = column(title)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


@pytest.fixture
def spy(site_service: SiteService, sample_sites: dict[str, str]) -> SpyService:
    return SpyService(site_service)


def test_model_passes_qt_model_tester(qtmodeltester: Any, spy: SpyService) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    qtmodeltester.check(SiteTableModel(), force_py=True)


def test_columns_show_french_values(spy: SpyService) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.set_filter(SiteFilter(text="a"))  # Bar-le-Duc, Chaumont, Épinal, Saint-Dié
    by_name = {
        name: [model.data(model.index(row, c)) for c in range(model.columnCount())]
        for row, name in enumerate(texts(model, "Nom"))
    }
    assert by_name["Cnam Chaumont"] == [
        "Cnam Chaumont",
        "Chaumont",
        "52",
        "Ouvert",
        "Oui",
        "Oui",
        "13/09/2019",
        "0",
        "0",
    ]
    assert by_name["Cnam Saint-Dié"][3:7] == ["Candidature", "Non", "Oui", ""]
    assert by_name["Cnam Épinal"][3] == "En préparation"
    assert by_name["Cnam Bar-le-Duc"][6] == "06/01/2020"
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == [
        "Nom",
        "Commune",
        "Dépt",
        "Statut",
        "ACV",
        "Territoire d'industrie",
        "Ouverture",
        "Salles",
        "Ouvertures",
    ]


def test_rows_are_fetched_lazily_in_chunks(
    spy: SpyService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(id_table_model, "CHUNK", 2)
    monkeypatch.setattr(id_table_model, "SMALL_LIST", 3)  # 4 rows: a large list here
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == 4
    assert spy.row_calls == []  # counting rows fetches none

    model.data(model.index(0, 0))
    assert spy.row_calls == [list(model.ids[0:2])]
    model.data(model.index(1, 3))
    model.data(model.index(0, 1))
    assert len(spy.row_calls) == 1  # cached

    model.data(model.index(3, 0))
    assert spy.row_calls[1] == list(model.ids[2:4])
    assert model.cached_count == 4

    model.reload()  # re-querying the list drops the cache
    assert model.cached_count == 0


def test_a_small_list_is_fetched_whole_and_serves_later_filters(
    spy: SpyService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(id_table_model, "CHUNK", 2)
    monkeypatch.setattr(id_table_model, "SMALL_LIST", 4)
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    model.data(model.index(3, 0))
    assert spy.row_calls == [list(model.ids)]  # one query, every row
    model.set_filter(SiteFilter(text="Chaumont"))
    assert texts(model, "Nom") == ["Cnam Chaumont"]
    assert len(spy.row_calls) == 1  # the filtered row was cached


def test_sort_asks_the_service(spy: SpyService, site_service: SiteService) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    spy.list_calls.clear()

    model.sort(column("Dépt"), Qt.SortOrder.DescendingOrder)
    assert [c[1:] for c in spy.list_calls] == [("department", True)]
    assert list(model.ids) == site_service.list_ids(sort="department", descending=True)
    assert texts(model, "Dépt") == ["88", "88", "55", "52"]

    model.sort(column("Ouverture"), Qt.SortOrder.AscendingOrder)
    assert spy.list_calls[-1][1:] == ("opening_date", False)
    assert model.sort_column == column("Ouverture")


def test_every_column_sorts_through_the_service(spy: SpyService) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    for title, key in (
        ("Territoire d'industrie", "industry_territory"),
        ("Salles", "room_count"),
        ("Ouvertures", "offering_count"),
    ):
        assert model.is_sortable(column(title))
        model.sort(column(title), Qt.SortOrder.DescendingOrder)
        assert spy.list_calls[-1][1:] == (key, True)
    assert all(model.is_sortable(i) for i in range(model.columnCount()))


def test_sort_keeps_persistent_indexes(spy: SpyService, sample_sites: dict[str, str]) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    chaumont = sample_sites["Cnam Chaumont"]
    persistent = QPersistentModelIndex(model.index(model.row_of(chaumont) or 0, 2))
    model.sort(column("Nom"), Qt.SortOrder.DescendingOrder)
    assert persistent.isValid()
    assert persistent.column() == 2
    assert model.data(model.index(persistent.row(), 0), SITE_ID_ROLE) == chaumont


def test_filter_requeries_ids(spy: SpyService) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    model.set_filter(SiteFilter(status=SiteStatus.OPEN))
    assert spy.list_calls[-1][0] == SiteFilter(status=SiteStatus.OPEN)
    assert sorted(texts(model, "Nom")) == ["Cnam Bar-le-Duc", "Cnam Chaumont"]
    model.set_filter(SiteFilter(department="88", acv=False))
    assert texts(model, "Nom") == ["Cnam Saint-Dié"]


def test_demo_sites_are_marked(spy: SpyService, db: Database, sample_sites: dict[str, str]) -> None:
    with db.uow() as s:
        s.get(m.Site, sample_sites["Cnam Épinal"]).is_demo = True
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    row = model.row_of(sample_sites["Cnam Épinal"])
    assert row is not None
    font = model.data(model.index(row, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()
    assert "démo" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    other = model.row_of(sample_sites["Cnam Chaumont"])
    assert model.data(model.index(other or 0, 0), Qt.ItemDataRole.FontRole) is None


def test_row_vanished_elsewhere_shows_blank_once(
    spy: SpyService, sample_sites: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = SiteTableModel(spy)  # type: ignore[arg-type]
    model.reload()
    gone = sample_sites["Cnam Chaumont"]
    real_rows = spy.rows
    monkeypatch.setattr(
        spy, "rows", lambda ids: {k: v for k, v in real_rows(ids).items() if k != gone}
    )
    row = model.row_of(gone)
    assert row is not None
    assert model.data(model.index(row, 0)) == ""
    assert model.data(model.index(row, 1)) == ""
    assert len(spy.row_calls) == 1  # not fetched again and again
