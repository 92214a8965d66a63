"""Reading inputs: encodings, BOMs, line ends kept, HTML pages of the press-release site."""
from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from hkparse.reading import InputError, decode, html_to_text, looks_like_html, read_input

REPO = Path(__file__).resolve().parent.parent
HTML_SAMPLES = REPO / "samples" / "html"

LEAD = ("     The Secretary for Housing, Ms Winnie Ho, chaired the third meeting of the Task Force "
        "on Transitional Homes today (May 9).")


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("data, expected", [
    (b"Plain ASCII release\n", "Plain ASCII release\n"),
    (codecs.BOM_UTF8 + "Caf\u00e9 opened\n".encode(), "Caf\u00e9 opened\n"),
    ("Caf\u00e9 \u201cnew\u201d\n".encode("utf-8"), "Caf\u00e9 \u201cnew\u201d\n"),
    ("Joint Task Force \u6df1\u5733\r\n".encode("utf-16"), "Joint Task Force \u6df1\u5733\r\n"),
    (codecs.BOM_UTF16_BE + "Line one\r\nLine two".encode("utf-16-be"), "Line one\r\nLine two"),
    ("Thirty-two bits\n".encode("utf-32"), "Thirty-two bits\n"),
    (b"Line one\r\nLine two\rLine three\n", "Line one\r\nLine two\rLine three\n"),
    ("\u00a0\u00a0Indented with no-break spaces\n".encode(), "\u00a0\u00a0Indented with no-break spaces\n"),
])
def test_decode_keeps_text_and_line_ends(data: bytes, expected: str) -> None:
    decoded = decode(data)
    assert decoded.text == expected
    assert decoded.warnings == []


@pytest.mark.parametrize("data, expected", [
    (b"The Secretary\x92s caf\xe9 \x93opened\x94\n", "The Secretary\u2019s caf\u00e9 \u201copened\u201d\n"),
    (b"Prix fixe: 12\xa0m\xb2\r\n", "Prix fixe: 12\u00a0m\u00b2\r\n"),
    (b"Undefined in cp1252: \x81 byte\n", "Undefined in cp1252: \x81 byte\n"),
])
def test_legacy_single_byte_is_decoded_with_a_warning(data: bytes, expected: str) -> None:
    decoded = decode(data)
    assert decoded.text == expected
    assert len(decoded.warnings) == 1
    assert "not valid UTF-8" in decoded.warnings[0]


@pytest.mark.parametrize("data, code", [
    (b"text with a \x00 NUL byte", "binary"),
    ("no BOM utf-16".encode("utf-16-le"), "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 9)) * 200, "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "undecodable"),
    (bytes(range(0x80, 0x100)) * 40, "undecodable"),
])
def test_refused_bytes(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.code == code
    assert err.value.message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\u00a0".encode()])
def test_empty_input_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError) as err:
        read_input(write(tmp_path, "x.txt", data))
    assert err.value.code == "empty"


def test_stdin_is_read_from_the_stream() -> None:
    decoded = read_input("-", stdin=io.BytesIO(LEAD.encode()))
    assert decoded.text == LEAD


def test_stdin_over_the_limit() -> None:
    with pytest.raises(InputError) as err:
        read_input("-", max_bytes=10, stdin=io.BytesIO(b"x" * 11))
    assert err.value.code == "too_large"


@pytest.mark.parametrize("name, data, expected", [
    ("a.htm", b"anything", True),
    ("a.HTML", b"anything", True),
    ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", True),
    ("a.txt", b"  \n<!-- saved page -->\n<html lang='en'>", True),
    ("a.txt", b'<div id="PRHeadline">Headline</div>', True),
    ("a.txt", codecs.BOM_UTF8 + b"<html><body>x</body></html>", True),
    ("a.txt", "<html><body>x</body></html>".encode("utf-16"), True),
    ("a.txt", b"The meeting <b>was</b> held today.", False),
    ("a.txt", b"Go to main content\nHeadline\n", False),
])
def test_html_sniffing(name: str, data: bytes, expected: bool) -> None:
    assert looks_like_html(data, name) is expected


def test_release_page_headline_body_and_closing_lines() -> None:
    text, found = html_to_text(
        '<html><head><title>T</title><script>var x = "<div>";</script></head><body>'
        '<div class="nav">Home | Search</div>'
        '<div id="PRHeadline">Second meeting of\n  Harbour Panel held</div>'
        '<span id="pressrelease">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;The Harbour Panel held its second '
        'meeting today (July 2).<br><br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Members noted a floor area '
        'of 3&nbsp;000 square metres &amp; more.<br></span>'
        '<p>Ends/Tuesday, July 2, 2024<br>Issued at HKT 16:00</p><p>NNNN</p>'
        '<div id="footer">Privacy</div></body></html>')
    assert found
    assert text == ("Second meeting of Harbour Panel held\n\n"
                    "     The Harbour Panel held its second meeting today (July 2).\n\n"
                    "     Members noted a floor area of 3 000 square metres & more.\n\n"
                    "Ends/Tuesday, July 2, 2024\nIssued at HKT 16:00\n")


def test_closing_lines_inside_the_body_are_not_repeated() -> None:
    text, _ = html_to_text('<div id="PRHeadline">H</div><span id="pressrelease">Body text here.'
                           '<br><br>Ends/Monday, May 6, 2024<br>Issued at HKT 10:00</span>'
                           '<p>Ends/Monday, May 6, 2024</p>')
    assert text.count("Ends/") == 1


@pytest.mark.parametrize("markup, expected", [
    ("<p>One</p><p>Two</p>", "One\n\nTwo\n"),
    ("<div>One</div><div>Two</div>", "One\nTwo\n"),
    ("One<br>Two<br/>Three", "One\nTwo\nThree\n"),
    ("<p>Spaced    out\n\n words</p>", "Spaced out words\n"),
    ("<p>Fish &amp; chips &lt;3 &#8220;quoted&#8221;</p>", "Fish & chips <3 \u201cquoted\u201d\n"),
    ("<pre>  keep   this\n  layout</pre>", "  keep   this\n  layout\n"),
    ("<style>p {color: red}</style><p>Shown</p><script>hidden()</script>", "Shown\n"),
    ("<nav>Menu</nav><p>Body</p><footer>Foot</footer>", "Body\n"),
    ('<div role="navigation">Links</div><p>Body</p>', "Body\n"),
    ("<table><tr><td>A</td><td>B</td></tr></table>", "A\tB\n"),
    ("<p>Unclosed <b>bold <i>tags", "Unclosed bold tags\n"),
    ("</div></span>Stray end tags", "Stray end tags\n"),
])
def test_page_text_without_release_parts(markup: str, expected: str) -> None:
    text, found = html_to_text(markup)
    assert not found
    assert text == expected


def test_headline_falls_back_to_the_page_title() -> None:
    text, found = html_to_text("<title>Panel meets</title><span id='pressrelease'>Body.</span>")
    assert found
    assert text.startswith("Panel meets\n\nBody.")


@pytest.mark.parametrize("path", sorted(HTML_SAMPLES.glob("*.htm*")), ids=lambda p: p.name)
def test_html_samples_read_as_releases(path: Path) -> None:
    decoded = read_input(str(path))
    assert decoded.is_html
    assert "<" not in decoded.text and "&nbsp;" not in decoded.text
    assert "\u00a0" not in decoded.text
    first_line = decoded.text.split("\n", 1)[0]
    assert first_line and not first_line.startswith(" ")


def test_html_page_declared_charset_used_when_not_utf8(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"></head><body>'
            '<div id="PRHeadline">Caf\u00e9 licences</div>'
            '<span id="pressrelease">The \u201cnew\u201d rules start today.</span></body></html>')
    decoded = read_input(write(tmp_path, "p.htm", page.encode("cp1252")))
    assert decoded.text == "Caf\u00e9 licences\n\nThe \u201cnew\u201d rules start today.\n"
    assert decoded.warnings == []


def test_html_page_without_release_parts_warns(tmp_path: Path) -> None:
    decoded = read_input(write(tmp_path, "p.html", b"<html><body><h1>Notice</h1>"
                                                   b"<p>Roads close today.</p></body></html>"))
    assert decoded.text == "Notice\n\nRoads close today.\n"
    assert any("#pressrelease" in w for w in decoded.warnings)


def test_html_page_with_no_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_input(write(tmp_path, "p.html", b"<html><head><script>x()</script></head></html>"))
    assert err.value.code == "empty"
