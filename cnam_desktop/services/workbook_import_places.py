"""Import decisions for the « Sites » and « Locaux et salles » sheets.

A column absent from the sheet keeps the stored value; a blank cell clears it (a box
left blank means « Non »; a blank list cell that cannot be empty keeps the stored
choice). What a row changes is validated by the same domain rules as the dialogs
(`validate_site`, `validate_premises`, `validate_room`).

On « Locaux et salles », the building columns repeat on each room row of a building:
blank cells take the value given on another row, two different values are refused
(the building and all its rows with it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from cnam_desktop.db.base import new_id
from cnam_desktop.domain.enums import RoomKind
from cnam_desktop.domain.premises import PremisesData, RoomData, validate_premises, validate_room
from cnam_desktop.domain.sites import SiteData, validate_site
from cnam_desktop.domain.validation import ValidationError, normalise_code
from cnam_desktop.reports.excel_import import ParsedSheet
from cnam_desktop.reports.workbook_layout import ROOMS, SITES
from cnam_desktop.services.workbook_import_index import (
    PREMISES_FIELDS,
    SITE_FIELDS,
    PremisesRef,
    RoomRef,
    SiteRef,
    name_key,
)
from cnam_desktop.services.workbook_import_rows import (
    Action,
    Resolver,
    RowContext,
    ambiguous_site,
    changed,
    reason,
    stronger,
)

SITE_COLUMNS = {f: f for f in SITE_FIELDS}
"""Site field → column key (the Sites sheet uses the field names)."""
PREMISES_COLUMNS = {
    "site_id": "site_name",
    "name": "premises",
    "address": "address",
    "owner": "owner",
    "agreement_start": "agreement_start",
    "agreement_end": "agreement_end",
    "yearly_cost": "yearly_cost",
    "step_free": "step_free",
}
ROOM_COLUMNS = {
    "premises_id": "premises",
    "name": "room",
    "kind": "kind",
    "capacity": "capacity",
    "accessible": "accessible",
    "opening_hours": "opening_hours",
}
BUILDING_KEYS = ("address", "owner", "agreement_start", "agreement_end", "yearly_cost", "step_free")
BUILDING_SET = frozenset(BUILDING_KEYS)
ROOM_ONLY_KEYS = ("kind", "capacity", "opening_hours")
CENTRE_NAME = "Cnam en région"


def _blank_value(kind: str, current: Any) -> Any:
    """What a blank cell sets: « Non » for a box, the stored choice for a list, else None."""
    if kind == "bool":
        return False
    if kind == "enum":
        return current
    return None


def _overlay(ctx: RowContext, base: Any, columns: dict[str, str], kinds: Mapping[str, str]) -> Any:
    """`base` with the row's cells of the sheet's columns laid over it."""
    values = {}
    for field_name, key in columns.items():
        if ctx.has(key):
            value = ctx.values.get(key)
            current = getattr(base, field_name)
            values[field_name] = _blank_value(kinds[key], current) if value is None else value
    return replace(base, **values)


# Sites ---------------------------------------------------------------------------------------


def resolve_sites(r: Resolver, sheet: ParsedSheet) -> None:
    kinds = {c.key: c.kind for c in SITES.columns}
    seen: dict[tuple[str | None, str], int] = {}
    for parsed in sheet.rows:
        ctx = r.row(sheet, parsed)
        name = ctx.values.get("name")
        insee = normalise_code(ctx.values.get("insee_code"))
        existing: SiteRef | None = None
        if name:
            key = (insee, name_key(name))
            if key in seen:
                ctx.fail(
                    "name",
                    f"ligne en double : même code INSEE et même nom que la ligne {seen[key]}.",
                )
            seen.setdefault(key, ctx.number)
            matches = r.index.match_site(insee, name)
            if len(matches) > 1:
                ctx.fail("name", ambiguous_site(name))
            elif matches and matches[0].data is None:
                ctx.fail("name", "ce site est déjà décrit par une autre ligne de la feuille.")
            elif matches:
                existing = matches[0]
        base = existing.data if existing is not None and existing.data else SiteData("", "")
        data = _overlay(ctx, base, SITE_COLUMNS, kinds)
        try:
            data = validate_site(data)
        except ValidationError as error:
            ctx.fail_fields(error, SITE_COLUMNS)
        label = name or ""
        if ctx.refused:
            if name and not r.index.match_site(insee, name):  # rows naming it are refused too
                r.index.add_site(SiteRef(new_id(), name, insee, refused_row=ctx.number))
            ctx.done("refused", label)
        elif existing is None or existing.data is None:
            site_id = new_id()
            values = {f: getattr(data, f) for f in SITE_FIELDS}
            r.writes.insert("site", site_id, {**values, "regional_centre_id": _centre(r)})
            _status_change(r, site_id, data)
            r.index.add_site(SiteRef(site_id, data.name, data.insee_code))
            ctx.done("create", label)
        else:
            changes = changed(r, SITES, existing.data, data, SITE_COLUMNS)
            if changes:
                r.writes.update("site", existing.id, {f: getattr(data, f) for f in SITE_FIELDS})
                if data.status != existing.data.status:
                    _status_change(r, existing.id, data)
                existing.insee = data.insee_code
            ctx.done("update" if changes else "unchanged", label, changes)


def _centre(r: Resolver) -> str:
    """The regional centre new sites belong to (created with the first one if missing)."""
    if r.index.centre_id is None:
        r.index.centre_id = new_id()
        r.writes.insert("regional_centre", r.index.centre_id, {"name": CENTRE_NAME})
    return r.index.centre_id


def _status_change(r: Resolver, site_id: str, data: SiteData) -> None:
    """The step of the site's history the site services record too."""
    r.writes.insert(
        "site_status_change",
        new_id(),
        {"site_id": site_id, "status": data.status, "changed_on": r.today},
    )


# Premises and rooms --------------------------------------------------------------------------


def resolve_rooms(r: Resolver, sheet: ParsedSheet) -> None:
    """Rows grouped by building (site, building name); each building decided with its rows."""
    groups: dict[tuple[str, str], list[RowContext]] = {}
    sites: dict[str, SiteRef] = {}
    seen_rooms: dict[tuple[str, str], int] = {}
    for parsed in sheet.rows:
        ctx = r.row(sheet, parsed)
        site = r.site(ctx)
        premises = ctx.values.get("premises")
        room = ctx.values.get("room")
        if site is None or not premises:
            ctx.done("refused", premises or "")
            continue
        if room:
            key = (site.id, name_key(room))
            if key in seen_rooms:
                ctx.fail(
                    "room",
                    f"ligne en double : même salle du même site que la ligne {seen_rooms[key]}.",
                )
            seen_rooms.setdefault(key, ctx.number)
        sites[site.id] = site
        groups.setdefault((site.id, name_key(premises)), []).append(ctx)
    for (site_id, premises_key), rows in groups.items():
        _building(r, sites[site_id], r.index.premises.get((site_id, premises_key)), rows)


def _building(
    r: Resolver, site: SiteRef, existing: PremisesRef | None, rows: list[RowContext]
) -> None:
    kinds = {c.key: c.kind for c in ROOMS.columns}
    first = rows[0]
    name = first.values["premises"]
    given: dict[str, tuple[Any, int]] = {}
    for ctx in rows:
        for key in BUILDING_KEYS:
            value = ctx.values.get(key)
            if value is None or key in ctx.failed:
                continue
            if key in given and given[key][0] != value:
                ctx.fail(
                    key,
                    f"diffère de la ligne {given[key][1]} pour le même bâtiment « {name} » : "
                    "un bâtiment a une seule valeur.",
                )
            given.setdefault(key, (value, ctx.number))
    base = existing.data if existing is not None and existing.data else PremisesData(site.id, name)
    values: dict[str, Any] = {"site_id": site.id, "name": name}
    for key in BUILDING_KEYS:
        if first.has(key):
            current = getattr(base, key)
            values[key] = given[key][0] if key in given else _blank_value(kinds[key], current)
    data = replace(base, **values)
    broken = next((c.number for c in rows if c.failed & BUILDING_SET), None)
    try:
        data = validate_premises(data)
    except ValidationError as error:
        for field_name, message in error.errors.items():
            key = PREMISES_COLUMNS.get(field_name, "premises")
            source = given.get(key, (None, first.number))[1]
            owner = next(c for c in rows if c.number == source)
            owner.fail(key, reason(message))
            broken = min(broken or owner.number, owner.number)
    premises_id = existing.id if existing is not None else new_id()
    rooms: dict[int, tuple[Action, tuple[str, ...]]] = {}
    for ctx in rows:
        if broken is not None and not ctx.failed & BUILDING_SET:
            ctx.fail("premises", f"le bâtiment « {name} » est refusé (voir la ligne {broken}).")
        rooms[ctx.number] = _room(r, site, premises_id, ctx, kinds)
    valid = [ctx for ctx in rows if not ctx.refused]
    if broken is not None or not valid:
        for ctx in rows:
            ctx.done("refused", _label(site, name, ctx))
        return
    action: Action = "unchanged"
    changes: tuple[str, ...] = ()
    if existing is None or existing.data is None:
        r.writes.insert("premises", premises_id, {f: getattr(data, f) for f in PREMISES_FIELDS})
        r.index.add_premises(PremisesRef(premises_id, site.id, data.name))
        action = "create"
    else:
        changes = changed(r, ROOMS, existing.data, data, PREMISES_COLUMNS)
        if changes:
            r.writes.update("premises", premises_id, {f: getattr(data, f) for f in PREMISES_FIELDS})
            action = "update"
    for ctx in rows:
        room_action, room_changes = rooms[ctx.number]
        if ctx is valid[0]:  # the building's changes are told once, on its first valid row
            room_action = stronger(action, room_action)
            room_changes = changes + room_changes
        ctx.done(room_action, _label(site, name, ctx), room_changes)


def _label(site: SiteRef, premises: str, ctx: RowContext) -> str:
    room = ctx.values.get("room")
    return " · ".join(part for part in (site.name, premises, room) if part)


def _room(
    r: Resolver, site: SiteRef, premises_id: str, ctx: RowContext, kinds: Mapping[str, str]
) -> tuple[Action, tuple[str, ...]]:
    """Decide the room part of a row: its action and changed columns."""
    name = ctx.values.get("room")
    if not name:
        if any(ctx.values.get(k) is not None for k in ROOM_ONLY_KEYS) or ctx.values.get(
            "accessible"
        ):
            ctx.fail(
                "room",
                "nom de salle manquant : les colonnes de salle de cette ligne ne "
                "s'appliquent à aucune salle.",
            )
        return "unchanged", ()
    key = (site.id, name_key(name))
    existing = r.index.rooms.get(key)
    if existing is not None and existing.data is None:
        existing = None  # created by another row: already reported as a duplicate
    base = existing.data if existing is not None and existing.data else None
    if base is None:
        base = RoomData(premises_id, name, 0, kind=RoomKind.CLASSROOM)
    values = {f: key for f, key in ROOM_COLUMNS.items() if f not in ("premises_id", "name")}
    data = _overlay(ctx, replace(base, premises_id=premises_id, name=name), values, kinds)
    if data.capacity is None or (base.capacity == 0 and not ctx.has("capacity")):
        ctx.fail("capacity", "ce champ est obligatoire pour une salle.")
    try:
        data = validate_room(data)
    except ValidationError as error:
        ctx.fail_fields(error, ROOM_COLUMNS)
    if ctx.refused:
        if key not in r.index.rooms:  # rows naming it are refused too
            r.index.add_room(RoomRef(new_id(), site.id, name, refused_row=ctx.number))
        return "refused", ()
    if existing is None:
        room_id = new_id()
        r.writes.insert("room", room_id, {f: getattr(data, f) for f in ROOM_COLUMNS})
        r.index.add_room(RoomRef(room_id, site.id, data.name))
        return "create", ()
    assert existing.data is not None
    changes = changed(r, ROOMS, existing.data, data, ROOM_COLUMNS)
    if changes:
        r.writes.update("room", existing.id, {f: getattr(data, f) for f in ROOM_COLUMNS})
    return ("update" if changes else "unchanged"), changes
