"""The question before deleting a list's selected rows, and deleting them one by one."""

from __future__ import annotations

from cnam_desktop.errors import UserFacingError
from cnam_desktop.ui.views.deletion import delete_each, deletion_question


def test_one_row_is_named_in_the_question() -> None:
    question = deletion_question(["« Salle 2 »"], "la salle", "salles")
    assert question == "Supprimer la salle « Salle 2 » ?\n\nÉdition → Annuler (Ctrl+Z) le rétablit."


def test_many_rows_are_listed_ten_at_most() -> None:
    labels = [f"« Salle {n} »" for n in range(13)]
    question = deletion_question(labels, "la salle", "salles")
    lines = question.splitlines()
    assert lines[0] == "Supprimer ces 13 salles ?"
    assert lines[1:11] == [f"• « Salle {n} »" for n in range(10)]
    assert lines[11] == "… et 3 autres"
    assert question.endswith("Édition → Annuler (Ctrl+Z) les rétablit.")


def test_each_is_deleted_and_refusals_kept_in_order() -> None:
    gone: list[str] = []

    def delete(record_id: str) -> None:
        if record_id.startswith("used"):
            raise UserFacingError(f"{record_id} est utilisé.")
        gone.append(record_id)

    deleted, refusals = delete_each(["a", "used-1", "b", "used-2"], delete)
    assert deleted == gone == ["a", "b"]
    assert refusals == ["used-1 est utilisé.", "used-2 est utilisé."]
