"""Planning → Séances: every session of the network, filtered and sorted in SQL.

The list holds only ids (100,000 sessions fit), fetched row by row as they show. It
opens on the sessions from this week's Monday on; « Toutes dates » lifts the period.
New, edit, delete and cancel go through the shared `SessionFlows` (conflict check,
series scope question, one undo step each), never straight to the service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.formatting import WEEKDAY_SHORT, french_date
from cnam_desktop.domain.offer_rows import SessionFilter, SessionRow
from cnam_desktop.domain.recurrence import french_time, monday_of
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.services.offerings import OfferingService
from cnam_desktop.services.sessions import SessionService
from cnam_desktop.ui.dialogs.form_dialog import NO_DATE, to_date
from cnam_desktop.ui.models.id_table_model import CENTER, Column, IdTableModel, ListSource
from cnam_desktop.ui.read_only import editable, enable_editing
from cnam_desktop.ui.views.choices import enum_choices, fill_combo, filter_combo, site_choices
from cnam_desktop.ui.views.list_page import ListPage, Nouns, Operations

PERIOD_DELAY_MS = 300
OFFERING_POPUP_MAX_WIDTH = 640


def short_day(day: date) -> str:
    """« mar. 12/11/2026 »."""
    return f"{WEEKDAY_SHORT[day.weekday()]} {french_date(day)}"


def room_text(row: SessionRow) -> str:
    """« À distance », « Salle 2 », « Salle 2 + à distance » (hybrid), « Sans salle »."""
    if row.modality is Modality.DISTANCE:
        return "À distance"
    room = row.room_name or "Sans salle"
    return f"{room} + à distance" if row.modality is Modality.HYBRID else room


SESSION_COLUMNS: tuple[Column[SessionRow], ...] = (
    Column("Jour", lambda r: short_day(r.day), 115, "day", value=lambda r: r.day),
    Column(
        "Horaire",
        lambda r: f"{french_time(r.start_time)} – {french_time(r.end_time)}",
        100,
        "time",
        CENTER,
    ),
    Column("Code", lambda r: r.course_code, 70, "code"),
    Column("Parcours", lambda r: r.course_title, 170, "course"),
    Column("Site", lambda r: r.site_name, 120, "site"),
    Column("Modalité", lambda r: r.modality_label, 80, "modality", CENTER),
    Column("Salle", room_text, 165, "room"),
    Column("Formateur", lambda r: r.trainer_name or "À désigner", 130, "trainer"),
    Column("UE", lambda r: r.unit_code or "", 65, "unit"),
    Column("Statut", lambda r: r.status_label, 75, "status", CENTER),
    Column(
        "Série",
        lambda r: "Oui" if r.in_series else "",
        55,
        "series",
        CENTER,
        "Séance d'une série (on choisit alors : cette séance, les suivantes ou toute la série)",
    ),
    Column(
        "Sites invités",
        lambda r: ", ".join(r.guest_site_names),
        150,
        "guests",
        tooltip="Sites dont les apprenants suivent aussi cette séance à distance",
    ),
)


class SessionTableModel(IdTableModel[SessionRow]):
    """Cancelled sessions are struck out; the room cell's tooltip gives the video link."""

    def row_font(self, row: SessionRow) -> Any:
        if row.status is not SessionStatus.CANCELLED:
            return None
        font = QFont()
        font.setStrikeOut(True)
        return font

    def row_tooltip(self, row: SessionRow, column: Column[SessionRow]) -> str | None:
        if column.sort_key == "room" and row.video_link:
            return f"{room_text(row)}\nVisioconférence : {row.video_link}"
        return super().row_tooltip(row, column)


class SessionsPage(ListPage[SessionRow, SessionData]):
    nouns = Nouns("séance", "séances", "la séance", "&Nouvelle séance…")

    def __init__(self, parent: QWidget | None, undo_stack: QUndoStack, flows: Any) -> None:
        super().__init__(SESSION_COLUMNS, SessionFilter(), parent, undo_stack)
        self.ui.searchEdit.setPlaceholderText("Rechercher : parcours, site, salle, formateur, UE…")
        self.flows = flows
        self.service: SessionService | None = None
        self.offerings: OfferingService | None = None
        self.series_button = self.add_action_button(
            "Nouvelle sé&rie…",
            "newSeriesButton",
            "Planifier des séances répétées chaque semaine (jours fériés et fermetures exclus)",
            self.new_series,
        )
        self.cancel_button = self.add_action_button(
            "Annuler &la séance",
            "cancelSessionButton",
            "Passer la séance sélectionnée au statut « Annulée » (elle reste dans la liste)",
            self.cancel_current,
        )
        self.selectionChanged.connect(self._update_session_buttons)
        flows.changed.connect(self.refresh)
        self._update_session_buttons()

    def create_model(self, columns: Any, flt: Any) -> IdTableModel[SessionRow]:
        return SessionTableModel(columns, flt, parent=self)

    # --- filters -----------------------------------------------------------------------

    def build_filters(self) -> None:
        self.site_filter = filter_combo(self, "Filtrer par site", [], "Tous les sites")
        self.offering_filter = filter_combo(
            self, "Filtrer par ouverture", [], "Toutes les ouvertures"
        )
        self.offering_filter.setMinimumContentsLength(24)
        self.offering_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.modality_filter = filter_combo(
            self, "Filtrer par modalité", enum_choices(Modality), "Toutes modalités"
        )
        self.status_filter = filter_combo(
            self, "Filtrer par statut", enum_choices(SessionStatus), "Tous statuts"
        )
        for combo in (self.site_filter, self.offering_filter, self.modality_filter):
            self.add_filter_widget(None, combo)
        self.add_filter_widget(None, self.status_filter)
        self.site_filter.currentIndexChanged.connect(lambda _i: self._site_changed())
        for combo in (self.offering_filter, self.modality_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.from_edit = self._period_edit("Première date affichée (— : sans limite)")
        self.to_edit = self._period_edit("Dernière date affichée (— : sans limite)")
        from_label = QLabel("D&u", self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel("au", self)
        to_label.setBuddy(self.to_edit)
        self.all_dates_button = QPushButton("Toutes &dates", self)
        self.all_dates_button.setObjectName("allDatesButton")
        self.all_dates_button.setToolTip("Afficher les séances de toutes les dates")
        self.add_filter_widget(from_label, self.from_edit)
        self.add_filter_widget(to_label, self.to_edit)
        self.add_filter_widget(None, self.all_dates_button)
        self.all_dates_button.clicked.connect(lambda: self.set_period(None, None))
        self._period_timer = QTimer(self)
        self._period_timer.setSingleShot(True)
        self._period_timer.setInterval(PERIOD_DELAY_MS)
        self._period_timer.timeout.connect(self.apply_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._period_changed())
        self._put_period(monday_of(date.today()), None)

    def _period_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        return edit

    def _period_changed(self) -> None:
        self._period_timer.start()

    def period(self) -> tuple[date | None, date | None]:
        """The first and last days shown (None: no limit)."""

        def read(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else to_date(edit.date())

        return read(self.from_edit), read(self.to_edit)

    def _put_period(self, start: date | None, end: date | None) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def set_period(self, start: date | None, end: date | None) -> None:
        """Show the sessions from `start` to `end`, both included (None: no limit)."""
        self._put_period(start, end)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._period_timer.stop()
        super().apply_filters()

    def current_filter(self, text: str) -> SessionFilter:
        start, end = self.period()
        return SessionFilter(
            text=text.strip() or None,
            site_id=self.site_filter.currentData(),
            offering_id=self.offering_filter.currentData(),
            modality=self.modality_filter.currentData(),
            status=self.status_filter.currentData(),
            start=start,
            end=end,
        )

    def _site_changed(self) -> None:
        self._fill_offerings()
        self.apply_filters()

    def _fill_offerings(self, wanted: str | None = None) -> None:
        """The offerings of the chosen site (all sites: every offering, naming its site).

        `wanted` (else the current choice) stays selected; one not offered (cancelled,
        or of another site) is added so that the filter can still show its sessions.
        """
        combo = self.offering_filter
        keep = wanted or combo.currentData()
        choices = (
            self.offerings.offering_choices(self.site_filter.currentData())
            if self.offerings is not None
            else []
        )
        if keep and keep not in {oid for oid, _label in choices} and wanted:
            choices.append((keep, self._offering_label(keep)))
        combo.blockSignals(True)
        fill_combo(combo, choices, "Toutes les ouvertures")
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(min(OFFERING_POPUP_MAX_WIDTH, view.sizeHintForColumn(0) + 24))

    def _offering_label(self, offering_id: str) -> str:
        row = self.offerings.rows([offering_id]).get(offering_id) if self.offerings else None
        if row is None:
            return f"(introuvable : {offering_id})"
        return f"{row.course_label} ({row.period_label}) — {row.site_name} — {row.status_label}"

    def _reset_filters(self) -> None:
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        for combo in (self.site_filter, self.modality_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def hint_filters(self) -> dict[str, Any]:
        return {
            "site_id": self.site_filter,
            "modality": self.modality_filter,
            "status": self.status_filter,
        }

    def apply_hint(self, hint: dict[str, Any]) -> None:
        """{"week_start": date, "week_end": date} shows that week; without them, the
        sessions from this week's Monday on. Other filters are reset (or set from the
        hint's "site_id", "modality", "status", "offering_id")."""
        start = hint.get("week_start")
        end = hint.get("week_end")
        if start is None and end is None:
            start = monday_of(date.today())
        self._put_period(start, end)
        for key, combo in self.hint_filters().items():
            index = combo.findData(hint[key]) if key in hint else 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.offering_filter.blockSignals(True)
        self.offering_filter.setCurrentIndex(0)
        self.offering_filter.blockSignals(False)
        self._fill_offerings(hint.get("offering_id"))
        self.apply_filters()

    def show_offering(self, offering_id: str) -> None:
        """List every session of one offering, whatever its dates, site or status."""
        self._reset_filters()
        self._put_period(None, None)
        self._fill_offerings(offering_id)
        self.apply_filters()

    # --- wiring ------------------------------------------------------------------------

    def set_workspace(self, workspace: Any) -> None:
        if workspace is None:
            self.service, self.offerings = None, None
            self.set_source(None, None)
            self._update_session_buttons()
            return
        database = workspace.database
        service = SessionService(database)
        self.service, self.offerings = service, OfferingService(database)
        fill_combo(self.site_filter, site_choices(database), "Tous les sites")
        self._fill_offerings()
        self.set_source(
            ListSource(list_ids=service.list_ids, rows=service.rows, head=service.list_head),
            Operations.of(service),
        )
        self._update_session_buttons()

    def refresh(self) -> None:
        """The sessions changed (through the flows, an undo…): read the list again."""
        if self.model.has_source:
            super().refresh()

    def reload_choices(self) -> None:
        """Offerings changed (created, edited, deleted): refill the filter, reread the rows."""
        self._fill_offerings(self.offering_filter.currentData())
        self.refresh()

    # --- actions, through the flows ------------------------------------------------------

    def _current_row(self) -> SessionRow | None:
        session_id = self.current_id()
        row = self.model.row_of(session_id) if session_id is not None else None
        return self.model.record(row) if row is not None else None

    def _update_session_buttons(self) -> None:
        ready = self.operations is not None
        enable_editing(self.series_button, ready)
        enable_editing(self.cancel_button, ready and self._can_cancel())

    def _can_cancel(self) -> bool:
        if len(self.selected_ids()) != 1:
            return False
        row = self._current_row()
        return row is not None and row.status is not SessionStatus.CANCELLED

    def extra_actions(self) -> list[tuple[str, Callable[[], Any], bool]]:
        ready = self.operations is not None and editable(self)
        return [
            ("Nouvelle sé&rie…", self.new_series, ready),
            ("Annuler &la séance", self.cancel_current, ready and self._can_cancel()),
        ]

    def _chosen_offering(self) -> str | None:
        """The offering filtered on, else that of the selected session."""
        offering_id = self.offering_filter.currentData()
        if offering_id:
            return str(offering_id)
        row = self._current_row()
        return row.offering_id if row is not None else None

    def new_record(self) -> str | None:
        if self.operations is None:
            return None
        prefill: dict[str, Any] = {}
        offering_id = self.offering_filter.currentData()
        if offering_id:
            prefill["offering_id"] = offering_id
        elif self.site_filter.currentData():
            prefill["site_id"] = self.site_filter.currentData()
        created = self.flows.new_session(**prefill)
        return self._show_created(created)

    def new_series(self) -> list[str]:
        if self.operations is None:
            return []
        created: list[str] = self.flows.new_series(self._chosen_offering())
        self._show_created(created)
        return created

    def _show_created(self, created: list[str]) -> str | None:
        if not created:
            return None
        if not self.select(created[0]):
            self.statusMessage.emit(
                "La séance créée n'entre pas dans les filtres de la liste : "
                "« Toutes dates » et « Tous les sites » la montrent."
            )
        return created[0]

    def edit_current(self) -> bool:
        session_id = self.current_id()
        if self.operations is None or session_id is None:
            return False
        return bool(self.flows.edit_session(session_id))

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if self.operations is None or not ids:
            return False
        return bool(self.flows.delete_sessions(ids))

    def cancel_current(self) -> bool:
        session_id = self.current_id()
        if self.operations is None or session_id is None:
            return False
        return bool(self.flows.cancel_session(session_id))

    def open_editor(self, data: SessionData | None) -> SessionData | None:
        raise NotImplementedError("sessions are edited through SessionFlows")

    def describe(self, row: SessionRow) -> str:
        return f"{row.course_code} {short_day(row.day)} {french_time(row.start_time)}"
