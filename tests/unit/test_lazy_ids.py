"""LazyIds: a long list's first ids at once, the rest on the first look beyond them."""

from __future__ import annotations

import pytest

from cnam_desktop.ui.models.lazy_ids import LazyIds, ids_of

EVERY = [f"id{n:03}" for n in range(100)]


class Reader:
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        self.calls = 0

    def __call__(self) -> list[str]:
        self.calls += 1
        return list(self.ids)


def lazy(reader: Reader, head: int = 10, total: int = 100) -> LazyIds:
    changes: list[str] = []
    ids = LazyIds(EVERY[:head], total, reader, lambda: changes.append("changed"))
    ids.changes = changes  # type: ignore[attr-defined]
    return ids


def test_the_head_serves_without_reading_the_rest() -> None:
    reader = Reader(EVERY)
    ids = lazy(reader)
    assert len(ids) == 100
    assert ids[0] == "id000" and ids[9] == "id009" and ids[-100] == "id000"
    assert list(ids[2:5]) == ["id002", "id003", "id004"]
    assert "id005" in ids
    assert ids.index("id007") == 7
    assert reader.calls == 0 and not ids.complete


@pytest.mark.parametrize(
    "look",
    [
        lambda ids: ids[10],
        lambda ids: ids[-1],
        lambda ids: ids[5:20],
        lambda ids: ids[::2],
        lambda ids: list(ids),
        lambda ids: tuple(ids),
        lambda ids: "id050" in ids,
        lambda ids: ids.index("id099"),
    ],
)
def test_any_look_beyond_the_head_reads_the_rest_once(look: object) -> None:
    reader = Reader(EVERY)
    ids = lazy(reader)
    look(ids)  # type: ignore[operator]
    look(ids)  # type: ignore[operator]
    assert reader.calls == 1 and ids.complete
    assert list(ids) == EVERY and ids[99] == "id099" and ids.index("id099") == 99


def test_a_missing_id_is_not_found_after_reading_everything() -> None:
    reader = Reader(EVERY)
    ids = lazy(reader)
    assert "nope" not in ids
    with pytest.raises(ValueError):
        ids.index("nope")
    assert reader.calls == 1
    with pytest.raises(IndexError):
        ids[100]


def test_a_changed_count_is_reported_and_becomes_the_length() -> None:
    fewer = Reader(EVERY[:60])
    ids = lazy(fewer)
    assert len(ids) == 100
    assert ids[50] == "id050"
    assert len(ids) == 60 and ids.changes == ["changed"]  # type: ignore[attr-defined]
    same = lazy(Reader(EVERY))
    same.read_rest()
    assert same.changes == []  # type: ignore[attr-defined]


def test_a_head_holding_everything_is_a_plain_list() -> None:
    reader = Reader(EVERY)
    assert ids_of(EVERY[:5], 5, reader) == EVERY[:5]
    assert isinstance(ids_of(EVERY[:5], 6, reader), LazyIds)
    assert reader.calls == 0
