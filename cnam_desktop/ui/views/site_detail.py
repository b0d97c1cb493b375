"""Fill the detail pane of the Sites area (widgets drawn in forms/sites_view.ui)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from cnam_desktop.domain.formatting import DASH, french_date, french_number, plural, yes_no
from cnam_desktop.domain.sites import SiteDetail
from cnam_desktop.ui.generated.ui_sites_view import Ui_SitesView

_PLACEHOLDER_PAGE = 0
_DETAIL_PAGE = 1

# Column widths of the three lists; the None column takes the room left.
_WIDTHS: dict[str, tuple[int | None, ...]] = {
    "partnersTable": (None, 140, 100, 170),
    "roomsTable": (150, None, 160, 70, 80),
    "offeringsTable": (85, None, 110, 85, 80, 60),
}
_NUMERIC = {"roomsTable": {3}, "offeringsTable": {5}}


def coordinates_text(latitude: float | None, longitude: float | None) -> str:
    """« 48,1114° N ; 5,1392° E » (O for west, S for south); a dash when unknown."""
    if latitude is None or longitude is None:
        return DASH
    north = f"{french_number(abs(latitude))}° {'N' if latitude >= 0 else 'S'}"
    east = f"{french_number(abs(longitude))}° {'E' if longitude >= 0 else 'O'}"
    return f"{north} ; {east}"


def set_column_widths(ui: Ui_SitesView, widths: dict[str, tuple[int | None, ...]]) -> None:
    """Fixed widths for the pane's lists (table name → widths); None stretches."""
    for name, columns in widths.items():
        table: QTableWidget = getattr(ui, name)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        for column, width in enumerate(columns):
            if width is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(24)


class SiteDetailPane:
    """Writes a `SiteDetail` into the pane's labels and lists."""

    def __init__(self, ui: Ui_SitesView) -> None:
        self.ui = ui
        set_column_widths(ui, _WIDTHS)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        if message:
            self.ui.placeholderLabel.setText(message)
        self.ui.detailStack.setCurrentIndex(_PLACEHOLDER_PAGE)

    def show(self, detail: SiteDetail) -> None:
        ui, data, row = self.ui, detail.data, detail.row
        title = data.name + ("  (démo)" if data.is_demo else "")
        ui.detailTitle.setText(title)
        subtitle = f"{row.status.label} · {data.town}"
        if data.department:
            subtitle += f" ({data.department})"
        ui.detailSubtitle.setText(subtitle)

        programme = ["Ville ACV" if data.acv else "Hors ACV"]
        if data.industry_territory:
            programme.append("territoire d'industrie")
        coordinates = coordinates_text(data.latitude, data.longitude)
        values: dict[QLabel, str | None] = {
            ui.townValue: data.town,
            ui.inseeValue: data.insee_code,
            ui.postcodeValue: data.postcode,
            ui.departmentValue: data.department,
            ui.epciValue: data.epci,
            ui.regionValue: data.region,
            ui.employmentAreaValue: data.employment_area,
            ui.programmeValue: ", ".join(programme),
            ui.applicationDateValue: french_date(data.application_date),
            ui.selectionDateValue: french_date(data.selection_date),
            ui.openingDateValue: french_date(data.opening_date),
            ui.coordinatesValue: coordinates,
            ui.notesValue: data.notes,
        }
        for label, text in values.items():
            label.setText(text or DASH)

        self._fill(
            ui.partnersTable,
            ui.partnersEmpty,
            [(p.name, p.kind_label, p.role_label, p.contact or "") for p in detail.partners],
            "Aucun partenaire n'est enregistré pour ce site.",
        )
        self._fill(
            ui.roomsTable,
            ui.roomsEmpty,
            [
                (r.premises, r.name, r.kind_label, str(r.capacity), yes_no(r.accessible))
                for r in detail.rooms
            ],
            "Aucune salle n'est enregistrée pour ce site.",
        )
        self._fill(
            ui.offeringsTable,
            ui.offeringsEmpty,
            [
                (o.cnam_code, o.title, o.period, o.modality_label, o.status_label, str(o.enrolled))
                for o in detail.offerings
            ],
            "Aucune formation n'est ouverte sur ce site.",
        )
        seats = sum(r.capacity for r in detail.rooms)
        tabs = ui.detailTabs
        tabs.setTabText(0, f"Partenaires ({len(detail.partners)})")
        tabs.setTabText(1, f"Salles ({len(detail.rooms)})")
        tabs.setTabToolTip(1, f"{plural(seats, 'place')} au total")
        tabs.setTabText(2, f"Formations ({len(detail.offerings)})")
        ui.detailStack.setCurrentIndex(_DETAIL_PAGE)

    @staticmethod
    def _fill(
        table: QTableWidget, empty: QLabel, lines: Sequence[tuple[str, ...]], empty_text: str
    ) -> None:
        numeric = _NUMERIC.get(table.objectName(), set())
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        empty.setText(empty_text)
        empty.setVisible(not lines)
        table.setVisible(bool(lines))
