"""Helpers shared by the repositories: live rows, tombstones and their undo, French sort."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cnam_desktop.db.base import Record, utcnow
from cnam_desktop.db.engine import FRENCH_COLLATION
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
    """The column with the French collation where the database has it (SQLite)."""
    if session.get_bind().dialect.name == "sqlite":  # registered in db/engine.py
        return column.collate(FRENCH_COLLATION)
    return column


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
