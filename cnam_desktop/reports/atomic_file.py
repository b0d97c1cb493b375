"""Writing a file safely: to a temporary name in the target's folder, then renamed.

A failure, a cancel or a crash never leaves half a file at the target path and never
touches the file that was there before. The finished file gets the permissions a
plainly created file would have (the temporary file starts private, 0600): a report
saved in a shared folder stays readable by colleagues, as the user's umask intends.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FALLBACK_UMASK = 0o022


def current_umask() -> int:
    """The process umask, read without changing it (Linux: /proc; elsewhere 022)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return FALLBACK_UMASK


def final_mode(target: Path) -> int:
    """The old file's permissions when it existed, else those the umask gives."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


@contextmanager
def replacing(target: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on a clean exit it replaces `target`.

    If the block raises (an error, a cancel), the temporary file is removed, the
    exception goes on, and `target` is left as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=suffix or target.suffix, dir=target.parent
    )
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, final_mode(target))
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
