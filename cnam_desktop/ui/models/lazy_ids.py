"""The ids of a long list, of which only the first ones are read at first.

A list of 100,000 sessions shows its first rows long before every id has crossed
from the database (reading them all costs three times painting the window). The
model's id list is then a `LazyIds`: the first ids and how many there are, so that
the view knows its row count and scroll bar at once; the rest is read, in one query,
the first time something asks beyond the head (scrolling down, select all, an
export, finding a record's row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload


class LazyIds(Sequence[str]):
    def __init__(
        self,
        head: list[str],
        total: int,
        read_all: Callable[[], list[str]],
        changed: Callable[[], None] | None = None,
    ) -> None:
        """`head`: the first ids; `total`: how many there are; `read_all`: every id,
        in the same order; `changed` is called when, read later, they turn out to
        number other than `total` (the data changed between the two reads)."""
        self._ids = head
        self._total = total
        self._read_all: Callable[[], list[str]] | None = read_all
        self._changed = changed

    @property
    def complete(self) -> bool:
        return self._read_all is None

    def read_rest(self) -> None:
        """Read every id now (once)."""
        if self._read_all is None:
            return
        read_all, self._read_all = self._read_all, None
        self._ids = read_all()
        if len(self._ids) != self._total:
            self._total = len(self._ids)
            if self._changed is not None:
                self._changed()

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            _start, stop, step = index.indices(self._total)
            if step != 1 or stop > len(self._ids):
                self.read_rest()
            return self._ids[index]
        if index < 0:
            index += self._total
        if index >= len(self._ids):
            self.read_rest()
        return self._ids[index]

    def __iter__(self) -> Iterator[str]:
        self.read_rest()
        return iter(self._ids)

    def __contains__(self, value: object) -> bool:
        if value in self._ids:
            return True
        self.read_rest()
        return value in self._ids

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        try:
            return self._ids.index(value, start, len(self._ids) if stop is None else stop)  # type: ignore[arg-type]
        except ValueError:
            if self.complete:
                raise
        self.read_rest()
        return self._ids.index(value, start, len(self._ids) if stop is None else stop)  # type: ignore[arg-type]


def ids_of(
    head: list[str],
    total: int,
    read_all: Callable[[], list[str]],
    changed: Callable[[], None] | None = None,
) -> Sequence[str]:
    """`head` itself when it holds every id, else a `LazyIds`."""
    if len(head) >= total:
        return head
    return LazyIds(head, total, read_all, changed)
