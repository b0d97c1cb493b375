"""Cnam « Au cœur des territoires » — desktop application for a regional centre."""

from __future__ import annotations

from functools import cache

APP_NAME = "cnam-desktop"
APP_DISPLAY_NAME = "Cnam — Au cœur des territoires"
ORG_NAME = "Cnam"


@cache
def app_version() -> str:
    """The version of pyproject.toml, read when first asked for.

    `importlib.metadata` costs about 50 ms to import: start-up does not pay it.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cnam-desktop")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+source"
