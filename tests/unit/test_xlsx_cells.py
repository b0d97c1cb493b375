"""The cell rules shared by every .xlsx export: types, formats, safe text, safe files."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from cnam_desktop.errors import UserFacingError
from cnam_desktop.reports.xlsx_cells import (
    CELL_LIMIT,
    DATE_FORMAT,
    INTEGER_FORMAT,
    MAX_WIDTH,
    MONEY_FORMAT,
    TIME_FORMAT,
    CellTooLongError,
    TextCells,
    TextTally,
    TextTooLong,
    converter,
    display_width,
    fitted_width,
    is_formula_like,
    safe_text,
    set_autofilter,
    start_sheet,
)
from cnam_desktop.reports.xlsx_files import abandon, save_atomically, sheet_title

HOSTILE = ['=HYPERLINK("http://x")', "@SUM(A1)", "#N/A", "-2+3", "+33 1", "\t=1", "\r=1"]


def _write(path: Path, kinds: list[str], rows: list[list[Any]]) -> TextTally:
    """One write-only sheet whose columns convert as `kinds`; the tally it kept."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Essai")
    tally = TextTally()
    texts = TextCells(sheet, tally)
    convert = [converter(sheet, kind, texts, {"open": "Ouvert"}) for kind in kinds]
    start_sheet(sheet, [f"C{i}" for i in range(len(kinds))], [12.0] * len(kinds))
    for row in rows:
        sheet.append([c(v) for c, v in zip(convert, row, strict=True)])
    set_autofilter(sheet, len(kinds), len(rows))
    save_atomically(book, path)
    return tally


def test_safe_text_removes_and_counts_illegal_characters() -> None:
    assert safe_text("a\x00b\x07c\x1fd\ufffe") == ("abcd", 4)
    assert safe_text("tab\tnew\nline\r") == ("tab\tnew\nline\r", 0)  # legal in XML


@pytest.mark.parametrize("text", [*HOSTILE, "#div/0!", " #REF! "])
def test_formula_like(text: str) -> None:
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["Cnam Chaumont", "a=b", "2+3", "", "#hashtag", "A-B"])
def test_not_formula_like(text: str) -> None:
    assert not is_formula_like(text)


def test_typed_columns_read_back_with_their_formats(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    kinds = ["date", "time", "decimal", "int", "float", "bool", "enum", "text"]
    rows = [
        [date(2026, 9, 14), time(9, 0), Decimal("1234.50"), 12, 48.1114, True, "open", "x"],
        [date(2027, 6, 30), time(18, 30), Decimal("0.10"), 3, -1.5, False, "zzz", "y"],
        [None, None, None, None, None, None, None, None],
    ]
    _write(path, kinds, rows)
    sheet = openpyxl.load_workbook(path)["Essai"]
    first, second, empty = (sheet[r] for r in (2, 3, 4))
    # The reused styled cell of a column carries each row's own value.
    assert [c.value for c in first[:2]] == [datetime(2026, 9, 14), time(9, 0)]
    assert [c.value for c in second[:2]] == [datetime(2027, 6, 30), time(18, 30)]
    assert [c.number_format for c in first[:4]] == [
        DATE_FORMAT,
        TIME_FORMAT,
        MONEY_FORMAT,
        INTEGER_FORMAT,
    ]
    assert first[2].value == pytest.approx(1234.5) and first[2].data_type == "n"
    assert second[2].value == pytest.approx(0.1)
    assert first[3].value == 12 and first[3].data_type == "n"
    assert first[4].value == 48.1114 and second[4].value == -1.5
    assert [first[5].value, second[5].value] == ["Oui", "Non"]
    assert [first[6].value, second[6].value] == ["Ouvert", "zzz"]  # unknown value: as is
    assert all(c.value is None for c in empty)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"
    assert sheet["A1"].font.b


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_a_literal_string(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.xlsx"
    tally = _write(path, ["text"], [[text]])
    cell = openpyxl.load_workbook(path)["Essai"]["A2"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix  # stays text when edited in the spreadsheet
    assert tally.neutralised == 1 and tally.removed_characters == 0


def test_text_cells_counts_every_occurrence_and_keeps_plain_text(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("x")
    tally = TextTally()
    texts = TextCells(sheet, tally)
    assert texts("Cnam Verdun") == "Cnam Verdun"
    assert texts(None) is None and texts("") is None
    assert texts("bip\x07") == "bip" and texts("bip\x07") == "bip"
    assert tally.removed_characters == 2
    first, second = texts("=1+1"), texts("=1+1")
    assert first is not second  # a new cell each time: a row may hold it twice
    assert first.data_type == "s" and first.value == "=1+1"
    assert tally.neutralised == 2
    assert texts(52121) == "52121"
    with pytest.raises(TextTooLong) as caught:
        texts("x" * (CELL_LIMIT + 1))
    assert caught.value.length == CELL_LIMIT + 1
    assert texts("x" * CELL_LIMIT) == "x" * CELL_LIMIT


def test_too_long_error_names_the_place_in_french() -> None:
    error = CellTooLongError("Sites", 12, "Notes", 40_000)
    assert isinstance(error, UserFacingError) and isinstance(error, ValueError)
    assert "« Sites »" in error.message and "ligne 12" in error.message
    assert "« Notes »" in error.message and "32767" in error.message


def test_widths_fit_the_content_within_bounds() -> None:
    assert display_width(date(2026, 1, 1)) == 10
    assert display_width(time(9, 0)) == 5
    assert display_width("première ligne\nla deuxième, plus longue") == 24
    assert display_width(Decimal("12000.5")) == len("12,000.50") + 2
    assert fitted_width(8, "Nom", 3) == 8
    assert fitted_width(8, "Un très long en-tête", 3) == len("Un très long en-tête") + 3
    assert fitted_width(8, "Notes", 500) == MAX_WIDTH


def test_sheet_titles_are_made_acceptable() -> None:
    assert sheet_title("Sites: a/b [x]*?") == "Sites  a b  x"
    assert len(sheet_title("x" * 40)) == 31
    assert sheet_title(" / ") == "Export"


def test_abandon_removes_the_streaming_files(tmp_path: Path) -> None:
    before = set(openpyxl_writer.ALL_TEMP_FILES)
    book = Workbook(write_only=True)
    for name in ("a", "b"):
        sheet = book.create_sheet(name)
        sheet.append(["x"])
    streams = set(openpyxl_writer.ALL_TEMP_FILES) - before
    assert len(streams) == 2 and all(Path(p).exists() for p in streams)
    abandon(book)
    assert not any(Path(p).exists() for p in streams)


def test_failed_check_before_rename_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "classeur.xlsx"
    path.write_bytes(b"old")
    book = Workbook(write_only=True)
    book.create_sheet("a").append([1])

    def refuse() -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        save_atomically(book, path, before_replace=refuse)
    assert path.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["classeur.xlsx"]


def test_saved_file_has_the_usual_permissions(tmp_path: Path) -> None:
    from cnam_desktop.reports.atomic_file import current_umask

    book = Workbook(write_only=True)
    book.create_sheet("a").append([1])
    path = save_atomically(book, tmp_path / "partage.xlsx")
    assert path.stat().st_mode & 0o777 == 0o666 & ~current_umask()  # not the temp file's 0600
