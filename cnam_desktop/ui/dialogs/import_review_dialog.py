"""What an import would do, shown before anything is written.

Per sheet: rows to create, to update, unchanged, refused. Then every problem by sheet,
row and column, with its reason in French, and the warnings. The user imports
everything (only when there is no problem), imports only the valid rows (shown as a
count before saving), or closes without writing. `ImportReviewDialog.ask` returns
"all", "valid" or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cnam_desktop.domain.formatting import plural
from cnam_desktop.ui.generated.ui_import_review_dialog import Ui_ImportReviewDialog

Choice = Literal["all", "valid"]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COUNT_HEADERS = ("Feuille", "Lignes", "À créer", "À mettre à jour", "Inchangées", "Refusées")
PROBLEM_HEADERS = ("Feuille", "Ligne", "Colonne", "Problème")


@dataclass(frozen=True)
class SheetCounts:
    sheet: str
    rows: int
    create: int
    update: int
    unchanged: int
    refused: int


@dataclass(frozen=True)
class ProblemLine:
    sheet: str
    row: int | None
    column: str
    message: str

    def text(self) -> str:
        where = f"Feuille « {self.sheet} »" if self.sheet else "Classeur"
        if self.row is not None:
            where += f", ligne {self.row}"
        if self.column:
            where += f", colonne « {self.column} »"
        return f"{where} : {self.message}"


@dataclass(frozen=True)
class ImportReview:
    file_name: str
    sheets: Sequence[SheetCounts]
    problems: Sequence[ProblemLine]
    warnings: Sequence[str]

    @property
    def to_write(self) -> int:
        return sum(s.create + s.update for s in self.sheets)


class ImportReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, review: ImportReview) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ImportReviewDialog()
        ui.setupUi(self)
        self.review = review
        self.choice: Choice | None = None
        self._fill_counts()
        self._fill_problems()
        ui.introLabel.setText(self.intro())
        ui.warningsLabel.setText(
            "Avertissements : " + " ".join(review.warnings) if review.warnings else ""
        )
        ui.warningsLabel.setVisible(bool(review.warnings))
        problems = len(review.problems)
        ui.importButton.setEnabled(problems == 0 and review.to_write > 0)
        ui.importButton.setText(
            f"&Importer ({plural(review.to_write, 'ligne')})" if problems == 0 else "&Importer"
        )
        ui.validOnlyButton.setVisible(problems > 0)
        ui.validOnlyButton.setEnabled(problems > 0 and review.to_write > 0)
        ui.validOnlyButton.setText(
            f"Importer sans les lignes refusées ({plural(review.to_write, 'ligne')} à écrire)"
        )
        ui.problemsLabel.setVisible(problems > 0)
        ui.problemsTable.setVisible(problems > 0)
        ui.copyButton.setVisible(problems > 0)
        ui.importButton.clicked.connect(lambda: self._choose("all"))
        ui.validOnlyButton.clicked.connect(lambda: self._choose("valid"))
        ui.cancelButton.clicked.connect(self.reject)
        ui.copyButton.clicked.connect(self.copy_problems)
        if problems == 0:
            self.resize(self.width(), 320)

    @classmethod
    def ask(cls, parent: QWidget | None, review: ImportReview) -> Choice | None:
        dialog = cls(parent, review)
        dialog.exec()
        return dialog.choice

    def intro(self) -> str:
        review = self.review
        problems = len(review.problems)
        if problems == 0 and review.to_write == 0:
            return (
                f"« {review.file_name} » ne change rien : toutes ses lignes correspondent "
                "déjà aux données de l'application."
            )
        if problems == 0:
            return (
                f"« {review.file_name} » a été contrôlé : toutes les lignes sont valides. "
                "Rien n'est encore enregistré ; « Importer » enregistre tout en une fois."
            )
        verb = "empêche" if problems == 1 else "empêchent"
        return (
            f"« {review.file_name} » a été contrôlé : {plural(problems, 'problème')} "
            f"{verb} l'import complet. Rien n'a été enregistré. Corrigez le classeur et "
            "importez-le de nouveau, ou n'importez que les lignes valides "
            f"({plural(review.to_write, 'ligne')} à créer ou mettre à jour ; une ligne qui "
            "dépend d'une ligne refusée est refusée aussi)."
        )

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _fill_counts(self) -> None:
        table = self.ui.countsTable
        sheets = self.review.sheets
        _prepare(table, COUNT_HEADERS, len(sheets))
        for row, counts in enumerate(sheets):
            values = (
                counts.rows,
                counts.create,
                counts.update,
                counts.unchanged,
                counts.refused,
            )
            table.setItem(row, 0, QTableWidgetItem(counts.sheet))
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _fill_problems(self) -> None:
        table = self.ui.problemsTable
        problems = self.review.problems
        _prepare(table, PROBLEM_HEADERS, len(problems))
        for row, problem in enumerate(problems):
            line = QTableWidgetItem("" if problem.row is None else str(problem.row))
            line.setTextAlignment(RIGHT)
            table.setItem(row, 0, QTableWidgetItem(problem.sheet))
            table.setItem(row, 1, line)
            table.setItem(row, 2, QTableWidgetItem(problem.column))
            message = QTableWidgetItem(problem.message)
            message.setToolTip(problem.message)
            table.setItem(row, 3, message)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def copy_problems(self) -> None:
        text = "\n".join(problem.text() for problem in self.review.problems)
        QApplication.clipboard().setText(text)


def _prepare(table: QTableWidget, headers: Sequence[str], rows: int) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(rows)
    table.verticalHeader().setVisible(False)
