"""The sector and course dialogs: loading, giving data back, the domain's messages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QSpinBox

from cnam_desktop.domain.catalogue import CourseData, CourseEquipmentData, SectorData
from cnam_desktop.domain.enums import CertificationType, RoomKind
from cnam_desktop.ui.dialogs.course_dialog import CourseDialog
from cnam_desktop.ui.dialogs.sector_dialog import SectorDialog
from tests.ui.conftest import drive_modal

INFO = SectorData(code="INFO", name="Informatique et numérique", description="Métiers du code")
SECTORS = [("s-info", "Informatique et numérique"), ("s-gest", "Gestion")]
TYPES = [("t-pc", "Ordinateur portable"), ("t-vp", "Vidéoprojecteur"), ("t-visio", "Visio")]
LICENCE_PRO = CourseData(
    sector_id="s-info",
    cnam_code="LG02501",
    title="Licence professionnelle Métiers de l'informatique",
    certification_type=CertificationType.LICENCE_PRO,
    rncp_code="RNCP30082",
    rs_code=None,
    level=6,
    hours=450,
    ects=60,
    cpf_eligible=True,
    vae=True,
    allows_in_person=True,
    allows_distance=False,
    allows_hybrid=True,
    min_learners=8,
    max_learners=20,
    required_room_kind=RoomKind.COMPUTER_LAB,
    objectives="Administrer un parc.\nSécuriser les systèmes.",
    prerequisites="Bac+2 en informatique",
    assessment="Projet tutoré et mémoire",
    disability_contact="handicap@lecnam.net",
)
LINES = [CourseEquipmentData("t-pc", 1, 0), CourseEquipmentData("t-vp", 0, 1)]


# --- sector ------------------------------------------------------------------------------


def test_sector_loads_and_returns_unchanged(qtbot: Any) -> None:
    dialog = SectorDialog(None, INFO)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifier la filière « Informatique et numérique »"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_data == INFO


def test_sector_empty_name_keeps_dialog_open(qtbot: Any) -> None:
    dialog = SectorDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle filière"
    dialog.ui.codeEdit.setText(" info ")
    dialog.ui.nameEdit.setText("   ")
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("name") == "Nom de la filière : ce champ est obligatoire."
    assert dialog.error_text("code") is None
    assert dialog.summary_text().startswith("La filière n'est pas enregistrée")
    dialog.ui.nameEdit.setText("Informatique")
    dialog.accept()
    assert dialog.result_data == SectorData("INFO", "Informatique", None)


def test_sector_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.descriptionEdit.setPlainText("")
        dialog.accept()

    driver = drive_modal(change)
    result = SectorDialog.edit(None, INFO)
    driver.check()
    assert result == SectorData("INFO", "Informatique et numérique", None)


def test_sector_edit_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert SectorDialog.edit(None) is None
    driver.check()


# --- course ------------------------------------------------------------------------------


@pytest.fixture
def course_dialog(qtbot: Any) -> CourseDialog:
    dialog = CourseDialog(None, LICENCE_PRO, LINES, SECTORS, TYPES)
    qtbot.addWidget(dialog)
    return dialog


def test_course_loads_and_returns_unchanged(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    assert course_dialog.windowTitle().startswith("Modifier le parcours « Licence")
    assert ui.sectorCombo.currentText() == "Informatique et numérique"
    assert ui.certificationCombo.currentText() == "Licence professionnelle"
    assert ui.levelCombo.currentText() == "6 — Licence"
    assert ui.roomKindCombo.currentText() == "Salle informatique"
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())] == [
        "&Identité",
        "Informations p&ubliques",
        "É&quipement requis",
    ]
    course_dialog.accept()
    assert course_dialog.result_data == (LICENCE_PRO, LINES)


def test_course_combos_list_french_labels(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    levels = [ui.levelCombo.itemText(i) for i in range(ui.levelCombo.count())]
    assert levels[0] == "—" and levels[4] == "6 — Licence" and len(levels) == 7
    kinds = [ui.certificationCombo.itemText(i) for i in range(ui.certificationCombo.count())]
    assert kinds == [t.label for t in CertificationType]
    assert ui.roomKindCombo.itemText(0) == "Indifférent"


def test_course_bad_rncp_code(course_dialog: CourseDialog) -> None:
    course_dialog.ui.tabs.setCurrentIndex(2)
    course_dialog.ui.rncpEdit.setText("35000")
    course_dialog.accept()
    assert course_dialog.result_data is None
    assert course_dialog.error_text("rncp_code") == (
        "Code RNCP : « 35000 » n'est pas valide (par exemple RNCP35000)."
    )
    assert course_dialog.ui.tabs.currentWidget() is course_dialog.ui.identityTab


def test_course_titre_rncp_needs_rncp_code(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    ui.certificationCombo.setCurrentIndex(ui.certificationCombo.findData("titre_rncp"))
    ui.rncpEdit.setText("")
    course_dialog.accept()
    assert course_dialog.error_text("rncp_code") == "Code RNCP : obligatoire pour un titre RNCP."
    assert course_dialog.summary_text() == (
        "Le parcours n'est pas enregistré : corrigez le champ signalé."
    )


def test_course_numbers_and_modalities(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    ui.hoursEdit.setText("12,5")
    ui.ectsEdit.setText("beaucoup")
    ui.minLearnersEdit.setText("30")
    for check in (ui.inPersonCheck, ui.distanceCheck, ui.hybridCheck):
        check.setChecked(False)
    course_dialog.accept()
    assert course_dialog.result_data is None
    assert "n'est pas un nombre entier" in (course_dialog.error_text("hours") or "")
    assert "n'est pas un nombre" in (course_dialog.error_text("ects") or "")
    assert course_dialog.error_text("max_learners") == (
        "Effectif maximum : ne peut pas être inférieur à l'effectif minimum."
    )
    assert (course_dialog.error_text("modalities") or "").startswith("Modalités : cochez")


def test_course_public_field_error_shows_its_tab(course_dialog: CourseDialog) -> None:
    course_dialog.ui.disabilityContactEdit.setText("x" * 201)  # the field stops at 200
    assert len(course_dialog.collect()[0][0].disability_contact or "") == 200
    course_dialog.show_errors({"objectives": "Objectifs : trop longs."})
    assert course_dialog.error_text("objectives") == "Objectifs : trop longs."
    assert course_dialog.ui.tabs.currentWidget() is course_dialog.ui.publicTab


def test_new_course_is_empty_and_asks_for_required_fields(qtbot: Any) -> None:
    dialog = CourseDialog(None, None, (), SECTORS, TYPES)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouveau parcours"
    assert dialog.ui.equipmentTable.rowCount() == 0
    assert not dialog.ui.removeLineButton.isEnabled()
    dialog.accept()
    assert dialog.error_text("sector_id") == "Filière : ce champ est obligatoire."
    assert dialog.error_text("title") == "Intitulé : ce champ est obligatoire."
    assert dialog.error_text("ects") == (
        "Crédits ECTS : obligatoires pour un diplôme de type Licence."
    )


def _line_widgets(dialog: CourseDialog, row: int) -> tuple[QComboBox, QSpinBox, QSpinBox]:
    table = dialog.ui.equipmentTable
    widgets = tuple(table.cellWidget(row, column) for column in range(3))
    assert isinstance(widgets[0], QComboBox)
    assert isinstance(widgets[1], QSpinBox) and isinstance(widgets[2], QSpinBox)
    return widgets  # type: ignore[return-value]


def test_equipment_lines_add_edit_remove(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    assert course_dialog.equipment_lines() == LINES
    ui.addLineButton.click()
    assert ui.equipmentTable.rowCount() == 3
    combo, per_learner, per_group = _line_widgets(course_dialog, 2)
    assert combo.currentData() == "t-visio"  # the first type not listed yet
    per_learner.setValue(0)
    per_group.setValue(2)
    assert course_dialog.equipment_lines()[2] == CourseEquipmentData("t-visio", 0, 2)
    ui.equipmentTable.setCurrentCell(0, 0)
    assert ui.removeLineButton.isEnabled()
    ui.removeLineButton.click()
    expected = [LINES[1], CourseEquipmentData("t-visio", 0, 2)]
    assert course_dialog.equipment_lines() == expected
    assert _line_widgets(course_dialog, 0)[0].accessibleName() == "Type d'équipement, ligne 1"
    course_dialog.accept()
    assert course_dialog.result_data == (LICENCE_PRO, expected)


def test_equipment_line_errors_name_the_line(course_dialog: CourseDialog) -> None:
    ui = course_dialog.ui
    ui.addLineButton.click()
    combo = _line_widgets(course_dialog, 2)[0]
    combo.setCurrentIndex(combo.findData("t-pc"))
    ui.addLineButton.click()
    _, per_learner4, _ = _line_widgets(course_dialog, 3)
    per_learner4.setValue(0)
    ui.tabs.setCurrentIndex(0)
    course_dialog.accept()
    assert course_dialog.result_data is None
    summary = course_dialog.summary_text()
    assert "Équipement, ligne 3 — Type d'équipement : ce type figure déjà dans la liste." in summary
    assert (
        "Équipement, ligne 4 — Équipement : indiquez une quantité par apprenant ou par groupe."
        in summary
    )
    assert ui.tabs.currentWidget() is ui.equipmentTab


def test_course_edit_classmethod_round_trips_lines(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.titleEdit.setText("  Licence pro  ")
        dialog.ui.addLineButton.click()
        dialog.accept()

    driver = drive_modal(change)
    result = CourseDialog.edit(None, LICENCE_PRO, LINES, SECTORS, TYPES)
    driver.check()
    assert result is not None
    course, lines = result
    assert course.title == "Licence pro"
    assert lines == [*LINES, CourseEquipmentData("t-visio", 1, 0)]


def test_course_edit_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert CourseDialog.edit(None, None, (), SECTORS, TYPES) is None
    driver.check()


def test_unknown_ids_are_kept(qtbot: Any) -> None:
    data = CourseData("s-gone", "CC13200", "Certificat", CertificationType.CERTIFICAT_COMPETENCE)
    dialog = CourseDialog(None, data, [CourseEquipmentData("t-gone", 2, 0)], SECTORS, TYPES)
    qtbot.addWidget(dialog)
    assert dialog.ui.sectorCombo.currentText() == "Filière inconnue (s-gone)"
    dialog.accept()
    assert dialog.result_data == (data, [CourseEquipmentData("t-gone", 2, 0)])
