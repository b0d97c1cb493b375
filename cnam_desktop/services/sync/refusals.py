"""Why a base refused a row during a synchronisation, in French, naming the table, the
record and the value: the shared base refusing a row sent (PostgreSQL names the
constraint), or this laptop refusing a row received (SQLite names the columns).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import ForeignKeyConstraint, PrimaryKeyConstraint, Table, UniqueConstraint
from sqlalchemy.exc import IntegrityError

from cnam_desktop.domain.column_labels import label, table_label
from cnam_desktop.services.sync.rows import Row

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$")


class Describe(Protocol):
    """Labels of records (`labels.Labeler`, `labels.LocalLabels`)."""

    def label(self, name: str, row: Mapping[str, Any]) -> str: ...

    def ref(self, name: str, record_id: Any) -> str: ...


def _what(tbl: Table, row: Row, describe: Describe) -> str:
    return f"{table_label(tbl.name).capitalize()} « {describe.label(tbl.name, row)} »"


def _values(tbl: Table, columns: Sequence[str], row: Row, describe: Describe) -> str:
    """« Code « ROB » », foreign keys by the label of the record they point to."""
    shown = []
    for name in columns:
        value = row.get(name)
        fks = list(tbl.c[name].foreign_keys)
        text = describe.ref(fks[0].column.table.name, value) if fks else str(value)
        shown.append(f"{label(tbl.name, name)} « {text} »")
    return " et ".join(shown)


def _constraint(tbl: Table, exc: IntegrityError) -> Any:
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    name = getattr(diag, "constraint_name", None)
    return next((c for c in tbl.constraints if name and c.name == name), None)


def server_refusal(tbl: Table, row: Row, exc: IntegrityError, describe: Describe) -> str:
    """Why the shared base refused the row sent."""
    what = _what(tbl, row, describe)
    constraint = _constraint(tbl, exc)
    if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
        columns = [c.name for c in constraint.columns]
        if columns == ["id"]:
            return f"{what} : son identifiant existe déjà sur la base partagée."
        used = "est déjà utilisé" if len(columns) == 1 else "sont déjà utilisés ensemble"
        return (
            f"{what} : {_values(tbl, columns, row, describe)} {used} par un autre "
            "enregistrement de la base partagée. Modifiez-le sur ce poste (ou abandonnez "
            "cette modification), puis synchronisez."
        )
    if isinstance(constraint, ForeignKeyConstraint):
        column = constraint.columns[0].name if constraint.columns else ""
        return (
            f"{what} : « {label(tbl.name, column)} » désigne un enregistrement absent de "
            "la base partagée (refusé lui aussi, ou pas encore synchronisé)."
        )
    message = " ".join(str(getattr(exc, "orig", exc)).split())
    return f"{what} : refusé par la base partagée ({message})."


def local_refusal(
    tbl: Table, row: Row, exc: IntegrityError, describe: Describe, holder: Row | None
) -> str:
    """Why this laptop cannot take the row received; `holder`: the local record that
    already uses the same unique values, when found."""
    what = f"{_what(tbl, row, describe)}, reçu de la base partagée,"
    message = str(getattr(exc, "orig", exc))
    match = _SQLITE_UNIQUE.search(message)
    if match:
        columns = [part.strip().split(".")[-1] for part in match.group(1).split(",")]
        if holder is not None:
            by = f"par « {describe.label(tbl.name, holder)} », pas encore synchronisé"
        else:
            by = "par un autre enregistrement"
        return (
            f"{what} ne peut pas être enregistré ici : {_values(tbl, columns, row, describe)} "
            f"est déjà utilisé sur ce poste {by}. Modifiez ou abandonnez ce dernier, puis "
            "synchronisez : il sera reçu alors."
        )
    if "FOREIGN KEY" in message:
        return (
            f"{what} ne peut pas être enregistré ici : il se rattache à un enregistrement "
            "que ce poste n'a pas pu recevoir. Il sera reçu avec lui."
        )
    return f"{what} ne peut pas être enregistré ici ({' '.join(message.split())})."


def unique_columns(tbl: Table, exc: IntegrityError) -> list[str]:
    """The columns of the unique constraint SQLite names in `exc` (empty: another cause)."""
    match = _SQLITE_UNIQUE.search(str(getattr(exc, "orig", exc)))
    if not match:
        return []
    columns = [part.strip().split(".")[-1] for part in match.group(1).split(",")]
    return [c for c in columns if c in tbl.c and c != "id"]
