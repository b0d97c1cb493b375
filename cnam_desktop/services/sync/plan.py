"""Steps 2 to 4 of a synchronisation: what the shared base wrote since the last one, what
this laptop changed, and for each record whether it goes up, comes down, is already
the same on both sides, or is a conflict for a person.

A record is a server change when the shared base holds a version other than the one
last exchanged (`synced_version`); a local change when its `version` differs from
`synced_version` (or it was never exchanged). Both: the same values (ignoring the
bookkeeping) are just marked synchronised, different values make a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, or_, select, text

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.services.sync.local_rows import LocalTable
from cnam_desktop.services.sync.rows import (
    Row,
    compared_columns,
    fetch_rows,
    is_deleted,
    load_snapshot,
    moved_columns,
    same_record,
)

MODIFICATION = "modification"
SUPPRESSION = "suppression"
REFUS = "refus"
BLOCKING = (MODIFICATION, SUPPRESSION)
"""Conflicts that keep their record out of the synchronisation until a person chooses
(a « refus » is tried again at each synchronisation: the person fixes it by editing)."""

Tick = Callable[[], None]
"""A progress step (`tick`) or a cancellation check (`check`, raises `SyncCancelled`)."""


@dataclass
class NewConflict:
    """A conflict found by this synchronisation (written to `sync_conflict` at the end)."""

    table: str
    record_id: str
    kind: str
    local: Row | None
    server: Row | None
    detail: str | None = None


def conflict_kind(local: Row | None, server: Row | None) -> str:
    """« suppression » when exactly one side is a tombstone, else « modification »."""
    return SUPPRESSION if is_deleted(local) != is_deleted(server) else MODIFICATION


@dataclass
class TablePlan:
    """What happens to one table's records (ids are the records' keys)."""

    table: Table
    inserts: list[Row] = field(default_factory=list)
    """Local rows the shared base has never had."""
    updates: list[Row] = field(default_factory=list)
    """Local rows changed since `synced_version`, which the base still holds."""
    pulls: dict[str, Row] = field(default_factory=dict)
    """Server rows to write here."""
    identical: dict[str, Row] = field(default_factory=dict)
    """Server rows equal to this laptop's changed ones: written here, nothing goes up."""
    expected: dict[str, int | None] = field(default_factory=dict)
    """Local version of each pulled or identical record when classified (None: absent):
    written only if still so (a person may edit during the synchronisation)."""
    conflicts: list[NewConflict] = field(default_factory=list)
    refresh: dict[str, Row] = field(default_factory=dict)
    """New server versions of records already in conflict (their snapshot is renewed)."""
    retried: set[str] = field(default_factory=set)
    """Records whose earlier « refus » is tried again: the refusal goes unless renewed."""


@dataclass
class Window:
    """The shared base's rows written since the last pull, read in one snapshot."""

    mark: int
    rows: dict[str, dict[str, Row]]


def read_server_window(
    server: Database, tables: Sequence[Table], pull_mark: int | None, tick: Tick, check: Tick
) -> Window:
    """Step 2: one REPEATABLE READ, read-only transaction on the shared base.

    `mark`: the snapshot's xmin; every transaction older than it has ended, so a row
    they wrote was read now or by an earlier synchronisation. The rows of younger
    transactions that the snapshot sees are read as well (no upper bound): a child
    written by an old transaction may point to a parent rewritten since, and the
    parent must come in the same pull. They are read again next time and skipped.
    """
    rows: dict[str, dict[str, Row]] = {}
    with server.connection() as conn:
        conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            mark = conn.execute(
                text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
            ).scalar_one()
            for tbl in tables:
                check()
                statement = select(*tbl.c)
                if pull_mark is not None:
                    statement = statement.where(tbl.c.server_txid >= pull_mark)
                rows[tbl.name] = fetch_rows(conn, statement)
                tick()
    return Window(int(mark), rows)


def pending_conflicts(
    local: Database, peer_id: str
) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(table, record id) → (kind, server snapshot) of the conflicts this laptop keeps."""
    tbl = m.Base.metadata.tables["sync_conflict"]
    columns = (tbl.c.table_name, tbl.c.record_id, tbl.c.kind, tbl.c.server_values)
    with local.connection() as conn:
        found = conn.execute(select(*columns).where(tbl.c.peer_id == peer_id))
        return {(name, rid): (kind, values) for name, rid, kind, values in found}


def plan_tables(
    local: Database,
    peer_id: str,
    tables: Sequence[Table],
    window: Mapping[str, Mapping[str, Row]],
    tick: Tick,
    check: Tick,
) -> list[TablePlan]:
    """Steps 3 and 4: this laptop's changes, then each table's plan."""
    pending = pending_conflicts(local, peer_id)
    plans = []
    with local.connection() as conn:  # one read transaction: a consistent picture
        for tbl in tables:
            check()
            changed = or_(tbl.c.synced_version.is_(None), tbl.c.version != tbl.c.synced_version)
            changes = fetch_rows(conn, select(*tbl.c).where(changed))
            kinds = {rid: kind for (name, rid), (kind, _v) in pending.items() if name == tbl.name}
            server_rows = dict(window.get(tbl.name, {}))
            for (name, rid), (kind, values) in pending.items():
                # A row received but refused here is tried again from its snapshot (the
                # window holds it only if the server wrote it again since).
                if name == tbl.name and kind == REFUS and rid not in server_rows:
                    snapshot = load_snapshot(tbl, values)
                    if snapshot is not None and rid not in changes:
                        server_rows[rid] = snapshot
            others = [i for i in server_rows if i not in changes]
            states = LocalTable(conn, tbl).versions(others)
            plans.append(classify(tbl, server_rows, changes, states, kinds))
            tick()
    return plans


def classify(
    tbl: Table,
    server_rows: Mapping[str, Row],
    changes: Mapping[str, Row],
    states: Mapping[str, tuple[int, int | None]],
    pending: Mapping[str, str],
) -> TablePlan:
    """One table's plan. `changes`: local rows changed since their last exchange;
    `states`: (version, synced_version) of the other local rows the server wrote;
    `pending`: record id → kind of the conflicts already listed."""
    plan = TablePlan(tbl)
    compared = compared_columns(tbl)
    for rid, mine in changes.items():
        theirs = server_rows.get(rid)
        kind = pending.get(rid)
        if kind in BLOCKING:
            if theirs is not None:
                plan.refresh[rid] = theirs
            continue
        if kind == REFUS:
            plan.retried.add(rid)
        synced = mine["synced_version"]
        if theirs is None or (synced is not None and theirs["version"] == synced):
            if synced is not None:
                plan.updates.append(mine)
            elif not is_deleted(mine):  # created and deleted here: nobody else needs it
                plan.inserts.append(mine)
        elif same_record(compared, mine, theirs):
            plan.identical[rid] = theirs
            plan.expected[rid] = mine["version"]
        else:
            kind = conflict_kind(mine, theirs)
            plan.conflicts.append(NewConflict(tbl.name, rid, kind, mine, theirs))
    for rid, theirs in server_rows.items():
        if rid in changes:
            continue
        kind = pending.get(rid)
        if kind in BLOCKING:
            plan.refresh[rid] = theirs
            continue
        if kind == REFUS:
            plan.retried.add(rid)
        state = states.get(rid)
        if state is not None and state[1] == theirs["version"]:
            continue  # what this laptop last exchanged (often its own push coming back)
        plan.pulls[rid] = theirs
        plan.expected[rid] = state[0] if state is not None else None
    return plan


def server_row_values(tbl: Table, row: Mapping[str, Any]) -> Row:
    """A local row as written to the shared base (the trigger stamps `server_txid`)."""
    return {name: row[name] for name in moved_columns(tbl)}
