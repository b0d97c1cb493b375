"""`cnam-desktop import-xlsx` and `import-templates`: the workbook import, headless.

cnam-desktop import-xlsx FILE [--db PATH] [--dry-run] [--valid-only]
    checks every row, prints each problem (« Feuille « Planning », ligne 12, colonne
    « Début » : … ») and a summary per sheet, then writes all rows in one transaction,
    or nothing when a row is refused (`--valid-only`: the valid rows only). Exit 0 when
    every row passed, 1 when a row is refused (in a dry run too), 2 when the file
    itself is refused (not a workbook, damaged, hostile) or the database is missing.
cnam-desktop import-templates --out FILE [--db PATH]
    writes the blank import templates, with the database's lists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cnam_desktop.paths import AppPaths


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "import-xlsx",
        parents=[common],
        help="importer un classeur rempli (code 1 si une ligne est refusée)",
    )
    parser.add_argument("file", metavar="FICHIER", help="classeur .xlsx à importer")
    parser.add_argument(
        "--dry-run", action="store_true", help="vérifier seulement, sans rien enregistrer"
    )
    parser.add_argument(
        "--valid-only",
        action="store_true",
        help="enregistrer les lignes valides même si d'autres sont refusées",
    )
    templates = sub.add_parser(
        "import-templates", parents=[common], help="écrire les modèles d'import vierges"
    )
    templates.add_argument("--out", required=True, metavar="FICHIER", help="fichier .xlsx")


def _open(paths: AppPaths) -> Any:
    from cnam_desktop.cli_db import missing, open_db

    return None if missing(paths) else open_db(paths)


def run_import(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.errors import UserFacingError
    from cnam_desktop.reports.xlsx_guard import WorkbookFileError
    from cnam_desktop.services.workbook_import import WorkbookImportService

    db = _open(paths)
    if db is None:
        return 2
    try:
        service = WorkbookImportService(db)
        try:
            plan = service.check(args.file)
        except WorkbookFileError as exc:
            print(f"Erreur : {exc.message}", file=sys.stderr)
            return 2
        for warning in plan.warnings:
            print(f"Avertissement — {warning.text()}")
        for problem in plan.problems:
            print(problem.text())
        write = not args.dry_run and (plan.ok or args.valid_only)
        counts = plan.counts
        if write:
            try:
                counts = service.apply(plan, only_valid=args.valid_only).counts
            except UserFacingError as exc:
                print(f"Erreur : {exc.message}", file=sys.stderr)
                return 1
    finally:
        db.close()
    name = Path(args.file).name
    if write:
        print(f"Import de « {name} » enregistré :")
    elif args.dry_run:
        print(f"Vérification de « {name} » (rien n'a été enregistré) :")
    else:
        print(
            f"Rien n'a été enregistré : « {name} » a des lignes refusées "
            "(--valid-only enregistre les lignes valides)."
        )
    for sheet in counts:
        print(f"  {sheet.summary(done=write)}")
    if not counts:
        print("  aucune feuille importable (Sites, Locaux et salles, Inventaire, Planning).")
    return 1 if plan.problems else 0


def run_templates(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.services.workbook_import import WorkbookImportService

    db = _open(paths)
    if db is None:
        return 2
    try:
        out = Path(args.out)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        written = WorkbookImportService(db).write_templates(out)
    finally:
        db.close()
    print(f"Modèles d'import écrits dans « {written} ».")
    return 0
