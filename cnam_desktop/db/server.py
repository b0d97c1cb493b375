"""Shared databases on a PostgreSQL server: their URL, engine, checks and French errors.

A shared database is named by a URL, `postgresql://user@host:5432/base` (or
`postgresql+psycopg://…`, `postgres://…`); the driver is psycopg 3. The password comes
from the URL, else from what the caller passes (asked by the command line, or from the
system keyring by the window), else libpq finds it (`PGPASSWORD`, `~/.pgpass`): this
module never stores it, and never shows it: every message names the base by `safe_url`.

Opening a server base checks, in one query, that it is empty or ours (the table
`alembic_version` carrying our marker as its comment, `schema.SERVER_MARKER`: the
equivalent of SQLite's `application_id`), that it is encoded in UTF-8 and that the
server has the ICU French collation the lists sort with (`FRENCH_COLLATION`).

This module imports only the standard library at first: `paths.py` (start-up) uses
`is_server_url`. SQLAlchemy is imported by the functions that need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cnam_desktop.db import schema
from cnam_desktop.errors import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    EnvironmentProblem,
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyStorageError,
    ServerAuthenticationError,
    ServerConnectionError,
    ServerDatabaseMissingError,
    ServerUnreachableError,
)

if TYPE_CHECKING:
    from sqlalchemy import URL, Connection, Engine

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
FRENCH_COLLATION = "fr-FR-x-icu"
"""The ICU collation of French (accents and case after the letters, « Épinal » with the E)."""
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "cnam-desktop"
"""Shown by the server to its administrator (`pg_stat_activity`)."""
MASK = "***"


def is_server_url(target: object) -> bool:
    """True for a PostgreSQL URL (`postgresql://…`), False for a file path."""
    if not isinstance(target, str):
        return False
    scheme, sep, _rest = target.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def safe_url(url: str) -> str:
    """The URL with its password masked (in the user part and in `?password=`)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            user_info, host = netloc.rsplit("@", 1)
            if ":" in user_info:
                user_info = f"{user_info.split(':', 1)[0]}:{MASK}"
            netloc = f"{user_info}@{host}"
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if any(key == "password" for key, _ in pairs):
                masked = [(k, MASK if k == "password" else v) for k, v in pairs]
                query = urlencode(masked, safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:  # not even a URL: show none of it
        return f"{url.partition('://')[0]}://{MASK}"


def engine_url(url: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for psycopg 3, with `password` if one is given."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_server_url(url):
        raise DatabaseError(f"« {safe_url(url)} » n'est pas une adresse de base PostgreSQL.")
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(
            f"L'adresse « {safe_url(url)} » est invalide : attendu "
            "postgresql://utilisateur@serveur:5432/base."
        ) from exc
    parsed = parsed.set(drivername=DRIVER)
    if password:
        parsed = parsed.set(password=password)
    return parsed


def make_server_engine(url: str, password: str | None = None) -> Engine:
    """An engine on the server: connections checked before use (a server restarted or a
    network cut is noticed at the next action), a connect timeout, our application name."""
    from sqlalchemy import create_engine

    target = engine_url(url, password)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in target.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in target.query:
        connect_args["application_name"] = APPLICATION_NAME
    return create_engine(
        target, pool_pre_ping=True, pool_size=2, max_overflow=4, connect_args=connect_args
    )


def _detail(exc: BaseException, password: str | None) -> str:
    """The driver's message on one line, the password blanked if it were ever quoted."""
    orig = getattr(exc, "orig", None)
    text = " ".join(str(orig if orig is not None else exc).split())
    text = text.removeprefix("connection failed: ")
    return text.replace(password, MASK) if password else text


def connection_error(exc: BaseException, url: str, password: str | None = None) -> DatabaseError:
    """Why the first connection to the server failed, in French (by libpq's wording, in
    English and French, since connection failures carry no SQLSTATE)."""
    target = engine_url(url)
    host = f"{target.host or 'localhost'}:{target.port or 5432}"
    user = target.username or "(utilisateur du système)"
    detail = _detail(exc, password or target.password)
    lowered = detail.lower()
    if "no password supplied" in lowered:
        return ServerAuthenticationError(
            f"Le serveur {host} demande un mot de passe pour l'utilisateur « {user} ».",
            password_missing=True,
        )
    if "authentication failed" in lowered or "authentification" in lowered or "pg_hba" in lowered:
        return ServerAuthenticationError(
            f"Le serveur {host} a refusé la connexion de l'utilisateur « {user} » : mot de "
            f"passe incorrect ou accès non autorisé ({detail})."
        )
    if "does not exist" in lowered or "n'existe pas" in lowered:
        return ServerDatabaseMissingError(
            f"La base « {target.database} » n'existe pas sur le serveur {host} : demandez à "
            "son administrateur de la créer (createdb), vide, puis recommencez."
        )
    return ServerUnreachableError(
        f"Le serveur PostgreSQL {host} est injoignable : vérifiez l'adresse, le réseau et "
        f"que le serveur est démarré ({detail})."
    )


_INSPECT = """
SELECT
  current_schema() IS NOT NULL,
  (SELECT count(*) FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')),
  to_regclass(format('%I.alembic_version', current_schema())) IS NOT NULL,
  obj_description(to_regclass(format('%I.alembic_version', current_schema())), 'pg_class'),
  current_setting('server_encoding'),
  EXISTS (SELECT 1 FROM pg_catalog.pg_collation
           WHERE collname = :collation
             AND collencoding IN (-1, pg_char_to_encoding(current_setting('server_encoding'))))
"""


def inspect_server(connection: Connection, location: str) -> str | None:
    """Check a server base before use; return its schema revision (None when empty).

    Raises a `DatabaseError` (French) when it is not ours, newer than this version,
    not in UTF-8 or on a server without ICU. Reads only.
    """
    from sqlalchemy import text

    row = connection.execute(text(_INSPECT), {"collation": FRENCH_COLLATION}).one()
    has_schema, tables, has_version, marker, encoding, has_collation = row
    if not has_schema:
        raise DatabaseError(
            f"La base « {location} » n'a pas de schéma où créer les tables (search_path) : "
            "demandez à son administrateur de vérifier le compte."
        )
    if encoding != "UTF8":
        raise DatabaseError(
            f"La base « {location} » est encodée en {encoding} : cette application demande "
            "une base UTF-8 (createdb --encoding=UTF8 --template=template0)."
        )
    if not has_collation:
        raise DatabaseError(
            f"Le serveur de la base « {location} » n'a pas la collation « {FRENCH_COLLATION} »"
            " (PostgreSQL compilé sans ICU) : les listes ne pourraient pas être triées en "
            "français. Utilisez un serveur PostgreSQL avec ICU (celui de Debian ou d'Ubuntu)."
        )
    if tables == 0:
        return None
    if not has_version or marker != schema.SERVER_MARKER:
        raise ForeignFileError(
            f"La base « {location} » contient déjà des tables, mais ce n'est pas une base de "
            "cette application : elle n'a pas été modifiée. Indiquez une base vide ou une "
            "base de l'application."
        )
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"La base « {location} » a été mise à jour par une version plus récente de "
            f"l'application (schéma {revision}). Installez la dernière version pour "
            "l'ouvrir ; la base n'a pas été modifiée."
        )
    return str(revision) if revision is not None else None


_BUSY_STATES = {"40001", "40P01", "55P03", "55006"}
"""Serialization failure, deadlock, lock not available, object in use: try again."""
_GONE_STATES = {"57P01", "57P02", "57P03"}
"""The server shut down or is starting: the connection is lost."""


def translate(exc: BaseException, location: str) -> EnvironmentProblem | None:
    """The user-facing error for a server failure during a unit of work, else None (a bug).

    The server rolled the transaction back in every case listed here.
    """
    orig = getattr(exc, "orig", None)
    error = orig if isinstance(orig, BaseException) else exc
    state = getattr(error, "sqlstate", None)
    unchanged = "la base est restée telle qu'elle était"
    if state == "53100":
        return DiskFullError(
            f"Le serveur de la base « {location} » n'a plus de place sur son disque : la "
            f"modification n'a pas été enregistrée et {unchanged}. Prévenez son administrateur."
        )
    if state in ("25006", "42501"):
        return ReadOnlyStorageError(
            f"Le serveur refuse cette modification de la base « {location} » (compte en "
            f"lecture seule ou serveur de secours) : elle n'a pas été enregistrée et {unchanged}."
        )
    if state in _BUSY_STATES:
        return DatabaseBusyError(
            f"La base « {location} » est occupée par un autre utilisateur ; réessayez dans "
            f"un instant. Rien n'a été modifié : {unchanged}."
        )
    operational = type(error).__name__ == "OperationalError"
    if state in _GONE_STATES or (operational and (state is None or state.startswith("08"))):
        return ServerConnectionError(
            f"La connexion au serveur de la base « {location} » a été perdue : l'action n'a "
            "pas été enregistrée. Vérifiez le réseau puis recommencez."
        )
    return None
