"""Workbook import on the demo network: create, update by natural key, refuse, only-valid."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.reports.workbook_layout import INVENTORY, ROOMS, SESSIONS, SITES, SheetLayout
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.workbook_import import (
    ImportCancelled,
    ImportOutdatedError,
    ImportRefusedError,
    WorkbookImportService,
)

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

CHAUMONT = {"site_insee": "52121", "site_name": "Cnam Chaumont"}
TANNERIES = "Pôle formation des Tanneries"
BOUCHARDON = "Salle Bouchardon (cours)"


def _workbook(path: Path, sheets: dict[SheetLayout, list[dict[str, Any]]]) -> Path:
    """A workbook with one sheet per layout; the columns are the keys the rows use."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for layout, rows in sheets.items():
        keys = list(dict.fromkeys(key for row in rows for key in row))
        sheet = workbook.create_sheet(layout.title)
        sheet.append([layout.column(key).header for key in keys])
        for row in rows:
            sheet.append([row.get(key) for key in keys])
    workbook.save(path)
    return path


def _site_row(db: Database, name: str) -> dict[str, Any]:
    """The Sites row of a stored site, as the export writes it."""
    with db.reader() as s:
        site_id = s.scalars(select(m.Site.id).where(m.Site.name == name)).one()
    data = SiteService(db).get(site_id)
    row: dict[str, Any] = {}
    for column in SITES.importable_columns:
        value = getattr(data, column.key)
        if column.kind == "bool":
            value = "Oui" if value else "Non"
        elif column.kind == "enum":
            value = value.label
        row[column.key] = value
    return row


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.reader() as s:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
        return int(s.scalar(query) or 0)


def _problems(plan: Any) -> list[tuple[str, int, str]]:
    return [(p.sheet, p.row, p.column) for p in plan.problems]


def test_a_site_row_updates_the_site_it_names(demo_db: Database, tmp_path: Path) -> None:
    row = _site_row(demo_db, "Cnam Chaumont")
    row.update(status="Suspendu", notes="Travaux pendant l'été.")
    path = _workbook(tmp_path / "sites.xlsx", {SITES: [row]})
    service = WorkbookImportService(demo_db)
    sites, changes = _count(demo_db, m.Site), _count(demo_db, m.SiteStatusChange)

    plan = service.check(path)
    assert plan.ok
    assert [(o.row, o.action, o.changes) for o in plan.outcomes] == [
        (2, "update", ("Statut", "Notes"))
    ]
    service.apply(plan)

    assert _count(demo_db, m.Site) == sites
    assert _count(demo_db, m.SiteStatusChange) == changes + 1
    with demo_db.reader() as s:
        site = s.scalars(select(m.Site).where(m.Site.name == "Cnam Chaumont")).one()
        assert (site.status, site.notes) == (SiteStatus.SUSPENDED, "Travaux pendant l'été.")


def test_identical_rows_are_unchanged_and_write_nothing(demo_db: Database, tmp_path: Path) -> None:
    rows = [_site_row(demo_db, name) for name in ("Cnam Chaumont", "Cnam Charleville-Mézières")]
    rows[1]["insee_code"] = 8105  # typed as a number: the leading zero comes back
    path = _workbook(tmp_path / "sites.xlsx", {SITES: rows})
    with demo_db.reader() as s:
        stamps = sorted(s.scalars(select(m.Site.updated_at)))
    plan = WorkbookImportService(demo_db).check(path)
    assert plan.ok and [o.action for o in plan.outcomes] == ["unchanged", "unchanged"]
    WorkbookImportService(demo_db).apply(plan)
    with demo_db.reader() as s:
        assert sorted(s.scalars(select(m.Site.updated_at))) == stamps


def test_rows_may_name_records_created_earlier_in_the_file(
    demo_db: Database, tmp_path: Path
) -> None:
    new_site = {"site_insee": "55999", "site_name": "Cnam Essai"}
    with demo_db.reader() as s:
        label = s.scalars(select(m.EquipmentType.label).order_by(m.EquipmentType.label)).first()
    path = _workbook(
        tmp_path / "nouveau.xlsx",
        {
            SITES: [
                {
                    "insee_code": "55999",
                    "name": "Cnam Essai",
                    "town": "Essaiville",
                    "status": "Candidature",
                    "acv": "Oui",
                }
            ],
            ROOMS: [
                {
                    **new_site,
                    "premises": "Mairie annexe",
                    "address": "1 place de la Mairie",
                    "yearly_cost": 1200.5,
                    "room": "Salle du conseil",
                    "kind": "Salle de visioconférence",
                    "capacity": 14,
                    "accessible": "Oui",
                }
            ],
            INVENTORY: [
                {
                    **new_site,
                    "room": "Salle du conseil",
                    "equipment": label,
                    "quantity": 2,
                    "condition": "Neuf",
                }
            ],
        },
    )
    service = WorkbookImportService(demo_db)
    plan = service.check(path)
    assert plan.ok, [p.text() for p in plan.problems]
    assert [(c.sheet, c.create) for c in plan.counts] == [
        (SITES.title, 1),
        (ROOMS.title, 1),
        (INVENTORY.title, 1),
    ]
    service.apply(plan)
    with demo_db.reader() as s:
        site = s.scalars(select(m.Site).where(m.Site.name == "Cnam Essai")).one()
        assert site.acv and site.town == "Essaiville"
        premises = s.scalars(select(m.Premises).where(m.Premises.site_id == site.id)).one()
        assert (premises.name, str(premises.yearly_cost)) == ("Mairie annexe", "1200.50")
        room = s.scalars(select(m.Room).where(m.Room.premises_id == premises.id)).one()
        assert (room.capacity, room.accessible, room.kind.label) == (
            14,
            True,
            "Salle de visioconférence",
        )
        item = s.scalars(select(m.EquipmentItem).where(m.EquipmentItem.site_id == site.id)).one()
        assert (item.room_id, item.quantity) == (room.id, 2)
        assert s.scalar(select(func.count()).where(m.SiteStatusChange.site_id == site.id)) == 1
    again = service.check(path)
    assert {o.action for o in again.outcomes} == {"unchanged"}


def test_problems_name_sheet_row_and_column(demo_db: Database, tmp_path: Path) -> None:
    rows = [
        {**CHAUMONT, "premises": TANNERIES, "room": "Salle neuve", "capacity": 10},
        {**CHAUMONT, "premises": TANNERIES, "room": "Salle vide", "capacity": 0},
        {**CHAUMONT, "premises": TANNERIES, "room": "Salle floue", "capacity": "dix"},
    ]
    path = _workbook(tmp_path / "salles.xlsx", {ROOMS: rows})
    service = WorkbookImportService(demo_db)
    rooms = _count(demo_db, m.Room)
    plan = service.check(path)
    assert _problems(plan) == [(ROOMS.title, 3, "Capacité"), (ROOMS.title, 4, "Capacité")]
    assert plan.problems[0].message == "doit être supérieur à 0."
    assert plan.problems[1].message.startswith("nombre saisi comme texte")
    assert (
        plan.problems[0]
        .text()
        .startswith("Feuille « Locaux et salles », ligne 3, colonne « Capacité » : ")
    )
    with pytest.raises(ImportRefusedError, match="2 problèmes"):
        service.apply(plan)
    assert _count(demo_db, m.Room) == rooms
    result = service.apply(plan, only_valid=True)
    assert (result.counts[0].create, result.counts[0].refused) == (1, 2)
    assert _count(demo_db, m.Room) == rooms + 1


def _sessions(count: int, first: date, **changes: Any) -> list[dict[str, Any]]:
    """Valid rows of CC13200 « Rentrée 2026 » at Chaumont, two a day from `first`."""
    rows = []
    for k in range(count):
        start = time(8, 30) if k % 2 == 0 else time(14, 0)
        rows.append(
            {
                **CHAUMONT,
                "course_code": "CC13200",
                "period": "Rentrée 2026",
                "day": first + timedelta(days=k // 2),
                "start_time": start,
                "end_time": time(start.hour + 3, start.minute),
                "modality": "Présentiel",
                "room": BOUCHARDON,
                "trainer": "Claire Mathieu",
                "status": "Prévue",
                **changes,
            }
        )
    return rows


def test_one_bad_row_in_a_thousand_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    rows = _sessions(1000, date(2030, 1, 7))
    rows[536]["end_time"] = time(7, 0)  # before its start: spreadsheet row 538
    path = _workbook(tmp_path / "planning.xlsx", {SESSIONS: rows})
    service = WorkbookImportService(demo_db)
    sessions = _count(demo_db, m.Session)
    plan = service.check(path)
    assert _problems(plan) == [(SESSIONS.title, 538, "Fin")]
    assert plan.counts[0].create == 999 and plan.counts[0].refused == 1
    with pytest.raises(ImportRefusedError):
        service.apply(plan)
    assert _count(demo_db, m.Session) == sessions
    service.apply(plan, only_valid=True)
    assert _count(demo_db, m.Session) == sessions + 999


def test_a_session_row_updates_the_stored_session(demo_db: Database, tmp_path: Path) -> None:
    first = date(2030, 1, 7)
    path = _workbook(tmp_path / "planning.xlsx", {SESSIONS: _sessions(2, first)})
    service = WorkbookImportService(demo_db)
    service.apply(service.check(path))
    moved = _sessions(2, first)
    moved[1].update(trainer="Julien Petitjean", room=None)
    path = _workbook(tmp_path / "planning2.xlsx", {SESSIONS: moved})
    plan = service.check(path)
    assert [(o.action, o.changes) for o in plan.outcomes] == [
        ("unchanged", ()),
        ("update", ("Salle", "Formateur")),
    ]
    sessions = _count(demo_db, m.Session)
    service.apply(plan)
    assert _count(demo_db, m.Session) == sessions
    with demo_db.reader() as s:
        session = s.scalars(
            select(m.Session).where(m.Session.day == first, m.Session.start_time == time(14))
        ).one()
        trainer = s.get(m.Trainer, session.trainer_id)
        assert session.room_id is None and trainer is not None
        assert trainer.last_name == "Petitjean"


def test_rows_depending_on_a_refused_row_are_refused(demo_db: Database, tmp_path: Path) -> None:
    new_site = {"site_insee": "52999", "site_name": "Cnam Essai"}
    path = _workbook(
        tmp_path / "dependances.xlsx",
        {
            SITES: [
                {"insee_code": "52999", "name": "Cnam Essai", "town": "Essaiville"}
                | {"department": "55", "status": "Candidature"}
            ],
            ROOMS: [
                {**new_site, "premises": "Mairie", "room": "Salle A", "capacity": 8},
                {**CHAUMONT, "premises": TANNERIES, "room": "Salle neuve", "capacity": 10},
            ],
        },
    )
    service = WorkbookImportService(demo_db)
    plan = service.check(path)
    assert _problems(plan) == [(SITES.title, 2, "Code INSEE"), (ROOMS.title, 2, "Site")]
    assert "n'appartient pas au département 55" in plan.problems[0].message
    assert plan.problems[1].message == (
        "le site « Cnam Essai » n'est pas importé : sa ligne 2 de la feuille « Sites » est refusée."
    )
    assert [o.action for o in plan.valid_rows] == ["create"]
    rooms, sites = _count(demo_db, m.Room), _count(demo_db, m.Site)
    service.apply(plan, only_valid=True)
    assert (_count(demo_db, m.Room), _count(demo_db, m.Site)) == (rooms + 1, sites)


def test_a_sheet_missing_a_required_column_is_refused_whole(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _workbook(
        tmp_path / "dependances.xlsx",
        {
            SITES: [{"insee_code": "55999", "name": "Cnam Essai", "status": "Candidature"}],
            ROOMS: [{"site_name": "Cnam Essai", "premises": "Mairie", "room": "A", "capacity": 8}],
        },
    )
    plan = WorkbookImportService(demo_db).check(path)
    assert _problems(plan) == [(SITES.title, 1, "Commune"), (ROOMS.title, 2, "Site")]
    assert plan.problems[0].message.startswith("colonne obligatoire absente")


def test_duplicates_in_the_file_name_both_rows(demo_db: Database, tmp_path: Path) -> None:
    site = {"insee_code": "55999", "name": "Cnam Essai", "town": "Essai"}
    path = _workbook(
        tmp_path / "doublons.xlsx",
        {
            SITES: [site | {"status": "Candidature"}, site | {"status": "Retenu"}],
            SESSIONS: _sessions(1, date(2030, 1, 7)) * 2,
        },
    )
    plan = WorkbookImportService(demo_db).check(path)
    assert _problems(plan) == [(SITES.title, 3, "Nom du site"), (SESSIONS.title, 3, "Début")]
    assert all("que la ligne 2" in p.message for p in plan.problems)


def test_building_columns_must_agree(demo_db: Database, tmp_path: Path) -> None:
    building = {**CHAUMONT, "premises": "Annexe", "owner": "Ville de Chaumont"}
    path = _workbook(
        tmp_path / "batiment.xlsx",
        {
            ROOMS: [
                building | {"address": "1 rue A", "room": "Salle 1", "capacity": 10},
                building | {"address": None, "room": "Salle 2", "capacity": 12},
                building | {"address": "9 rue B", "room": "Salle 3", "capacity": 14},
            ]
        },
    )
    plan = WorkbookImportService(demo_db).check(path)
    assert _problems(plan) == [
        (ROOMS.title, 2, "Bâtiment"),
        (ROOMS.title, 3, "Bâtiment"),
        (ROOMS.title, 4, "Adresse du bâtiment"),
    ]
    assert plan.problems[2].message.startswith("diffère de la ligne 2 pour le même bâtiment")
    assert "voir la ligne 4" in plan.problems[0].message
    assert plan.counts[0].refused == 3


def test_a_missing_offering_is_named(demo_db: Database, tmp_path: Path) -> None:
    rows = _sessions(1, date(2030, 1, 7), period="Rentrée 2031")
    plan = WorkbookImportService(demo_db).check(
        _workbook(tmp_path / "planning.xlsx", {SESSIONS: rows})
    )
    assert _problems(plan) == [(SESSIONS.title, 2, "Code Cnam")]
    message = plan.problems[0].message
    assert "« CC13200 »" in message and "« Rentrée 2031 »" in message
    assert "« Cnam Chaumont »" in message and "ne crée pas d'ouverture" in message


def test_unknown_columns_warn_and_absent_columns_keep_values(
    demo_db: Database, tmp_path: Path
) -> None:
    row = {k: v for k, v in _site_row(demo_db, "Cnam Chaumont").items() if k != "epci"}
    row["notes"] = None
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SITES.title
    sheet.append([*(SITES.column(k).header.upper() for k in row), "Commentaire"])
    sheet.append([*row.values(), "à revoir"])
    workbook.create_sheet("Brouillon")
    path = tmp_path / "colonnes.xlsx"
    workbook.save(path)
    with demo_db.reader() as s:
        epci = s.scalars(select(m.Site.epci).where(m.Site.name == "Cnam Chaumont")).one()
    service = WorkbookImportService(demo_db)
    plan = service.check(path)
    assert plan.ok
    assert [(w.sheet, w.row, w.column) for w in plan.warnings] == [
        (SITES.title, 1, "Commentaire"),
        ("Brouillon", 0, ""),
    ]
    assert [o.changes for o in plan.outcomes] == [("Notes",)]
    service.apply(plan)
    with demo_db.reader() as s:
        site = s.scalars(select(m.Site).where(m.Site.name == "Cnam Chaumont")).one()
        assert (site.notes, site.epci) == (None, epci)


def test_an_inventory_row_updates_the_quantity(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reader() as s:
        item_id, quantity, condition, label, room = s.execute(
            select(
                m.EquipmentItem.id,
                m.EquipmentItem.quantity,
                m.EquipmentItem.condition,
                m.EquipmentType.label,
                m.Room.name,
            )
            .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentItem.type_id)
            .join(m.Room, m.Room.id == m.EquipmentItem.room_id)
            .join(m.Site, m.Site.id == m.EquipmentItem.site_id)
            .where(m.Site.insee_code == "52121")
            .order_by(m.EquipmentItem.id)
            .limit(1)
        ).one()
    row = {
        **CHAUMONT,
        "room": room,
        "equipment": label.upper(),
        "quantity": quantity + 3,
        "condition": condition.label,
    }
    service = WorkbookImportService(demo_db)
    items = _count(demo_db, m.EquipmentItem)
    plan = service.check(_workbook(tmp_path / "inventaire.xlsx", {INVENTORY: [row]}))
    assert [(o.action, o.changes) for o in plan.outcomes] == [("update", ("Quantité",))]
    service.apply(plan)
    assert _count(demo_db, m.EquipmentItem) == items
    with demo_db.reader() as s:
        assert s.scalar(select(m.EquipmentItem.quantity).where(m.EquipmentItem.id == item_id)) == (
            quantity + 3
        )


def test_apply_refuses_when_the_database_moved(demo_db: Database, tmp_path: Path) -> None:
    row = _site_row(demo_db, "Cnam Chaumont") | {"notes": "Nouvelle note"}
    service = WorkbookImportService(demo_db)
    plan = service.check(_workbook(tmp_path / "sites.xlsx", {SITES: [row]}))
    assert plan.outcomes[0].action == "update"
    sites = SiteService(demo_db)
    site_id = next(i for i, r in sites.rows(sites.list_ids()).items() if r.name == "Cnam Chaumont")
    from dataclasses import replace

    sites.update(site_id, replace(sites.get(site_id), notes="Nouvelle note"))
    with pytest.raises(ImportOutdatedError, match="Vérifiez-le à nouveau"):
        service.apply(plan)


def test_check_can_be_cancelled(demo_db: Database, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "planning.xlsx", {SESSIONS: _sessions(600, date(2030, 1, 7))})
    seen: list[tuple[int, int | None, str]] = []
    plan = WorkbookImportService(demo_db).check(path, progress=lambda *a: seen.append(a))
    assert plan.ok and seen and seen[-1][0] <= seen[-1][1]  # type: ignore[operator]
    with pytest.raises(ImportCancelled):
        WorkbookImportService(demo_db).check(path, cancelled=lambda: True)


def test_a_duplicate_row_leaves_the_first_one_usable(demo_db: Database, tmp_path: Path) -> None:
    room = {**CHAUMONT, "premises": TANNERIES, "room": "Salle neuve", "capacity": 10}
    with demo_db.reader() as s:
        label = s.scalars(select(m.EquipmentType.label).order_by(m.EquipmentType.label)).first()
    item = {**CHAUMONT, "room": "Salle neuve", "equipment": label, "quantity": 1}
    path = _workbook(
        tmp_path / "doublon.xlsx",
        {ROOMS: [room, room | {"capacity": 12}], INVENTORY: [item | {"condition": "Neuf"}]},
    )
    service = WorkbookImportService(demo_db)
    plan = service.check(path)
    assert _problems(plan) == [(ROOMS.title, 3, "Salle")]
    assert [(o.sheet, o.action) for o in plan.valid_rows] == [
        (ROOMS.title, "create"),
        (INVENTORY.title, "create"),
    ]
    service.apply(plan, only_valid=True)
    assert _count(demo_db, m.Room, m.Room.name == "Salle neuve", m.Room.capacity == 10) == 1


def test_a_building_without_room_and_stray_room_cells(demo_db: Database, tmp_path: Path) -> None:
    building = {**CHAUMONT, "premises": "Annexe", "address": "2 rue Neuve", "room": None}
    path = _workbook(
        tmp_path / "batiment.xlsx",
        {ROOMS: [building | {"capacity": None}, building | {"capacity": 12}]},
    )
    service = WorkbookImportService(demo_db)
    plan = service.check(path)
    assert _problems(plan) == [(ROOMS.title, 3, "Salle")]
    assert plan.problems[0].message.startswith("nom de salle manquant")
    premises = _count(demo_db, m.Premises)
    service.apply(plan, only_valid=True)
    assert _count(demo_db, m.Premises, m.Premises.address == "2 rue Neuve") == 1
    assert _count(demo_db, m.Premises) == premises + 1


def test_sheet_titles_and_headers_ignore_case(demo_db: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "casse.xlsx",
        {
            SESSIONS: _sessions(1, date(2030, 1, 7), end_time="fin"),
            SITES: [_site_row(demo_db, "Cnam Chaumont")],
        },
    )
    book = load_workbook(path)
    for title, new in ((SESSIONS.title, "planning"), (SITES.title, "SITES")):
        book[title].title = "x"  # openpyxl would call it « planning1 » straight away
        book["x"].title = new
    book.save(path)
    plan = WorkbookImportService(demo_db).check(path)
    assert [(c.sheet, c.rows) for c in plan.counts] == [("SITES", 1), ("planning", 1)]
    assert [(o.sheet, o.action) for o in plan.outcomes] == [
        ("SITES", "unchanged"),
        ("planning", "refused"),
    ]
    assert _problems(plan) == [("planning", 2, "Fin")]
    assert plan.problems[0].message.startswith("heure saisie comme texte")
