"""Create or edit an offering: a course opened at a site for a period, with its learners.

The modalities offered are those the chosen course allows (an existing offering keeps
its own, even if its course no longer allows it: the service only checks a change).
The funding split is summed as you type: « 12 / 14 inscrits répartis ».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QSpinBox, QWidget

from cnam_desktop.domain.enums import Modality, OfferingStatus
from cnam_desktop.domain.sessions import FUNDING_FIELD, OfferingData, validate_offering
from cnam_desktop.ui.dialogs.choices_and_money import current_id, fill_combo, select_id
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run, to_date
from cnam_desktop.ui.generated.ui_offering_dialog import Ui_OfferingDialog

NOT_ALLOWED = " (non prévue par le parcours)"
OK_COLOUR = "#1e6b30"
WRONG_COLOUR = "#b3261e"


@dataclass(frozen=True)
class CourseChoice:
    """A course offered in the dialog: its id, « CODE — Titre » and allowed modalities."""

    id: str
    label: str
    modalities: frozenset[Modality]


def funding_line(funded: int, enrolled: int) -> str:
    """« 12 / 14 inscrits répartis (2 à répartir) », « 14 / 14 inscrits répartis »."""
    words = "inscrit réparti" if enrolled <= 1 else "inscrits répartis"
    text = f"{funded} / {enrolled} {words}"
    if funded < enrolled:
        text += f" ({enrolled - funded} à répartir)"
    elif funded > enrolled:
        text += f" ({funded - enrolled} de trop)"
    return text


class OfferingDialog(FormDialog[OfferingData]):
    subject = "L'ouverture"
    not_saved = "n'est pas enregistrée"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: OfferingData | None = None,
        courses: Sequence[CourseChoice] = (),
        sites: Sequence[tuple[str, str]] = (),
        site_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_OfferingDialog()
        ui.setupUi(self)
        self._courses = {c.id: c for c in courses}
        self._original = data
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        fill_combo(ui.courseCombo, [(c.id, c.label) for c in courses], placeholder="Choisissez…")
        fill_combo(ui.siteCombo, sites, placeholder="Choisissez un site…")
        fill_combo(ui.statusCombo, OfferingStatus.choices())
        ui.startDateEdit.setDate(QDate.currentDate())
        self.setup_optional_date(ui.endDateEdit, ui.endDateCheck)
        for field, widget, error in (
            ("course_id", ui.courseCombo, ui.courseError),
            ("site_id", ui.siteCombo, ui.siteError),
            ("period_label", ui.periodEdit, ui.periodError),
            ("start_date", ui.startDateEdit, ui.startDateError),
            ("end_date", ui.endDateEdit, ui.endDateError),
            ("modality", ui.modalityCombo, ui.modalityError),
            ("status", ui.statusCombo, ui.statusError),
            ("planned_learners", ui.plannedSpin, ui.plannedError),
            ("enrolled_learners", ui.enrolledSpin, ui.enrolledError),
            (FUNDING_FIELD, ui.cpfSpin, ui.fundingError),
        ):
            self.register(field, widget, error)
        self.clear_errors()

        if data is None:
            self.setWindowTitle("Nouvelle ouverture")
            select_id(ui.statusCombo, OfferingStatus.PLANNED.value)
            if site_id is not None:
                select_id(ui.siteCombo, site_id)
            self._fill_modalities()
        else:
            course = self._courses.get(data.course_id)
            name = course.label if course is not None else data.period_label
            self.setWindowTitle(f"Modifier l'ouverture « {name} — {data.period_label} »")
            self._load(data)
        ui.courseCombo.currentIndexChanged.connect(lambda _i: self._fill_modalities())
        for spin in (*self.funding_spins(), ui.enrolledSpin):
            spin.valueChanged.connect(lambda _v: self._update_funding())
        self._update_funding()
        ui.courseCombo.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: OfferingData | None,
        courses: Sequence[CourseChoice],
        sites: Sequence[tuple[str, str]],
        site_id: str | None = None,
    ) -> OfferingData | None:
        """Open the dialog (empty for a new offering, at `site_id` if given); the
        validated data, or None if cancelled."""
        return cast("OfferingData | None", run(cls(parent, data, courses, sites, site_id)))

    def funding_spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox, QSpinBox]:
        ui = self.ui
        return ui.cpfSpin, ui.employerSpin, ui.jobseekerSpin, ui.selfSpin

    def _load(self, data: OfferingData) -> None:
        ui = self.ui
        select_id(ui.courseCombo, data.course_id)
        select_id(ui.siteCombo, data.site_id)
        ui.periodEdit.setText(data.period_label)
        ui.startDateEdit.setDate(
            QDate(data.start_date.year, data.start_date.month, data.start_date.day)
        )
        self.set_optional_date(ui.endDateEdit, ui.endDateCheck, data.end_date)
        self._fill_modalities(data.modality)
        select_id(ui.statusCombo, OfferingStatus(data.status).value)
        values = (
            (ui.plannedSpin, data.planned_learners),
            (ui.enrolledSpin, data.enrolled_learners),
            (ui.cpfSpin, data.funded_cpf),
            (ui.employerSpin, data.funded_employer),
            (ui.jobseekerSpin, data.funded_jobseeker),
            (ui.selfSpin, data.funded_self),
        )
        for spin, value in values:
            spin.setMaximum(max(spin.maximum(), value))
            spin.setValue(value)

    # --- live parts --------------------------------------------------------------------

    def allowed_modalities(self) -> list[Modality]:
        """The modalities the chosen course allows (all of them before a course is chosen)."""
        course = self._courses.get(current_id(self.ui.courseCombo))
        if course is None or not course.modalities:
            return list(Modality)
        return [m for m in Modality if m in course.modalities]

    def _fill_modalities(self, wanted: Modality | None = None) -> None:
        """Offer the course's modalities, keeping the current one when still allowed.

        The modality the offering was saved with stays offered for its own course
        (marked when the course no longer allows it), so that OK changes nothing.
        """
        combo = self.ui.modalityCombo
        current = wanted or (Modality(combo.currentData()) if combo.currentIndex() >= 0 else None)
        choices = [(m.value, m.label) for m in self.allowed_modalities()]
        original = self._original
        if (
            original is not None
            and original.course_id == current_id(self.ui.courseCombo)
            and original.modality.value not in {value for value, _ in choices}
        ):
            choices.append((original.modality.value, original.modality.label + NOT_ALLOWED))
        fill_combo(combo, choices)
        index = combo.findData(current.value) if current is not None else -1
        combo.setCurrentIndex(max(0, index))

    def _update_funding(self) -> None:
        funded = sum(spin.value() for spin in self.funding_spins())
        enrolled = self.ui.enrolledSpin.value()
        label = self.ui.fundingSumLabel
        label.setText(funding_line(funded, enrolled))
        colour = OK_COLOUR if funded == enrolled else WRONG_COLOUR
        label.setStyleSheet(f"color: {colour};")

    # --- FormDialog ----------------------------------------------------------------------

    def collect(self) -> tuple[OfferingData, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        modality = ui.modalityCombo.currentData()
        if modality is None:
            errors["modality"] = "Modalité : choisissez une modalité."
        start: date = to_date(ui.startDateEdit.date())
        data = OfferingData(
            course_id=current_id(ui.courseCombo),
            site_id=current_id(ui.siteCombo),
            period_label=ui.periodEdit.text(),
            start_date=start,
            end_date=self.optional_date(ui.endDateEdit, ui.endDateCheck),
            modality=Modality(modality) if modality is not None else Modality.IN_PERSON,
            planned_learners=ui.plannedSpin.value(),
            enrolled_learners=ui.enrolledSpin.value(),
            funded_cpf=ui.cpfSpin.value(),
            funded_employer=ui.employerSpin.value(),
            funded_jobseeker=ui.jobseekerSpin.value(),
            funded_self=ui.selfSpin.value(),
            status=OfferingStatus(ui.statusCombo.currentData()),
        )
        return data, errors

    def validate(self, data: OfferingData) -> OfferingData:
        return validate_offering(data)
