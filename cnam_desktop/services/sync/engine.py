"""One synchronisation between a laptop's file and a shared base (issue 9).

    read the shared base's rows written since the last pull (one snapshot)   plan.py
    read this laptop's changes and classify each record                      plan.py
    push the local changes (one server transaction)                          push.py
    write what came down, mark what went up, record conflicts (one local)    apply.py

Nothing is decided for a person: a record changed differently on both sides becomes a
conflict (`conflicts.py` lists and resolves them) and keeps its two versions. A sync
interrupted anywhere leaves each side consistent: the server transaction is whole or
absent, the local one too, and the next synchronisation finds the pushed rows on the
server, equal to the local ones, and marks them synchronised.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import insert, select, text
from sqlalchemy.engine import URL, make_url

from cnam_desktop.db import models as m
from cnam_desktop.db.base import new_id
from cnam_desktop.db.engine import Database
from cnam_desktop.services.sync import apply, plan, push
from cnam_desktop.services.sync.errors import SyncCancelled, SyncError
from cnam_desktop.services.sync.labels import LocalLabels
from cnam_desktop.services.sync.report import SyncReport
from cnam_desktop.services.sync.rows import tables

Progress = Callable[[int, int, str], None]
"""(steps done, steps in all, what is being done in French)."""
Cancelled = Callable[[], bool]

READING_SERVER = "Lecture de la base partagée"
READING_LOCAL = "Lecture des modifications de ce poste"
PUSHING = "Envoi des modifications à la base partagée"
APPLYING = "Enregistrement sur ce poste"
CANCELLED = (
    "Synchronisation annulée : rien n'a été modifié, ni sur ce poste ni sur la base partagée."
)


class _Steps:
    """Progress reports and cancellation checks of one synchronisation."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int):
        self._progress = progress
        self._cancelled = cancelled
        self.total = total
        self.done = 0
        self.text = ""
        self.server_committed = False

    def phase(self, text_: str) -> None:
        self.text = text_
        self._report()

    def tick(self) -> None:
        self.done = min(self.done + 1, self.total)
        self._report()

    def check(self) -> None:
        # Once the shared base has committed the push, a cancel is no longer obeyed: the
        # local step left is short and local only, and stopping there would tell the
        # person "nothing changed" while the shared base did. (Stopped anyway, by a crash,
        # the next synchronisation finds the pushed rows and marks them.)
        if self.server_committed or self._cancelled is None:
            return
        if self._cancelled():
            raise SyncCancelled(CANCELLED)

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.total, self.text)


def synchronise(
    local: Database,
    server: Database,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncReport:
    """Exchange the changes of the laptop's base `local` and the shared base `server`.

    `progress(done, total, text)` is called as the work advances; `cancelled()` is
    asked between tables and before each commit: True stops and rolls back what is not
    committed (`SyncCancelled`). Raises `SyncError` when the two cannot be synchronised,
    `EnvironmentProblem`s (French) when a base fails (connection lost: nothing of the
    push stays on the server).
    """
    check_pair(local, server)
    peer_id, pull_mark = peer_of(local, server)
    all_tables = tables()
    steps = _Steps(progress, cancelled, total=4 * len(all_tables))
    steps.phase(READING_SERVER)
    window = plan.read_server_window(server, all_tables, pull_mark, steps.tick, steps.check)
    steps.phase(READING_LOCAL)
    plans = plan.plan_tables(local, peer_id, all_tables, window.rows, steps.tick, steps.check)
    steps.phase(PUSHING)
    outcome = push.push(
        server, plans, check=steps.check, tick=steps.tick, describe=LocalLabels(local)
    )
    steps.server_committed = outcome.committed
    steps.phase(APPLYING)
    return apply.apply_local(
        local,
        peer_id,
        peer_key(server.location),
        window.mark,
        plans,
        outcome,
        check=steps.check,
        tick=steps.tick,
    )


def _revision(db: Database) -> str | None:
    with db.connection() as conn:
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def check_pair(local: Database, server: Database) -> None:
    """Refuse (`SyncError`) what cannot be synchronised."""
    if local.is_server:
        raise SyncError(
            f"« {local.location} » est déjà une base partagée : la synchronisation relie un "
            "fichier de ce poste à une base partagée."
        )
    if not server.is_server:
        raise SyncError(
            f"« {server.location} » est un fichier : indiquez la base partagée avec laquelle "
            "synchroniser (postgresql://utilisateur@serveur/base)."
        )
    for db, what in ((local, "Le fichier"), (server, "La base partagée")):
        if db.read_only:
            raise SyncError(
                f"{what} « {db.location} » est ouvert en lecture seule : la synchronisation "
                "doit pouvoir y écrire."
            )
    mine, theirs = _revision(local), _revision(server)
    if mine != theirs:
        raise SyncError(
            f"Le fichier « {local.location} » (schéma {mine}) et la base partagée "
            f"« {server.location} » (schéma {theirs}) n'ont pas la même version : mettez à "
            "jour l'application et ouvrez les deux bases avec elle, puis recommencez."
        )


def peer_key(location: str) -> str:
    """The shared base as this laptop remembers it: postgresql://host:port/base. Neither
    user, password, driver nor options: they name a way in, not the base."""
    try:
        url = make_url(location)
    except Exception:  # not a URL SQLAlchemy parses: keep it as given
        return location
    host = (url.host or "localhost").lower()
    bare = URL.create("postgresql", host=host, port=url.port or 5432, database=url.database)
    return bare.render_as_string(hide_password=False)


def peer_of(local: Database, server: Database) -> tuple[str, int | None]:
    """The peer entry of `server` in the laptop's base (made the first time), and its
    pull mark. A laptop synchronises with one shared base: the versions it marks as
    exchanged are those of that base."""
    key = peer_key(server.location)
    peers = m.Base.metadata.tables["sync_peer"]
    with local.uow() as session:
        rows = session.execute(
            select(peers.c.id, peers.c.server, peers.c.pull_mark, peers.c.last_sync_at)
        ).all()
        for peer_id, name, pull_mark, _last in rows:
            if name == key:
                return str(peer_id), pull_mark
        others = [name for _id, name, _mark, last in rows if last is not None]
        if others:
            raise SyncError(
                f"Ce fichier est synchronisé avec la base partagée « {others[0]} » : il ne "
                f"peut pas l'être aussi avec « {key} ». Pour changer de base partagée, "
                "repartez d'un nouveau fichier synchronisé avec elle."
            )
        peer_id = new_id()
        session.execute(insert(peers).values(id=peer_id, server=key))
        return peer_id, None
