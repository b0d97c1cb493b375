"""Saving an edit over someone else's change: say so and ask, never overwrite silently.

Every edit dialog path makes a `GuardedEdit` when it opens a record: it stamps the
record's version (`services.record_versions`), then saves through `save(mine, write)`,
which runs `write` expecting that version. When someone else changed the record
meanwhile (`EditConflict`), the record is read again and `MergeDialog` shows the fields
where the two versions differ (base: the data the dialog opened with):

- « Garder ma version » / « Fusionner »: saved again, expecting the version just read
  (a third person may have changed it again: asked again);
- « Prendre sa version »: nothing saved, the dialog closes (`Outcome.TAKEN`);
- « Annuler »: back to the form, with what was typed (`Outcome.BACK`).

A record deleted meanwhile: the message names who deleted it and offers to recreate it
with the values typed (restore, then save) or to give up. On a laptop's own file nobody
else writes, so none of this shows; the guard is there all the same.

`VersionTrack` keeps the version an undoable edit wrote: its undo (and redo) is refused,
naming who, when the record moved on since (`ui/undo.py EditCommand`).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.catalogue import CourseEquipmentData
from cnam_desktop.domain.column_labels import agreement, label, this_record
from cnam_desktop.domain.enums import LabelledEnum
from cnam_desktop.domain.merge import FieldDiff, Side, merged, plain_text, three_way
from cnam_desktop.errors import (
    EditConflict,
    NotFoundError,
    UserFacingError,
    changed_by_text,
)
from cnam_desktop.services import record_versions as versions
from cnam_desktop.services.record_versions import RecordStamp
from cnam_desktop.ui import messages
from cnam_desktop.ui.dialogs.form_dialog import KEEP_OPEN

Write = Callable[[Any, Any], Any]
"""(value to save, what the record held before it) → anything; `KEEP_OPEN` when the
person went back to the form instead (a question the write asked)."""


class Outcome(enum.Enum):
    SAVED = "saved"
    """Saved (mine, or a merge)."""
    RECREATED = "recreated"
    """Deleted meanwhile, restored and saved with the values typed."""
    BACK = "back"
    """Nothing saved: back to the form, with what was typed."""
    TAKEN = "taken"
    """Nothing saved: the other person's version is kept."""
    SAME = "same"
    """Nothing saved: the record already holds what was typed."""
    GIVEN_UP = "given_up"
    """Nothing saved: the record was deleted meanwhile and is left deleted."""

    @property
    def closes(self) -> bool:
        """The dialog closes (everything but BACK)."""
        return self is not Outcome.BACK

    @property
    def saved(self) -> bool:
        return self in (Outcome.SAVED, Outcome.RECREATED)


def data_fields(value: Any) -> dict[str, Any]:
    """A data dataclass as field → value (the fields that take part in its equality)."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if f.compare}


def with_fields(value: Any, fields: Mapping[str, Any]) -> Any:
    """`value` with the fields given (a dataclass)."""
    names = {f.name for f in dataclasses.fields(value)}
    return dataclasses.replace(value, **{k: v for k, v in fields.items() if k in names})


def database_of(service: Any) -> Database | None:
    """The database a service works on (the services keep it as `_db`), None without one."""
    database = getattr(service, "_db", None)
    return database if isinstance(database, Database) else None


@dataclasses.dataclass(frozen=True)
class _Retry:
    stamp: RecordStamp
    base: Any
    value: Any
    restore: bool = False


class GuardedEdit:
    """One record opened in an edit dialog: the version it opened and its guarded save.

    Made when the dialog opens: it stamps the record's version, then reads its data with
    `get(id)` (`base`: what the dialog shows), in that order so that the data is never
    older than the version expected. `restore(id)` undoes a deletion; `fields` /
    `rebuild` turn the data into field → value and back (a dataclass by default; a
    course with its equipment rows gives its own). Without a database the save is plain
    (`write` alone).
    """

    def __init__(
        self,
        database: Database | None,
        record_id: str,
        *,
        get: Callable[[str], Any],
        restore: Callable[[str], Any] | None = None,
        fields: Callable[[Any], dict[str, Any]] = data_fields,
        rebuild: Callable[[Any, Mapping[str, Any]], Any] = with_fields,
        parent: QWidget | None = None,
    ) -> None:
        self.database = database
        self.record_id = record_id
        self.stamp = versions.find_stamp(database, record_id) if database is not None else None
        opened = get(record_id)
        self.base = opened
        """What the record held when last read: the dialog's data, then theirs."""
        self.previous = opened
        """What the record held before the save (the undo's values)."""
        self.written: Any = None
        self.result: Any = None
        """What `write` returned for the save that went through."""
        self.outcome: Outcome | None = None
        self.other: str | None = None
        """Who changed (or deleted) the record meanwhile, when a conflict was met."""
        self._get, self._restore = get, restore
        self._fields, self._rebuild = fields, rebuild
        self._parent = parent

    # --- the save --------------------------------------------------------------------

    def save(self, mine: Any, write: Write) -> Outcome:
        """Save `mine` through `write(value, before)`, asking when the record moved on."""
        if self.database is None or self.stamp is None:
            return self._finish(Outcome.SAVED, mine, self.base, write(mine, self.base), None)
        retry = _Retry(self.stamp, self.base, mine)
        while True:
            try:
                with versions.expecting(self.database, retry.stamp) as expectation:
                    if retry.restore and self._restore is not None:
                        self._restore(self.record_id)
                    result = write(retry.value, retry.base)
            except EditConflict as conflict:
                self.other = conflict.updated_by
                decision = self._resolve(conflict, retry)
                if isinstance(decision, Outcome):
                    self.outcome = decision
                    return decision
                retry = decision
                continue
            if result is KEEP_OPEN:
                self.outcome = Outcome.BACK
                return Outcome.BACK
            outcome = Outcome.RECREATED if retry.restore else Outcome.SAVED
            written = versions.written(retry.stamp, expectation)
            return self._finish(outcome, retry.value, retry.base, result, written)

    def _finish(
        self, outcome: Outcome, value: Any, before: Any, result: Any, stamp: RecordStamp | None
    ) -> Outcome:
        self.outcome, self.written, self.previous, self.result = outcome, value, before, result
        if stamp is not None:
            self.stamp, self.base = stamp, value
        return outcome

    def _resolve(self, conflict: EditConflict, retry: _Retry) -> _Retry | Outcome:
        """Ask what to do about `conflict`: the next save to try, or the outcome."""
        assert self.database is not None
        if conflict.deleted:
            return self._deleted(conflict, retry)
        try:
            now = versions.stamp(self.database, conflict.table, self.record_id)
            theirs = self._get(self.record_id)  # after the stamp: never newer than it
        except NotFoundError:
            return self._deleted(conflict, retry)
        mine_fields, theirs_fields = self._fields(retry.value), self._fields(theirs)
        diffs = self._diffs(conflict.table, self._fields(retry.base), mine_fields, theirs_fields)
        if not diffs:
            return Outcome.SAME
        from cnam_desktop.ui.dialogs.merge_dialog import MergeDialog

        ending = agreement(conflict.table)
        choices = MergeDialog.ask(
            self._dialog_parent(),
            title=f"{this_record(conflict.table)} a été modifié{ending} entre-temps",
            intro=_intro(conflict, ending),
            diffs=diffs,
        )
        if choices is None:
            return Outcome.BACK
        if all(side is Side.THEIRS for side in choices.values()):
            return Outcome.TAKEN
        value = self._rebuild(retry.value, merged(mine_fields, theirs_fields, choices))
        return _Retry(now, theirs, value)

    def _deleted(self, conflict: EditConflict, retry: _Retry) -> _Retry | Outcome:
        if self._restore is None or self.database is None:
            return Outcome.GIVEN_UP
        question = (
            f"{conflict.message}\n\nVous pouvez le recréer avec les valeurs que vous avez "
            "saisies, ou abandonner votre modification."
        )
        index = messages.choose(
            self._dialog_parent(),
            f"{this_record(conflict.table)} a été supprimé{agreement(conflict.table)}",
            question,
            ["Le recréer avec mes valeurs"],
            cancel_label="Abandonner",
        )
        if index is None:
            return Outcome.GIVEN_UP
        now = versions.stamp(self.database, conflict.table, self.record_id)
        return _Retry(now, retry.base, retry.value, restore=True)

    def _diffs(
        self,
        table: str,
        base: Mapping[str, Any],
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
    ) -> list[FieldDiff]:
        assert self.database is not None
        text = value_formatter(self.database, (base, mine, theirs))
        names = [(name, label(table, name)) for name in mine]
        return three_way(names, base, mine, theirs, text=text)

    def _dialog_parent(self) -> QWidget | None:
        """The edit dialog (the modal window open while it saves), else the page."""
        return QApplication.activeModalWidget() or self._parent

    # --- after -----------------------------------------------------------------------

    def track(self) -> VersionTrack | None:
        """For the undo command of the save that went through: the version it wrote."""
        if self.database is None or self.stamp is None:
            return None
        return VersionTrack(self.database, self.stamp)

    def status_text(self) -> str | None:
        """The status bar's message for a save that did not go through, None otherwise."""
        who = self.other or "une autre personne"
        if self.outcome is Outcome.TAKEN:
            return f"Modification abandonnée : la version de {who} est gardée."
        if self.outcome is Outcome.SAME:
            return f"Rien à enregistrer : {who} avait déjà fait les mêmes modifications."
        if self.outcome is Outcome.GIVEN_UP:
            return f"Modification abandonnée : l'enregistrement a été supprimé par {who}."
        return None


def _intro(conflict: EditConflict, ending: str) -> str:
    who = changed_by_text(conflict.updated_by, conflict.updated_at)
    them = "les" if ending.endswith("s") else "l'"
    space = " " if ending.endswith("s") else ""
    return (
        f"Modifié{ending} {who} depuis que vous {them}{space}avez ouvert{ending}. "
        "Voici les champs où vos deux versions diffèrent."
    )


def value_formatter(
    database: Database, records: Iterable[Mapping[str, Any]]
) -> Callable[[str, Any], str]:
    """How a field's value reads in the comparison: labels for choices, names for the
    records it points to (a site, a trainer…), the equipment rows of a course."""
    ids: set[str] = set()
    for values in records:
        for name, value in values.items():
            ids.update(_referenced(name, value))
    names = versions.reference_names(database, ids)

    def named(record_id: str) -> str:
        return names.get(record_id, "(introuvable)")

    def text(name: str, value: Any) -> str:
        if value is None or value == "":
            return plain_text(None)
        if isinstance(value, LabelledEnum):
            return value.label
        if name.endswith("_id") and isinstance(value, str):
            return named(value)
        if name.endswith("_ids") and isinstance(value, Iterable):
            return ", ".join(sorted(named(v) for v in value)) or plain_text(None)
        if _equipment_rows(value):
            return "\n".join(
                f"{named(row.type_id)} : {row.per_learner} par apprenant, "
                f"{row.per_group} par groupe"
                for row in sorted(value, key=lambda r: named(r.type_id))
            ) or plain_text(None)
        return plain_text(value)

    return text


def _referenced(name: str, value: Any) -> list[str]:
    if name.endswith("_id") and isinstance(value, str):
        return [value]
    if name.endswith("_ids") and isinstance(value, Iterable) and not isinstance(value, str):
        return [v for v in value if isinstance(v, str)]
    if _equipment_rows(value):
        return [row.type_id for row in value]
    return []


def _equipment_rows(value: Any) -> bool:
    return isinstance(value, Sequence) and any(isinstance(v, CourseEquipmentData) for v in value)


class VersionTrack:
    """The version an undoable edit wrote: its undo and redo expect the record to be at
    it still, and are refused — naming who changed it — when someone else changed it
    since. A version written by this same person (another step of the undo history,
    say the record deleted and restored) is taken as theirs to build on."""

    def __init__(self, database: Database, stamp: RecordStamp) -> None:
        self.database = database
        self.stamp = stamp

    def write(self, step: Callable[[], Any]) -> None:
        expected = self.stamp
        try:
            now = versions.stamp(self.database, expected.table, expected.id)
        except NotFoundError:
            now = expected
        if now.version != expected.version and now.updated_by == self.database.author:
            expected = now
        try:
            with versions.expecting(self.database, expected) as expectation:
                step()
        except EditConflict as conflict:
            raise UserFacingError(undo_refused_text(conflict)) from conflict
        self.stamp = versions.written(expected, expectation)


def undo_refused_text(conflict: EditConflict) -> str:
    """« Ce site a été modifié par paul (PC-7) le … depuis votre modification : … »"""
    ending = agreement(conflict.table)
    what = "supprimé" if conflict.deleted else "modifié"
    verb = "ont" if ending.endswith("s") else "a"
    who = changed_by_text(conflict.updated_by, conflict.updated_at)
    return (
        f"{this_record(conflict.table)} {verb} été {what}{ending} {who} depuis votre "
        "modification : l'annuler ou la rétablir effacerait ce changement. Rien n'a été "
        "modifié, et cette étape est retirée de l'historique d'annulation."
    )
