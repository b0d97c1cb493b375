"""Changes made on two laptops and on the shared base reach every base (issue 9)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cnam_desktop.db.engine import open_database
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.closures import ClosureService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.sync import SyncError, pending_conflict_count, synchronise
from cnam_desktop.services.trainers import TrainerService
from tests.sync.conftest import Network, changed_keys, column, contents, unsynced


def test_first_sync_brings_the_whole_network_to_each_laptop(network: Network) -> None:
    on_server = contents(network.server)
    assert len(on_server) > 2000
    assert contents(network.a) == on_server
    assert contents(network.b) == on_server
    assert unsynced(network.a) == [] and unsynced(network.b) == []


def test_edits_on_both_sides_reach_every_base(network: Network) -> None:
    site_id = SiteService(network.server).list_ids()[0]
    trainer_id = TrainerService(network.server).list_ids()[0]
    course_id = CatalogueService(network.server).list_ids()[0]
    before = contents(network.server)

    sites = SiteService(network.a)
    site = replace(sites.get(site_id), notes="Salle des fêtes réservée le jeudi")
    sites.update(site_id, site)
    trainers = TrainerService(network.b)
    trainer = replace(trainers.get(trainer_id), phone="03 25 00 00 01")
    trainers.update(trainer_id, trainer)
    catalogue = CatalogueService(network.server)
    course = replace(catalogue.get(course_id), hours=321)
    catalogue.update(course_id, course)

    first = network.sync(network.a)
    assert first.pushed_total == 1 and first.pulled_total == 1  # the site up, the course down
    network.sync(network.b)
    network.sync(network.a)

    for db in (network.server, network.a, network.b):
        assert SiteService(db).get(site_id) == site
        assert TrainerService(db).get(trainer_id) == trainer
        assert CatalogueService(db).get(course_id) == course
    after = contents(network.server)
    assert changed_keys(before, after) == {
        ("site", site_id),
        ("trainer", trainer_id),
        ("course", course_id),
    }
    assert contents(network.a) == after
    assert contents(network.b) == after
    assert unsynced(network.a) == [] and unsynced(network.b) == []
    assert pending_conflict_count(network.a) == pending_conflict_count(network.b) == 0


def test_a_delete_and_its_undo_travel(network: Network) -> None:
    closure_id = ClosureService(network.server).rows()[0].id
    ClosureService(network.a).delete(closure_id)
    network.sync(network.a)
    report = network.sync(network.b)

    assert report.pulled == {"closure": 1}
    with pytest.raises(NotFoundError):
        ClosureService(network.b).get(closure_id)
    assert column(network.server, "closure", closure_id, "deleted_at") is not None

    ClosureService(network.b).restore(closure_id)
    network.sync(network.b)
    network.sync(network.a)
    assert ClosureService(network.a).get(closure_id) == ClosureService(network.server).get(
        closure_id
    )
    assert column(network.a, "closure", closure_id, "deleted_at") is None
    assert contents(network.a) == contents(network.server) == contents(network.b)


def test_a_new_site_with_premises_and_room_reaches_the_other_laptop(network: Network) -> None:
    sites = SiteService(network.b)
    site_id = sites.create(SiteData(name="Langres", town="Langres", department="52"))
    premises = PremisesService(network.b)
    premises_id = premises.create_premises(PremisesData(site_id=site_id, name="Maison France"))
    room_id = premises.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=14))

    pushed = network.sync(network.b)
    # The site, its first status step, the premises and the room.
    assert pushed.pushed == {"site": 1, "site_status_change": 1, "premises": 1, "room": 1}
    pulled = network.sync(network.a)
    assert pulled.pulled == pushed.pushed

    assert SiteService(network.a).get(site_id).name == "Langres"
    assert PremisesService(network.a).get_premises(premises_id).site_id == site_id
    assert PremisesService(network.a).get_room(room_id).capacity == 14
    assert contents(network.a) == contents(network.server) == contents(network.b)
    # B's own rows come back in its next pull window: recognised, not received again.
    again = network.sync(network.b)
    assert again.pulled_total == 0 and again.pushed_total == 0


def test_what_cannot_be_synchronised_is_refused(network: Network) -> None:
    with pytest.raises(SyncError, match="est déjà une base partagée"):
        synchronise(network.server, network.server)
    with pytest.raises(SyncError, match="est un fichier"):
        synchronise(network.a, network.b)
    assert network.a.path is not None
    read_only = open_database(network.a.path, read_only=True)
    try:
        with pytest.raises(SyncError, match="lecture seule"):
            synchronise(read_only, network.server)
    finally:
        read_only.close()

    with network.b.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003_erasure_log'")
    with pytest.raises(SyncError, match="schéma 0003_erasure_log"):
        network.sync(network.b)

    # A file exchanges versions with one shared base only.
    with network.a.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_peer SET server = 'postgresql://ailleurs:5432/reseau'")
    with pytest.raises(SyncError, match="postgresql://ailleurs:5432/reseau"):
        network.sync(network.a)
