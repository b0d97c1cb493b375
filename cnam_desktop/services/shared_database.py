"""The address of a shared PostgreSQL database, and its password in the system keyring.

Fichier → Ouvrir une base partagée… asks for a `ServerAddress` (host, port, database,
user). The password is never written to the settings or the log: it is kept in the
system keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux)
when the user asks for it and a keyring is there, otherwise asked at each opening.
The addresses used recently are remembered without their password.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)

KEYRING_SERVICE = "cnam-desktop"
DEFAULT_PORT = 5432
RECENT_FILENAME = "bases-partagees.json"
RECENT_LIMIT = 8


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> str:
        """The connection URL; with the password only for the connection itself."""
        secret = f":{quote(password, safe='')}" if password else ""
        return (
            f"postgresql://{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/"
            f"{quote(self.database, safe='')}"
        )

    def display(self) -> str:
        """« marie@serveur.cnam.fr:5432/reseau » (no password)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def keyring_name(self) -> str:
        return self.display()


def _keyring() -> Any | None:
    """The keyring module when a real backend is there (None: headless, no service)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - declared dependency
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration
        log.warning("keyring unavailable", exc_info=True)
        return None
    return None if isinstance(backend, fail.Keyring) else keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(address: ServerAddress) -> str | None:
    """The password kept for `address`, or None (none kept, no keyring, keyring locked)."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(KEYRING_SERVICE, address.keyring_name)
    except Exception:
        log.warning("keyring read failed for a shared database", exc_info=True)
        return None
    return value if isinstance(value, str) else None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False when it cannot (it is then asked next time)."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, address.keyring_name, password)
    except Exception:
        log.warning("keyring write failed for a shared database", exc_info=True)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(KEYRING_SERVICE, address.keyring_name)
    except Exception:  # nothing kept: nothing to forget
        return


def recent_addresses(config_dir: Path) -> list[ServerAddress]:
    """The shared databases opened recently, newest first (never a password)."""
    path = config_dir / RECENT_FILENAME
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found: list[ServerAddress] = []
    for row in rows if isinstance(rows, list) else []:
        try:
            found.append(
                ServerAddress(
                    host=str(row["host"]),
                    database=str(row["database"]),
                    user=str(row["user"]),
                    port=int(row.get("port", DEFAULT_PORT)),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return found


def remember_address(config_dir: Path, address: ServerAddress) -> None:
    """Put `address` first in the recent list (written to a temporary name, then renamed)."""
    from cnam_desktop.reports.atomic_file import replacing

    addresses = [address, *(a for a in recent_addresses(config_dir) if a != address)]
    config_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps([asdict(a) for a in addresses[:RECENT_LIMIT]], ensure_ascii=False, indent=1)
    with replacing(config_dir / RECENT_FILENAME) as temporary:
        temporary.write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class ServerRequest:
    """What Fichier → Ouvrir une base partagée… asks for."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    password: str = ""
    remember: bool = False

    @property
    def address(self) -> ServerAddress:
        return ServerAddress(self.host, self.database, self.user, self.port)


_HOST_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789.-_:[]")


def validate_server_request(request: ServerRequest) -> ServerRequest:
    """Trimmed fields, or `ValidationError` naming each wrong field (in French)."""
    from dataclasses import replace

    from cnam_desktop.domain.validation import ValidationError

    host, database, user = request.host.strip(), request.database.strip(), request.user.strip()
    errors: dict[str, str] = {}
    if not host:
        errors["host"] = "Serveur : indiquez le nom ou l'adresse du serveur."
    elif not set(host.lower()) <= _HOST_CHARS:
        errors["host"] = (
            f"Serveur : « {host} » n'est pas un nom de serveur (lettres, chiffres, points, "
            "tirets ; pas d'espace ni de « / »)."
        )
    if not 1 <= request.port <= 65535:
        errors["port"] = "Port : un nombre entre 1 et 65535 (5432 d'ordinaire)."
    if not database:
        errors["database"] = "Base : indiquez le nom de la base sur le serveur."
    if not user:
        errors["user"] = "Utilisateur : indiquez votre nom d'utilisateur sur le serveur."
    if errors:
        raise ValidationError(errors)
    return replace(request, host=host, database=database, user=user)


def remember_connection(config_dir: Path, request: ServerRequest) -> None:
    """Once the server accepted `request`: its address among the recent ones (never the
    password), and the password kept in the keyring or forgotten, as the user chose."""
    address = request.address
    remember_address(config_dir, address)
    if request.remember and request.password:
        store_password(address, request.password)
    else:
        forget_password(address)
