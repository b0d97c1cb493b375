"""`cnam-desktop personal-data`: the people whose data the file holds; export, erase (GDPR).

cnam-desktop personal-data --list
cnam-desktop personal-data --export ID --format json|csv --out FILE
cnam-desktop personal-data --erase ID --reason "demande du 20/11/2026"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cnam_desktop.paths import AppPaths


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "personal-data",
        parents=[common],
        help="données personnelles : lister, exporter, effacer sur demande (RGPD)",
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="lister les personnes concernées")
    action.add_argument("--export", metavar="ID", help="exporter les données d'une personne")
    action.add_argument("--erase", metavar="ID", help="effacer les données d'une personne")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--out", metavar="FICHIER", help="fichier à écrire (--export)")
    parser.add_argument("--reason", metavar="MOTIF", help="motif de l'effacement (--erase)")


def run(paths: AppPaths, args: argparse.Namespace) -> int:
    """Exit 0 when done, 2 for a missing base, argument or unknown person."""
    from datetime import UTC

    from cnam_desktop.cli_db import missing, open_db
    from cnam_desktop.db.base import utcnow
    from cnam_desktop.domain.formatting import french_moment
    from cnam_desktop.errors import UserFacingError
    from cnam_desktop.services.personal_data import PersonalDataService

    if args.export and not args.out:
        print("--export demande --out FICHIER.", file=sys.stderr)
        return 2
    if args.erase and not (args.reason or "").strip():
        print("--erase demande --reason MOTIF (sans donnée personnelle).", file=sys.stderr)
        return 2
    if missing(paths):
        return 2
    db = open_db(paths)
    try:
        service = PersonalDataService(db, paths.erasure_journal)
        try:
            if args.list:
                people = service.people()
                for person in people:
                    print(f"{person.id}  {person.kind:<18}  {person.name}")
                print(f"{len(people)} personne(s).")
                return 0
            person = service.find(args.export or args.erase)
            if args.export:
                out = Path(args.out)
                writer = service.write_json if args.format == "json" else service.write_csv
                writer(person, out)
                print(f"Données de « {person.name} » exportées dans {out}.")
                return 0
            record = service.erase(person, args.reason, utcnow())
            when = french_moment(record.erased_at.replace(tzinfo=UTC).astimezone())
            print(f"Données de « {person.name} » effacées le {when} (journal : {service.journal}).")
            return 0
        except UserFacingError as exc:
            print(f"Erreur : {exc.message}", file=sys.stderr)
            return 2
    finally:
        db.close()
