"""Step 6 of a synchronisation: one SQLite transaction on this laptop.

Writes the rows received (with the shared base's values and version, marked
synchronised at that version) where the local record has not changed since it was
classified, marks the pushed rows synchronised, records the conflicts, and moves the
peer's pull mark. Interrupted here, nothing of it stays; the next synchronisation finds
the pushed rows on the shared base, equal to the local ones, and marks them then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.base import new_id, utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.services.sync.labels import Labeler
from cnam_desktop.services.sync.local_rows import LocalTable
from cnam_desktop.services.sync.plan import REFUS, NewConflict, TablePlan, conflict_kind
from cnam_desktop.services.sync.push import PushOutcome
from cnam_desktop.services.sync.refusals import local_refusal, unique_columns
from cnam_desktop.services.sync.report import SyncReport
from cnam_desktop.services.sync.rows import (
    LOCAL_ONLY,
    Row,
    moved_columns,
    read_by_ids,
    snapshot,
    table,
)

PEERS = m.Base.metadata.tables["sync_peer"]
CONFLICTS = m.Base.metadata.tables["sync_conflict"]


def apply_local(
    local: Database,
    peer_id: str,
    server_name: str,
    mark: int,
    plans: Sequence[TablePlan],
    outcome: PushOutcome,
    *,
    check: Callable[[], None],
    tick: Callable[[], None],
) -> SyncReport:
    now = utcnow()
    with local.uow() as session:
        # A write first: SQLite's write lock is held from here, so no record changes
        # between the check of its version below and the write.
        session.execute(update(PEERS).where(PEERS.c.id == peer_id).values(last_sync_at=now))
        conflicts = [c for plan in plans for c in plan.conflicts] + outcome.conflicts
        pulled: dict[str, int] = {}
        identical = 0
        settled: list[tuple[str, str]] = []
        for plan in plans:
            name = plan.table.name
            more = outcome.identical.get(name, {})
            expected = dict(plan.expected)
            if more:  # pushed updates the base already held: expected at the version sent
                sent = {row["id"]: row["version"] for row in plan.updates}
                expected.update({rid: sent.get(rid) for rid in more})
            received = _receive(session, plan.table, plan.pulls, expected, conflicts)
            same = _receive(session, plan.table, {**plan.identical, **more}, expected, conflicts)
            pushed = outcome.pushed.get(name, {})
            # Synchronised at the version sent; a record edited here meanwhile has a later
            # version made from it: marked too, its edit goes up next time.
            LocalTable(session.connection(), plan.table).mark_synced(pushed)
            pulled[name] = len(received)
            identical += len(same)
            settled.extend((name, rid) for rid in plan.retried)
            tick()
        new_count = _write_conflicts(session, peer_id, conflicts, plans, settled, now)
        pending = session.scalar(
            select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.peer_id == peer_id)
        )
        report = SyncReport(
            server=server_name,
            finished_at=now,
            pushed={name: len(ids) for name, ids in outcome.pushed.items()},
            pulled=pulled,
            identical=identical,
            new_conflicts=new_count,
            pending_conflicts=int(pending or 0),
        )
        record_peer(session, peer_id, mark, report)
        check()  # cancelling still possible when nothing was committed on the server
    return report


def _local_values(tbl: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A server row as inserted here: its moved columns, synchronised at its version."""
    values = {name: row[name] for name in moved_columns(tbl)}
    values[LOCAL_ONLY] = row["version"]
    return values


def _receive(
    session: Session,
    tbl: Table,
    rows: Mapping[str, Row],
    expected: Mapping[str, int | None],
    conflicts: list[NewConflict],
) -> list[str]:
    """Write the server `rows` where the local record is still as classified (absent, or
    at the expected version); the others changed meanwhile: conflicts. The ids written."""
    if not rows:
        return []
    local = LocalTable(session.connection(), tbl)
    stored = local.read(rows)
    inserts: list[tuple[Row, Any]] = []
    updates: list[tuple[Row, Any]] = []
    late: list[str] = []
    for rid, theirs in rows.items():
        current = stored.get(rid)
        if (local.version_of(current) if current is not None else None) != expected.get(rid):
            late.append(rid)
        elif current is None:
            inserts.append((theirs, _local_values(tbl, theirs)))
        else:
            updates.append((theirs, (local.encode(theirs, theirs["version"]), current)))
    statement = insert(tbl)
    written = _guarded(session, tbl, inserts, lambda b: session.execute(statement, b), conflicts)
    written += _guarded(session, tbl, updates, local.update_changed, conflicts)
    if late:
        mine = read_by_ids(session, tbl, late)
        for rid in late:
            kind = conflict_kind(mine.get(rid), rows[rid])
            conflicts.append(NewConflict(tbl.name, rid, kind, mine.get(rid), rows[rid]))
    return written


def _guarded(
    session: Session,
    tbl: Table,
    items: Sequence[tuple[Row, Any]],
    write: Callable[[list[Any]], Any],
    conflicts: list[NewConflict],
) -> list[str]:
    """`write` the prepared values of (server row, value) items in one go; when this base
    refuses one (a code its own new record already uses, or a parent it could not
    take), row by row in SAVEPOINTs, the refused ones becoming « refus » conflicts.
    The ids written."""
    if not items:
        return []
    savepoint = session.begin_nested()
    try:
        write([value for _row, value in items])
    except IntegrityError:
        savepoint.rollback()
    else:
        savepoint.commit()
        return [row["id"] for row, _value in items]
    written = []
    labels = Labeler(session)
    for row, value in items:
        try:
            with session.begin_nested():
                write([value])
        except IntegrityError as exc:
            mine = read_by_ids(session, tbl, [row["id"]]).get(row["id"])
            detail = local_refusal(tbl, row, exc, labels, _holder(session, tbl, row, exc))
            conflicts.append(NewConflict(tbl.name, row["id"], REFUS, mine, row, detail[:500]))
        else:
            written.append(row["id"])
    return written


def _holder(session: Session, tbl: Table, row: Row, exc: IntegrityError) -> Row | None:
    """The local record already using the unique values of the `row` refused."""
    columns = unique_columns(tbl, exc)
    if not columns:
        return None
    query = select(*tbl.c).where(*(tbl.c[c] == row.get(c) for c in columns), tbl.c.id != row["id"])
    found = session.execute(query).mappings().first()
    return dict(found) if found is not None else None


def _write_conflicts(
    session: Session,
    peer_id: str,
    conflicts: Sequence[NewConflict],
    plans: Sequence[TablePlan],
    settled: Sequence[tuple[str, str]],
    now: datetime,
) -> int:
    """Record the new conflicts (a record listed already keeps its entry, renewed),
    renew the server snapshot of the pending ones, drop the refusals that went through;
    the number of new entries."""
    existing = {
        (name, rid): (cid, kind)
        for cid, name, rid, kind in session.execute(
            select(
                CONFLICTS.c.id, CONFLICTS.c.table_name, CONFLICTS.c.record_id, CONFLICTS.c.kind
            ).where(CONFLICTS.c.peer_id == peer_id)
        )
    }
    found = {(c.table, c.record_id) for c in conflicts}
    gone = [existing[key][0] for key in settled if key in existing and key not in found]
    for chunk_start in range(0, len(gone), 500):
        chunk = gone[chunk_start : chunk_start + 500]
        session.execute(CONFLICTS.delete().where(CONFLICTS.c.id.in_(chunk)))
    new_count = 0
    for conflict in conflicts:
        values = _conflict_values(conflict)
        key = (conflict.table, conflict.record_id)
        if key in existing:
            cid, kind = existing[key]
            if kind != conflict.kind:
                values["detected_at"] = now
            session.execute(update(CONFLICTS).where(CONFLICTS.c.id == cid).values(values))
        else:
            values.update(
                id=new_id(),
                peer_id=peer_id,
                table_name=conflict.table,
                record_id=conflict.record_id,
                detected_at=now,
            )
            session.execute(insert(CONFLICTS).values(values))
            new_count += 1
    for plan in plans:
        for rid, theirs in plan.refresh.items():
            key = (plan.table.name, rid)
            if key in existing:
                session.execute(
                    update(CONFLICTS)
                    .where(CONFLICTS.c.id == existing[key][0])
                    .values(_server_side(plan.table, theirs))
                )
    return new_count


def _server_side(tbl: Table, theirs: Row | None) -> dict[str, Any]:
    if theirs is None:
        return {"server_values": None, "server_version": None}
    return {
        "server_values": snapshot(tbl, theirs),
        "server_version": theirs["version"],
        "server_updated_by": theirs.get("updated_by"),
        "server_updated_at": theirs.get("updated_at"),
    }


def _conflict_values(conflict: NewConflict) -> dict[str, Any]:
    tbl = table(conflict.table)
    mine = conflict.local
    values: dict[str, Any] = {
        "kind": conflict.kind,
        "base_version": mine.get(LOCAL_ONLY) if mine else None,
        "local_version": mine.get("version") if mine else None,
        "local_values": snapshot(tbl, mine) if mine else None,
        "server_updated_by": None,
        "server_updated_at": None,
        "detail": conflict.detail,
    }
    values.update(_server_side(tbl, conflict.server))
    if conflict.kind != REFUS:
        values["detail"] = None
    return values


def record_peer(session: Session, peer_id: str, mark: int, report: SyncReport) -> None:
    """Move the peer's pull mark: the next synchronisation reads from there."""
    session.execute(
        update(PEERS)
        .where(PEERS.c.id == peer_id)
        .values(pull_mark=mark, last_sync_at=report.finished_at, last_report=report.to_json())
    )
