"""Painting this program's PDFs onto a QPainter – a printer's pages, or a preview's.

The bundle carries PySide6-Essentials, which has no PDF renderer (QtPdf is in the Addons),
and no external tool may be called. So the pages are painted here: every PDF this program
prints is written by reportlab (documents/pages.py) with its own embedded Liberation fonts,
and its pages use a small set of operators – text placed with Tm/Td/T*, shown with Tj,
word spacing for justified lines, colours, lines and rectangles. `PdfPages` reads each
page's content stream with pypdf and paints it as vectors with the same fonts, placing each
word by the widths the PDF itself gives, so the printer gets sharp text where reportlab put
it. An operator this painter does not know is skipped and counted (`skipped`), never guessed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPainterPath, QPen, QTransform

from ops_desktop.config import resource_path

_EM = 100  # glyphs are drawn at this pixel size and scaled: QFont sizes are whole pixels
_STANDARD = {"Helvetica": "LiberationSans-Regular", "Helvetica-Bold": "LiberationSans-Bold",
             "Times-Roman": "LiberationSerif-Regular", "Times-Bold": "LiberationSerif-Bold"}


@cache
def _family(face: str) -> tuple[str, bool, bool]:
    """The Qt family of a Liberation face the documents embed, loaded once from resources."""
    face = _STANDARD.get(face, face)
    if "-" not in face:
        face += "-Regular"
    fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", f"{face}.ttf")))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    style = face.split("-", 1)[1]
    return (families[0] if families else "Serif", "Bold" in style, "Italic" in style)


@dataclass
class _Font:
    qfont: QFont
    widths: dict[int, float]  # code -> width in thousandths of an em
    chars: dict[int, str]


def _to_unicode(cmap: bytes) -> dict[int, str]:
    chars: dict[int, str] = {}
    for code, uni in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", cmap):
        if len(code) <= 4:
            value = int(uni, 16)
            chars[int(code, 16)] = chr(value) if value else ""
    return chars


def _font(obj: Any) -> _Font:
    base = str(obj.get("/BaseFont", "/Helvetica"))[1:].split("+")[-1]
    family, bold, italic = _family(base)
    qfont = QFont(family)
    qfont.setPixelSize(_EM)
    qfont.setBold(bold)
    qfont.setItalic(italic)
    qfont.setKerning(False)
    first = int(obj.get("/FirstChar", 0))
    widths = {first + i: float(w) for i, w in enumerate(obj.get("/Widths", []))}
    chars = {c: chr(c) for c in range(32, 127)}
    if "/ToUnicode" in obj:
        chars.update(_to_unicode(obj["/ToUnicode"].get_object().get_data()))
    if not widths:  # a standard font: Qt's metrics of its Liberation twin
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(qfont)
        widths = {c: metrics.horizontalAdvance(ch) * 1000 / _EM for c, ch in chars.items() if ch}
    return _Font(qfont, widths, chars)


def _matrix(a: float, b: float, c: float, d: float, e: float, f: float) -> QTransform:
    return QTransform(a, b, c, d, e, f)


@dataclass
class _State:
    ctm: QTransform = field(default_factory=QTransform)
    fill: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    stroke: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    width: float = 1.0
    font: _Font | None = None
    size: float = 0.0
    leading: float = 0.0
    word_spacing: float = 0.0
    char_spacing: float = 0.0


def _num(x: Any) -> float:
    return float(x)


class PdfPages:
    """The pages of a PDF this program wrote, to paint one by one."""

    def __init__(self, data: bytes) -> None:
        from pypdf import PdfReader  # loaded when something is printed, not at start

        self._reader = PdfReader(io.BytesIO(data))
        self._fonts: dict[int, _Font] = {}
        self.skipped: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._reader.pages)

    def size_points(self, index: int) -> tuple[float, float]:
        box = self._reader.pages[index].mediabox
        return float(box.width), float(box.height)

    def paint(self, painter: QPainter, index: int, target: QRectF) -> None:
        """Paint page `index` to fill `target` (device coordinates), keeping its proportions."""
        page = self._reader.pages[index]
        width, height = self.size_points(index)
        scale = min(target.width() / width, target.height() / height)
        base = QTransform(scale, 0, 0, -scale, target.left(), target.top() + height * scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(target.left(), target.top(), width * scale, height * scale),
                         Qt.GlobalColor.white)
        fonts = page["/Resources"].get("/Font", {}) if "/Resources" in page else {}
        from pypdf.generic import ContentStream

        contents = page.get_contents()
        if contents is not None:
            self._run(painter, ContentStream(contents, self._reader).operations, fonts, base)
        painter.restore()

    def _font_of(self, fonts: Any, name: Any) -> _Font:
        ref = fonts[name]
        key = getattr(ref, "idnum", id(ref))
        if key not in self._fonts:
            self._fonts[key] = _font(ref.get_object())
        return self._fonts[key]

    def _run(self, painter: QPainter, operations: list[tuple[list[Any], bytes]], fonts: Any,
             base: QTransform) -> None:
        state, stack = _State(), []
        tm = tlm = QTransform()
        path = QPainterPath()
        for operands, op in operations:
            o = op.decode("latin-1")
            if o == "q":
                stack.append(replace(state))
            elif o == "Q":
                state = stack.pop() if stack else _State()
            elif o == "cm":
                state.ctm = _matrix(*map(_num, operands)) * state.ctm
            elif o in ("rg", "RG", "g", "G"):
                values = [_num(x) for x in operands]
                colour = QColor.fromRgbF(*(values * 3 if len(values) == 1 else values))
                if o in ("rg", "g"):
                    state.fill = colour
                else:
                    state.stroke = colour
            elif o == "w":
                state.width = _num(operands[0])
            elif o in ("J", "j", "d", "M", "i", "ri", "gs"):
                pass  # caps, joins and dashes: the printed lines are plain
            elif o == "BT":
                tm = tlm = QTransform()
            elif o == "ET":
                pass
            elif o == "Tf":
                state.font = self._font_of(fonts, operands[0])
                state.size = _num(operands[1])
            elif o == "TL":
                state.leading = _num(operands[0])
            elif o == "Tw":
                state.word_spacing = _num(operands[0])
            elif o == "Tc":
                state.char_spacing = _num(operands[0])
            elif o == "Tm":
                tm = tlm = _matrix(*map(_num, operands))
            elif o in ("Td", "TD"):
                if o == "TD":
                    state.leading = -_num(operands[1])
                tm = tlm = QTransform.fromTranslate(_num(operands[0]), _num(operands[1])) * tlm
            elif o == "T*":
                tm = tlm = QTransform.fromTranslate(0, -state.leading) * tlm
            elif o in ("Tj", "'", '"', "TJ"):
                if o in ("'", '"'):
                    tm = tlm = QTransform.fromTranslate(0, -state.leading) * tlm
                parts = operands[-1] if o == "TJ" else [operands[-1]]
                for part in parts:
                    if isinstance(part, bytes | str):
                        tm = self._show(painter, state, tm, base, _bytes(part))
                    else:  # a TJ adjustment, thousandths of an em to the left
                        tm = QTransform.fromTranslate(-_num(part) / 1000 * state.size, 0) * tm
            elif o == "m":
                path.moveTo(_num(operands[0]), _num(operands[1]))
            elif o == "l":
                path.lineTo(_num(operands[0]), _num(operands[1]))
            elif o == "c":
                x1, y1, x2, y2, x3, y3 = map(_num, operands)
                path.cubicTo(x1, y1, x2, y2, x3, y3)
            elif o == "re":
                x, y, w, h = map(_num, operands)
                path.addRect(QRectF(x, y, w, h))
            elif o == "h":
                path.closeSubpath()
            elif o in ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"):
                if o in ("s", "b", "b*"):
                    path.closeSubpath()
                self._draw(painter, state, base, path, fill=o[0] in "fFbB", stroke=o[0] in "SsBb")
                path = QPainterPath()
            elif o in ("W", "W*"):
                pass  # clipping: reportlab clips only what lies inside the page anyway
            else:
                self.skipped[o] = self.skipped.get(o, 0) + 1

    @staticmethod
    def _draw(painter: QPainter, state: _State, base: QTransform, path: QPainterPath,
              fill: bool, stroke: bool) -> None:
        if path.isEmpty() or not (fill or stroke):
            return
        painter.setTransform(state.ctm * base)
        pen = QPen(state.stroke, state.width) if stroke else QPen(Qt.PenStyle.NoPen)
        painter.setPen(pen)
        painter.setBrush(state.fill if fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    @staticmethod
    def _show(painter: QPainter, state: _State, tm: QTransform, base: QTransform,
              codes: bytes) -> QTransform:
        """Paint the string word by word at the PDF's own advances; return the moved matrix."""
        font = state.font
        if font is None or state.size == 0:
            return tm
        painter.setFont(font.qfont)
        painter.setPen(QPen(state.fill))
        size = state.size
        glyph = QTransform.fromScale(size / _EM, -size / _EM)
        x, word, word_x = 0.0, [], 0.0

        def flush() -> None:
            if word:
                painter.setTransform(glyph * QTransform.fromTranslate(word_x, 0) * tm
                                     * state.ctm * base)
                painter.drawText(QPointF(0, 0), "".join(word))
                word.clear()

        for code in codes:
            if code == 32:
                flush()
            elif not word:
                word_x = x
            if code != 32:
                word.append(font.chars.get(code, ""))
            x += font.widths.get(code, 0.0) / 1000 * size + state.char_spacing
            if code == 32:
                x += state.word_spacing
        flush()
        return QTransform.fromTranslate(x, 0) * tm


def _bytes(part: bytes | str) -> bytes:
    """The string's codes as written (pypdf decodes some strings to text for its own use)."""
    original = getattr(part, "get_original_bytes", None)
    if original is not None:
        return bytes(original())
    return part if isinstance(part, bytes) else part.encode("latin-1", "replace")
