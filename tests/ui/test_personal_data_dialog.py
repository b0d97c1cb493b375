"""« Données personnelles »: search, export (JSON, CSV), erase with reason and confirmation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.services.personal_data import PersonalDataService, read_journal
from cnam_desktop.ui import file_dialogs
from cnam_desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from tests.ui.conftest import MessageRecorder, drive_modal, type_text


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.uow() as s:
        rows = {
            "Hélène Noël": m.Trainer(
                first_name="Hélène", last_name="Noël", email="helene.noel@example.org"
            ),
            "Marc Petit": m.Trainer(first_name="Marc", last_name="Petit", phone="0611223344"),
            "Anne Roy": m.Partner(name="Pôle emploi", contact_name="Anne Roy"),
        }
        s.add_all(rows.values())
        s.flush()
        return {name: row.id for name, row in rows.items()}


@pytest.fixture
def dialog(qtbot: Any, db: Database, people: dict[str, str], data_dir: Path) -> PersonalDataDialog:
    window = PersonalDataDialog(PersonalDataService(db, data_dir / "erasures.jsonl"))
    qtbot.addWidget(window)
    window.show()
    return window


def _visible(dialog: PersonalDataDialog) -> list[str]:
    widget = dialog.ui.peopleList
    return [widget.item(r).text() for r in range(widget.count()) if not widget.item(r).isHidden()]


def test_search_ignores_accents_and_case(qtbot: Any, dialog: PersonalDataDialog) -> None:
    assert len(_visible(dialog)) == 3
    type_text(qtbot, dialog.ui.searchEdit, "NOEL")
    assert _visible(dialog) == ["Hélène Noël (formateur)"]
    assert dialog.selected() is not None and dialog.selected().name == "Hélène Noël"  # type: ignore[union-attr]
    assert dialog.ui.statusLabel.text() == "1 personne affichée."
    dialog.ui.searchEdit.setText("zzz")
    assert _visible(dialog) == []
    assert not dialog.ui.eraseButton.isEnabled()


def test_export_json_and_csv(
    dialog: PersonalDataDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.ui.searchEdit.setText("Noël")
    monkeypatch.setattr(file_dialogs, "save_path", lambda *_a: tmp_path / "export")
    dialog.ui.exportJsonButton.click()
    data = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert data["courriel"] == "helene.noel@example.org"
    dialog.ui.exportCsvButton.click()
    assert "helene.noel@example.org" in (tmp_path / "export.csv").read_text(encoding="utf-8-sig")
    assert "export.csv" in dialog.ui.statusLabel.text()


def test_erase_asks_reason_then_confirms(
    dialog: PersonalDataDialog,
    db: Database,
    people: dict[str, str],
    data_dir: Path,
    message_log: MessageRecorder,
) -> None:
    dialog.ui.searchEdit.setText("Marc")
    dialog.ui.eraseButton.click()
    assert [c.title for c in message_log.of_kind("warning")] == ["Motif manquant"]
    dialog.ui.reasonEdit.setText("demande du 20/11")
    message_log.confirm_answer = False
    dialog.ui.eraseButton.click()
    confirm = message_log.of_kind("confirm")[-1]
    assert "Marc Petit" in confirm.text and "ne peut pas être annulée" in confirm.text
    with db.reader() as s:
        assert s.get(m.Trainer, people["Marc Petit"]).phone == "0611223344"  # type: ignore[union-attr]
    message_log.confirm_answer = True
    dialog.ui.eraseButton.click()
    with db.reader() as s:
        trainer = s.get(m.Trainer, people["Marc Petit"])
        assert trainer is not None and trainer.phone is None and trainer.first_name == "Formateur"
    assert dialog.erased == [people["Marc Petit"]]
    assert "effacées" in dialog.ui.statusLabel.text()
    assert [r.reason for r in read_journal(data_dir / "erasures.jsonl")] == ["demande du 20/11"]
    dialog.ui.searchEdit.clear()
    assert not any("Marc" in text for text in _visible(dialog))


def test_open_runs_the_dialog(
    qtbot: Any, db: Database, people: dict[str, str], data_dir: Path
) -> None:
    def close(window: Any) -> None:
        assert isinstance(window, PersonalDataDialog)
        assert len(_visible(window)) == 3
        window.reject()

    driver = drive_modal(close)
    assert PersonalDataDialog.open(None, db, data_dir) == []
    driver.check()
