"""Deleting the rows selected in a list: one question naming them, then each deleted.

Shared by every list (`ListPage`) and the Sites table. Rows still in use are refused
with the service's message, the others deleted (one undo step for them, pushed by
the caller).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cnam_desktop.errors import UserFacingError

SHOWN_NAMES = 10
"""Rows named in the question; beyond, « … et N autres »."""


def deletion_question(labels: Sequence[str], the_one: str, many: str) -> str:
    """« Supprimer le site « Cnam Épinal » (Épinal) ? » or « Supprimer ces 3 sites ? »
    followed by the rows, one per line. `labels` name the rows as the question shows
    them (quoted by the caller)."""
    if len(labels) == 1:
        question = f"Supprimer {the_one} {labels[0]} ?"
    else:
        listed = "\n".join(f"• {label}" for label in labels[:SHOWN_NAMES])
        more = f"\n… et {len(labels) - SHOWN_NAMES} autres" if len(labels) > SHOWN_NAMES else ""
        question = f"Supprimer ces {len(labels)} {many} ?\n{listed}{more}"
    undo = "les rétablit" if len(labels) > 1 else "le rétablit"
    return f"{question}\n\nÉdition → Annuler (Ctrl+Z) {undo}."


def delete_each(ids: Sequence[str], delete: Callable[[str], Any]) -> tuple[list[str], list[str]]:
    """Delete each id in turn: (the ids deleted, the refusals' messages)."""
    deleted: list[str] = []
    refusals: list[str] = []
    for record_id in ids:
        try:
            delete(record_id)
        except UserFacingError as exc:
            refusals.append(exc.message)
        else:
            deleted.append(record_id)
    return deleted, refusals
