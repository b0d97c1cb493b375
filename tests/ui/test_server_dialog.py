"""Fichier → Ouvrir une base partagée…: the form, the recent bases, the keyring, a refusal."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cnam_desktop.errors import DatabaseError
from cnam_desktop.services import shared_database as shared
from cnam_desktop.services.shared_database import ServerAddress, ServerRequest
from cnam_desktop.ui.dialogs.server_dialog import ServerDialog
from tests.ui.conftest import MessageRecorder, drive_modal
from tests.unit.test_shared_database import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

ADDRESS = ServerAddress(host="bdd.cnam-grandest.fr", database="reseau", user="marie.durand")


def _press_open(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_recent_base_fills_the_form_with_its_kept_password(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    shared.store_password(ADDRESS, "s3cret")
    dialog = ServerDialog(None, [ADDRESS])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.recentCombo.currentText() == ADDRESS.display()
    assert (ui.hostEdit.text(), ui.portSpin.value()) == ("bdd.cnam-grandest.fr", 5432)
    assert (ui.databaseEdit.text(), ui.userEdit.text()) == ("reseau", "marie.durand")
    assert ui.passwordEdit.text() == "s3cret"
    assert ui.rememberCheck.isEnabled() and ui.rememberCheck.isChecked()
    data, errors = dialog.collect()
    assert errors == {}
    assert data == ServerRequest(
        host="bdd.cnam-grandest.fr",
        database="reseau",
        user="marie.durand",
        password="s3cret",
        remember=True,
    )


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_password_is_asked_each_time(qtbot: Any) -> None:
    dialog = ServerDialog(None, [])
    qtbot.addWidget(dialog)
    assert not dialog.ui.rememberCheck.isEnabled()
    assert "demandé à chaque ouverture" in dialog.ui.keyringNotice.text()
    assert not dialog.ui.recentCombo.isEnabled()


@pytest.mark.usefixtures("no_keyring")
def test_missing_fields_are_named_and_a_refused_opening_keeps_the_form(
    qtbot: Any, message_log: MessageRecorder
) -> None:
    tries: list[ServerRequest] = []

    def submit(_dialog: Any, request: ServerRequest) -> bool:
        tries.append(request)
        if len(tries) == 1:
            raise DatabaseError("Authentification refusée par le serveur « bdd.local ».")
        return True

    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        _press_open(dialog)  # empty: refused by the form itself
        seen["host_error"] = dialog.error_text("host")  # type: ignore[attr-defined]
        ui.hostEdit.setText("bdd.local")
        ui.databaseEdit.setText("reseau")
        ui.userEdit.setText("marie")
        ui.passwordEdit.setText("faux")
        _press_open(dialog)  # refused by the server: stays open
        seen["open"] = dialog.isVisible()
        seen["typed"] = ui.hostEdit.text(), ui.passwordEdit.text()
        ui.passwordEdit.setText("bon")
        _press_open(dialog)

    driver = drive_modal(fill)
    result = ServerDialog.ask(None, [], submit)
    driver.check()
    assert "Serveur" in (seen["host_error"] or "")
    assert seen["open"] is True and seen["typed"] == ("bdd.local", "faux")
    (refusal,) = message_log.of_kind("error")
    assert refusal.title == "Ouverture impossible"
    assert [t.password for t in tries] == ["faux", "bon"]
    assert result is not None and result.password == "bon"
