"""Render the application icon (resources/icons/cnam-desktop.svg) to PNG and ICO.

    python packaging/render_icons.py          # write resources/icons/cnam-desktop-<N>.png + .ico

A build-time tool: the PNGs and the .ico are committed, the application never runs this.
The SVG is rasterised by `rsvg-convert` (Debian package librsvg2-bin) when it is on
PATH, else by Qt's SVG renderer (PySide6, already in the virtual environment). The
Windows .ico holds the sizes up to 256 px, each one rendered from the SVG (not scaled
down from the largest), written with Pillow.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
SOURCE = ICONS_DIR / "cnam-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the ICO format stops at 256 px


def png_path(size: int, folder: Path = ICONS_DIR) -> Path:
    return folder / f"cnam-desktop-{size}.png"


def _render_rsvg(source: Path, size: int, target: Path) -> None:
    subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), str(source), "-o", str(target)],
        check=True,
    )


def _render_qt(source: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")


def render(source: Path = SOURCE, folder: Path = ICONS_DIR) -> list[Path]:
    render_one = _render_rsvg if shutil.which("rsvg-convert") else _render_qt
    written = []
    for size in SIZES:
        target = png_path(size, folder)
        render_one(source, size, target)
        written.append(target)
    written.append(write_ico(folder))
    return written


def write_ico(folder: Path = ICONS_DIR) -> Path:
    from PIL import Image  # build-time only (Pillow comes with reportlab in the venv)

    images = [Image.open(png_path(size, folder)).convert("RGBA") for size in ICO_SIZES]
    target = folder / "cnam-desktop.ico"
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out-dir", type=Path, default=ICONS_DIR)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for path in render(args.source, args.out_dir):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
