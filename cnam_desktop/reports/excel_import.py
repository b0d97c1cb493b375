"""Reading a filled workbook back: each importable sheet's rows as Python values.

The file is first checked by `xlsx_guard` (hostile files never reach openpyxl), then
read in read-only mode without evaluating formulas (`data_only=False`, so that a
formula is seen as one and refused). Sheets are recognised by their title
(`layout_for_title`), columns by their header text (any order, trimmed, case ignored)
in the first rows. Each cell becomes a value of its column's kind or a `Problem`
(sheet, row number as the spreadsheet shows it, column header, French reason). What
the values mean (references, natural keys, domain rules) is the import service's job.

Unknown columns are warnings, not problems: partners add comment columns, and a
column the import does not know is simply not read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cnam_desktop.domain.formatting import french_count
from cnam_desktop.reports.excel_import_cells import CONVERTERS, CellRefused, short
from cnam_desktop.reports.workbook_layout import (
    IMPORTABLE,
    Column,
    SheetLayout,
    layout_for_title,
)
from cnam_desktop.reports.xlsx_guard import (
    DamagedWorkbookError,
    GuardLimits,
    TooManyRowsError,
    WorkbookFileError,
    XmlDeclarationError,
    check_workbook_file,
)

SILENTLY_IGNORED = frozenset(
    title.casefold()
    for title in (
        "Instructions",
        "Listes",
        "Sommaire",
        "Besoins d'équipement",
        "Catalogue",
        "Offre",
        "Offre par site",
    )
)
"""Sheets of our templates and of the partner workbook that are not imported."""
HEADER_SEARCH_ROWS = 10
Progress = Callable[[int, int | None, str], None]


@dataclass(frozen=True, order=True)
class Problem:
    """Something refused (or a warning), where the spreadsheet shows it."""

    sheet: str
    row: int
    """The row number as the spreadsheet shows it (0: the sheet as a whole)."""
    column: str
    """The column header ("": the row or the sheet as a whole)."""
    message: str

    def text(self) -> str:
        """« Feuille « Planning », ligne 12, colonne « Début » : … »"""
        where = f"Feuille « {self.sheet} »"
        if self.row:
            where += f", ligne {self.row}"
        if self.column:
            where += f", colonne « {self.column} »"
        return f"{where} : {self.message}"


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]
    """Column key → value (None for a blank cell), for the columns the sheet has."""
    refused: set[str] = field(default_factory=set)
    """Keys of the cells that could not be read (their problem is already listed)."""


@dataclass
class ParsedSheet:
    layout: SheetLayout
    title: str
    present: frozenset[str]
    """Keys of the importable columns the sheet has (a missing one keeps stored values)."""
    rows: list[ParsedRow]
    usable: bool = True
    """False when a required column is missing: none of its rows can be imported."""


@dataclass
class ParsedWorkbook:
    path: Path
    sheets: list[ParsedSheet]
    """In the order of `IMPORTABLE` (the order they are imported in)."""
    problems: list[Problem]
    warnings: list[Problem]


def read_workbook(
    path: Path | str,
    progress: Progress | None = None,
    limits: GuardLimits | None = None,
) -> ParsedWorkbook:
    """Check the file, then read every importable sheet (`WorkbookFileError` if refused)."""
    path = Path(path)
    limits = limits or GuardLimits()
    parts = check_workbook_file(path, lambda title: layout_for_title(title) is not None, limits)
    total = sum(part.rows or 0 for part in parts)
    from openpyxl import load_workbook  # 0.3 s: only when importing

    problems: list[Problem] = []
    warnings: list[Problem] = []
    sheets: dict[str, ParsedSheet] = {}
    done = 0
    with _reading(path):
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    try:
        for worksheet in workbook.worksheets:
            title = worksheet.title
            layout = layout_for_title(title)
            if layout is None:
                if title.strip().casefold() not in SILENTLY_IGNORED and (
                    worksheet.sheet_state == "visible"
                ):
                    warnings.append(
                        Problem(
                            title,
                            0,
                            "",
                            "feuille ignorée : son nom n'est pas celui d'une feuille importable "
                            f"({', '.join(layout.title for layout in IMPORTABLE)}).",
                        )
                    )
                continue
            if layout.key in sheets:
                problems.append(
                    Problem(title, 0, "", f"deuxième feuille « {layout.title} » : supprimez-la.")
                )
                continue
            reader = _SheetReader(path, layout, title, limits, problems, warnings)
            sheets[layout.key] = reader.read(_rows(path, worksheet), progress, done, total)
            done += reader.rows_seen
    finally:
        workbook.close()
    ordered = [sheets[layout.key] for layout in IMPORTABLE if layout.key in sheets]
    return ParsedWorkbook(path, ordered, problems, warnings)


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turns openpyxl's own failures on a damaged file into a `WorkbookFileError`."""
    try:
        yield
    except WorkbookFileError:
        raise
    except Exception as exc:
        if _from_defusedxml(exc):
            raise XmlDeclarationError(
                f"Le fichier « {path.name} » est refusé : il contient des déclarations "
                "XML (entités) qu'aucun classeur ne contient (fichier piégé ?)."
            ) from exc
        reason = "archive endommagée" if isinstance(exc, zipfile.BadZipFile) else str(exc)
        raise DamagedWorkbookError(
            f"Le fichier « {path.name} » n'a pas pu être lu ({reason}) : ouvrez-le dans "
            "votre tableur et enregistrez-le à nouveau au format .xlsx."
        ) from exc


def _from_defusedxml(exc: BaseException | None) -> bool:
    """defusedxml refused something (openpyxl may have wrapped it in a ValueError)."""
    while exc is not None:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _rows(path: Path, worksheet: Any) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows (cells), reading every row whatever its <dimension> claims."""
    worksheet.reset_dimensions()
    rows = worksheet.iter_rows()
    while True:
        with _reading(path):
            row = next(rows, None)
        if row is None:
            return
        yield row


class _SheetReader:
    def __init__(
        self,
        path: Path,
        layout: SheetLayout,
        title: str,
        limits: GuardLimits,
        problems: list[Problem],
        warnings: list[Problem],
    ) -> None:
        self.path, self.layout, self.title, self.limits = path, layout, title, limits
        self.problems, self.warnings = problems, warnings
        self.rows_seen = 0

    def read(
        self, rows: Iterator[tuple[Any, ...]], progress: Progress | None, done: int, total: int
    ) -> ParsedSheet:
        header_number, columns = self._header(rows)
        present = frozenset(column.key for _index, column in columns)
        parsed = ParsedSheet(self.layout, self.title, present, [])
        missing = [c for c in self.layout.importable_columns if c.required and c.key not in present]
        for column in missing:
            self.problems.append(
                Problem(
                    self.title,
                    header_number,
                    column.header,
                    "colonne obligatoire absente : ajoutez-la avec cet en-tête exact.",
                )
            )
        if missing or header_number == 0:
            parsed.usable = False
            return parsed
        converters = [(index, column, CONVERTERS[column.kind]) for index, column in columns]
        most = self.limits.max_rows + header_number
        label = f"Lecture de la feuille « {self.title} »"
        for number, row in enumerate(rows, start=header_number + 1):
            self.rows_seen += 1
            if number > most:
                raise TooManyRowsError(
                    f"Le fichier « {self.path.name} » est refusé : la feuille « {self.title} » "
                    f"compte plus de {french_count(self.limits.max_rows)} lignes."
                )
            if progress is not None and number % 200 == 0:
                progress(done + self.rows_seen, total or None, label)
            record = self._row(number, row, converters)
            if record is not None:
                parsed.rows.append(record)
        return parsed

    def _header(self, rows: Iterator[tuple[Any, ...]]) -> tuple[int, list[tuple[int, Column]]]:
        """The header row's number and its (cell index, column) of importable columns."""
        by_header = {c.header.casefold(): c for c in self.layout.columns}
        filled = False
        for number, row in enumerate(rows, start=1):
            self.rows_seen += 1
            texts = [str(cell.value).strip() if cell.value is not None else "" for cell in row]
            filled = filled or any(texts)
            known = [t for t in texts if t.casefold() in by_header]
            if len(known) < min(2, len(self.layout.columns)):
                if number >= HEADER_SEARCH_ROWS:
                    break
                continue
            columns: list[tuple[int, Column]] = []
            seen: dict[str, int] = {}
            for index, text in enumerate(texts):
                column = by_header.get(text.casefold())
                if column is None:
                    if text:
                        self.warnings.append(
                            Problem(
                                self.title,
                                number,
                                text,
                                "colonne inconnue, ignorée (vérifiez l'orthographe de l'en-tête).",
                            )
                        )
                    continue
                if column.key in seen:
                    self.problems.append(
                        Problem(
                            self.title,
                            number,
                            column.header,
                            "colonne en double : supprimez l'une des deux.",
                        )
                    )
                    continue
                seen[column.key] = index
                if not column.export_only:
                    columns.append((index, column))
            return number, columns
        if not filled:
            self.warnings.append(Problem(self.title, 0, "", "feuille vide, ignorée."))
            return 0, []
        self.problems.append(
            Problem(
                self.title,
                0,
                "",
                "ligne d'en-têtes introuvable : la première ligne doit porter les en-têtes "
                "du modèle d'import.",
            )
        )
        return 0, []

    def _row(
        self,
        number: int,
        row: tuple[Any, ...],
        converters: list[tuple[int, Column, Callable[[Column, Any], Any]]],
    ) -> ParsedRow | None:
        values: dict[str, Any] = {}
        refused: set[str] = set()
        width = len(row)
        blank = True
        for index, column, convert in converters:
            cell = row[index] if index < width else None
            if cell is None or cell.value is None:
                values[column.key] = None
                continue
            blank = False
            value = cell.value
            try:
                kind = cell.data_type
                if kind == "f":
                    raise CellRefused(
                        f"formule refusée ({short(value)}) : saisissez la valeur elle-même."
                    )
                if kind == "e":
                    raise CellRefused(f"valeur d'erreur {value} : saisissez une valeur.")
                values[column.key] = convert(column, value)
            except CellRefused as refusal:
                values[column.key] = None
                refused.add(column.key)
                self.problems.append(Problem(self.title, number, column.header, str(refusal)))
        if blank or (not refused and all(v is None for v in values.values())):
            return None
        for _index, column, _convert in converters:
            if column.required and values[column.key] is None and column.key not in refused:
                refused.add(column.key)
                self.problems.append(
                    Problem(self.title, number, column.header, "ce champ est obligatoire.")
                )
        return ParsedRow(number, values, refused)
