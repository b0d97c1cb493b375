"""Integrity checks and figures about a database, file or server (for `check` and `info`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database


@dataclass
class TableCount:
    table: str
    live: int
    deleted: int


@dataclass
class DatabaseReport:
    path: str
    size_bytes: int
    revision: str | None
    integrity: list[str]
    foreign_key_problems: list[str]
    counts: list[TableCount] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems


def check_database(db: Database) -> DatabaseReport:
    """Full integrity check, foreign-key check and live/deleted counts per table."""
    with db.reader() as s:
        if db.is_server:  # the server checks its pages and enforces every foreign key
            integrity, fk = ["ok"], []
            size = s.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        else:
            integrity = [r[0] for r in s.execute(text("PRAGMA integrity_check"))]
            fk_rows = s.execute(text("PRAGMA foreign_key_check")).all()
            fk = [f"{r[0]} rowid {r[1]} → {r[2]}" for r in fk_rows]
            size = db.path.stat().st_size if db.path is not None and db.path.exists() else 0
        revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        counts = []
        for table in sorted(m.network_tables(), key=lambda t: t.name):
            total, deleted = s.execute(
                select(func.count(), func.count(table.c.deleted_at)).select_from(table)
            ).one()
            counts.append(TableCount(table.name, total - deleted, deleted))
    return DatabaseReport(
        path=db.location,
        size_bytes=int(size),
        revision=revision,
        integrity=integrity,
        foreign_key_problems=fk,
        counts=counts,
    )
