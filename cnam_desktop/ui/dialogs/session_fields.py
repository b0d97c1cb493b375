"""What the session and series dialogs share: their choices, their session fields, the save.

- `PlanningChoices` (read through the services when a dialog opens): the offerings
  with their site, course modalities and learners, the trainers, each site's rooms
  (read once per site), each offering's possible guests, the free-room search.
- `SessionFields` drives the widgets both forms name alike (offeringCombo,
  startTimeEdit, endTimeEdit, modalityCombo, roomCombo, freeRoomButton, linkEdit,
  trainerCombo, unitEdit, guestsList, and their *Error labels): the modalities the
  offering's course allows, the rooms of its site, room / link / guests enabled by
  modality, reading them back as `SessionData` fields.

Both dialogs save through `FormDialog.submit` (conflicts checked before they close).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtWidgets import QListWidgetItem

from cnam_desktop.domain.enums import Modality, OfferingStatus
from cnam_desktop.domain.offer_rows import OfferingRow
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui import messages
from cnam_desktop.ui.dialogs.choices_and_money import (
    current_id,
    fill_combo,
    optional_id,
    select_id,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog

DataT = TypeVar("DataT")
Slot = tuple[date, time, time]
ID_ROLE = Qt.ItemDataRole.UserRole

NO_ROOM = "Aucune salle (à définir)"
NO_TRAINER = "Formateur à désigner"
NO_GUEST_CHOICE = "Aucune autre ouverture de ce parcours sur un autre site"
ROOM_MODALITIES = frozenset({Modality.IN_PERSON, Modality.HYBRID})
LINK_MODALITIES = frozenset({Modality.DISTANCE, Modality.HYBRID})


# --- choices -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferingChoice:
    """An offering as the dialogs offer it."""

    id: str
    label: str
    site_id: str
    course_id: str
    modality: Modality
    modalities: frozenset[Modality]
    """What the offering's course allows."""
    learners: int
    """Enrolled, or planned while none is enrolled (for the free-room search)."""
    status: OfferingStatus
    start_date: date
    end_date: date | None


def offering_label(row: OfferingRow) -> str:
    """« NFE114 — Systèmes d'information · Chaumont · Rentrée 2026 »."""
    site = row.site_name.removeprefix("Cnam ")
    return f"{row.course_label} · {site} · {row.period_label}"


def offering_choice(row: OfferingRow, modalities: frozenset[Modality]) -> OfferingChoice:
    return OfferingChoice(
        id=row.id,
        label=offering_label(row),
        site_id=row.site_id,
        course_id=row.course_id,
        modality=row.modality,
        modalities=modalities or frozenset(Modality),
        learners=row.enrolled_learners or row.planned_learners,
        status=row.status,
        start_date=row.start_date,
        end_date=row.end_date,
    )


@dataclass
class PlanningChoices:
    offerings: list[OfferingChoice]
    trainers: list[tuple[str, str]]
    rooms_of_site: Callable[[str], list[tuple[str, str]]]
    guests_of: Callable[[str], list[tuple[str, str]]]
    free_rooms: Any = None
    """A `FreeRoomService` (None: the « Trouver une salle libre » button is disabled)."""
    _rooms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def offering(self, offering_id: str | None) -> OfferingChoice | None:
        return next((o for o in self.offerings if o.id == offering_id), None)

    def rooms(self, site_id: str) -> list[tuple[str, str]]:
        if site_id not in self._rooms:
            self._rooms[site_id] = self.rooms_of_site(site_id)
        return self._rooms[site_id]


def load_planning_choices(database: Any) -> PlanningChoices:
    """Everything the session and series dialogs offer, read now (4 queries)."""
    from cnam_desktop.services.catalogue import CatalogueService
    from cnam_desktop.services.free_rooms import FreeRoomService
    from cnam_desktop.services.offerings import OfferingService
    from cnam_desktop.services.sessions import SessionService

    offerings, catalogue = OfferingService(database), CatalogueService(database)
    sessions = SessionService(database)
    offering_rows = offerings.rows(offerings.list_ids(sort="code"))
    course_rows = catalogue.rows(catalogue.list_ids())
    modalities = {cid: row.modalities for cid, row in course_rows.items()}
    ordered = sorted(
        offering_rows.values(),
        key=lambda r: (r.course_code, -r.start_date.toordinal(), r.site_name, r.id),
    )
    return PlanningChoices(
        offerings=[offering_choice(r, modalities.get(r.course_id, frozenset())) for r in ordered],
        trainers=sessions.trainer_choices(),
        rooms_of_site=sessions.room_choices,
        guests_of=sessions.guest_offering_choices,
        free_rooms=FreeRoomService(database),
    )


# --- the shared fields -------------------------------------------------------------------


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


class SessionFields(QObject):
    """The session fields of a form (see the module notes); `slots` gives the slots the
    free-room search looks at, `ignore_ids` the sessions it should not count."""

    offeringChanged = Signal()

    def __init__(
        self,
        dialog: FormDialog[Any],
        ui: Any,
        choices: PlanningChoices,
        slots: Callable[[], list[Slot]],
        ignore_ids: Collection[str] = (),
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.ui, self.choices = dialog, ui, choices
        self._slots, self.ignore_ids = slots, tuple(ignore_ids)
        self._loading = False
        fill_combo(ui.trainerCombo, choices.trainers, none_label=NO_TRAINER)
        ui.offeringCombo.currentIndexChanged.connect(lambda _i: self._offering_changed())
        ui.modalityCombo.currentIndexChanged.connect(lambda _i: self._modality_changed())
        ui.freeRoomButton.clicked.connect(self.find_free_room)

    def register(self) -> None:
        """Tell the dialog which label shows the errors of which field."""
        ui, register = self.ui, self.dialog.register
        register("offering_id", ui.offeringCombo, ui.offeringError)
        register("start_time", ui.startTimeEdit, ui.startTimeError)
        register("end_time", ui.endTimeEdit, ui.endTimeError)
        register("modality", ui.modalityCombo, ui.modalityError)
        register("room_id", ui.roomCombo, ui.roomError)
        register("video_link", ui.linkEdit, ui.linkError)
        register("trainer_id", ui.trainerCombo, ui.trainerError)
        register("unit_code", ui.unitEdit, ui.unitError)
        register("guest_offering_ids", ui.guestsList, ui.guestsError)

    # --- loading ---------------------------------------------------------------------------

    def fill_offerings(self, selected: str | None) -> None:
        """Live offerings that take new sessions (not cancelled), plus `selected`."""
        shown = [
            (o.id, o.label)
            for o in self.choices.offerings
            if o.status is not OfferingStatus.CANCELLED or o.id == selected
        ]
        combo = self.ui.offeringCombo
        fill_combo(combo, shown, placeholder="Choisissez une ouverture…")
        if selected:
            select_id(combo, selected)
        view = combo.view()  # long course titles: the list is as wide as its longest line
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 32, 900))
        self._offering_changed()

    def load(
        self,
        *,
        start: time,
        end: time,
        modality: Modality | None = None,
        room_id: str | None = None,
        video_link: str | None = None,
        trainer_id: str | None = None,
        unit_code: str | None = None,
        guest_offering_ids: Collection[str] = (),
    ) -> None:
        """Show these values (the offering is chosen first, with `fill_offerings`)."""
        ui = self.ui
        self._loading = True
        try:
            ui.startTimeEdit.setTime(to_qtime(start))
            ui.endTimeEdit.setTime(to_qtime(end))
            if modality is not None:
                self._fill_modalities(modality, keep=True)
            select_id(ui.roomCombo, room_id)
            ui.linkEdit.setText(video_link or "")
            select_id(ui.trainerCombo, trainer_id)
            ui.unitEdit.setText(unit_code or "")
            self._fill_guests(frozenset(guest_offering_ids))
        finally:
            self._loading = False
        self._modality_changed()

    # --- reading -----------------------------------------------------------------------

    def offering(self) -> OfferingChoice | None:
        return self.choices.offering(current_id(self.ui.offeringCombo) or None)

    def modality(self) -> Modality | None:
        value = self.ui.modalityCombo.currentData()
        return Modality(value) if value else None

    def times(self) -> tuple[time, time]:
        return to_time(self.ui.startTimeEdit.time()), to_time(self.ui.endTimeEdit.time())

    def values(self) -> dict[str, Any]:
        """The `SessionData` fields these widgets hold (room, link and guests only where
        the modality has them)."""
        ui = self.ui
        modality = self.modality() or Modality.IN_PERSON
        start, end = self.times()
        with_link = modality in LINK_MODALITIES
        return {
            "offering_id": current_id(ui.offeringCombo),
            "start_time": start,
            "end_time": end,
            "modality": modality,
            "room_id": optional_id(ui.roomCombo) if modality in ROOM_MODALITIES else None,
            "video_link": ui.linkEdit.text() if with_link else None,
            "trainer_id": optional_id(ui.trainerCombo),
            "unit_code": ui.unitEdit.text(),
            "guest_offering_ids": self.checked_guests() if with_link else frozenset(),
        }

    def checked_guests(self) -> frozenset[str]:
        listing = self.ui.guestsList
        return frozenset(
            str(listing.item(i).data(ID_ROLE))
            for i in range(listing.count())
            if listing.item(i).data(ID_ROLE)
            and listing.item(i).checkState() == Qt.CheckState.Checked
        )

    # --- reactions ---------------------------------------------------------------------

    def _offering_changed(self) -> None:
        if self._loading:
            return
        ui = self.ui
        offering = self.offering()
        ui.offeringCombo.setToolTip(offering.label if offering is not None else "")
        kept_room = current_id(ui.roomCombo)
        rooms = self.choices.rooms(offering.site_id) if offering is not None else []
        fill_combo(ui.roomCombo, rooms, none_label=NO_ROOM)
        ui.roomCombo.setCurrentIndex(max(0, ui.roomCombo.findData(kept_room)))
        self._fill_modalities(self.modality())
        self._fill_guests(self.checked_guests())
        self._modality_changed()
        self.offeringChanged.emit()

    def _fill_modalities(self, wanted: Modality | None, *, keep: bool = False) -> None:
        """The modalities the course allows; `wanted` is selected if allowed (or if `keep`:
        a stored session keeps its modality), else the offering's."""
        offering = self.offering()
        allowed = offering.modalities if offering is not None else frozenset(Modality)
        shown = [m for m in Modality if m in allowed or (keep and m is wanted)]
        if wanted not in shown:
            default = offering.modality if offering is not None else Modality.IN_PERSON
            wanted = default if default in shown else shown[0]
        assert wanted is not None
        fill_combo(self.ui.modalityCombo, [(m.value, m.label) for m in shown])
        select_id(self.ui.modalityCombo, wanted.value)
        self._modality_changed()

    def _fill_guests(self, checked: frozenset[str]) -> None:
        listing = self.ui.guestsList
        listing.clear()
        offering = self.offering()
        choices = self.choices.guests_of(offering.id) if offering is not None else []
        known = {gid for gid, _label in choices}
        unknown = [(gid, f"Ouverture introuvable ({gid})") for gid in sorted(checked - known)]
        for guest_id, label in [*choices, *unknown]:
            item = QListWidgetItem(label, listing)
            item.setData(ID_ROLE, guest_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if guest_id in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
        if listing.count() == 0:
            item = QListWidgetItem(NO_GUEST_CHOICE, listing)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _modality_changed(self) -> None:
        if self._loading:
            return
        ui = self.ui
        modality = self.modality()
        with_room = modality in ROOM_MODALITIES
        with_link = modality in LINK_MODALITIES
        ui.roomCombo.setEnabled(with_room)
        ui.freeRoomButton.setEnabled(
            with_room and self.offering() is not None and self.choices.free_rooms is not None
        )
        ui.linkEdit.setEnabled(with_link)
        ui.guestsList.setEnabled(with_link)

    # --- free rooms --------------------------------------------------------------------

    def find_free_room(self) -> str | None:
        """Open « Trouver une salle libre » for the slots of the form; select the room
        chosen (at the offering's site)."""
        offering = self.offering()
        if offering is None or self.choices.free_rooms is None:
            return None
        slots = self._slots()
        if not slots:
            messages.info(
                self.dialog,
                "Trouver une salle libre",
                "Choisissez d'abord les jours et l'horaire des séances.",
            )
            return None
        try:
            from cnam_desktop.ui.dialogs.free_room_dialog import FreeRoomDialog
        except ModuleNotFoundError:  # written in parallel; see the report
            messages.warning(
                self.dialog,
                "Trouver une salle libre",
                "La recherche de salle libre n'est pas encore disponible.",
            )
            return None
        try:
            room_id = FreeRoomDialog.choose(
                self.dialog,
                self.choices.free_rooms,
                slots,
                max(1, offering.learners),
                offering.course_id,
                site_ids=[offering.site_id],
                ignore_session_ids=self.ignore_ids,
            )
        except UserFacingError as exc:
            messages.error(self.dialog, "Trouver une salle libre", exc.message)
            return None
        if room_id:
            select_id(self.ui.roomCombo, room_id)
            self.ui.roomCombo.setFocus()
        return room_id or None
