"""Importing a filled workbook (templates or partner workbook): check every row, then write.

`WorkbookImportService.check(path)` refuses a hostile or broken file
(`WorkbookFileError`, nothing read), reads the importable sheets, and decides every
row against the database without writing anything: an `ImportPlan` lists each
problem (sheet, row, column, French reason), warnings, and per sheet how many rows
would be created, updated, left unchanged or refused.

`apply(plan)` writes everything in one transaction, or nothing: it refuses a plan
with problems unless `only_valid` is asked, in which case only the valid rows are
written (a row depending on a refused row is refused too, and says so). The
decisions are taken again inside the transaction: if the database changed since
`check` (another window, another user) so that the outcome differs, nothing is
written and the user is asked to check again.

Sheets are imported in the order of `IMPORTABLE`: a room row may name a site that
the Sites sheet of the same file creates. Rows matching a record by natural key
update it rather than duplicate it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.common import french
from cnam_desktop.db.repositories.sessions import trainer_choices
from cnam_desktop.domain.formatting import plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.reports.excel_import import ParsedSheet, ParsedWorkbook, Problem, read_workbook
from cnam_desktop.reports.workbook_layout import IMPORTABLE
from cnam_desktop.reports.xlsx_guard import GuardLimits
from cnam_desktop.services.workbook_import_apply import Writes, execute
from cnam_desktop.services.workbook_import_places import resolve_rooms, resolve_sites
from cnam_desktop.services.workbook_import_rows import Resolver, RowOutcome
from cnam_desktop.services.workbook_import_uses import resolve_inventory, resolve_sessions

if TYPE_CHECKING:
    from cnam_desktop.reports.import_templates import TemplateLists

__all__ = [
    "ImportCancelled",
    "ImportOutdatedError",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "Problem",
    "RowOutcome",
    "SheetCounts",
    "WorkbookImportService",
]

Progress = Callable[[int, int | None, str], None]
"""progress(done, total or None, text), as `ui.tasks.Progress.report` takes it."""

_SHEETS: dict[str, Callable[[Resolver, ParsedSheet], None]] = {
    "sites": resolve_sites,
    "rooms": resolve_rooms,
    "inventory": resolve_inventory,
    "sessions": resolve_sessions,
}
_ORDER = {layout.title: rank for rank, layout in enumerate(IMPORTABLE)}


class ImportCancelled(UserFacingError):
    """The caller's `cancelled()` answered True: the check stopped, nothing was written."""

    def __init__(self) -> None:
        super().__init__("Import annulé : rien n'a été enregistré.")


class ImportRefusedError(UserFacingError):
    """`apply` of a plan with problems, without `only_valid`."""


class ImportOutdatedError(UserFacingError):
    """The database changed since `check` in a way that changes the import."""


@dataclass(frozen=True)
class SheetCounts:
    sheet: str
    rows: int = 0
    create: int = 0
    update: int = 0
    unchanged: int = 0
    refused: int = 0

    def summary(self, *, done: bool) -> str:
        """« Sites : 14 lignes — 2 créées, 1 mise à jour, 11 inchangées, 0 refusée »."""
        if done:
            parts = [
                plural(self.create, "créée"),
                plural(self.update, "mise à jour", "mises à jour"),
            ]
        else:
            parts = [f"{self.create} à créer", f"{self.update} à mettre à jour"]
        parts += [plural(self.unchanged, "inchangée"), plural(self.refused, "refusée")]
        return f"{self.sheet} : {plural(self.rows, 'ligne')} — {', '.join(parts)}"


@dataclass
class ImportPlan:
    path: Path
    problems: list[Problem]
    """Every refusal, by sheet (import order), row and column."""
    warnings: list[Problem]
    counts: list[SheetCounts]
    outcomes: list[RowOutcome]
    """One per non-empty row of the importable sheets, in sheet and row order."""
    parsed: ParsedWorkbook = field(repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def valid_rows(self) -> list[RowOutcome]:
        """The rows « import only the valid rows » writes (or finds unchanged)."""
        return [o for o in self.outcomes if o.action != "refused"]

    @property
    def changes(self) -> int:
        """Rows that would create or update a record."""
        return sum(c.create + c.update for c in self.counts)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    counts: list[SheetCounts]
    """What was written: refused rows were not (only with `only_valid`)."""
    only_valid: bool


def _ranks(parsed: ParsedWorkbook) -> dict[str, int]:
    """Sheet title as written in the file → its rank in the import order."""
    return {sheet.title: _ORDER[sheet.layout.title] for sheet in parsed.sheets}


def _sorted(problems: list[Problem], ranks: dict[str, int]) -> list[Problem]:
    """By sheet (import order; other sheets last), then row; stable within a row."""
    return sorted(problems, key=lambda p: (ranks.get(p.sheet, len(_ORDER)), p.sheet, p.row))


def _counts(parsed: ParsedWorkbook, outcomes: list[RowOutcome]) -> list[SheetCounts]:
    counts = []
    for sheet in parsed.sheets:
        mine = [o.action for o in outcomes if o.sheet == sheet.title]
        counts.append(
            SheetCounts(
                sheet.title,
                rows=len(mine),
                create=mine.count("create"),
                update=mine.count("update"),
                unchanged=mine.count("unchanged"),
                refused=mine.count("refused"),
            )
        )
    return counts


@dataclass
class _Decision:
    problems: list[Problem]
    outcomes: list[RowOutcome]
    writes: Writes


class WorkbookImportService:
    def __init__(self, db: Database, limits: GuardLimits | None = None) -> None:
        self._db = db
        self._limits = limits

    def check(
        self,
        path: Path | str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportPlan:
        """Read and decide every row; nothing is written. Raises `WorkbookFileError`."""
        path = Path(path)

        def report(done: int, total: int | None, text: str) -> None:
            if progress is not None:  # `ui.tasks.Progress.report` raises its own cancel first
                progress(done, total, text)
            if cancelled is not None and cancelled():
                raise ImportCancelled

        parsed = read_workbook(path, report, self._limits)
        rows = sum(len(sheet.rows) for sheet in parsed.sheets)
        with self._db.reader() as s:
            decision = self._decide(s, parsed, report, rows)
        return ImportPlan(
            path=path,
            problems=decision.problems,
            warnings=_sorted(parsed.warnings, _ranks(parsed)),
            counts=_counts(parsed, decision.outcomes),
            outcomes=decision.outcomes,
            parsed=parsed,
        )

    def apply(self, plan: ImportPlan, only_valid: bool = False) -> ImportResult:
        """Write the plan in one transaction (only its valid rows with `only_valid`)."""
        if plan.problems and not only_valid:
            raise ImportRefusedError(
                f"Rien n'a été importé : le fichier « {plan.path.name} » a "
                f"{plural(len(plan.problems), 'problème')}. Corrigez-les, ou choisissez "
                "d'importer seulement les lignes valides."
            )
        with self._db.uow() as s:
            decision = self._decide(s, plan.parsed, None, 0)
            if decision.problems != plan.problems or decision.outcomes != plan.outcomes:
                raise ImportOutdatedError(
                    "Rien n'a été importé : les données ont changé depuis la vérification "
                    f"du fichier « {plan.path.name} ». Vérifiez-le à nouveau."
                )
            execute(s, decision.writes)
        return ImportResult(plan.path, _counts(plan.parsed, decision.outcomes), only_valid)

    def template_lists(self) -> TemplateLists:
        """The equipment types, trainers and sites the templates' lists offer."""
        from cnam_desktop.reports.import_templates import TemplateLists  # openpyxl: 0.3 s

        with self._db.reader() as s:
            types = s.scalars(
                select(m.EquipmentType.label)
                .where(m.EquipmentType.deleted_at.is_(None))
                .order_by(french(s, m.EquipmentType.label))
            )
            sites = s.scalars(  # GROUP BY: DISTINCT cannot be ordered by a collated name
                select(m.Site.name)
                .where(m.Site.deleted_at.is_(None))
                .group_by(m.Site.name)
                .order_by(french(s, m.Site.name))
            )
            trainers = dict.fromkeys(name for _id, name in trainer_choices(s))
            return TemplateLists(list(types), list(trainers), list(dict.fromkeys(sites)))

    def write_templates(self, path: Path | str) -> Path:
        """Write the blank import templates (with this database's lists) to `path`."""
        from cnam_desktop.reports.import_templates import write_templates

        return write_templates(path, self.template_lists())

    @staticmethod
    def _decide(
        s: Session, parsed: ParsedWorkbook, report: Progress | None, rows: int
    ) -> _Decision:
        def tick(done: int) -> None:
            if report is not None:
                report(done, rows, "Vérification des lignes")

        resolver = Resolver(s, parsed, date.today(), tick)
        for sheet in parsed.sheets:
            if sheet.usable:
                _SHEETS[sheet.layout.key](resolver, sheet)
        ranks = _ranks(parsed)
        outcomes = sorted(resolver.outcomes, key=lambda o: (ranks[o.sheet], o.row))
        return _Decision(_sorted(resolver.problems, ranks), outcomes, resolver.writes)
