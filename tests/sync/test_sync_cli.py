"""`cnam-desktop sync --db FICHIER --server URL`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cnam_desktop.cli import main
from cnam_desktop.services.sites import SiteService
from tests.sync.conftest import Network, contents


def test_sync_prints_progress_and_summary(
    network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    site_id = SiteService(network.server).list_ids()[0]
    sites = SiteService(network.a)
    sites.update(site_id, replace(sites.get(site_id), notes="Depuis la ligne de commande"))
    assert network.a.path is not None

    assert main(["sync", "--db", str(network.a.path), "--server", network.url]) == 0
    out = capsys.readouterr().out
    assert "Envoi des modifications à la base partagée…" in out
    assert "Synchronisation terminée : 1 envoyé, 0 reçu, aucun conflit" in out
    assert "Site : 1 envoyé" in out
    assert "cnam:***@" in out and ":cnam@" not in out  # the password is never shown
    assert SiteService(network.server).get(site_id).notes == "Depuis la ligne de commande"


def test_sync_into_a_new_file_with_the_password_from_a_variable(
    network: Network,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = make_url(network.url)
    monkeypatch.setenv("CNAM_SYNC_TEST_PASSWORD", url.password or "")
    bare = url.set(password=None).render_as_string(hide_password=False)
    path = tmp_path / "nouveau.sqlite3"

    rc = main(
        ["sync", "--db", str(path), "--server", bare, "--password-env", "CNAM_SYNC_TEST_PASSWORD"]
    )

    assert rc == 0
    total = len(contents(network.server))
    assert f"0 envoyé, {total} reçus, aucun conflit" in capsys.readouterr().out


def test_pending_conflicts_are_listed_with_exit_code_3(
    network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    site_id = SiteService(network.server).list_ids()[0]
    for db, note in ((network.a, "Version A"), (network.b, "Version B")):
        SiteService(db).update(site_id, replace(SiteService(db).get(site_id), notes=note))
    network.sync(network.a)
    assert network.b.path is not None

    assert main(["sync", "--db", str(network.b.path), "--server", network.url]) == 3
    out = capsys.readouterr().out
    name = SiteService(network.b).get(site_id).name
    assert "1 conflit à résoudre" in out
    assert f"Site « {name} » : Modifié sur ce poste et sur la base partagée" in out


def test_unreachable_server_is_refused_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "poste.sqlite3"
    rc = main(
        ["sync", "--db", str(path), "--server", "postgresql://marie:secret@127.0.0.1:1/reseau"]
    )
    assert rc == 1
    err = capsys.readouterr().err
    assert "Erreur : Le serveur PostgreSQL 127.0.0.1:1 est injoignable" in err
    assert "secret" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "postgresql://marie@serveur/reseau"], "--db doit désigner le fichier"),
        (["--server", "/tmp/autre.sqlite3"], "n'est pas l'adresse d'une base partagée"),
        (["--password-env", "CNAM_SYNC_ABSENT"], "« CNAM_SYNC_ABSENT » n'est pas définie"),
    ],
)
def test_bad_arguments_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    given = {"--db": str(tmp_path / "poste.sqlite3"), "--server": "postgresql://m@127.0.0.1:1/r"}
    given.update(dict(zip(args[::2], args[1::2], strict=True)))
    argv = ["sync"] + [part for pair in given.items() for part in pair]
    assert main(argv) == 1
    assert message in capsys.readouterr().err
