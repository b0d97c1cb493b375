"""Step 5 of a synchronisation: this laptop's changes written to the shared base, in
one transaction, tables parents first.

New records are inserted with their version; changed ones are updated only where the
base still holds the version last exchanged (`version = synced_version`): when it
moved on since the read, the record becomes a conflict, never overwritten. A row the
base refuses (a code already used by another record) becomes a « refus » without
losing the rest: each table goes in one `executemany`, and only when that fails is
it redone row by row, each in a SAVEPOINT.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.column_labels import table_label
from cnam_desktop.services.sync import server_rows
from cnam_desktop.services.sync.plan import (
    REFUS,
    NewConflict,
    TablePlan,
    conflict_kind,
    server_row_values,
)
from cnam_desktop.services.sync.refusals import Describe, server_refusal
from cnam_desktop.services.sync.rows import Row, chunks, compared_columns, read_by_ids, same_record

Check = Callable[[], None]


@dataclass
class PushOutcome:
    pushed: dict[str, dict[str, int]] = field(default_factory=dict)
    """Table → record id → the version now on the shared base."""
    conflicts: list[NewConflict] = field(default_factory=list)
    identical: dict[str, dict[str, Row]] = field(default_factory=dict)
    """Records the base moved to the very values pushed (by someone else meanwhile)."""
    committed: bool = False


def push(
    server: Database,
    plans: Sequence[TablePlan],
    *,
    check: Check,
    tick: Callable[[], None],
    describe: Describe,
) -> PushOutcome:
    """Write the plans' inserts and updates; `check` (cancellation) runs between tables
    and before the commit, `tick` after each table."""
    outcome = PushOutcome()
    if not any(plan.inserts or plan.updates for plan in plans):
        for _plan in plans:
            tick()
        return outcome
    with server.uow() as session:
        for plan in plans:
            check()
            if plan.inserts or plan.updates:
                pusher = _TablePush(session, plan, outcome, describe)
                pusher.insert(plan.inserts)
                pusher.update(plan.updates)
            tick()
        check()  # the last moment when cancelling leaves the shared base as it was
    outcome.committed = True
    return outcome


class _TablePush:
    def __init__(
        self, session: Session, plan: TablePlan, outcome: PushOutcome, describe: Describe
    ) -> None:
        self.session = session
        self.table = plan.table
        self.outcome = outcome
        self.describe = describe
        self.pushed = outcome.pushed.setdefault(self.table.name, {})
        self.copies = session.get_bind().dialect.name == "postgresql"
        """Bulk writes by COPY (server_rows.py); else, or when the base refuses a row,
        one executemany, then row by row."""

    # -- inserts ---------------------------------------------------------------------------

    def insert(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        if self.copies and server_rows.copy_insert(self.session, self.table, rows):
            self._done(rows)
            return
        statement = insert(self.table)
        values = [server_row_values(self.table, row) for row in rows]
        if self._batch(statement, values) is not None:
            self._done(rows)
            return
        self._one_by_one(statement, rows, values)

    # -- updates ---------------------------------------------------------------------------

    def update(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        if self.copies:
            written = server_rows.update_from_copy(self.session, self.table, rows)
            if written is not None:
                self._moved([row for row in rows if row["id"] not in written])
                self._done([row for row in rows if row["id"] in written])
                return
        tbl = self.table
        statement = update(tbl).where(
            tbl.c.id == bindparam("b_id"), tbl.c.version == bindparam("b_base")
        )
        values = [self._update_values(row) for row in rows]
        if self._batch(statement, values) == len(rows):
            self._done(rows)
            return
        # Some rows moved on since the read (or were refused): lock them, set aside those
        # whose version is no longer ours, and write the others again.
        current = self._versions_for_update([row["id"] for row in rows])
        still: list[Row] = []
        moved: list[Row] = []
        for row in rows:
            (still if current.get(row["id"]) == row["synced_version"] else moved).append(row)
        self._moved(moved)
        values = [self._update_values(row) for row in still]
        if not still or self._batch(statement, values) == len(still):
            self._done(still)
            return
        self._one_by_one(statement, still, values)

    def _one_by_one(
        self, statement: Any, rows: Sequence[Row], values: Sequence[dict[str, Any]]
    ) -> None:
        """Each row in a savepoint of its own: a refused one is set aside, the others land."""
        for row, value in zip(rows, values, strict=True):
            try:
                with self.session.begin_nested():
                    self.session.execute(statement, value)
            except IntegrityError as exc:
                self._refused(row, exc)
            else:
                self._done([row])

    def _update_values(self, row: Row) -> dict[str, Any]:
        values = server_row_values(self.table, row)
        values["b_id"] = values.pop("id")
        values["b_base"] = row["synced_version"]
        return values

    def _versions_for_update(self, ids: list[str]) -> dict[str, int]:
        tbl = self.table
        found: dict[str, int] = {}
        for chunk in chunks(ids):
            query = select(tbl.c.id, tbl.c.version).where(tbl.c.id.in_(chunk)).with_for_update()
            found.update({rid: version for rid, version in self.session.execute(query)})
        return found

    # -- outcomes --------------------------------------------------------------------------

    def _batch(self, statement: Any, values: list[dict[str, Any]]) -> int | None:
        """Run one executemany in a SAVEPOINT; its row count, or None (rolled back) when
        the base refused a row or fewer rows than given were written."""
        savepoint = self.session.begin_nested()
        try:
            result = self.session.execute(statement, values)
        except IntegrityError:
            savepoint.rollback()
            return None
        count = result.rowcount if result.rowcount >= 0 else len(values)  # type: ignore[attr-defined]
        if count != len(values) and statement.is_update:
            savepoint.rollback()
            return None
        savepoint.commit()
        return count

    def _done(self, rows: Sequence[Row]) -> None:
        for row in rows:
            self.pushed[row["id"]] = row["version"]

    def _moved(self, rows: Sequence[Row]) -> None:
        """Records the base changed since the read: a conflict, or nothing to do when it
        now holds the very same values."""
        if not rows:
            return
        theirs = read_by_ids(self.session, self.table, [row["id"] for row in rows])
        compared = compared_columns(self.table)
        identical = self.outcome.identical.setdefault(self.table.name, {})
        for mine in rows:
            server_row = theirs.get(mine["id"])
            if server_row is None:
                detail = (
                    f"{table_label(self.table.name).capitalize()} « "
                    f"{self.describe.label(self.table.name, mine)} » : cet enregistrement n'existe "
                    "pas sur la base partagée, alors qu'il a déjà été synchronisé (autre base ?)."
                )
                self.outcome.conflicts.append(
                    NewConflict(self.table.name, mine["id"], REFUS, mine, None, detail)
                )
            elif same_record(compared, mine, server_row):
                identical[mine["id"]] = server_row
            else:
                kind = conflict_kind(mine, server_row)
                self.outcome.conflicts.append(
                    NewConflict(self.table.name, mine["id"], kind, mine, server_row)
                )

    def _refused(self, row: Row, exc: IntegrityError) -> None:
        theirs = read_by_ids(self.session, self.table, [row["id"]]).get(row["id"])
        detail = server_refusal(self.table, row, exc, self.describe)
        self.outcome.conflicts.append(
            NewConflict(self.table.name, row["id"], REFUS, row, theirs, detail[:500])
        )
