"""The partner workbook, read back with openpyxl and checked against the database."""

from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet import _writer as openpyxl_writer
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.domain.enums import NeedStatus
from cnam_desktop.domain.formatting import WEEKDAY_NAMES
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.reports.workbook_layout import INVENTORY, ROOMS, SESSIONS, SITES
from cnam_desktop.reports.workbook_sheets import CATALOGUE, NEEDS, OFFER, SHEETS
from cnam_desktop.reports.xlsx_cells import CELL_LIMIT, CellTooLongError
from cnam_desktop.services.workbook_export import (
    ExportCancelled,
    ExportScope,
    WorkbookExportSummary,
    export_workbook,
)

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

NOW = datetime(2026, 11, 26, 14, 30)
HOSTILE = ['=HYPERLINK("http://x")', "@SUM(A1)", "#N/A", "-2+3"]


@dataclass
class Exported:
    db_path: Path
    path: Path
    summary: WorkbookExportSummary
    book: Any


@pytest.fixture(scope="module")
def exported(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """The whole demo network exported once for the read-only checks of this module."""
    folder = tmp_path_factory.mktemp("workbook")
    db_path = folder / "demo.sqlite3"
    shutil.copyfile(demo_db_template, db_path)
    db = open_database(db_path)
    try:
        summary = export_workbook(db, folder / "classeur.xlsx", now=NOW)
    finally:
        db.close()
    return Exported(db_path, summary.path, summary, openpyxl.load_workbook(summary.path))


def _read(source: Path | Database, query: Any) -> list[Any]:
    """The query's rows from a file, or from an opened database (either backend)."""
    db = source if isinstance(source, Database) else open_database(source)
    try:
        with db.uow() as s:  # committed, not rolled back: the objects stay readable
            return list(s.execute(query))
    finally:
        if db is not source:
            db.close()


def _rows(sheet: Any) -> list[list[Any]]:
    """Data rows below the header, up to the first empty row."""
    rows = []
    for row in sheet.iter_rows(min_row=2):
        if all(cell.value is None for cell in row):
            break
        rows.append(row)
    return rows


def _records(sheet: Any) -> list[dict[str, Any]]:
    headers = [cell.value for cell in sheet[1]]
    return [{h: cell.value for h, cell in zip(headers, row, strict=True)} for row in _rows(sheet)]


# Structure -------------------------------------------------------------------------------


def test_sheets_headers_and_properties(exported: Exported) -> None:
    book = exported.book
    assert book.sheetnames == ["Sommaire", *(layout.title for layout in SHEETS)]
    for layout in SHEETS:
        assert tuple(c.value for c in book[layout.title][1]) == layout.headers
    assert book.properties.title == "Réseau territorial — classeur partenaires"
    assert book.properties.creator == "Cnam Grand Est"


@pytest.mark.parametrize("layout", SHEETS, ids=lambda layout: layout.key)
def test_every_sheet_is_framed_and_printable(exported: Exported, layout: Any) -> None:
    sheet = exported.book[layout.title]
    count = exported.summary.rows[layout.title]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    last = openpyxl.utils.get_column_letter(len(layout.columns))
    assert sheet.auto_filter.ref == f"A1:{last}{count + 1}"
    assert sheet.page_setup.orientation == "landscape"
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.oddFooter.left.text == "&A"
    assert sheet.oddFooter.right.text == "Page &P / &N"
    for index, column in enumerate(layout.columns):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width
        assert column.width <= width <= 60


def test_widths_fit_the_longest_value(exported: Exported) -> None:
    sheet = exported.book[SITES.title]
    names = [row[1].value for row in _rows(sheet)]
    width = sheet.column_dimensions["B"].width
    assert width >= max(len(name) for name in names)


def test_cover_lists_scope_and_contents(exported: Exported) -> None:
    cover = exported.book["Sommaire"]
    assert cover["A1"].value == "Réseau territorial — classeur partenaires"
    assert cover["A1"].font.b
    pairs = {row[0].value: row[1].value for row in cover.iter_rows(min_row=3, max_row=6)}
    assert pairs["Centre régional"] == "Cnam Grand Est"
    assert pairs["Périmètre"] == "Tout le réseau"
    assert pairs["Période"] == "toutes les dates"
    assert pairs["Date de l'export"] == NOW
    assert cover["B6"].number_format == "DD/MM/YYYY HH:MM"
    assert [c.value for c in cover[8]] == ["Onglet", "Lignes", "Contenu"]
    contents = {}
    for row in cover.iter_rows(min_row=9, max_row=8 + len(SHEETS)):
        contents[row[0].value] = row[1].value
        assert row[0].hyperlink.location == f"'{row[0].value.replace(chr(39), chr(39) * 2)}'!A1"
        assert row[2].value
    assert contents == exported.summary.rows
    assert list(contents) == [layout.title for layout in SHEETS]


# Contents against the database -----------------------------------------------------------


def test_sites_round_trip_every_importable_column(exported: Exported) -> None:
    sites = _read(exported.db_path, select(m.Site).where(m.Site.deleted_at.is_(None)))
    by_name = {site.name: site for (site,) in sites}
    records = _records(exported.book[SITES.title])
    assert len(records) == len(by_name)
    for record in records:
        site = by_name[record["Nom du site"]]
        for column in SITES.importable_columns:
            stored = getattr(site, column.key)
            shown = record[column.header]
            if column.kind == "date":
                assert shown == (datetime.combine(stored, time()) if stored else None)
            elif column.kind == "bool":
                assert shown == ("Oui" if stored else "Non")
            elif column.kind == "enum":
                assert shown == stored.label
            else:
                assert shown == stored, column.key


def test_sites_cells_are_typed(exported: Exported) -> None:
    rows = _rows(exported.book[SITES.title])
    at = {c.key: i for i, c in enumerate(SITES.columns)}
    dated = [r[at["opening_date"]] for r in rows if r[at["opening_date"]].value is not None]
    assert dated and all(c.is_date and c.number_format == "DD/MM/YYYY" for c in dated)
    assert all(r[at["latitude"]].data_type == "n" for r in rows)
    assert all(r[at["insee_code"]].data_type == "s" for r in rows)  # « 08105 » keeps its 0


def test_rooms_one_row_per_room_with_its_premises(exported: Exported) -> None:
    found = _read(
        exported.db_path,
        select(m.Room, m.Premises)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .where(m.Room.deleted_at.is_(None), m.Premises.deleted_at.is_(None)),
    )
    rows = _rows(exported.book[ROOMS.title])
    at = {c.key: i for i, c in enumerate(ROOMS.columns)}
    assert len(rows) == len(found)
    shown = {(r[at["premises"]].value, r[at["room"]].value): r for r in rows}
    for room, premises in found:
        row = shown[(premises.name, room.name)]
        assert row[at["capacity"]].value == room.capacity
        assert row[at["capacity"]].data_type == "n"
        assert row[at["kind"]].value == room.kind.label
        assert row[at["accessible"]].value == ("Oui" if room.accessible else "Non")
        cost = row[at["yearly_cost"]]
        if premises.yearly_cost is None:
            assert cost.value is None
        else:
            assert Decimal(str(cost.value)) == premises.yearly_cost
            assert cost.number_format == '#,##0.00 "€"'


def test_inventory_value_is_quantity_times_unit_cost(exported: Exported) -> None:
    records = _records(exported.book[INVENTORY.title])
    count = _read(
        exported.db_path,
        select(m.EquipmentItem.id).where(m.EquipmentItem.deleted_at.is_(None)),
    )
    assert len(records) == len(count)
    for record in records:
        expected = record["Quantité"] * Decimal(str(record["Coût unitaire (€)"]))
        assert Decimal(str(record["Valeur (€)"])) == expected
        assert record["État"] in {"Neuf", "Bon état", "Usé", "Hors service"}


def test_schedule_matches_the_sessions(exported: Exported) -> None:
    found = _read(
        exported.db_path,
        select(m.Session, m.Offering.period_label, m.Course.cnam_code, m.Site.name)
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(m.Session.deleted_at.is_(None)),
    )
    expected = Counter(
        (site, code, period, datetime.combine(s.day, time()), s.start_time, s.end_time)
        for s, period, code, site in found
    )
    sheet = exported.book[SESSIONS.title]
    rows = _rows(sheet)
    at = {c.key: i for i, c in enumerate(SESSIONS.columns)}
    keys = ("site_name", "course_code", "period", "day", "start_time", "end_time")
    shown = Counter(tuple(r[at[k]].value for k in keys) for r in rows)
    assert shown == expected
    days = [r[at["day"]].value for r in rows]
    assert days == sorted(days)
    for row in rows[:50]:
        day, start = row[at["day"]], row[at["start_time"]]
        assert day.is_date and day.number_format == "DD/MM/YYYY"
        assert isinstance(start.value, time) and start.number_format == "HH:MM"
        assert row[at["weekday"]].value == WEEKDAY_NAMES[day.value.weekday()]
        assert row[at["modality"]].value in {"Présentiel", "À distance", "Hybride"}
        assert row[at["status"]].value in {"Prévue", "Confirmée", "Réalisée", "Annulée"}
    trainers = {r[at["trainer"]].value for r in rows} - {None}
    assert "Thomas Girardin" in trainers
    assert any(r[at["guests"]].value for r in rows)  # the demo has guest sites


def test_catalogue_and_offer(exported: Exported) -> None:
    courses = _read(
        exported.db_path, select(m.Course.cnam_code).where(m.Course.deleted_at.is_(None))
    )
    catalogue = _records(exported.book[CATALOGUE.title])
    assert sorted(r["Code Cnam"] for r in catalogue) == sorted(code for (code,) in courses)
    assert all(r["Modalités possibles"] for r in catalogue)
    offerings = _read(exported.db_path, select(m.Offering).where(m.Offering.deleted_at.is_(None)))
    offer = _records(exported.book[OFFER.title])
    assert len(offer) == len(offerings)
    assert sum(r["Inscrits"] for r in offer) == sum(o.enrolled_learners for (o,) in offerings)
    assert sum(r["Séances"] for r in offer) == exported.summary.rows[SESSIONS.title]


# Needs and their live totals -------------------------------------------------------------

SUM = re.compile(r"=SUM\(([A-Z]+)\$(\d+):\1\$(\d+)\)")
SUMIF = re.compile(
    r'=SUMIF\(([A-Z]+)\$(\d+):\1\$(\d+),"((?:[^"]|"")*)",([A-Z]+)\$(\d+):\5\$(\d+)\)'
)
PRODUCT = re.compile(r"=([A-Z]+)(\d+)\*([A-Z]+)(\d+)")


class Evaluator:
    """Just enough of a spreadsheet to compute the formulas the needs sheet uses."""

    def __init__(self, sheet: Any, rows: int) -> None:
        self.sheet, self.rows, self.edits = sheet, rows, {}

    def __call__(self, ref: str) -> Decimal:
        value = self.edits.get(ref, self.sheet[ref].value)
        if isinstance(value, str) and value.startswith("="):
            return self.formula(value)
        return Decimal(str(value or 0))

    def column(self, letter: str, first: str, last: str) -> list[str]:
        assert (int(first), int(last)) == (2, self.rows + 1)  # exactly the data rows
        return [f"{letter}{n}" for n in range(2, self.rows + 2)]

    def formula(self, text: str) -> Decimal:
        if match := PRODUCT.fullmatch(text):
            a, ra, b, rb = match.groups()
            return self(f"{a}{ra}") * self(f"{b}{rb}")
        if match := SUM.fullmatch(text):
            return sum((self(ref) for ref in self.column(*match.groups())), Decimal(0))
        match = SUMIF.fullmatch(text)
        assert match, text
        key, k1, k2, criterion, values, v1, v2 = match.groups()
        assert criterion.startswith("=")
        wanted = re.sub(r"~(.)", r"\1", criterion[1:].replace('""', '"'))
        total = Decimal(0)
        for ref, value in zip(self.column(key, k1, k2), self.column(values, v1, v2), strict=True):
            if self.sheet[ref].value == wanted:
                total += self(value)
        return total


def _needs_expected(
    source: Path | Database,
) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    found = _read(
        source,
        select(m.EquipmentNeed, m.EquipmentType.unit_cost, m.Site.name)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentNeed.type_id)
        .join(m.Site, m.Site.id == m.EquipmentNeed.site_id)
        .where(m.EquipmentNeed.deleted_at.is_(None), m.Site.deleted_at.is_(None)),
    )
    by_site: dict[str, Decimal] = defaultdict(Decimal)
    by_status: dict[str, Decimal] = {status.label: Decimal(0) for status in NeedStatus}
    for need, unit_cost, site in found:
        cost = need.cost_override if need.cost_override is not None else need.quantity * unit_cost
        by_site[site] += cost
        by_status[need.status.label] += cost
    return dict(by_site), by_status


def _totals(sheet: Any, count: int) -> dict[str, dict[str, str]]:
    """Totals block: {"site": {name: cost cell}, "status": {...}, "all": {"": cell}}."""
    at = {c.key: i + 1 for i, c in enumerate(NEEDS.columns)}
    cost = openpyxl.utils.get_column_letter(at["estimated_cost"])
    blocks: dict[str, dict[str, str]] = {"site": {}, "status": {}, "all": {}}
    block = ""
    for number in range(count + 2, sheet.max_row + 1):
        first = sheet.cell(number, 1).value
        if first in ("Totaux par site", "Totaux par statut", "Total général"):
            block = {"Totaux par site": "site", "Totaux par statut": "status"}.get(first, "all")
            if block != "all":
                continue
        if sheet[f"{cost}{number}"].value is None:
            continue
        key = {"site": at["site_name"], "status": at["status"]}.get(block)
        blocks[block][sheet.cell(number, key).value if key else ""] = f"{cost}{number}"
    return blocks


def test_needs_totals_are_live_formulas_with_the_right_figures(exported: Exported) -> None:
    sheet = exported.book[NEEDS.title]
    count = exported.summary.rows[NEEDS.title]
    by_site, by_status = _needs_expected(exported.db_path)
    evaluate = Evaluator(sheet, count)
    blocks = _totals(sheet, count)
    assert {name: evaluate(ref) for name, ref in blocks["site"].items()} == by_site
    assert {name: evaluate(ref) for name, ref in blocks["status"].items()} == by_status
    assert evaluate(blocks["all"][""]) == sum(by_site.values())
    for ref in (*blocks["site"].values(), *blocks["status"].values(), blocks["all"][""]):
        assert sheet[ref].data_type == "f"
        assert sheet[ref].number_format == '#,##0.00 "€"'

    # A partner raising a quantity sees the line's cost and every total follow.
    at = {c.key: i for i, c in enumerate(NEEDS.columns)}
    row = next(r for r in _rows(sheet) if str(r[at["estimated_cost"]].value).startswith("="))
    site, unit = row[at["site_name"]].value, Decimal(str(row[at["unit_cost"]].value))
    evaluate.edits[row[at["quantity"]].coordinate] = row[at["quantity"]].value + 2
    assert evaluate(blocks["site"][site]) == by_site[site] + 2 * unit
    assert evaluate(blocks["all"][""]) == sum(by_site.values()) + 2 * unit


# Safe text, scopes, cancel (each on a private copy) ---------------------------------------


def _rename_sites(db: Database, names: dict[str, str], notes: dict[str, str] | None = None) -> None:
    with db.uow() as s:
        for site in s.scalars(select(m.Site)):
            if site.town in names:
                site.name = names[site.town]
            if notes and site.town in notes:
                site.notes = notes[site.town]


def test_formula_like_names_stay_text_and_illegal_characters_go(
    demo_db: Database, tmp_path: Path
) -> None:
    towns = ("Chaumont", "Verdun", "Épinal", "Sedan")
    _rename_sites(demo_db, dict(zip(towns, HOSTILE, strict=True)), {"Forbach": "bip\x07bop"})
    summary = export_workbook(demo_db, tmp_path / "x.xlsx", now=NOW)
    book = openpyxl.load_workbook(summary.path)
    names = {row[1].value: row[1] for row in _rows(book[SITES.title])}
    for text in HOSTILE:
        assert names[text].data_type == "s" and names[text].value == text
    notes = [r["Notes"] for r in _records(book[SITES.title]) if r["Commune"] == "Forbach"]
    assert notes == ["bipbop"]
    assert summary.removed_characters == 1
    assert summary.neutralised_formulas >= len(HOSTILE)
    sessions = _records(book[SESSIONS.title])
    assert any(r["Site"] == HOSTILE[0] for r in sessions)
    for sheet in book.worksheets:  # not one live formula outside the needs totals
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert sheet.title == NEEDS.title
                    assert cell.value.startswith(("=SUM", "=SUMIF", "=")), cell.value
                    assert "HYPERLINK" not in cell.value or "SUMIF" in cell.value
                assert cell.data_type != "e"
    # The hostile names also total correctly (the SUMIF criterion is exact).
    count = summary.rows[NEEDS.title]
    blocks = _totals(book[NEEDS.title], count)
    by_site, _ = _needs_expected(demo_db)
    evaluate = Evaluator(book[NEEDS.title], count)
    assert {name: evaluate(ref) for name, ref in blocks["site"].items()} == by_site
    assert any("caractère" in w.lower() for w in summary.warnings)
    assert any("tels quels" in w for w in summary.warnings)


def test_premises_without_rooms_gets_one_row(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.uow() as s:
        site = s.scalars(select(m.Site).where(m.Site.town == "Verdun")).one()
        s.add(m.Premises(site_id=site.id, name="Annexe vide", yearly_cost=Decimal("1200.50")))
        site_id = site.id
    summary = export_workbook(demo_db, tmp_path / "x.xlsx", ExportScope(site_id=site_id))
    records = _records(openpyxl.load_workbook(summary.path)[ROOMS.title])
    empty = [r for r in records if r["Bâtiment"] == "Annexe vide"]
    assert len(empty) == 1
    assert empty[0]["Salle"] is None and empty[0]["Capacité"] is None
    assert empty[0]["Coût annuel (€)"] == pytest.approx(1200.5)
    assert empty[0]["Accès de plain-pied"] == "Non"


def _site_id(db: Database, town: str) -> str:
    with db.reader() as s:
        return s.scalars(select(m.Site.id).where(m.Site.town == town)).one()


def test_site_scope_restricts_every_sheet_but_the_catalogue(
    demo_db: Database, tmp_path: Path
) -> None:
    site_id = _site_id(demo_db, "Verdun")
    summary = export_workbook(demo_db, tmp_path / "x.xlsx", ExportScope(site_id=site_id))
    book = openpyxl.load_workbook(summary.path)
    for layout in (SITES, ROOMS, INVENTORY, NEEDS, OFFER, SESSIONS):
        column = "Nom du site" if layout is SITES else "Site"
        records = _records(book[layout.title])
        assert records, layout.title
        assert {r[column] for r in records} == {"Cnam Verdun"}
    with demo_db.reader() as s:
        courses = len(s.scalars(select(m.Course.id).where(m.Course.deleted_at.is_(None))).all())
        sessions = len(
            s.scalars(
                select(m.Session.id)
                .join(m.Offering, m.Offering.id == m.Session.offering_id)
                .where(m.Offering.site_id == site_id, m.Session.deleted_at.is_(None))
            ).all()
        )
    assert summary.rows[CATALOGUE.title] == courses
    assert summary.rows[SESSIONS.title] == sessions
    assert book["Sommaire"]["B4"].value == "Cnam Verdun"


def test_period_scope_keeps_sessions_and_offerings_of_the_period(
    demo_db: Database, tmp_path: Path
) -> None:
    start, end = date(2026, 9, 1), date(2026, 12, 31)
    summary = export_workbook(demo_db, tmp_path / "x.xlsx", ExportScope(start=start, end=end))
    book = openpyxl.load_workbook(summary.path)
    days = [r["Date"].date() for r in _records(book[SESSIONS.title])]
    with demo_db.reader() as s:
        expected = s.scalars(
            select(m.Session.day).where(
                m.Session.deleted_at.is_(None), m.Session.day.between(start, end)
            )
        ).all()
        offerings = s.execute(
            select(m.Offering.start_date, m.Offering.end_date).where(
                m.Offering.deleted_at.is_(None)
            )
        ).all()
    assert sorted(days) == sorted(expected) and days
    overlapping = [o for o in offerings if o[0] <= end and (o[1] is None or o[1] >= start)]
    assert 0 < summary.rows[OFFER.title] == len(overlapping) < len(offerings)
    assert book["Sommaire"]["B5"].value == "du 1er septembre 2026 au 31 décembre 2026"


def test_progress_reports_every_step_up_to_the_total(demo_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_workbook(demo_db, tmp_path / "x.xlsx", progress=lambda *a: calls.append(a))
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] > 2000
    assert any(re.fullmatch(r"Planning : 1\u202f000 / 2\u202f\d{3} séances", t) for *_, t in calls)


@pytest.mark.parametrize("when", ["", "Planning", "Enregistrement"])
def test_cancel_leaves_no_file_and_the_old_one_untouched(
    demo_db: Database, tmp_path: Path, when: str
) -> None:
    """Cancelled at once, while streaming the schedule, or once saved but not renamed."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "classeur.xlsx"
    target.write_bytes(b"previous workbook")
    streams = set(openpyxl_writer.ALL_TEMP_FILES)
    asked = {"cancel": not when}

    def progress(done: int, total: int, label: str) -> None:
        if when and label.startswith(when):
            asked["cancel"] = True

    def cancelled() -> bool:
        return asked["cancel"]

    with pytest.raises(ExportCancelled) as caught:
        export_workbook(demo_db, target, progress=progress, cancelled=cancelled)
    assert "annulé" in caught.value.message
    assert target.read_bytes() == b"previous workbook"
    assert [p.name for p in folder.iterdir()] == ["classeur.xlsx"]
    leftover = set(openpyxl_writer.ALL_TEMP_FILES) - streams
    assert not any(Path(p).exists() for p in leftover)


def test_too_long_text_is_refused_with_its_place(demo_db: Database, tmp_path: Path) -> None:
    _rename_sites(demo_db, {}, {"Verdun": "x" * (CELL_LIMIT + 5)})
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CellTooLongError) as caught:
        export_workbook(demo_db, folder / "x.xlsx")
    assert (caught.value.sheet, caught.value.column) == ("Sites", "Notes")
    names = _records_of_sites_order(demo_db)
    assert caught.value.row == names.index("Cnam Verdun") + 2
    assert list(folder.iterdir()) == []


def _records_of_sites_order(db: Database) -> list[str]:
    from cnam_desktop.domain.formatting import french_sort_key

    with db.reader() as s:
        names = s.scalars(select(m.Site.name).where(m.Site.deleted_at.is_(None))).all()
    return sorted(names, key=french_sort_key)


def test_bad_scope_is_refused_in_french(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_workbook(demo_db, tmp_path / "x.xlsx", ExportScope(site_id="nope"))
    with pytest.raises(UserFacingError, match="après la fin"):
        export_workbook(
            demo_db, tmp_path / "x.xlsx", ExportScope(start=date(2027, 1, 1), end=date(2026, 1, 1))
        )
    assert not (tmp_path / "x.xlsx").exists()


def test_exported_workbook_reimports_unchanged(demo_db: Database, tmp_path: Path) -> None:
    """The contract with the import: every importable row comes back as it was."""
    from cnam_desktop.services.workbook_import import WorkbookImportService

    towns = ("Chaumont", "Verdun", "Épinal", "Sedan")
    _rename_sites(demo_db, dict(zip(towns, HOSTILE, strict=True)))
    summary = export_workbook(demo_db, tmp_path / "x.xlsx", now=NOW)
    plan = WorkbookImportService(demo_db).check(summary.path)
    assert plan.ok, plan.problems[:3]
    assert plan.changes == 0
    counted = {c.sheet: (c.rows, c.unchanged) for c in plan.counts}
    for layout in (SITES, ROOMS, INVENTORY, SESSIONS):
        rows = summary.rows[layout.title]
        assert counted[layout.title] == (rows, rows)
