"""`cnam-desktop export-pdf`: the PDF reports of the Rapports screen, headless.

cnam-desktop export-pdf --report centre --site "Cnam Chaumont" --out fiche.pdf
cnam-desktop export-pdf --report regional --out rapport.pdf
cnam-desktop export-pdf --report planning --site Chaumont --week 2027-01-11 --out semaine.pdf
cnam-desktop export-pdf --report planning --trainer "Thomas Girardin" --weeks 2 --out t.pdf
cnam-desktop export-pdf --report besoins [--site …] [--funder "Région Grand Est"] --out b.pdf
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cnam_desktop.paths import AppPaths

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
WRITTEN = {"centre": "écrite", "regional": "écrit", "planning": "écrit", "besoins": "écrits"}
"""The past participle that agrees with each report's French name."""


def parse_day(text: str) -> date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"« {text} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export-pdf",
        parents=[common],
        help="écrire un rapport PDF (fiche centre, rapport régional, planning, besoins)",
    )
    parser.add_argument(
        "--report", required=True, choices=("centre", "regional", "planning", "besoins")
    )
    parser.add_argument("--out", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    parser.add_argument("--site", metavar="ID|NOM", help="site (identifiant, nom ou commune)")
    parser.add_argument("--room", metavar="ID|NOM", help="planning d'une salle")
    parser.add_argument("--trainer", metavar="ID|NOM", help="planning d'un formateur")
    parser.add_argument("--week", type=parse_day, metavar="DATE", help="un jour de la semaine")
    parser.add_argument("--weeks", type=int, default=1, help="nombre de semaines (planning)")
    parser.add_argument("--funder", metavar="ID|NOM", help="besoins d'un seul financeur")
    parser.add_argument("--today", type=parse_day, help=argparse.SUPPRESS)


def run(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.cli_db import missing, open_db
    from cnam_desktop.domain.formatting import plural
    from cnam_desktop.errors import UserFacingError
    from cnam_desktop.services import pdf_reports as pr

    if missing(paths):
        return 2
    db = open_db(paths)
    try:
        try:
            request = _request(db, args)
            pr.check_request(request)
        except UserFacingError as exc:
            print(f"Erreur : {exc.message}", file=sys.stderr)
            return 2
        out = Path(args.out)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        written = pr.write_report(db, request, out, today=args.today or date.today())
    finally:
        db.close()
    pages = _page_count(written)
    label = pr.REPORT_LABELS[request.report]
    count = f" ({plural(pages, 'page')})." if pages else "."
    print(f"{label} {WRITTEN[request.report]} dans « {written} »{count}")
    return 0


def _request(db: Any, args: argparse.Namespace) -> Any:
    from cnam_desktop.errors import UserFacingError
    from cnam_desktop.services import pdf_reports as pr

    site_id = pr.resolve_site(db, args.site) if args.site else None
    funder_id = pr.resolve_funder(db, args.funder) if args.funder else None
    if args.report != "planning":
        if args.room or args.trainer:
            raise UserFacingError(
                "--room et --trainer ne servent qu'au planning (--report planning)."
            )
        return pr.ReportRequest(args.report, site_id=site_id, funder_id=funder_id)
    targets = [t for t in (args.room, args.trainer) if t]
    if len(targets) > 1:
        raise UserFacingError("Planning : donnez une salle ou un formateur, pas les deux.")
    scope: pr.PlanningScope
    if args.trainer:
        scope, target = "trainer", pr.resolve_trainer(db, args.trainer)
    elif args.room:
        scope, target = "room", pr.resolve_room(db, args.room, site_id)
    elif site_id is not None:
        scope, target = "site", site_id
    else:
        raise UserFacingError("Planning : donnez --site, --room ou --trainer.")
    return pr.ReportRequest(
        "planning", scope=scope, target_id=target, week_start=args.week, weeks=args.weeks
    )


def _page_count(path: Path) -> int | None:
    try:
        from pypdf import PdfReader  # present with the test extras only
    except ImportError:
        return None
    return len(PdfReader(path).pages)
