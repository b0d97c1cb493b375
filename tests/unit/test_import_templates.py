"""The blank import templates: headers of the layout, validation lists, instructions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.reports.import_templates import TemplateLists, write_templates
from cnam_desktop.reports.workbook_layout import IMPORTABLE, SESSIONS, SITES
from cnam_desktop.reports.xlsx_files import column_letter
from cnam_desktop.services.workbook_import import WorkbookImportService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

LISTS = TemplateLists(
    equipment_types=("Poste informatique", "Vidéoprojecteur, HDMI et VGA"),
    trainers=("Claire Mathieu", "Thomas Girardin"),
    sites=("Cnam Chaumont", "Cnam Épinal"),
)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = write_templates(tmp_path_factory.mktemp("modeles") / "modeles.xlsx", LISTS)
    return load_workbook(path)


def _validation(sheet: Any, letter: str) -> Any:
    """The data validation covering row 2 of column `letter`."""
    found = [dv for dv in sheet.data_validations.dataValidation if f"{letter}2" in dv.sqref]
    assert len(found) == 1, letter
    return found[0]


def _list_values(book: Any, formula: str) -> list[Any]:
    sheet_name, _, cells = formula.partition("!")
    sheet = book[sheet_name.strip("'")]
    return [row[0].value for row in sheet[cells.replace("$", "")]]


def test_sheets_and_headers_follow_the_layout(book: Any) -> None:
    assert book.sheetnames == ["Instructions", *(lay.title for lay in IMPORTABLE), "Listes"]
    assert book["Listes"].sheet_state == "hidden"
    for layout in IMPORTABLE:
        sheet = book[layout.title]
        headers = [cell.value for cell in sheet[1]]
        assert headers == [c.header for c in layout.importable_columns]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.max_row == 1


def test_lists_point_to_the_right_choices(book: Any) -> None:
    for layout in IMPORTABLE:
        sheet = book[layout.title]
        for index, column in enumerate(layout.importable_columns):
            if column.kind not in ("bool", "enum"):
                continue
            validation = _validation(sheet, column_letter(index))
            assert validation.type == "list"
            assert validation.formula1.startswith("'Listes'!")
            assert _list_values(book, validation.formula1) == list(column.choices)
            assert validation.errorStyle == "stop"


def test_lists_of_existing_records(book: Any) -> None:
    expected = {
        ("Inventaire", "Équipement"): LISTS.equipment_types,
        ("Planning", "Formateur"): LISTS.trainers,
        ("Planning", "Site"): LISTS.sites,
        ("Locaux et salles", "Site"): LISTS.sites,
    }
    for (title, header), values in expected.items():
        layout = next(lay for lay in IMPORTABLE if lay.title == title)
        index = [c.header for c in layout.importable_columns].index(header)
        validation = _validation(book[title], column_letter(index))
        assert _list_values(book, validation.formula1) == list(values)
        assert validation.errorStyle == "warning"  # a record of the same file is allowed


def test_dates_times_and_numbers_are_validated(book: Any) -> None:
    sheet = book[SESSIONS.title]
    keys = [c.key for c in SESSIONS.importable_columns]
    day = _validation(sheet, column_letter(keys.index("day")))
    start = _validation(sheet, column_letter(keys.index("start_time")))
    assert (day.type, start.type) == ("date", "time")
    letter = column_letter(keys.index("day"))
    assert f"{letter}2:{letter}100001" in str(day.sqref)
    assert sheet.column_dimensions[letter].number_format == "DD/MM/YYYY"
    sites = book[SITES.title]
    latitude = [c.key for c in SITES.importable_columns].index("latitude")
    assert _validation(sites, column_letter(latitude)).type == "decimal"


def test_instructions_explain_every_column(book: Any) -> None:
    text = "\n".join(
        " | ".join(str(v) for v in row if v is not None)
        for row in book["Instructions"].iter_rows(values_only=True)
    )
    assert "rien n'est enregistré" in text
    for layout in IMPORTABLE:
        assert f"Feuille « {layout.title} »" in text
        assert layout.description in text
        for column in layout.importable_columns:
            status = "obligatoire" if column.required else "facultatif"
            assert f"{column.header} | {status}" in text
    assert "Date (jj/mm/aaaa)" in text and "Heure (hh:mm)" in text


def test_blank_templates_import_without_problem(demo_db: Database, tmp_path: Path) -> None:
    path = WorkbookImportService(demo_db).write_templates(tmp_path / "modeles.xlsx")
    book = load_workbook(path)
    with demo_db.reader() as s:
        labels = set(s.scalars(select(m.EquipmentType.label)))
    types = _list_values(book, _validation(book["Inventaire"], "D").formula1)
    assert set(types) == labels and len(types) == len(labels)
    plan = WorkbookImportService(demo_db).check(path)
    assert plan.ok and not plan.warnings and not plan.outcomes
