"""The equipment dialogs: types, inventory lines and needs (filtered combos, estimate)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from cnam_desktop.domain.enums import EquipmentCondition, NeedStatus, Priority
from cnam_desktop.domain.equipment import EquipmentItemData, EquipmentNeedData, EquipmentTypeData
from cnam_desktop.ui.dialogs.equipment_item_dialog import NO_ROOM, EquipmentItemDialog
from cnam_desktop.ui.dialogs.equipment_need_dialog import NO_OFFERING, EquipmentNeedDialog
from cnam_desktop.ui.dialogs.equipment_type_dialog import EquipmentTypeDialog
from tests.ui.conftest import drive_modal

SITES = [("site-1", "Cnam Chaumont"), ("site-2", "Cnam Épinal")]
ROOMS = [
    ("room-1", "site-1", "Salle 1"),
    ("room-2", "site-1", "Salle informatique"),
    ("room-3", "site-2", "Salle A"),
]
TYPES = [
    ("type-1", "Ordinateur portable", Decimal("850.00")),
    ("type-2", "Vidéoprojecteur", Decimal("1700.00")),
]
TYPE_CHOICES = [(type_id, label) for type_id, label, _ in TYPES]
OFFERINGS = [
    ("off-1", "site-1", "NFE114 Systèmes d'information (rentrée 2026)"),
    ("off-2", "site-2", "GDN100 Gestion (rentrée 2026)"),
    ("off-3", "site-2", "ENG210 Anglais (rentrée 2026)"),
]
FUNDERS = [("partner-1", "Région Grand Est"), ("partner-2", "Banque des territoires")]

TYPE = EquipmentTypeData(label="Vidéoprojecteur", category="Audiovisuel", unit_cost=Decimal("1700"))
ITEM = EquipmentItemData(
    site_id="site-1",
    type_id="type-1",
    quantity=12,
    room_id="room-2",
    condition=EquipmentCondition.WORN,
)
NEED = EquipmentNeedData(
    site_id="site-2",
    type_id="type-2",
    quantity=2,
    reason="Salle A sans projecteur",
    offering_id="off-3",
    priority=Priority.HIGH,
    status=NeedStatus.REQUESTED,
    cost_override=None,
    funder_id="partner-1",
)


def items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def plain(text: str) -> str:
    """The text with its no-break spaces as ordinary ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


# --- types -------------------------------------------------------------------------------


@pytest.fixture
def type_dialog(qtbot: Any) -> EquipmentTypeDialog:
    widget = EquipmentTypeDialog(None, TYPE, ["Informatique", "Audiovisuel"])
    qtbot.addWidget(widget)
    return widget


def test_type_loads_and_returns_unchanged(type_dialog: EquipmentTypeDialog) -> None:
    ui = type_dialog.ui
    assert type_dialog.windowTitle() == "Modifier le type de matériel « Vidéoprojecteur »"
    assert items(ui.categoryCombo) == ["Audiovisuel", "Informatique"]
    assert ui.categoryCombo.currentText() == "Audiovisuel"
    assert plain(ui.unitCostEdit.text()) == "1 700,00"
    type_dialog.accept()
    assert type_dialog.result_data == TYPE


def test_type_new_category_may_be_typed(qtbot: Any) -> None:
    widget = EquipmentTypeDialog(None, None, ["Informatique"])
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Nouveau type de matériel"
    assert widget.ui.categoryCombo.currentText() == ""
    widget.ui.labelEdit.setText("Imprimante 3D")
    widget.ui.categoryCombo.setEditText(" Fabrication ")
    widget.ui.unitCostEdit.setText("2 499,90")
    widget.accept()
    assert widget.result_data == EquipmentTypeData(
        label="Imprimante 3D", category="Fabrication", unit_cost=Decimal("2499.90")
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "Coût unitaire : « abc » n'est pas un nombre (par exemple 850,00)."),
        ("-1", "Coût unitaire : ne peut pas être négatif."),
        ("", "Coût unitaire : ce champ est obligatoire."),
    ],
)
def test_type_bad_cost(type_dialog: EquipmentTypeDialog, text: str, message: str) -> None:
    type_dialog.ui.unitCostEdit.setText(text)
    type_dialog.accept()
    assert type_dialog.result_data is None
    assert type_dialog.error_text("unit_cost") == message


def test_type_empty_label_and_category(type_dialog: EquipmentTypeDialog) -> None:
    type_dialog.ui.labelEdit.setText("")
    type_dialog.ui.categoryCombo.setEditText("  ")
    type_dialog.accept()
    assert type_dialog.error_text("label") == "Libellé : ce champ est obligatoire."
    assert type_dialog.error_text("category") == "Catégorie : ce champ est obligatoire."
    assert type_dialog.summary_text() == (
        "Le type de matériel n'est pas enregistré : corrigez les 2 champs signalés."
    )


def test_type_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.unitCostEdit.setText("1 650")
        dialog.accept()

    driver = drive_modal(change)
    result = EquipmentTypeDialog.edit(None, TYPE, ["Audiovisuel"])
    driver.check()
    assert result == EquipmentTypeData("Vidéoprojecteur", "Audiovisuel", Decimal("1650.00"))


# --- inventory lines ---------------------------------------------------------------------


@pytest.fixture
def item_dialog(qtbot: Any) -> EquipmentItemDialog:
    widget = EquipmentItemDialog(None, ITEM, SITES, ROOMS, TYPE_CHOICES)
    qtbot.addWidget(widget)
    return widget


def test_item_loads_and_returns_unchanged(item_dialog: EquipmentItemDialog) -> None:
    ui = item_dialog.ui
    assert item_dialog.windowTitle() == "Modifier la ligne d'inventaire"
    assert ui.siteCombo.currentText() == "Cnam Chaumont"
    assert ui.roomCombo.currentText() == "Salle informatique"
    assert ui.typeCombo.currentText() == "Ordinateur portable"
    assert ui.conditionCombo.currentText() == EquipmentCondition.WORN.label
    item_dialog.accept()
    assert item_dialog.result_data == ITEM


def test_item_rooms_follow_the_site(item_dialog: EquipmentItemDialog) -> None:
    ui = item_dialog.ui
    assert items(ui.roomCombo) == [NO_ROOM, "Salle 1", "Salle informatique"]
    ui.siteCombo.setCurrentIndex(ui.siteCombo.findData("site-2"))
    assert items(ui.roomCombo) == [NO_ROOM, "Salle A"]
    assert ui.roomCombo.currentText() == NO_ROOM  # the old site's room is not kept
    ui.roomCombo.setCurrentIndex(1)
    item_dialog.accept()
    assert item_dialog.result_data == EquipmentItemData(
        site_id="site-2",
        type_id="type-1",
        quantity=12,
        room_id="room-3",
        condition=EquipmentCondition.WORN,
    )


def test_item_in_stock_has_no_room(item_dialog: EquipmentItemDialog) -> None:
    item_dialog.ui.roomCombo.setCurrentIndex(0)
    item_dialog.ui.quantitySpin.setValue(0)
    item_dialog.accept()
    assert item_dialog.result_data is not None
    assert item_dialog.result_data.room_id is None
    assert item_dialog.result_data.quantity == 0


def test_new_item_needs_site_and_type(qtbot: Any) -> None:
    widget = EquipmentItemDialog(None, None, SITES, ROOMS, TYPE_CHOICES)
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Nouvelle ligne d'inventaire"
    assert items(widget.ui.roomCombo) == [NO_ROOM]
    assert not widget.ui.roomCombo.isEnabled()
    widget.accept()
    assert widget.result_data is None
    assert widget.error_text("site_id") == "Site : ce champ est obligatoire."
    assert widget.error_text("type_id") == "Type de matériel : ce champ est obligatoire."
    assert widget.summary_text().startswith("La ligne d'inventaire n'est pas enregistrée")


def test_item_fixed_site(qtbot: Any) -> None:
    widget = EquipmentItemDialog(None, None, SITES, ROOMS, TYPE_CHOICES, site_id="site-2")
    qtbot.addWidget(widget)
    ui = widget.ui
    assert not ui.siteCombo.isEnabled()
    assert items(ui.roomCombo) == [NO_ROOM, "Salle A"]
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("type-2"))
    widget.accept()
    assert widget.result_data == EquipmentItemData(site_id="site-2", type_id="type-2")


def test_item_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.quantitySpin.setValue(10)
        dialog.accept()

    driver = drive_modal(change)
    result = EquipmentItemDialog.edit(None, ITEM, SITES, ROOMS, TYPE_CHOICES)
    driver.check()
    assert result is not None
    assert (result.quantity, result.room_id) == (10, "room-2")


# --- needs -------------------------------------------------------------------------------


@pytest.fixture
def need_dialog(qtbot: Any) -> EquipmentNeedDialog:
    widget = EquipmentNeedDialog(None, NEED, SITES, TYPES, OFFERINGS, FUNDERS)
    qtbot.addWidget(widget)
    return widget


def test_need_loads_and_returns_unchanged(need_dialog: EquipmentNeedDialog) -> None:
    ui = need_dialog.ui
    assert need_dialog.windowTitle() == "Modifier le besoin de matériel"
    assert ui.offeringCombo.currentText() == "ENG210 Anglais (rentrée 2026)"
    assert ui.priorityCombo.currentText() == Priority.HIGH.label
    assert ui.statusCombo.currentText() == NeedStatus.REQUESTED.label
    assert ui.funderCombo.currentText() == "Région Grand Est"
    assert not ui.costOverrideCheck.isChecked()
    assert not ui.costOverrideEdit.isEnabled()
    need_dialog.accept()
    assert need_dialog.result_data == NEED


def test_need_estimate_updates(need_dialog: EquipmentNeedDialog) -> None:
    ui = need_dialog.ui
    assert plain(ui.estimateLabel.text()).startswith("Estimation : 3 400,00 €")
    ui.quantitySpin.setValue(3)
    assert plain(ui.estimateLabel.text()).startswith("Estimation : 5 100,00 €")
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("type-1"))
    assert plain(ui.estimateLabel.text()) == "Estimation : 2 550,00 € (3 × 850,00 €)"


def test_new_need_estimate_waits_for_a_type(qtbot: Any) -> None:
    widget = EquipmentNeedDialog(None, None, SITES, TYPES, OFFERINGS, FUNDERS)
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Nouveau besoin de matériel"
    assert widget.ui.estimateLabel.text() == "Estimation : choisissez un type de matériel."
    widget.ui.typeCombo.setCurrentIndex(1)
    assert plain(widget.ui.estimateLabel.text()).startswith("Estimation : 1 700,00 €")


def test_need_offerings_follow_the_site(need_dialog: EquipmentNeedDialog) -> None:
    ui = need_dialog.ui
    assert items(ui.offeringCombo) == [
        NO_OFFERING,
        "GDN100 Gestion (rentrée 2026)",
        "ENG210 Anglais (rentrée 2026)",
    ]
    ui.siteCombo.setCurrentIndex(ui.siteCombo.findData("site-1"))
    assert items(ui.offeringCombo) == [NO_OFFERING, "NFE114 Systèmes d'information (rentrée 2026)"]
    assert ui.offeringCombo.currentText() == NO_OFFERING
    need_dialog.accept()
    assert need_dialog.result_data is not None
    assert need_dialog.result_data.site_id == "site-1"
    assert need_dialog.result_data.offering_id is None


def test_need_cost_override(need_dialog: EquipmentNeedDialog) -> None:
    ui = need_dialog.ui
    ui.costOverrideCheck.setChecked(True)
    assert ui.costOverrideEdit.isEnabled()
    assert plain(ui.costOverrideEdit.text()) == "3 400,00"  # starts from the estimate
    assert "le coût saisi la remplace" in ui.estimateLabel.text()
    ui.costOverrideEdit.setText("3 000")
    need_dialog.accept()
    assert need_dialog.result_data is not None
    assert need_dialog.result_data.cost_override == Decimal("3000.00")


def test_need_cost_override_unticked_is_none(qtbot: Any) -> None:
    data = EquipmentNeedData("site-1", "type-1", 4, cost_override=Decimal("2500.00"))
    widget = EquipmentNeedDialog(None, data, SITES, TYPES, OFFERINGS, FUNDERS)
    qtbot.addWidget(widget)
    assert widget.ui.costOverrideCheck.isChecked()
    assert plain(widget.ui.costOverrideEdit.text()) == "2 500,00"
    widget.accept()
    assert widget.result_data == data
    widget.ui.costOverrideCheck.setChecked(False)
    assert widget.collect()[0].cost_override is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "Coût estimé : « abc » n'est pas un nombre (par exemple 3 000,00)."),
        ("-5", "Coût estimé : ne peut pas être négatif."),
    ],
)
def test_need_bad_override(need_dialog: EquipmentNeedDialog, text: str, message: str) -> None:
    need_dialog.ui.costOverrideCheck.setChecked(True)
    need_dialog.ui.costOverrideEdit.setText(text)
    need_dialog.accept()
    assert need_dialog.result_data is None
    assert need_dialog.error_text("cost_override") == message


def test_need_quantity_is_at_least_one(need_dialog: EquipmentNeedDialog) -> None:
    assert need_dialog.ui.quantitySpin.minimum() == 1


def test_need_reason_too_long(need_dialog: EquipmentNeedDialog) -> None:
    need_dialog.ui.reasonEdit.setPlainText("x" * 501)
    need_dialog.accept()
    assert need_dialog.result_data is None
    assert need_dialog.error_text("reason")


def test_need_without_funder(need_dialog: EquipmentNeedDialog) -> None:
    need_dialog.ui.funderCombo.setCurrentIndex(0)
    need_dialog.accept()
    assert need_dialog.result_data is not None
    assert need_dialog.result_data.funder_id is None


def test_need_edit_classmethod(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("funded"))
        dialog.accept()

    driver = drive_modal(change)
    result = EquipmentNeedDialog.edit(None, NEED, SITES, TYPES, OFFERINGS, FUNDERS)
    driver.check()
    assert result is not None
    assert result.status == NeedStatus.FUNDED


def test_need_edit_classmethod_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert EquipmentNeedDialog.edit(None, None, SITES, TYPES, OFFERINGS, FUNDERS, "site-1") is None
    driver.check()


# --- the forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dialog_class", [EquipmentTypeDialog, EquipmentItemDialog, EquipmentNeedDialog]
)
def test_every_input_has_an_accessible_name(qtbot: Any, dialog_class: Any) -> None:
    widget = dialog_class(None, None)
    qtbot.addWidget(widget)
    for field, input_widget in widget._inputs.items():
        assert input_widget.accessibleName(), field
