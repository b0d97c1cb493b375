import sys
from pathlib import Path

import pytest

from cnam_desktop.paths import DB_FILENAME, ENV_DATA_DIR, app_paths, resources_dir


def test_data_dir_argument_moves_everything(tmp_path: Path) -> None:
    paths = app_paths(data_dir=tmp_path).ensure()
    assert paths.database == tmp_path / DB_FILENAME
    assert paths.backup_dir == tmp_path / "backups"
    assert paths.log_dir.is_dir() and tmp_path in paths.log_dir.parents


def test_db_argument_names_the_file_alone(tmp_path: Path) -> None:
    paths = app_paths(data_dir=tmp_path / "data", db=tmp_path / "autre.sqlite3")
    assert paths.database == tmp_path / "autre.sqlite3"
    assert paths.data_dir == tmp_path / "data"


def test_environment_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path))
    assert app_paths().database == tmp_path / DB_FILENAME


def test_default_is_the_user_data_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    database = app_paths().database
    assert database.name == DB_FILENAME
    assert "cnam-desktop" in str(database)


def test_resources_found_from_source_and_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert (resources_dir() / "demo").is_dir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
