"""The export dialog (scope, period, file) and the import review dialog (counts, problems)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from cnam_desktop.ui.dialogs.import_review_dialog import (
    ImportReview,
    ImportReviewDialog,
    ProblemLine,
    SheetCounts,
)
from cnam_desktop.ui.dialogs.workbook_export_dialog import (
    WorkbookExportDialog,
    school_year,
    suggested_name,
)

SITES = [("s1", "Cnam Chaumont"), ("s2", "Cnam Épinal")]
TODAY = date(2026, 11, 26)


def export_dialog(qtbot: Any, tmp_path: Path, site_id: str | None = None) -> WorkbookExportDialog:
    dialog = WorkbookExportDialog(None, SITES, tmp_path, TODAY, site_id)
    qtbot.addWidget(dialog)
    return dialog


def test_school_year_and_suggested_name() -> None:
    assert school_year(date(2026, 11, 26)) == (date(2026, 9, 1), date(2027, 8, 31))
    assert school_year(date(2027, 3, 1)) == (date(2026, 9, 1), date(2027, 8, 31))
    name = suggested_name('Cnam "Bar/le:Duc"', TODAY)
    assert name == "Classeur partenaires - Cnam BarleDuc - 2026-11-26.xlsx"


def test_whole_network_without_period_by_default(qtbot: Any, tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    request, reason = dialog.chosen()
    assert reason == ""
    assert request is not None
    assert (request.site_id, request.start, request.end) == (None, None, None)
    assert request.path == tmp_path / suggested_name("Tout le réseau", TODAY)


def test_site_and_period_are_returned_and_the_name_follows_the_scope(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, tmp_path, site_id="s2")
    assert dialog.ui.siteCombo.currentText() == "Cnam Épinal"
    assert "Cnam Épinal" in dialog.ui.fileEdit.text()
    dialog.ui.siteCombo.setCurrentIndex(1)
    assert "Cnam Chaumont" in dialog.ui.fileEdit.text()
    dialog.ui.periodBox.setChecked(True)
    dialog.ui.fromDate.setDate(QDate(2027, 1, 4))
    dialog.ui.toDate.setDate(QDate(2027, 1, 31))
    request, _ = dialog.chosen()
    assert request is not None
    assert (request.site_id, request.start, request.end) == (
        "s1",
        date(2027, 1, 4),
        date(2027, 1, 31),
    )


def test_bad_period_and_missing_file_are_refused_with_the_field_named(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    dialog.ui.periodBox.setChecked(True)
    dialog.ui.fromDate.setDate(QDate(2027, 2, 1))
    dialog.ui.toDate.setDate(QDate(2027, 1, 1))
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.request is None
    assert dialog.ui.errorLabel.text().startswith("Période :")
    dialog.ui.periodBox.setChecked(False)
    dialog.ui.fileEdit.setText("  ")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.errorLabel.text().startswith("Fichier :")
    dialog.ui.fileEdit.setText(str(tmp_path / "classeur"))
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.request is not None
    assert dialog.request.path == tmp_path / "classeur.xlsx"


def test_a_typed_name_is_kept_when_the_scope_changes(qtbot: Any, tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    dialog.ui.fileEdit.setText(str(tmp_path / "mien.xlsx"))
    dialog.ui.fileEdit.textEdited.emit("x")
    dialog.ui.siteCombo.setCurrentIndex(2)
    assert dialog.ui.fileEdit.text() == str(tmp_path / "mien.xlsx")


COUNTS = [
    SheetCounts("Sites", 3, 1, 1, 1, 0),
    SheetCounts("Planning", 1000, 998, 0, 0, 2),
]


def review_dialog(qtbot: Any, problems: list[ProblemLine]) -> ImportReviewDialog:
    counts = COUNTS if problems else [SheetCounts("Sites", 3, 1, 1, 1, 0)]
    dialog = ImportReviewDialog(None, ImportReview("reçu.xlsx", counts, problems, ["Feuille X"]))
    qtbot.addWidget(dialog)
    return dialog


def table_text(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_clean_plan_can_be_imported_whole(qtbot: Any) -> None:
    dialog = review_dialog(qtbot, [])
    assert dialog.ui.importButton.isEnabled()
    assert "2 lignes" in dialog.ui.importButton.text()
    assert dialog.ui.validOnlyButton.isHidden()
    assert dialog.ui.problemsTable.isHidden()
    assert table_text(dialog.ui.countsTable) == [["Sites", "3", "1", "1", "1", "0"]]
    dialog.ui.importButton.click()
    assert dialog.choice == "all"


def test_problems_block_the_whole_import_but_allow_the_valid_rows(qtbot: Any) -> None:
    problems = [
        ProblemLine("Planning", 12, "Début", "date saisie comme texte"),
        ProblemLine("Planning", 740, "Salle", "aucune salle « B12 » à Cnam Forbach"),
    ]
    dialog = review_dialog(qtbot, problems)
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.ui.validOnlyButton.isEnabled()
    assert "(1000 lignes à écrire)" in dialog.ui.validOnlyButton.text()
    assert "2 problèmes empêchent" in dialog.ui.introLabel.text()
    assert table_text(dialog.ui.problemsTable) == [
        ["Planning", "12", "Début", "date saisie comme texte"],
        ["Planning", "740", "Salle", "aucune salle « B12 » à Cnam Forbach"],
    ]
    dialog.copy_problems()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[1] == (
        "Feuille « Planning », ligne 740, colonne « Salle » : aucune salle « B12 » à Cnam Forbach"
    )
    dialog.ui.validOnlyButton.click()
    assert dialog.choice == "valid"


def test_closing_chooses_nothing(qtbot: Any) -> None:
    dialog = review_dialog(qtbot, [ProblemLine("", None, "", "Classeur illisible")])
    dialog.ui.cancelButton.click()
    assert dialog.choice is None
    assert dialog.review.problems[0].text() == "Classeur : Classeur illisible"
