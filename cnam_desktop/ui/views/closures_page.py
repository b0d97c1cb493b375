"""Fermetures et jours fériés: public holidays, site closures and school breaks.

Public holidays and the zone B school breaks are generated from the `holidays`
package (Alsace-Moselle's two extra days for the departments that have a site);
site closures are typed in. The conflict engine (issue 4) reads the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from cnam_desktop.domain.closures import ClosureData, ClosureFilter, ClosureRow
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.formatting import french_date, french_sort_key, plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.ui import messages
from cnam_desktop.ui.edit_conflicts import database_of
from cnam_desktop.ui.models.id_table_model import CENTER, Column, ListSource
from cnam_desktop.ui.read_only import enable_editing
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, site_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations


def _scope(row: ClosureRow) -> str:
    if row.site_name:
        return row.site_name
    if row.subdivision:
        return f"Département {row.subdivision} (Alsace-Moselle)"
    return "Toute la région"


CLOSURE_COLUMNS: tuple[Column[ClosureRow], ...] = (
    Column(
        "Du",
        lambda r: french_date(r.start_date),
        90,
        "start_date",
        CENTER,
        value=lambda r: r.start_date,
    ),
    Column(
        "Au", lambda r: french_date(r.end_date), 90, "end_date", CENTER, value=lambda r: r.end_date
    ),
    Column("Type", lambda r: r.kind.label, 150, "kind"),
    Column("Libellé", lambda r: r.label, 300, "label"),
    Column("Concerne", _scope, 240, "scope"),
)


class ClosuresPage(ListPage[ClosureRow, ClosureData]):
    nouns = Nouns("fermeture", "fermetures", "la fermeture", "&Nouvelle fermeture…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(CLOSURE_COLUMNS, ClosureFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : libellé…")
        self.service: ClosureService | None = None
        self.sites: list[tuple[str, str]] = []
        self._cache: dict[str, ClosureRow] = {}
        self.holidays_button = QPushButton("&Générer les jours fériés…", self)
        self.holidays_button.setToolTip(
            "Ajouter les jours fériés d'une année (et les deux jours d'Alsace-Moselle "
            "pour les sites du Bas-Rhin, du Haut-Rhin et de la Moselle)"
        )
        self.breaks_button = QPushButton("Vacances &scolaires…", self)
        self.breaks_button.setToolTip("Ajouter les vacances scolaires de la zone B d'une année")
        self.ui.actionLayout.addWidget(self.holidays_button)
        self.ui.actionLayout.addWidget(self.breaks_button)
        self.holidays_button.clicked.connect(self.generate_holidays)
        self.breaks_button.clicked.connect(self.generate_breaks)

    def build_filters(self) -> None:
        self.kind_filter = filter_combo(
            self, "Filtrer par type", enum_choices(ClosureKind), "Tous les types"
        )
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.year_filter = filter_combo(self, "Filtrer par année", [], "Toutes les années")
        for combo in (self.kind_filter, self.site_filter, self.year_filter):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> tuple[ClosureFilter, str]:
        year = self.year_filter.currentData()
        flt = ClosureFilter(
            kind=self.kind_filter.currentData(),
            site_id=self.site_filter.currentData(),
            start=date(year, 1, 1) if year else None,
            end=date(year, 12, 31) if year else None,
        )
        return flt, text.strip().casefold()

    def _ids(self, flt: tuple[ClosureFilter, str], sort: str, descending: bool) -> list[str]:
        """A few hundred rows at most: the service filters, the text and sort are applied here."""
        assert self.service is not None
        closure_filter, text = flt
        rows = [r for r in self.service.rows(closure_filter) if text in r.label.casefold()]

        def key(row: ClosureRow) -> Any:
            value = _scope(row) if sort == "scope" else getattr(row, sort)
            return french_sort_key(value) if isinstance(value, str) else value

        rows.sort(key=lambda r: (key(r), r.start_date, r.label), reverse=descending)
        self._cache = {r.id: r for r in rows}
        return [r.id for r in rows]

    def _rows(self, ids: Sequence[str]) -> dict[str, ClosureRow]:
        return {i: self._cache[i] for i in ids if i in self._cache}

    def set_workspace(self, workspace: Any) -> None:
        for button in (self.holidays_button, self.breaks_button):
            enable_editing(button, workspace is not None)
        if workspace is None:
            self.service, self.sites = None, []
            self.set_source(None, None)
            return
        service = ClosureService(workspace.database)
        self.service = service
        self.sites = site_choices(workspace.database)
        fill_combo(self.site_filter, self.sites, "Tous les sites")
        self.set_workspace_years()
        self.set_source(
            ListSource(list_ids=self._ids, rows=self._rows),
            Operations(
                get=service.get,
                create=service.create,
                update=service.update,
                delete=service.delete,
                restore=service.restore,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: ClosureData | None) -> ClosureData | None:
        from cnam_desktop.ui.dialogs.closure_dialog import ClosureDialog

        return ClosureDialog.edit(self, data, self.sites)

    def describe(self, row: ClosureRow) -> str:
        return f"{row.label} ({french_date(row.start_date)})"

    # --- generation --------------------------------------------------------------------

    def _ask_year(self, title: str, label: str) -> int | None:
        this_year = date.today().year
        year, ok = QInputDialog.getInt(self, title, label, this_year, 2019, 2100)
        return year if ok else None

    def generate_holidays(self) -> int:
        year = self._ask_year("Jours fériés", "Année :")
        if year is None or self.service is None:
            return 0
        return self._generate(lambda: self.service.generate_public_holidays(year), "jour férié")

    def generate_breaks(self) -> int:
        year = self._ask_year("Vacances scolaires", "Année scolaire commençant en :")
        if year is None or self.service is None:
            return 0
        return self._generate(lambda: self.service.generate_school_breaks(year), "période")

    def _generate(self, action: Any, noun: str) -> int:
        try:
            created = int(action())
        except UserFacingError as exc:
            messages.error(self, "Génération impossible", exc.message)
            return 0
        self.set_workspace_years()
        self.refresh()
        self.changed.emit()
        if created:
            self.statusMessage.emit(f"{plural(created, noun)} ajouté(s).")
        else:
            messages.info(self, "Rien à ajouter", "Toutes ces dates sont déjà enregistrées.")
        return created

    def set_workspace_years(self) -> None:
        if self.service is not None:
            years = self.service.years()
            fill_combo(self.year_filter, [(y, str(y)) for y in years], "Toutes les années")
