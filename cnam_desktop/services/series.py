"""Series of sessions: preview, create, edit / cancel / delete with a scope, undo.

Edits take a scope (`EditScope`): this session, this one and the following ones of
its series, or the whole series. For FOLLOWING and ALL, only the fields the user
changed on the edited session (compared with what it holds) are copied to the others,
so that a session moved to another room, or cancelled, keeps that individual change
unless the same field is edited again. A session outside any series is its own scope.

Decisions:
- A change of date moves the edited session only. With FOLLOWING or ALL it is refused
  (`ValidationError` on "day"): shifting many sessions would land some on holidays or
  closures the series had skipped; to change the weekday, delete « cette séance et les
  suivantes » and create a new series from that date.
- A series session stays in its series when edited alone (THIS), and stays in its
  offering: a change of offering is refused for a series session.
- Cancelling FOLLOWING / ALL leaves sessions already done (« Réalisée ») as they are.
- `update` and `cancel` return the previous values of every session they changed; giving
  them to `revert` undoes the action (and `revert` returns what to give it to redo).
  `delete` and `discard` return the tombstoned ids, which `restore` brings back.

Values are checked with `domain.sessions.validate_session` (the same rules as a single
session); the references (room, trainer, guest offerings) must be live rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import closures as closures_repo
from cnam_desktop.db.repositories import series as repo
from cnam_desktop.db.repositories import sessions as sessions_repo
from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_date
from cnam_desktop.domain.recurrence import (
    ClosurePeriod,
    EditScope,
    SeriesPlan,
    SeriesPreview,
    WeeklyRule,
    describe_rule,
    plan_series,
    validate_rule,
)
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.domain.validation import (
    ValidationError,
    Validator,
)

# Fields an edit copies to the other sessions of its scope (with the guests).
SHARED_FIELDS = (
    "start_time",
    "end_time",
    "modality",
    "room_id",
    "video_link",
    "trainer_id",
    "unit_code",
    "status",
)


class SeriesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- creating a series -------------------------------------------------------

    def preview(self, offering_id: str, rule: WeeklyRule, template: SessionData) -> SeriesPreview:
        """The days a series would take and those it would skip, with their reasons."""
        template = _validated_input(offering_id, rule, template)
        with self._db.reader() as s:
            plan, site_name = _plan(s, offering_id, rule)
        description = describe_rule(rule, template.start_time, template.end_time)
        return SeriesPreview(plan.days, plan.skipped, description, site_name)

    def create(self, offering_id: str, rule: WeeklyRule, template: SessionData) -> list[str]:
        """Create the sessions of a series in one transaction; return their ids in order.

        The template's day and series are ignored; its guests are copied to every session.
        """
        template = _validated_input(offering_id, rule, template)
        with self._db.uow() as s:
            plan, _site = _plan(s, offering_id, rule)
            repo.check_references(s, template)
            return repo.insert_sessions(s, template, plan.days, str(uuid.uuid4()))

    # --- scopes --------------------------------------------------------------------

    def sessions_of_scope(self, session_id: str, scope: EditScope) -> list[str]:
        """The ids a scope would touch, in time order (for « 27 séances seront modifiées »)."""
        with self._db.reader() as s:
            row = repo.get_session(s, session_id)
            return [r.id for r in repo.scope_sessions(s, row, scope)]

    def get(self, session_id: str) -> SessionData:
        with self._db.reader() as s:
            row = repo.get_session(s, session_id)
            return repo.to_data(row, repo.guests(s, [row.id])[row.id])

    # --- editing -------------------------------------------------------------------

    def update(
        self, session_id: str, data: SessionData, scope: EditScope
    ) -> dict[str, SessionData]:
        """Apply an edit of one session to the sessions of `scope` (see the module notes);
        return the previous values of the sessions changed."""
        data = validate_session(data)
        with self._db.uow() as s:
            row = repo.get_session(s, session_id)
            before = repo.to_data(row, repo.guests(s, [row.id])[row.id])
            _refuse_series_moves(before, data, scope)
            repo.check_references(s, data)
            targets = repo.scope_sessions(s, row, scope)
            changes = _changes(before, data)
            previous = _current(s, targets)
            wanted = {t.id: replace(previous[t.id], **changes) for t in targets}
            return _write(s, targets, previous, _validated(wanted, session_id))

    def cancel(self, session_id: str, scope: EditScope) -> dict[str, SessionData]:
        """Set the sessions of `scope` to cancelled; return the previous values of those
        changed. With FOLLOWING / ALL, sessions already done are left alone."""
        with self._db.uow() as s:
            row = repo.get_session(s, session_id)
            targets = [
                t
                for t in repo.scope_sessions(s, row, scope)
                if t.id == session_id or t.status is not SessionStatus.DONE
            ]
            previous = _current(s, targets)
            wanted = {
                sid: replace(data, status=SessionStatus.CANCELLED) for sid, data in previous.items()
            }
            return _write(s, targets, previous, wanted)

    def revert(self, values: Mapping[str, SessionData]) -> dict[str, SessionData]:
        """Write back values returned by `update`, `cancel` (or `revert`): the undo and the
        redo of an edit. Returns the values replaced. The values are written back as they
        were, without validation."""
        with self._db.uow() as s:
            targets = repo.by_ids(s, values)
            return _write(s, targets, _current(s, targets), dict(values))

    # --- deleting ------------------------------------------------------------------

    def delete(self, session_id: str, scope: EditScope) -> list[str]:
        """Tombstone the sessions of `scope`; return their ids (for `restore`)."""
        with self._db.uow() as s:
            row = repo.get_session(s, session_id)
            return repo.tombstone_sessions(s, repo.scope_sessions(s, row, scope))

    def discard(self, session_ids: Iterable[str]) -> list[str]:
        """Tombstone sessions by id (the undo of `create`); return those tombstoned (the
        ones already deleted are left as they are)."""
        with self._db.uow() as s:
            rows = repo.by_ids(s, session_ids, live=False)
            return repo.tombstone_sessions(s, [r for r in rows if r.deleted_at is None])

    def restore(self, session_ids: Iterable[str]) -> list[str]:
        """Undo `delete` / `discard`: the sessions come back with their guests."""
        with self._db.uow() as s:
            return repo.restore_sessions(s, session_ids)


def _validated_input(offering_id: str, rule: WeeklyRule, template: SessionData) -> SessionData:
    """The normalised template; one `ValidationError` with the faults of both the template
    and the rule, so that the dialog shows them all at once."""
    errors: dict[str, str] = {}
    try:
        validate_rule(rule)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        template = validate_session(replace(template, offering_id=offering_id))
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return template


def _plan(s: Session, offering_id: str, rule: WeeklyRule) -> tuple[SeriesPlan, str]:
    validate_rule(rule)
    _offering, site = repo.offering_and_site(s, offering_id)
    rows = closures_repo.for_site(s, site.id, site.department, rule.start_date, rule.end_date)
    closures = [ClosurePeriod(r.label, r.kind, r.start_date, r.end_date) for r in rows]
    return plan_series(rule, closures), site.name


def _refuse_series_moves(before: SessionData, data: SessionData, scope: EditScope) -> None:
    if before.series_id is None:
        return
    v = Validator()
    if data.day != before.day and scope is not EditScope.THIS:
        v.fail(
            "day",
            "Date : un changement de date ne s'applique qu'à « cette séance ». Pour changer le "
            "jour de la série, supprimez « cette séance et les suivantes » puis créez une "
            "nouvelle série.",
        )
    if data.offering_id != before.offering_id:
        v.fail(
            "offering_id",
            "Ouverture : une séance d'une série ne peut pas changer d'ouverture ; supprimez-la "
            "de la série puis créez-la dans l'autre ouverture.",
        )
    v.raise_if_any()


def _changes(before: SessionData, data: SessionData) -> dict[str, Any]:
    """The fields the user changed on the edited session, with their new values."""
    names = [*SHARED_FIELDS, "day", "offering_id", "guest_offering_ids"]
    return {f: getattr(data, f) for f in names if getattr(data, f) != getattr(before, f)}


def _current(s: Session, targets: list[m.Session]) -> dict[str, SessionData]:
    guests = repo.guests(s, [t.id for t in targets])
    return {t.id: repo.to_data(t, guests[t.id]) for t in targets}


def _validated(wanted: Mapping[str, SessionData], edited_id: str) -> dict[str, SessionData]:
    """The normalised result for every session; a `ValidationError` about another session
    than the edited one names its date."""
    result = {}
    for sid, data in wanted.items():
        try:
            result[sid] = validate_session(data)
        except ValidationError as exc:
            if sid == edited_id:
                raise
            where = f" (séance du {french_date(data.day)})"
            raise ValidationError(
                {f: msg.removesuffix(".") + where + "." for f, msg in exc.errors.items()}
            ) from exc
    return result


def _write(
    s: Session,
    targets: list[m.Session],
    previous: Mapping[str, SessionData],
    wanted: Mapping[str, SessionData],
) -> dict[str, SessionData]:
    """Write the wanted values of the sessions that change; return their previous values."""
    changed: dict[str, SessionData] = {}
    for row in targets:
        old, new = previous[row.id], wanted[row.id]
        if old == new:
            continue
        repo.apply_data(row, new)
        if new.guest_offering_ids != old.guest_offering_ids:
            sessions_repo.replace_guests(s, row.id, new.guest_offering_ids)
        changed[row.id] = old
    return changed
