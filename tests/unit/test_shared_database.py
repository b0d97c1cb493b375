"""The shared database's address, its recent list and its password in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.services import shared_database as shared
from cnam_desktop.services.shared_database import ServerAddress, ServerRequest

ADDRESS = ServerAddress(host="bdd.cnam-grandest.fr", database="reseau", user="marie.durand")


class MemoryKeyring(KeyringBackend):
    """A keyring held in memory (the system's is not touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_url_escapes_and_carries_the_password_only_when_asked() -> None:
    odd = ServerAddress(host="127.0.0.1", database="réseau grand-est", user="m@rie", port=5433)
    assert odd.url() == "postgresql://m%40rie@127.0.0.1:5433/r%C3%A9seau%20grand-est"
    assert (
        odd.url("p@ss:/w")
        == "postgresql://m%40rie:p%40ss%3A%2Fw@127.0.0.1:5433/r%C3%A9seau%20grand-est"
    )
    assert "p@ss" not in odd.display()
    assert ADDRESS.display() == "marie.durand@bdd.cnam-grandest.fr:5432/reseau"


def test_password_kept_in_the_keyring_then_forgotten(memory_keyring: MemoryKeyring) -> None:
    assert shared.keyring_available()
    assert shared.stored_password(ADDRESS) is None
    assert shared.store_password(ADDRESS, "s3cret")
    assert shared.stored_password(ADDRESS) == "s3cret"
    assert memory_keyring.secrets == {(shared.KEYRING_SERVICE, ADDRESS.display()): "s3cret"}
    shared.forget_password(ADDRESS)
    assert shared.stored_password(ADDRESS) is None


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_nothing_is_kept_and_nothing_fails() -> None:
    assert not shared.keyring_available()
    assert shared.store_password(ADDRESS, "s3cret") is False
    assert shared.stored_password(ADDRESS) is None
    shared.forget_password(ADDRESS)


def test_recent_addresses_newest_first_without_passwords(tmp_path: Path) -> None:
    other = ServerAddress(host="127.0.0.1", database="essai", user="paul", port=5433)
    shared.remember_address(tmp_path, ADDRESS)
    shared.remember_address(tmp_path, other)
    shared.remember_address(tmp_path, ADDRESS)  # used again: first, not twice
    assert shared.recent_addresses(tmp_path) == [ADDRESS, other]
    text = (tmp_path / shared.RECENT_FILENAME).read_text(encoding="utf-8")
    assert "password" not in text and "s3cret" not in text


def test_a_damaged_recent_list_is_ignored(tmp_path: Path) -> None:
    (tmp_path / shared.RECENT_FILENAME).write_text('[{"host": "x"}, 12, "{', encoding="utf-8")
    assert shared.recent_addresses(tmp_path) == []
    (tmp_path / shared.RECENT_FILENAME).write_text(
        '[{"host": "h", "database": "d", "user": "u", "port": "x"}, '
        '{"host": "h", "database": "d", "user": "u"}]',
        encoding="utf-8",
    )
    assert shared.recent_addresses(tmp_path) == [ServerAddress("h", "d", "u")]


def test_validation_names_each_wrong_field() -> None:
    with pytest.raises(ValidationError) as caught:
        shared.validate_server_request(ServerRequest(host="serveur /base", database=" ", user=""))
    assert set(caught.value.errors) == {"host", "database", "user"}
    assert "Serveur" in caught.value.errors["host"]
    with pytest.raises(ValidationError) as caught:
        shared.validate_server_request(ServerRequest(host="h", database="d", user="u", port=0))
    assert set(caught.value.errors) == {"port"}
    ok = shared.validate_server_request(
        ServerRequest(host=" bdd.local ", database=" reseau ", user=" marie ")
    )
    assert (ok.host, ok.database, ok.user) == ("bdd.local", "reseau", "marie")
