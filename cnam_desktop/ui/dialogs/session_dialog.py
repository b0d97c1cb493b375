"""Create or edit one session: offering, date, times, modality, room or link, trainer…

The room is one of the offering's site (présentiel, hybride), the link and the guest
offerings are for distance and hybrid sessions; the modalities offered are those the
offering's course allows. A session of a series says so (« Séance d'une série
(27 séances) ») and keeps its offering. Saving goes through `submit` (see
`form_dialog.FormDialog.submit`): the conflicts are checked before the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_long_date, plural
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.ui.dialogs.choices_and_money import fill_combo, select_id
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run, to_date
from cnam_desktop.ui.dialogs.session_fields import (
    PlanningChoices,
    SessionFields,
    Slot,
)
from cnam_desktop.ui.generated.ui_session_dialog import Ui_SessionDialog


def long_day(value: date) -> str:
    """« mardi 3 novembre 2026 »."""
    return french_long_date(value)


class SessionDialog(FormDialog[SessionData]):
    subject = "La séance"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None,
        choices: PlanningChoices,
        data: SessionData,
        *,
        new: bool,
        session_id: str | None = None,
        series_count: int = 0,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SessionDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        self._series_id = data.series_id
        ignore = (session_id,) if session_id else ()
        self.fields = SessionFields(self, ui, choices, self.slots, ignore)
        self.fields.register()
        self.register("day", ui.dayEdit, ui.dayError)
        self.register("status", ui.statusCombo, ui.statusError)
        self.clear_errors()
        fill_combo(ui.statusCombo, SessionStatus.choices())

        self.fields.fill_offerings(data.offering_id or None)
        ui.dayEdit.setDate(QDate(data.day.year, data.day.month, data.day.day))
        self.fields.load(
            start=data.start_time,
            end=data.end_time,
            modality=data.modality,
            room_id=data.room_id,
            video_link=data.video_link,
            trainer_id=data.trainer_id,
            unit_code=data.unit_code,
            guest_offering_ids=data.guest_offering_ids,
        )
        select_id(ui.statusCombo, SessionStatus(data.status).value)

        if data.series_id is not None:
            ui.seriesLabel.setText(f"Séance d'une série ({plural(series_count, 'séance')})")
            ui.offeringCombo.setEnabled(False)
            ui.offeringCombo.setToolTip(
                "Une séance de série reste dans son ouverture ; pour une autre ouverture, "
                "supprimez-la puis créez-la dans celle-ci."
            )
        else:
            ui.seriesLabel.hide()
        if new:
            self.setWindowTitle("Nouvelle séance")
        else:
            self.setWindowTitle(f"Modifier la séance du {long_day(data.day)}")
        (ui.dayEdit if data.offering_id else ui.offeringCombo).setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        choices: PlanningChoices,
        data: SessionData,
        *,
        new: bool,
        session_id: str | None = None,
        series_count: int = 0,
        submit: Callable[[QWidget, SessionData], bool] | None = None,
    ) -> SessionData | None:
        """Open the dialog on `data`; the data saved by `submit` (or validated, without
        `submit`), or None if cancelled."""
        dialog = cls(
            parent, choices, data, new=new, session_id=session_id, series_count=series_count
        )
        dialog.submit = submit
        return cast("SessionData | None", run(dialog))

    def slots(self) -> list[Slot]:
        start, end = self.fields.times()
        return [(to_date(self.ui.dayEdit.date()), start, end)]

    def collect(self) -> tuple[SessionData, dict[str, str]]:
        ui = self.ui
        data = SessionData(
            **self.fields.values(),
            day=to_date(ui.dayEdit.date()),
            status=SessionStatus(ui.statusCombo.currentData()),
            series_id=self._series_id,
        )
        return data, {}

    def validate(self, data: SessionData) -> SessionData:
        return validate_session(data)
