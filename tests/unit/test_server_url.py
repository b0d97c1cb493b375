"""Server URLs, masked passwords and French errors, without a server (see
test_server_database.py for the same on a real one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnam_desktop import cli
from cnam_desktop.db import server
from cnam_desktop.errors import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    ReadOnlyStorageError,
    ServerAuthenticationError,
    ServerConnectionError,
    ServerDatabaseMissingError,
    ServerUnreachableError,
)
from cnam_desktop.paths import app_paths

URL = "postgresql://marie:s3cr%C3%A8t@pg.cnam-grand-est.fr:5433/reseau"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("postgresql://u@h/b", True),
        ("postgresql+psycopg://u@h/b", True),
        ("postgres://u@h/b", True),
        ("POSTGRESQL://u@h/b", True),
        ("mysql://u@h/b", False),
        ("/home/marie/reseau.sqlite3", False),
        ("C:\\Users\\marie\\reseau.sqlite3", False),
        ("postgresql.sqlite3", False),
        (Path("postgresql://x"), False),  # a Path is a file, whatever its name
    ],
)
def test_server_urls_are_told_from_paths(target: object, expected: bool) -> None:
    assert server.is_server_url(target) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (URL, "postgresql://marie:***@pg.cnam-grand-est.fr:5433/reseau"),
        ("postgresql://marie@h/b", "postgresql://marie@h/b"),
        ("postgresql://h/b?user=marie&password=x%40y", "postgresql://h/b?user=marie&password=***"),
        ("postgresql://:pw@h/b", "postgresql://:***@h/b"),
        ("postgresql://marie:p@ss@h/b", "postgresql://marie:***@h/b"),  # unescaped @ too
    ],
)
def test_safe_url_masks_every_password(url: str, expected: str) -> None:
    assert server.safe_url(url) == expected


def test_engine_url_uses_psycopg_and_the_given_password() -> None:
    url = server.engine_url("postgres://marie@h:5433/reseau", "pw")
    assert (url.drivername, url.username, url.password, url.host, url.port) == (
        "postgresql+psycopg",
        "marie",
        "pw",
        "h",
        5433,
    )
    assert "pw" not in repr(url)
    with pytest.raises(DatabaseError, match="n'est pas une adresse"):
        server.engine_url("/tmp/x.sqlite3")


def test_the_engine_has_a_timeout_and_our_name() -> None:
    engine = server.make_server_engine("postgresql://marie:pw@h/reseau")
    try:
        assert engine.dialect.driver == "psycopg"
        assert engine.pool._pre_ping  # type: ignore[attr-defined]
        args = engine.dialect.create_connect_args(engine.url)[1]
        assert args["password"] == "pw"
    finally:
        engine.dispose()


class _Failure(Exception):
    """A driver error as psycopg raises it at connection (no SQLSTATE)."""

    sqlstate: str | None = None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("connection failed: fe_sendauth: no password supplied", ServerAuthenticationError),
        (
            'connection failed: FATAL:  password authentication failed for user "marie"',
            ServerAuthenticationError,
        ),
        ('FATAL:  no pg_hba.conf entry for host "poste-12"', ServerAuthenticationError),
        ('connection failed: FATAL:  database "reseau" does not exist', ServerDatabaseMissingError),
        ("FATAL:  la base de données « reseau » n'existe pas", ServerDatabaseMissingError),
        ("connection failed: Connection refused", ServerUnreachableError),
        ("failed to resolve host 'pg.example': Name or service not known", ServerUnreachableError),
        ("connection timeout expired", ServerUnreachableError),
    ],
)
def test_connection_failures_are_told_apart(message: str, kind: type[DatabaseError]) -> None:
    error = server.connection_error(_Failure(message), URL)
    assert type(error) is kind
    assert "s3cr" not in error.message and "***" not in error.message
    assert "pg.cnam-grand-est.fr:5433" in error.message
    if kind is ServerAuthenticationError:
        assert isinstance(error, ServerAuthenticationError)
        assert error.password_missing == ("no password" in message)


def test_a_password_quoted_by_the_driver_is_blanked() -> None:
    error = server.connection_error(_Failure("weird failure near 'hunter2'"), URL, "hunter2")
    assert "hunter2" not in error.message


@pytest.mark.parametrize(
    ("name", "state", "kind"),
    [
        ("OperationalError", None, ServerConnectionError),
        ("AdminShutdown", "57P01", ServerConnectionError),
        ("OperationalError", "08006", ServerConnectionError),
        ("DiskFull", "53100", DiskFullError),
        ("ReadOnlySqlTransaction", "25006", ReadOnlyStorageError),
        ("SerializationFailure", "40001", DatabaseBusyError),
        ("LockNotAvailable", "55P03", DatabaseBusyError),
        ("UniqueViolation", "23505", None),  # a bug or a race the service handles: unchanged
        ("UndefinedColumn", "42703", None),
    ],
)
def test_failures_during_use(name: str, state: str | None, kind: type | None) -> None:
    error = type(name, (Exception,), {"sqlstate": state})("boom")
    problem = server.translate(error, "postgresql://marie:***@h/reseau")
    assert (type(problem) if problem is not None else None) is kind
    if problem is not None:
        assert "postgresql://marie:***@h/reseau" in problem.message


def test_paths_keep_the_url_apart_from_the_file(data_dir: Path) -> None:
    paths = app_paths(db=URL)
    assert paths.server == URL and paths.target == URL
    assert paths.location == "postgresql://marie:***@pg.cnam-grand-est.fr:5433/reseau"
    assert paths.database.parent == data_dir and paths.has_database()
    local = app_paths(db=str(data_dir / "x.sqlite3"))
    assert local.server is None and local.target == local.database
    assert local.location == str(data_dir / "x.sqlite3") and not local.has_database()


def test_info_shows_the_url_without_its_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", "--db", URL]) == 0
    out = capsys.readouterr().out
    assert "postgresql://marie:***@pg.cnam-grand-est.fr:5433/reseau (serveur PostgreSQL)" in out
    assert "s3cr" not in out


@pytest.mark.parametrize("command", [["backup"], ["restore"], ["restore", "--list"]])
def test_file_copies_point_to_pg_dump_for_a_server(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([*command, "--db", URL]) == 2
    err = capsys.readouterr().err
    assert "pg_dump" in err and "***" in err and "s3cr" not in err


def test_an_unreachable_server_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    # Port 1 on loopback: nothing listens there, the refusal is immediate.
    assert cli.main(["check", "--db", "postgresql://marie:pw@127.0.0.1:1/reseau"]) == 1
    err = capsys.readouterr().err
    assert "Le serveur PostgreSQL 127.0.0.1:1 est injoignable" in err and "pw" not in err
