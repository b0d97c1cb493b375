"""The demo network: Cnam Grand Est, Chaumont and a dozen other sites, a year of sessions.

`seed_demo` loads `resources/demo/demo_network.json` into an empty database in one
transaction (Core bulk inserts: the first start of the application seeds it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.paths import resources_dir
from cnam_desktop.services.demo_rows import DemoBuilder
from cnam_desktop.services.seeding import Rows, seed, site_count

DEMO_FILE = "demo_network.json"


def demo_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def load_demo_data(path: Path | None = None) -> dict[str, Any]:
    """The demo network description (a JSON document, see its `_about` entry)."""
    with (path or demo_path()).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def build_demo_rows(data: dict[str, Any] | None = None) -> Rows:
    """Every row of the demo network, keyed by table in foreign-key order."""
    return DemoBuilder(data or load_demo_data(), utcnow()).build()


def is_empty(db: Database) -> bool:
    """True when the database holds no site at all (not even a deleted one)."""
    with db.reader() as session:
        return site_count(session) == 0


def seed_demo(db: Database) -> dict[str, int]:
    """Load the demo network into an empty database; returns rows inserted per table.

    Raises `UserFacingError` if the database already holds a site, live or deleted.
    """
    return seed(db, build_demo_rows(), "le réseau de démonstration")
