"""Render resources/icons/ops-desktop.svg to the PNG and ICO files the program ships.

Run after changing the SVG:  python packaging/make_icons.py
Needs PySide6 (QtSvg, for the drawing) and Pillow (for the multi-size Windows .ico); the
outputs are committed, so neither the program nor the build needs them.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "ops-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  # QPainter needs it
    # 256 px for the window, the desktop entry and the installer's pages.
    render(256).save(ICONS / "ops-desktop.png", optimize=True)
    # Windows picks the size it needs from one .ico (taskbar, Start menu, "Apps").
    largest = render(256)
    largest.save(ICONS / "ops-desktop.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[render(s) for s in ICO_SIZES[:-1]])
    for file in sorted(ICONS.glob("ops-desktop.*")):
        print(f"{file.name}: {file.stat().st_size} bytes")


if __name__ == "__main__":
    main()
