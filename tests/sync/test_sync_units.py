"""Parts of the synchronisation that need no server."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.services.sync.engine import peer_key
from cnam_desktop.services.sync.plan import classify
from cnam_desktop.services.sync.report import SyncReport
from cnam_desktop.services.sync.rows import load_snapshot, same_record, snapshot, table


def test_a_shared_base_is_known_by_host_port_and_name_only() -> None:
    expected = "postgresql://serveur.cnam.fr:5432/reseau"
    for url in (
        "postgresql://marie:***@serveur.cnam.fr:5432/reseau",
        "postgresql+psycopg://paul@SERVEUR.cnam.fr/reseau?sslmode=require&password=x",
        "postgres://serveur.cnam.fr:5432/reseau",
    ):
        assert peer_key(url) == expected
    assert peer_key("postgresql://serveur.cnam.fr:5433/reseau") != expected


def test_snapshots_keep_every_type() -> None:
    session = table("session")
    row = {
        "id": "s1",
        "offering_id": "o1",
        "day": date(2027, 3, 12),
        "start_time": time(9, 0),
        "end_time": time(12, 30),
        "status": SessionStatus.CANCELLED,
        "created_at": datetime(2026, 11, 26, 16, 45, 0, 123456),
        "version": 3,
        "synced_version": 2,
    }
    back = load_snapshot(session, snapshot(session, row))
    assert back is not None
    assert {k: back[k] for k in row if k != "synced_version"} == {
        k: v for k, v in row.items() if k != "synced_version"
    }
    assert "synced_version" not in back  # the laptop's bookkeeping is not part of a record
    premises = table("premises")
    cost = load_snapshot(premises, snapshot(premises, {"yearly_cost": Decimal("1200.50")}))
    assert cost is not None and cost["yearly_cost"] == Decimal("1200.50")


def test_same_record_ignores_bookkeeping_and_deletion_times() -> None:
    columns = ["name", "deleted_at"]
    a = {"name": "Chaumont", "deleted_at": datetime(2026, 1, 1, tzinfo=UTC), "version": 2}
    b = {"name": "Chaumont", "deleted_at": datetime(2026, 2, 1, tzinfo=UTC), "version": 5}
    assert same_record(columns, a, b)
    assert not same_record(columns, a, {**b, "deleted_at": None})
    assert not same_record(columns, a, {**b, "name": "Langres"})


def _row(rid: str, version: int, synced: int | None, name: str = "x") -> dict[str, object]:
    return {
        "id": rid,
        "version": version,
        "synced_version": synced,
        "name": name,
        "deleted_at": None,
    }


def test_classification() -> None:
    site = table("site")
    changes = {
        "up": _row("up", 4, 3),  # changed here only
        "new": _row("new", 1, None),  # created here
        "both": _row("both", 4, 3, "mine"),  # changed on both sides, differently
        "same": _row("same", 4, 3, "same"),  # changed on both sides, the same way
        "listed": _row("listed", 5, 3),  # already in conflict
    }
    server = {
        "up": _row("up", 3, None),
        "both": _row("both", 4, None, "theirs"),
        "same": _row("same", 5, None, "same"),
        "listed": _row("listed", 6, None),
        "down": _row("down", 7, None),  # changed there only
        "echo": _row("echo", 4, None),  # what this laptop last exchanged
    }
    states = {"down": (6, 6), "echo": (4, 4)}
    plan = classify(site, server, changes, states, {"listed": "modification"})
    assert [r["id"] for r in plan.updates] == ["up"]
    assert [r["id"] for r in plan.inserts] == ["new"]
    assert [(c.record_id, c.kind) for c in plan.conflicts] == [("both", "modification")]
    assert set(plan.identical) == {"same"}
    assert set(plan.pulls) == {"down"} and plan.expected["down"] == 6
    assert set(plan.refresh) == {"listed"}


def test_summary_in_french() -> None:
    now = datetime(2026, 11, 26)
    report = SyncReport(
        "s", now, pushed={"site": 10, "room": 2}, pulled={"session": 3}, pending_conflicts=1
    )
    assert report.summary() == "12 envoyés, 3 reçus, 1 conflit à résoudre"
    assert SyncReport("s", now).summary() == "0 envoyé, 0 reçu, aucun conflit"
    assert report.lines()[1:] == [
        "  Salle : 2 envoyés",
        "  Séance : 3 reçus",
        "  Site : 10 envoyés",
    ]
