"""A conflict knows the record as last exchanged (db/sync_base.py): each side's own
changes are told apart and proposed, only fields changed on both sides wait for a person."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.domain.merge import Side, proposed_choices
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.sync import list_conflicts, resolve_conflict
from tests.sync.conftest import Network, contents, unsynced


def _bases(network: Network) -> list[tuple[str, str, int]]:
    table = m.SyncBase.__table__
    with network.a.connection() as conn:
        return [
            tuple(r)
            for r in conn.execute(select(table.c.table_name, table.c.record_id, table.c.version))
        ]


def test_the_first_change_after_an_exchange_keeps_the_record_as_exchanged(network: Network) -> None:
    sites = SiteService(network.a)
    site_id = sites.list_ids()[0]
    exchanged = sites.get(site_id)
    assert _bases(network) == []
    sites.update(site_id, replace(exchanged, notes="Première modification"))
    sites.update(site_id, replace(exchanged, notes="Deuxième modification"))
    ((table, record_id, version),) = _bases(network)
    assert (table, record_id, version) == ("site", site_id, 1)  # the version exchanged
    assert not _bases_on_server(network)


def _bases_on_server(network: Network) -> list[object]:
    table = m.SyncBase.__table__
    with network.server.connection() as conn:
        return list(conn.execute(select(table.c.record_id)))


def test_a_conflict_proposes_each_side_its_own_change(network: Network) -> None:
    site_id = SiteService(network.server).list_ids()[0]
    local, shared = SiteService(network.a), SiteService(network.server)
    mine = replace(local.get(site_id), notes="Version du poste", employment_area="Vosges")
    local.update(site_id, mine)
    theirs = replace(shared.get(site_id), notes="Version de l'équipe", epci="CC des Hautes Vosges")
    shared.update(site_id, theirs)
    network.sync(network.a)

    (conflict,) = list_conflicts(network.a)
    diffs = {diff.name: diff for diff in conflict.fields}
    assert set(diffs) == {"notes", "employment_area", "epci"}
    assert all(diff.base_known for diff in diffs.values())
    assert diffs["notes"].both_changed
    assert not diffs["employment_area"].theirs_changed
    assert not diffs["epci"].mine_changed
    assert proposed_choices(conflict.fields) == {
        "notes": Side.MINE,
        "employment_area": Side.MINE,
        "epci": Side.THEIRS,
    }

    choices = proposed_choices(conflict.fields) | {"notes": Side.THEIRS}
    resolve_conflict(network.a, conflict.id, choices)
    network.sync(network.a)
    expected = replace(theirs, employment_area="Vosges")
    assert SiteService(network.server).get(site_id) == expected
    assert SiteService(network.a).get(site_id) == expected
    assert unsynced(network.a) == []
    assert contents(network.a) == contents(network.server)
