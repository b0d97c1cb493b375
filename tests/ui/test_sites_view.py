"""The Sites area: filters, sorting, deletion and the detail pane."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    CertificationType,
    Modality,
    PartnerKind,
    PartnerRole,
    RoomKind,
)
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui.models.site_table_model import COLUMNS
from tests.ui.conftest import MessageRecorder, type_text
from tests.ui.sites_helpers import choose, names, select, view_of

# --- filters and sort ---------------------------------------------------------------------


def test_filters_by_status_department_acv_and_text(qtbot: Any, main_window: Any) -> None:
    view = view_of(main_window)
    ui = view.ui
    assert len(names(view)) == 4
    assert ui.countLabel.text() == "4 sites"

    choose(ui.statusFilter, "En préparation")
    assert names(view) == ["Cnam Épinal"]
    assert ui.countLabel.text() == "1 site"
    choose(ui.statusFilter, "Tous")

    assert [ui.departmentFilter.itemText(i) for i in range(ui.departmentFilter.count())] == [
        "Tous",
        "52",
        "55",
        "88",
    ]
    choose(ui.departmentFilter, "88")
    assert sorted(names(view)) == ["Cnam Saint-Dié", "Cnam Épinal"]
    choose(ui.acvFilter, "Hors ACV")
    assert names(view) == ["Cnam Saint-Dié"]
    choose(ui.acvFilter, "ACV")
    assert names(view) == ["Cnam Épinal"]
    choose(ui.departmentFilter, "Tous")
    choose(ui.acvFilter, "Tous")
    assert len(names(view)) == 4

    type_text(qtbot, ui.searchEdit, "chaum")
    qtbot.waitUntil(lambda: names(view) == ["Cnam Chaumont"], timeout=2000)
    ui.searchEdit.clear()
    qtbot.waitUntil(lambda: len(names(view)) == 4, timeout=2000)

    choose(ui.statusFilter, "Fermé")
    assert names(view) == []
    assert ui.countLabel.text() == "0 site"
    assert ui.detailStack.currentIndex() == 0  # the "select a site" page


def test_header_click_sorts_through_the_service(
    qtbot: Any, main_window: Any, site_service: SiteService
) -> None:
    view = view_of(main_window)
    header = view.ui.sitesTable.horizontalHeader()
    dept = next(i for i, c in enumerate(COLUMNS) if c.title == "Dépt")
    rooms = next(i for i, c in enumerate(COLUMNS) if c.title == "Salles")

    def click(section: int) -> None:
        pos = QPoint(header.sectionViewportPosition(section) + 8, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    click(dept)
    assert view.model.sort_column == dept
    expected = site_service.list_ids(sort="department", descending=view.model.sort_order == 1)
    assert list(view.model.ids) == expected
    click(dept)  # second click reverses
    again = site_service.list_ids(
        sort="department", descending=view.model.sort_order == Qt.SortOrder.DescendingOrder
    )
    assert list(view.model.ids) == again
    assert again != expected

    click(rooms)  # counts sort too (in SQL)
    assert header.sortIndicatorSection() == rooms
    by_rooms = site_service.list_ids(
        sort="room_count", descending=view.model.sort_order == Qt.SortOrder.DescendingOrder
    )
    assert list(view.model.ids) == by_rooms


# --- delete -------------------------------------------------------------------------------


def test_delete_key_deletes_after_confirmation(
    qtbot: Any,
    main_window: Any,
    sample_sites: dict[str, str],
    site_service: SiteService,
    message_log: MessageRecorder,
) -> None:
    view = view_of(main_window)
    epinal = sample_sites["Cnam Épinal"]
    select(view, epinal)
    view.ui.sitesTable.setFocus()
    qtbot.keyClick(view.ui.sitesTable, Qt.Key.Key_Delete)

    (call,) = message_log.of_kind("confirm")
    assert "« Cnam Épinal » (Épinal)" in call.text
    assert "Cnam Épinal" not in names(view)
    with pytest.raises(NotFoundError):
        site_service.get(epinal)
    assert view.current_site_id() is not None  # a neighbour is selected
    assert "supprimé" in main_window.statusBar().currentMessage()


def test_refused_confirmation_deletes_nothing(
    main_window: Any,
    sample_sites: dict[str, str],
    site_service: SiteService,
    message_log: MessageRecorder,
) -> None:
    message_log.confirm_answer = False
    view = view_of(main_window)
    select(view, sample_sites["Cnam Bar-le-Duc"])
    main_window.ui.actionDeleteSite.trigger()
    assert len(message_log.of_kind("confirm")) == 1
    assert site_service.get(sample_sites["Cnam Bar-le-Duc"]).name == "Cnam Bar-le-Duc"
    assert "Cnam Bar-le-Duc" in names(view)
    assert view.current_site_id() == sample_sites["Cnam Bar-le-Duc"]


def test_delete_key_in_another_area_does_nothing(
    qtbot: Any, main_window: Any, sample_sites: dict[str, str], message_log: MessageRecorder
) -> None:
    view = view_of(main_window)
    select(view, sample_sites["Cnam Chaumont"])
    main_window.ui.actionShowPremises.trigger()
    page = main_window.page("premises")
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    assert not main_window.ui.actionDeleteSite.isEnabled()
    assert message_log.calls == []


def test_deleting_the_last_site_of_a_filtered_department(
    main_window: Any, sample_sites: dict[str, str], message_log: MessageRecorder
) -> None:
    view = view_of(main_window)
    choose(view.ui.departmentFilter, "52")
    select(view, sample_sites["Cnam Chaumont"])
    main_window.ui.actionDeleteSite.trigger()
    assert view.ui.departmentFilter.findText("52") < 0
    assert view.ui.departmentFilter.currentText() == "Tous"
    assert len(names(view)) == 3
    assert message_log.of_kind("error") == []


# --- detail pane --------------------------------------------------------------------------


def test_detail_pane_shows_partners_rooms_and_offerings(
    main_window: Any, db: Database, sample_sites: dict[str, str]
) -> None:
    chaumont = sample_sites["Cnam Chaumont"]
    with db.uow() as s:
        agglo = m.Partner(
            name="Agglomération de Chaumont",
            kind=PartnerKind.LOCAL_AUTHORITY,
            contact_name="Service formation",
        )
        s.add(agglo)
        s.flush()
        s.add(m.SitePartner(site_id=chaumont, partner_id=agglo.id, role=PartnerRole.HOST))
        s.add(m.SitePartner(site_id=chaumont, partner_id=agglo.id, role=PartnerRole.FUNDER))
        premises = m.Premises(site_id=chaumont, name="Espace Bouchardon")
        s.add(premises)
        s.flush()
        s.add(m.Room(premises_id=premises.id, name="Salle 1", capacity=16, accessible=True))
        s.add(m.Room(premises_id=premises.id, name="Labo", capacity=12, kind=RoomKind.COMPUTER_LAB))
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
        course = m.Course(
            sector_id=sector.id,
            cnam_code="LG02501A",
            title="Licence informatique",
            certification_type=CertificationType.LICENCE,
        )
        s.add(course)
        s.flush()
        s.add(
            m.Offering(
                course_id=course.id,
                site_id=chaumont,
                period_label="Rentrée 2019",
                start_date=date(2019, 9, 16),
                modality=Modality.HYBRID,
                enrolled_learners=14,
            )
        )
    view = view_of(main_window)
    view.reload()
    select(view, chaumont)
    ui = view.ui

    assert ui.detailStack.currentIndex() == 1
    assert ui.detailTitle.text() == "Cnam Chaumont"
    assert ui.detailSubtitle.text() == "Ouvert · Chaumont (52)"
    assert ui.inseeValue.text() == "52121"
    assert ui.programmeValue.text() == "Ville ACV, territoire d'industrie"
    assert ui.openingDateValue.text() == "13/09/2019"
    assert ui.epciValue.text() == "—"

    def rows(table: Any) -> list[list[str]]:
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    assert rows(ui.partnersTable) == [
        ["Agglomération de Chaumont", "Collectivité", "Financeur", "Service formation"],
        ["Agglomération de Chaumont", "Collectivité", "Hébergeur", "Service formation"],
    ]
    assert rows(ui.roomsTable) == [
        ["Espace Bouchardon", "Labo", "Salle informatique", "12", "Non"],
        ["Espace Bouchardon", "Salle 1", "Salle de cours", "16", "Oui"],
    ]
    assert rows(ui.offeringsTable) == [
        ["LG02501A", "Licence informatique", "Rentrée 2019", "Hybride", "Prévue", "14"]
    ]
    tabs = [ui.detailTabs.tabText(i) for i in range(ui.detailTabs.count())]
    assert tabs[:3] == ["Partenaires (2)", "Salles (2)", "Formations (1)"]
    assert tabs[3:] == ["Diagnostic (0)", "Historique (1)"]  # created: one status step
    assert not ui.partnersEmpty.isVisibleTo(view)

    select(view, sample_sites["Cnam Épinal"])
    assert ui.partnersEmpty.isVisibleTo(view)
    assert ui.partnersEmpty.text() == "Aucun partenaire n'est enregistré pour ce site."
    assert not ui.roomsTable.isVisibleTo(view)


# --- several at once, context menu, export of the view --------------------------------------


def _select_rows(view: Any, site_ids: list[str]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = view.ui.sitesTable.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for site_id in site_ids:
        row = view.model.row_of(site_id)
        assert row is not None
        selection.select(view.model.index(row, 0), flags)


def test_several_sites_deleted_at_once_those_in_use_refused_one_undo(
    demo_window: Any, demo_db: Database, message_log: MessageRecorder
) -> None:
    from cnam_desktop.domain.sites import SiteData

    view = view_of(demo_window)
    service = view.service
    assert service is not None
    blanks = [
        service.create(SiteData(name=name, town=town, department="52"))
        for name, town in (("Cnam Langres", "Langres"), ("Cnam Joinville", "Joinville"))
    ]
    view.reload()
    used = next(sid for sid in view.model.ids if sid not in blanks)  # a demo site, in use
    _select_rows(view, [*blanks, used])
    assert len(view.selected_site_ids()) == 3 and view.current_site_id() is not None

    assert view.delete_site()
    (confirm,) = message_log.of_kind("confirm")
    assert "Supprimer ces 3 sites" in confirm.text and "« Cnam Langres » (Langres)" in confirm.text
    (refusal,) = message_log.of_kind("error")
    assert "Impossible de supprimer" in refusal.text  # says what uses the demo site
    shown = names(view)
    assert "Cnam Langres" not in shown and "Cnam Joinville" not in shown
    assert view.model.row_of(used) is not None
    assert "2 sites supprimés" in demo_window.statusBar().currentMessage()

    demo_window.undo_action.trigger()  # one step brings both back
    assert {"Cnam Langres", "Cnam Joinville"} <= set(names(view))


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_sites_context_menu_offers_the_list_actions(demo_window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    view = view_of(demo_window)
    select(view, view.model.ids[0])
    seen: list[list[tuple[str, bool]]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([(a.text(), a.isEnabled()) for a in menu.actions()])
        menu.close()

    QTimer.singleShot(50, read_and_close)
    view._context_menu(QPoint(5, 5))  # returns once the menu is closed
    assert seen == [
        [
            ("&Nouveau site…", True),
            ("&Modifier…", True),
            ("&Supprimer…", True),
            ("E&xporter la vue…", True),
        ]
    ]


def test_sites_export_view_writes_exactly_the_rows_shown(
    demo_window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    import openpyxl

    from cnam_desktop.ui import file_dialogs

    view = view_of(demo_window)
    choose(view.ui.departmentFilter, "52")
    shown = names(view)
    assert shown and len(shown) < len(SiteService(view.service._db).list_ids())  # type: ignore[union-attr]
    target = tmp_path / "sites-52.xlsx"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: target)
    view.ui.exportButton.click()
    qtbot.waitUntil(lambda: target.exists())
    qtbot.waitUntil(lambda: "exportée" in demo_window.statusBar().currentMessage())
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == COLUMNS[0].title
    assert [r[0] for r in rows[1:]] == shown
