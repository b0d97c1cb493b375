"""The conflicts a synchronisation left for a person: list them, resolve them field by
field, or give up this laptop's change.

A conflict keeps the server's version of the record (a JSON snapshot, renewed at each
synchronisation); this laptop's version is the record as it is now in the file.
Resolving writes the chosen record here in one transaction and drops the conflict:
all « theirs » takes the server's row as it is (nothing to send back); any « mine »
makes a new version on top of the server's (`server_version + 1`, synchronised at
`server_version`), which the next synchronisation sends, or finds in conflict again
if the server moved once more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.column_labels import label, table_label
from cnam_desktop.domain.merge import FieldDiff, Side, merged, three_way
from cnam_desktop.services.sync.errors import SyncError
from cnam_desktop.services.sync.labels import Labeler
from cnam_desktop.services.sync.plan import REFUS, SUPPRESSION
from cnam_desktop.services.sync.refusals import unique_columns
from cnam_desktop.services.sync.rows import (
    LOCAL_ONLY,
    Row,
    is_deleted,
    load_snapshot,
    moved_columns,
    read_by_ids,
    table,
    tables,
    user_columns,
)

CONFLICTS = m.Base.metadata.tables["sync_conflict"]
BASES = m.Base.metadata.tables["sync_base"]

__all__ = [
    "SyncConflictView",
    "discard_local",
    "list_conflicts",
    "pending_conflict_count",
    "resolve_conflict",
]


@dataclass(frozen=True)
class SyncConflictView:
    """One conflict as a person reads it."""

    id: str
    table_name: str
    table_label: str
    """« Site », « Séance », « Formateur »…"""
    record_id: str
    record_label: str
    kind: str
    """« modification », « suppression » or « refus »."""
    kind_text: str
    server_updated_by: str | None
    server_updated_at: datetime | None
    local_updated_at: datetime | None
    detected_at: datetime
    detail: str | None
    fields: list[FieldDiff] = field(default_factory=list)
    """The user fields whose two versions differ (base unknown: both count as changed)."""


def _kind_text(kind: str, mine: Row | None, theirs: Row | None, detail: str | None) -> str:
    if kind == REFUS:
        return detail or "Refusé par la base partagée."
    if kind == SUPPRESSION:
        if is_deleted(theirs):
            return "Supprimé sur la base partagée, modifié sur ce poste."
        return "Supprimé sur ce poste, modifié sur la base partagée."
    return "Modifié sur ce poste et sur la base partagée depuis la dernière synchronisation."


def _fields(tbl: Table) -> list[tuple[str, str]]:
    return [(name, label(tbl.name, name)) for name in user_columns(tbl)]


def _view(conn: Connection, labeler: Labeler, entry: Any) -> SyncConflictView:
    tbl = table(entry.table_name)
    mine = read_by_ids(conn, tbl, [entry.record_id]).get(entry.record_id)
    theirs = load_snapshot(tbl, entry.server_values)
    shown = mine or theirs or load_snapshot(tbl, entry.local_values) or {"id": entry.record_id}
    diffs: list[FieldDiff] = []
    if mine is not None and theirs is not None:
        base = _base(conn, tbl, entry.record_id, entry.base_version)
        diffs = three_way(_fields(tbl), base, mine, theirs, text=labeler.value_text(tbl.name))
    return SyncConflictView(
        id=entry.id,
        table_name=tbl.name,
        table_label=table_label(tbl.name).capitalize(),
        record_id=entry.record_id,
        record_label=labeler.label(tbl.name, shown),
        kind=entry.kind,
        kind_text=_kind_text(entry.kind, mine, theirs, entry.detail),
        server_updated_by=entry.server_updated_by,
        server_updated_at=entry.server_updated_at,
        local_updated_at=mine.get("updated_at") if mine else None,
        detected_at=entry.detected_at,
        detail=entry.detail,
        fields=diffs,
    )


def _base(conn: Connection, tbl: Table, record_id: str, version: int | None) -> Row | None:
    """The record as last exchanged (db/sync_base.py), when this laptop kept it at the
    version both sides started from; None: unknown (every differing field then counts
    as changed on both sides)."""
    if version is None:
        return None
    text = conn.execute(
        select(BASES.c["values"]).where(
            BASES.c.table_name == tbl.name,
            BASES.c.record_id == record_id,
            BASES.c.version == version,
        )
    ).scalar()
    return load_snapshot(tbl, text)


def list_conflicts(local: Database) -> list[SyncConflictView]:
    """Every conflict waiting in the laptop's base, oldest first."""
    with local.connection() as conn:
        entries = conn.execute(
            select(CONFLICTS).order_by(CONFLICTS.c.detected_at, CONFLICTS.c.table_name)
        ).all()
        labeler = Labeler(conn)
        return [_view(conn, labeler, entry) for entry in entries]


def pending_conflict_count(local: Database) -> int:
    with local.connection() as conn:
        return int(conn.execute(select(func.count()).select_from(CONFLICTS)).scalar() or 0)


def _entry(session: Session, conflict_id: str) -> Any:
    entry = session.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id)).first()
    if entry is None:
        raise SyncError("Ce conflit n'existe plus : il a déjà été résolu.")
    return entry


def _write(session: Session, tbl: Table, record_id: str, values: Mapping[str, Any]) -> None:
    """Write the record's row here (inserted if this laptop does not have it)."""
    exists = session.execute(select(tbl.c.id).where(tbl.c.id == record_id)).first()
    try:
        if exists is None:
            session.execute(insert(tbl).values({**values, "id": record_id}))
        else:
            changes = {k: v for k, v in values.items() if k != "id"}
            session.execute(update(tbl).where(tbl.c.id == record_id).values(changes))
    except IntegrityError as exc:
        columns = unique_columns(tbl, exc)
        what = ", ".join(f"« {label(tbl.name, c)} »" for c in columns) or "ses valeurs"
        raise SyncError(
            f"Cette version ne peut pas être enregistrée sur ce poste : {what} y est déjà "
            "utilisé par un autre enregistrement. Modifiez d'abord ce dernier."
        ) from exc


def _take_theirs(session: Session, tbl: Table, record_id: str, theirs: Row) -> None:
    values = {name: theirs.get(name) for name in moved_columns(tbl)}
    values[LOCAL_ONLY] = theirs["version"]
    _write(session, tbl, record_id, values)


def _forget(session: Session, tbl: Table, mine: Row, labeler: Labeler) -> None:
    """Remove a record that never left this laptop. No tombstone: tombstones tell other
    copies about a deletion, and no other copy has it. Refused while records of this
    laptop point to it."""
    uses = []
    for other in tables():
        for fk in other.foreign_keys:
            if fk.column.table is tbl:
                count = session.scalar(
                    select(func.count()).select_from(other).where(fk.parent == mine["id"])
                )
                if count:
                    uses.append(f"{count} × {table_label(other.name)}")
    if uses:
        raise SyncError(
            f"« {labeler.label(tbl.name, mine)} » ne peut pas être abandonné : des "
            f"enregistrements de ce poste s'y rattachent ({', '.join(uses)}). Modifiez-le "
            "plutôt (par exemple son code), puis synchronisez."
        )
    session.execute(tbl.delete().where(tbl.c.id == mine["id"]))


def resolve_conflict(local: Database, conflict_id: str, choices: Mapping[str, Side]) -> None:
    """Resolve a « modification » or « suppression » conflict with a choice (mine or
    theirs) for every field that differs; raises `SyncError` (French) for a missing
    choice, a « refus » (resolved by editing the record, or `discard_local`) or a
    conflict already resolved."""
    with local.uow() as session:
        entry = _entry(session, conflict_id)
        tbl = table(entry.table_name)
        if entry.kind == REFUS:
            raise SyncError(
                "La base partagée a refusé cet enregistrement : modifiez-le sur ce poste "
                "(par exemple son code) puis synchronisez, ou abandonnez la modification "
                "de ce poste."
            )
        theirs = load_snapshot(tbl, entry.server_values)
        mine = read_by_ids(session, tbl, [entry.record_id]).get(entry.record_id)
        if theirs is None or mine is None:
            raise SyncError("Ce conflit ne peut plus être résolu ainsi : synchronisez de nouveau.")
        diffs = three_way(_fields(tbl), None, mine, theirs)
        missing = [d.label for d in diffs if d.name not in choices]
        if missing:
            raise SyncError(f"Choisissez une version pour : {', '.join(missing)}.")
        chosen = {d.name: choices[d.name] for d in diffs}
        if all(side is Side.THEIRS for side in chosen.values()):
            _take_theirs(session, tbl, entry.record_id, theirs)
        else:
            values = merged(
                {n: mine[n] for n in user_columns(tbl)},
                {n: theirs.get(n) for n in user_columns(tbl)},
                chosen,
            )
            values.update(
                version=theirs["version"] + 1,
                synced_version=theirs["version"],
                updated_by=local.author,
                updated_at=utcnow(),
            )
            _write(session, tbl, entry.record_id, values)
        session.execute(CONFLICTS.delete().where(CONFLICTS.c.id == conflict_id))


def discard_local(local: Database, conflict_id: str) -> None:
    """Give up this laptop's side of a conflict: the record takes the shared base's
    version. A new record the shared base refused (« refus »), which never left this
    laptop, is removed instead, unless other records here point to it (`SyncError`)."""
    with local.uow() as session:
        entry = _entry(session, conflict_id)
        tbl = table(entry.table_name)
        theirs = load_snapshot(tbl, entry.server_values)
        mine = read_by_ids(session, tbl, [entry.record_id]).get(entry.record_id)
        if mine is None:
            raise SyncError(
                "Rien à abandonner sur ce poste : cet enregistrement vient de la base "
                "partagée. Modifiez ou abandonnez l'enregistrement de ce poste qui l'empêche "
                "d'être reçu (voir le détail du conflit)."
            )
        if entry.kind == REFUS and mine.get(LOCAL_ONLY) is None:
            _forget(session, tbl, mine, Labeler(session))
        elif theirs is not None:
            _take_theirs(session, tbl, entry.record_id, theirs)
        else:
            raise SyncError(
                "La version de la base partagée n'est pas connue : synchronisez de nouveau "
                "avant d'abandonner cette modification."
            )
        session.execute(CONFLICTS.delete().where(CONFLICTS.c.id == conflict_id))
