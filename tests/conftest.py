"""Shared fixtures: offscreen Qt, a private data directory and database per test."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.log import setup_logging
from cnam_desktop.paths import ENV_DATA_DIR, AppPaths, app_paths


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory: nothing touches the user's files."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir=data_dir).ensure()


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    """A fresh, empty database at the latest schema."""
    database = open_database(paths.database)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo network, seeded once per test run; tests get a copy (`demo_db`)."""
    from cnam_desktop.services.demo import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    seed_demo(database)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(demo_db_template: Path, paths: AppPaths) -> Path:
    shutil.copyfile(demo_db_template, paths.database)
    return paths.database


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    """A private copy of the demo network database."""
    database = open_database(demo_db_path)
    yield database
    database.close()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """A log file of the test's own (handlers another test left are set aside)."""
    root = logging.getLogger("cnam_desktop")
    before = list(root.handlers)
    for handler in before:
        root.removeHandler(handler)
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)
    for handler in before:
        root.addHandler(handler)
