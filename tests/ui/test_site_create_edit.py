"""Creating and editing sites through the real actions, the real dialog and real keys."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.sites import SiteFilter
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui.dialogs.site_dialog import SiteDialog
from tests.ui.conftest import drive_modal, type_text
from tests.ui.sites_helpers import (
    choose,
    click_ok,
    names,
    offscreen_popup,
    select,
    type_into,
    view_of,
)

# --- create -------------------------------------------------------------------------------


@offscreen_popup
def test_new_site_through_the_menu_action(
    qtbot: Any, main_window: Any, site_service: SiteService
) -> None:
    def fill(dialog: Any) -> None:
        assert isinstance(dialog, SiteDialog)
        assert dialog.windowTitle() == "Nouveau site"
        ui = dialog.ui
        type_text(qtbot, ui.nameEdit, "Cnam Verdun")
        type_text(qtbot, ui.townEdit, "Verdun")
        type_text(qtbot, ui.inseeEdit, "55545")
        type_text(qtbot, ui.postcodeEdit, "55100")
        type_text(qtbot, ui.departmentEdit, "55")
        type_text(qtbot, ui.regionEdit, "Grand Est")
        type_text(qtbot, ui.latitudeEdit, "49,16")
        type_text(qtbot, ui.longitudeEdit, "5.38")
        qtbot.mouseClick(ui.acvCheck, Qt.MouseButton.LeftButton)
        choose(ui.statusCombo, "Retenu")
        qtbot.mouseClick(ui.selectionDateCheck, Qt.MouseButton.LeftButton)
        assert ui.selectionDateEdit.isEnabled()
        ui.selectionDateEdit.setDate(date(2019, 7, 4))
        type_text(qtbot, ui.notesEdit, "Locaux prêtés par la ville.")
        click_ok(qtbot, dialog)

    driver = drive_modal(fill)
    main_window.ui.actionNewSite.trigger()
    driver.check()

    view = view_of(main_window)
    (site_id,) = site_service.list_ids(SiteFilter(text="Verdun"))
    data = site_service.get(site_id)
    assert (data.insee_code, data.postcode, data.department, data.acv) == (
        "55545",
        "55100",
        "55",
        True,
    )
    assert (data.latitude, data.longitude) == (49.16, 5.38)
    assert data.status is SiteStatus.SELECTED
    assert data.selection_date == date(2019, 7, 4)
    assert data.opening_date is None
    assert data.notes == "Locaux prêtés par la ville."
    assert "Cnam Verdun" in names(view)
    assert view.current_site_id() == site_id  # the new row is selected…
    assert view.ui.detailTitle.text() == "Cnam Verdun"  # …and shown in the detail pane
    assert "créé" in main_window.statusBar().currentMessage()
    assert view.ui.departmentFilter.findText("55") >= 0


def test_invalid_insee_code_keeps_the_dialog_open(
    qtbot: Any, main_window: Any, site_service: SiteService
) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        type_text(qtbot, ui.nameEdit, "Cnam Verdun")
        type_text(qtbot, ui.townEdit, "Verdun")
        type_text(qtbot, ui.inseeEdit, "5554")
        type_text(qtbot, ui.epciEdit, "CA du Grand Verdun")
        click_ok(qtbot, dialog)
        seen["visible"] = dialog.isVisible()
        seen["message"] = dialog.error_text("insee_code")
        seen["summary"] = ui.errorSummary.text()
        seen["kept"] = (ui.nameEdit.text(), ui.townEdit.text(), ui.epciEdit.text())
        seen["others"] = dialog.error_text("name"), dialog.error_text("town")
        type_into(qtbot, ui.inseeEdit, "55545")
        click_ok(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    driver = drive_modal(fill)
    main_window.ui.actionNewSite.trigger()
    driver.check()

    assert seen["visible"]
    assert seen["message"] == (
        "Code INSEE : « 5554 » n'est pas valide (5 caractères, par exemple 52121 ou 2A004)."
    )
    assert "corrigez le champ signalé" in seen["summary"]
    assert seen["kept"] == ("Cnam Verdun", "Verdun", "CA du Grand Verdun")
    assert seen["others"] == (None, None)
    assert seen["closed"]
    (site_id,) = site_service.list_ids(SiteFilter(text="Verdun"))
    assert site_service.get(site_id).insee_code == "55545"


@offscreen_popup
def test_every_bad_field_is_named_under_itself(qtbot: Any, main_window: Any) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        type_text(qtbot, ui.inseeEdit, "52121")
        type_text(qtbot, ui.departmentEdit, "55")
        type_text(qtbot, ui.latitudeEdit, "quarante-neuf")
        type_text(qtbot, ui.postcodeEdit, "551")
        choose(ui.statusCombo, "Ouvert")
        click_ok(qtbot, dialog)
        fields = ("name", "town", "insee_code", "postcode", "latitude", "opening_date")
        seen.update({f: dialog.error_text(f) for f in fields})
        seen["visible"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is ui.nameEdit
        dialog.reject()

    driver = drive_modal(fill)
    main_window.ui.actionNewSite.trigger()
    driver.check()

    assert seen["visible"]
    assert seen["name"] == "Nom du site : ce champ est obligatoire."
    assert seen["town"] == "Commune : ce champ est obligatoire."
    assert seen["insee_code"] == "Code INSEE : « 52121 » n'appartient pas au département 55."
    assert seen["postcode"].startswith("Code postal : « 551 » n'est pas valide")
    assert seen["latitude"] == (
        "Latitude : « quarante-neuf » n'est pas un nombre (par exemple 48,1114)."
    )
    assert seen["opening_date"] == "Date d'ouverture : obligatoire pour un site ouvert."
    assert seen["focus"]


def test_cancel_creates_nothing(qtbot: Any, main_window: Any, site_service: SiteService) -> None:
    before = site_service.list_ids()

    def fill(dialog: Any) -> None:
        type_text(qtbot, dialog.ui.nameEdit, "Cnam Sedan")
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )

    driver = drive_modal(fill)
    view_of(main_window).ui.newButton.click()
    driver.check()
    assert site_service.list_ids() == before


# --- edit ---------------------------------------------------------------------------------


def test_edit_keeps_filters_and_reselects_the_row(
    qtbot: Any, main_window: Any, sample_sites: dict[str, str], site_service: SiteService
) -> None:
    view = view_of(main_window)
    choose(view.ui.statusFilter, "Ouvert")
    assert sorted(names(view)) == ["Cnam Bar-le-Duc", "Cnam Chaumont"]
    chaumont = sample_sites["Cnam Chaumont"]
    select(view, chaumont)

    def edit(dialog: Any) -> None:
        ui = dialog.ui
        assert dialog.windowTitle() == "Modifier le site « Cnam Chaumont »"
        assert ui.inseeEdit.text() == "52121"
        assert ui.statusCombo.currentText() == "Ouvert"
        assert ui.openingDateCheck.isChecked()
        assert ui.openingDateEdit.date().toPython() == date(2019, 9, 13)
        type_into(qtbot, ui.nameEdit, "Cnam Chaumont Haute-Marne")
        type_into(qtbot, ui.employmentAreaEdit, "Zone d'emploi de Chaumont")
        click_ok(qtbot, dialog)

    driver = drive_modal(edit)
    main_window.ui.actionEditSite.trigger()
    driver.check()

    assert view.ui.statusFilter.currentText() == "Ouvert"  # filters kept
    assert view.current_site_id() == chaumont  # row reselected
    assert "Cnam Chaumont Haute-Marne" in names(view)
    assert view.ui.detailTitle.text() == "Cnam Chaumont Haute-Marne"
    assert view.ui.employmentAreaValue.text() == "Zone d'emploi de Chaumont"
    data = site_service.get(chaumont)
    assert data.employment_area == "Zone d'emploi de Chaumont"
    assert data.opening_date == date(2019, 9, 13)  # untouched fields unchanged


def test_unchecking_the_opening_date_of_an_open_site_is_refused(
    qtbot: Any, main_window: Any, sample_sites: dict[str, str], site_service: SiteService
) -> None:
    view = view_of(main_window)
    select(view, sample_sites["Cnam Chaumont"])
    seen: dict[str, Any] = {}

    def edit(dialog: Any) -> None:
        qtbot.mouseClick(dialog.ui.openingDateCheck, Qt.MouseButton.LeftButton)
        assert not dialog.ui.openingDateEdit.isEnabled()
        click_ok(qtbot, dialog)
        seen["message"] = dialog.error_text("opening_date")
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    driver = drive_modal(edit)
    view.ui.editButton.click()
    driver.check()
    assert seen == {
        "message": "Date d'ouverture : obligatoire pour un site ouvert.",
        "visible": True,
    }
    assert site_service.get(sample_sites["Cnam Chaumont"]).opening_date == date(2019, 9, 13)


def test_enter_and_double_click_open_the_editor(
    qtbot: Any, main_window: Any, sample_sites: dict[str, str]
) -> None:
    view = view_of(main_window)
    table = view.ui.sitesTable
    select(view, sample_sites["Cnam Épinal"])
    titles: list[str] = []

    def look(dialog: Any) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    table.setFocus()
    driver = drive_modal(look)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    driver.check()

    row = view.model.row_of(sample_sites["Cnam Saint-Dié"])
    rect = table.visualRect(view.model.index(row or 0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    driver = drive_modal(look)
    # QTest sends the double-click event alone; a real one follows a first click.
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    driver.check()
    assert titles == [
        "Modifier le site « Cnam Épinal »",
        "Modifier le site « Cnam Saint-Dié »",
    ]
