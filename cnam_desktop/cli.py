"""Command line: `cnam-desktop` opens the window; subcommands run headless (no Qt).

cnam-desktop [--db PATH] [--data-dir DIR]            open the application
cnam-desktop seed-demo [--db PATH]                   load the demo network
cnam-desktop seed-scale --sites 100 --sessions 100000 [--seed N] [--db PATH]
cnam-desktop check [--db PATH]                       integrity and counts
cnam-desktop conflicts [--site ID] [--format text|json|csv] [--db PATH]
                                                     scheduling conflicts (exit 1 on an error)
cnam-desktop export-pdf --report centre|regional|planning|besoins --out FILE
             [--site ID] [--room ID] [--trainer ID] [--week DATE] [--weeks N] [--funder ID]
                                                     a PDF report (see cli_pdf.py)
cnam-desktop import-xlsx FILE [--dry-run] [--valid-only] [--db PATH]
                                                     import a filled workbook (exit 1 if a row
                                                     is refused, 2 if the file is; cli_import.py)
cnam-desktop import-templates --out FILE [--db PATH] the blank import templates
cnam-desktop export-xlsx --out FILE [--site ID] [--from DATE] [--to DATE] [--db PATH]
                                                     the partner workbook (.xlsx)
cnam-desktop backup [--db PATH]                      a verified copy (cli_backup.py)
cnam-desktop restore [COPIE] [--list] [--db PATH]    list the copies or restore one
cnam-desktop personal-data --list | --export ID --format json|csv --out FILE
             | --erase ID --reason TEXT              GDPR: list, export, erase (cli_personal.py)
cnam-desktop info                                    version and paths
cnam-desktop sync --server URL [--password-env VAR] [--db PATH]
                                                     synchronise the file with a shared base
                                                     (exit 3 if conflicts wait; cli_sync.py)

--db also takes a shared base on a PostgreSQL server, `postgresql://user@host/base`
(cli_db.py: the password is asked when needed, never stored); backup and restore,
which copy files, then point to pg_dump.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext

from cnam_desktop import (
    APP_DISPLAY_NAME,
    app_version,
    cli_backup,
    cli_db,
    cli_import,
    cli_pdf,
    cli_personal,
    cli_sync,
)
from cnam_desktop.errors import UserFacingError
from cnam_desktop.paths import AppPaths, app_paths

DB_HELP = "fichier de base de données, ou base partagée postgresql://utilisateur@serveur/base"


class _VersionAction(argparse.Action):
    """`--version`, reading the version only when asked (see `app_version`)."""

    def __init__(self, option_strings: list[str], dest: str, **_kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="afficher la version et quitter")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        parser.exit(message=f"{parser.prog} {app_version()}\n")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option given before the subcommand is not reset by the subparser.
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=DB_HELP)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="dossier des données"
    )

    parser = argparse.ArgumentParser(
        prog="cnam-desktop",
        description=f"{APP_DISPLAY_NAME} — sans sous-commande, ouvre l'application.",
    )
    parser.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    parser.add_argument("--data-dir", metavar="DIR", help="dossier des données")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    sub.add_parser("seed-demo", parents=[common], help="charger le réseau de démonstration")
    scale = sub.add_parser(
        "seed-scale", parents=[common], help="générer un grand réseau reproductible (mesures)"
    )
    scale.add_argument("--sites", type=int, default=100)
    scale.add_argument("--sessions", type=int, default=100_000)
    scale.add_argument("--seed", type=int, default=2019, help="graine du générateur aléatoire")
    sub.add_parser("check", parents=[common], help="contrôler l'intégrité et compter")
    sub.add_parser("info", parents=[common], help="version et emplacements des fichiers")
    conflicts = sub.add_parser(
        "conflicts", parents=[common], help="lister les conflits de planning (code 1 si erreur)"
    )
    conflicts.add_argument("--site", metavar="ID", help="site (identifiant, nom ou commune)")
    conflicts.add_argument("--format", choices=("text", "json", "csv"), default="text")
    cli_pdf.add_parser(sub, common)
    xlsx = sub.add_parser(
        "export-xlsx", parents=[common], help="écrire le classeur Excel des partenaires"
    )
    xlsx.add_argument("--out", required=True, metavar="FICHIER", help="fichier .xlsx à écrire")
    xlsx.add_argument("--site", metavar="ID|NOM", help="un seul site (identifiant, nom, commune)")
    xlsx.add_argument("--from", dest="start", type=cli_pdf.parse_day, metavar="DATE")
    xlsx.add_argument("--to", dest="end", type=cli_pdf.parse_day, metavar="DATE")
    cli_import.add_parsers(sub, common)
    cli_personal.add_parser(sub, common)
    cli_backup.add_parsers(sub, common)
    cli_sync.add_parser(sub, common)
    return parser


def _open(paths: AppPaths):  # type: ignore[no-untyped-def]
    return cli_db.open_db(paths, backup_dir=paths.backup_dir)


def _cmd_seed_demo(paths: AppPaths, _args: argparse.Namespace) -> int:
    from cnam_desktop.services.demo import seed_demo

    db = _open(paths)
    try:
        counts = seed_demo(db)
    finally:
        db.close()
    print(f"Réseau de démonstration chargé dans {paths.location} :")
    for table, count in counts.items():
        print(f"  {table:<22} {count:>8}")
    return 0


def _cmd_seed_scale(paths: AppPaths, args: argparse.Namespace) -> int:
    from cnam_desktop.services.scale import seed_scale

    if args.sites < 1 or args.sessions < 0:
        print("--sites doit valoir au moins 1 et --sessions au moins 0.", file=sys.stderr)
        return 2
    db = _open(paths)
    try:
        counts = seed_scale(db, sites=args.sites, sessions=args.sessions, seed=args.seed)
    finally:
        db.close()
    print(f"Réseau généré dans {paths.location} :")
    for table, count in counts.items():
        print(f"  {table:<22} {count:>8}")
    return 0


def _cmd_check(paths: AppPaths, _args: argparse.Namespace) -> int:
    from cnam_desktop.services.maintenance import check_database

    if cli_db.missing(paths):
        return 1
    db = _open(paths)
    try:
        report = check_database(db)
    finally:
        db.close()
    print(f"Base : {report.path} ({report.size_bytes / 1_048_576:.1f} Mo)")
    print(f"Schéma : {report.revision}")
    print(f"Intégrité : {', '.join(report.integrity)}")
    problems = report.foreign_key_problems
    print(
        f"Clés étrangères : {len(problems)} anomalie(s)"
        if problems
        else "Clés étrangères : aucune anomalie"
    )
    for problem in problems:
        print(f"  {problem}")
    print(f"{'table':<22} {'actifs':>9} {'supprimés':>10}")
    for c in report.counts:
        print(f"{c.table:<22} {c.live:>9} {c.deleted:>10}")
    return 0 if report.ok else 1


def _cmd_info(paths: AppPaths, _args: argparse.Namespace) -> int:
    from cnam_desktop.db import schema

    print(f"{APP_DISPLAY_NAME} {app_version()}")
    print(f"Python {sys.version.split()[0]}")
    where = " (serveur PostgreSQL)" if paths.server is not None else ""
    print(f"Base de données : {paths.location}{where}")
    print(f"Données : {paths.data_dir}")
    print(f"Sauvegardes : {paths.backup_dir}")
    print(f"Configuration : {paths.config_dir}")
    print(f"Journaux : {paths.log_dir}")
    print(f"Schéma attendu : {schema.HEAD_REVISION}")
    return 0


def _cmd_conflicts(paths: AppPaths, args: argparse.Namespace) -> int:
    """Every current conflict; exit 1 when one is an error, 2 for a bad site or base.

    csv: `;`-separated (French spreadsheets), UTF-8 without BOM, session ids space-separated.
    """
    import csv
    import json

    from cnam_desktop.domain.conflicts import conflict_summary, has_errors
    from cnam_desktop.errors import NotFoundError
    from cnam_desktop.services.conflicts import ConflictService

    if cli_db.missing(paths):
        return 2
    db = _open(paths)
    try:
        service = ConflictService(db)
        try:
            site_id = service.resolve_site(args.site) if args.site is not None else None
        except NotFoundError as exc:
            print(f"Erreur : {exc.message}", file=sys.stderr)
            return 2
        conflicts = service.check_network(site_id)
    finally:
        db.close()
    if args.format == "json":
        rows = [
            {
                "rule": c.rule.value,
                "rule_label": c.rule.label,
                "severity": c.severity.value,
                "severity_label": c.severity.label,
                "session_ids": list(c.session_ids),
                "message": c.message,
            }
            for c in conflicts
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(["règle", "libellé", "gravité", "séances", "message"])
        for c in conflicts:
            ids = " ".join(c.session_ids)
            writer.writerow([c.rule.value, c.rule.label, c.severity.label, ids, c.message])
    else:
        for c in conflicts:
            ids = ", ".join(c.session_ids[:3])
            if len(c.session_ids) > 3:
                ids += f"… (+{len(c.session_ids) - 3})"
            print(f"[{c.severity.label}] {c.rule.label} : {c.message} Séances : {ids}")
        print(f"{conflict_summary(conflicts)}.")
    return 1 if has_errors(conflicts) else 0


def _cmd_export_xlsx(paths: AppPaths, args: argparse.Namespace) -> int:
    """The partner workbook; exit 2 with a French message on a bad site, period or base."""
    from pathlib import Path

    from cnam_desktop.services.conflicts import ConflictService
    from cnam_desktop.services.workbook_export import ExportScope, export_workbook

    if cli_db.missing(paths):
        return 2
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    db = _open(paths)
    try:
        try:
            site_id = ConflictService(db).resolve_site(args.site) if args.site else None
            scope = ExportScope(site_id=site_id, start=args.start, end=args.end)
            summary = export_workbook(db, out, scope)
        except UserFacingError as exc:
            print(f"Erreur : {exc.message}", file=sys.stderr)
            return 2
    finally:
        db.close()
    print("\n".join(summary.lines()))
    return 0


COMMANDS = {
    "seed-demo": _cmd_seed_demo,
    "seed-scale": _cmd_seed_scale,
    "check": _cmd_check,
    "info": _cmd_info,
    "conflicts": _cmd_conflicts,
    "export-pdf": cli_pdf.run,
    "export-xlsx": _cmd_export_xlsx,
    "import-xlsx": cli_import.run_import,
    "import-templates": cli_import.run_templates,
    "personal-data": cli_personal.run,
    "backup": cli_backup.run_backup,
    "restore": cli_backup.run_restore,
    "sync": cli_sync.run,
}


def _writes(args: argparse.Namespace) -> bool:
    """The commands that change the database (they need the writer's lock)."""
    command = args.command
    return (
        command in ("seed-demo", "seed-scale", "sync")
        or (command == "import-xlsx" and not args.dry_run)
        or (command == "restore" and not args.list)
        or (command == "personal-data" and bool(args.erase))
    )


@contextmanager
def _writer_lock(paths: AppPaths) -> Iterator[None]:
    """One writer per file, as in the window: refused (naming the holder) while the
    application or another command has the database open for writing. A server's base
    has many writers: no lock."""
    from cnam_desktop.services.workspace import writer_lock

    if paths.server is not None:
        yield
        return
    with writer_lock(paths.database):
        yield


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths = app_paths(data_dir=args.data_dir, db=args.db)
    if args.command is None:
        from cnam_desktop.app import run_gui  # Qt is imported only for the window

        return run_gui(paths, sys.argv[:1])
    try:
        with _writer_lock(paths) if _writes(args) else nullcontext():
            return COMMANDS[args.command](paths, args)
    except UserFacingError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` or similar, which closed early
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
