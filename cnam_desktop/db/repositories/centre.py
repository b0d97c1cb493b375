"""The regional centre's identity (name and report logo), as reports print it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m

DEFAULT_CENTRE_NAME = "Cnam en région"


def _centre(s: Session) -> m.RegionalCentre | None:
    query = (
        select(m.RegionalCentre)
        .where(m.RegionalCentre.deleted_at.is_(None))
        .order_by(m.RegionalCentre.created_at)
        .limit(1)
    )
    return s.scalars(query).first()


def centre_identity(s: Session) -> tuple[str, Path | None]:
    """The regional centre's name and its logo file (None: the default logo)."""
    centre = _centre(s)
    if centre is None:
        return DEFAULT_CENTRE_NAME, None
    return centre.name, Path(centre.logo_path) if centre.logo_path else None


def set_logo(s: Session, logo: Path | None) -> None:
    """Record the logo printed on reports (None: back to the default logo)."""
    centre = _centre(s)
    if centre is None:
        raise LookupError("no regional centre")
    centre.logo_path = str(logo) if logo is not None else None
