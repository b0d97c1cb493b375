"""Fichier → Ouvrir une base partagée…: the address of a PostgreSQL server and the password.

The recent addresses (never their passwords) fill the form in one choice; a password
kept in the system keyring is filled in too. « Mémoriser le mot de passe » is offered
only when the system has a keyring; otherwise the notice says it will be asked each
time. The caller opens the database through `submit`: a server that refuses (wrong
password, unreachable) keeps the dialog open with what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from cnam_desktop.services.shared_database import (
    DEFAULT_PORT,
    ServerAddress,
    ServerRequest,
    keyring_available,
    stored_password,
    validate_server_request,
)
from cnam_desktop.ui.dialogs.form_dialog import FormDialog, Submit, run
from cnam_desktop.ui.generated.ui_server_dialog import Ui_ServerDialog


@dataclass(frozen=True)
class ServerPurpose:
    title: str
    intro: str
    button: str
    refusal_title: str


class ServerDialog(FormDialog[ServerRequest]):
    subject = "La base partagée"
    not_saved = "n'est pas ouverte"
    refusal_title = "Ouverture impossible"

    def __init__(self, parent: QWidget | None = None, recent: Sequence[ServerAddress] = ()) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ServerDialog()
        ui.setupUi(self)
        self.setup_buttons(ui.buttonBox, ui.errorSummary)
        ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).setText("Ouvrir")
        for field, widget, error in (
            ("host", ui.hostEdit, ui.hostError),
            ("port", ui.portSpin, ui.portError),
            ("database", ui.databaseEdit, ui.databaseError),
            ("user", ui.userEdit, ui.userError),
            ("password", ui.passwordEdit, ui.passwordError),
        ):
            self.register(field, widget, error)
        self.clear_errors()
        self._recent = list(recent)
        ui.recentCombo.addItem("—", None)
        for address in self._recent:
            ui.recentCombo.addItem(address.display(), address.display())
        ui.recentCombo.setEnabled(bool(self._recent))
        ui.recentCombo.currentIndexChanged.connect(self._recent_chosen)
        has_keyring = keyring_available()
        ui.rememberCheck.setEnabled(has_keyring)
        ui.keyringNotice.setText(
            "Le mot de passe n'est jamais enregistré dans les réglages de l'application."
            if has_keyring
            else "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : le "
            "mot de passe sera demandé à chaque ouverture."
        )
        if self._recent:
            ui.recentCombo.setCurrentIndex(1)  # the last one used
        else:
            ui.hostEdit.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        recent: Sequence[ServerAddress] = (),
        submit: Submit | None = None,
        *,
        purpose: ServerPurpose | None = None,
    ) -> ServerRequest | None:
        """The request (opened by `submit` before the dialog closed), or None if cancelled.

        `purpose` retitles the dialog when the base is opened for another use than
        showing it (synchronising this laptop with it)."""
        dialog = cls(parent, recent)
        dialog.submit = submit
        if purpose is not None:
            dialog.setWindowTitle(purpose.title)
            dialog.ui.intro.setText(purpose.intro)
            dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).setText(
                purpose.button
            )
            dialog.refusal_title = purpose.refusal_title
        result: ServerRequest | None = run(dialog)
        return result

    def _recent_chosen(self, index: int) -> None:
        if index <= 0:
            return
        address = self._recent[index - 1]
        ui = self.ui
        ui.hostEdit.setText(address.host)
        ui.portSpin.setValue(address.port)
        ui.databaseEdit.setText(address.database)
        ui.userEdit.setText(address.user)
        password = stored_password(address)
        ui.passwordEdit.setText(password or "")
        ui.rememberCheck.setChecked(password is not None)
        (ui.passwordEdit if password is None else ui.buttonBox).setFocus()

    def collect(self) -> tuple[ServerRequest, dict[str, str]]:
        ui = self.ui
        return (
            ServerRequest(
                host=ui.hostEdit.text(),
                database=ui.databaseEdit.text(),
                user=ui.userEdit.text(),
                port=ui.portSpin.value() or DEFAULT_PORT,
                password=ui.passwordEdit.text(),
                remember=ui.rememberCheck.isChecked() and ui.rememberCheck.isEnabled(),
            ),
            {},
        )

    def validate(self, data: ServerRequest) -> ServerRequest:
        return validate_server_request(data)
