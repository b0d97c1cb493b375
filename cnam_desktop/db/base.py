"""Declarative base shared by every table: UUID text key, timestamps, tombstone."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp (SQLite has no time zones; every stored time is UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.Enum], **kw: Any) -> Any:
    """A portable enum column: VARCHAR holding the member's value, no native type."""
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kw,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Columns every table has, so that two bases can be merged by key and version."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False, index=True
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    """Bumped by every ORM update (SQLAlchemy's version counter): a save names the
    version it started from and is refused when the record moved on meanwhile."""
    updated_by: Mapped[str | None] = mapped_column(String(120), default=None)
    """Who wrote the current version (« marie (PC-12) »): set at each flush."""
    synced_version: Mapped[int | None] = mapped_column(Integer, default=None)
    """On a laptop: the version last exchanged with the shared base (None: never)."""
    server_txid: Mapped[int | None] = mapped_column(BigInteger, default=None)
    """On a shared base: the transaction that last wrote the row (a trigger sets it);
    a laptop pulls the rows written since its last synchronisation."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
