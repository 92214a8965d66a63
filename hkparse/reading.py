"""Turning one input (a path or "-") into the text `hkparse.parse` sees.

Every refusal is an `InputError` with a stable `code`, so that a batch can write one error record
and go on. Nothing is ever opened before `stat` says it is a regular file: a FIFO or a device
would hang or stream forever. The HTML code is imported only when an HTML page is met, so that
reading a plain-text release stays cheap at start-up.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import BinaryIO, Optional

STDIN = "-"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = (".htm", ".html")

# Control characters that never occur in a text file (tab, LF, VT, FF, CR and ESC aside).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")
_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_MARKERS = re.compile(rb"<(?:div|span)\b[^>]*\bid\s*=\s*[\"']?(?:PRHeadline|pressrelease)\b",
                           re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


class InputError(Exception):
    """An input hkparse refuses; `code` is stable (see the README), `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Decoded:
    """The text to parse and the warnings reading it raised (they go to the record)."""

    text: str
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: Optional[BinaryIO] = None) -> bytes:
    """The raw bytes of a regular file (or of stdin for "-"), refusing anything else."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("too_large", f"standard input is over the limit of {max_bytes} bytes "
                                          "(see --max-bytes)")
        return data
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _os_error(exc) from None
    _check_stat(st, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(exc) from None
    try:
        # The path may have been swapped between stat and open: check what was really opened.
        opened = os.fstat(fd)
        _check_stat(opened, max_bytes)
        chunks = []
        left = max_bytes + 1
        # The first read asks for the size stat gave and one byte more (to see the end of the
        # file): asking 1 MB of a 2 KB file costs a 1 MB buffer each time (~30 us a file).
        size = opened.st_size + 1
        while left > 0:
            chunk = os.read(fd, min(left, size))
            size = 1 << 20
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _os_error(exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputError("too_large", f"file is over the limit of {max_bytes} bytes (see --max-bytes)")
    return data


def _check_stat(st: os.stat_result, max_bytes: int) -> None:
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise InputError("is_directory", "is a folder (give it as an argument to walk it)")
    if not stat.S_ISREG(mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise InputError("not_a_file", f"is {kind}, not a regular file: not read")
    if st.st_size > max_bytes:
        raise InputError("too_large", f"file is {st.st_size} bytes, over the limit of {max_bytes} "
                                      "bytes (see --max-bytes)")


def _os_error(exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOENT:
        return InputError("not_found", "no such file or folder")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError("permission_denied", "permission denied")
    if exc.errno == errno.ELOOP:
        return InputError("symlink_loop", "symbolic link loop")
    if exc.errno == errno.EISDIR:
        return InputError("is_directory", "is a folder")
    if exc.errno == errno.ENAMETOOLONG:
        return InputError("not_found", "file name too long")
    return InputError("read_failed", f"could not be read: {reason}")


def looks_like_html(data: bytes, path: str = "") -> bool:
    """HTML by its suffix, or by how its first bytes read (a page saved as .txt)."""
    if path.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: sniff the decoded head instead
        try:
            head = head.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return False
    return bool(_HTML_START.match(head) or _HTML_MARKERS.search(head))


def decode(data: bytes, html: bool = False) -> Decoded:
    """Bytes to text: BOM first, then strict UTF-8, then the page's declared charset, then
    cp1252 (the legacy Western encoding) with a warning. Line ends are kept as they are."""
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _strict(data, "utf-32")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        if b"\x00" in data:
            raise InputError("binary", "looks binary (it has NUL bytes), not a text release")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy(data, html, warnings)
    if "\x00" in text:
        raise InputError("binary", "looks binary (it has NUL characters), not a text release")
    head = text[:65536]
    if len(_BINARY_CONTROLS.findall(head)) * 50 > len(head):  # over 2%: not a text file
        raise InputError("binary", "looks binary (too many control characters), not a text release")
    return Decoded(text, warnings)


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError("undecodable", f"is not valid {encoding.upper()} "
                                        f"(byte {exc.start}: {exc.reason})") from None
    return text[1:] if text.startswith("\ufeff") else text


def _legacy(data: bytes, html: bool, warnings: list[str]) -> str:
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    # A Western text has few bytes over 127; a Chinese or binary one is full of them.
    if len(_HIGH_BYTES.findall(data[:65536])) * 4 > min(len(data), 65536):
        raise InputError("undecodable", "is neither UTF-8 nor a Western single-byte text "
                                        "(save it as UTF-8)")
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        text = data.decode("latin-1")
        encoding = "latin-1"
    warnings.append(f"input is not valid UTF-8: decoded as {encoding}; check accented letters "
                    "and quotes")
    return text


def _declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: Optional[BinaryIO] = None, data: Optional[bytes] = None) -> Decoded:
    """One input as the text to parse: read, decode, and for a web page, its release text.

    `data` lets a caller that already read the bytes (standard input) skip the reading.
    """
    if data is None:
        data = read_bytes(path, max_bytes, stdin)
    if not data.strip():
        raise InputError("empty", "is empty")
    html = looks_like_html(data, path)
    decoded = decode(data, html)
    if html:
        text, found_release = html_to_text(decoded.text)
        decoded = Decoded(text, decoded.warnings, is_html=True)
        if not found_release:
            decoded.warnings.append("HTML page without #PRHeadline/#pressrelease: parsed the "
                                    "whole page's text")
    if not decoded.text.strip():
        raise InputError("empty", "has no text" + (" (an HTML page with no visible text)"
                                                   if html else " (only whitespace)"))
    return decoded




# -- HTML ------------------------------------------------------------------------------------
# The Government's release pages put the headline in #PRHeadline and the body in #pressrelease,
# with <br> line breaks and &nbsp; indents; the "Ends/..." closing lines may follow the body.
_BLOCK_TAGS = frozenset("address article aside blockquote center dd div dl dt fieldset figcaption "
                        "figure h1 h2 h3 h4 h5 h6 hr li main ol section table tbody thead tfoot tr "
                        "ul caption".split())
_PARAGRAPH_TAGS = frozenset(("p", "pre"))
_CELL_TAGS = frozenset(("td", "th"))
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr"
                       .split())
_SKIP_TAGS = frozenset("script style noscript template svg iframe object select button head nav "
                       "header footer form canvas".split())
_NAV_NAME = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|"
                       r"skip|topbar|banner)(?:$|[\s_-])", re.I)
_NAV_ROLES = frozenset(("navigation", "banner", "contentinfo", "search", "menu", "menubar"))
_REGION_IDS = {"prheadline": "headline", "pressrelease": "body"}
_ASCII_WS = re.compile(r"[ \t\r\n\f]+")
_CLOSING = re.compile(r"^[ \t]*(?:Ends/|完[ \t]*$)[^\n]*(?:\n[ \t]*(?:Issued at|香港時間|\d{4}年)[^\n]*)*",
                      re.M)


class _TextSink:
    """Visible text as a browser would lay it out: runs of whitespace collapse, <br> breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.at_line_start = True
        self.pending_space = False

    def text(self, data: str, pre: bool = False) -> None:
        if not pre:
            data = _ASCII_WS.sub(" ", data)
            if data.startswith(" "):
                self.pending_space = not self.at_line_start
                data = data[1:]
            if not data:
                return
            if data.endswith(" "):
                data = data[:-1]
                trailing = True
            else:
                trailing = False
        else:
            trailing = False
        if self.pending_space and not self.at_line_start:
            self.parts.append(" ")
        self.parts.append(data.replace("\u00a0", " "))
        self.at_line_start = data.endswith("\n")
        self.pending_space = trailing

    def newline(self, blank: bool = False) -> None:
        """End the line; with `blank`, make sure an empty line follows (a paragraph break)."""
        if not self.at_line_start:
            self.parts.append("\n")
        if blank and self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n")
        self.at_line_start = True
        self.pending_space = False

    def br(self) -> None:
        self.parts.append("\n")
        self.at_line_start = True
        self.pending_space = False

    def value(self) -> str:
        lines = "".join(self.parts).split("\n")
        return "\n".join(line.rstrip() for line in lines).strip("\n")


@lru_cache(maxsize=None)
def _release_parser_class():
    """Built on first use so that `html.parser` is imported only when an HTML file is met."""
    from html.parser import HTMLParser

    class ReleaseParser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.sinks = {"headline": _TextSink(), "body": _TextSink(), "page": _TextSink()}
            self.stack: list[tuple[str, Optional[str], bool]] = []
            self.region: Optional[str] = None
            self.skip = 0
            self.pre = 0
            self.title: list[str] = []
            self.in_title = False
            self.seen: set[str] = set()
            self.page_mark: Optional[int] = None

        def _active(self) -> list[_TextSink]:
            sinks = [self.sinks["page"]]
            if self.region:
                sinks.append(self.sinks[self.region])
            return sinks

        def handle_starttag(self, tag, attrs):
            if tag == "title":
                self.in_title = True
            attrs = dict(attrs)
            region = _REGION_IDS.get((attrs.get("id") or "").strip().lower())
            opens = region if region and not self.region and region not in self.seen else None
            skipping = not self.region and not opens and (
                tag in _SKIP_TAGS
                or (attrs.get("role") or "").lower() in _NAV_ROLES
                or bool(_NAV_NAME.search(attrs.get("id") or ""))
                or bool(_NAV_NAME.search(attrs.get("class") or "")))
            self._break(tag, start=True)
            if tag in _VOID_TAGS:
                return
            self.stack.append((tag, self.region, skipping))
            if opens:
                self.region = opens
                self.seen.add(opens)
            if skipping:
                self.skip += 1
            if tag == "pre":
                self.pre += 1

        def handle_startendtag(self, tag, attrs):
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_TAGS:
                self.handle_endtag(tag)

        def handle_endtag(self, tag):
            if tag == "title":
                self.in_title = False
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    break
            else:
                if tag in ("p", "br"):
                    self._break(tag)
                return
            while len(self.stack) > i:
                open_tag, outer_region, skipping = self.stack.pop()
                if skipping:
                    self.skip -= 1
                if open_tag == "pre":
                    self.pre -= 1
                if outer_region != self.region:
                    if self.region == "body":
                        self.page_mark = len(self.sinks["page"].parts)
                    self.region = outer_region
            self._break(tag)

        def _break(self, tag, start=False):
            if self.skip:
                return
            for sink in self._active():
                if tag == "br":
                    sink.br()
                elif tag in _PARAGRAPH_TAGS:
                    sink.newline(blank=True)
                elif tag in _BLOCK_TAGS:
                    sink.newline()
                elif tag in _CELL_TAGS and start and not sink.at_line_start:
                    sink.text("\t", pre=True)

        def handle_data(self, data):
            if self.in_title:
                self.title.append(data)
            if self.skip:
                return
            for sink in self._active():
                sink.text(data, pre=self.pre > 0)

    return ReleaseParser


def html_to_text(markup: str) -> tuple[str, bool]:
    """A release page's text: headline, blank line, body (and its closing lines if they follow
    the body). Returns (text, whether the page had the release's own headline/body parts);
    without them, the whole page's visible text."""
    parser = _release_parser_class()()
    parser.feed(markup)
    parser.close()
    headline = _ASCII_WS.sub(" ", parser.sinks["headline"].value().replace("\u00a0", " ")).strip()
    body = parser.sinks["body"].value()
    if not body.strip():
        return parser.sinks["page"].value() + "\n", False
    if not headline:
        headline = _ASCII_WS.sub(" ", "".join(parser.title).replace("\u00a0", " ")).strip()
    out = [headline, "", body] if headline else [body]
    if parser.page_mark is not None and not _CLOSING.search(body):
        tail = "".join(parser.sinks["page"].parts[parser.page_mark:])[:4000]
        m = _CLOSING.search(tail)
        if m:
            out += ["", "\n".join(line.strip() for line in m.group(0).split("\n"))]
    return "\n".join(out) + "\n", True
