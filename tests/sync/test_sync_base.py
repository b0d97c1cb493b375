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


def test_an_erasure_leaves_no_copy_of_the_person_on_the_laptop(network: Network) -> None:
    from datetime import datetime

    from cnam_desktop.services.personal_data import TRAINER, Person, PersonalDataService
    from cnam_desktop.services.trainers import TrainerService

    trainers = TrainerService(network.a)
    trainer_id = trainers.list_ids()[0]
    before = trainers.get(trainer_id)
    changed = replace(before, phone="06 11 22 33 44")
    trainers.update(trainer_id, changed)
    shared = TrainerService(network.server)
    shared.update(trainer_id, replace(shared.get(trainer_id), phone="06 55 66 77 88"))
    network.sync(network.a)
    assert list_conflicts(network.a) and _bases(network)  # both hold the person's data

    service = PersonalDataService(network.a, network.folder / "erasures.jsonl")
    person = Person(TRAINER, trainer_id, before.last_name)
    service.erase(person, "demande du 26 novembre", datetime(2026, 11, 26, 17, 0))

    assert _bases(network) == [] and list_conflicts(network.a) == []
    with network.a.connection() as conn:
        for name in ("sync_base", "sync_conflict"):
            table = m.Base.metadata.tables[name]
            text = " ".join(str(row) for row in conn.execute(select(table)))
            assert before.last_name not in text and "06 11 22 33 44" not in text
