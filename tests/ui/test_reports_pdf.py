"""The Rapports screen's PDF part: choose a report and its scope, build, preview, save, print."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.ui import file_dialogs, tasks
from cnam_desktop.ui.areas import AREAS

REPORTS_INDEX = next(i for i, a in enumerate(AREAS) if a.key == "reports")


@pytest.fixture
def page(demo_window: Any, qtbot: Any) -> Iterator[Any]:
    demo_window.show_area(REPORTS_INDEX)
    yield demo_window._built["reports"]
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)


def build(qtbot: Any, page: Any) -> None:
    page.ui.previewButton.click()
    handle = page.pdf.task
    assert handle is not None
    qtbot.waitUntil(lambda: handle.state != "running", timeout=60_000)
    assert handle.state == "done"


def words(path: Path) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages)


def test_each_report_shows_only_the_fields_it_needs(page: Any) -> None:
    ui = page.ui
    combo = ui.reportCombo
    shown = {}
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        shown[combo.currentData()] = (
            not ui.targetCombo.isHidden(),
            not ui.weekDate.isHidden(),
            not ui.funderCombo.isHidden(),
        )
    assert shown == {
        "centre": (True, False, False),
        "regional": (False, False, False),
        "planning": (True, True, False),
        "besoins": (True, False, True),
    }
    combo.setCurrentIndex(combo.findData("besoins"))
    assert ui.targetCombo.itemText(0) == "Tous les sites"
    combo.setCurrentIndex(combo.findData("planning"))
    ui.scopeCombo.setCurrentIndex(ui.scopeCombo.findData("trainer"))
    assert ui.targetLabel.text() == "F&ormateur :"
    assert ui.targetCombo.count() > 0


def test_a_week_planning_is_previewed_saved_and_printed(
    page: Any,
    qtbot: Any,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui = page.ui
    assert not ui.saveButton.isEnabled()
    ui.reportCombo.setCurrentIndex(ui.reportCombo.findData("planning"))
    ui.targetCombo.setCurrentIndex(ui.targetCombo.findText("Cnam Chaumont"))
    ui.weekDate.setDate(QDate(2027, 1, 13))  # a Wednesday: the week of Monday 11
    ui.weeksSpin.setValue(2)
    build(qtbot, page)
    assert page.pdf.preview.page_count == 2
    assert ui.saveButton.isEnabled() and ui.printButton.isEnabled()
    assert "2 pages" in ui.previewLabel.text()

    target = tmp_path / "out" / "semaine"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_args: target)
    written = page.pdf.save()
    assert written == target.with_name("semaine.pdf")
    text = words(written)
    assert "Planning de la semaine du lundi 11 janvier 2027 — Cnam Chaumont" in text
    with demo_db.reader() as s:
        code = s.scalar(
            select(m.Course.cnam_code)
            .join(m.Offering, m.Offering.course_id == m.Course.id)
            .join(m.Site, m.Site.id == m.Offering.site_id)
            .join(m.Session, m.Session.offering_id == m.Offering.id)
            .where(
                m.Site.name == "Cnam Chaumont", m.Session.day.between("2027-01-11", "2027-01-16")
            )
            .limit(1)
        )
    assert code and code in text
    assert sorted(p.name for p in written.parent.iterdir()) == ["semaine.pdf"]

    printed = tmp_path / "imprime.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert page.pdf.preview.print_to(printer) == 2
    assert len(PdfReader(printed).pages) == 2


def test_the_regional_report_and_a_centre_sheet_are_built(
    page: Any, qtbot: Any, demo_db: Database
) -> None:
    ui = page.ui
    ui.reportCombo.setCurrentIndex(ui.reportCombo.findData("regional"))
    build(qtbot, page)
    with demo_db.reader() as s:
        open_sites = s.scalar(
            select(func.count()).select_from(m.Site).where(m.Site.status == "open")
        )
    assert page.pdf.preview.page_count > (open_sites or 0)  # one section per open site at least
    ui.reportCombo.setCurrentIndex(ui.reportCombo.findData("centre"))
    ui.targetCombo.setCurrentIndex(ui.targetCombo.findText("Cnam Chaumont"))
    build(qtbot, page)
    assert page.pdf.preview.path is not None
    assert "Cnam Chaumont" in words(page.pdf.preview.path)


def test_no_database_no_report(page: Any, demo_window: Any) -> None:
    demo_window.set_workspace(None)
    assert not page.ui.previewButton.isEnabled()
    assert page.pdf.build_preview() is None


def test_the_logo_is_chosen_checked_and_printed(
    page: Any, qtbot: Any, tmp_path: Path, message_log: Any
) -> None:
    from PySide6.QtGui import QColor, QImage

    from cnam_desktop.services.report_logo import report_logo

    panel = page.pdf
    database = page.flows.workspace.database
    bad = tmp_path / "logo.png"
    bad.write_text("pas une image")
    panel.choose_logo_file = lambda _parent: bad
    panel.choose_logo()
    (error,) = message_log.of_kind("error")
    assert "logo.png" in error.text
    assert report_logo(database) is None

    good = tmp_path / "centre.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#0055a4"))
    assert image.save(str(good))
    panel.choose_logo_file = lambda _parent: good
    panel.choose_logo()
    assert report_logo(database) == good.resolve()
    assert page.ui.logoLabel.text() == "centre.png"
    assert page.ui.defaultLogoButton.isEnabled()

    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("besoins"))
    build(qtbot, page)
    reader = PdfReader(page.pdf.preview.path)
    first = reader.pages[0]
    images = list(first.images)
    assert images and images[0].image.size == (240, 80)  # our logo, not the default

    page.ui.defaultLogoButton.click()
    assert report_logo(database) is None
    assert page.ui.logoLabel.text() == "Logo par défaut"
