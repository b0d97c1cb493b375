"""GDPR: list, export (JSON, CSV) and erase trainers' and partner contacts' data."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from cnam_desktop.cli import main
from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.domain.enums import CertificationType, PartnerRole
from cnam_desktop.domain.privacy import BACKUP_MONTHS, privacy_html, privacy_text
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.personal_data import (
    PARTNER_CONTACT,
    TRAINER,
    PersonalDataService,
    read_journal,
    reapply_erasures,
)

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

NOW = datetime(2026, 11, 26, 10, 30)
EMAIL = "claire.martin.unique@example.org"


@dataclass
class Network:
    trainer: str
    other_trainer: str
    partner: str
    sessions: list[str]


@pytest.fixture
def net(db: Database) -> Network:
    with db.uow() as s:
        centre = m.RegionalCentre(name="Cnam Grand Est")
        s.add(centre)
        s.flush()
        site = m.Site(regional_centre_id=centre.id, name="Cnam Chaumont", town="Chaumont")
        sector = m.Sector(code="NUM", name="Numérique")
        s.add_all([site, sector])
        s.flush()
        trainer = m.Trainer(
            first_name="Claire",
            last_name="Martin",
            email=EMAIL,
            phone="06 12 34 56 78",
            home_centre="Reims",
        )
        other = m.Trainer(first_name="Paul", last_name="Durand", email="paul@example.org")
        partner = m.Partner(
            name="Mairie de Chaumont",
            contact_name="Anne Petit",
            contact_email="anne.petit@chaumont.fr",
            contact_phone="03 25 00 00 00",
        )
        s.add_all([trainer, other, partner])
        s.flush()
        s.add(m.TrainerSector(trainer_id=trainer.id, sector_id=sector.id))
        s.add(m.SitePartner(site_id=site.id, partner_id=partner.id, role=PartnerRole.HOST))
        course = m.Course(
            sector_id=sector.id,
            cnam_code="NFA001",
            title="Bases",
            certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        )
        s.add(course)
        s.flush()
        offering = m.Offering(
            course_id=course.id, site_id=site.id, period_label="2026", start_date=date(2026, 9, 1)
        )
        s.add(offering)
        s.flush()
        sessions = []
        for day in (date(2026, 9, 7), date(2026, 10, 5), date(2026, 12, 14)):
            row = m.Session(
                offering_id=offering.id,
                day=day,
                start_time=time(9),
                end_time=time(12),
                trainer_id=trainer.id,
            )
            s.add(row)
            s.flush()
            sessions.append(row.id)
        return Network(trainer.id, other.id, partner.id, sessions)


def test_people_lists_trainers_and_contacts(db: Database, net: Network) -> None:
    people = PersonalDataService(db).people()
    assert [(p.kind, p.id) for p in people] == [
        (PARTNER_CONTACT, net.partner),
        (TRAINER, net.trainer),
        (TRAINER, net.other_trainer),
    ]
    assert people[1].name == "Claire Martin"
    assert "Anne Petit" in people[0].name and "Mairie de Chaumont" in people[0].name


def test_export_trainer_holds_fields_and_sessions(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    data = service.export(service.find(net.trainer))
    assert data["courriel"] == EMAIL
    assert data["téléphone"] == "06 12 34 56 78"
    assert data["centre de rattachement"] == "Reims"
    assert data["filières"] == ["Numérique"]
    assert data["séances"] == {"nombre": 3, "première": "2026-09-07", "dernière": "2026-12-14"}


def test_export_contact_holds_sites_and_roles(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    data = service.export(service.find(net.partner))
    assert data["nom du contact"] == "Anne Petit"
    assert data["sites"] == [
        {"site": "Cnam Chaumont", "rôle": PartnerRole.HOST.label, "depuis": None}
    ]


def test_json_and_csv_files(db: Database, net: Network, tmp_path: Path) -> None:
    service = PersonalDataService(db)
    person = service.find(net.trainer)
    json_path = service.write_json(person, tmp_path / "claire.json")
    assert json.loads(json_path.read_text(encoding="utf-8"))["nom"] == "Martin"
    csv_path = service.write_csv(person, tmp_path / "claire.csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = dict(csv.reader(f, delimiter=";"))
    assert rows["courriel"] == EMAIL
    assert rows["séances / nombre"] == "3"
    assert rows["filières 1"] == "Numérique"
    assert rows["enseigne à distance"] == "oui"


def test_csv_neutralises_formula_like_text(db: Database, net: Network, tmp_path: Path) -> None:
    with db.uow() as s:
        s.get(m.Trainer, net.other_trainer).home_centre = "=HYPERLINK(1)"  # type: ignore[union-attr]
    service = PersonalDataService(db)
    path = service.write_csv(service.find(net.other_trainer), tmp_path / "paul.csv")
    rows = dict(csv.reader(path.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows["centre de rattachement"] == "'=HYPERLINK(1)"


def test_erase_trainer_keeps_row_and_sessions(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    record = service.erase(service.find(net.trainer), "demande du 20/11", NOW)
    with db.reader() as s:
        trainer = s.get(m.Trainer, net.trainer)
        assert trainer is not None
        assert (trainer.first_name, trainer.email, trainer.phone) == ("Formateur", None, None)
        assert trainer.last_name == f"effacé n°{net.trainer[:8]}"
        assert s.scalars(select(m.Session.trainer_id)).all() == [net.trainer] * 3
        audit = s.scalars(select(m.ErasureLog)).one()
        assert (audit.kind, audit.subject_id, audit.reason) == (
            TRAINER,
            net.trainer,
            "demande du 20/11",
        )
        assert s.get(m.Trainer, net.other_trainer).email == "paul@example.org"  # type: ignore[union-attr]
    assert read_journal(service.journal) == [record]
    assert EMAIL not in service.journal.read_text(encoding="utf-8")
    assert net.trainer not in [p.id for p in service.people()]


def test_erase_contact_blanks_contact_fields_only(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    service.erase(service.find(net.partner), "fin de mandat", NOW)
    with db.reader() as s:
        partner = s.get(m.Partner, net.partner)
        assert partner is not None and partner.name == "Mairie de Chaumont"
        assert (partner.contact_name, partner.contact_email, partner.contact_phone) == (None,) * 3


NOTES = (
    "Interlocutrice : ANNE PETIT (anne.petit@chaumont.fr, 03.25.00.00.00), "
    "joignable le mardi. Convention signée en 2019 ; salle au 2e étage."
)
NOTES_ERASED = (
    "Interlocutrice : [contact effacé] ([contact effacé], [contact effacé]), "
    "joignable le mardi. Convention signée en 2019 ; salle au 2e étage."
)


def _note_on_partner(db: Database, partner_id: str, notes: str) -> None:
    with db.uow() as s:
        partner = s.get(m.Partner, partner_id)
        assert partner is not None
        partner.notes = notes


def test_export_contact_holds_the_partner_notes(db: Database, net: Network, tmp_path: Path) -> None:
    _note_on_partner(db, net.partner, NOTES)
    service = PersonalDataService(db)
    person = service.find(net.partner)
    assert service.export(person)["notes sur le partenaire"] == NOTES
    path = service.write_csv(person, tmp_path / "anne.csv")
    rows = dict(csv.reader(path.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows["notes sur le partenaire"] == NOTES


def test_erase_contact_blanks_them_in_the_partner_notes(db: Database, net: Network) -> None:
    """The notes keep what concerns the partner; the contact's name (any case), e-mail and
    phone (written with dots) go, and so they do again after an older file came back."""
    _note_on_partner(db, net.partner, NOTES)
    service = PersonalDataService(db)
    service.erase(service.find(net.partner), "fin de mandat", NOW)
    with db.reader() as s:
        assert s.get(m.Partner, net.partner).notes == NOTES_ERASED  # type: ignore[union-attr]

    with db.uow() as s:  # what restoring an older file brings back
        partner = s.get(m.Partner, net.partner)
        assert partner is not None
        partner.contact_name, partner.contact_phone = "Anne Petit", "03 25 00 00 00"
        partner.contact_email = "anne.petit@chaumont.fr"
        partner.notes = NOTES
        s.query(m.ErasureLog).delete()
    assert [r.subject_id for r in reapply_erasures(db, service.journal)] == [net.partner]
    with db.reader() as s:
        partner = s.get(m.Partner, net.partner)
        assert partner is not None and partner.notes == NOTES_ERASED
        assert (partner.contact_name, partner.contact_email, partner.contact_phone) == (
            None,
            None,
            None,
        )


def test_erase_needs_a_reason_and_a_known_id(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    with pytest.raises(UserFacingError, match="motif"):
        service.erase(service.find(net.trainer), "  ", NOW)
    with pytest.raises(NotFoundError):
        service.find("no-such-id")


def test_failed_journal_write_erases_nothing(db: Database, net: Network, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    service = PersonalDataService(db, journal=blocked / "erasures.jsonl")
    with pytest.raises(OSError):
        service.erase(service.find(net.trainer), "demande", NOW)
    with db.reader() as s:
        assert s.get(m.Trainer, net.trainer).email == EMAIL  # type: ignore[union-attr]
        assert s.scalars(select(m.ErasureLog)).all() == []


def test_reapply_restores_the_audit_row_and_erases_again(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    service.erase(service.find(net.partner), "demande", NOW)
    with db.uow() as s:  # what restoring an older file brings back
        partner = s.get(m.Partner, net.partner)
        assert partner is not None
        partner.contact_email = "anne.petit@chaumont.fr"
        s.query(m.ErasureLog).delete()
    applied = reapply_erasures(db, service.journal)
    assert [r.subject_id for r in applied] == [net.partner]
    with db.reader() as s:
        assert s.get(m.Partner, net.partner).contact_email is None  # type: ignore[union-attr]
        assert s.scalars(select(m.ErasureLog.subject_id)).all() == [net.partner]
    assert reapply_erasures(db, service.journal) == []


@pytest.mark.sqlite_only
def test_secure_delete_leaves_no_old_email_in_file(db: Database, net: Network) -> None:
    service = PersonalDataService(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert EMAIL.encode() in db.path.read_bytes()
    service.erase(service.find(net.trainer), "demande", NOW)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = Path(f"{db.path}-wal")
    assert not wal.exists() or EMAIL.encode() not in wal.read_bytes()
    assert EMAIL.encode() not in db.path.read_bytes()
    conn2 = sqlite3.connect(db.path)
    try:
        assert conn2.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn2.close()


def test_privacy_text_names_data_and_retention() -> None:
    text = privacy_text()
    assert "Formateurs" in text and "Partenaires" in text
    assert f"{BACKUP_MONTHS} mois" in text
    assert "<li>" in privacy_html()


def test_cli_lists_exports_and_erases(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    try:
        with database.uow() as s:
            trainer = m.Trainer(first_name="Léa", last_name="Roux", email="lea.roux@example.org")
            s.add(trainer)
            s.flush()
            trainer_id = trainer.id
    finally:
        database.close()
    base = ["personal-data", "--db", str(path)]
    assert main([*base, "--list"]) == 0
    assert f"{trainer_id}  formateur" in capsys.readouterr().out
    out = tmp_path / "lea.csv"
    assert main([*base, "--export", trainer_id, "--format", "csv", "--out", str(out)]) == 0
    assert "lea.roux@example.org" in out.read_text(encoding="utf-8-sig")
    assert main([*base, "--erase", trainer_id]) == 2
    assert main([*base, "--erase", "unknown", "--reason", "demande"]) == 2
    assert main([*base, "--erase", trainer_id, "--reason", "demande"]) == 0
    assert "effacées" in capsys.readouterr().out
    assert read_journal(data_dir / "erasures.jsonl")[0].subject_id == trainer_id
    assert main([*base, "--list"]) == 0
    assert trainer_id not in capsys.readouterr().out
