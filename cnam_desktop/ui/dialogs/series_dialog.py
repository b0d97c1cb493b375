"""Plan a series of sessions: weekdays, period, rhythm, times, place; a live preview.

The preview (`SeriesService.preview`, through the `preview` callable) is refreshed
~200 ms after the last change: the rule in French, « 36 séances, 8 jours exclus »,
the first and last session, and every day skipped with its reason (public holiday,
closure of the site, school break unless the box is unticked). Saving goes through
`submit` (see `form_dialog.FormDialog.submit`), which checks the conflicts of every
session before the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import cast

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_date
from cnam_desktop.domain.recurrence import SeriesPreview, WeeklyRule, validate_rule
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run, to_date
from cnam_desktop.ui.dialogs.session_dialog import long_day
from cnam_desktop.ui.dialogs.session_fields import (
    OfferingChoice,
    PlanningChoices,
    SessionFields,
    Slot,
)
from cnam_desktop.ui.generated.ui_series_dialog import Ui_SeriesDialog

PREVIEW_DELAY_MS = 200
DEFAULT_LENGTH = timedelta(days=280)
"""A series with no offering end date runs about ten months (September to June)."""
SHORT_WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")

PreviewFunction = Callable[[str, WeeklyRule, SessionData], SeriesPreview]


@dataclass(frozen=True)
class SeriesRequest:
    """What the dialog gives back: the series to create."""

    offering_id: str
    rule: WeeklyRule
    template: SessionData
    """The values of every session (its day is the rule's start, ignored)."""


def default_period(offering: OfferingChoice | None, today: date) -> tuple[date, date]:
    """From the offering's start (or today, once it has started) to its end."""
    start = max(offering.start_date, today) if offering is not None else today
    end = offering.end_date if offering is not None else None
    if end is None or end <= start:
        end = start + DEFAULT_LENGTH
    return start, end


def skipped_line(day: date, reason: str) -> str:
    """« mar. 20/10/2026 — Vacances de la Toussaint (zone B) »."""
    return f"{SHORT_WEEKDAYS[day.weekday()]} {french_date(day)} — {reason}"


class SeriesDialog(FormDialog[SeriesRequest]):
    subject = "La série"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None,
        choices: PlanningChoices,
        preview: PreviewFunction,
        *,
        offering_id: str | None = None,
        start: time = time(18, 0),
        end: time = time(21, 0),
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SeriesDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        self._preview = preview
        self._today = today or date.today()
        self._loading = True
        self._dates_touched = False
        self.last_preview: SeriesPreview | None = None
        self.day_buttons = [
            ui.mondayButton,
            ui.tuesdayButton,
            ui.wednesdayButton,
            ui.thursdayButton,
            ui.fridayButton,
            ui.saturdayButton,
            ui.sundayButton,
        ]
        ui.weekdaysBox.setFocusProxy(ui.mondayButton)
        ui.everyWeeksSpin.setSpecialValueText("chaque semaine")
        self.fields = SessionFields(self, ui, choices, self.slots)
        self.fields.register()
        self.register("weekdays", ui.weekdaysBox, ui.weekdaysError)
        self.register("start_date", ui.startDateEdit, ui.startDateError)
        self.register("end_date", ui.endDateEdit, ui.endDateError)
        self.register("period", ui.endDateEdit, ui.periodError)
        self.register("every_weeks", ui.everyWeeksSpin, ui.everyWeeksError)
        self.clear_errors()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.fields.fill_offerings(offering_id)
        self.fields.load(start=start, end=end)
        self._set_period(*default_period(self.fields.offering(), self._today))
        self._loading = False
        self._connect()
        self.refresh_preview()
        (ui.mondayButton if offering_id else ui.offeringCombo).setFocus()

    def _connect(self) -> None:
        ui = self.ui
        for button in self.day_buttons:
            button.toggled.connect(self.schedule_preview)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.dateChanged.connect(self._date_edited)
        ui.everyWeeksSpin.valueChanged.connect(self.schedule_preview)
        ui.skipSchoolCheck.toggled.connect(self.schedule_preview)
        ui.startTimeEdit.timeChanged.connect(self.schedule_preview)
        ui.endTimeEdit.timeChanged.connect(self.schedule_preview)
        ui.linkEdit.textChanged.connect(self.schedule_preview)
        ui.unitEdit.textChanged.connect(self.schedule_preview)
        ui.modalityCombo.currentIndexChanged.connect(self.schedule_preview)
        self.fields.offeringChanged.connect(self._offering_changed)

    @classmethod
    def plan(
        cls,
        parent: QWidget | None,
        choices: PlanningChoices,
        preview: PreviewFunction,
        *,
        offering_id: str | None = None,
        submit: Callable[[QWidget, SeriesRequest], bool] | None = None,
    ) -> SeriesRequest | None:
        """Open the dialog; the series saved by `submit` (or validated, without `submit`),
        or None if cancelled."""
        dialog = cls(parent, choices, preview, offering_id=offering_id)
        dialog.submit = submit
        return cast("SeriesRequest | None", run(dialog))

    # --- inputs ----------------------------------------------------------------------------

    def _set_period(self, start: date, end: date) -> None:
        self.ui.startDateEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))

    def _date_edited(self) -> None:
        if not self._loading:
            self._dates_touched = True
        self.schedule_preview()

    def _offering_changed(self) -> None:
        if self._loading:
            return
        if not self._dates_touched:
            self._loading = True
            try:
                self._set_period(*default_period(self.fields.offering(), self._today))
            finally:
                self._loading = False
        self.schedule_preview()

    def set_weekdays(self, weekdays: set[int]) -> None:
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index in weekdays)

    def rule(self) -> WeeklyRule:
        ui = self.ui
        return WeeklyRule(
            weekdays=frozenset(i for i, b in enumerate(self.day_buttons) if b.isChecked()),
            start_date=to_date(ui.startDateEdit.date()),
            end_date=to_date(ui.endDateEdit.date()),
            every_weeks=ui.everyWeeksSpin.value(),
            skip_school_breaks=ui.skipSchoolCheck.isChecked(),
        )

    def template(self) -> SessionData:
        return SessionData(
            **self.fields.values(),
            day=to_date(self.ui.startDateEdit.date()),
            status=SessionStatus.PLANNED,
        )

    # --- preview -----------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if not self._loading:
            self._timer.start()

    def refresh_preview(self) -> SeriesPreview | None:
        """Compute the preview now (the timer calls it; tests may too)."""
        self._timer.stop()
        ui = self.ui
        self.last_preview = None
        offering = self.fields.offering()
        if offering is None:
            self._show_message("Choisissez une ouverture pour voir les séances de la série.")
            return None
        try:
            preview = self._preview(offering.id, self.rule(), self.template())
        except ValidationError as exc:
            self._show_message("\n".join(exc.errors.values()))
            return None
        except UserFacingError as exc:
            self._show_message(exc.message)
            return None
        self.last_preview = preview
        description = preview.description
        ui.descriptionLabel.setText(f"{description[:1].upper()}{description[1:]}.")
        ui.countLabel.setText(preview.summary)
        ui.datesLabel.setText(
            f"Première séance : {long_day(preview.days[0])}\n"
            f"Dernière séance : {long_day(preview.days[-1])}"
        )
        for label in (ui.descriptionLabel, ui.countLabel, ui.datesLabel):
            label.show()
        ui.skippedList.clear()
        for skipped in preview.skipped:
            QListWidgetItem(skipped_line(skipped.day, skipped.reason), ui.skippedList)
        if not preview.skipped:
            item = QListWidgetItem("Aucun jour exclu", ui.skippedList)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        ui.previewMessage.clear()
        ui.previewMessage.hide()
        return preview

    def _show_message(self, text: str) -> None:
        ui = self.ui
        for label in (ui.descriptionLabel, ui.countLabel, ui.datesLabel):
            label.clear()
            label.hide()  # an empty word-wrapped label has no height for its width
        ui.skippedList.clear()
        ui.previewMessage.setText(text)
        ui.previewMessage.show()

    def skipped_texts(self) -> list[str]:
        listing = self.ui.skippedList
        return [
            listing.item(i).text()
            for i in range(listing.count())
            if listing.item(i).flags() != Qt.ItemFlag.NoItemFlags
        ]

    def slots(self) -> list[Slot]:
        preview = self.refresh_preview()
        if preview is None:
            return []
        start, end = self.fields.times()
        return [(day, start, end) for day in preview.days]

    # --- FormDialog --------------------------------------------------------------------

    def collect(self) -> tuple[SeriesRequest, dict[str, str]]:
        template = self.template()
        return SeriesRequest(template.offering_id, self.rule(), template), {}

    def validate(self, data: SeriesRequest) -> SeriesRequest:
        errors: dict[str, str] = {}
        template = data.template
        try:
            validate_rule(data.rule)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            template = validate_session(template)
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        return SeriesRequest(template.offering_id, data.rule, template)
