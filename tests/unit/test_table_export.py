"""« Exporter la vue »: a plain workbook that a spreadsheet opens safely."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from cnam_desktop.reports.table_export import CELL_LIMIT, write_table


def test_typed_values_and_layout(tmp_path: Path) -> None:
    path = tmp_path / "vue.xlsx"
    summary = write_table(
        path,
        "Sites",
        ["Nom", "Ouverture", "Salles", "Coût"],
        [["Cnam Chaumont", date(2019, 9, 13), 3, Decimal("1234.50")]],
        widths=[210, 90, 60, 80],
    )
    assert summary.rows == 1
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Sites"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D2"
    assert sheet["A1"].font.b
    assert sheet["B2"].value.date() == date(2019, 9, 13)  # a real date
    assert sheet["B2"].number_format == "DD/MM/YYYY"
    assert sheet["C2"].value == 3 and sheet["C2"].data_type == "n"
    assert sheet["D2"].value == pytest.approx(1234.5)


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+33 1", "-2", "@SUM(A1)", "#N/A"])
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "vue.xlsx"
    write_table(path, "Partenaires", ["Nom"], [[text]])
    cell = openpyxl.load_workbook(path).active["A2"]
    assert cell.value == text
    assert cell.data_type == "s"


def test_illegal_characters_are_removed_and_counted(tmp_path: Path) -> None:
    summary = write_table(tmp_path / "v.xlsx", "V", ["Notes"], [["a\x01b\x1fc"]])
    assert summary.removed_characters == 2
    assert openpyxl.load_workbook(tmp_path / "v.xlsx").active["A2"].value == "abc"


def test_oversized_cell_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "v.xlsx"
    with pytest.raises(ValueError, match="32767"):
        write_table(path, "V", ["Notes"], [["x" * (CELL_LIMIT + 1)]])
    assert list(folder.iterdir()) == []


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "v.xlsx"
    path.write_bytes(b"old")
    write_table(path, "V", ["A"], [[1]])
    assert openpyxl.load_workbook(path).active["A2"].value == 1
    assert [p.name for p in folder.iterdir()] == ["v.xlsx"]
