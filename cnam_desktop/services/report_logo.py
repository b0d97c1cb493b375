"""The logo printed on the reports' title pages: the regional centre's, or the default."""

from __future__ import annotations

from pathlib import Path

from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import centre as centre_repo
from cnam_desktop.errors import UserFacingError

MAX_LOGO_BYTES = 5_000_000
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def report_logo(db: Database) -> Path | None:
    """The chosen logo file, or None for the default one."""
    with db.reader() as s:
        return centre_repo.centre_identity(s)[1]


def check_logo(path: Path) -> None:
    """Raise a French `UserFacingError` naming the file if it cannot be printed."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise UserFacingError(f"« {path.name} » : choisissez une image PNG ou JPEG.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserFacingError(f"« {path} » est introuvable ou illisible.") from exc
    if size > MAX_LOGO_BYTES:
        raise UserFacingError(
            f"« {path.name} » pèse plus de 5 Mo : choisissez une image plus légère."
        )
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab/Pillow raise many kinds on a bad image
        raise UserFacingError(f"« {path.name} » n'est pas une image lisible.") from exc
    if width < 16 or height < 16:
        raise UserFacingError(f"« {path.name} » est trop petite ({width} × {height} pixels).")


def set_report_logo(db: Database, path: Path | None) -> None:
    """Record the logo to print (None: the default), after checking the image."""
    if path is not None:
        path = path.resolve()
        check_logo(path)
    with db.uow() as s:
        try:
            centre_repo.set_logo(s, path)
        except LookupError as exc:
            raise UserFacingError("Aucun centre régional dans cette base.") from exc
