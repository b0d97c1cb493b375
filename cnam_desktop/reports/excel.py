"""The partner workbook (.xlsx), written from plain rows with openpyxl's write-only mode.

Sheets follow their `SheetLayout` (headers, kinds, widths); every sheet gets a bold
frozen header, an autofilter over its data, widths fitted to its content, and a
landscape fit-to-width print setup with the sheet name and « Page n / N » in the
footer. The cover (« Sommaire ») is created first and filled last, once every sheet's
row count is known. The needs sheet ends with live totals (SUMIF / SUM formulas).
Cells follow `xlsx_cells.py` (real dates and numbers, French formats, safe text).

Short sheets are written from rows in memory (their widths fitted to every value);
the schedule is streamed (`stream_table`), its widths taken from the layout and the
longest names it can show. The file is saved to a temporary name and renamed; a
failure or a cancel leaves nothing behind (`abandon`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import call
from pathlib import Path
from typing import Any

from cnam_desktop.domain.enums import NeedStatus
from cnam_desktop.reports.workbook_layout import Column, SheetLayout
from cnam_desktop.reports.workbook_sheets import COVER_TITLE, NEEDS, description
from cnam_desktop.reports.xlsx_cells import (
    DATETIME_FORMAT,
    INTEGER_FORMAT,
    MONEY_FORMAT,
    CellTooLongError,
    Converter,
    FormattedCell,
    TextCells,
    TextTally,
    TextTooLong,
    converter,
    display_width,
    fitted_width,
    font,
    safe_text,
    set_autofilter,
    start_sheet,
    too_long_column,
)
from cnam_desktop.reports.xlsx_files import abandon, column_letter, save_atomically

PROGRESS_EVERY = 1_000
KIND_WIDTHS = {"date": 10, "time": 5, "bool": 3, "decimal": 12, "int": 6, "float": 10}

RowsWritten = Callable[[int], None]


@dataclass(frozen=True)
class CoverInfo:
    centre: str
    scope: str
    """« Tout le réseau » or the site's name."""
    period: str
    """« du 1er septembre 2026 au 30 juin 2027 », « toutes les dates »…"""
    exported_at: datetime
    notes: tuple[str, ...] = ()


def _labels(column: Column) -> dict[Any, str] | None:
    if column.enum is None:
        return None
    return {member: member.label for member in column.enum}


def _kind_width(column: Column) -> int:
    labels = _labels(column)
    if labels:
        return max(len(label) for label in labels.values())
    return KIND_WIDTHS.get(column.kind, 0)


def _content_widths(layout: SheetLayout, rows: Sequence[Sequence[Any]]) -> list[float]:
    """Each column's width fitted to its header and its widest value."""
    return [
        fitted_width(
            column.width, column.header, max((display_width(row[i]) for row in rows), default=0)
        )
        for i, column in enumerate(layout.columns)
    ]


def sumif_criterion(text: str) -> str:
    """A SUMIF criterion matching exactly `text`, as a formula string literal.

    The leading `=` stops a text like « >5 » or « =x » being read as a comparison, and
    `~` escapes the wildcards `*` and `?` (and itself).
    """
    escaped = re.sub(r"([~*?])", r"~\1", text)
    return '"=' + escaped.replace('"', '""') + '"'


def sheet_link(title: str) -> str:
    """Where a hyperlink to cell A1 of sheet `title` points."""
    return "'" + title.replace("'", "''") + "'!A1"


class PartnerWorkbook:
    """One partner workbook being written; `save` or `abandon` it at the end."""

    def __init__(self, title: str, creator: str) -> None:
        from openpyxl import Workbook  # on demand: ~0.3 s to import

        self._book = Workbook(write_only=True)
        self._book.properties.title = title
        self._book.properties.creator = creator
        self._book.properties.language = "fr-FR"
        self.title = title
        self.tally = TextTally()
        self.rows: dict[str, int] = {}
        self._written: list[SheetLayout] = []
        self._cover = self._book.create_sheet(COVER_TITLE)  # first sheet, filled last

    # Sheets ---------------------------------------------------------------------------

    def add_table(
        self,
        layout: SheetLayout,
        rows: Sequence[Sequence[Any]],
        converters: Mapping[str, Converter] | None = None,
    ) -> int:
        """A short sheet from rows in memory (values in the layout's column order)."""
        sheet = self._new_sheet(layout, _content_widths(layout, rows))
        return self._finish(sheet, layout, self._write(sheet, layout, rows, converters))

    def stream_table(
        self,
        layout: SheetLayout,
        rows: Iterable[Sequence[Any]],
        longest: Mapping[str, int],
        converters: Mapping[str, Converter] | None = None,
        on_rows: RowsWritten | None = None,
    ) -> int:
        """A long sheet streamed from `rows`; `on_rows(count)` every 1,000 rows.

        `longest` gives the length of the longest value some columns can hold (names
        of sites, courses, rooms…): widths must be set before the first row.
        """
        widths = [
            fitted_width(c.width, c.header, max(longest.get(c.key, 0), _kind_width(c)))
            for c in layout.columns
        ]
        sheet = self._new_sheet(layout, widths)
        return self._finish(sheet, layout, self._write(sheet, layout, rows, converters, on_rows))

    def add_needs(self, rows: Sequence[Sequence[Any]]) -> int:
        """The needs sheet, then its totals per site, per status and overall.

        In `rows` the estimated cost column holds the cost fixed by hand, or None: the
        cost is then the formula quantity × unit cost, so that it follows an edit.
        """
        keys = [c.key for c in NEEDS.columns]
        at = {key: keys.index(key) for key in keys}
        q, u, e = at["quantity"], at["unit_cost"], at["estimated_cost"]
        shown, written = [], []
        for number, row in enumerate(rows, start=2):
            fixed = row[e]
            formula = f"={column_letter(q)}{number}*{column_letter(u)}{number}"
            cost = fixed if fixed is not None else Decimal(row[q] or 0) * Decimal(row[u] or 0)
            written.append([*row[:e], formula if fixed is None else fixed, *row[e + 1 :]])
            shown.append([*row[:e], cost, *row[e + 1 :]])
        totals: list[Any] = [None] * len(keys)  # the widest figures: the grand totals
        totals[q] = sum(r[q] or 0 for r in shown)
        totals[e] = sum((r[e] or Decimal(0) for r in shown), Decimal(0))
        sheet = self._new_sheet(NEEDS, _content_widths(NEEDS, [*shown, totals]))
        count = self._write(sheet, NEEDS, written, None)
        self._needs_totals(sheet, count, [(r[at["site_insee"]], r[at["site_name"]]) for r in rows])
        return self._finish(sheet, NEEDS, count)

    def _needs_totals(self, sheet: Any, count: int, sites: list[tuple[Any, Any]]) -> None:
        from openpyxl.cell import WriteOnlyCell

        width = len(NEEDS.columns)
        at = {c.key: i for i, c in enumerate(NEEDS.columns)}
        letter = {key: column_letter(i) for key, i in at.items()}
        texts = TextCells(sheet, self.tally)
        bold = font(bold=True)

        def title(text: str) -> list[Any]:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            return [cell]

        def sums(key: str, criterion: str | None) -> dict[int, Any]:
            cells = {}
            for column, number_format in (
                ("quantity", INTEGER_FORMAT),
                ("estimated_cost", MONEY_FORMAT),
            ):
                span = f"{letter[column]}$2:{letter[column]}${count + 1}"
                formula = (
                    f"=SUM({span})"
                    if criterion is None
                    else f"=SUMIF({letter[key]}$2:{letter[key]}${count + 1},{criterion},{span})"
                )
                cells[at[column]] = FormattedCell(sheet, number_format)(formula)
            return cells

        def line(values: dict[int, Any]) -> list[Any]:
            return [values.get(i) for i in range(width)]

        sheet.append([])
        if count == 0:
            sheet.append(title("Aucun besoin d'équipement dans ce périmètre."))
            return
        sheet.append(title("Totaux par site"))
        seen = set()
        for insee, name in sites:
            if name in seen:
                continue
            seen.add(name)
            cleaned = safe_text(str(name))[0]
            values = sums("site_name", sumif_criterion(cleaned))
            values[at["site_insee"]] = texts(insee)
            values[at["site_name"]] = texts(name)
            sheet.append(line(values))
        sheet.append([])
        sheet.append(title("Totaux par statut"))
        for status in NeedStatus:
            values = sums("status", sumif_criterion(status.label))
            values[at["status"]] = status.label
            sheet.append(line(values))
        sheet.append([])
        values = sums("", None)
        total = WriteOnlyCell(sheet, value="Total général")
        total.font = bold
        values[0] = total
        sheet.append(line(values))

    # Cover ----------------------------------------------------------------------------

    def write_cover(self, info: CoverInfo) -> None:
        """Fill the cover: centre, scope, period, export date, contents with links, notes."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment
        from openpyxl.worksheet.hyperlink import Hyperlink

        sheet = self._cover
        texts = TextCells(sheet, self.tally)
        self._print_setup(sheet)
        labels = ("Centre régional", "Périmètre", "Période", "Date de l'export", "Remarques")
        descriptions = [description(layout) for layout in self._written]
        widths = [
            fitted_width(16, "", max(len(x) for x in (*labels, *self.rows))),
            fitted_width(12, "", max(len(info.centre), len(info.scope), len(info.period))),
            fitted_width(20, "", max(len(x) for x in (*descriptions, *info.notes))),
        ]
        for index, width in enumerate(widths):
            sheet.column_dimensions[column_letter(index)].width = width

        def styled(value: Any, **style: Any) -> Any:
            cell = WriteOnlyCell(sheet, value=value)
            for name, setting in style.items():
                setattr(cell, name, setting)
            return cell

        bold = font(bold=True)
        sheet.append([styled(self.title, font=font(size=14, bold=True))])
        sheet.append([])
        for label, value in (
            ("Centre régional", texts(info.centre)),
            ("Périmètre", texts(info.scope)),
            ("Période", texts(info.period)),
            (
                "Date de l'export",
                styled(
                    info.exported_at,
                    number_format=DATETIME_FORMAT,
                    alignment=Alignment(horizontal="left"),
                ),
            ),
        ):
            sheet.append([styled(label, font=bold), value])
        sheet.append([])
        sheet.append([styled(header, font=bold) for header in ("Onglet", "Lignes", "Contenu")])
        link_font = font(color="0563C1", underline="single")
        for layout, text in zip(self._written, descriptions, strict=True):
            cell = styled(layout.title, font=link_font)
            cell.row, cell.column = 1, 1  # openpyxl needs a place before it takes a link
            where = sheet_link(layout.title)
            cell.hyperlink = Hyperlink(ref="", location=where, display=layout.title)
            count = styled(self.rows[layout.title], number_format=INTEGER_FORMAT)
            sheet.append([cell, count, text])
        if info.notes:
            sheet.append([])
        for number, note in enumerate(info.notes):  # our own sentences, not user text
            title = styled("Remarques", font=bold) if number == 0 else None
            sheet.append([title, None, note])

    # File -----------------------------------------------------------------------------

    def save(self, path: Path | str, before_replace: Callable[[], None] | None = None) -> Path:
        """Write the file (temporary name, then renamed); `abandon` on any failure."""
        try:
            return save_atomically(self._book, path, before_replace)
        except BaseException:
            abandon(self._book)
            raise

    def abandon(self) -> None:
        abandon(self._book)

    # Helpers --------------------------------------------------------------------------

    def _new_sheet(self, layout: SheetLayout, widths: Sequence[float]) -> Any:
        sheet = self._book.create_sheet(layout.title)
        self._print_setup(sheet)
        sheet.print_title_rows = "1:1"
        start_sheet(sheet, layout.headers, widths)
        return sheet

    def _write(
        self,
        sheet: Any,
        layout: SheetLayout,
        rows: Iterable[Sequence[Any]],
        overrides: Mapping[str, Converter] | None,
        on_rows: RowsWritten | None = None,
    ) -> int:
        texts = TextCells(sheet, self.tally)
        convert = [
            (overrides or {}).get(c.key) or converter(sheet, c.kind, texts, _labels(c))
            for c in layout.columns
        ]
        append, width = sheet.append, len(convert)
        count = 0
        row: Sequence[Any] = ()
        try:
            for row in rows:
                if count == 0 and len(row) != width:
                    raise ValueError(f"{layout.title}: {len(row)} values for {width} columns")
                append(list(map(call, convert, row)))
                count += 1
                if on_rows is not None and count % PROGRESS_EVERY == 0:
                    on_rows(count)
        except TextTooLong as exc:
            column = too_long_column(row, layout.headers)
            raise CellTooLongError(layout.title, count + 2, column, exc.length) from None
        if on_rows is not None:
            on_rows(count)
        return count

    def _finish(self, sheet: Any, layout: SheetLayout, count: int) -> int:
        set_autofilter(sheet, len(layout.columns), count)
        self.rows[layout.title] = count
        self._written.append(layout)
        return count

    @staticmethod
    def _print_setup(sheet: Any) -> None:
        from openpyxl.worksheet.properties import PageSetupProperties

        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.paperSize = "9"  # A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        properties = sheet.sheet_properties
        if properties.pageSetUpPr is None:
            properties.pageSetUpPr = PageSetupProperties()
        properties.pageSetUpPr.fitToPage = True
        footer = sheet.HeaderFooter.oddFooter
        footer.left.text = "&A"
        footer.right.text = "Page &P / &N"
