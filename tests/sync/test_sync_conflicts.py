"""A record changed on both sides is listed for a person, never decided silently."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.catalogue import SectorData
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.sync import (
    Side,
    SyncError,
    discard_local,
    list_conflicts,
    pending_conflict_count,
    resolve_conflict,
)
from cnam_desktop.services.sync.engine import PUSHING
from cnam_desktop.services.sync.rows import table
from cnam_desktop.services.trainers import TrainerService
from tests.sync.conftest import Network, contents, unsynced


def _edit_site(db: Database, site_id: str, **changes: Any) -> SiteData:
    service = SiteService(db)
    data = replace(service.get(site_id), **changes)
    service.update(site_id, data)
    return data


def test_the_same_site_edited_on_both_laptops(network: Network) -> None:
    site_id = SiteService(network.server).list_ids()[0]
    on_a = _edit_site(network.a, site_id, notes="Note de A", employment_area="Bassin A")
    on_b = _edit_site(network.b, site_id, notes="Note de B", epci="CC de B")

    assert network.sync(network.a).pushed == {"site": 1}  # the first to synchronise wins
    report = network.sync(network.b)

    assert (report.new_conflicts, report.pending_conflicts) == (1, 1)
    assert report.summary() == "0 envoyé, 0 reçu, 1 conflit à résoudre"
    # Nothing of either side was overwritten.
    assert SiteService(network.server).get(site_id) == on_a
    assert SiteService(network.a).get(site_id) == on_a
    assert SiteService(network.b).get(site_id) == on_b

    [conflict] = list_conflicts(network.b)
    assert (conflict.table_name, conflict.record_id, conflict.kind) == (
        "site",
        site_id,
        "modification",
    )
    assert conflict.table_label == "Site"
    assert conflict.record_label == on_b.name
    assert conflict.server_updated_by == network.a.author
    fields = {f.name: f for f in conflict.fields}
    assert set(fields) == {"notes", "employment_area", "epci"}
    assert (fields["notes"].mine, fields["notes"].theirs) == ("Note de B", "Note de A")
    assert fields["notes"].label == "Notes"
    assert (fields["epci"].mine_text, fields["epci"].theirs_text) == ("CC de B", on_a.epci or "—")

    # A changes the site again: B's conflict shows the server's latest version, and the
    # record stays out of B's synchronisations until a person resolves it.
    on_a = _edit_site(network.a, site_id, notes="Note de A, revue")
    network.sync(network.a)
    again = network.sync(network.b)
    assert (again.pushed_total, again.pulled_total, again.new_conflicts) == (0, 0, 0)
    assert again.pending_conflicts == 1
    [conflict] = list_conflicts(network.b)
    assert {f.name: f.theirs for f in conflict.fields}["notes"] == "Note de A, revue"
    assert SiteService(network.b).get(site_id) == on_b

    with pytest.raises(SyncError, match="Bassin d'emploi"):
        resolve_conflict(network.b, conflict.id, {"notes": Side.MINE, "epci": Side.MINE})
    choices = {"notes": Side.MINE, "employment_area": Side.THEIRS, "epci": Side.MINE}
    resolve_conflict(network.b, conflict.id, choices)
    merged = replace(on_b, employment_area="Bassin A")
    assert SiteService(network.b).get(site_id) == merged
    assert pending_conflict_count(network.b) == 0

    assert network.sync(network.b).pushed == {"site": 1}
    assert network.sync(network.a).pulled == {"site": 1}
    for db in (network.server, network.a, network.b):
        assert SiteService(db).get(site_id) == merged
    assert contents(network.a) == contents(network.server) == contents(network.b)
    assert unsynced(network.a) == [] and unsynced(network.b) == []


def test_a_record_deleted_on_one_side_and_edited_on_the_other(network: Network) -> None:
    closure_id = ClosureService(network.server).rows()[0].id
    ClosureService(network.a).delete(closure_id)
    edited = replace(ClosureService(network.b).get(closure_id), label="Travaux (reportés)")
    ClosureService(network.b).update(closure_id, edited)
    network.sync(network.a)
    network.sync(network.b)

    [conflict] = list_conflicts(network.b)
    assert conflict.kind == "suppression"
    assert "Supprimé sur la base partagée" in conflict.kind_text
    assert {f.name for f in conflict.fields} == {"label", "deleted_at"}
    assert ClosureService(network.b).get(closure_id) == edited  # still there on B

    resolve_conflict(network.b, conflict.id, {"label": Side.THEIRS, "deleted_at": Side.THEIRS})
    with pytest.raises(NotFoundError):
        ClosureService(network.b).get(closure_id)
    report = network.sync(network.b)
    assert (report.pushed_total, report.pending_conflicts) == (0, 0)
    assert contents(network.b) == contents(network.server)


def test_two_laptops_creating_the_same_sector_code(network: Network) -> None:
    from_a = CatalogueService(network.a).create_sector(SectorData(code="ROB", name="Robotique"))
    from_b = CatalogueService(network.b).create_sector(
        SectorData(code="ROB", name="Robotique industrielle")
    )
    trainer_id = TrainerService(network.server).list_ids()[0]
    trainer = replace(TrainerService(network.b).get(trainer_id), phone="03 25 00 00 02")
    TrainerService(network.b).update(trainer_id, trainer)

    network.sync(network.a)
    report = network.sync(network.b)

    # B's sector is refused by the shared base; A's cannot come down to B (same code);
    # the rest of B's push landed.
    assert report.pushed == {"trainer": 1}
    assert TrainerService(network.server).get(trainer_id) == trainer
    conflicts = {c.record_id: c for c in list_conflicts(network.b)}
    assert set(conflicts) == {from_a, from_b}
    assert {c.kind for c in conflicts.values()} == {"refus"}
    refused = conflicts[from_b]
    assert refused.table_label == "Filière"
    assert "Code « ROB »" in refused.kind_text and "base partagée" in refused.kind_text
    assert "Robotique industrielle" in conflicts[from_a].kind_text  # names what blocks it
    with pytest.raises(SyncError):
        resolve_conflict(network.b, refused.id, {})
    with pytest.raises(SyncError, match="Rien à abandonner"):
        discard_local(network.b, conflicts[from_a].id)

    # Tried again at the next synchronisation: still refused, not new.
    again = network.sync(network.b)
    assert (again.new_conflicts, again.pending_conflicts) == (0, 2)

    # B gives its sector up (it never left B): A's comes down, nothing is pending.
    discard_local(network.b, refused.id)
    final = network.sync(network.b)
    assert final.pulled == {"sector": 1}
    assert (final.new_conflicts, final.pending_conflicts) == (0, 0)
    sector = table("sector")
    with network.b.connection() as conn:
        codes = conn.execute(select(sector.c.id).where(sector.c.code == "ROB")).scalars().all()
    assert codes == [from_a]
    assert contents(network.b) == contents(network.server)


def test_the_shared_base_moving_on_during_the_push(network: Network) -> None:
    """Changed on the server after the read, before the push: a conflict, not an overwrite."""
    site_id = SiteService(network.server).list_ids()[0]
    mine = _edit_site(network.a, site_id, notes="Note de A")
    theirs: list[SiteData] = []

    def meanwhile(_done: int, _total: int, text: str) -> None:
        if text == PUSHING and not theirs:
            theirs.append(_edit_site(network.server, site_id, notes="Note du siège"))

    report = network.sync(network.a, progress=meanwhile)

    assert (report.pushed_total, report.new_conflicts) == (0, 1)
    assert SiteService(network.server).get(site_id) == theirs[0]
    assert SiteService(network.a).get(site_id) == mine
    [conflict] = list_conflicts(network.a)
    assert [(f.name, f.mine, f.theirs) for f in conflict.fields] == [
        ("notes", "Note de A", "Note du siège")
    ]
