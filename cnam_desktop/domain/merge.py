"""Three-way comparison of one record's fields, and the merge a person chooses.

Used when a save meets a record someone else changed since it was opened (a shared
base), and when a synchronisation finds a record changed on both sides: `base` is
what both started from (None when unknown), `mine` what this user or laptop holds,
`theirs` what the other side holds now. Nothing here decides for the user: fields
changed only on one side get that side's value as the proposed choice, fields changed
on both sides are flagged and proposed as « mine » until the person picks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from cnam_desktop.domain.formatting import french_long_date, french_moment
from cnam_desktop.domain.recurrence import french_time


class Side(enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class FieldDiff:
    """One field whose two versions differ."""

    name: str
    label: str
    base: Any
    mine: Any
    theirs: Any
    base_known: bool = True
    mine_text: str = ""
    theirs_text: str = ""
    base_text: str = ""

    @property
    def mine_changed(self) -> bool:
        return not self.base_known or self.mine != self.base

    @property
    def theirs_changed(self) -> bool:
        return not self.base_known or self.theirs != self.base

    @property
    def both_changed(self) -> bool:
        """Changed differently on both sides: only a person can choose."""
        return self.mine_changed and self.theirs_changed

    @property
    def proposed(self) -> Side:
        """Each side's own change wins where the other did not touch the field."""
        return Side.THEIRS if self.theirs_changed and not self.mine_changed else Side.MINE


def plain_text(value: Any) -> str:
    """A value as a French reader expects it in a comparison table."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return french_moment(value)
    if isinstance(value, date):
        return french_long_date(value)
    if isinstance(value, time):
        return french_time(value)
    if isinstance(value, Decimal | float):
        text = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
        return text.removesuffix(",00")
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(plain_text(v) for v in value)
        return ", ".join(items) if items else "—"
    return str(value)


def three_way(
    fields: Sequence[tuple[str, str]],
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    text: Callable[[str, Any], str] | None = None,
) -> list[FieldDiff]:
    """The fields (name, French label) whose values differ between `mine` and
    `theirs`, in the order given. `text(name, value)` formats a value (default
    `plain_text`)."""
    fmt = text or (lambda _name, value: plain_text(value))
    diffs = []
    for name, label in fields:
        mine_value, theirs_value = mine.get(name), theirs.get(name)
        if _same(mine_value, theirs_value):
            continue
        base_value = base.get(name) if base is not None else None
        diffs.append(
            FieldDiff(
                name=name,
                label=label,
                base=base_value,
                mine=mine_value,
                theirs=theirs_value,
                base_known=base is not None,
                mine_text=fmt(name, mine_value),
                theirs_text=fmt(name, theirs_value),
                base_text=fmt(name, base_value) if base is not None else "",
            )
        )
    return diffs


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, list | tuple) and isinstance(right, list | tuple):
        return sorted(map(repr, left)) == sorted(map(repr, right))
    return bool(left == right)


def merged(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], choices: Mapping[str, Side]
) -> dict[str, Any]:
    """`mine` with the fields chosen as « theirs » taken from `theirs`."""
    result = dict(mine)
    for name, side in choices.items():
        if side is Side.THEIRS:
            result[name] = theirs.get(name)
    return result


def proposed_choices(diffs: Sequence[FieldDiff]) -> dict[str, Side]:
    return {diff.name: diff.proposed for diff in diffs}
