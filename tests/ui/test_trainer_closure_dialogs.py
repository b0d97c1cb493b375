"""The trainer and closure dialogs: loading, giving data back, the domain's messages."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from cnam_desktop.domain.closures import ClosureData
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.trainers import TrainerData
from cnam_desktop.ui.dialogs.closure_dialog import ClosureDialog
from cnam_desktop.ui.dialogs.trainer_dialog import TrainerDialog
from tests.ui.conftest import drive_modal

SECTORS = [("s-info", "Informatique"), ("s-gest", "Gestion"), ("s-sante", "Santé")]
CAMILLE = TrainerData(
    first_name="Camille",
    last_name="Martin",
    email="c.martin@lecnam.net",
    phone="03 26 01 02 03",
    home_centre="Cnam Reims",
    distance_ok=False,
    sector_ids=frozenset({"s-info", "s-sante"}),
)
SITES = [("site-chaumont", "Cnam Chaumont"), ("site-epinal", "Cnam Épinal")]
SUMMER = ClosureData(
    kind=ClosureKind.SITE_CLOSURE,
    label="Fermeture estivale",
    start_date=date(2026, 7, 27),
    end_date=date(2026, 8, 14),
    site_id="site-epinal",
)
GOOD_FRIDAY = ClosureData(
    kind=ClosureKind.PUBLIC_HOLIDAY,
    label="Vendredi saint",
    start_date=date(2026, 4, 3),
    end_date=date(2026, 4, 3),
    subdivision="57",
)


# --- trainer -----------------------------------------------------------------------------


def test_trainer_loads_and_returns_unchanged(qtbot: Any) -> None:
    dialog = TrainerDialog(None, CAMILLE, SECTORS)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifier le formateur « Camille Martin »"
    listing = dialog.ui.sectorsList
    states = [listing.item(i).checkState() for i in range(listing.count())]
    checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert states == [checked, unchecked, checked]
    dialog.accept()
    assert dialog.result_data == CAMILLE


def test_trainer_checkable_sectors_round_trip(qtbot: Any) -> None:
    dialog = TrainerDialog(None, CAMILLE, SECTORS)
    qtbot.addWidget(dialog)
    listing = dialog.ui.sectorsList
    listing.item(0).setCheckState(Qt.CheckState.Unchecked)
    listing.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result_data is not None
    assert dialog.result_data.sector_ids == frozenset({"s-gest", "s-sante"})


def test_trainer_bad_email_and_empty_name(qtbot: Any) -> None:
    dialog = TrainerDialog(None, None, SECTORS)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouveau formateur"
    assert dialog.ui.distanceCheck.isChecked()
    dialog.ui.firstNameEdit.setText("Camille")
    dialog.ui.emailEdit.setText("camille.martin@")
    dialog.ui.phoneEdit.setText("abc")
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("last_name") == "Nom : ce champ est obligatoire."
    assert dialog.error_text("email") == (
        "Adresse électronique : « camille.martin@ » n'est pas valide "
        "(par exemple prenom.nom@exemple.fr)."
    )
    assert (dialog.error_text("phone") or "").startswith("Téléphone : « abc »")
    assert dialog.error_text("first_name") is None
    assert dialog.summary_text() == (
        "Le formateur n'est pas enregistré : corrigez les 3 champs signalés."
    )
    assert dialog.ui.emailEdit.accessibleDescription().startswith("Adresse électronique")


def test_trainer_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.emailEdit.setText("  C.Martin@LeCnam.net ")
        dialog.ui.sectorsList.item(2).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    driver = drive_modal(change)
    result = TrainerDialog.edit(None, CAMILLE, SECTORS)
    driver.check()
    assert result is not None
    assert result.email == "c.martin@lecnam.net"
    assert result.sector_ids == frozenset({"s-info"})


def test_trainer_edit_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert TrainerDialog.edit(None, None, SECTORS) is None
    driver.check()


# --- closure -----------------------------------------------------------------------------


def test_closure_loads_and_returns_unchanged(qtbot: Any) -> None:
    dialog = ClosureDialog(None, SUMMER, SITES)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Modifier la fermeture « Fermeture estivale »"
    assert ui.kindCombo.currentText() == "Fermeture du site"
    assert ui.siteCombo.currentText() == "Cnam Épinal"
    assert ui.startDateEdit.displayFormat() == "dd/MM/yyyy"
    assert ui.startDateEdit.calendarPopup()
    assert not ui.subdivisionEdit.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result_data == SUMMER


def test_closure_region_wide_with_subdivision(qtbot: Any) -> None:
    dialog = ClosureDialog(None, GOOD_FRIDAY, SITES)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.siteCombo.currentText() == "Toute la région"
    assert ui.subdivisionEdit.isVisibleTo(dialog)
    assert ui.subdivisionEdit.isReadOnly()
    assert ui.subdivisionEdit.text() == "57"
    dialog.accept()
    assert dialog.result_data == GOOD_FRIDAY
    # A department-wide day cannot become a site's own closure.
    dialog.result_data = None
    ui.siteCombo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("subdivision") == (
        "Département : à laisser vide pour une fermeture propre à un site."
    )


def test_closure_end_before_start(qtbot: Any) -> None:
    dialog = ClosureDialog(None, SUMMER, SITES)
    qtbot.addWidget(dialog)
    dialog.ui.endDateEdit.setDate(QDate(2026, 7, 1))
    dialog.accept()
    assert dialog.result_data is None
    assert dialog.error_text("end_date") == ("Date de fin : ne peut pas précéder la date de début.")
    assert dialog.summary_text().startswith("La fermeture n'est pas enregistrée")


def test_closure_start_drags_end_along(qtbot: Any) -> None:
    dialog = ClosureDialog(None, None, SITES)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle fermeture"
    dialog.ui.startDateEdit.setDate(QDate(2030, 1, 2))
    assert dialog.ui.endDateEdit.date() == QDate(2030, 1, 2)
    dialog.ui.labelEdit.setText("  Inventaire ")
    dialog.accept()
    assert dialog.result_data == ClosureData(
        ClosureKind.SITE_CLOSURE, "Inventaire", date(2030, 1, 2), date(2030, 1, 2)
    )


def test_closure_empty_label(qtbot: Any) -> None:
    dialog = ClosureDialog(None, SUMMER, SITES)
    qtbot.addWidget(dialog)
    dialog.ui.labelEdit.setText("")
    dialog.accept()
    assert dialog.error_text("label") == "Libellé : ce champ est obligatoire."


def test_closure_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.siteCombo.setCurrentIndex(0)
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("school_break"))
        dialog.accept()

    driver = drive_modal(change)
    result = ClosureDialog.edit(None, SUMMER, SITES)
    driver.check()
    assert result is not None
    assert result.site_id is None
    assert result.kind is ClosureKind.SCHOOL_BREAK


def test_closure_edit_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert ClosureDialog.edit(None, None, SITES) is None
    driver.check()
