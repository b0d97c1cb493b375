"""Import decisions for the « Inventaire » and « Planning » sheets.

Both name records that must exist already (or be created earlier by the same file):
the site, a room of that site, an equipment type, a trainer, an offering. An import
never creates an offering: a session of a missing one is refused, naming the site,
the Cnam code and the period. A session's guests and series are kept as stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

from cnam_desktop.db.base import new_id
from cnam_desktop.db.repositories.sessions import COLUMNS as SESSION_COLUMNS
from cnam_desktop.domain.enums import EquipmentCondition, Modality, OfferingStatus, SessionStatus
from cnam_desktop.domain.equipment import EquipmentItemData, validate_item
from cnam_desktop.domain.formatting import french_date
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.domain.validation import ValidationError, normalise_code
from cnam_desktop.reports.excel_import import ParsedSheet
from cnam_desktop.reports.workbook_layout import ROOMS, SESSIONS
from cnam_desktop.services.workbook_import_index import OfferingRef, SiteRef, name_key
from cnam_desktop.services.workbook_import_rows import Resolver, RowContext

ITEM_COLUMNS = {
    "site_id": "site_name",
    "room_id": "room",
    "type_id": "equipment",
    "quantity": "quantity",
    "condition": "condition",
}
SESSION_FIELD_COLUMNS = {
    "offering_id": "course_code",
    "day": "day",
    "start_time": "start_time",
    "end_time": "end_time",
    "modality": "modality",
    "room_id": "room",
    "video_link": "video_link",
    "trainer_id": "trainer",
    "unit_code": "unit_code",
    "status": "status",
    "guest_offering_ids": "modality",
    "series_id": "course_code",
}
CHANGE_FIELDS = {f: SESSION_FIELD_COLUMNS[f] for f in SESSION_COLUMNS if f != "series_id"}


def room_id(r: Resolver, ctx: RowContext, site: SiteRef) -> tuple[bool, str | None]:
    """(found, room id) of the row's « Salle » in the site; a blank cell is (True, None)."""
    name = ctx.values.get("room")
    if not name:
        return True, None
    room = r.index.rooms.get((site.id, name_key(name)))
    if room is None:
        ctx.fail(
            "room",
            f"salle inconnue sur le site « {site.name} » : « {name} ». Créez-la dans "
            f"l'application ou dans la feuille « {ROOMS.title} » du même fichier.",
        )
        return False, None
    if room.refused_row is not None:
        ctx.fail(
            "room",
            f"la salle « {name} » n'est pas importée : sa ligne {room.refused_row} de la "
            f"feuille « {ROOMS.title} » est refusée.",
        )
        return False, None
    return True, room.id


# Inventory -----------------------------------------------------------------------------------


def resolve_inventory(r: Resolver, sheet: ParsedSheet) -> None:
    seen: dict[tuple[str, str | None, str, EquipmentCondition], int] = {}
    for parsed in sheet.rows:
        ctx = r.row(sheet, parsed)
        values = ctx.values
        names = (values.get("site_name"), values.get("room"), values.get("equipment"))
        label = " · ".join(str(v) for v in names if v)
        site = r.site(ctx)
        found, room = room_id(r, ctx, site) if site is not None else (False, None)
        type_id = _type_id(r, ctx)
        condition: EquipmentCondition = values["condition"]
        quantity: int = values["quantity"]
        if site is None or not found or type_id is None or ctx.refused:
            ctx.done("refused", label)
            continue
        key = (site.id, room, type_id, condition)
        if key in seen:
            ctx.fail(
                "equipment",
                f"ligne en double : même site, salle, équipement et état que la ligne {seen[key]}.",
            )
        seen.setdefault(key, ctx.number)
        existing = r.index.items.get(key, [])
        if len(existing) > 1:
            ctx.fail(
                "equipment",
                "l'application a plusieurs lignes d'inventaire de même site, salle, équipement "
                "et état : regroupez-les dans l'application d'abord.",
            )
        data = EquipmentItemData(site.id, type_id, quantity, room, condition)
        try:
            data = validate_item(data)
        except ValidationError as error:
            ctx.fail_fields(error, ITEM_COLUMNS)
        if ctx.refused:
            ctx.done("refused", label)
        elif not existing:
            values_ = {f: getattr(data, f) for f in ITEM_COLUMNS}
            r.writes.insert("equipment_item", new_id(), values_)
            ctx.done("create", label)
        elif existing[0].quantity != data.quantity:
            r.writes.update("equipment_item", existing[0].id, {"quantity": data.quantity})
            ctx.done("update", label, (r.header(sheet.layout, "quantity"),))
        else:
            ctx.done("unchanged", label)


def _type_id(r: Resolver, ctx: RowContext) -> str | None:
    label = ctx.values.get("equipment")
    if not label:
        return None
    ids = r.index.types.get(name_key(label), [])
    if len(ids) != 1:
        ctx.fail(
            "equipment",
            f"type d'équipement inconnu : « {label} ». Choisissez un type du catalogue "
            "(liste de l'onglet « Listes » du modèle d'import).",
        )
        return None
    return ids[0]


# Sessions ------------------------------------------------------------------------------------


def resolve_sessions(r: Resolver, sheet: ParsedSheet) -> None:
    """Offerings first (to load their stored sessions at once), then each row."""
    rows: list[tuple[RowContext, SiteRef, OfferingRef]] = []
    for parsed in sheet.rows:
        ctx = r.row(sheet, parsed)
        site = r.site(ctx)
        offering = _offering(r, ctx, site) if site is not None else None
        if site is None or offering is None:
            ctx.done("refused", _label(ctx))
            continue
        rows.append((ctx, site, offering))
    r.index.load_sessions(r.session, (offering.id for _ctx, _site, offering in rows))
    seen: dict[tuple[str, date, time], int] = {}
    for ctx, site, offering in rows:
        _session(r, ctx, site, offering, seen)


def _label(ctx: RowContext) -> str:
    values = ctx.values
    day, start = values.get("day"), values.get("start_time")
    parts = (
        values.get("site_name"),
        values.get("course_code"),
        french_date(day) if isinstance(day, date) else None,
        f"{start:%H:%M}" if isinstance(start, time) else None,
    )
    return " · ".join(str(p) for p in parts if p)


def _offering(r: Resolver, ctx: RowContext, site: SiteRef) -> OfferingRef | None:
    code = normalise_code(ctx.values.get("course_code"))
    period = ctx.values.get("period")
    if not code or not period:
        return None
    found = r.index.offerings.get((site.id, code, name_key(period)), [])
    if not found:
        ctx.fail(
            "course_code",
            f"aucune ouverture de « {code} » pour la période « {period} » sur le site "
            f"« {site.name} » : créez-la d'abord dans l'application (l'import ne crée pas "
            "d'ouverture).",
        )
        return None
    if len(found) > 1:
        ctx.fail(
            "course_code",
            f"plusieurs ouvertures de « {code} » pour la période « {period} » sur le site "
            f"« {site.name} » : donnez-leur des périodes distinctes dans l'application.",
        )
        return None
    return found[0]


def _trainer_id(r: Resolver, ctx: RowContext) -> tuple[bool, str | None]:
    name = ctx.values.get("trainer")
    if not name:
        return True, None
    ids = r.index.trainers.get(name_key(name), [])
    if len(ids) == 1:
        return True, ids[0]
    if ids:
        ctx.fail("trainer", f"plusieurs formateurs s'appellent « {name} ».")
    else:
        ctx.fail(
            "trainer",
            f"formateur inconnu : « {name} ». Saisissez le prénom et le nom d'un formateur "
            "de l'application.",
        )
    return False, None


def _session(
    r: Resolver,
    ctx: RowContext,
    site: SiteRef,
    offering: OfferingRef,
    seen: dict[tuple[str, date, time], int],
) -> None:
    values = ctx.values
    label = _label(ctx)
    day: date = values["day"]
    start: time = values["start_time"]
    existing = None
    if day is not None and start is not None:
        key = (offering.id, day, start)
        if key in seen:
            ctx.fail(
                "start_time",
                f"ligne en double : même ouverture, date et heure de début que la ligne "
                f"{seen[key]}.",
            )
        seen.setdefault(key, ctx.number)
        stored = r.index.sessions.get(key, [])
        if len(stored) > 1:
            ctx.fail(
                "start_time",
                "l'application a plusieurs séances de cette ouverture à cette date et heure : "
                "supprimez le doublon dans l'application d'abord.",
            )
        existing = stored[0] if stored else None
    room_found, room = room_id(r, ctx, site)
    trainer_found, trainer = _trainer_id(r, ctx)
    if ctx.refused or not room_found or not trainer_found:
        ctx.done("refused", label)
        return
    if existing is None and offering.status is OfferingStatus.CANCELLED:
        ctx.fail(
            "course_code", "l'ouverture est annulée : rouvrez-la avant d'y ajouter une séance."
        )
    base = existing.data if existing is not None else None
    if base is None:
        base = SessionData(offering.id, day, start, values["end_time"])
    changes: dict[str, Any] = {
        "offering_id": offering.id,
        "day": day,
        "start_time": start,
        "end_time": values["end_time"],
        "modality": values.get("modality") or Modality.IN_PERSON,
        "status": values.get("status") or SessionStatus.PLANNED,
    }
    optional: tuple[tuple[str, str, Any], ...] = (
        ("room", "room_id", room),
        ("trainer", "trainer_id", trainer),
        ("video_link", "video_link", values.get("video_link")),
        ("unit_code", "unit_code", values.get("unit_code")),
    )
    for column, field_name, value in optional:
        if ctx.has(column):
            changes[field_name] = value
    data = replace(base, **changes)
    try:
        data = validate_session(data)
    except ValidationError as error:
        ctx.fail_fields(error, SESSION_FIELD_COLUMNS)
    if ctx.refused:
        ctx.done("refused", label)
    elif existing is None:
        row = {c: getattr(data, c) for c in SESSION_COLUMNS}
        r.writes.insert("session", new_id(), row)
        ctx.done("create", label)
    else:
        headers = tuple(
            r.header(SESSIONS, key)
            for field_name, key in CHANGE_FIELDS.items()
            if getattr(existing.data, field_name) != getattr(data, field_name)
        )
        if headers:
            row = {c: getattr(data, c) for c in SESSION_COLUMNS}
            r.writes.update("session", existing.id, row)
        ctx.done("update" if headers else "unchanged", label, tuple(dict.fromkeys(headers)))
