"""Files read_pdf must refuse, or read with findings, and never crash on."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from xjbudget.errors import (
    EmptyInputError,
    EncryptedPdfError,
    InputError,
    NotTextError,
    UnreadablePdfError,
)
from xjbudget.sources.pdf import ENGINES, Engine, read_pdf

reportlab = pytest.importorskip("reportlab")
from PIL import Image  # noqa: E402  (pdfplumber depends on Pillow)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "pdf_fixtures"


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Engine:
    """Every case holds for both engines."""
    result: Engine = request.param
    return result


def _pdf(pages: list[str | None], **kwargs: object) -> bytes:
    """A PDF whose pages hold the given text (Helvetica) or, for None, only an image."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, **kwargs)
    for text in pages:
        if text is None:
            picture = Image.new("L", (200, 100), 255)
            for x in range(20, 180, 3):
                for y in range(30, 70):
                    picture.putpixel((x, y), 0)
            canvas.drawImage(ImageReader(picture), 100, 500, width=300, height=150)
        else:
            canvas.setFont("Helvetica", 12)
            canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_plain_pdf_reads(engine: Engine) -> None:
    source = read_pdf(_pdf(["Budget 2024"]), engine=engine)
    assert [line.text for line in source.lines] == ["Budget 2024"]
    assert source.page_count == 1
    assert source.lines[0].location.page == 1


def test_encrypted_pdf(engine: Engine) -> None:
    data = _pdf(["secret budget"], encrypt="user-password")
    with pytest.raises(EncryptedPdfError):
        read_pdf(data, engine=engine)


def test_truncated_pdf(engine: Engine) -> None:
    data = (FIXTURES / "003_ruled.pdf").read_bytes()
    with pytest.raises(UnreadablePdfError, match="truncated"):
        read_pdf(data[: len(data) // 2], engine=engine)


def test_corrupt_pdf_with_an_end_marker(engine: Engine) -> None:
    """Garbage between a PDF header and %%EOF: pdfminer's errors become ours."""
    rng = random.Random(5)
    data = b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(5000)) + b"\n%%EOF\n"
    with pytest.raises(UnreadablePdfError):
        read_pdf(data, engine=engine)


def test_png_is_not_a_pdf(engine: Engine) -> None:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="PNG")
    with pytest.raises(NotTextError, match="not a PDF"):
        read_pdf(out.getvalue(), engine=engine)


def test_random_bytes_are_not_a_pdf(engine: Engine) -> None:
    rng = random.Random(7)
    with pytest.raises(NotTextError):
        read_pdf(bytes(rng.randrange(256) for _ in range(4096)), engine=engine)


def test_text_is_not_a_pdf(engine: Engine) -> None:
    with pytest.raises(InputError, match="text") as info:
        read_pdf("表 1\t部门收支总体情况表\n".encode(), engine=engine)
    assert not isinstance(info.value, NotTextError)


def test_empty_file(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        read_pdf(path, engine=engine)


def test_missing_file(tmp_path: Path, engine: Engine) -> None:
    with pytest.raises(InputError, match="cannot open"):
        read_pdf(tmp_path / "nowhere.pdf", engine=engine)


def test_scanned_page_is_a_finding(engine: Engine) -> None:
    source = read_pdf(_pdf(["page one has text", None]), engine=engine)
    assert source.page_count == 2
    assert [line.text for line in source.lines] == ["page one has text"]
    [finding] = source.findings
    assert finding.rule == "pdf.page.no_text"
    assert finding.severity == "error"
    assert finding.location is not None and finding.location.page == 2


def test_only_scans_is_unreadable(engine: Engine) -> None:
    with pytest.raises(UnreadablePdfError, match="no page has a usable text layer"):
        read_pdf(_pdf([None, None]), engine=engine)


def _cid_pdf(pages: list[str]) -> bytes:
    """Pages in reportlab's STSong-Light CID font, its Unicode mapping then destroyed.

    STSong-Light maps through the predefined UniGB-UCS2-H CMap and the Adobe-GB1
    ordering; with Identity-H and an unknown ordering the glyphs have no Unicode
    meaning and pdfminer yields ``(cid:NNN)``. A page starting with ``latin:`` is set in
    Helvetica and stays readable.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=0)
    for text in pages:
        latin = text.startswith("latin:")
        canvas.setFont("Helvetica" if latin else "STSong-Light", 12)
        canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    data = out.getvalue()
    broken = data.replace(b"/UniGB-UCS2-H", b"/Identity-H  ").replace(b"(GB1)", b"(XX1)")
    assert len(broken) == len(data) and broken.count(b"(XX1)") == 1
    return broken


def test_unmapped_glyphs_are_a_finding(engine: Engine) -> None:
    source = read_pdf(_cid_pdf(["latin: budget 2024", "部门收支总体情况表"]), engine=engine)
    assert source.page_count == 2
    [finding] = source.findings
    assert finding.rule == "pdf.page.unmapped_glyphs"
    assert finding.severity == "error"
    assert finding.location is not None and finding.location.page == 2
    assert source.lines[0].text == "latin: budget 2024"
    assert all("(cid:" not in line.text for line in source.lines)


def test_only_unmapped_glyphs_is_unreadable(engine: Engine) -> None:
    with pytest.raises(UnreadablePdfError, match="no page has a usable text layer"):
        read_pdf(_cid_pdf(["部门收支总体情况表", "单位：万元"]), engine=engine)


def test_file_object_and_path_give_the_same_lines(engine: Engine) -> None:
    path = FIXTURES / "003_ruled.pdf"
    with path.open("rb") as handle:
        from_handle = read_pdf(handle, engine=engine)
        assert not handle.closed  # the caller's stream is left open
    assert (
        from_handle == read_pdf(path, engine=engine) == read_pdf(path.read_bytes(), engine=engine)
    )


def test_a_page_that_cannot_be_read_is_named(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the engine's library raises on a page becomes our error, naming the page."""

    def broken(*args: object) -> None:
        raise ValueError("unknown operator")

    if engine == "pdfium":
        from xjbudget.sources import pdf_pdfium

        monkeypatch.setattr(pdf_pdfium._Reader, "read", broken)
    else:
        from xjbudget.sources import pdf_plumber

        monkeypatch.setattr(pdf_plumber, "_content", broken)
    with pytest.raises(UnreadablePdfError, match=r"unknown operator.*003_ruled\.pdf, page 1"):
        read_pdf(FIXTURES / "003_ruled.pdf", engine=engine)


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        read_pdf(FIXTURES / "003_ruled.pdf", engine="mupdf")  # type: ignore[arg-type]
