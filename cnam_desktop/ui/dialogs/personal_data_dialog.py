"""« Données personnelles »: find a trainer or partner contact, export or erase their data.

The list holds everyone whose personal data the file still holds; the search box
filters it by name. « Exporter (JSON)… » and « Exporter (CSV)… » ask where to write
the file; « Effacer… » needs a reason and a confirmation naming the person, then
erases in one transaction (`services/personal_data.py`) and removes them from the list.
`PersonalDataDialog.open(parent, db, data_dir)` runs the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.formatting import french_sort_key, plural
from cnam_desktop.errors import UserFacingError
from cnam_desktop.paths import ERASURES_FILENAME
from cnam_desktop.services.personal_data import PARTNER_CONTACT, Person, PersonalDataService
from cnam_desktop.ui import file_dialogs, messages
from cnam_desktop.ui.generated.ui_personal_data_dialog import Ui_PersonalDataDialog

PERSON_ROLE = Qt.ItemDataRole.UserRole
FILTERS = {"json": "Fichier JSON (*.json)", "csv": "Fichier CSV (*.csv)"}


def suggested_name(person: Person, fmt: str) -> str:
    """« donnees-<kind>-<short id>.json »: no name in the file name (it may be shared)."""
    kind = "formateur" if person.kind == "formateur" else "contact"
    return f"donnees-{kind}-{person.id[:8]}.{fmt}"


class PersonalDataDialog(QDialog):
    def __init__(self, service: PersonalDataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonalDataDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("Fermer")
        self.service = service
        self.erased: list[str] = []
        """Ids of the people erased while the dialog was open."""
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.peopleList.currentItemChanged.connect(self._update_buttons)
        self.ui.exportJsonButton.clicked.connect(lambda: self.export("json"))
        self.ui.exportCsvButton.clicked.connect(lambda: self.export("csv"))
        self.ui.eraseButton.clicked.connect(self.erase)
        self.reload()

    @classmethod
    def open(  # type: ignore[override]  # the house's dialog entry point shadows QDialog.open
        cls, parent: QWidget | None, db: Database, data_dir: Path
    ) -> list[str]:
        """Run the dialog (modal); the ids of the people erased meanwhile."""
        dialog = cls(PersonalDataService(db, data_dir / ERASURES_FILENAME), parent)
        dialog.exec()
        return dialog.erased

    # -- list --------------------------------------------------------------------------

    def reload(self) -> None:
        people = sorted(self.service.people(), key=lambda p: french_sort_key(p.name))
        self.ui.peopleList.clear()
        for person in people:
            item = QListWidgetItem(person.label)
            item.setData(PERSON_ROLE, person)
            self.ui.peopleList.addItem(item)
        self._filter(self.ui.searchEdit.text())

    def _filter(self, text: str) -> None:
        wanted = french_sort_key(text.strip())
        shown = 0
        for row in range(self.ui.peopleList.count()):
            item = self.ui.peopleList.item(row)
            hidden = bool(wanted) and wanted not in french_sort_key(item.text())
            item.setHidden(hidden)
            shown += not hidden
        current = self.ui.peopleList.currentItem()
        if current is None or current.isHidden():
            first = next(
                (
                    self.ui.peopleList.item(r)
                    for r in range(self.ui.peopleList.count())
                    if not self.ui.peopleList.item(r).isHidden()
                ),
                None,
            )
            self.ui.peopleList.setCurrentItem(first)
        self.ui.statusLabel.setText(f"{plural(shown, 'personne affichée', 'personnes affichées')}.")
        self._update_buttons()

    def selected(self) -> Person | None:
        item = self.ui.peopleList.currentItem()
        if item is None or item.isHidden():
            return None
        person = item.data(PERSON_ROLE)
        return person if isinstance(person, Person) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.ui.exportJsonButton, self.ui.exportCsvButton, self.ui.eraseButton):
            button.setEnabled(chosen)

    # -- actions -----------------------------------------------------------------------

    def export(self, fmt: str) -> Path | None:
        person = self.selected()
        if person is None:
            return None
        title = f"Exporter les données de « {person.name} »"
        path = file_dialogs.save_path(self, title, suggested_name(person, fmt), FILTERS[fmt])
        if path is None:
            return None
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        writer = self.service.write_json if fmt == "json" else self.service.write_csv
        try:
            writer(person, path)
        except UserFacingError as exc:
            messages.error(self, "Export impossible", exc.message)
            return None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            messages.error(
                self, "Export impossible", f"« {path} » n'a pas pu être écrit : {reason}."
            )
            return None
        self.ui.statusLabel.setText(f"Données de « {person.name} » exportées dans {path}.")
        return path

    def erase(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            messages.warning(
                self,
                "Motif manquant",
                "Indiquez le motif de l'effacement (par exemple « demande reçue le 20/11 »), "
                "sans donnée personnelle : il est conservé dans le journal des effacements.",
            )
            self.ui.reasonEdit.setFocus()
            return False
        where = (
            " (aussi là où les notes du partenaire les citent)"
            if person.kind == PARTNER_CONTACT
            else ""
        )
        question = (
            f"Effacer les données personnelles de « {person.name} » ({person.kind}) ?\n\n"
            f"Nom, courriel et téléphone seront remplacés{where} ; les séances et les sites "
            "restent, sans la nommer. Cette action est définitive : elle ne peut pas "
            "être annulée."
        )
        if not messages.confirm(
            self, "Effacer des données personnelles", question, accept_label="Effacer"
        ):
            return False
        try:
            self.service.erase(person, reason, utcnow())
        except UserFacingError as exc:
            messages.error(self, "Effacement impossible", exc.message)
            return False
        except OSError as exc:
            reason_text = exc.strerror or str(exc)
            messages.error(
                self,
                "Effacement impossible",
                f"Le journal des effacements « {self.service.journal} » n'a pas pu être écrit "
                f"({reason_text}) : rien n'a été effacé.",
            )
            return False
        self.erased.append(person.id)
        self.ui.reasonEdit.clear()
        self.reload()
        self.ui.statusLabel.setText(f"Données de « {person.name} » effacées.")
        return True
