"""Create or edit a course (parcours): identity, public information, required equipment.

The dialog's data is the course and its equipment lines together; both are validated
by the domain on OK. A line's messages are listed in the summary with its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from cnam_desktop.domain.catalogue import (
    CourseData,
    CourseEquipmentData,
    validate_course,
    validate_course_equipment,
)
from cnam_desktop.domain.enums import CertificationType, RoomKind
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, run
from cnam_desktop.ui.generated.ui_course_dialog import Ui_CourseDialog

CourseResult = tuple[CourseData, list[CourseEquipmentData]]

LEVELS: tuple[tuple[int, str], ...] = (
    (3, "3 — CAP, BEP"),
    (4, "4 — Baccalauréat"),
    (5, "5 — Bac+2 (BTS, DEUST)"),
    (6, "6 — Licence"),
    (7, "7 — Master"),
    (8, "8 — Doctorat"),
)
NO_CHOICE = "—"
ANY_ROOM = "Indifférent"
CHOOSE_SECTOR = "— Choisir une filière —"
CHOOSE_TYPE = "— Choisir un type —"
MAX_QUANTITY = 999

_LINE_KEY = re.compile(r"^equipment\[(\d+)\]$")
TYPE_COLUMN, PER_LEARNER_COLUMN, PER_GROUP_COLUMN = 0, 1, 2


class CourseDialog(FormDialog[CourseResult]):
    subject = "Le parcours"

    def __init__(
        self,
        parent: QWidget | None = None,
        data: CourseData | None = None,
        equipment: Sequence[CourseEquipmentData] = (),
        sectors: Sequence[tuple[str, str]] = (),
        equipment_types: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CourseDialog()
        ui.setupUi(self)
        self._equipment_types = list(equipment_types)
        self._extra_types: list[tuple[str, str]] = []
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        for field, widget, label in (
            ("sector_id", ui.sectorCombo, ui.sectorError),
            ("cnam_code", ui.cnamCodeEdit, ui.cnamCodeError),
            ("title", ui.titleEdit, ui.titleError),
            ("certification_type", ui.certificationCombo, ui.certificationError),
            ("rncp_code", ui.rncpEdit, ui.rncpError),
            ("rs_code", ui.rsEdit, ui.rsError),
            ("level", ui.levelCombo, ui.levelError),
            ("hours", ui.hoursEdit, ui.hoursError),
            ("ects", ui.ectsEdit, ui.ectsError),
            ("modalities", ui.inPersonCheck, ui.modalitiesError),
            ("min_learners", ui.minLearnersEdit, ui.minLearnersError),
            ("max_learners", ui.maxLearnersEdit, ui.maxLearnersError),
            ("required_room_kind", ui.roomKindCombo, ui.roomKindError),
            ("objectives", ui.objectivesEdit, ui.objectivesError),
            ("prerequisites", ui.prerequisitesEdit, ui.prerequisitesError),
            ("assessment", ui.assessmentEdit, ui.assessmentError),
            ("disability_contact", ui.disabilityContactEdit, ui.disabilityContactError),
        ):
            self.register(field, widget, label)
        self.clear_errors()

        ui.sectorCombo.addItem(CHOOSE_SECTOR, "")
        for sector_id, name in sectors:
            ui.sectorCombo.addItem(name, sector_id)
        if data is not None and data.sector_id and ui.sectorCombo.findData(data.sector_id) < 0:
            ui.sectorCombo.addItem(f"Filière inconnue ({data.sector_id})", data.sector_id)
        for value, label in CertificationType.choices():
            ui.certificationCombo.addItem(label, value)
        ui.levelCombo.addItem(NO_CHOICE, None)
        for level, label in LEVELS:
            ui.levelCombo.addItem(label, level)
        ui.roomKindCombo.addItem(ANY_ROOM, "")
        for value, label in RoomKind.choices():
            ui.roomKindCombo.addItem(label, value)

        table = ui.equipmentTable
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TYPE_COLUMN, header.ResizeMode.Stretch)
        for column in (PER_LEARNER_COLUMN, PER_GROUP_COLUMN):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(34)
        ui.addLineButton.clicked.connect(lambda: self.add_line())
        ui.removeLineButton.clicked.connect(self.remove_current_line)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.currentCellChanged.connect(self._update_buttons)

        if data is None:
            self.setWindowTitle("Nouveau parcours")
            data = CourseData(
                sector_id="", cnam_code="", title="", certification_type=CertificationType.LICENCE
            )
        else:
            self.setWindowTitle(f"Modifier le parcours « {data.title} »")
        self._load(data)
        for line in equipment:
            self.add_line(line)
        table.clearSelection()
        self._update_buttons()
        ui.tabs.setCurrentIndex(0)
        ui.sectorCombo.setFocus()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        data: CourseData | None = None,
        equipment: Sequence[CourseEquipmentData] = (),
        sectors: Sequence[tuple[str, str]] = (),
        equipment_types: Sequence[tuple[str, str]] = (),
    ) -> CourseResult | None:
        """Open the dialog; the validated course and equipment lines, or None if cancelled.

        `sectors` and `equipment_types` are the (id, name) pairs the combos offer.
        """
        return run(cls(parent, data, equipment, sectors, equipment_types))

    # --- fields ↔ CourseData ------------------------------------------------------------

    def _load(self, data: CourseData) -> None:
        ui = self.ui
        ui.sectorCombo.setCurrentIndex(max(0, ui.sectorCombo.findData(data.sector_id)))
        ui.cnamCodeEdit.setText(data.cnam_code)
        ui.titleEdit.setText(data.title)
        ui.certificationCombo.setCurrentIndex(
            max(0, ui.certificationCombo.findData(data.certification_type.value))
        )
        ui.rncpEdit.setText(data.rncp_code or "")
        ui.rsEdit.setText(data.rs_code or "")
        level_index = ui.levelCombo.findData(data.level) if data.level is not None else 0
        if level_index < 0:  # out of range: shown as is, refused by the domain on OK
            ui.levelCombo.addItem(str(data.level), data.level)
            level_index = ui.levelCombo.count() - 1
        ui.levelCombo.setCurrentIndex(level_index)
        for edit, value in (
            (ui.hoursEdit, data.hours),
            (ui.ectsEdit, data.ects),
            (ui.minLearnersEdit, data.min_learners),
            (ui.maxLearnersEdit, data.max_learners),
        ):
            edit.setText("" if value is None else str(value))
        ui.cpfCheck.setChecked(data.cpf_eligible)
        ui.vaeCheck.setChecked(data.vae)
        ui.inPersonCheck.setChecked(data.allows_in_person)
        ui.distanceCheck.setChecked(data.allows_distance)
        ui.hybridCheck.setChecked(data.allows_hybrid)
        room = data.required_room_kind.value if data.required_room_kind else ""
        ui.roomKindCombo.setCurrentIndex(max(0, ui.roomKindCombo.findData(room)))
        ui.objectivesEdit.setPlainText(data.objectives or "")
        ui.prerequisitesEdit.setPlainText(data.prerequisites or "")
        ui.assessmentEdit.setPlainText(data.assessment or "")
        ui.disabilityContactEdit.setText(data.disability_contact or "")

    def collect(self) -> tuple[CourseResult, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}

        def integer(field: str, label: str, text: str) -> int | None:
            return read_int(field, label, text, errors)

        room = ui.roomKindCombo.currentData()
        course = CourseData(
            sector_id=ui.sectorCombo.currentData() or "",
            cnam_code=ui.cnamCodeEdit.text(),
            title=ui.titleEdit.text(),
            certification_type=CertificationType(ui.certificationCombo.currentData()),
            rncp_code=ui.rncpEdit.text(),
            rs_code=ui.rsEdit.text(),
            level=ui.levelCombo.currentData(),
            hours=integer("hours", "Durée (heures)", ui.hoursEdit.text()),
            ects=integer("ects", "Crédits ECTS", ui.ectsEdit.text()),
            cpf_eligible=ui.cpfCheck.isChecked(),
            vae=ui.vaeCheck.isChecked(),
            allows_in_person=ui.inPersonCheck.isChecked(),
            allows_distance=ui.distanceCheck.isChecked(),
            allows_hybrid=ui.hybridCheck.isChecked(),
            min_learners=integer("min_learners", "Effectif minimum", ui.minLearnersEdit.text()),
            max_learners=integer("max_learners", "Effectif maximum", ui.maxLearnersEdit.text()),
            required_room_kind=RoomKind(room) if room else None,
            objectives=ui.objectivesEdit.toPlainText(),
            prerequisites=ui.prerequisitesEdit.toPlainText(),
            assessment=ui.assessmentEdit.toPlainText(),
            disability_contact=ui.disabilityContactEdit.text(),
        )
        return (course, self.equipment_lines()), errors

    def validate(self, data: CourseResult) -> CourseResult:
        course, lines = data
        errors: dict[str, str] = {}
        try:
            course = validate_course(course)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            lines = validate_course_equipment(lines)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                match = _LINE_KEY.match(key)
                number = int(match.group(1)) + 1 if match else None
                errors[key] = f"Équipement, ligne {number} — {message}" if number else message
        if errors:
            raise ValidationError(errors)
        return course, lines

    def show_errors(self, errors: dict[str, str]) -> None:
        """Also bring forward the tab holding the first field to correct."""
        super().show_errors(errors)
        ui = self.ui
        pages = (ui.identityTab, ui.publicTab)
        for field in self._inputs:
            if field in errors:
                widget = self._inputs[field]
                page = next((p for p in pages if p.isAncestorOf(widget)), None)
                if page is not None:
                    ui.tabs.setCurrentWidget(page)
                    widget.setFocus()
                return
        if any(_LINE_KEY.match(key) for key in errors):
            ui.tabs.setCurrentWidget(ui.equipmentTab)
            ui.equipmentTable.setFocus()

    # --- equipment lines ----------------------------------------------------------------

    def add_line(self, line: CourseEquipmentData | None = None) -> int:
        """Append a line (a new one: the first type not listed yet, one per learner)."""
        table = self.ui.equipmentTable
        used = {existing.type_id for existing in self.equipment_lines()}
        row = table.rowCount()
        table.insertRow(row)
        type_combo = QComboBox(table)
        type_combo.setAccessibleName(f"Type d'équipement, ligne {row + 1}")
        type_combo.addItem(CHOOSE_TYPE, "")
        for type_id, label in [*self._equipment_types, *self._extra_types]:
            type_combo.addItem(label, type_id)
        if isinstance(line, CourseEquipmentData):
            if line.type_id and type_combo.findData(line.type_id) < 0:
                extra = (line.type_id, f"Type inconnu ({line.type_id})")
                self._extra_types.append(extra)
                type_combo.addItem(extra[1], extra[0])
            type_combo.setCurrentIndex(max(0, type_combo.findData(line.type_id)))
            per_learner, per_group = line.per_learner, line.per_group
        else:
            free = next((t for t, _ in self._equipment_types if t not in used), "")
            type_combo.setCurrentIndex(max(0, type_combo.findData(free)))
            per_learner, per_group = 1, 0
        table.setCellWidget(row, TYPE_COLUMN, type_combo)
        for column, value, name in (
            (PER_LEARNER_COLUMN, per_learner, "Quantité par apprenant"),
            (PER_GROUP_COLUMN, per_group, "Quantité par groupe"),
        ):
            spin = QSpinBox(table)
            spin.setRange(0, MAX_QUANTITY)
            spin.setValue(value)
            spin.setAccessibleName(f"{name}, ligne {row + 1}")
            table.setCellWidget(row, column, spin)
        for column in range(table.columnCount()):
            table.cellWidget(row, column).installEventFilter(self)
        if isinstance(line, CourseEquipmentData):
            return row
        table.setCurrentCell(row, TYPE_COLUMN)
        type_combo.setFocus()
        self._update_buttons()
        return row

    def remove_current_line(self) -> None:
        table = self.ui.equipmentTable
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        self._renumber()
        if table.rowCount():
            table.setCurrentCell(min(row, table.rowCount() - 1), TYPE_COLUMN)
        self._update_buttons()

    def equipment_lines(self) -> list[CourseEquipmentData]:
        table = self.ui.equipmentTable
        lines = []
        for row in range(table.rowCount()):
            type_combo = table.cellWidget(row, TYPE_COLUMN)
            per_learner = table.cellWidget(row, PER_LEARNER_COLUMN)
            per_group = table.cellWidget(row, PER_GROUP_COLUMN)
            assert isinstance(type_combo, QComboBox)
            assert isinstance(per_learner, QSpinBox) and isinstance(per_group, QSpinBox)
            lines.append(
                CourseEquipmentData(
                    type_id=type_combo.currentData() or "",
                    per_learner=per_learner.value(),
                    per_group=per_group.value(),
                )
            )
        return lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A line's editor taking the focus makes its line the current one."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            table = self.ui.equipmentTable
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    if table.cellWidget(row, column) is watched:
                        table.setCurrentCell(row, column)
                        return False
        return super().eventFilter(watched, event)

    def _renumber(self) -> None:
        table = self.ui.equipmentTable
        names = ("Type d'équipement", "Quantité par apprenant", "Quantité par groupe")
        for row in range(table.rowCount()):
            for column, name in enumerate(names):
                table.cellWidget(row, column).setAccessibleName(f"{name}, ligne {row + 1}")

    def _update_buttons(self, *_args: object) -> None:
        table = self.ui.equipmentTable
        self.ui.removeLineButton.setEnabled(table.rowCount() > 0 and table.currentRow() >= 0)


def read_int(field: str, label: str, text: str, errors: dict[str, str]) -> int | None:
    """A whole number typed in French (« 1 200 »); blank is None."""
    value = FormDialog.read_number(field, label, text, errors, example="120")
    if value is None:
        return None
    if value != int(value):
        errors[field] = (
            f"{label} : « {text.strip()} » n'est pas un nombre entier (par exemple 120)."
        )
        return None
    return int(value)
