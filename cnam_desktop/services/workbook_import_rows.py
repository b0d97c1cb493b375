"""The machinery shared by the sheets of an import: rows, their problems and outcomes.

`Resolver` holds what one pass over a parsed workbook builds: the index of records
(`ImportIndex`), the writes decided (`Writes`), every problem and each row's outcome.
`RowContext` is one row being decided: `fail(key, message)` refuses it, naming the
column (one problem per cell: a cell already refused is not reported twice). The
sheets themselves are decided in `workbook_import_places.py` (sites, premises and
rooms) and `workbook_import_uses.py` (inventory and schedule).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.orm import Session

from cnam_desktop.domain.validation import ValidationError, normalise_code
from cnam_desktop.reports.excel_import import ParsedRow, ParsedSheet, ParsedWorkbook, Problem
from cnam_desktop.reports.workbook_layout import SITES, SheetLayout
from cnam_desktop.services.workbook_import_apply import Writes
from cnam_desktop.services.workbook_import_index import ImportIndex, SiteRef

Action = Literal["create", "update", "unchanged", "refused"]
ACTION_RANK: dict[Action, int] = {"refused": 0, "unchanged": 1, "update": 2, "create": 3}


@dataclass(frozen=True)
class RowOutcome:
    """What the import does with one row of a sheet."""

    sheet: str
    row: int
    action: Action
    label: str
    """What the row names (« Cnam Chaumont · Salle 2 »), for a preview."""
    changes: tuple[str, ...] = ()
    """Headers of the columns whose values change (updates)."""


def stronger(a: Action, b: Action) -> Action:
    """The action that describes a row doing both (create beats update beats unchanged)."""
    return a if ACTION_RANK[a] >= ACTION_RANK[b] else b


def ambiguous_site(name: str) -> str:
    return f"plusieurs sites s'appellent « {name} » : précisez le code INSEE."


def reason(message: str) -> str:
    """A domain message without its leading « Label : » (the problem names the column)."""
    label, separator, rest = message.partition(" : ")
    if separator and rest and len(label) <= 40 and "«" not in label:
        return rest
    return message


class Resolver:
    """One pass over a parsed workbook against the database, in the caller's session."""

    def __init__(
        self,
        session: Session,
        parsed: ParsedWorkbook,
        today: date,
        tick: Callable[[int], None] | None = None,
    ) -> None:
        self.session = session
        self.parsed = parsed
        self.today = today
        self.index = ImportIndex.load(session)
        self.writes = Writes()
        self.problems: list[Problem] = list(parsed.problems)
        self.outcomes: list[RowOutcome] = []
        self._tick = tick
        self._rows_done = 0
        self._headers: dict[str, dict[str, str]] = {}

    def tick(self) -> None:
        """Called once per row: progress and cancellation, every few hundred rows."""
        self._rows_done += 1
        if self._tick is not None and self._rows_done % 250 == 0:
            self._tick(self._rows_done)

    def header(self, layout: SheetLayout, key: str) -> str:
        headers = self._headers.get(layout.key)
        if headers is None:
            headers = self._headers[layout.key] = {c.key: c.header for c in layout.columns}
        return headers.get(key, "")

    def row(self, sheet: ParsedSheet, row: ParsedRow) -> RowContext:
        self.tick()
        return RowContext(self, sheet, row)

    def site(self, ctx: RowContext) -> SiteRef | None:
        """The site a row names by « Code INSEE du site » and « Site », or None (refused)."""
        name = ctx.values.get("site_name")
        if not name:
            return None
        insee = normalise_code(ctx.values.get("site_insee"))
        matches = self.index.match_site(insee, name)
        if not matches:
            code = f" (code INSEE {insee})" if insee else ""
            ctx.fail(
                "site_name",
                f"site inconnu : « {name} »{code}. Créez-le dans l'application ou dans la "
                f"feuille « {SITES.title} » du même fichier.",
            )
            return None
        if len(matches) > 1:
            ctx.fail(
                "site_name", f"plusieurs sites s'appellent « {name} » : précisez le code INSEE."
            )
            return None
        site = matches[0]
        if site.refused_row is not None:
            ctx.fail(
                "site_name",
                f"le site « {name} » n'est pas importé : sa ligne {site.refused_row} de la "
                f"feuille « {SITES.title} » est refusée.",
            )
            return None
        return site


class RowContext:
    """One row being decided: its values, its problems, its outcome."""

    __slots__ = ("failed", "number", "refused", "resolver", "sheet", "values")

    def __init__(self, resolver: Resolver, sheet: ParsedSheet, row: ParsedRow) -> None:
        self.resolver = resolver
        self.sheet = sheet
        self.number = row.number
        self.values = row.values
        self.failed: set[str] = set(row.refused)
        self.refused = bool(row.refused)

    def has(self, key: str) -> bool:
        """The sheet has this column (absent columns keep stored values)."""
        return key in self.sheet.present

    def fail(self, key: str, message: str) -> None:
        self.refused = True
        if key in self.failed:
            return
        self.failed.add(key)
        header = self.resolver.header(self.sheet.layout, key)
        self.resolver.problems.append(Problem(self.sheet.title, self.number, header, message))

    def fail_fields(self, error: ValidationError, columns: Mapping[str, str]) -> None:
        """A domain `ValidationError`: each field's message on its column (`columns`)."""
        for field_name, message in error.errors.items():
            self.fail(columns.get(field_name, field_name), reason(message))

    def done(self, action: Action, label: str, changes: tuple[str, ...] = ()) -> None:
        if self.refused:
            action, changes = "refused", ()
        self.resolver.outcomes.append(
            RowOutcome(self.sheet.title, self.number, action, label, changes)
        )


def changed(
    resolver: Resolver,
    layout: SheetLayout,
    old: Any,
    new: Any,
    fields: Mapping[str, str],
) -> tuple[str, ...]:
    """Headers of the columns whose field differs between two data objects."""
    return tuple(
        resolver.header(layout, key)
        for field_name, key in fields.items()
        if getattr(old, field_name) != getattr(new, field_name)
    )
