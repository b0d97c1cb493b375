"""Create, edit, move, cancel and delete sessions: the one way every screen does it.

The sessions page, the calendar and the offerings call `SessionFlows`; it opens the
dialogs, asks the questions, checks the conflicts before saving, saves through the
services and pushes one undo command per action on the main window's stack.

- Before every save, `ConflictService.check_proposed` then `confirm_conflicts`: on
  « Revenir à la saisie » the dialog stays open with what was typed.
- A session of a series asks its scope (« cette séance / cette séance et les suivantes
  / toute la série ») before an edit, a cancellation or a delete. A change of date
  applies to that session only (the others keep their day, chosen to avoid closures),
  so the question then offers only « cette séance ». The conflicts are checked for
  every session the scope changes, with its own proposed values.
- `changed` is emitted after every action, undo and redo; `statusMessage` says what
  was done, in French.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus
from cnam_desktop.domain.formatting import plural
from cnam_desktop.domain.recurrence import EditScope, french_time
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages
from cnam_desktop.ui.conflict_prompt import confirm_conflicts
from cnam_desktop.ui.dialogs.form_dialog import KEEP_OPEN
from cnam_desktop.ui.dialogs.session_dialog import long_day
from cnam_desktop.ui.dialogs.session_fields import PlanningChoices, load_planning_choices
from cnam_desktop.ui.edit_conflicts import GuardedEdit, Outcome
from cnam_desktop.ui.read_only import MESSAGE as READ_ONLY_MESSAGE
from cnam_desktop.ui.read_only import editable
from cnam_desktop.ui.session_commands import SessionsCreated, SessionsDeleted, SessionsRewritten

DEFAULT_START = time(18, 0)
DEFAULT_LENGTH = timedelta(hours=3)
PREFILL_KEYS = frozenset({"offering_id", "day", "start", "end", "room_id", "trainer_id", "site_id"})
UNDO_HINT = "Édition → Annuler (Ctrl+Z) les rétablit."
Proposed = list[tuple[str | None, SessionData]]


def sessions_subject(count: int) -> str:
    """How the conflict question names what is saved: « cette séance », « ces 36 séances »."""
    return "cette séance" if count == 1 else f"ces {count} séances"


def done_text(count: int, participle: str) -> str:
    """« Séance modifiée. », « 12 séances modifiées. »"""
    if count == 1:
        return f"Séance {participle}."
    return f"{count} séances {participle}s."


def slot_text(data: SessionData) -> str:
    """« mardi 3 novembre 2026, de 18 h à 21 h »."""
    return f"{long_day(data.day)}, de {french_time(data.start_time)} à {french_time(data.end_time)}"


def later(start: time, length: timedelta) -> time:
    """`start` + `length`, kept within the day (23:55 at the latest)."""
    end = datetime.combine(date.min, start) + length
    return end.time() if end.date() == date.min else time(23, 55)


class SessionFlows(QObject):
    changed = Signal()
    """Data changed: refresh lists and calendars."""
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._parent = parent
        self.undo_stack = undo_stack
        self._database: Any = None

    def set_workspace(self, workspace: Any) -> None:
        """`workspace.database` is used; None: nothing is open (every action does nothing)."""
        self._database = workspace.database if workspace is not None else None
        if self._database is None:
            return
        from cnam_desktop.services.conflicts import ConflictService
        from cnam_desktop.services.series import SeriesService
        from cnam_desktop.services.sessions import SessionService

        self.sessions = SessionService(self._database)
        self.series = SeriesService(self._database)
        self.conflicts = ConflictService(self._database)

    def _writable(self) -> bool:
        """A database is open for writing; in read-only mode, say why nothing happens."""
        if self._database is None:
            return False
        if not editable(self._parent):
            self.statusMessage.emit(READ_ONLY_MESSAGE)
            return False
        return True

    # --- creating --------------------------------------------------------------------

    def new_session(self, **prefill: Any) -> list[str]:
        """Open the session dialog (prefill: offering_id, day, start, end, room_id,
        trainer_id, site_id); the id of the session created, or [] if cancelled."""
        unknown = set(prefill) - PREFILL_KEYS
        if unknown:
            raise TypeError(f"new_session: unknown prefill {sorted(unknown)}")
        if not self._writable():
            return []
        from cnam_desktop.ui.dialogs.session_dialog import SessionDialog

        choices = load_planning_choices(self._database)
        data = self._prefilled(choices, prefill)
        created: list[str] = []

        def submit(dialog: QWidget, proposed: SessionData) -> bool:
            if not self._confirm(dialog, [(None, proposed)], ()):
                return False
            created.append(self.sessions.create(proposed))
            return True

        SessionDialog.edit(self._parent, choices, data, new=True, submit=submit)
        if not created:
            return []
        self._push(SessionsCreated("Créer une séance", created, self.series, *self._hooks()))
        self._done("Séance créée.")
        return created

    def _prefilled(self, choices: PlanningChoices, prefill: dict[str, Any]) -> SessionData:
        offering_id = prefill.get("offering_id")
        room_id = prefill.get("room_id")
        if not offering_id:
            site_id = prefill.get("site_id")
            if site_id is None and room_id:
                site_id = next((s for r, _l, s in self.sessions.all_rooms() if r == room_id), None)
            offering_id = self._first_offering(choices, site_id)
        offering = choices.offering(offering_id)
        modality = offering.modality if offering is not None else Modality.IN_PERSON
        if room_id and modality is Modality.DISTANCE and offering is not None:
            modality = next(
                (m for m in (Modality.IN_PERSON, Modality.HYBRID) if m in offering.modalities),
                modality,
            )
        start = prefill.get("start") or DEFAULT_START
        return SessionData(
            offering_id=offering_id or "",
            day=prefill.get("day") or date.today(),
            start_time=start,
            end_time=prefill.get("end") or later(start, DEFAULT_LENGTH),
            modality=modality,
            room_id=room_id,
            trainer_id=prefill.get("trainer_id"),
        )

    @staticmethod
    def _first_offering(choices: PlanningChoices, site_id: str | None) -> str | None:
        """The site's first offering that is running or about to (else any not cancelled)."""
        if site_id is None:
            return None
        at_site = [
            o
            for o in choices.offerings
            if o.site_id == site_id and o.status is not OfferingStatus.CANCELLED
        ]
        active = (OfferingStatus.RUNNING, OfferingStatus.OPEN, OfferingStatus.PLANNED)
        first = next((o for o in at_site if o.status in active), at_site[0] if at_site else None)
        return first.id if first is not None else None

    def new_series(self, offering_id: str | None = None) -> list[str]:
        """Open the series dialog; the ids of the sessions created, or [] if cancelled."""
        if not self._writable():
            return []
        from cnam_desktop.ui.dialogs.series_dialog import SeriesDialog, SeriesRequest

        choices = load_planning_choices(self._database)
        created: list[str] = []
        skipped: list[int] = []

        def submit(dialog: QWidget, request: SeriesRequest) -> bool:
            preview = self.series.preview(request.offering_id, request.rule, request.template)
            proposed: Proposed = [(None, replace(request.template, day=d)) for d in preview.days]
            if not self._confirm(dialog, proposed, ()):
                return False
            created.extend(self.series.create(request.offering_id, request.rule, request.template))
            skipped.append(len(preview.skipped))
            return True

        SeriesDialog.plan(
            self._parent, choices, self.series.preview, offering_id=offering_id, submit=submit
        )
        if not created:
            return []
        count = len(created)
        text = f"Créer une série de {plural(count, 'séance')}"
        self._push(SessionsCreated(text, created, self.series, *self._hooks()))
        created_text = "séance créée" if count == 1 else "séances créées"
        excluded = plural(skipped[0], "jour exclu", "jours exclus")
        self._done(f"{count} {created_text} ({excluded}).")
        return created

    # --- editing ---------------------------------------------------------------------

    def edit_session(self, session_id: str) -> bool:
        """Open the session dialog on a session; True when something was saved."""
        if self._database is None:
            return False
        from cnam_desktop.ui.dialogs.session_dialog import SessionDialog

        try:
            guard = GuardedEdit(  # the version opened, then the data
                self._database,
                session_id,
                get=self.series.get,
                restore=lambda sid: self.series.restore([sid]),
                parent=self._parent,
            )
            before: SessionData = guard.base
            count = self._series_size(session_id, before)
            choices = load_planning_choices(self._database)
        except UserFacingError as exc:
            self._error("Modification impossible", exc.message)
            return False
        previous: dict[str, SessionData] = {}

        def write(dialog: QWidget, after: SessionData, base: SessionData) -> Any:
            changed = self._save_edit(dialog, session_id, base, after, count)
            return KEEP_OPEN if changed is None else changed

        def submit(dialog: QWidget, after: SessionData) -> bool:
            if after == before:
                return True
            outcome = guard.save(after, lambda value, base: write(dialog, value, base))
            if outcome.saved:
                previous.update(guard.result)
            return outcome.closes

        SessionDialog.edit(
            self._parent,
            choices,
            before,
            new=False,
            session_id=session_id,
            series_count=count,
            submit=submit,
        )
        status = guard.status_text()
        if status is not None:  # closed without saving: the lists show what the base holds
            self._done(status)
            return False
        if not previous:
            return False
        n = len(previous)
        text = "Modifier une séance" if n == 1 else f"Modifier {n} séances"
        hooks = self._hooks()
        if guard.outcome is Outcome.RECREATED:  # undone by deleting it again
            recreated = SessionsCreated("Recréer une séance", [session_id], self.series, *hooks)
            self._push(recreated)
            self._done("Séance recréée.")
            return True
        self._push(SessionsRewritten(text, previous, self.series, *hooks, guard=guard.track()))
        self._done(done_text(n, "modifiée"))
        return True

    def _save_edit(
        self, dialog: QWidget, session_id: str, before: SessionData, after: SessionData, count: int
    ) -> dict[str, SessionData] | None:
        """Ask the scope, check the conflicts, save; the previous values, or None to go
        back to the dialog."""
        if before.series_id is None:
            if not self._confirm(dialog, [(session_id, after)], ()):
                return None
            self.sessions.update(session_id, after)
            return {session_id: before}
        intro = f"Cette séance fait partie d'une série de {plural(count, 'séance')}."
        if after.day != before.day:
            text = (
                f"{intro}\nSa date change : un changement de date ne s'applique qu'à cette "
                "séance. Les autres gardent leur jour, choisi pour éviter les jours fériés et "
                "les fermetures."
            )
            scope = self._ask_scope(
                dialog, "Modifier une séance de série", text, session_id, count, only_this=True
            )
        else:
            text = f"{intro}\nÀ quelles séances appliquer les modifications ?"
            scope = self._ask_scope(dialog, "Modifier une séance de série", text, session_id, count)
        if scope is None:
            return None
        targets = self.series.sessions_of_scope(session_id, scope)
        proposed = self._proposed(session_id, before, after, targets)
        if not self._confirm(dialog, proposed, targets):
            return None
        return self.series.update(session_id, after, scope)

    def _proposed(
        self, session_id: str, before: SessionData, after: SessionData, targets: Sequence[str]
    ) -> Proposed:
        """What each session of the scope would hold: the edited one as typed, the others
        with the fields the user changed (as `SeriesService.update` copies them)."""
        from cnam_desktop.services.series import SHARED_FIELDS

        names = (*SHARED_FIELDS, "guest_offering_ids")
        changes = {f: getattr(after, f) for f in names if getattr(after, f) != getattr(before, f)}
        proposed: Proposed = []
        for target in targets:
            if target == session_id:
                proposed.append((target, after))
            else:
                current = self.series.get(target)
                proposed.append((target, replace(current, **changes).normalised()))
        return proposed

    def move_session(self, session_id: str, day: date, start: time) -> bool:
        """Move a session to `day` at `start`, keeping its duration (only this session of
        a series); the conflicts are asked about first. True when moved."""
        if not self._writable():
            return False
        try:
            before = self.series.get(session_id)
            length = datetime.combine(day, before.end_time) - datetime.combine(
                day, before.start_time
            )
            end = datetime.combine(day, start) + length
            if end.date() != day:
                self._error("Déplacement impossible", "La séance finirait après minuit.")
                return False
            after = replace(before, day=day, start_time=start, end_time=end.time())
            if after == before:
                return False
            if not self._confirm(self._parent, [(session_id, after)], ()):
                return False
            if before.series_id is None:
                self.sessions.update(session_id, after)
                previous = {session_id: before}
            else:
                previous = self.series.update(session_id, after, EditScope.THIS)
        except UserFacingError as exc:
            self._error("Déplacement impossible", exc.message)
            return False
        self._push(SessionsRewritten("Déplacer une séance", previous, self.series, *self._hooks()))
        self._done(f"Séance déplacée au {slot_text(after)}.")
        return True

    def cancel_session(self, session_id: str) -> bool:
        """Set a session (or the scope chosen, for a series) to « Annulée »."""
        if not self._writable():
            return False
        try:
            data = self.series.get(session_id)
            if data.status is SessionStatus.CANCELLED:
                self.statusMessage.emit("Cette séance est déjà annulée.")
                return False
            scope: EditScope | None = EditScope.THIS
            if data.series_id is not None:
                count = self._series_size(session_id, data)
                text = (
                    f"La séance du {slot_text(data)} fait partie d'une série de "
                    f"{plural(count, 'séance')}. Lesquelles annuler ? Les séances déjà "
                    "réalisées restent telles quelles."
                )
                scope = self._ask_scope(
                    self._parent,
                    "Annuler une séance de série",
                    text,
                    session_id,
                    count,
                    cancel_label="Ne rien annuler",
                )
            if scope is None:
                return False
            previous = self.series.cancel(session_id, scope)
        except UserFacingError as exc:
            self._error("Annulation impossible", exc.message)
            return False
        if not previous:
            return False
        n = len(previous)
        text = "Annulation d'une séance" if n == 1 else f"Annulation de {n} séances"
        self._push(SessionsRewritten(text, previous, self.series, *self._hooks()))
        self._done(done_text(n, "annulée"))
        return True

    # --- deleting --------------------------------------------------------------------

    def delete_sessions(self, session_ids: list[str]) -> bool:
        """Delete after a confirmation (the scope, for one session of a series)."""
        ids = list(dict.fromkeys(session_ids))
        if not ids or not self._writable():
            return False
        try:
            deleted = self._delete(ids)
        except UserFacingError as exc:
            self._error("Suppression impossible", exc.message)
            return False
        if not deleted:
            return False
        n = len(deleted)
        text = "Supprimer une séance" if n == 1 else f"Supprimer {n} séances"
        self._push(SessionsDeleted(text, deleted, self.series, *self._hooks()))
        self._done(done_text(n, "supprimée"))
        return True

    def _delete(self, ids: list[str]) -> list[str]:
        """Ask, then tombstone; the ids deleted ([] when the user said no)."""
        if len(ids) > 1:
            question = f"Supprimer {len(ids)} séances ?\n\n{UNDO_HINT}"
            if not messages.confirm(self._parent, "Supprimer", question, accept_label="Supprimer"):
                return []
            return self.series.discard(ids)
        data = self.series.get(ids[0])
        if data.series_id is None:
            question = f"Supprimer la séance du {slot_text(data)} ?\n\n{UNDO_HINT}"
            if not messages.confirm(self._parent, "Supprimer", question, accept_label="Supprimer"):
                return []
            return self.series.discard(ids)
        count = self._series_size(ids[0], data)
        text = (
            f"La séance du {slot_text(data)} fait partie d'une série de "
            f"{plural(count, 'séance')}. Lesquelles supprimer ?\n\n{UNDO_HINT}"
        )
        scope = self._ask_scope(self._parent, "Supprimer une séance de série", text, ids[0], count)
        if scope is None:
            return []
        return self.series.delete(ids[0], scope)

    # --- shared steps ----------------------------------------------------------------

    def _series_size(self, session_id: str, data: SessionData) -> int:
        if data.series_id is None:
            return 0
        return len(self.series.sessions_of_scope(session_id, EditScope.ALL))

    def _ask_scope(
        self,
        parent: QWidget,
        title: str,
        text: str,
        session_id: str,
        count: int,
        *,
        only_this: bool = False,
        cancel_label: str = "Annuler",
    ) -> EditScope | None:
        """Ask which sessions of the series; the buttons say how many each one takes."""
        options = [(EditScope.THIS, "Cette séance")]
        if not only_this:
            following = len(self.series.sessions_of_scope(session_id, EditScope.FOLLOWING))
            options += [
                (
                    EditScope.FOLLOWING,
                    f"Cette séance et les suivantes ({plural(following, 'séance')})",
                ),
                (EditScope.ALL, f"Toute la série ({plural(count, 'séance')})"),
            ]
        index = messages.choose(
            parent, title, text, [label for _s, label in options], cancel_label=cancel_label
        )
        return options[index][0] if index is not None and 0 <= index < len(options) else None

    def _confirm(self, parent: QWidget, proposed: Proposed, replacing: Sequence[str]) -> bool:
        """Check the conflicts the proposed sessions would create; True to save."""
        conflicts = self.conflicts.check_proposed(proposed, replacing)
        return confirm_conflicts(parent, conflicts, sessions_subject(len(proposed)))

    def _hooks(self) -> tuple[Any, Any]:
        return (lambda message: self._error("Action impossible", message)), self.changed.emit

    def _push(self, command: Any) -> None:
        self.undo_stack.push(command)

    def _done(self, status: str) -> None:
        self.changed.emit()
        self.statusMessage.emit(status)

    def _error(self, title: str, message: str) -> None:
        messages.error(self._parent, title, message)
