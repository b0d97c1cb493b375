"""Warn when a database file lives where SQLite is not safe: a network share or a folder
kept in sync by a cloud client.

SQLite's locking does not hold across SMB/NFS mounts, and a sync client copying the
file (and its `-wal`) while the application writes it damages it or leaves
« conflicted copies ». Called at each opening, so it stays cheap: a look at the
path's folder names, `/proc/self/mounts` on Linux, `GetDriveTypeW` on Windows; no
subprocess. macOS network volumes are not detected (only cloud folders are).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

BACKUP_HINT = (
    "gardez-la dans un dossier local et faites des sauvegardes (Fichier → Sauvegarder une copie)."
)

_CLOUD_SERVICES: tuple[tuple[str, str], ...] = (
    ("OneDrive", r"onedrive(\s*[-–]\s*.+)?"),  # « OneDrive - Cnam », macOS « OneDrive-Cnam »
    ("Dropbox", r"dropbox(\s*\(.+\)|-.+)?"),  # « Dropbox (Cnam) »
    ("Google Drive", r"google\s*drive(-.+)?|mon drive|my drive|drive partagés|shared drives"),
    ("iCloud Drive", r"icloud\s*drive|mobile documents|com~apple~clouddocs"),
    ("Nextcloud", r"nextcloud(\s*[-–]\s*.+|\s*\(.+\))?"),
    ("ownCloud", r"owncloud(\s*[-–]\s*.+|\s*\(.+\))?"),
    ("pCloud", r"pcloud(\s*drive)?"),
    ("Box", r"box|box sync|box-box"),
    ("Tresorit", r"tresorit(\s*drive)?"),
    ("Synology Drive", r"synology\s*drive(-.+)?"),
    ("kDrive", r"kdrive(\s*[-–]\s*.+)?"),
    ("MEGA", r"mega|megasync"),
)
_CLOUD = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _CLOUD_SERVICES]

NETWORK_FS = frozenset(
    {
        *("nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "coda"),
        *("sshfs", "fuse.sshfs", "davfs", "fuse.davfs2", "9p", "ceph", "fuse.ceph"),
        *("glusterfs", "fuse.glusterfs", "lustre", "gpfs", "beegfs", "fuse.rclone"),
        *("fuse.s3fs", "fuse.gvfsd-fuse", "fuse.juicefs", "fuse.gcsfuse", "fuse.goofys"),
    }
)
"""File system types (the third column of /proc/self/mounts) reached over the network."""
DRIVE_REMOTE = 4
"""`GetDriveTypeW`'s answer for a mapped network drive."""
_ESCAPE = re.compile(r"\\([0-7]{3})")


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder holds `path` (by its folders' names), else None."""
    folders = [part for part in path.parent.parts if part not in (path.anchor, "")]
    for index, folder in enumerate(folders):
        name = folder.strip()
        for service, pattern in _CLOUD:
            if pattern.fullmatch(name):
                return service
        previous = folders[index - 1].casefold() if index else ""
        if name.casefold() == "cloudstorage" and previous == "library":
            # macOS File Provider folders: ~/Library/CloudStorage/<Service>-<account>
            if index + 1 < len(folders):
                provider = folders[index + 1]
                named = next((s for s, p in _CLOUD if p.fullmatch(provider)), None)
                return named or provider.split("-")[0]
            return "stockage en ligne"
    return None


def _unescape(field: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def read_mounts() -> str:
    """The mounts table of Linux ("" elsewhere or when unreadable)."""
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def mount_of(path: PurePath, mounts: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the mount holding `path`: the longest mount
    point that contains it, among the lines of a `/proc/self/mounts` text."""
    best: tuple[str, str] | None = None
    parts = path.parts
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        point_parts = PurePath(point).parts
        if parts[: len(point_parts)] == point_parts and (
            best is None or len(point_parts) >= len(PurePath(best[0]).parts)
        ):
            best = (point, fstype)  # later lines mount over earlier ones: >= keeps the last
    return best


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    except (AttributeError, OSError):
        return 0


def network_location(
    path: PurePath,
    *,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What names the network share holding `path` (« \\\\serveur\\partage », « lecteur
    réseau Z: », « cifs monté sur /mnt/partage »); None for a local disk."""
    if isinstance(path, PureWindowsPath) or os.name == "nt":
        drive = PureWindowsPath(path).drive
        if drive.upper().startswith("\\\\?\\UNC\\"):
            return "\\\\" + drive[8:]
        if drive.startswith(("\\\\?\\", "\\\\.\\")):
            drive = drive[4:]
        elif drive.startswith("\\\\"):
            return drive
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive.upper() + "\\")
            return f"lecteur réseau {drive.upper()}" if kind == DRIVE_REMOTE else None
        return None
    found = mount_of(path, read_mounts() if mounts is None else mounts)
    if found is not None and found[1].lower() in NETWORK_FS:
        return f"{found[1]} monté sur {found[0]}"
    return None


def storage_warning(
    path: PurePath,
    *,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """A French warning when the database file is in a cloud-synced folder or on a
    network share; None for a local folder.

    `mounts` (the text of /proc/self/mounts) and `drive_type` (GetDriveTypeW) are read
    from the system unless given (tests).
    """
    if isinstance(path, Path):
        path = Path(os.path.realpath(path))  # a symbolic link to a share is a share
    service = cloud_service(path)
    if service is not None:
        return (
            f"La base « {path} » est dans un dossier synchronisé ({service}). Les services de "
            "synchronisation peuvent l'endommager ou en créer des copies en conflit : "
            + BACKUP_HINT
        )
    share = network_location(path, mounts=mounts, drive_type=drive_type)
    if share is not None:
        return (
            f"La base « {path} » est sur un partage réseau ({share}). Une base ouverte à travers "
            "le réseau peut être endommagée (verrous non garantis, coupures) : " + BACKUP_HINT
        )
    return None
