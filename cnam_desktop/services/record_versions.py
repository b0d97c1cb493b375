"""Which version of a record a person opened, and saves that refuse to overwrite a later one.

An edit dialog takes a `RecordStamp` of its record when it opens (`stamp`, or
`find_stamp` when only the id is known); its save runs inside `expecting(db, stamp)`,
which raises `EditConflict` — nothing written — when someone else changed or deleted
the record meanwhile (`Database.expecting` checks it in the save's own transaction).
The services' signatures do not change: any `update` called inside the block is
guarded. `reference_names` names the records a field points to (a site, a trainer…),
for the comparison a person reads when a save meets such a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, literal, select, union_all

from cnam_desktop.db import models as m
from cnam_desktop.db.base import Record
from cnam_desktop.db.engine import Database, Expectation
from cnam_desktop.errors import EditConflict, NotFoundError


@dataclass(frozen=True)
class RecordStamp:
    """A record's version as read at one moment, and who wrote it."""

    table: str
    id: str
    version: int
    updated_by: str | None
    updated_at: datetime | None
    deleted: bool

    def moved_on(self, now: RecordStamp) -> bool:
        """`now` (read later) is another version, or the record was deleted since."""
        return now.version != self.version or (now.deleted and not self.deleted)


def _model(table: type[Record] | str) -> type[Record]:
    if isinstance(table, str):
        for mapper in Record.registry.mappers:
            model = mapper.class_
            if issubclass(model, Record) and model.__tablename__ == table:
                return model
        raise ValueError(f"no network table {table!r}")
    return table


def _stamp_columns(model: type[Record]) -> Select[Any]:
    return select(
        literal(model.__tablename__).label("table"),
        model.id,
        model.version,
        model.updated_by,
        model.updated_at,
        model.deleted_at,
    )


def _to_stamp(row: Any) -> RecordStamp:
    table, record_id, version, updated_by, updated_at, deleted_at = row
    return RecordStamp(table, record_id, version, updated_by, updated_at, deleted_at is not None)


def stamp(db: Database, table: type[Record] | str, record_id: str) -> RecordStamp:
    """The record's version now (tombstoned or not); `NotFoundError` when it never existed."""
    model = _model(table)
    with db.reader() as s:
        row = s.execute(_stamp_columns(model).where(model.id == record_id)).one_or_none()
    if row is None:
        raise NotFoundError("Enregistrement introuvable : il a peut-être été supprimé.")
    return _to_stamp(row)


@lru_cache(maxsize=1)
def _any_table() -> Select[Any]:
    """One SELECT over every network table, each by its primary key: ids are UUIDs, so
    at most one row answers (a list page knows its records' ids, not their table)."""
    tables = [_model(t.name) for t in m.network_tables()]
    parts = [_stamp_columns(model).where(model.id == bindparam("record_id")) for model in tables]
    return union_all(*parts)  # type: ignore[return-value]


def find_stamp(db: Database, record_id: str) -> RecordStamp | None:
    """`stamp` of the record with that id, whatever its table; None when there is none."""
    with db.reader() as s:
        row = s.execute(_any_table(), {"record_id": record_id}).first()
    return _to_stamp(row) if row is not None else None


def conflict(opened: RecordStamp, now: RecordStamp) -> EditConflict:
    """The `EditConflict` of a record opened at `opened` and found at `now`."""
    return EditConflict(
        table=opened.table,
        record_id=opened.id,
        expected_version=opened.version,
        current_version=now.version,
        updated_by=now.updated_by,
        updated_at=now.updated_at,
        deleted=now.deleted,
    )


@contextmanager
def expecting(db: Database, *stamps: RecordStamp) -> Iterator[Expectation]:
    """Saves in this block expect the records at the versions stamped (see the module
    notes). A record deleted meanwhile makes the services raise `NotFoundError` before
    anything is written: it comes out as an `EditConflict` naming who deleted it. The
    `Expectation` yielded holds the versions written once the block succeeded."""
    try:
        with db.expecting({s.id: s.version for s in stamps}) as expectation:
            yield expectation
    except NotFoundError as exc:
        for opened in stamps:
            try:
                now = stamp(db, opened.table, opened.id)
            except NotFoundError:
                continue
            if opened.moved_on(now):
                raise conflict(opened, now) from exc
        raise


def written(opened: RecordStamp, expectation: Expectation) -> RecordStamp:
    """The stamp of what a save inside `expecting` wrote (the same when it wrote nothing)."""
    version = expectation.versions.get(opened.id, opened.version)
    if version == opened.version:
        return opened
    return RecordStamp(opened.table, opened.id, version, None, None, False)


# --- naming the records a field points to ---------------------------------------------

REFERENCED = (
    "regional_centre",
    "site",
    "sector",
    "partner",
    "premises",
    "room",
    "equipment_type",
    "course",
    "trainer",
    "offering",
)
"""The tables an edit form's field may point to."""


def reference_names(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """Names of the records with these ids (a site's name, a trainer's first and last
    name, an offering's course, site and period…), whatever their tables, as the
    synchronisation's conflicts name them (`sync.labels.Labeler`); unknown ids are left
    out. Deleted records are named too (a value may point to one)."""
    from cnam_desktop.services.sync.labels import Labeler
    from cnam_desktop.services.sync.rows import read_by_ids, table

    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    names: dict[str, str] = {}
    with db.connection() as conn:
        labeler = Labeler(conn)
        for name in REFERENCED:
            for record_id, row in read_by_ids(conn, table(name), wanted).items():
                names[record_id] = labeler.label(name, row)
    return names
