"""The premises and room dialogs: loading, French numbers and dates, domain messages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate

from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.ui.dialogs.choices_and_money import format_money
from cnam_desktop.ui.dialogs.premises_dialog import PremisesDialog
from cnam_desktop.ui.dialogs.room_dialog import RoomDialog
from tests.ui.conftest import drive_modal

SITES = [("site-1", "Cnam Chaumont"), ("site-2", "Cnam Épinal")]
PREMISES_CHOICES = [
    ("prem-1", "Cnam Chaumont — Maison de la formation"),
    ("prem-2", "Cnam Épinal — Pépinière d'entreprises"),
]
PREMISES = PremisesData(
    site_id="site-1",
    name="Maison de la formation",
    address="12 rue de la République, 52000 Chaumont",
    owner="Ville de Chaumont",
    agreement_start=date(2024, 1, 1),
    agreement_end=date(2026, 12, 31),
    yearly_cost=Decimal("12000.50"),
    step_free=True,
)
ROOM = RoomData(
    premises_id="prem-2",
    name="Salle informatique",
    capacity=16,
    kind=RoomKind.COMPUTER_LAB,
    accessible=True,
    opening_hours="lun.–ven. 8 h 30 – 18 h",
)


@pytest.fixture
def premises_dialog(qtbot: Any) -> PremisesDialog:
    widget = PremisesDialog(None, PREMISES, SITES)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def room_dialog(qtbot: Any) -> RoomDialog:
    widget = RoomDialog(None, ROOM, PREMISES_CHOICES)
    qtbot.addWidget(widget)
    return widget


# --- premises --------------------------------------------------------------------------


def test_premises_loads_and_returns_unchanged(premises_dialog: PremisesDialog) -> None:
    ui = premises_dialog.ui
    assert premises_dialog.windowTitle() == "Modifier les locaux « Maison de la formation »"
    assert ui.siteCombo.currentText() == "Cnam Chaumont"
    assert ui.yearlyCostEdit.text() == "12\u202f000,50"
    assert ui.agreementEndEdit.date() == QDate(2026, 12, 31)
    premises_dialog.accept()
    assert premises_dialog.result() == PremisesDialog.DialogCode.Accepted
    assert premises_dialog.result_data == PREMISES


def test_new_premises_is_empty_with_no_site_chosen(qtbot: Any) -> None:
    widget = PremisesDialog(None, None, SITES)
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Nouveaux locaux"
    assert widget.ui.siteCombo.currentIndex() == -1
    data, errors = widget.collect()
    assert errors == {}
    assert (data.agreement_start, data.agreement_end, data.yearly_cost) == (None, None, None)
    widget.accept()
    assert widget.result_data is None
    assert widget.error_text("site_id") == "Site : ce champ est obligatoire."
    assert widget.error_text("name") == "Nom des locaux : ce champ est obligatoire."
    assert widget.summary_text().startswith("Les locaux ne sont pas enregistrés")


def test_premises_fixed_site(qtbot: Any) -> None:
    widget = PremisesDialog(None, None, SITES, site_id="site-2")
    qtbot.addWidget(widget)
    assert widget.ui.siteCombo.currentText() == "Cnam Épinal"
    assert not widget.ui.siteCombo.isEnabled()
    widget.ui.nameEdit.setText("  Pépinière d'entreprises ")
    widget.accept()
    assert widget.result_data == PremisesData(site_id="site-2", name="Pépinière d'entreprises")


def test_premises_empty_name_stays_open(premises_dialog: PremisesDialog) -> None:
    premises_dialog.ui.nameEdit.setText("   ")
    premises_dialog.accept()
    assert premises_dialog.result_data is None
    assert premises_dialog.error_text("name") == "Nom des locaux : ce champ est obligatoire."
    assert premises_dialog.summary_text() == (
        "Les locaux ne sont pas enregistrés : corrigez le champ signalé."
    )
    assert premises_dialog.ui.addressEdit.text() == PREMISES.address  # nothing lost


def test_premises_end_before_start(premises_dialog: PremisesDialog) -> None:
    premises_dialog.ui.agreementEndEdit.setDate(QDate(2023, 12, 31))
    premises_dialog.accept()
    assert premises_dialog.result_data is None
    assert premises_dialog.error_text("agreement_end") == (
        "Fin de la convention : doit être postérieure au début de la convention."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "Coût annuel : « abc » n'est pas un nombre (par exemple 12 000,50)."),
        ("-5", "Coût annuel : ne peut pas être négatif."),
        ("nan", "Coût annuel : « nan » n'est pas un nombre (par exemple 12 000,50)."),
    ],
)
def test_premises_bad_cost(premises_dialog: PremisesDialog, text: str, message: str) -> None:
    premises_dialog.ui.yearlyCostEdit.setText(text)
    premises_dialog.accept()
    assert premises_dialog.result_data is None
    assert premises_dialog.error_text("yearly_cost") == message
    assert premises_dialog.error_text("name") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("12 000,5", Decimal("12000.50")), ("850.25", Decimal("850.25")), ("", None)],
)
def test_premises_cost_is_read_the_french_way(
    premises_dialog: PremisesDialog, text: str, value: Decimal | None
) -> None:
    premises_dialog.ui.yearlyCostEdit.setText(text)
    data, errors = premises_dialog.collect()
    assert errors == {}
    assert data.yearly_cost == value


def test_premises_unticked_dates_are_none(premises_dialog: PremisesDialog) -> None:
    premises_dialog.ui.agreementStartCheck.setChecked(False)
    premises_dialog.ui.agreementEndCheck.setChecked(False)
    premises_dialog.accept()
    assert premises_dialog.result_data is not None
    assert premises_dialog.result_data.agreement_start is None
    assert premises_dialog.result_data.agreement_end is None


def test_premises_errors_are_cleared_once_fixed(premises_dialog: PremisesDialog) -> None:
    premises_dialog.ui.nameEdit.setText("")
    premises_dialog.accept()
    assert premises_dialog.error_text("name")
    premises_dialog.ui.nameEdit.setText("Maison de la formation")
    premises_dialog.accept()
    assert premises_dialog.result_data == PREMISES


def test_premises_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.ownerEdit.setText("Communauté d'agglomération")
        dialog.accept()

    driver = drive_modal(change)
    result = PremisesDialog.edit(None, PREMISES, SITES)
    driver.check()
    assert result is not None
    assert result.owner == "Communauté d'agglomération"
    assert result.yearly_cost == Decimal("12000.50")


def test_premises_edit_classmethod_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert PremisesDialog.edit(None, None, SITES, site_id="site-1") is None
    driver.check()


def test_format_money() -> None:
    assert format_money(Decimal("1234567.5")) == "1\u202f234\u202f567,50"
    assert format_money(Decimal("0")) == "0,00"
    assert format_money(None) == ""


# --- rooms -------------------------------------------------------------------------------


def test_room_loads_and_returns_unchanged(room_dialog: RoomDialog) -> None:
    ui = room_dialog.ui
    assert room_dialog.windowTitle() == "Modifier la salle « Salle informatique »"
    assert ui.premisesCombo.currentText() == "Cnam Épinal — Pépinière d'entreprises"
    assert ui.kindCombo.currentText() == RoomKind.COMPUTER_LAB.label
    assert ui.capacitySpin.value() == 16
    room_dialog.accept()
    assert room_dialog.result_data == ROOM


def test_room_kind_combo_lists_french_labels(room_dialog: RoomDialog) -> None:
    combo = room_dialog.ui.kindCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [k.label for k in RoomKind]


def test_room_capacity_range(room_dialog: RoomDialog) -> None:
    spin = room_dialog.ui.capacitySpin
    assert (spin.minimum(), spin.maximum()) == (1, 500)
    spin.setValue(0)
    assert spin.value() == 1  # 0 cannot even be typed


def test_room_larger_than_the_usual_maximum_is_kept(qtbot: Any) -> None:
    big = RoomData(premises_id="prem-1", name="Amphithéâtre", capacity=650)
    widget = RoomDialog(None, big, PREMISES_CHOICES)
    qtbot.addWidget(widget)
    widget.accept()
    assert widget.result_data == big


def test_room_empty_name_stays_open(room_dialog: RoomDialog) -> None:
    room_dialog.ui.nameEdit.setText("")
    room_dialog.ui.capacitySpin.setValue(30)
    room_dialog.accept()
    assert room_dialog.result_data is None
    assert room_dialog.error_text("name") == "Nom de la salle : ce champ est obligatoire."
    assert room_dialog.summary_text() == (
        "La salle n'est pas enregistrée : corrigez le champ signalé."
    )
    assert room_dialog.ui.capacitySpin.value() == 30


def test_new_room(qtbot: Any) -> None:
    widget = RoomDialog(None, None, PREMISES_CHOICES, premises_id="prem-1")
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Nouvelle salle"
    assert not widget.ui.premisesCombo.isEnabled()
    widget.ui.nameEdit.setText("Salle 2")
    widget.ui.capacitySpin.setValue(20)
    widget.accept()
    assert widget.result_data == RoomData(premises_id="prem-1", name="Salle 2", capacity=20)


def test_new_room_needs_premises(qtbot: Any) -> None:
    widget = RoomDialog(None, None, PREMISES_CHOICES)
    qtbot.addWidget(widget)
    widget.ui.nameEdit.setText("Salle 2")
    widget.accept()
    assert widget.result_data is None
    assert widget.error_text("premises_id") == "Locaux : ce champ est obligatoire."


def test_room_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.capacitySpin.setValue(18)
        dialog.ui.accessibleCheck.setChecked(False)
        dialog.accept()

    driver = drive_modal(change)
    result = RoomDialog.edit(None, ROOM, PREMISES_CHOICES)
    driver.check()
    assert result is not None
    assert (result.capacity, result.accessible) == (18, False)


# --- the forms ---------------------------------------------------------------------------


@pytest.mark.parametrize("dialog_class", [PremisesDialog, RoomDialog])
def test_every_input_has_an_accessible_name(qtbot: Any, dialog_class: Any) -> None:
    widget = dialog_class(None, None)
    qtbot.addWidget(widget)
    for field, input_widget in widget._inputs.items():
        assert input_widget.accessibleName(), field
