"""Personal data held in the file (GDPR): list the people, export and erase on request.

Two kinds of people have personal data here: trainers (identity, contact details, home
centre, sectors, the sessions they teach) and partner contacts (the contact fields of a
partner, and what the partner's free-text notes say of them: the notes are exported with
the contact, and an erasure blanks the contact's name, e-mail and phone where the notes
repeat them). Learners are counted, never named.

An erasure blanks the personal fields in one transaction and writes an audit record
(`erasure_log`: who, when, why, never the erased data). The same record is appended to
a journal file outside the database (`erasures.jsonl` in the data folder), so that
`reapply_erasures` can erase the person again after a backup older than the erasure
was restored.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.base import new_id
from cnam_desktop.db.engine import Database
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.paths import ERASURES_FILENAME, app_paths
from cnam_desktop.reports.atomic_file import replacing
from cnam_desktop.reports.xlsx_cells import is_formula_like

log = logging.getLogger(__name__)

TRAINER = "formateur"
PARTNER_CONTACT = "contact partenaire"
ERASED_FIRST_NAME = "Formateur"


def erased_last_name(trainer_id: str) -> str:
    """The neutral name an erased trainer keeps, so past sessions still show a trainer."""
    return f"effacé n°{trainer_id[:8]}"


@dataclass(frozen=True)
class Person:
    """Someone whose personal data the file holds."""

    kind: str
    """TRAINER or PARTNER_CONTACT."""
    id: str
    """The trainer's or the partner's id."""
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.kind})"


@dataclass(frozen=True)
class ErasureRecord:
    """One erasure, as stored in `erasure_log` and in the journal file (no personal data)."""

    id: str
    kind: str
    subject_id: str
    erased_at: datetime
    reason: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "kind": self.kind,
                "subject_id": self.subject_id,
                "erased_at": self.erased_at.isoformat(),
                "reason": self.reason,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, line: str) -> ErasureRecord:
        raw = json.loads(line)
        return cls(
            id=str(raw["id"]),
            kind=str(raw["kind"]),
            subject_id=str(raw["subject_id"]),
            erased_at=datetime.fromisoformat(str(raw["erased_at"])),
            reason=str(raw.get("reason", "")),
        )


def default_journal(db: Database) -> Path:
    """The journal beside the database (the data folder when the file is the default one);
    for a base on a server, the data folder's (`AppPaths.erasure_journal`)."""
    if db.path is None:
        return app_paths().erasure_journal
    return db.path.parent / ERASURES_FILENAME


def _day(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _contact_name(partner: m.Partner) -> str:
    return partner.contact_name or f"Contact de {partner.name}"


def _trainer_has_data(trainer: m.Trainer) -> bool:
    return (
        trainer.first_name != ERASED_FIRST_NAME
        or trainer.last_name != erased_last_name(trainer.id)
        or trainer.email is not None
        or trainer.phone is not None
        or trainer.home_centre is not None
    )


def _partner_has_data(partner: m.Partner) -> bool:
    return any((partner.contact_name, partner.contact_email, partner.contact_phone))


class PersonalDataService:
    def __init__(self, db: Database, journal: Path | None = None) -> None:
        self._db = db
        self.journal = journal or default_journal(db)

    def people(self) -> list[Person]:
        """Everyone whose personal data the file still holds (deleted rows too), by name."""
        found: list[Person] = []
        with self._db.reader() as s:
            for trainer in s.scalars(select(m.Trainer)):
                if _trainer_has_data(trainer):
                    name = f"{trainer.first_name} {trainer.last_name}".strip()
                    found.append(Person(TRAINER, trainer.id, name))
            for partner in s.scalars(select(m.Partner)):
                if _partner_has_data(partner):
                    name = f"{_contact_name(partner)} — {partner.name}"
                    found.append(Person(PARTNER_CONTACT, partner.id, name))
        return sorted(found, key=lambda p: (p.name.casefold(), p.kind, p.id))

    def find(self, person_id: str) -> Person:
        """The person a trainer's or partner's id names, or `NotFoundError`."""
        with self._db.reader() as s:
            trainer = s.get(m.Trainer, person_id)
            if trainer is not None:
                return Person(TRAINER, trainer.id, f"{trainer.first_name} {trainer.last_name}")
            partner = s.get(m.Partner, person_id)
            if partner is not None:
                return Person(PARTNER_CONTACT, partner.id, f"{_contact_name(partner)}")
        raise NotFoundError(f"Aucun formateur ni partenaire n'a l'identifiant « {person_id} ».")

    # -- export ------------------------------------------------------------------------

    def export(self, person: Person) -> dict[str, Any]:
        """Every stored field about the person and where it is used (French keys)."""
        with self._db.reader() as s:
            if person.kind == TRAINER:
                return self._export_trainer(s, person.id)
            return self._export_contact(s, person.id)

    def _export_trainer(self, s: Session, trainer_id: str) -> dict[str, Any]:
        trainer = s.get(m.Trainer, trainer_id)
        if trainer is None:
            raise NotFoundError("Formateur introuvable.")
        sectors = s.scalars(
            select(m.Sector.name)
            .join(m.TrainerSector, m.TrainerSector.sector_id == m.Sector.id)
            .where(m.TrainerSector.trainer_id == trainer_id, m.TrainerSector.deleted_at.is_(None))
            .order_by(m.Sector.name)
        ).all()
        count, first, last = s.execute(
            select(func.count(), func.min(m.Session.day), func.max(m.Session.day)).where(
                m.Session.trainer_id == trainer_id, m.Session.deleted_at.is_(None)
            )
        ).one()
        return {
            "type": TRAINER,
            "identifiant": trainer.id,
            "prénom": trainer.first_name,
            "nom": trainer.last_name,
            "courriel": trainer.email,
            "téléphone": trainer.phone,
            "centre de rattachement": trainer.home_centre,
            "enseigne à distance": trainer.distance_ok,
            "filières": list(sectors),
            "séances": {"nombre": count, "première": _day(first), "dernière": _day(last)},
            "créé le": _day(trainer.created_at),
            "modifié le": _day(trainer.updated_at),
            "supprimé le": _day(trainer.deleted_at),
        }

    def _export_contact(self, s: Session, partner_id: str) -> dict[str, Any]:
        partner = s.get(m.Partner, partner_id)
        if partner is None:
            raise NotFoundError("Partenaire introuvable.")
        links = s.execute(
            select(m.Site.name, m.SitePartner.role, m.SitePartner.since)
            .join(m.Site, m.Site.id == m.SitePartner.site_id)
            .where(m.SitePartner.partner_id == partner_id, m.SitePartner.deleted_at.is_(None))
            .order_by(m.Site.name)
        ).all()
        return {
            "type": PARTNER_CONTACT,
            "identifiant": partner.id,
            "organisme": partner.name,
            "nom du contact": partner.contact_name,
            "courriel": partner.contact_email,
            "téléphone": partner.contact_phone,
            "notes sur le partenaire": partner.notes,
            "sites": [
                {"site": site, "rôle": role.label, "depuis": _day(since)}
                for site, role, since in links
            ],
            "créé le": _day(partner.created_at),
            "modifié le": _day(partner.updated_at),
            "supprimé le": _day(partner.deleted_at),
        }

    def write_json(self, person: Person, path: Path) -> Path:
        """The export as indented UTF-8 JSON, written all or nothing."""
        text = json.dumps(self.export(person), ensure_ascii=False, indent=2) + "\n"
        with replacing(path) as temp:
            temp.write_text(text, encoding="utf-8")
        return path

    def write_csv(self, person: Person, path: Path) -> Path:
        """The export as `rubrique;valeur` lines (UTF-8 with BOM for spreadsheets)."""
        with replacing(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(["rubrique", "valeur"])
            for key, value in _flatten(self.export(person)):
                # A spreadsheet would run « =… » typed in a name: keep it as text.
                writer.writerow([key, f"'{value}" if is_formula_like(value) else value])
        return path

    # -- erasure -----------------------------------------------------------------------

    def erase(self, person: Person, reason: str, now: datetime) -> ErasureRecord:
        """Blank the person's data, log the erasure in the file and in the journal.

        One transaction: if the journal cannot be written (disk full, read-only folder),
        nothing is erased and the error goes on.
        """
        reason = reason.strip()
        if not reason:
            raise UserFacingError(
                "Indiquez le motif de l'effacement (par exemple « demande du 3 mars »)."
            )
        record = ErasureRecord(new_id(), person.kind, person.id, now, reason[:500])
        with self._db.uow() as s:
            _blank(s, person.kind, person.id)
            s.add(_log_row(record))
            s.flush()
            _append_line(self.journal, record.to_json())
        log.info("erased personal data of a %s (id %s)", _kind_code(person.kind), person.id)
        return record


def _kind_code(kind: str) -> str:
    return "trainer" if kind == TRAINER else "partner contact"


def _blank(s: Session, kind: str, subject_id: str) -> None:
    if kind == TRAINER:
        trainer = s.get(m.Trainer, subject_id)
        if trainer is None:
            raise NotFoundError("Formateur introuvable.")
        trainer.first_name = ERASED_FIRST_NAME
        trainer.last_name = erased_last_name(trainer.id)
        trainer.email = None
        trainer.phone = None
        trainer.home_centre = None
    elif kind == PARTNER_CONTACT:
        partner = s.get(m.Partner, subject_id)
        if partner is None:
            raise NotFoundError("Partenaire introuvable.")
        partner.notes = _without_contact(partner)
        partner.contact_name = None
        partner.contact_email = None
        partner.contact_phone = None
    else:
        raise ValueError(f"unknown kind of person: {kind!r}")
    _forget_copies(s, "trainer" if kind == TRAINER else "partner", subject_id)


ERASED_CONTACT = "[contact effacé]"
"""What replaces the contact's name, e-mail or phone in the partner's notes."""


def _without_contact(partner: m.Partner) -> str | None:
    """The partner's notes with the contact's name (any spacing), e-mail and phone (any
    spaces, dots or dashes between its digits) replaced by `ERASED_CONTACT`. A mention
    by another form (a first name alone, initials) is not found: the export shows the
    notes, for whoever handles the request to read."""
    notes = partner.notes
    if not notes:
        return notes
    patterns = [
        r"\s+".join(re.escape(word) for word in value.split())
        for value in (partner.contact_name, partner.contact_email)
        if value and len(value.strip()) >= 3
    ]
    digits = re.sub(r"\D", "", partner.contact_phone or "")
    if len(digits) >= 6:
        patterns.append(r"[\s.\-]?".join(digits))
    for pattern in sorted(patterns, key=len, reverse=True):  # an e-mail before a name in it
        notes = re.sub(pattern, ERASED_CONTACT, notes, flags=re.IGNORECASE)
    return notes


def _forget_copies(s: Session, table_name: str, subject_id: str) -> None:
    """Drop the copies of the record a laptop keeps for its synchronisations (the record
    as last exchanged, a conflict's two versions): they hold the erased data too. A
    conflict dropped here comes back at the next synchronisation if the shared base
    still differs, without the erased data on this side."""
    s.flush()  # the blanking first: its flush keeps a « before » (db/sync_base.py)
    for table in (m.Base.metadata.tables["sync_base"], m.Base.metadata.tables["sync_conflict"]):
        s.execute(
            delete(table).where(table.c.table_name == table_name, table.c.record_id == subject_id)
        )


def _holds_data(s: Session, kind: str, subject_id: str) -> bool:
    if kind == TRAINER:
        trainer = s.get(m.Trainer, subject_id)
        return trainer is not None and _trainer_has_data(trainer)
    partner = s.get(m.Partner, subject_id)
    return partner is not None and _partner_has_data(partner)


def _log_row(record: ErasureRecord) -> m.ErasureLog:
    return m.ErasureLog(
        id=record.id,
        kind=record.kind,
        subject_id=record.subject_id,
        erased_at=record.erased_at,
        reason=record.reason,
    )


def _append_line(path: Path, line: str) -> None:
    """Append one line and force it to disk before the transaction commits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())


def read_journal(path: Path) -> list[ErasureRecord]:
    """The erasures of the journal file, oldest first; unreadable lines are skipped."""
    if not path.exists():
        return []
    records: list[ErasureRecord] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(ErasureRecord.from_json(line))
        except (ValueError, KeyError, TypeError):
            log.warning("erasure journal %s: line %d unreadable, skipped", path, number)
    return records


def reapply_erasures(db: Database, journal: Path | None = None) -> list[ErasureRecord]:
    """Erase again everyone the journal and the audit log name who holds data again.

    Run after a restore: a backup older than an erasure brings the person's data back.
    The audit rows the restored file lacks are written again. One transaction.
    """
    records = read_journal(journal or default_journal(db))
    applied: list[ErasureRecord] = []
    with db.uow() as s:
        logged = {r.id: r for r in s.scalars(select(m.ErasureLog))}
        known = {(r.kind, r.subject_id) for r in records}
        for row in logged.values():
            if (row.kind, row.subject_id) not in known:
                records.append(
                    ErasureRecord(row.id, row.kind, row.subject_id, row.erased_at, row.reason)
                )
        for record in records:
            if record.kind not in (TRAINER, PARTNER_CONTACT):
                continue
            if _holds_data(s, record.kind, record.subject_id):
                _blank(s, record.kind, record.subject_id)
                applied.append(record)
            if record.id not in logged and _subject_exists(s, record):
                s.add(_log_row(record))
                logged[record.id] = _log_row(record)
    if applied:
        log.info("re-applied %d erasure(s) after a restore", len(applied))
    return applied


def _subject_exists(s: Session, record: ErasureRecord) -> bool:
    model: type[m.Trainer] | type[m.Partner] = m.Trainer if record.kind == TRAINER else m.Partner
    return s.get(model, record.subject_id) is not None


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Nested export values as `rubrique` / `valeur` pairs (lists numbered from 1)."""
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            pairs.extend(_flatten(value, f"{name} / "))
        elif isinstance(value, list):
            for index, item in enumerate(value, start=1):
                if isinstance(item, dict):
                    pairs.extend(_flatten(item, f"{name} {index} / "))
                else:
                    pairs.append((f"{name} {index}", str(item)))
        elif isinstance(value, bool):
            pairs.append((name, "oui" if value else "non"))
        else:
            pairs.append((name, "" if value is None else str(value)))
    return pairs
