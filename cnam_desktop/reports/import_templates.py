"""The blank import templates: one workbook with a sheet per importable subject.

« Instructions » comes first: what the file is for, how rows are matched to existing
records, then one block per sheet listing each column (obligatoire / facultatif,
format, help). The four sheets carry the importable columns of `workbook_layout`
(export-only columns are left out: the import ignores them), with bold frozen
headers (required ones darker), widths, and data validation: lists for Oui/Non and
enumerations, dates, times, whole numbers, amounts and text lengths. Lists point to
ranges of a hidden « Listes » sheet (labels may hold commas, and an inline list is
limited to 255 characters), which also lists the database's equipment types,
trainers and sites for the columns that name them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from cnam_desktop.reports.workbook_layout import IMPORTABLE, Column, SheetLayout
from cnam_desktop.reports.xlsx_files import column_letter, save_atomically
from cnam_desktop.reports.xlsx_guard import GuardLimits

INSTRUCTIONS = "Instructions"
LISTS = "Listes"
LAST_ROW = GuardLimits().max_rows + 1
"""Validations cover the rows an import accepts (header + 100 000 rows)."""
DATE_FORMAT = "DD/MM/YYYY"
TIME_FORMAT = "HH:MM"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
REQUIRED_FILL = PatternFill("solid", fgColor="9FB6D6")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class TemplateLists:
    """Names of existing records, for the columns that refer to them."""

    equipment_types: Sequence[str] = ()
    trainers: Sequence[str] = ()
    """« Prénom Nom »."""
    sites: Sequence[str] = ()


def write_templates(path: Path | str, lists: TemplateLists | None = None) -> Path:
    """Write the templates workbook to `path` (atomically); return the path."""
    return save_atomically(build_templates(lists or TemplateLists()), path)


def build_templates(lists: TemplateLists) -> Workbook:
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    instructions.title = INSTRUCTIONS
    ranges = _lists_sheet(workbook, lists)
    for layout in IMPORTABLE:
        _subject_sheet(workbook, layout, ranges)
    _instructions(instructions)
    workbook.move_sheet(LISTS, offset=len(workbook.sheetnames))
    workbook.active = 0
    workbook.properties.title = "Modèles d'import"
    workbook.properties.creator = "Cnam — réseau territorial"
    return workbook


# « Listes » ---------------------------------------------------------------------------------


def _list_key(column: Column) -> str | None:
    """Which list of « Listes » a column takes its values from (None: no list)."""
    if column.kind == "bool":
        return "Oui / Non"
    if column.kind == "enum" and column.enum is not None:
        return column.enum.__name__
    return {"equipment": "Équipements", "trainer": "Formateurs", "site_name": "Sites"}.get(
        column.key
    )


def _lists_sheet(workbook: Workbook, lists: TemplateLists) -> dict[str, str]:
    """Write the hidden « Listes » sheet; return list name → absolute range."""
    sheet = workbook.create_sheet(LISTS)
    sheet.sheet_state = "hidden"
    named: dict[str, tuple[str, tuple[str, ...]]] = {}
    for layout in IMPORTABLE:
        for column in layout.importable_columns:
            key = _list_key(column)
            if key is not None and column.choices and key not in named:
                title = key if column.kind == "bool" else f"{column.header} ({layout.title})"
                named[key] = (title, column.choices)
    named["Équipements"] = ("Équipements", tuple(lists.equipment_types))
    named["Formateurs"] = ("Formateurs", tuple(lists.trainers))
    named["Sites"] = ("Sites", tuple(lists.sites))
    ranges: dict[str, str] = {}
    for index, (key, (name, values)) in enumerate(named.items()):
        letter = column_letter(index)
        sheet.cell(row=1, column=index + 1, value=name).font = BOLD
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index + 1, value=value)
        sheet.column_dimensions[letter].width = max([len(name), *map(len, values)]) + 2
        if values:
            ranges[key] = f"'{LISTS}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


# Subject sheets -------------------------------------------------------------------------------


def _subject_sheet(workbook: Workbook, layout: SheetLayout, ranges: dict[str, str]) -> None:
    sheet = workbook.create_sheet(layout.title)
    for index, column in enumerate(layout.importable_columns):
        letter = column_letter(index)
        cell = sheet.cell(row=1, column=index + 1, value=column.header)
        cell.font = BOLD
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        dimension = sheet.column_dimensions[letter]
        dimension.width = max(column.width, len(column.header) + 2)
        if column.kind == "date":
            dimension.number_format = DATE_FORMAT
        elif column.kind == "time":
            dimension.number_format = TIME_FORMAT
        validation = _validation(column, ranges)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 30


def _validation(column: Column, ranges: dict[str, str]) -> DataValidation | None:
    """The data validation of a column's cells, with a French prompt and error."""
    header = column.header
    kw: dict[str, Any] = {
        "allow_blank": True,
        "showErrorMessage": True,
        "showInputMessage": bool(column.help),
        "promptTitle": header[:32],
        "prompt": column.help[:255] or None,
        "errorTitle": header[:32],
    }
    key = _list_key(column)
    if key is not None:
        if key not in ranges:
            return None
        refers = column.kind == "ref" or column.key == "site_name"
        return DataValidation(
            type="list",
            formula1=ranges[key],
            errorStyle="warning" if refers else "stop",
            error=(
                "Cette valeur n'est pas dans la liste : vérifiez qu'elle existe dans "
                "l'application ou dans ce fichier."
                if refers
                else "Choisissez une valeur de la liste."
            ),
            **kw,
        )
    if column.kind == "date":
        return DataValidation(
            type="date",
            operator="greaterThan",
            formula1="1",
            error="Saisissez une date (jj/mm/aaaa).",
            **kw,
        )
    if column.kind == "time":
        return DataValidation(
            type="time",
            operator="between",
            formula1="0",
            formula2="0.999988425925926",
            error="Saisissez une heure (hh:mm).",
            **kw,
        )
    if column.kind == "int":
        return DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            error="Saisissez un nombre entier.",
            **kw,
        )
    if column.kind == "decimal":
        return DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            error="Saisissez un montant (nombre positif).",
            **kw,
        )
    if column.kind == "float":
        return DataValidation(type="decimal", error="Saisissez un nombre.", **kw)
    if column.max_length is not None:
        return DataValidation(
            type="textLength",
            operator="lessThanOrEqual",
            formula1=str(column.max_length),
            error=f"{column.max_length} caractères au plus.",
            **kw,
        )
    return None


# « Instructions » ------------------------------------------------------------------------------

_GENERAL = (
    "Ce classeur sert à importer dans l'application des sites, des locaux et salles, "
    "l'inventaire du matériel et le planning des séances : remplissez une ligne par "
    "élément, puis importez le classeur depuis l'écran Rapports (ou avec la commande "
    "« cnam-desktop import-xlsx »).",
    "Chaque ligne est d'abord vérifiée. Tant qu'une ligne pose problème, rien n'est "
    "enregistré : la liste des problèmes indique la feuille, la ligne, la colonne et la "
    "raison. Vous pouvez aussi choisir d'importer seulement les lignes valides.",
    "Une ligne qui désigne un élément existant (sa clé : par exemple le code INSEE et le "
    "nom d'un site, le nom d'une salle dans son site) met cet élément à jour au lieu d'en "
    "créer un second. Les noms sont comparés sans tenir compte des majuscules.",
    "Une colonne retirée de la feuille laisse les valeurs enregistrées inchangées ; une "
    "cellule vide efface la valeur (une case Oui / Non vide vaut Non).",
    "Les feuilles sont importées dans l'ordre Sites, Locaux et salles, Inventaire, "
    "Planning : une salle peut désigner un site créé par la feuille Sites du même fichier.",
    "Dates : de vraies dates (jj/mm/aaaa), pas du texte. Heures : de vraies heures "
    "(hh:mm). Montants et quantités : des nombres. Pas de formules ni de cellules "
    "fusionnées. Les listes déroulantes donnent les valeurs admises.",
    "Les en-têtes de la première ligne doivent rester tels quels (leur ordre est libre). "
    "Les en-têtes foncés sont ceux des colonnes obligatoires.",
)


def _format(column: Column) -> str:
    if column.kind == "text":
        return f"Texte ({column.max_length} caractères au plus)" if column.max_length else "Texte"
    if column.kind in ("bool", "enum"):
        return "Liste : " + ", ".join(column.choices)
    return {
        "int": "Nombre entier",
        "decimal": "Montant en euros (nombre)",
        "float": "Nombre décimal",
        "date": "Date (jj/mm/aaaa)",
        "time": "Heure (hh:mm)",
        "ref": "Nom d'un élément existant",
    }[column.kind]


def _paragraph(sheet: Any, text: str) -> None:
    """A paragraph across the four columns, wrapped."""
    sheet.append([text])
    row = sheet.max_row
    sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=4)
    sheet.cell(row=row, column=1).alignment = WRAP
    sheet.row_dimensions[row].height = 15 * (1 + len(text) // 110)


def _instructions(sheet: Any) -> None:
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # printed one page wide
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 40
    sheet.column_dimensions["D"].width = 60
    sheet.append(["Modèles d'import — réseau territorial du Cnam"])
    sheet["A1"].font = TITLE
    sheet.append([])
    for paragraph in _GENERAL:
        sheet.append([paragraph])
        sheet.merge_cells(
            start_row=sheet.max_row, end_row=sheet.max_row, start_column=1, end_column=4
        )
        sheet.cell(row=sheet.max_row, column=1).alignment = WRAP
        sheet.row_dimensions[sheet.max_row].height = 45
    for layout in IMPORTABLE:
        sheet.append([])
        sheet.append([f"Feuille « {layout.title} »"])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
        sheet.append([layout.description])
        sheet.merge_cells(
            start_row=sheet.max_row, end_row=sheet.max_row, start_column=1, end_column=4
        )
        sheet.cell(row=sheet.max_row, column=1).alignment = WRAP
        sheet.row_dimensions[sheet.max_row].height = 45
        sheet.append(["Colonne", "Obligatoire", "Format", "Aide"])
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
            cell.fill = HEADER_FILL
        for column in layout.importable_columns:
            status = "obligatoire" if column.required else "facultatif"
            described = _format(column)
            sheet.append([column.header, status, described, column.help])
            for cell in sheet[sheet.max_row]:
                cell.alignment = WRAP
            lines = max(1 + len(described) // 38, 1 + len(column.help) // 58)
            if lines > 1:
                sheet.row_dimensions[sheet.max_row].height = 15 * lines
