"""Warnings for a database on a network share or in a cloud-synced folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from cnam_desktop.db.location import (
    DRIVE_REMOTE,
    cloud_service,
    mount_of,
    network_location,
    storage_warning,
)

MOUNTS = "\n".join(
    [
        "/dev/vda1 / ext4 rw,relatime 0 0",
        "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0",
        "//nas/partage /mnt/partage cifs rw,vers=3.0,addr=10.0.0.5 0 0",
        "/dev/sdb1 /mnt/partage/disque ext4 rw,relatime 0 0",
        "nas:/export/cnam /srv/cnam nfs4 rw,relatime,vers=4.2 0 0",
        "//nas/mon\\040partage /mnt/mon\\040partage smb3 rw 0 0",
        "marie@serveur:/data /home/marie/distant fuse.sshfs rw,nosuid,nodev 0 0",
        "/dev/sdc1 /media/marie/CLE vfat rw,nosuid,nodev 0 0",
        "tmpfs /tmp tmpfs rw,nosuid,nodev 0 0",
    ]
)
LOCAL_DRIVE = 3  # GetDriveTypeW: DRIVE_FIXED


def _no_drive(root: str) -> int:
    raise AssertionError(f"not a drive letter path: {root}")


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\marie\OneDrive\Documents\reseau.sqlite3", "OneDrive"),
        (r"C:\Users\marie\OneDrive - Cnam\Réseau\reseau.sqlite3", "OneDrive"),
        (r"C:\Users\marie\Dropbox\reseau.sqlite3", "Dropbox"),
        (r"C:\Users\marie\Dropbox (Cnam)\reseau.sqlite3", "Dropbox"),
        (r"G:\Mon Drive\Cnam\reseau.sqlite3", "Google Drive"),
        (r"G:\My Drive\reseau.sqlite3", "Google Drive"),
        (r"C:\Users\marie\Google Drive\reseau.sqlite3", "Google Drive"),
        (r"C:\Users\marie\GoogleDrive\reseau.sqlite3", "Google Drive"),
        (r"C:\Users\marie\iCloudDrive\reseau.sqlite3", "iCloud Drive"),
        (r"C:\Users\marie\Nextcloud\Cnam\reseau.sqlite3", "Nextcloud"),
        (r"C:\Users\marie\ownCloud\reseau.sqlite3", "ownCloud"),
        (r"P:\pCloud Drive\reseau.sqlite3", "pCloud"),
        (r"C:\Users\marie\Box\reseau.sqlite3", "Box"),
        (r"C:\Users\marie\Box Sync\reseau.sqlite3", "Box"),
        (r"C:\Users\marie\Tresorit\reseau.sqlite3", "Tresorit"),
        (r"C:\Users\marie\SynologyDrive\reseau.sqlite3", "Synology Drive"),
        (r"C:\Users\marie\kDrive\reseau.sqlite3", "kDrive"),
        (r"C:\Users\marie\MEGA\reseau.sqlite3", "MEGA"),
    ],
)
def test_cloud_folders_on_windows(path: str, service: str) -> None:
    windows = PureWindowsPath(path)
    assert cloud_service(windows) == service
    warning = storage_warning(windows, drive_type=lambda root: LOCAL_DRIVE)
    assert warning is not None
    assert f"dans un dossier synchronisé ({service})" in warning
    assert str(windows) in warning
    assert "copies en conflit" in warning and "Sauvegarder une copie" in warning


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/marie/Dropbox/cnam/reseau.sqlite3", "Dropbox"),
        ("/home/marie/Nextcloud/reseau.sqlite3", "Nextcloud"),
        ("/home/marie/pCloudDrive/reseau.sqlite3", "pCloud"),
        (
            "/Users/marie/Library/Mobile Documents/com~apple~CloudDocs/reseau.sqlite3",
            "iCloud Drive",
        ),
        ("/Users/marie/Library/CloudStorage/OneDrive-Cnam/reseau.sqlite3", "OneDrive"),
        (
            "/Users/marie/Library/CloudStorage/GoogleDrive-marie@gmail.com/Mon Drive/r.sqlite3",
            "Google Drive",
        ),
        ("/Users/marie/Library/CloudStorage/Box-Box/reseau.sqlite3", "Box"),
        ("/Users/marie/Library/CloudStorage/Seafile-cnam/reseau.sqlite3", "Seafile"),
    ],
)
def test_cloud_folders_on_linux_and_macos(path: str, service: str) -> None:
    warning = storage_warning(PurePosixPath(path), mounts=MOUNTS)
    assert warning is not None and f"({service})" in warning


@pytest.mark.parametrize(
    "path",
    [
        "/home/marie/Documents/reseau.sqlite3",
        "/home/marie/boxes/mega-projet/OneDriveBackup/reseau.sqlite3",
        "/home/marie/Documents/Dropbox.sqlite3",  # the file's own name is not a folder
        "/media/marie/CLE/reseau.sqlite3",
        "/tmp/reseau.sqlite3",
    ],
)
def test_local_paths_give_no_warning(path: str) -> None:
    assert storage_warning(PurePosixPath(path), mounts=MOUNTS) is None


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\serveur\partage\cnam\reseau.sqlite3", r"\\serveur\partage"),
        (r"\\?\UNC\serveur\partage\reseau.sqlite3", r"\\serveur\partage"),
    ],
)
def test_unc_paths_are_network_shares(path: str, share: str) -> None:
    warning = storage_warning(PureWindowsPath(path), drive_type=_no_drive)
    assert warning is not None
    assert f"sur un partage réseau ({share})" in warning
    assert "dossier local" in warning


def test_mapped_drive_is_asked_to_windows() -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root == "Z:\\" else LOCAL_DRIVE

    assert network_location(PureWindowsPath(r"z:\Cnam\reseau.sqlite3"), drive_type=drive_type) == (
        "lecteur réseau Z:"
    )
    assert (
        network_location(PureWindowsPath(r"C:\Cnam\reseau.sqlite3"), drive_type=drive_type) is None
    )
    long_local = PureWindowsPath(r"\\?\C:\Cnam\reseau.sqlite3")
    assert storage_warning(long_local, drive_type=drive_type) is None
    assert asked == ["Z:\\", "C:\\", "C:\\"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/partage/reseau.sqlite3", ("/mnt/partage", "cifs")),
        ("/mnt/partage/disque/reseau.sqlite3", ("/mnt/partage/disque", "ext4")),  # longest wins
        ("/mnt/partage2/reseau.sqlite3", ("/", "ext4")),  # a prefix of the name is not a folder
        ("/srv/cnam/base/reseau.sqlite3", ("/srv/cnam", "nfs4")),
        ("/mnt/mon partage/reseau.sqlite3", ("/mnt/mon partage", "smb3")),  # \040 decoded
        ("/home/marie/distant/reseau.sqlite3", ("/home/marie/distant", "fuse.sshfs")),
        ("/home/marie/reseau.sqlite3", ("/", "ext4")),
    ],
)
def test_mount_holding_a_path(path: str, expected: tuple[str, str]) -> None:
    assert mount_of(PurePosixPath(path), MOUNTS) == expected


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/partage/reseau.sqlite3", "cifs"),
        ("/srv/cnam/reseau.sqlite3", "nfs4"),
        ("/mnt/mon partage/reseau.sqlite3", "smb3"),
        ("/home/marie/distant/reseau.sqlite3", "fuse.sshfs"),
    ],
)
def test_network_mounts_warn(path: str, fstype: str) -> None:
    warning = storage_warning(PurePosixPath(path), mounts=MOUNTS)
    assert warning is not None
    assert "partage réseau" in warning and fstype in warning
    assert (
        storage_warning(PurePosixPath("/mnt/partage/disque/reseau.sqlite3"), mounts=MOUNTS) is None
    )


def test_real_local_file_with_the_system_mounts_table(tmp_path: Path) -> None:
    """The default reader runs (no injected table) and a temporary folder is local here."""
    database = tmp_path / "reseau.sqlite3"
    database.touch()
    assert storage_warning(database) is None


def test_symbolic_link_into_a_share_is_followed(tmp_path: Path) -> None:
    share = tmp_path / "partage"
    share.mkdir()
    link = tmp_path / "raccourci"
    link.symlink_to(share, target_is_directory=True)
    mounts = f"/dev/vda / ext4 rw 0 0\n//nas/p {share} cifs rw 0 0\n"
    warning = storage_warning(link / "reseau.sqlite3", mounts=mounts)
    assert warning is not None and str(share / "reseau.sqlite3") in warning
