"""Helpers shared by the repositories: live rows only, tombstones instead of deletes."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cnam_desktop.db.base import Record, utcnow
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
