"""Shared fixtures: offscreen Qt, a private data directory and database per test."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.log import setup_logging
from cnam_desktop.paths import ENV_DATA_DIR, AppPaths, app_paths
from tests.postgres import ENV_URL as POSTGRES_ENV_URL
from tests.postgres import SKIP_REASON as POSTGRES_SKIP_REASON
from tests.postgres import TestServer

BACKENDS = ("sqlite", "postgresql")


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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "backends: run the module's tests on SQLite and on PostgreSQL (`db`, `demo_db`)",
    )
    config.addinivalue_line(
        "markers", "sqlite_only: a test of the SQLite file itself, in a module marked `backends`"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `backends` run once per backend: their `db` and `demo_db` (through
    the `backend` fixture) are a SQLite file, then a base on the test server."""
    marked = metafunc.definition.get_closest_marker
    if "backend" in metafunc.fixturenames and marked("backends") and not marked("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Without a test server, `-ra` shows one line for all the PostgreSQL runs skipped
    (pytest names each test's own line for a skip raised by a fixture)."""
    report = yield
    longrepr = getattr(report, "longrepr", None)
    if report.skipped and isinstance(longrepr, tuple) and POSTGRES_SKIP_REASON in longrepr[2]:
        here = (
            [e for e in call.excinfo.traceback if Path(e.path) == Path(__file__)]
            if call.excinfo
            else []
        )
        if here:
            report.longrepr = (__file__, here[-1].lineno + 1, longrepr[2])
    return report


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The backend of `db` and `demo_db`: SQLite, or PostgreSQL in the second run of a
    test marked `backends`."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
    """The PostgreSQL test server (`CNAM_TEST_POSTGRES_URL`); skips the test without it."""
    url = os.environ.get(POSTGRES_ENV_URL)
    if not url:
        pytest.skip(POSTGRES_SKIP_REASON)
    server = TestServer(url)
    yield server
    server.close()


@contextmanager
def _server_database(
    request: pytest.FixtureRequest, kind: str, fill: Callable[[Database], object] | None = None
) -> Iterator[Database]:
    """The run's base on the test server, emptied (and filled by `fill` for "demo")."""
    server: TestServer = request.getfixturevalue("postgres_server")
    database = open_database(server.fresh(kind, fill))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def db(paths: AppPaths, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh, empty database at the latest schema (a file, or a base on the server)."""
    if backend == "postgresql":
        with _server_database(request, "empty") as database:
            yield database
        return
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
def demo_db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A private copy of the demo network database (a file, or a base on the server)."""
    if backend == "postgresql":
        from cnam_desktop.services.demo import seed_demo

        with _server_database(request, "demo", seed_demo) as database:
            yield database
        return
    database = open_database(request.getfixturevalue("demo_db_path"))
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
