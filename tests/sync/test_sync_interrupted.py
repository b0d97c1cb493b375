"""A synchronisation stopped half-way leaves both sides consistent, and the next one
finishes the work: nothing lost, nothing duplicated, no false conflict."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from sqlalchemy.engine import make_url

from cnam_desktop.domain.premises import PremisesData
from cnam_desktop.errors import ServerConnectionError
from cnam_desktop.services.catalogue import CatalogueService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService
from cnam_desktop.services.sync import SyncCancelled, list_conflicts, pending_conflict_count
from cnam_desktop.services.sync import apply as sync_apply
from cnam_desktop.services.sync.engine import PUSHING, READING_SERVER
from cnam_desktop.services.trainers import TrainerService
from tests.sync.conftest import Network, contents, unsynced


def _changes_on_a(network: Network) -> str:
    """Edits in two tables and a new record on laptop A; the new premises' id."""
    site_id = SiteService(network.server).list_ids()[0]
    sites = SiteService(network.a)
    sites.update(site_id, replace(sites.get(site_id), notes="Modifié hors ligne"))
    trainer_id = TrainerService(network.server).list_ids()[0]
    trainers = TrainerService(network.a)
    trainers.update(trainer_id, replace(trainers.get(trainer_id), phone="03 25 11 22 33"))
    return PremisesService(network.a).create_premises(
        PremisesData(site_id=site_id, name="Annexe de la mairie")
    )


def _changes_on_server(network: Network) -> None:
    course_id = CatalogueService(network.server).list_ids()[0]
    catalogue = CatalogueService(network.server)
    catalogue.update(course_id, replace(catalogue.get(course_id), hours=99))


def _assert_all_synced(network: Network) -> None:
    assert unsynced(network.a) == []
    assert pending_conflict_count(network.a) == 0
    assert contents(network.a) == contents(network.server)


def test_connection_cut_during_the_push(network: Network) -> None:
    _changes_on_a(network)
    _changes_on_server(network)
    server_before, laptop_before = contents(network.server), contents(network.a)
    unsynced_before = unsynced(network.a)
    database = make_url(network.url).database
    killed: list[int] = []

    def cut(_done: int, _total: int, text: str) -> None:
        """Once the push has written something, end its connection from outside."""
        if text != PUSHING or killed:
            return
        with psycopg.connect(network.url, autocommit=True) as admin:
            killed.extend(
                row[0]
                for row in admin.execute(
                    "SELECT pg_terminate_backend(pid), pid FROM pg_stat_activity "
                    "WHERE datname = %s AND state LIKE 'idle in transaction%%' "
                    "AND pid <> pg_backend_pid()",
                    (database,),
                )
            )

    with pytest.raises(ServerConnectionError, match="connexion au serveur"):
        network.sync(network.a, progress=cut)

    assert killed  # the push's connection was cut in the middle
    assert contents(network.server) == server_before
    assert contents(network.a) == laptop_before
    assert unsynced(network.a) == unsynced_before

    report = network.sync(network.a)
    assert report.pushed == {"site": 1, "trainer": 1, "premises": 1}
    assert report.pulled == {"course": 1}
    _assert_all_synced(network)


def test_crash_after_the_server_commit(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    premises_id = _changes_on_a(network)
    _changes_on_server(network)
    laptop_before = contents(network.a)

    def crash(*_args: object) -> None:
        raise RuntimeError("laptop closed")

    with monkeypatch.context() as patch:
        patch.setattr(sync_apply, "record_peer", crash)
        with pytest.raises(RuntimeError, match="laptop closed"):
            network.sync(network.a)

    # The server has the push; the laptop's transaction was rolled back whole.
    assert PremisesService(network.server).get_premises(premises_id).name == "Annexe de la mairie"
    assert contents(network.a) == laptop_before

    report = network.sync(network.a)
    assert (report.pushed_total, report.new_conflicts) == (0, 0)  # found there, not resent
    assert report.identical == 3
    assert report.pulled == {"course": 1}
    _assert_all_synced(network)
    assert len(contents(network.server)) == len(contents(network.b)) + 1  # one premises more
    network.sync(network.b)
    assert contents(network.b) == contents(network.server)


@pytest.mark.parametrize("when", ["reading", "before the server commit"])
def test_cancelled(network: Network, when: str) -> None:
    """Cancelled at the first check, or at the last one before the server commits (the
    whole push written in its transaction): nothing changes on either side."""
    _changes_on_a(network)
    _changes_on_server(network)
    server_before, laptop_before = contents(network.server), contents(network.a)
    seen: list[tuple[int, int, str]] = []

    def cancelled() -> bool:
        if when == "reading":
            return True
        done, total, text = seen[-1]
        return text == PUSHING and done == total * 3 // 4  # every table pushed

    with pytest.raises(SyncCancelled, match="rien n'a été modifié"):
        network.sync(network.a, cancelled=cancelled, progress=lambda *a: seen.append(a))
    assert seen[-1][2] == (PUSHING if when != "reading" else READING_SERVER)
    assert contents(network.server) == server_before
    assert contents(network.a) == laptop_before

    report = network.sync(network.a, cancelled=lambda: False)
    assert report.pushed_total == 3 and report.pulled_total == 1
    _assert_all_synced(network)


def test_edits_made_here_during_a_synchronisation(network: Network) -> None:
    """A record received while a person edits it here keeps the person's edit (a
    conflict); a record sent while edited again here goes up again next time."""
    course_id = CatalogueService(network.server).list_ids()[0]
    site_id = SiteService(network.server).list_ids()[0]
    _changes_on_server(network)  # the course will come down
    sites = SiteService(network.a)
    sites.update(site_id, replace(sites.get(site_id), notes="Première version"))
    catalogue = CatalogueService(network.a)
    edited: list[object] = []

    def person_edits(_done: int, _total: int, text: str) -> None:
        if text == PUSHING and not edited:  # after the classification, before the writes
            course = replace(catalogue.get(course_id), title="Titre revu sur le portable")
            catalogue.update(course_id, course)
            sites.update(site_id, replace(sites.get(site_id), notes="Seconde version"))
            edited.append(course)

    report = network.sync(network.a, progress=person_edits)

    assert report.pushed == {"site": 1} and report.pulled_total == 0
    assert report.new_conflicts == 1
    assert catalogue.get(course_id) == edited[0]  # not overwritten by the server's version
    [conflict] = list_conflicts(network.a)
    assert (conflict.record_id, conflict.kind) == (course_id, "modification")
    assert SiteService(network.server).get(site_id).notes == "Première version"

    again = network.sync(network.a)
    assert again.pushed == {"site": 1} and again.new_conflicts == 0
    assert SiteService(network.server).get(site_id).notes == "Seconde version"
