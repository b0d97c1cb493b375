"""Catalogue: the certifying courses (parcours) and the job sectors (filières)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cnam_desktop.domain.catalogue import (
    CourseData,
    CourseEquipmentData,
    CourseFilter,
    CourseRow,
    SectorData,
    SectorRow,
    modality_rank,
)
from cnam_desktop.domain.enums import CertificationType, Modality
from cnam_desktop.domain.formatting import french_sort_key, yes_no
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.ui.edit_conflicts import data_fields, database_of, with_fields
from cnam_desktop.ui.models.id_table_model import CENTER, RIGHT, Column, ListSource
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, yes_no_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

CourseEdit = tuple[CourseData, tuple[CourseEquipmentData, ...]]
"""What the course dialog edits: the course and its equipment requirements."""


def _modalities(row: CourseRow) -> str:
    return ", ".join(m.label for m in Modality if m in row.modalities)


COURSE_COLUMNS: tuple[Column[CourseRow], ...] = (
    Column("Code Cnam", lambda r: r.cnam_code, 90, "cnam_code"),
    Column("Intitulé", lambda r: r.title, 300, "title"),
    Column("Filière", lambda r: r.sector_name, 170, "sector"),
    Column("Certification", lambda r: r.certification_type.label, 170, "certification_type"),
    Column("RNCP / RS", lambda r: r.rncp_code or r.rs_code or "", 90, "register_code"),
    Column("Niveau", lambda r: str(r.level or ""), 55, "level", CENTER, value=lambda r: r.level),
    Column("Heures", lambda r: str(r.hours or ""), 60, "hours", RIGHT, value=lambda r: r.hours),
    Column("ECTS", lambda r: str(r.ects or ""), 50, "ects", RIGHT, value=lambda r: r.ects),
    Column("CPF", lambda r: yes_no(r.cpf_eligible), 45, "cpf_eligible", CENTER),
    Column("VAE", lambda r: yes_no(r.vae), 45, "vae", CENTER),
    Column(
        "Modalités", _modalities, 190, "modalities", value=lambda r: modality_rank(r.modalities)
    ),
    Column(
        "Ouvertures",
        lambda r: str(r.offering_count),
        80,
        "offering_count",
        RIGHT,
        value=lambda r: r.offering_count,
    ),
)

SECTOR_COLUMNS: tuple[Column[SectorRow], ...] = (
    Column("Code", lambda r: r.code, 110, "code"),
    Column("Filière", lambda r: r.name, 320, "name"),
    Column(
        "Parcours",
        lambda r: str(r.course_count),
        80,
        "course_count",
        RIGHT,
        value=lambda r: r.course_count,
    ),
)


class CoursesPage(ListPage[CourseRow, CourseEdit]):
    nouns = Nouns("parcours", "parcours", "le parcours", "&Nouveau parcours…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(COURSE_COLUMNS, CourseFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : code, intitulé, RNCP…")
        self.service: CatalogueService | None = None
        self.type_choices: list[tuple[str, str]] = []

    def build_filters(self) -> None:
        self.sector_filter = filter_combo(self, "Filtrer par filière", [], "Toutes filières")
        self.type_filter = filter_combo(
            self,
            "Filtrer par certification",
            enum_choices(CertificationType),
            "Toutes certifications",
        )
        self.cpf_filter = filter_combo(
            self,
            "Filtrer par éligibilité CPF",
            yes_no_choices("Éligibles CPF", "Hors CPF"),
            "CPF : tous",
        )
        self.vae_filter = filter_combo(
            self, "Filtrer par VAE", yes_no_choices("Avec VAE", "Sans VAE"), "VAE : tous"
        )
        self.level_filter = filter_combo(
            self, "Filtrer par niveau", [(n, f"Niveau {n}") for n in range(3, 9)], "Tous niveaux"
        )
        for combo in (
            self.sector_filter,
            self.type_filter,
            self.cpf_filter,
            self.vae_filter,
            self.level_filter,
        ):
            self.add_filter_widget(None, combo)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def current_filter(self, text: str) -> CourseFilter:
        return CourseFilter(
            text=text.strip() or None,
            sector_id=self.sector_filter.currentData(),
            certification_type=self.type_filter.currentData(),
            cpf_eligible=self.cpf_filter.currentData(),
            vae=self.vae_filter.currentData(),
            level=self.level_filter.currentData(),
        )

    def bind(
        self, service: CatalogueService | None, equipment_types: list[tuple[str, str]]
    ) -> None:
        self.service = service
        self.type_choices = equipment_types
        if service is None:
            self.set_source(None, None)
            return
        fill_combo(self.sector_filter, self.sector_choices(), "Toutes filières")
        self.set_source(
            ListSource(list_ids=service.list_ids, rows=service.rows),
            Operations(
                get=self._get,
                create=lambda edit: service.create(edit[0], edit[1]),
                update=lambda course_id, edit: service.update(course_id, edit[0], edit[1]),
                delete=service.delete,
                restore=service.restore,
                database=database_of(service),
            ),
        )

    def hint_filters(self) -> dict[str, Any]:
        return {
            "sector_id": self.sector_filter,
            "certification_type": self.type_filter,
            "cpf_eligible": self.cpf_filter,
            "vae": self.vae_filter,
            "level": self.level_filter,
        }

    def sector_choices(self) -> list[tuple[str, str]]:
        return [(r.id, r.name) for r in self.service.sectors()] if self.service else []

    def _get(self, course_id: str) -> CourseEdit:
        assert self.service is not None
        lines = self.service.equipment(course_id)
        equipment = tuple(
            CourseEquipmentData(li.type_id, li.per_learner, li.per_group) for li in lines
        )
        return self.service.get(course_id), equipment

    def open_editor(self, data: CourseEdit | None) -> CourseEdit | None:
        from cnam_desktop.ui.dialogs.course_dialog import CourseDialog

        course, equipment = data if data is not None else (None, ())
        result = CourseDialog.edit(
            self, course, list(equipment), self.sector_choices(), self.type_choices
        )
        return None if result is None else self.editor_value(result)

    def editor_value(self, result: Any) -> CourseEdit:
        edited, lines = result
        return edited, tuple(lines)

    def record_fields(self, value: CourseEdit) -> dict[str, Any]:
        course, equipment = value
        return {**data_fields(course), "equipment": equipment}

    def with_record_fields(self, value: CourseEdit, fields: dict[str, Any]) -> CourseEdit:
        course, equipment = value
        return with_fields(course, fields), tuple(fields.get("equipment", equipment))

    def describe(self, row: CourseRow) -> str:
        return f"{row.cnam_code} — {row.title}"


class SectorsPage(ListPage[SectorRow, SectorData]):
    nouns = Nouns("filière", "filières", "la filière", "&Nouvelle filière…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(SECTOR_COLUMNS, None, parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : code, filière…")
        self.service: CatalogueService | None = None
        self._snapshot: list[SectorRow] | None = None
        """The sectors as last read: typing a filter re-reads nothing (see _all)."""
        self.model.aboutToReload.connect(self._forget)

    def _forget(self) -> None:
        self._snapshot = None

    def _all(self) -> list[SectorRow]:
        assert self.service is not None
        if self._snapshot is None:
            self._snapshot = self.service.sectors()
        return self._snapshot

    def current_filter(self, text: str) -> str:
        return text.strip()

    def _ids(self, text: str, sort: str, descending: bool) -> list[str]:
        """Fifteen-odd rows: filtered and sorted on the service's list."""
        rows = self._all()
        needle = french_sort_key(text or "")
        kept = [r for r in rows if needle in french_sort_key(f"{r.code} {r.name}")]

        def key(row: SectorRow) -> Any:
            value = getattr(row, sort)
            return french_sort_key(value) if isinstance(value, str) else value

        return [r.id for r in sorted(kept, key=key, reverse=descending)]

    def _rows(self, ids: Sequence[str]) -> dict[str, SectorRow]:
        wanted = set(ids)
        return {r.id: r for r in self._all() if r.id in wanted}

    def bind(self, service: CatalogueService | None) -> None:
        self.service = service
        if service is None:
            self.set_source(None, None)
            return
        self.set_source(
            ListSource(list_ids=self._ids, rows=self._rows),
            Operations(
                get=service.get_sector,
                create=service.create_sector,
                update=service.update_sector,
                delete=service.delete_sector,
                restore=service.restore_sector,
                database=database_of(service),
            ),
        )

    def open_editor(self, data: SectorData | None) -> SectorData | None:
        from cnam_desktop.ui.dialogs.sector_dialog import SectorDialog

        return SectorDialog.edit(self, data)

    def describe(self, row: SectorRow) -> str:
        return row.name


class CatalogueArea(QWidget):
    """The « Catalogue » area: courses and sectors."""

    statusMessage = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel("Catalogue des formations", self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.courses_page = CoursesPage(self, undo_stack)
        self.sectors_page = SectorsPage(self, undo_stack)
        self.tabs.addTab(self.courses_page, "&Parcours")
        self.tabs.addTab(self.sectors_page, "&Filières")
        layout.addWidget(self.tabs)
        for page in (self.courses_page, self.sectors_page):
            page.statusMessage.connect(self.statusMessage)
            page.changed.connect(self._page_changed)

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """Course filters ({"sector_id": …}); {"view": "sectors"} shows the sectors."""
        if hint.get("view") == "sectors":
            self.tabs.setCurrentWidget(self.sectors_page)
            return
        self.tabs.setCurrentWidget(self.courses_page)
        self.courses_page.apply_hint(hint)

    def _page_changed(self) -> None:
        self.courses_page.refresh()
        self.sectors_page.refresh()
        fill_combo(
            self.courses_page.sector_filter, self.courses_page.sector_choices(), "Toutes filières"
        )
        self.changed.emit()

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.courses_page.bind(None, [])
            self.sectors_page.bind(None)
            return
        from cnam_desktop.domain.equipment import EquipmentTypeFilter
        from cnam_desktop.services.equipment import EquipmentService

        service = CatalogueService(workspace.database)
        equipment = EquipmentService(workspace.database)
        ids = equipment.list_type_ids(EquipmentTypeFilter(), "label")
        rows = equipment.type_rows(ids)
        self.courses_page.bind(service, [(i, rows[i].label) for i in ids if i in rows])
        self.sectors_page.bind(service)
