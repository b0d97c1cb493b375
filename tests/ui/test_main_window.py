"""The shell: navigation, menus (real QActions), status bar, and what startup imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cnam_desktop import APP_DISPLAY_NAME
from cnam_desktop.db.engine import Database
from cnam_desktop.paths import AppPaths
from cnam_desktop.ui.area_pages import AREA_PAGES
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.views.coming_soon import ComingSoonPage
from cnam_desktop.ui.views.sites_view import SitesView
from tests.ui.conftest import MessageRecorder

ROOT = Path(__file__).resolve().parents[2]


def test_starts_on_the_dashboard_and_builds_sites_when_shown(main_window: Any) -> None:
    assert main_window.current_area().key == "dashboard"
    assert main_window.ui.areaStack.currentWidget() is main_window.page("dashboard")
    assert main_window.ui.navigationList.currentItem().text() == "Tableau de bord"
    assert main_window.ui.actionShowDashboard.isChecked()
    assert main_window.dashboard_view().figures is not None
    assert main_window._sites_view is None  # nothing of the Sites screen before it is shown
    main_window.ui.actionShowSites.trigger()
    assert main_window.ui.areaStack.currentWidget() is main_window.sites_view
    assert main_window.sites_view.model.rowCount() == 4


def test_every_navigation_entry_shows_its_page(qtbot: Any, main_window: Any) -> None:
    nav = main_window.ui.navigationList
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == [
        "Tableau de bord",
        "Sites",
        "Locaux et salles",
        "Équipements",
        "Catalogue",
        "Formateurs",
        "Planning",
        "Rapports",
    ]
    for row, area in enumerate(AREAS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = main_window.ui.areaStack.currentWidget()
        assert main_window.current_area() is area
        assert main_window.area_actions[row].isChecked()
        if area.key == "sites":
            assert isinstance(page, SitesView)
        elif area.key in AREA_PAGES:  # a real screen, built when first shown
            assert not isinstance(page, ComingSoonPage)
            assert page is main_window.page(area.key)
            assert hasattr(page, "set_workspace")
        else:
            assert isinstance(page, ComingSoonPage)
            text = page.text()
            assert area.title in text
            assert "à venir" in text
            assert all(feature in text for feature in area.features)
            assert len(area.features) >= 3


def test_coming_soon_pages_say_what_the_area_will_do(main_window: Any) -> None:
    text = main_window.page("premises").text()
    assert "salles" in text and "capacités" in text and "accessibilité" in text
    assert "Vacances scolaires".lower() in main_window.page("planning").text().lower()


@pytest.mark.parametrize("row", range(len(AREAS)))
def test_view_menu_actions_and_shortcuts(qtbot: Any, main_window: Any, row: int) -> None:
    action = main_window.area_actions[row]
    assert action.shortcut().toString() == f"Ctrl+{row + 1}"
    assert action in main_window.ui.menuView.actions()
    main_window.show_area((row + 1) % len(AREAS))
    action.trigger()
    assert main_window.ui.areaStack.currentIndex() == row
    assert main_window.ui.navigationList.currentRow() == row

    main_window.show_area((row + 1) % len(AREAS))
    main_window.activateWindow()
    qtbot.keyClick(
        main_window, getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier
    )
    assert main_window.ui.areaStack.currentIndex() == row


def test_menus_hold_only_real_actions(main_window: Any) -> None:
    ui = main_window.ui
    menus = {
        menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions()]
        for menu in (ui.menuFile, ui.menuEdit, ui.menuView, ui.menuReports, ui.menuHelp)
    }
    assert menus == {
        "Fichier": [
            "Ouvrir une base partagée…",
            "Synchroniser avec la base partagée…",
            "Conflits de synchronisation…",
            "",
            "Sauvegarder une copie",
            "Restaurer une sauvegarde…",
            "",
            "Données personnelles…",
            "",
            "Quitter",
        ],
        "Édition": [
            "Annuler",
            "Rétablir",
            "",
            "Nouveau site…",
            "Modifier le site…",
            "Supprimer le site…",
        ],
        "Affichage": [a.title for a in AREAS],
        "Rapports": ["Exporter le classeur…", "", "Modèles d'import…", "Importer un classeur…"],
        "Aide": ["Guide d'utilisation", "", "À propos…"],
    }
    for menu in (ui.menuFile, ui.menuEdit, ui.menuView, ui.menuReports, ui.menuHelp):
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert action.receivers("2triggered(bool)") > 0, action.text()


def test_edit_actions_follow_the_selection_and_the_area(
    main_window: Any, sample_sites: dict[str, str]
) -> None:
    ui = main_window.ui
    assert ui.actionNewSite.isEnabled()
    assert not ui.actionEditSite.isEnabled()
    assert not ui.actionDeleteSite.isEnabled()
    ui.actionShowSites.trigger()
    main_window.sites_view.select_site(sample_sites["Cnam Chaumont"])
    assert ui.actionEditSite.isEnabled() and ui.actionDeleteSite.isEnabled()
    ui.actionShowCatalogue.trigger()
    assert not ui.actionEditSite.isEnabled() and not ui.actionDeleteSite.isEnabled()
    assert ui.actionNewSite.isEnabled()
    ui.actionShowSites.trigger()
    assert ui.actionEditSite.isEnabled()


def test_about_goes_through_messages(main_window: Any, message_log: MessageRecorder) -> None:
    main_window.ui.actionAbout.trigger()
    (call,) = message_log.of_kind("about")
    assert call.title == "À propos"
    assert APP_DISPLAY_NAME in call.text
    assert "Version" in call.text


def test_quit_closes_the_window(qtbot: Any, main_window: Any) -> None:
    assert main_window.isVisible()
    main_window.ui.actionQuit.trigger()
    assert not main_window.isVisible()


def test_status_bar_and_title_show_the_database(main_window: Any, db: Database) -> None:
    label = main_window.database_label
    assert label.text() == f"Base : {db.path}"
    assert label.isVisibleTo(main_window)
    assert APP_DISPLAY_NAME in main_window.windowTitle()
    assert db.path.name in main_window.windowTitle()


def test_window_without_database(qtbot: Any) -> None:
    from cnam_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.database_label.text() == "Aucune base ouverte"
    assert window.windowTitle() == APP_DISPLAY_NAME
    assert not window.ui.actionNewSite.isEnabled()
    assert not window.sites_view.ui.newButton.isEnabled()


def _run_clean(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_first_paint_happens_before_sqlalchemy_is_imported() -> None:
    result = _run_clean(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from cnam_desktop.ui.main_window import MainWindow
        window = MainWindow()
        painted = []
        window.first_paint.painted.connect(lambda: painted.append(sorted(
            m for m in ("sqlalchemy", "alembic", "openpyxl", "reportlab", "PySide6.QtCharts",
                        "cnam_desktop.ui.views.list_page") if m in sys.modules)))
        window.show()
        while not painted:
            app.processEvents()
        print(painted[0])
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_showing_an_existing_database_imports_no_report_or_migration_library(
    paths: AppPaths, db: Database, sample_sites: dict[str, str]
) -> None:
    """The real start (cli → run_gui, probe on so that it quits once the rows are shown)."""
    db.close()
    result = _run_clean(
        f"""
        import os, sys, time
        os.environ["CNAM_DESKTOP_STARTUP_PROBE"] = str(time.time())
        from cnam_desktop.cli import main
        rc = main(["--db", {str(paths.database)!r}])
        loaded = [m for m in ("openpyxl", "reportlab", "alembic") if m in sys.modules]
        print("rc:", rc, "sqlalchemy:", "sqlalchemy" in sys.modules, "loaded:", loaded)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "rc: 0 sqlalchemy: True loaded: []"
    assert "data " in result.stdout


def test_a_second_status_message_joins_the_one_still_shown(main_window: Any) -> None:
    bar = main_window.statusBar()
    main_window.show_status("Copie du jeudi 26 novembre 2026 à 10 h 42 restaurée.")
    main_window.add_status("Copie de sauvegarde : /tmp/copie.sqlite3")
    assert bar.currentMessage() == (
        "Copie du jeudi 26 novembre 2026 à 10 h 42 restaurée. — "
        "Copie de sauvegarde : /tmp/copie.sqlite3"
    )
    bar.clearMessage()
    main_window.add_status("Copie de sauvegarde : /tmp/autre.sqlite3")
    assert bar.currentMessage() == "Copie de sauvegarde : /tmp/autre.sqlite3"
