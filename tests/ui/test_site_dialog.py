"""The site dialog on its own: loading, optional dates, numbers, demo sites."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate

from cnam_desktop.domain.enums import SiteStatus
from cnam_desktop.domain.formatting import french_number, parse_french_number
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.ui.dialogs.site_dialog import NO_DATE, SiteDialog
from tests.ui.conftest import SAMPLE_SITES, drive_modal

CHAUMONT = SAMPLE_SITES[0]


@pytest.fixture
def dialog(qtbot: Any) -> SiteDialog:
    widget = SiteDialog(None, CHAUMONT, ["52", "55"])
    qtbot.addWidget(widget)
    return widget


def test_loads_every_field_and_gives_them_back(dialog: SiteDialog) -> None:
    data, errors = dialog.collect()
    assert errors == {}
    assert data.normalised() == CHAUMONT.normalised()
    assert dialog.ui.statusCombo.currentText() == "Ouvert"
    assert dialog.ui.applicationDateEdit.date() == QDate(2019, 5, 20)
    assert not dialog.ui.demoNotice.isVisibleTo(dialog)


def test_status_combo_lists_french_labels(dialog: SiteDialog) -> None:
    combo = dialog.ui.statusCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [s.label for s in SiteStatus]
    assert "Accompagné Banque des territoires" in labels


def test_unticked_date_is_none_and_comes_back_when_ticked(dialog: SiteDialog) -> None:
    ui = dialog.ui
    ui.selectionDateCheck.setChecked(False)
    assert not ui.selectionDateEdit.isEnabled()
    assert ui.selectionDateEdit.date() == NO_DATE
    assert ui.selectionDateEdit.text() == "non renseignée"
    assert dialog.collect()[0].selection_date is None
    ui.selectionDateCheck.setChecked(True)
    assert dialog.collect()[0].selection_date == date(2019, 7, 4)


def test_new_site_dates_start_unticked(qtbot: Any) -> None:
    widget = SiteDialog(None, None)
    qtbot.addWidget(widget)
    data, _ = widget.collect()
    assert (data.application_date, data.selection_date, data.opening_date) == (None, None, None)
    widget.ui.openingDateCheck.setChecked(True)
    assert widget.collect()[0].opening_date == date.today()


def test_coordinates_accept_comma_or_point(dialog: SiteDialog) -> None:
    dialog.ui.latitudeEdit.setText(" 48,1114 ")
    dialog.ui.longitudeEdit.setText("5.1392")
    data, errors = dialog.collect()
    assert errors == {}
    assert (data.latitude, data.longitude) == (48.1114, 5.1392)
    dialog.ui.latitudeEdit.setText("")
    assert dialog.collect()[0].latitude is None


def test_demo_site_stays_demo_and_says_so(qtbot: Any) -> None:
    demo = SiteData(name="Cnam Langres", town="Langres", is_demo=True)
    widget = SiteDialog(None, demo)
    qtbot.addWidget(widget)
    assert widget.ui.demoNotice.isVisibleTo(widget)
    assert "démonstration" in widget.ui.demoNotice.text()
    assert widget.collect()[0].is_demo


def test_edit_classmethod_returns_validated_data(qtbot: Any) -> None:
    def change(dialog: Any) -> None:
        dialog.ui.nameEdit.setText("  Cnam Chaumont  ")
        dialog.ui.inseeEdit.setText("52121")
        dialog.accept()

    driver = drive_modal(change)
    result = SiteDialog.edit(None, CHAUMONT, ["52"])
    driver.check()
    assert result is not None
    assert result.name == "Cnam Chaumont"  # normalised by the domain


def test_edit_classmethod_returns_none_when_cancelled(qtbot: Any) -> None:
    driver = drive_modal(lambda dialog: dialog.reject())
    assert SiteDialog.edit(None, None) is None
    driver.check()


@pytest.mark.parametrize(
    ("text", "value"),
    [("48,1114", 48.1114), ("-1.5", -1.5), (" 5 ", 5.0), ("", None), ("  ", None)],
)
def test_parse_french_number(text: str, value: float | None) -> None:
    assert parse_french_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.2,3", "4 8,1"])
def test_parse_french_number_refuses(text: str) -> None:
    if text == "4 8,1":  # blanks inside a number are thousands separators
        assert parse_french_number(text) == 48.1
        return
    with pytest.raises(ValueError):
        parse_french_number(text)


def test_french_number() -> None:
    assert french_number(48.111400) == "48,1114"
    assert french_number(5.0) == "5"
    assert french_number(None) == ""
