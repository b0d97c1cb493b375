"""A filter repaints what changed: the rows, the count, the totals, not the whole area.

A label whose text changes asks for a new layout pass, which climbs to the window and
makes the tab widget holding the list repaint its whole page; the count and the needs
totals must not (`ui/widgets/quiet_label.py`). The totals of every site are read once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from cnam_desktop.domain.formatting import euros
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.ui.widgets.quiet_label import QuietLabel
from tests.ui.test_list_pages import show


class LayoutSpy(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.requests = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.requests += 1
        return False


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    qtbot.wait(10)


def test_a_filter_does_not_lay_the_area_out_again(demo_window: Any, qtbot: Any) -> None:
    for key, attribute in (("premises", "rooms_page"), ("equipment", "needs_page")):
        area = show(demo_window, key)
        page = getattr(area, attribute)
        area.tabs.setCurrentWidget(page)
        settle(qtbot)
        spy = LayoutSpy(area.tabs)
        before = page.ui.countLabel.text()
        for index in range(1, page.site_filter.count()):  # the first site that changes it
            page.site_filter.setCurrentIndex(index)
            if page.ui.countLabel.text() != before:
                break
        assert page.ui.countLabel.text() != before
        settle(qtbot)
        assert spy.requests == 0, key


def test_the_quiet_label_takes_the_height_of_its_lines(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QuietLabel(holder)
    holder.show()
    qtbot.waitExposed(holder)
    label.resize(300, 10)

    def exact() -> int:
        return label.label.heightForWidth(label.width())

    label.setText("<b>Région — total</b> 12,00 €")
    one_line = label.height()
    assert one_line > 0 and one_line == exact()
    assert label.text() == "<b>Région — total</b> 12,00 €"
    label.setText(" · ".join(["<b>Identifié</b> : 1 200,00 €"] * 6))
    assert label.height() == exact() > one_line  # wrapped on several lines
    label.resize(4000, label.height())
    assert label.height() == exact() == one_line
    label.setText("Demandé")
    assert label.height() == one_line
    label.clear()
    assert label.height() == 0 and label.text() == ""


def test_the_totals_of_every_site_are_read_once(
    demo_window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    needs = show(demo_window, "equipment").needs_page
    reads: list[str] = []
    region = EquipmentService.region_totals

    def counted(service: EquipmentService) -> Any:
        reads.append("region")
        return region(service)

    monkeypatch.setattr(EquipmentService, "region_totals", counted)
    monkeypatch.setattr(EquipmentService, "site_totals", lambda *_a: reads.append("site"))
    needs.refresh()  # the data may have changed: totals read again, once
    needs.show_totals()
    service = EquipmentService(demo_window.workspace.database)
    found = region(service)
    with_needs = {s.site_id: s.totals.total for s in found.sites}
    for index in range(1, needs.site_filter.count()):
        needs.site_filter.setCurrentIndex(index)
        site_id = needs.site_filter.currentData()
        total = with_needs.get(site_id, 0)
        assert f"{needs.site_filter.currentText()} — total {euros(total)} (" in (
            needs.totals.text()
        )
    assert reads == ["region"]
    assert len(with_needs) < needs.site_filter.count() - 1  # some sites have no need
