"""Helpers shared by the repositories: live rows, tombstones and their undo, French sort,
and the prepared statements of the lists."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import BindParameter, Connection, Select, String, bindparam, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cnam_desktop.db.base import Record, utcnow
from cnam_desktop.db.engine import FRENCH_COLLATION
from cnam_desktop.db.server import FRENCH_COLLATION as SERVER_FRENCH_COLLATION
from cnam_desktop.errors import NotFoundError

R = TypeVar("R", bound=Record)


def live(model: type[R]) -> Select[R]:
    """SELECT of the model's rows that are not tombstoned."""
    return select(model).where(model.deleted_at.is_(None))


def get_live(session: Session, model: type[R], record_id: str, what: str) -> R:
    """The live row with that id, or `NotFoundError` naming `what` in French."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"{what} introuvable : il a peut-être été supprimé entre-temps.")
    return row


def tombstone(record: Record) -> None:
    """Mark a row deleted; it stays in the file so that copies can be merged later."""
    now = utcnow()
    record.deleted_at = now
    record.updated_at = now


def get_any(session: Session, model: type[R], record_id: str, what: str) -> R:
    """The row with that id, tombstoned or not (to restore it), or `NotFoundError`."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError(f"{what} introuvable.")
    return row


def restore(record: Record) -> None:
    """Clear a tombstone (the undo of a delete)."""
    record.deleted_at = None
    record.updated_at = utcnow()


def french(session: Session, column: Any) -> Any:
    """The column with the French collation (accents and case ignored first)."""
    return french_in(dialect_of(session), column)


def dialect_of(session: Session | Connection) -> str:
    """The database's dialect name ("sqlite", "postgresql"): part of a prepared
    statement's key, since the French collation is named differently in each."""
    if isinstance(session, Connection):
        return session.dialect.name
    return session.get_bind().dialect.name


def french_in(dialect: str, column: Any) -> Any:
    """`french` for a statement built once per dialect (see `bound`): SQLite's `fr`
    (registered in db/engine.py), PostgreSQL's ICU French (checked at opening)."""
    if dialect == "sqlite":
        return column.collate(FRENCH_COLLATION)
    if dialect == "postgresql":
        return column.collate(SERVER_FRENCH_COLLATION)
    return column


def order(column: Any, descending: bool) -> Any:
    """A sort key with SQLite's order of NULLs on every database: first when ascending,
    last when descending (PostgreSQL's default is the reverse). On SQLite this is the
    default spelled out, so an index still serves the order."""
    return column.desc().nulls_last() if descending else column.asc().nulls_first()


def pattern_param() -> BindParameter[str]:
    """The `pattern` parameter of a text search (bound to `like_pattern`'s value)."""
    return bindparam("pattern", type_=String)


def like_pattern(text: str | None) -> str | None:
    """`%text%` for a case-insensitive search, or None when the text is blank."""
    stripped = text.strip() if text else ""
    return f"%{stripped}%" if stripped else None


def search_text(text: str | None) -> str:
    """A filter's search text, stripped ("" when none)."""
    return text.strip() if text else ""


def with_matches(
    prepared: tuple[frozenset[str], dict[str, Any]],
    text: str | None,
    matches: Mapping[str, Any] | None,
) -> tuple[frozenset[str], dict[str, Any]]:
    """`bound`'s shape and values, plus a text search's: "text" in the shape and the
    values `matches` binds (the ids whose names contain the text, matched in Python)."""
    shape, params = prepared
    if not search_text(text):
        return shape, params
    if matches is None:
        raise ValueError("a text search needs its matches")
    return shape | {"text"}, {**params, **matches}


def bound(values: Mapping[str, Any]) -> tuple[frozenset[str], dict[str, Any]]:
    """The filters set (not None, not empty) and their values, as bound parameters.

    The names form the shape of a list's id query: each list builds its statement once
    per (dialect, sort, order, shape) — cached with `functools.lru_cache` — with a
    `bindparam` of that name per filter, so that typing in a search box or choosing in
    a combo only binds values. Building the SQLAlchemy expression and its cache key
    anew cost more than running the query itself (about 1–2 ms of each filter).
    Enum members are bound by value: the values can go to the DB-API as they are
    (`Database.read_column`).
    """
    used = {
        name: value.value if isinstance(value, Enum) else value
        for name, value in values.items()
        if value is not None and value != ""
    }
    return frozenset(used), used


def prepared_ids(
    build: Callable[[str, str, bool, frozenset[str]], AnySelect],
    keys: Collection[str],
    dialect: str,
    sort: str,
    descending: bool,
    values: Mapping[str, Any],
) -> Prepared:
    """A list's id statement and its values: `build` is its cached statement builder.

    Raises ValueError for a sort key the list does not know (`keys`).
    """
    if sort not in keys:
        raise ValueError(sort)
    shape, params = bound(values)
    return build(dialect, sort, descending, shape), params


Reader = Session | Connection
"""What reads rows: a Session (a unit of work) or a Core connection (`Database.connection`)."""

AnySelect = Select[*tuple[Any, ...]]
"""A SELECT of any columns (the prepared statements' type)."""

Prepared = tuple[AnySelect, dict[str, Any]]
"""A prepared statement and the values to bind: run by `Database.read_rows` or
`read_column` (what the lists and their filters ask), or by `ids_of` in a unit of work."""


def ids_of(session: Session, statement: Any, params: Mapping[str, Any]) -> list[str]:
    """The first column of a prepared statement's rows (ids, in the statement's order)."""
    return list(session.scalars(statement, params))


def replace_links(
    session: Session,
    model: type[R],
    owner: InstrumentedAttribute[str],
    target: InstrumentedAttribute[str],
    owner_id: str,
    wanted: Iterable[str],
    check: Callable[[str], object] | None = None,
) -> None:
    """Make the owner's live links (rows of `model`) point exactly to `wanted`.

    Removed links are tombstoned; a target added back revives its tombstoned link
    (the (owner, target) pair is unique in the table, tombstones included). `check`
    is called on each target that gets a new link (to refuse a missing one).
    """
    missing = set(wanted)
    for link in session.scalars(select(model).where(owner == owner_id)):
        linked = getattr(link, target.key)
        if linked in missing:
            missing.discard(linked)
            if link.deleted_at is not None:
                restore(link)
        elif link.deleted_at is None:
            tombstone(link)
    for target_id in sorted(missing):
        if check is not None:
            check(target_id)
        session.add(model(**{owner.key: owner_id, target.key: target_id}))
