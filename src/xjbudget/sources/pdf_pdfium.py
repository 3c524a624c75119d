"""The pdfium engine: pypdfium2's raw API gives the same glyphs, lines and rectangles as
the pdfplumber engine, at a fraction of its cost.

pdfium's text page is not pdfminer's glyph list, so each glyph is rebuilt the way
pdfminer builds its box:

- the box runs from the origin along the text direction by the glyph's advance (the
  font's width for the character, as ``FPDFFont_GetGlyphWidth`` gives it, not pdfium's
  loose box, which adds the character spacing) and across it from the font's descent
  to descent + font size — pdfium's loose box ends at the font's ascent instead, and its
  font size is the ``Tf`` operand, before the text matrix scales it;
- the page's ``/Rotate`` is applied as pdfminer does (pdfium works in unrotated user
  space), and pdfplumber's flip to ``top``-down coordinates follows;
- glyphs come in content-stream order (pdfium's text page may reorder text objects);
- generated characters (the spaces and line breaks pdfium infers) are dropped, and a
  text object that pdfium's text page skips because it has no width — a lone space
  drawn on its own, as Office exporters do for indents — is put back as a space;
- a page pdfium cannot read whole is read by the reference engine (pdfplumber): one
  where a text object in a font the PDF does not embed has no width. pdfium has no
  outlines for such a font (a CJK font it cannot substitute), so every glyph of it is a
  point, and its text page skips a glyph that is alone in its object — a ``码`` wrapped
  onto a line of its own — just as it skips a lone space; the API does not tell which;
- of a run of spaces pdfium's text page keeps the first: the others are put back
  (:class:`_SpaceRuns`);
- a font that writes vertically (a ``-V`` CMap; pdfium puts the glyph's origin off its
  matrix's) gets pdfminer's vertical box, a square of the font size;
- a font named as one of the 14 standard fonts takes its descent from pdfminer's AFM
  table, as pdfminer does, not from the font pdfium substitutes.

Paths become pdfminer's lines and rectangles: each subpath (split at ``m``) is a line if
it is ``m l`` or ``m l h``, a rectangle if it is four axis-parallel sides, else a curve
(ignored). Numbers pdfium hands over as 32-bit floats (path points, matrices, the page
box) are taken back to the shortest decimal that gives the same float — the number the
PDF wrote — so that rules land where pdfminer puts them to the last digit.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from typing import IO, TYPE_CHECKING, Any

from ..errors import EncryptedPdfError, UnreadablePdfError, XjbudgetError
from .pdf_page import Char, PageContent, Shape, is_bold_font, sane_descent

if TYPE_CHECKING:
    from .pdf_plumber import PlumberPages

    # Opens a PDF (its bytes, its name) with the reference engine.
    Opener = Callable[[IO[bytes], str], AbstractContextManager[PlumberPages]]

__all__ = ["open_pdfium"]

Matrix = tuple[float, float, float, float, float, float]

# Two steps of a 32-bit float, relative to its value.
_FLOAT32_STEPS = 2.0**-22
# pdfium's text page skips a text object narrower than this (points of user space).
_NO_WIDTH = 1e-4
# Colour components at or above this (0–255) are white paint, as 0.95 is for pdfminer.
_WHITE = 242
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
# The characters pdfium's text page may generate (spaces and line breaks it infers).
_MAYBE_GENERATED = frozenset((0x20, 0x0A, 0x0D))
# What pdfium puts in place of a hyphen at the end of a line.
_HYPHEN_MARK = 0x02
# pdfminer takes the metrics of a font named as one of the standard fonts (or Office's
# names for them) from its own AFM table, whatever the PDF says; pdfium from the font
# it draws with. The descents of that table, in thousandths of the font size.
_AFM_DESCENT = {
    **dict.fromkeys(("Courier", "CourierNew"), -194.0),
    **dict.fromkeys(("Helvetica", "Arial"), -207.0),
    **dict.fromkeys(("Times", "TimesNewRoman"), -217.0),
}
_AFM_STYLES = {
    "Courier": ("", "-Bold", "-BoldOblique", "-Oblique"),
    "Helvetica": ("", "-Bold", "-BoldOblique", "-Oblique"),
    "Times": ("-Roman", "-Bold", "-BoldItalic", "-Italic"),
    "Arial": ("", ",Italic", ",Bold", ",BoldItalic"),
    "CourierNew": ("", ",Italic", ",Bold", ",BoldItalic"),
    "TimesNewRoman": ("", ",Italic", ",Bold", ",BoldItalic"),
}
_STANDARD_DESCENT = {
    family + style: descent
    for family, descent in _AFM_DESCENT.items()
    for style in _AFM_STYLES[family]
} | {"Symbol": 0.0, "ZapfDingbats": 0.0}
# A glyph's origin this far (points) from its matrix's: the font writes vertically.
_VERTICAL_SHIFT = 1e-3
# A distance within this of a whole number of space advances is that many spaces.
_WHOLE = 0.05
# How many snapped values a document remembers (:class:`_Snapped`).
_SNAP_CACHE = 1 << 14


def _snap(value: float) -> float:
    """``value`` (a 32-bit float from pdfium) as the decimal of at most four places it
    stands for, when it is within two float32 steps of one; else ``value``.

    pdfium computes in 32-bit floats (``x + w`` of a ``re``, a glyph's origin), pdfminer
    in doubles from the decimals the PDF wrote: ``397.91998`` is pdfminer's ``397.92``.
    """
    tolerance = abs(value) * _FLOAT32_STEPS + 1e-9
    rounded = round(value, 3)
    if abs(rounded - value) <= tolerance:
        return rounded
    rounded = round(value, 4)
    if abs(rounded - value) <= tolerance:
        return rounded
    return value


class _Snapped(dict[float, float]):
    """:func:`_snap` remembered: ``snapped[value]``. A document repeats a few matrix
    entries, coordinates and widths thousands of times, and a dictionary hit costs a
    fraction of rounding. Bounded (emptied when full), so memory stays flat over the
    pages. Zero is not kept: ``0.0`` and ``-0.0`` are one key, and :func:`_snap` keeps
    the sign."""

    __slots__ = ()

    def __missing__(self, value: float) -> float:
        if not value:
            return value
        snapped = _snap(value)
        if len(self) >= _SNAP_CACHE:
            self.clear()
        self[value] = snapped
        return snapped


def _retyped(function: Any, restype: Any, *argtypes: Any) -> Any:
    """pdfium's ``function`` taking its handles as plain addresses (``int``) and, with
    ``restype`` ``c_void_p``, returning one. pypdfium2's typed pointers make a Python
    object per call and need a ``ctypes.cast`` to be compared or kept as a key: the
    greater part of the per-glyph cost. Same library, same calling convention."""
    retyped = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    retyped.restype = restype
    retyped.argtypes = argtypes
    return retyped


def _mult(m1: Matrix, m0: Matrix) -> Matrix:
    """``m1 × m0`` (pdfminer's ``mult_matrix``, term for term)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


class _Page:
    """pdfminer's and pdfplumber's frame for one page: the matrix pdfminer starts from
    (``/Rotate`` and the media box origin) and pdfplumber's flip to ``top``."""

    def __init__(self, box: tuple[float, float, float, float], rotation: int) -> None:
        x0, y0, x1, y1 = box  # as the PDF wrote it; pdfminer does not reorder it
        if rotation == 90:
            self.ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        elif rotation == 180:
            self.ctm = (-1, 0, 0, -1, x1, y1)
        elif rotation == 270:
            self.ctm = (0, 1, -1, 0, y1, -x0)
        else:
            self.ctm = (1, 0, 0, 1, -x0, -y0)
        # pdfplumber's box: corners sorted, sides swapped for a quarter turn.
        lo_x, hi_x = sorted((x0, x1))
        lo_y, hi_y = sorted((y0, y1))
        nx0, ny0, nx1, ny1 = (
            (lo_y, lo_x, hi_y, hi_x) if rotation in (90, 270) else (lo_x, lo_y, hi_x, hi_y)
        )
        self.width = nx1 - nx0
        self.height = ny1 - ny0
        self.shift_x = nx0  # pdfplumber adds the media box's left edge when it is not 0
        self.shift_top = self.height - ny1  # and its (inverted) top edge to ``top``

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A box in pdfminer's coordinates as pdfplumber's ``(x0, top, x1, bottom)``."""
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        if self.shift_x != 0:
            x0, x1 = x0 + self.shift_x, x1 + self.shift_x
        return x0, (self.height - y1) + self.shift_top, x1, (self.height - y0) + self.shift_top


class _PdfiumPages:
    def __init__(
        self, raw: Any, document: Any, data: bytes, name: str, stack: ExitStack, reference: Opener
    ) -> None:
        self._raw = raw
        self._document = document
        self._data = data  # pdfium reads from this buffer while the document is open
        self._name = name
        self._stack = stack  # closes the reference engine's PDF, if it was opened
        self._open_reference = reference
        self._reference: PlumberPages | None = None
        self.page_count: int = raw.FPDF_GetPageCount(document)

    def _reference_page(self, index: int) -> PageContent:
        """The page as the reference engine reads it (the PDF opened on first use)."""
        if self._reference is None:
            opened = self._open_reference(io.BytesIO(self._data), self._name)
            self._reference = self._stack.enter_context(opened)
        return self._reference.page(index)

    def pages(self) -> Iterator[PageContent]:
        reader = _Reader(self._raw)
        for index in range(self.page_count):
            number = index + 1
            page = self._raw.FPDF_LoadPage(self._document, index)
            if not page:
                raise UnreadablePdfError(
                    "corrupt PDF (pdfium cannot load the page)",
                    where=f"{self._name}, page {number}",
                )
            try:
                content = reader.read(page, number)
            except XjbudgetError:
                raise
            except Exception as error:  # a ctypes or value error on a broken page
                raise UnreadablePdfError(
                    f"corrupt PDF ({type(error).__name__}: {str(error)[:100]})",
                    where=f"{self._name}, page {number}",
                ) from error
            finally:
                self._raw.FPDF_ClosePage(page)
            yield content if content is not None else self._reference_page(index)


_LOAD_ERRORS = {
    1: "unknown error",
    2: "file not found or could not be opened",
    3: "not a PDF or corrupted",
    5: "unsupported security scheme",
    6: "page not found or content error",
}


@contextmanager
def open_pdfium(
    stream: IO[bytes], name: str, reference: Opener | None = None
) -> Iterator[_PdfiumPages]:
    """Open the PDF with pdfium; its failures become ``xjbudget`` errors. ``reference``
    opens the PDF with the reference engine for a page pdfium cannot read whole (by
    default :func:`~.pdf_plumber.open_pdfplumber`)."""
    if reference is None:
        from .pdf_plumber import open_pdfplumber

        reference = open_pdfplumber
    import pypdfium2  # type: ignore[import-untyped]  # noqa: F401  (initialises the library)
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    stream.seek(0)
    data = stream.read()
    document = raw.FPDF_LoadMemDocument64(data, len(data), None)
    if not document:
        code = raw.FPDF_GetLastError()
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError("the PDF is encrypted and needs a password", where=name)
        detail = _LOAD_ERRORS.get(code, f"error {code}")
        raise UnreadablePdfError(f"corrupt or truncated PDF ({detail})", where=name)
    try:
        with ExitStack() as stack:
            yield _PdfiumPages(raw, document, data, name, stack, reference)
    finally:
        raw.FPDF_CloseDocument(document)


class _Font:
    """What the glyphs of one font share: its name, boldness, descent and widths."""

    __slots__ = ("bold", "descent", "embedded", "handle", "name", "vertical", "widths")

    def __init__(self, raw: Any, handle: Any) -> None:
        buffer = ctypes.create_string_buffer(256)
        length = raw.FPDFFont_GetBaseFontName(handle, buffer, len(buffer))
        self.handle = handle
        self.name = buffer.raw[: max(0, length - 1)].decode("utf-8", "replace")
        self.bold = is_bold_font(self.name)
        self.embedded = bool(raw.FPDFFont_GetIsEmbedded(handle))
        descent = ctypes.c_float()
        # In thousandths of the font size, as the descriptor gives it.
        raw.FPDFFont_GetDescent(handle, ctypes.c_float(1000.0), ctypes.byref(descent))
        own = _STANDARD_DESCENT.get(self.name, _snap(descent.value))
        self.descent = 0.0 if sane_descent(own / 1000.0) == 0.0 else own
        self.widths: dict[int, float] = {}
        self.vertical: bool | None = None  # vertical writing (a -V CMap), once seen


class _Object:
    """What the glyphs of one text object share: their matrix in pdfminer's frame, font
    and size, and the object's place in the content stream."""

    __slots__ = ("descent", "font", "horizontal", "matrix", "order", "size", "upright")

    def __init__(self, font: _Font, matrix: Matrix, size: float, order: int) -> None:
        self.font = font
        self.matrix = matrix
        self.size = size
        self.order = order
        self.descent = font.descent * 0.001 * size  # where its glyphs' boxes start
        a, b, c, d = matrix[:4]
        self.upright = a * d > 0 and b * c <= 0  # pdfminer's test (horizontal scaling 1)
        self.horizontal = a > 0 and b == 0 and c == 0 and d > 0  # left to right, unrotated


class _SpaceRuns:
    """The spaces pdfium's text page dropped from runs of several, found glyph by glyph.

    pdfium keeps the first space of a run (``"    1. 2026年"`` reads ``" 1. 2026年"``);
    pdfminer keeps each. A kept space's run reaches to the object's next glyph or, at the
    object's end, to the object's right edge, where its last space has its origin; it holds
    ``span / step`` spaces, ``step`` being the space's advance plus the object's character
    spacing (measured on a pair of its other glyphs) — plus its word spacing, which shows
    as a space→glyph distance that is no whole number of those. Horizontal text only.
    """

    def __init__(self) -> None:
        self._spacing: dict[int, float] = {}  # character spacing, by object
        self._gaps: dict[int, float] = {}  # the shortest space → next glyph, by object
        # (address, object, origin, advance, width, slot, the next glyph's x or None)
        self._kept: list[tuple[int, _Object, tuple[float, float], float, float, int, float | None]]
        self._kept = []
        self._last: tuple[int, _Object, tuple[float, float], float, float, bool, int] | None
        self._last = None

    def glyph(
        self,
        address: int,
        obj: _Object,
        origin: tuple[float, float],
        width: float,
        space: bool,
        slot: int,
    ) -> None:
        """The next glyph of the text page (``slot``: its place in the page's list)."""
        self._close(address, origin[0])
        advance = width * 0.001 * obj.size * obj.matrix[0]
        self._last = (address, obj, origin, advance, width, space, slot)

    def end(self) -> None:
        self._close(0, None)
        self._last = None

    def _close(self, address: int, x: float | None) -> None:
        if self._last is None:
            return
        last, obj, origin, advance, width, space, slot = self._last
        following = x if address == last else None
        if space and obj.horizontal:
            self._kept.append((last, obj, origin, advance, width, slot, following))
            if following is not None:
                gap = following - origin[0]
                self._gaps[last] = min(gap, self._gaps.get(last, gap))
        elif following is not None and last not in self._spacing:
            self._spacing[last] = following - origin[0] - advance

    def missing(
        self, right_of: Callable[[int], float | None]
    ) -> Iterator[tuple[int, _Object, tuple[float, float], float, int, float]]:
        """Each kept space followed by missing ones: its slot, object and origin, the
        pitch of the run and how many are missing, and a space's width."""
        for address, obj, origin, advance, width, slot, following in self._kept:
            step = self._step(address, advance + self._spacing.get(address, 0.0))
            if step <= 0:
                continue
            if following is not None:
                span = following - origin[0]
                count = round(span / step) - 1  # a glyph closer than half a space: -1
                pitch = span / max(count + 1, 1)
            else:
                right = right_of(address)
                if right is None:
                    continue
                span = right - origin[0]
                count = round(span / step)
                pitch = span / max(count, 1)
            if count >= 1:
                yield slot, obj, origin, pitch, count, width

    def _step(self, address: int, plain: float) -> float:
        gap = self._gaps.get(address)
        if gap is None or plain <= 0:
            return plain
        ratio = gap / plain
        return gap if ratio > 1 and abs(ratio - round(ratio)) > _WHOLE else plain


class _Reader:
    """Reads pages of one document; fonts are shared across its pages."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.fonts: dict[int, _Font] = {}
        self._snapped = _Snapped()
        void, number = ctypes.c_void_p, ctypes.c_int
        self._text_object = _retyped(raw.FPDFText_GetTextObject, void, void, number)
        self._unicode = _retyped(raw.FPDFText_GetUnicode, ctypes.c_uint, void, number)
        self._generated = _retyped(raw.FPDFText_IsGenerated, number, void, number)
        self._hyphen = _retyped(raw.FPDFText_IsHyphen, number, void, number)
        self._unmapped = _retyped(raw.FPDFText_HasUnicodeMapError, number, void, number)
        double = ctypes.POINTER(ctypes.c_double)
        self._origin = _retyped(raw.FPDFText_GetCharOrigin, number, void, number, double, double)
        self._segment = _retyped(raw.FPDFPath_GetPathSegment, void, void, number)
        self._segment_type = _retyped(raw.FPDFPathSegment_GetType, number, void)
        self._segment_close = _retyped(raw.FPDFPathSegment_GetClose, number, void)
        single = ctypes.POINTER(ctypes.c_float)
        self._segment_point = _retyped(raw.FPDFPathSegment_GetPoint, number, void, single, single)
        self._matrix = raw.FS_MATRIX()
        self._rgba = tuple(ctypes.c_uint() for _ in range(4))
        self._float = ctypes.c_float()
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()

    # ------------------------------------------------------------- objects

    def read(self, page: Any, number: int) -> PageContent | None:
        """The page's content, or None where pdfium cannot read its text whole (see the
        module docstring)."""
        raw = self.raw
        rotation = raw.FPDFPage_GetRotation(page) * 90 % 360
        frame = _Page(self._media_box(page), rotation)
        objects: dict[int, tuple[Any, Matrix, int]] = {}  # text objects by address
        shapes: list[Shape] = []
        has_images = self._walk(page, None, frame, frame.ctm, objects, shapes)
        chars = self._chars(page, frame, objects)
        if chars is None:
            return None
        return PageContent(
            number=number,
            width=frame.width,
            height=frame.height,
            rotation=rotation,
            chars=chars,
            shapes=shapes,
            has_images=has_images,
        )

    def _media_box(self, page: Any) -> tuple[float, float, float, float]:
        raw = self.raw
        values = [ctypes.c_float() for _ in range(4)]
        left, bottom, right, top = values
        if not raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
            rect = raw.FS_RECTF()
            raw.FPDF_GetPageBoundingBox(page, rect)
            return (_snap(rect.left), _snap(rect.bottom), _snap(rect.right), _snap(rect.top))
        return (_snap(left.value), _snap(bottom.value), _snap(right.value), _snap(top.value))

    def _object_matrix(self, handle: Any) -> Matrix:
        m = self._matrix
        self.raw.FPDFPageObj_GetMatrix(handle, m)
        s = self._snapped
        a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
        # Rotation and skew terms are mostly zero, which the cache does not keep.
        return (s[a], s[b] if b else b, s[c] if c else c, s[d], s[e] if e else e, s[f] if f else f)

    def _walk(
        self,
        page: Any,
        form: Any,
        frame: _Page,
        ctm: Matrix,
        objects: dict[int, tuple[Any, Matrix, int]],
        shapes: list[Shape],
    ) -> bool:
        """Visit the page's objects in content order (into form XObjects); collect the
        text objects and shapes; return whether an image is among them."""
        raw = self.raw
        if form is None:
            count = raw.FPDFPage_CountObjects(page)
            get = raw.FPDFPage_GetObject
            owner = page
        else:
            count = raw.FPDFFormObj_CountObjects(form)
            get = raw.FPDFFormObj_GetObject
            owner = form
        has_images = False
        for index in range(count):
            handle = get(owner, index)
            kind = raw.FPDFPageObj_GetType(handle)
            if kind == _TEXT:
                address = ctypes.cast(handle, ctypes.c_void_p).value or 0
                objects[address] = (handle, ctm, len(objects))
            elif kind == _PATH:
                self._path(handle, frame, ctm, shapes)
            elif kind == _IMAGE:
                has_images = True
            elif kind == _FORM:
                inner = _mult(self._object_matrix(handle), ctm)
                has_images |= self._walk(page, handle, frame, inner, objects, shapes)
        return has_images

    def _path(self, handle: Any, frame: _Page, ctm: Matrix, shapes: list[Shape]) -> None:
        """The lines and rectangles of a path object painted in a visible colour (one
        painted white, or not at all, is no rule: it is not read)."""
        raw = self.raw
        fill_mode = ctypes.c_int()
        stroke = ctypes.c_int()
        raw.FPDFPath_GetDrawMode(handle, ctypes.byref(fill_mode), ctypes.byref(stroke))
        stroked = bool(stroke.value) and not self._white(raw.FPDFPageObj_GetStrokeColor, handle)
        filled = bool(fill_mode.value) and not self._white(raw.FPDFPageObj_GetFillColor, handle)
        if not stroked and not filled:
            return
        ctm = _mult(self._object_matrix(handle), ctm)
        address = ctypes.cast(handle, ctypes.c_void_p).value
        get_segment, get_type = self._segment, self._segment_type
        get_point, get_close = self._segment_point, self._segment_close
        snapped = self._snapped
        # Subpaths as pdfminer sees them: operators and their end points.
        subpath: list[tuple[str, float, float]] = []
        x, y = ctypes.c_float(), ctypes.c_float()
        for index in range(raw.FPDFPath_CountSegments(handle)):
            segment = get_segment(address, index)
            kind = get_type(segment)
            get_point(segment, x, y)
            point = (snapped[x.value], snapped[y.value])
            if kind == _MOVETO:
                if subpath:
                    self._shape(subpath, frame, ctm, stroked, filled, shapes)
                subpath = [("m", *point)]
            elif subpath:
                subpath.append(("l" if kind == _LINETO else "c", *point))
            if subpath and get_close(segment):
                subpath.append(("h", subpath[0][1], subpath[0][2]))
        self._shape(subpath, frame, ctm, stroked, filled, shapes)

    @staticmethod
    def _shape(
        subpath: list[tuple[str, float, float]],
        frame: _Page,
        ctm: Matrix,
        stroked: bool,
        filled: bool,
        shapes: list[Shape],
    ) -> None:
        """pdfminer's classification of one subpath: line, rectangle or curve."""
        if not subpath:
            return
        shape = "".join(op for op, _, _ in subpath)
        points = [_apply(ctm, x, y) for _, x, y in subpath]
        if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
            shape = shape[:-2] + "h"
            points.pop()
        if shape in ("ml", "mlh"):
            (x0, y0), (x1, y1) = points[0], points[1]
            shapes.append(Shape("line", *frame.box(x0, y0, x1, y1), stroked, filled))
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
            )
            if points[0] == points[4] and square:
                shapes.append(Shape("rect", *frame.box(x0, y0, x2, y2), stroked, filled))

    def _white(self, getter: Any, handle: Any) -> bool:
        r, g, b, a = self._rgba
        if not getter(handle, r, g, b, a):
            return False
        return min(r.value, g.value, b.value) >= _WHITE

    # ------------------------------------------------------------- glyphs

    def _chars(
        self, page: Any, frame: _Page, objects: dict[int, tuple[Any, Matrix, int]]
    ) -> list[Char] | None:
        raw = self.raw
        text_page = raw.FPDFText_LoadPage(page)
        if not text_page:
            raise UnreadablePdfError("corrupt PDF (pdfium cannot read the page's text)")
        try:
            placed = self._placed(text_page, frame, objects)
        finally:
            raw.FPDFText_ClosePage(text_page)
        spaces = self._lone_spaces(frame, objects)
        if spaces is None:
            return None
        placed.extend(spaces)
        placed.sort(key=lambda item: (item[0], item[1]))
        return [char for _, _, char in placed]

    def _object(
        self, address: int, objects: dict[int, tuple[Any, Matrix, int]], cache: dict[int, _Object]
    ) -> _Object | None:
        known = cache.get(address)
        if known is not None:
            return known
        entry = objects.get(address)
        if entry is None:
            return None
        raw = self.raw
        handle, ctm, order = entry
        font_handle = raw.FPDFTextObj_GetFont(handle)
        font_key = ctypes.cast(font_handle, ctypes.c_void_p).value or 0
        font = self.fonts.get(font_key)
        if font is None:
            font = self.fonts[font_key] = _Font(raw, font_handle)
        raw.FPDFTextObj_GetFontSize(handle, ctypes.byref(self._float))
        size = self._snapped[self._float.value]
        # The text matrix (Tm × CTM) with pdfium's origin; pdfminer's frame on top.
        matrix = _mult(self._object_matrix(handle), ctm)
        cache[address] = made = _Object(font, matrix, size, order)
        return made

    def _width(self, font: _Font, code: int) -> float:
        """The advance of a character in thousandths of the font size."""
        width = font.widths.get(code)
        if width is None:
            value = ctypes.c_float()
            if self.raw.FPDFFont_GetGlyphWidth(
                font.handle, code, ctypes.c_float(1000.0), ctypes.byref(value)
            ):
                width = self._snapped[value.value]
            else:
                width = 0.0
            font.widths[code] = width
        return width

    def _placed(
        self, text_page: Any, frame: _Page, objects: dict[int, tuple[Any, Matrix, int]]
    ) -> list[tuple[int, float, Char]]:
        raw = self.raw
        page = ctypes.cast(text_page, ctypes.c_void_p).value
        get_object, get_unicode, get_origin = self._text_object, self._unicode, self._origin
        unmapped, generated, hyphen = self._unmapped, self._generated, self._hyphen
        make = self._char
        ctm = frame.ctm
        x, y = self._x, self._y
        cache: dict[int, _Object] = {}
        placed: list[tuple[int, float, Char]] = []
        runs = _SpaceRuns()
        for index in range(raw.FPDFText_CountChars(text_page)):
            address = get_object(page, index)
            if not address:
                continue  # generated by pdfium: a line break it inferred
            code = get_unicode(page, index)
            if code in _MAYBE_GENERATED and generated(page, index):
                continue  # a space pdfium inferred from a gap
            if code == _HYPHEN_MARK and hyphen(page, index):
                code = 0x2D  # pdfium marks a hyphen that ends a line
            obj = cache.get(address) or self._object(address, objects, cache)
            if obj is None:
                continue
            get_origin(page, index, x, y)
            mapped = unmapped(page, index) != 1
            text = chr(code) if mapped and 0 < code < 0x110000 else "\ufffd"
            origin = _apply(ctm, x.value, y.value)
            font = obj.font
            if font.vertical is None:
                raw.FPDFText_GetMatrix(text_page, index, self._matrix)
                font.vertical = abs(self._matrix.e - x.value) > _VERTICAL_SHIFT
            if font.vertical:
                # pdfium's origin of a glyph written vertically is the lower left corner of
                # pdfminer's box, a square of the font size (DW2's default advance).
                char = make(obj, text, 1000.0, origin, frame, mapped, descent=0.0)
                placed.append((obj.order, index, char))
                continue
            width = font.widths.get(code)
            if width is None:
                width = self._width(font, code)
            placed.append((obj.order, index, make(obj, text, width, origin, frame, mapped)))
            runs.glyph(address, obj, origin, width, text == " ", len(placed) - 1)
        runs.end()
        for slot, obj, origin, pitch, count, width in runs.missing(
            lambda address: self._right(address, objects, frame)
        ):
            order, after, _ = placed[slot]
            for k in range(1, count + 1):
                at = (origin[0] + pitch * k, origin[1])
                space = self._char(obj, " ", width, at, frame)
                placed.append((order, after + k / (count + 1), space))
        return placed

    def _right(
        self, address: int, objects: dict[int, tuple[Any, Matrix, int]], frame: _Page
    ) -> float | None:
        """The right edge of a text object on the page (not inside a form), in
        pdfminer's frame."""
        handle, ctm, _ = objects[address]
        if ctm != frame.ctm:
            return None
        box = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
        if not self.raw.FPDFPageObj_GetBounds(handle, *box):
            return None
        left, bottom, right, top = (value.value for value in box)
        return max(_apply(frame.ctm, x, y)[0] for x in (left, right) for y in (bottom, top))

    def _lone_spaces(
        self, frame: _Page, objects: dict[int, tuple[Any, Matrix, int]]
    ) -> list[tuple[int, float, Char]] | None:
        """A space drawn as a text object of its own has no width, and pdfium's text
        page leaves it out; pdfminer keeps it (an indent, the gap in ``目  录``). None
        where such an object's font is not embedded: it may be any glyph."""
        raw = self.raw
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        cache: dict[int, _Object] = {}
        spaces: list[tuple[int, float, Char]] = []
        for address, (handle, _, order) in objects.items():
            if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
                continue
            if abs(right.value - left.value) >= _NO_WIDTH:
                continue
            obj = self._object(address, objects, cache)
            if obj is None:
                continue
            if not obj.font.embedded:
                return None
            # Its origin is the translation of its matrix (already in pdfminer's frame).
            origin = (obj.matrix[4], obj.matrix[5])
            spaces.append(
                (order, -1, self._char(obj, " ", self._width(obj.font, 0x20), origin, frame))
            )
        return spaces

    @staticmethod
    def _char(
        obj: _Object,
        text: str,
        width: float,
        origin: tuple[float, float],
        frame: _Page,
        mapped: bool = True,
        descent: float | None = None,
    ) -> Char:
        """pdfminer's box of one glyph whose origin (in pdfminer's frame) is ``origin``
        (``descent``: the font's, in thousandths of its size, unless given)."""
        size = obj.size
        a, b, c, d, _, _ = obj.matrix
        e, f = origin
        # The box's corners (``_apply`` of the glyph's matrix, term for term, inlined:
        # this runs once per glyph), then ``frame.box``.
        descent = obj.descent if descent is None else descent * 0.001 * size
        advance = width * 0.001 * size
        x0, y0 = a * 0 + c * descent + e, b * 0 + d * descent + f
        rise = descent + size
        x1, y1 = a * advance + c * rise + e, b * advance + d * rise + f
        x0, top, x1, bottom = frame.box(x0, y0, x1, y1)
        return Char(
            text,
            x0,
            top,
            x1,
            bottom,
            obj.font.name,
            bottom - top,
            obj.font.bold,
            obj.upright,
            mapped,
        )
