"""Before saving sessions: show the conflicts the save would create, ask when they matter.

Shared by the session dialog, the series dialog and the calendar (drag and drop), so
that every way of planning asks the same question in the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from cnam_desktop.domain.conflicts import Conflict, Severity, conflict_summary
from cnam_desktop.ui import messages

SHOWN = 12
"""At most this many conflicts are listed; the others are counted."""


def conflicts_text(conflicts: Sequence[Conflict], subject: str) -> str:
    """« Enregistrer cette séance créerait 2 conflits : 1 erreur, 1 avertissement. » + list."""
    ordered = sorted(conflicts, key=lambda c: c.severity is not Severity.ERROR)
    lines = [f"Enregistrer {subject} créerait {conflict_summary(ordered).lower()}."]
    lines[0] = lines[0].replace("créerait aucun conflit", "ne crée aucun conflit")
    for conflict in ordered[:SHOWN]:
        lines.append(f"• {conflict.severity.label.capitalize()} : {conflict.message}")
    if len(ordered) > SHOWN:
        rest = len(ordered) - SHOWN
        lines.append(f"… et {rest} autre{'s' if rest > 1 else ''}.")
    return "\n".join(lines)


def confirm_conflicts(
    parent: QWidget | None, conflicts: Sequence[Conflict], subject: str = "cette séance"
) -> bool:
    """True when the save may go on: no conflict, or the user chose to save anyway.

    Errors ask with « Revenir à la saisie » as the safe default; warnings alone are
    shown with « Enregistrer » offered.
    """
    if not conflicts:
        return True
    errors = any(c.severity is Severity.ERROR for c in conflicts)
    return messages.confirm(
        parent,
        "Conflits de planning" if errors else "Avertissements de planning",
        conflicts_text(conflicts, subject),
        accept_label="Enregistrer malgré tout" if errors else "Enregistrer",
        reject_label="Revenir à la saisie",
    )
