"""Export the partner workbook: the network's subjects in one .xlsx for partners.

`export_workbook(db, path, scope, progress, cancelled)` reads everything in one read
transaction (a consistent picture), writes the sheets with `reports/excel.py` and
returns what it wrote. The schedule is streamed from the database and written row by
row (write-only mode), so memory stays flat whatever its size. It runs headless: the
window calls it from a worker thread, giving a `progress(done, total, label)`
callback and a `cancelled()` check; a cancel raises `ExportCancelled` and leaves no
file (the previous file at the path, if any, is untouched).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import workbook_rows as rows_of
from cnam_desktop.db.repositories.workbook_rows import Scope
from cnam_desktop.domain.enums import Modality
from cnam_desktop.domain.formatting import WEEKDAY_NAMES, french_count, french_day, plural
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.reports.excel import CoverInfo, PartnerWorkbook  # openpyxl: on first use
from cnam_desktop.reports.workbook_layout import INVENTORY, ROOMS, SESSIONS, SITES, SheetLayout
from cnam_desktop.reports.workbook_sheets import CATALOGUE, NEEDS, OFFER, WORKBOOK_TITLE

ExportScope = Scope
"""What to export: one site or the whole network, and a period of days (inclusive)."""

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

MAX_ROWS = 1_048_575  # a sheet's rows, less the header
WHOLE_NETWORK = "Tout le réseau"


class ExportCancelled(UserFacingError):
    """The user cancelled the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("Export annulé : aucun fichier n'a été écrit.")


@dataclass
class WorkbookExportSummary:
    path: Path
    scope: str
    period: str
    rows: dict[str, int] = field(default_factory=dict)
    """Data rows per sheet title (header and totals not counted)."""
    removed_characters: int = 0
    neutralised_formulas: int = 0
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary in French, one line each."""
        lines = [f"Classeur écrit : {self.path}", f"Périmètre : {self.scope}, {self.period}."]
        for title, count in self.rows.items():
            lines.append(f"  {title} : {french_count(count)} ligne{'s' if count > 1 else ''}")
        return lines + self.warnings


def period_label(start: date | None, end: date | None) -> str:
    """« du 1er septembre 2026 au 30 juin 2027 », « à partir du … », « toutes les dates »."""
    if start is not None and end is not None:
        return f"du {french_day(start)} au {french_day(end)}"
    if start is not None:
        return f"à partir du {french_day(start)}"
    if end is not None:
        return f"jusqu'au {french_day(end)}"
    return "toutes les dates"


def _weekday(day: date | None) -> str | None:
    return None if day is None else WEEKDAY_NAMES[day.weekday()]


def _keys(layout: SheetLayout, **swap: str) -> list[str]:
    return [swap.get(c.key, c.key) for c in layout.columns]


def _catalogue_rows(s: Session) -> list[tuple[Any, ...]]:
    """Courses with their allowed modalities joined into one text."""
    keys = _keys(CATALOGUE)
    at = keys.index("modalities")
    flags = ("allows_in_person", "allows_distance", "allows_hybrid")
    found = rows_of.course_rows(s, [k for k in keys if k != "modalities"] + list(flags))
    modalities = (Modality.IN_PERSON.label, Modality.DISTANCE.label, Modality.HYBRID.label)
    result = []
    for row in found:
        values, allowed = list(row[: len(keys) - 1]), row[len(keys) - 1 :]
        values.insert(at, ", ".join(m for m, ok in zip(modalities, allowed, strict=True) if ok))
        result.append(tuple(values))
    return result


class _Steps:
    """Progress reports and cancel checks of one export."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress, self._cancelled = progress, cancelled
        self.done = 0
        self.total = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def report(self, label: str, done: int | None = None) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.done if done is None else done, self.total, label)


def export_workbook(
    db: Database,
    path: Path | str,
    scope: ExportScope | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> WorkbookExportSummary:
    """Write the partner workbook of `scope` to `path`; return what was written.

    Raises `ExportCancelled` on a cancel, `NotFoundError` for an unknown site,
    `UserFacingError` for a bad period, `CellTooLongError` for a text too long for a cell.
    """
    scope = scope or ExportScope()
    if scope.start is not None and scope.end is not None and scope.start > scope.end:
        raise UserFacingError(
            f"La période est vide : le début ({scope.start:%d/%m/%Y}) est après la fin "
            f"({scope.end:%d/%m/%Y})."
        )
    steps = _Steps(progress, cancelled)
    path = Path(path)
    with db.reader() as s:
        scope_label = WHOLE_NETWORK
        if scope.site_id is not None:
            name = rows_of.site_name(s, scope.site_id)
            if name is None:
                raise NotFoundError("Site introuvable : il a peut-être été supprimé entre-temps.")
            scope_label = name
        summary = WorkbookExportSummary(path, scope_label, period_label(scope.start, scope.end))
        sessions = rows_of.count_sessions(s, scope)
        if sessions > MAX_ROWS:
            raise UserFacingError(
                f"{french_count(sessions)} séances ne tiennent pas dans un onglet "
                f"({french_count(MAX_ROWS)} lignes au plus) : choisissez une période plus courte."
            )
        steps.report("Lecture des données…")
        short: list[tuple[SheetLayout, Sequence[Sequence[Any]]]] = [
            (SITES, rows_of.site_rows(s, _keys(SITES), scope)),
            (ROOMS, rows_of.room_rows(s, _keys(ROOMS), scope)),
            (INVENTORY, rows_of.inventory_rows(s, _keys(INVENTORY), scope)),
            (NEEDS, rows_of.need_rows(s, _keys(NEEDS, estimated_cost="cost_override"), scope)),
            (CATALOGUE, _catalogue_rows(s)),
            (OFFER, rows_of.offering_rows(s, _keys(OFFER), scope)),
        ]
        steps.total = sum(len(found) for _, found in short) + sessions
        centre = rows_of.regional_centre_name(s) or "Cnam"
        book = PartnerWorkbook(WORKBOOK_TITLE, centre)
        try:
            for layout, found in short:
                if layout is NEEDS:
                    book.add_needs(found)
                else:
                    book.add_table(layout, found)
                steps.done += len(found)
                steps.report(f"{layout.title} : {plural(len(found), 'ligne')}")
            before = steps.done

            def written(count: int) -> None:
                label = f"Planning : {french_count(count)} / {french_count(sessions)} séances"
                steps.report(label, before + count)

            write_schedule(book, s, scope, written)
            steps.done = steps.total
            summary.rows = dict(book.rows)
            summary.removed_characters = book.tally.removed_characters
            summary.neutralised_formulas = book.tally.neutralised
            summary.warnings = _warnings(summary, sessions)
            notes = (
                "Les totaux des besoins d'équipement sont des formules : ils suivent vos "
                "modifications.",
                *filter(None, [_removed_warning(summary.removed_characters)]),
            )
            exported_at = (now or datetime.now()).replace(microsecond=0)
            book.write_cover(CoverInfo(centre, scope_label, summary.period, exported_at, notes))
            steps.report("Enregistrement du fichier…")
        except BaseException:
            book.abandon()
            raise
    book.save(path, before_replace=steps.check)
    return summary


def write_schedule(
    book: PartnerWorkbook, s: Session, scope: ExportScope, on_rows: Callable[[int], None] | None
) -> int:
    """Stream the sessions in `scope` into the schedule sheet of `book`; return the count."""
    return book.stream_table(
        SESSIONS,
        rows_of.stream_sessions(s, _keys(SESSIONS), scope),
        rows_of.longest_names(s, scope),
        converters={"weekday": _weekday},
        on_rows=on_rows,
    )


def _removed_warning(count: int) -> str | None:
    if not count:
        return None
    return (
        f"Caractères invalides retirés des textes : {french_count(count)} (des caractères de "
        "contrôle qu'un classeur ne peut pas contenir)."
    )


def _warnings(summary: WorkbookExportSummary, sessions: int) -> list[str]:
    warnings = []
    removed = _removed_warning(summary.removed_characters)
    if removed:
        warnings.append(removed)
    if summary.neutralised_formulas:
        warnings.append(
            "Textes écrits tels quels car ils commencent par =, +, -, @ ou ressemblent à une "
            f"erreur comme #N/A : {french_count(summary.neutralised_formulas)}. Aucune formule "
            "ne s'exécutera à l'ouverture."
        )
    if sessions == 0:
        warnings.append("Aucune séance dans ce périmètre : l'onglet Planning est vide.")
    return warnings
