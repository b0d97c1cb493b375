"""Cnam « Au cœur des territoires » — desktop application for a regional centre."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cnam-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "cnam-desktop"
APP_DISPLAY_NAME = "Cnam — Au cœur des territoires"
ORG_NAME = "Cnam"
