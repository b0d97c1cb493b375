"""Équipements → Besoins → « Calculer depuis l'offre… » on the demo network.

The preview runs in the background; its dialog is compared with
`EquipmentService.preview_needs_from_offer` called directly; « Appliquer » writes the
sync (in the background too) and pushes one undo step, which undo and redo replay.
The dialog's `exec` is replaced by a function that reads it and answers, so that no
modal loop races with the progress dialog.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import NeedStatus
from cnam_desktop.domain.equipment import OPEN_NEED_STATUSES, EquipmentNeedFilter
from cnam_desktop.domain.formatting import euros
from cnam_desktop.domain.offer_needs import NeedSyncResult
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.ui import tasks
from cnam_desktop.ui.areas import AREAS
from cnam_desktop.ui.dialogs.needs_sync_dialog import NO_OFFERING, NeedsSyncDialog
from cnam_desktop.ui.views.needs_page import SYNC_LABEL

Snapshot = Counter[tuple[str, str, str | None, int, str | None, str]]


def needs_page(window: Any) -> Any:
    window.show_area(next(i for i, a in enumerate(AREAS) if a.key == "equipment"))
    return window.page("equipment").needs_page


def snapshot(service: EquipmentService) -> Snapshot:
    """Every live need as (site, type, offering, quantity, reason, status)."""
    rows = service.need_rows(service.list_need_ids(EquipmentNeedFilter()))
    return Counter(
        (r.site_id, r.type_id, r.offering_id, r.quantity, r.reason, r.status.value)
        for r in rows.values()
    )


def site_ids(db: Database) -> list[str]:
    return SiteService(db).list_ids()


@pytest.fixture
def service(demo_db: Database) -> EquipmentService:
    return EquipmentService(demo_db)


@pytest.fixture
def site_with_work(service: EquipmentService, demo_db: Database) -> str:
    """A demo site whose offerings lack equipment that no open need asks for any more.

    The demo already asks for what its offerings lack: the open needs of the lacking
    types are deleted first (through the service), so the sync has needs to create.
    """
    for site_id in site_ids(demo_db):
        suggested = {s.type_id for s in service.suggest_needs(site_id)}
        if suggested:
            break
    else:
        pytest.fail("the demo network has no site lacking equipment")
    rows = service.need_rows(service.list_need_ids(EquipmentNeedFilter(site_id=site_id)))
    for row in rows.values():
        if row.type_id in suggested and row.status in OPEN_NEED_STATUSES:
            service.delete_need(row.id)
    assert service.preview_needs_from_offer([site_id]).count("create") > 0
    return site_id


@pytest.fixture(autouse=True)
def wait_idle(qtbot: Any) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=20_000)


@dataclass
class Seen:
    """What the preview dialog showed (read inside its `exec`: it is deleted after)."""

    preview: NeedSyncResult
    lines: list[list[str]]
    intro: str
    counts: str
    totals: str
    can_apply: bool


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], list[Seen]]:
    """`answer(True)`: the preview dialog is read, then « Appliquer » (False: « Fermer »)."""

    def install(apply: bool) -> list[Seen]:
        seen: list[Seen] = []

        def exec_(dialog: NeedsSyncDialog) -> QDialog.DialogCode:
            ui = dialog.ui
            seen.append(
                Seen(
                    dialog.preview,
                    tree_lines(dialog),
                    ui.introLabel.text(),
                    ui.countsLabel.text(),
                    ui.totalsLabel.text(),
                    dialog.apply_button.isEnabled(),
                )
            )
            return QDialog.DialogCode.Accepted if apply else QDialog.DialogCode.Rejected

        monkeypatch.setattr(NeedsSyncDialog, "exec", exec_)
        return seen

    return install


def run(qtbot: Any, page: Any) -> None:
    """Click the button and wait for the preview (and the apply, if any) to end."""
    page.sync_button.click()
    first = page.sync_task
    assert first is not None
    qtbot.waitUntil(lambda: first.state == "done", timeout=20_000)
    second = page.sync_task
    qtbot.waitUntil(lambda: second.state == "done", timeout=20_000)


def tree_lines(dialog: NeedsSyncDialog) -> list[list[str]]:
    tree = dialog.ui.changesTree
    lines = []
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        items: list[QTreeWidgetItem] = [top, *(top.child(c) for c in range(top.childCount()))]
        lines += [[item.text(col) for col in range(tree.columnCount())] for item in items]
    return lines


def expected_lines(preview: NeedSyncResult, labels: dict[str, str]) -> list[list[str]]:
    """The tree the dialog should show, built from the service's preview."""
    actions = {"create": "À créer", "update": "À mettre à jour", "remove": "À retirer"}
    lines = []
    for site in preview.sites:
        lines.append([site.site_name, ""])
        for c in site.changes:
            if c.action == "keep":
                continue
            action = actions[c.action]
            if c.action == "update" and c.old_quantity == c.new_quantity:
                action += " (motif)"
            lines.append([c.type_label, labels.get(c.offering_id, NO_OFFERING), action])
            lines[-1] += [c.old_quantity, c.new_quantity, euros(c.old_cost), euros(c.new_cost)]
        for need in site.untouched:
            lines.append([need.type_label, labels.get(need.offering_id or "", NO_OFFERING)])
            lines[-1] += [f"Laissé tel quel ({need.status.label})", str(need.quantity)]
    return lines


def comparable(line: list[str]) -> list[Any]:
    """A tree line in the shape of `expected_lines` (quantities parsed)."""
    if not line[1] and not line[3]:  # a site line
        return line[:2]
    if line[2].startswith("Laissé"):
        return line[:4]
    old, _, new = line[3].partition(" → ")
    if line[3].startswith("→"):
        old, new = "0", line[3][2:]
    return [*line[:3], int(old), int(new or old), line[4], line[5]]


def test_preview_matches_the_service_then_apply_undo_redo(
    qtbot: Any,
    demo_window: Any,
    service: EquipmentService,
    site_with_work: str,
    answer: Callable[[bool], list[Seen]],
) -> None:
    page = needs_page(demo_window)
    labels = {i: label for i, _site, label in service.offering_choices()}
    preview = service.preview_needs_from_offer()  # every site: no site filter
    before = snapshot(service)
    seen = answer(True)
    rows_before = page.model.rowCount()

    run(qtbot, page)

    (dialog,) = seen
    assert dialog.can_apply
    assert [comparable(line) for line in dialog.lines] == expected_lines(preview, labels)
    assert "tous les sites" in dialog.intro
    assert euros(preview.cost_before) in dialog.totals
    assert euros(preview.cost_after) in dialog.totals
    assert f"À créer : {preview.count('create')}" in dialog.counts

    after = snapshot(service)
    created = preview.count("create")
    assert sum(after.values()) == sum(before.values()) + created - preview.count("remove")
    for site in preview.sites:
        for c in site.created:
            key = (site.site_id, c.type_id, c.offering_id, c.new_quantity, c.new_reason)
            assert after[(*key, NeedStatus.IDENTIFIED.value)] >= 1
    assert service.preview_needs_from_offer().count("create") == 0  # now in step
    assert page.model.rowCount() == rows_before + created - preview.count("remove")

    demo_window.undo_action.trigger()  # one step puts everything back
    assert snapshot(service) == before
    assert page.model.rowCount() == rows_before
    demo_window.redo_action.trigger()
    assert snapshot(service) == after
    demo_window.undo_action.trigger()
    assert snapshot(service) == before


def test_site_filter_limits_the_sync(
    qtbot: Any,
    demo_window: Any,
    service: EquipmentService,
    site_with_work: str,
    answer: Callable[[bool], list[Seen]],
) -> None:
    page = needs_page(demo_window)
    combo = page.site_filter
    combo.setCurrentIndex(combo.findData(site_with_work))
    name = combo.currentText()
    preview = service.preview_needs_from_offer([site_with_work])
    others = {k: v for k, v in snapshot(service).items() if k[0] != site_with_work}
    seen = answer(True)

    run(qtbot, page)

    (dialog,) = seen
    assert [s.site_id for s in dialog.preview.sites] == [site_with_work]
    assert dialog.preview == preview
    assert name in dialog.intro
    assert {k: v for k, v in snapshot(service).items() if k[0] != site_with_work} == others
    assert demo_window.undo_action.text().endswith(f"({name})")


def test_closing_the_preview_writes_nothing(
    qtbot: Any,
    demo_window: Any,
    service: EquipmentService,
    site_with_work: str,
    answer: Callable[[bool], list[Seen]],
) -> None:
    page = needs_page(demo_window)
    before = snapshot(service)
    seen = answer(False)
    run(qtbot, page)
    assert len(seen) == 1
    assert snapshot(service) == before
    assert not demo_window.undo_action.isEnabled()


def test_nothing_to_compute_says_so(
    qtbot: Any,
    demo_window: Any,
    demo_db: Database,
    service: EquipmentService,
    message_log: Any,
    answer: Callable[[bool], list[Seen]],
) -> None:
    quiet = next(i for i in site_ids(demo_db) if not service.preview_needs_from_offer([i]).sites)
    page = needs_page(demo_window)
    page.site_filter.setCurrentIndex(page.site_filter.findData(quiet))
    before = snapshot(service)
    seen = answer(True)
    run(qtbot, page)
    assert seen == []
    (note,) = message_log.of_kind("info")
    assert note.text.startswith(f"Aucun besoin à calculer ({page.site_filter.currentText()})")
    assert snapshot(service) == before


def test_up_to_date_preview_cannot_apply(
    qtbot: Any, demo_window: Any, service: EquipmentService
) -> None:
    service.sync_needs_from_offer()
    preview = service.preview_needs_from_offer()
    assert preview.sites and not any(site.changed for site in preview.sites)
    dialog = NeedsSyncDialog(None, preview, {}, "tous les sites")
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert dialog.apply_button.text() == "&Appliquer"
    assert "Rien à changer" in dialog.ui.noteLabel.text()
    kept = sum(len(site.kept) for site in preview.sites)
    lines = len(tree_lines(dialog))
    dialog.ui.showKeptCheck.setChecked(True)
    assert len(tree_lines(dialog)) == lines + kept


def test_action_in_the_context_menu(demo_window: Any) -> None:
    page = needs_page(demo_window)
    assert page.sync_button.text() == SYNC_LABEL
    assert (SYNC_LABEL, page.compute_from_offer, True) in page.extra_actions()
