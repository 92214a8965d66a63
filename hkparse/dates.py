"""The date of the reported meeting or event, and the release's closing line.

Releases state the event's day as a phrase ("today (August 30)", "on February 23",
"30 August 2024") and its year, if at all, in the same phrase or in a line that dates the
release (a "date 2017-02-09" dateline, an "August 21, 2024" date line, the closing
"Ends/Friday, August 30, 2024"). A year is only taken from such a line when the event is tied
to it (today, tomorrow, a weekday, or a day just after it); otherwise it comes from the user's
option or the file name, and failing those it stays unknown, with a warning. Never guessed.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterator, Optional

import re  # the std module: these patterns need no `regex`-only feature, and it compiles and runs faster

from .datafiles import read_data
from .document import Document, Span
from .model import EventDate, Evidence, Issued, Meeting

_WORDS = json.loads(read_data("calendar_words.json"))
MONTHS: dict[str, int] = {k.lower(): v for k, v in _WORDS["months"].items()}
WEEKDAYS: dict[str, int] = {k.lower(): v for k, v in _WORDS["weekdays"].items()}
RELATIVE_WORDS = ("today", "tomorrow", "yesterday", "tonight", "this")


def _forms(words) -> set[str]:
    """The title-case and upper-case forms of words, as releases write them."""
    return {f for w in words for f in (w[:1].upper() + w[1:], w.upper())}


def _trie(forms: set[str]) -> str:
    """An alternation of words factored by shared prefixes ("J(?:an(?:uary)?|u(?:ly?|ne?))"):
    it matches what the plain longest-first alternation matches (a greedy optional tail tries
    the longer word first), but the engine settles each letter once instead of per word."""
    tree: dict = {}
    for w in forms:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 else body + "?"
    return emit(tree)


MONTH_NAMES = _trie(_forms(MONTHS))
WEEKDAY_NAMES = _trie(_forms(WEEKDAYS))
MON = rf"(?:{MONTH_NAMES})\b\.?"
WDAY = rf"(?:{WEEKDAY_NAMES})\b\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]|20)\d\d"
GAP = r"[\s\u00a0]{1,3}"  # bounded: a few spaces or a line break between words


# One calendar date as written. Named groups: mon/day/year (words) or y/m/d (numbers), each
# with a suffix that tells the copies apart (the std `re` wants unique group names).
def _month_day(n: str) -> str:
    return (rf"(?P<mon{n}>{MON}){GAP}(?P<day{n}>{DAY})(?![\d:])"
            rf"(?:\s?,?{GAP}(?P<year{n}>{YEAR})(?![\d,]))?")


def _day_month(n: str) -> str:
    return (rf"(?<![\d.,])(?P<day{n}>{DAY}){GAP}(?:of{GAP})?(?P<mon{n}>{MON})"
            rf"(?:\s?,?{GAP}(?P<year{n}>{YEAR})(?![\d,]))?")


def _iso(n: str) -> str:
    return rf"(?<![\d-])(?P<y{n}>(?:19|20)\d\d)-(?P<m{n}>[01]\d)-(?P<d{n}>[0-3]\d)(?![\d-])"


def _dotted(n: str) -> str:
    return rf"(?<![\d.])(?P<d{n}>[0-3]?\d)\.(?P<m{n}>[01]?\d)\.(?P<y{n}>(?:19|20)\d\d)(?![\d.])"


# "from 22 to 25 July 1985", "November 12 to 25", "22-25 July": a span of days.
RANGE = re.compile(
    rf"(?=[A-Z0-9f])(?:(?:from{GAP})?(?P<day>{DAY}){GAP}?(?:-|–|to|and){GAP}?{DAY}{GAP}(?P<mon>{MON})"
    rf"(?:,?{GAP}(?P<year>{YEAR})(?!\d))?"
    rf"|(?:from{GAP})?(?P<mon2>{MON}){GAP}(?P<day2>{DAY}){GAP}?(?:-|–|to|and){GAP}?{DAY}(?![\d:])"
    rf"(?:,?{GAP}(?P<year2>{YEAR})(?!\d))?)"
)

EXPLICIT = re.compile(
    rf"(?=[A-Z0-9od])(?:(?P<on>\b(?:on|On|dated|of){GAP})?(?:(?P<wd>{WDAY}),?{GAP})?"
    rf"(?:{_month_day('')}|{_day_month('2')}|{_iso('')}|{_dotted('2')}))"
)

REL_WORD = (rf"(?P<rel>[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight"
            rf"|[Tt]his{GAP}(?:morning|afternoon|evening)"
            rf"|(?:(?P<which>[Tt]his|[Nn]ext|[Ll]ast|[Oo]n){GAP})?(?P<rwd>{WDAY}))")
# "today (August 30)", "this Thursday (June 27)", "tomorrow morning (May 16)",
# "today (Wednesday)", and the inverted "this (February 23) afternoon".
RELATIVE = re.compile(
    rf"(?=[TtYyOoNnLlMWFS])(?:{REL_WORD}(?:{GAP}(?:morning|afternoon|evening|night))?"
    rf"(?:[\s\u00a0]{{0,3}}\((?:[\s\u00a0]{{0,2}}(?P<pwd>{WDAY})[\s\u00a0]?,?[\s\u00a0]{{0,2}})?"
    rf"(?:(?:{_month_day('')}|{_day_month('2')})[\s\u00a0]{{0,2}})?\))?"
    rf"|(?P<this>[Tt]his)[\s\u00a0]{{0,3}}\([\s\u00a0]{{0,2}}(?:{_month_day('3')}|{_day_month('4')})"
    rf"[\s\u00a0]{{0,2}}\){GAP}(?:morning|afternoon|evening|night))"
)
# Words and digits that can start or carry a date phrase: a fast first pass finds them, and the
# full patterns then run only in small windows around them. (The lookahead of first letters
# lets the engine skip the other positions cheaply.)
TRIGGER_WORDS = _forms(MONTHS) | _forms(WEEKDAYS) | {f for w in RELATIVE_WORDS
                                                    for f in (w, w.capitalize())}
TRIGGER = re.compile(
    rf"(?=[ADFJMNOSTWYty0-9])"
    rf"(?:(?<![A-Za-z]){_trie(TRIGGER_WORDS)}(?![a-z])"
    rf"|(?<!\d)(?:19|20)\d\d-[01]\d-|\d\.[01]?\d\.(?:19|20)\d\d)")
WINDOW_BACK, WINDOW_AHEAD = 24, 64
# Cheap tests that tell whether a window can hold a date at all.
DIGIT = re.compile(r"\d")
REL_HINT = re.compile(r"[Tt]o(?:day|morrow|night)|[Yy]esterday|[Tt]his|day\b|"
                      r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b")
TODAY_DATED = re.compile(rf"(?:[Tt]oday|[Tt]onight|[Tt]his{GAP}(?:morning|afternoon|evening))"
                         rf"[\s\u00a0]{{0,3}}\([^()]{{1,30}}\)")
# "in January" (a month with no day) as the time of the lead's event.
MONTH_ONLY = re.compile(rf"(?=[idf])\b(?:in|during|for){GAP}(?P<mon>{MON})"
                        rf"(?![\s\u00a0]*(?:{DAY}\b|{YEAR}|,[\s\u00a0]*{YEAR}|(?:this|last|next)\b))")

# Lines that date the release.
# (matched at the start of a line of `Document.lines`, which are stripped)
DATELINE = re.compile(rf"date[ \t\u00a0]+{_iso('')}")
DATE_LINE = re.compile(rf"(?:{WDAY},?{GAP})?(?:{_month_day('')}|{_day_month('2')})[ \t\u00a0]*$")
CN_DATE_LINE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
CLOSING = re.compile(
    rf"Ends[\s\u00a0]*/[\s\u00a0]*(?:{WDAY}[\s\u00a0]*,?[\s\u00a0]*)?{_month_day('')}"
    rf"(?:[\s\u00a0]{{0,40}}Issued[\s\u00a0]+at[\s\u00a0]+(?:HKT[\s\u00a0]+)?"
    rf"(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d))?"
)
# A year that names the event itself, in the same phrase as its day: "the Co-operation Meeting
# 2023 ... on February 22", "for the 2026 session ... today (January 12)".
EVENT_NOUN = r"(?:[Mm]eeting|[Cc]onference|[Ss]ession|[Pp]lenary|[Ff]orum|[Ss]ummit|[Ss]ymposium)"
EVENT_YEAR = re.compile(rf"(?:\b{EVENT_NOUN}[ \u00a0](?P<year>{YEAR})\b(?![-/])"
                        rf"|(?<![-/\d])\b(?P<year2>{YEAR})[ \u00a0]{EVENT_NOUN}\b)")
SENTENCE_BREAK = re.compile(r"[.!?;][\s\u00a0]+[\"\u201c(]?[A-Z]")
# A heading that dates a meeting with its year: "Meeting on 17 March 2020",
# "Minutes of the meeting held on Wednesday 6 October 1999", "Date : 29 June 1998".
HEADING_LINE = re.compile(r"(?:.{0,80}\b[Mm]eeting\b|Date[ \t\u00a0]*:)")
FILE_DATE = re.compile(r"(?:(?<![A-Za-z0-9])P(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{5}"
                       r"|(?<!\d)(?P<y2>(?:19|20)\d\d)-?(?P<m2>[01]\d)-?(?P<d2>[0-3]\d))(?!\d)")

MEETING_WORD = re.compile(r"(?i)\b(?:meeting|conference|session|plenary|forum|summit|talks|"
                          r"congress|symposium|seminar)\b")
FUTURE = re.compile(r"(?i)\b(?:will|shall|to[\s\u00a0]+be|is[\s\u00a0]+to|are[\s\u00a0]+to|"
                    r"going[\s\u00a0]+to|scheduled|upcoming|coming)\b")

NO_YEAR_WARNING = "the date has no year in the text: pass --year YEAR to supply one"
REL_OFFSET = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "tomorrow": 1, "yesterday": -1}
TIE_BEFORE, TIE_AFTER = 1, 14
REGION_MAX = 2000  # characters of a region scanned for date phrases  # a month-day is tied to a dated line within these days


@dataclass(frozen=True)
class _Anchor:
    """A line that dates the release: where it is, its date, and how the year is sourced."""

    pos: int
    date: dt.date
    source: str  # "text" | "closing line"


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    month: Optional[int]
    day: Optional[int]
    year: Optional[int]
    offset: Optional[int] = None  # days from the release's date, for today/tomorrow/yesterday
    weekday: Optional[int] = None  # a weekday the phrase names, with no month-day
    future: bool = False


def _month(name: Optional[str]) -> Optional[int]:
    return MONTHS.get(name.rstrip(".").lower()) if name else None


NON_DIGIT = re.compile(r"\D")
SPACES = re.compile(r"[\s\u00a0]+")
LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _int(s: Optional[str]) -> Optional[int]:
    return int(NON_DIGIT.sub("", s)) if s else None


def _valid(year: Optional[int], month: Optional[int], day: Optional[int]) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year if year else 2000, month, day)  # 2000 is a leap year: allows Feb 29
    except ValueError:
        return False
    return True


def _first(m: "re.Match", name: str) -> Optional[str]:
    """The group `name` or one of its suffixed copies ("mon", "mon2", ...): the one that took
    part in the match (the copies sit in alternatives, so at most one did)."""
    names = m.re.groupindex
    for n in (name, name + "2", name + "3", name + "4"):
        if n in names:
            v = m.group(n)
            if v is not None:
                return v
    return None


def _date_of(m: "re.Match") -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(year, month, day) of a match of the month-day/day-month/ISO/dotted groups."""
    y = _first(m, "y")
    if y:
        return int(y), int(_first(m, "m")), int(_first(m, "d"))
    mon = _first(m, "mon")
    if mon is None:
        return None, None, None
    return _int(_first(m, "year")), _month(mon), _int(_first(m, "day"))


# -- the lines that date the release ------------------------------------------------------
def _closing_lines(doc: Document) -> list["re.Match"]:
    """The first 20 closing "Ends/<date>" lines (one scan, shared by the issue date and the
    dated lines)."""
    cache = _cache(doc)
    if "closing" not in cache:
        cache["closing"] = [m for _, m in zip(range(20), CLOSING.finditer(doc.text))]
    return cache["closing"]


def _anchors(doc: Document) -> tuple[list[_Anchor], list[tuple[int, int]]]:
    """The lines that date the release, and their spans (which hold no event date)."""
    text = doc.text
    out: list[_Anchor] = []
    spans: list[tuple[int, int]] = []

    def add(m: "re.Match", pos: int, source: str) -> None:
        y, mo, d = _date_of(m)
        if y and _valid(y, mo, d):
            out.append(_Anchor(pos, dt.date(y, mo, d), source))
            spans.append((m.start(), m.end()))

    for line in doc.lines:
        head = text[line.start:line.start + 5]
        if head.startswith("date"):
            m = DATELINE.match(text, line.start, line.end)
            if m:
                add(m, m.start("y"), "text")
        elif line.end - line.start <= 48 and head[:1].isalnum():
            m = DATE_LINE.match(text, line.start, line.end)
            if m:
                add(m, m.start(), "text")
            elif "\u5e74" in text[line.start:line.end]:
                m = CN_DATE_LINE.match(text, line.start, line.end)
                if m:
                    add(m, m.start(), "closing line")
    for m in _closing_lines(doc):
        add(m, m.start(), "closing line")
    out.sort(key=lambda a: a.pos)
    return out, spans


def _anchor_for(anchors: list[_Anchor], pos: int) -> Optional[_Anchor]:
    """The dated line that governs a phrase: the nearest one before it, else the next one."""
    before = [a for a in anchors if a.pos <= pos]
    if before:
        return before[-1]
    return anchors[0] if anchors else None


def find_issued(doc: Document) -> Optional[Issued]:
    """The closing "Ends/<weekday>, <date>" line and the "Issued at HKT hh:mm" after it."""
    closing = _closing_lines(doc)
    if not closing:
        return None
    m = closing[0]
    y, mo, d = _date_of(m)
    if not y or not _valid(y, mo, d):
        return None
    time = f"{int(m.group('hh')):02d}:{m.group('mm')}" if m.group("hh") else None
    return Issued(date=f"{y:04d}-{mo:02d}-{d:02d}", time=time,
                  evidence=Evidence.of(doc.text, m.start(), m.end()))


# -- the phrases that date the event ------------------------------------------------------
def _candidates(text: str, start: int, end: int, skip: list[tuple[int, int]],
                limit: int = 40) -> list[_Candidate]:
    """The date phrases in text[start:end] (the first `limit` of each kind: a lead holds a
    handful, and the cap keeps pathological input linear), in text order, longest match
    winning overlaps."""
    found: list[_Candidate] = []
    bare: list[_Candidate] = []
    # where a phrase (or a dated line) already sits, clipped to the window
    taken = [(max(a, start), min(b, end)) for a, b in skip if max(a, start) < min(b, end)]

    def free(s: int, e: int) -> bool:
        s, e = max(s, start), min(e, end)
        return s >= e or not any(a < e and s < b for a, b in taken)

    has_digit = DIGIT.search(text, start, end) is not None
    relative = RELATIVE.finditer(text, start, end) if REL_HINT.search(text, start, end) else ()
    for n, m in enumerate(relative):
        if n >= limit:
            break
        s, e = m.span()
        if taken and not free(s, e):
            continue
        y, mo, d = _date_of(m)
        future = False
        if m.group("this"):
            offset, weekday = 0, None
        else:
            rel = m.group("rel").lower()
            if rel.split()[0] in ("today", "tomorrow", "yesterday", "tonight") \
                    or rel.startswith("this") and not m.group("rwd"):
                offset = REL_OFFSET[SPACES.sub(" ", rel)]
                weekday = None
            else:
                offset = None
                weekday = WEEKDAYS[m.group("rwd").rstrip(".").lower()]
                if mo is None and not m.group("which"):
                    continue  # a bare weekday with no date: too weak to be the event's day
                # (only a weekday's day depends on it: "next Monday", "will ... on Monday")
                future = (FUTURE.search(text[max(start, s - 200):s]) is not None
                          or (m.group("which") or "").lower() == "next")
        if mo is not None and not _valid(y, mo, d):
            continue
        cand = _Candidate(s, e, mo, d, y, offset, weekday, future)
        if mo is None:
            bare.append(cand)  # after the explicit dates: "on Tuesday, 17 September 2019"
        else:
            found.append(cand)
            taken.append((max(s, start), min(e, end)))
    ranges = RANGE.finditer(text, start, end) if has_digit else ()
    for n, m in enumerate(ranges):
        if n >= limit:
            break
        s, e = m.span()
        if taken and not free(s, e):
            continue
        mo, d, y = _month(_first(m, "mon")), _int(_first(m, "day")), _int(_first(m, "year"))
        if _valid(y, mo, d):
            found.append(_Candidate(s, e, mo, d, y, offset=-999))  # -999: range
            taken.append((max(s, start), min(e, end)))
    explicit = EXPLICIT.finditer(text, start, end) if has_digit else ()
    for n, m in enumerate(explicit):
        if n >= limit:
            break
        s, e = m.span()
        if taken and not free(s, e):
            continue
        y, mo, d = _date_of(m)
        if _valid(y, mo, d):
            found.append(_Candidate(s, e, mo, d, y))
            taken.append((max(s, start), min(e, end)))
    found.extend(c for c in bare if free(c.start, c.end))
    found.sort(key=lambda c: c.start)
    return found


def _region_candidates(text: str, start: int, end: int, skip: list[tuple[int, int]]
                       ) -> list[_Candidate]:
    """The date phrases of text[start:end], found in windows around the words that carry them
    (cheaper than running every full pattern over the whole region)."""
    windows: list[list[int]] = []
    for n, m in enumerate(TRIGGER.finditer(text, start, end)):
        if n >= 60:  # far more than a lead holds: freak input stays linear
            break
        a, b = max(start, m.start() - WINDOW_BACK), min(end, m.end() + WINDOW_AHEAD)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    out: list[_Candidate] = []
    for a, b in windows:
        out.extend(_candidates(text, a, b, skip))
    return out


def _month_only(text: str, start: int, end: int) -> Optional[_Candidate]:
    m = MONTH_ONLY.search(text, start, end)
    if not m:
        return None
    return _Candidate(m.start(), m.end(), _month(m.group("mon")), None, None)


def _resolve(c: _Candidate, anchors: list[_Anchor]
             ) -> Optional[tuple[Optional[int], int, Optional[int], Optional[str]]]:
    """(year, month, day, year_source) of a phrase, or None when it names no day or month."""
    anchor = _anchor_for(anchors, c.start)
    if c.month is not None:
        if c.year:
            return c.year, c.month, c.day, "text"
        if anchor is None or c.day is None:
            return None, c.month, c.day, None
        tied = _tied_year(c, anchor)
        return (tied, c.month, c.day, anchor.source) if tied else (None, c.month, c.day, None)
    if anchor is None:
        return None  # "today", "this Thursday" with nothing to date them
    base = anchor.date
    if c.offset is not None:
        day = base + dt.timedelta(days=c.offset)
    elif c.weekday is not None:
        delta = (c.weekday - base.weekday()) % 7
        day = base + dt.timedelta(days=delta) if c.future or delta == 0 else \
            base - dt.timedelta(days=(7 - delta))
    else:
        return None
    return day.year, day.month, day.day, anchor.source


def _tied_year(c: _Candidate, anchor: _Anchor) -> Optional[int]:
    """The year of a month-day that is tied to the dated line, or None when it is not."""
    base = anchor.date
    for y in (base.year, base.year + 1, base.year - 1):
        try:
            day = dt.date(y, c.month, c.day)
        except ValueError:
            continue
        delta = (day - base).days
        if c.offset is not None and c.offset != -999:
            # today/tomorrow/yesterday: must agree with the line, give or take a day
            if abs(delta - c.offset) <= 1:
                return y
        elif c.weekday is not None:
            if -7 <= delta <= 7:
                return y
        elif -TIE_BEFORE < delta <= TIE_AFTER or delta == 0:
            return y
    return None


def _event_year(text: str, c: _Candidate, floor: int) -> Optional[int]:
    """A year naming the event in the same phrase, just before its day (None if there is none)."""
    start = max(floor, c.start - 120)
    found = None
    for m in EVENT_YEAR.finditer(text, start, c.start):
        if not SENTENCE_BREAK.search(text, m.end(), c.start):
            found = int(_first(m, "year"))
    return found


def _heading_dates(doc: Document, anchor_spans: list[tuple[int, int]]) -> list[_Candidate]:
    """Dates with a year in the headings that date a meeting (minutes, notices, papers)."""
    text = doc.text
    out = []
    for line in doc.lines:
        if line.start > 4000:
            break
        t = text[line.start:line.end]
        if len(t) > 160 or not ("eeting" in t or t.startswith("Date")) or not HEADING_LINE.match(t):
            continue
        for c in _region_candidates(text, line.start, line.end, anchor_spans):
            if c.year and c.month and c.day:
                out.append(c)
    return out


def _year_from_file(source: Optional[str]) -> Optional[int]:
    if not source:
        return None
    for m in FILE_DATE.finditer(os.path.basename(source)):
        y, mo, d = int(_first(m, "y")), int(_first(m, "m")), int(_first(m, "d"))
        if _valid(y, mo, d):
            return y
    return None


# Page furniture and photo captions that come before a release's lead paragraph.
# (two patterns: the "(left)" one is only searched for when the text has a bracket at all)
CAPTION_POSITION = re.compile(r"\((?:[\w ,-]{0,30}\b)?(?:left|right|centre|center|middle)\)")
CAPTION_LABEL = re.compile(
    r"[\s\u00a0]*[A-Z][\w'\u2019&-]*(?:[ \u00a0][\w'\u2019&-]+){0,4}:[\s\u00a0]+[A-Z]")


def _is_caption(text: str) -> bool:
    """A photo caption ("(left)", "(centre)") or a "Label: Text" line of page furniture."""
    return CAPTION_LABEL.match(text) is not None or (
        "(" in text and CAPTION_POSITION.search(text) is not None)
HEADLINE_RULE = re.compile(r"\*{5,}")
ON_BEHALF = re.compile(r"(?i)^[\s\u00a0]*the following is (?:issued|a)\b.{0,120}:[\s\u00a0]*$")


def _is_prose(text: str) -> bool:
    """A paragraph that reads as the body of a release, not a headline, date line or menu."""
    t = text[:REGION_MAX].strip()
    if len(t) < 40 or ON_BEHALF.match(t) or t.startswith("*"):
        return False
    words = LOWER_WORD.finditer(t)
    if sum(1 for _, _ in zip(range(3), words)) < 3:
        return False
    return t[-1] in ".!?:\"\u201d\u2019'" or len(t) >= 200


def _after_rule(doc: Document, p: Span) -> Span:
    """A paragraph without the headline and asterisk rule that a copy may run into it."""
    if doc.text.find("*****", p.start, p.end) < 0:
        return p
    rules = list(HEADLINE_RULE.finditer(doc.text, p.start, p.end))
    return Span(rules[-1].end(), p.end) if rules else p


def _sentences_of(doc: Document, p: Span, body: bool) -> list[Span]:
    """`doc.sentences_in(p)`, taken from the document's own (cached) sentence list when `p` is
    one of its body paragraphs, whose sentences that list already holds."""
    if not body:
        return doc.sentences_in(p)
    title = doc.title_span
    out = [s for s in doc.sentences if p.start <= s.start and s.end <= p.end and s != title]
    return out if out else doc.sentences_in(p)


def _lead_regions(doc: Document) -> tuple[Optional[Span], list[Span]]:
    """The lead window (the first two sentences of the first prose paragraph, running into the
    next paragraph when the lead is one sentence) and the captions seen before it."""
    text = doc.text
    captions: list[Span] = []
    body = bool(doc.body_paragraphs)
    paragraphs = doc.body_paragraphs or doc.paragraphs
    for i, whole in enumerate(paragraphs[:80]):
        p = _after_rule(doc, whole)
        t = p.of(text)
        if not _is_prose(t):
            continue
        if len(t) < 400 and _is_caption(t):
            captions.append(p)
            continue
        sentences = _sentences_of(doc, p, body and p is whole)
        if not sentences:
            continue
        if len(sentences) < 2 and i + 1 < len(paragraphs) and _is_prose(paragraphs[i + 1].of(text)):
            sentences += _sentences_of(doc, paragraphs[i + 1], body)[:1]
        window = sentences[:2]
        return Span(window[0].start, window[-1].end), captions
    return None, captions


def _cache(doc: Document) -> dict:
    """Per-document scratch space of this module (the document's parts never change)."""
    return doc.__dict__.setdefault("_dates_cache", {})


def _sentence_starts(doc: Document) -> Optional[list[int]]:
    """The starts of `doc.sentences`, for a binary search; None when the sentences are not in
    order without overlaps (then a plain scan finds the first that holds a position)."""
    cache = _cache(doc)
    if "sentence_starts" not in cache:
        sentences = doc.sentences
        ordered = all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
        cache["sentence_starts"] = [s.start for s in sentences] if ordered else None
    return cache["sentence_starts"]


def _sentence_of(doc: Document, pos: int) -> Optional[Span]:
    """The sentence that holds the position (None in a gap between sentences)."""
    starts = _sentence_starts(doc)
    if starts is not None:
        i = bisect_right(starts, pos) - 1
        if i >= 0:
            s = doc.sentences[i]
            if pos < s.end:
                return s
        return None
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _paragraph_of(doc: Document, pos: int) -> Optional[Span]:
    for p in doc.paragraphs:
        if p.start <= pos < p.end:
            return p
    return None


def _regions(doc: Document, meeting: Optional[Meeting]
             ) -> Iterator[tuple[Span, Optional[int], str]]:
    """Where to look for the event's day, nearest the reported meeting (or lead) first; each
    with the position to measure nearness from (None: take the first phrase) and its kind.
    A generator: the caller stops at the first region with a date, so the later (dearer)
    regions, such as the lead, are only worked out when needed."""
    if meeting is not None:
        pos = meeting.evidence.end
        sentence = _sentence_of(doc, meeting.evidence.start)
        if sentence:
            yield sentence, pos, "meeting"
        paragraph = _paragraph_of(doc, meeting.evidence.start)
        if paragraph:
            yield paragraph, pos, "meeting"
        # other mentions of the same meeting: "... held its first meeting in London on ..."
        words = meeting.evidence.text
        mentions: list[tuple[Span, Optional[int], str]] = []
        for form in {words, words[:1].swapcase() + words[1:]}:
            at = doc.text.find(form)
            for _ in range(5):
                if at < 0:
                    break
                sentence = _sentence_of(doc, at)
                if sentence and at != meeting.evidence.start:
                    mentions.append((sentence, at + len(form), "mention"))
                at = doc.text.find(form, at + 1)
        yield from sorted(mentions, key=lambda r: r[1] or 0)
    lead, captions = _lead_regions(doc)
    if lead is not None:
        yield lead, None, "lead"
    for c in captions:
        yield c, None, "caption"
    if doc.title_span is not None:
        yield doc.title_span, None, "title"


def _pick(doc: Document, meeting: Optional[Meeting], anchor_spans: list[tuple[int, int]]
          ) -> Optional[_Candidate]:
    """The phrase that dates the event: the first (or the nearest to the meeting) of the first
    region that has one; a date without a year takes the year its phrase or a heading gives."""
    found = _pick_phrase(doc, meeting, anchor_spans)
    if found is None or found.year or found.month is None or found.day is None:
        return found
    floor = _sentence_floor(doc, found.start)
    year = _event_year(doc.text, found, floor)
    if year is None:
        same_day = [h for h in _heading_dates(doc, anchor_spans)
                    if (h.month, h.day) == (found.month, found.day)]
        year = same_day[0].year if same_day else None
    if year is None:
        return found
    return _Candidate(found.start, found.end, found.month, found.day, year, found.offset,
                      found.weekday, found.future)


def _sentence_floor(doc: Document, pos: int) -> int:
    sentence = _sentence_of(doc, pos)
    return sentence.start if sentence else max(0, pos - 120)


def _pick_phrase(doc: Document, meeting: Optional[Meeting], anchor_spans: list[tuple[int, int]]
                 ) -> Optional[_Candidate]:
    text = doc.text
    regions = _regions(doc, meeting)
    header_checked = False
    month_only: Optional[_Candidate] = None
    for region, near, kind in regions:
        if kind != "meeting" and not header_checked:
            header_checked = True
            header = _date_header(doc, anchor_spans)
            if header is not None:
                return header
        if month_only is not None and kind != "lead":
            continue
        # a lead or a meeting's sentence is short: bound the scan on freak input
        if near is None:
            start, end = region.start, min(region.end, region.start + REGION_MAX)
        else:
            start, end = max(region.start, near - REGION_MAX), min(region.end, near + REGION_MAX)
        region = Span(start, end)
        cands = _region_candidates(text, region.start, region.end, anchor_spans)
        if any(c.offset == -999 for c in cands):  # a span of days dates only a meeting
            ranges_ok = MEETING_WORD.search(text, region.start, region.end) is not None
            cands = [c for c in cands if c.offset != -999 or ranges_ok]
        if kind == "title":  # a headline dates its event only as "today (September 17)"
            cands = [c for c in cands if c.month is not None and c.offset is not None]
        if near is not None:
            after = [c for c in cands if c.start >= near]
            before = [c for c in cands if c.start < near] if kind == "meeting" else []
            cands = after or before[-1:]
        if month_only is not None:
            # a bare month elsewhere yields to the lead's "today (December 28)"
            today = [c for c in cands if c.offset == 0 and c.month is not None and c.day is not None]
            return today[0] if today else month_only
        if cands:
            return cands[0]
        only = _month_only(text, region.start, region.end)
        if only:
            if kind == "lead":
                return only
            month_only = only
    if month_only is not None:
        return month_only
    headings = _heading_dates(doc, anchor_spans)
    return headings[0] if headings else None


DATE_HEADER = re.compile(r"Date[ \t\u00a0]*:")
DATE_HEADER_WITHIN = 1500  # characters from the top: the header block of minutes or a notice


def _date_header(doc: Document, anchor_spans: list[tuple[int, int]]) -> Optional[_Candidate]:
    """The full date of a "Date: 14 March 2017" line heading minutes or a notice, when it
    stands before the lead: it dates the meeting the document records, while dates in the
    items below ("the minutes of the 22nd meeting held on ...") are earlier meetings'."""
    text = doc.text
    if text.find("Date", 0, DATE_HEADER_WITHIN) < 0:
        return None
    lead, _ = _lead_regions(doc)
    limit = min(DATE_HEADER_WITHIN, lead.start if lead is not None else DATE_HEADER_WITHIN)
    for line in doc.lines:
        if line.start >= limit:
            break
        if line.end - line.start > 80 or not DATE_HEADER.match(text, line.start, line.end):
            continue
        for c in _candidates(text, line.start, line.end, anchor_spans):
            if c.year and c.month and c.day:
                return c
    return None


def _today_in_text(doc: Document, anchor_spans: list[tuple[int, int]]) -> Optional[_Candidate]:
    """A "today (August 30)" phrase anywhere in the text: it dates a bare "today" too."""
    for n, m in enumerate(TODAY_DATED.finditer(doc.text)):
        if n >= 40:
            break
        for c in _candidates(doc.text, m.start(), m.end(), anchor_spans):
            if c.offset == 0 and c.month is not None and c.day is not None:
                return c
    return None


def find_date(doc: Document, meeting: Optional[Meeting], year: Optional[int] = None,
              source: Optional[str] = None) -> tuple[Optional[EventDate], list[str]]:
    """The day of the reported meeting (or of the lead's event) and any warnings about it."""
    text = doc.text
    anchors, anchor_spans = _anchors(doc)
    cand = _pick(doc, meeting, anchor_spans)
    if cand is None:
        return None, []
    resolved = _resolve(cand, anchors)
    if resolved is None and cand.offset == 0:
        today = _today_in_text(doc, anchor_spans)
        if today is not None:
            cand, resolved = today, (today.year, today.month, today.day, "text" if today.year else None)
    if resolved is None:
        return None, []
    y, mo, d, y_source = resolved
    warnings: list[str] = []
    if y is None:
        if year is not None:
            y, y_source = year, "option"
        else:
            y = _year_from_file(source)
            y_source = "file name" if y else None
            if y is None and d is not None:
                warnings.append(NO_YEAR_WARNING)
    ev = Evidence.of(text, cand.start, cand.end)
    return EventDate(year=y, month=mo, day=d, year_source=y_source, evidence=ev), warnings
