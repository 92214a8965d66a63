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
from typing import Iterator, NamedTuple, Optional

import re  # the std module: these patterns need no `regex`-only feature, and it compiles and runs faster

from .datafiles import read_data
from .document import Document, Span
from .model import EventDate, Evidence, Issued, Meeting
from .patterns import LazyPattern

_WORDS = json.loads(read_data("calendar_words.json"))
MONTHS: dict[str, int] = {k.lower(): v for k, v in _WORDS["months"].items()}
WEEKDAYS: dict[str, int] = {k.lower(): v for k, v in _WORDS["weekdays"].items()}
RELATIVE_WORDS = ("today", "tomorrow", "yesterday", "tonight", "this")


def _forms(words) -> set[str]:
    """The title-case and upper-case forms of words, as releases write them."""
    return {f for w in words for f in (w[:1].upper() + w[1:], w.upper())}


def _tree(forms) -> dict:
    tree: dict = {}
    for w in forms:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return tree


def _emit(node: dict) -> str:
    alts = [re.escape(ch) + _emit(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(alts) == 1 else body + "?"


def _trie(forms) -> str:
    """An alternation of words factored by shared prefixes ("J(?:an(?:uary)?|u(?:ly?|ne?))"):
    it matches what the plain longest-first alternation matches (a greedy optional tail tries
    the longer word first), but the engine settles each letter once instead of per word."""
    return _emit(_tree(forms))


def _first_letter_trie(forms, after_first: str = "", tail: str = "") -> list[str]:
    """The trie as top-level alternatives that each start with a plain letter, with
    `after_first` put after that letter and `tail` after each alternative. A pattern made only
    of such alternatives lets the std `re` skip, in C, every position whose character starts
    none of them (a leading lookahead or lookbehind would disable that skip)."""
    tree = _tree(forms)
    return [re.escape(ch) + after_first + _emit(tree[ch]) + tail for ch in sorted(tree)]


MONTH_FORMS = _forms(MONTHS)
WEEKDAY_FORMS = _forms(WEEKDAYS)
MONTH_NAMES = _trie(MONTH_FORMS)
WEEKDAY_NAMES = _trie(WEEKDAY_FORMS)
MON = rf"(?:{MONTH_NAMES})\b\.?"
WDAY = rf"(?:{WEEKDAY_NAMES})\b\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]|20)\d\d"
GAP = r"[\s\u00a0]{1,3}"  # bounded: a few spaces or a line break between words
GAP_MAX = 3
WEEKDAY_MAX = max(len(w) for w in WEEKDAYS) + 1  # "Wednesday."


# One calendar date as written. Named groups: mon/day/year (words) or y/m/d (numbers), each
# with a suffix that tells the copies apart (the std `re` wants unique group names).
def _month_day(n: str) -> str:
    return (rf"(?P<mon{n}>{MON}){GAP}(?P<day{n}>{DAY})(?![\d:])"
            rf"(?:\s?,?{GAP}(?P<year{n}>{YEAR})(?![\d]|,\d))?")


def _day_month(n: str) -> str:
    return (rf"(?<![\d.,])(?P<day{n}>{DAY}){GAP}(?:of{GAP})?(?P<mon{n}>{MON})"
            rf"(?:\s?,?{GAP}(?P<year{n}>{YEAR})(?![\d]|,\d))?")


def _iso(n: str) -> str:
    return rf"(?<![\d-])(?P<y{n}>(?:19|20)\d\d)-(?P<m{n}>[01]\d)-(?P<d{n}>[0-3]\d)(?![\d-])"


def _dotted(n: str) -> str:
    return rf"(?<![\d.])(?P<d{n}>[0-3]?\d)\.(?P<m{n}>[01]?\d)\.(?P<y{n}>(?:19|20)\d\d)(?![\d.])"


# "from 22 to 25 July 1985", "November 12 to 25", "22-25 July": a span of days.
RANGE = LazyPattern(
    rf"(?=[A-Z0-9f])(?:(?:from{GAP})?(?P<day>{DAY}){GAP}?(?:-|–|to|and){GAP}?{DAY}{GAP}(?P<mon>{MON})"
    rf"(?:,?{GAP}(?P<year>{YEAR})(?!\d))?"
    rf"|(?:from{GAP})?(?P<mon2>{MON}){GAP}(?P<day2>{DAY}){GAP}?(?:-|–|to|and){GAP}?{DAY}(?![\d:])"
    rf"(?:,?{GAP}(?P<year2>{YEAR})(?!\d))?)"
)
# What every span of days holds: a day, "-"/"to"/"and", a day. Without it RANGE cannot match,
# so it is not run (the common case: a window with digits but no span of days).
RANGE_HINT = re.compile(r"\d(?:st|nd|rd|th)?[\s\u00a0]{0,3}(?:-|–|to|and)[\s\u00a0]{0,3}[0-9]")

# The date itself, without the "on Tuesday," that may come first.
_DATE_CORE = f"(?:{_month_day('')}|{_day_month('2')}|{_iso('')}|{_dotted('2')})"
EXPLICIT = LazyPattern(
    rf"(?=[A-Z0-9od])(?:(?P<on>\b(?:on|On|dated|of){GAP})?(?:(?P<wd>{WDAY}),?{GAP})?"
    rf"{_DATE_CORE})"
)
# Where a date itself starts (found fast: the first letter or digit is tested in C, and the
# full date only where it fits). An EXPLICIT match holds one, at most EXPLICIT_REACH characters
# after its start ("dated" + gap + "Wednesday.," + gap).
DATE_START = LazyPattern(rf"[{''.join(sorted({w[0] for w in MONTH_FORMS}))}\d](?<=(?={_DATE_CORE}).)")
EXPLICIT_REACH = len("dated") + GAP_MAX + WEEKDAY_MAX + 1 + GAP_MAX

REL_WORD = (rf"(?P<rel>[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight"
            rf"|[Tt]his{GAP}(?:morning|afternoon|evening)"
            rf"|(?:(?P<which>[Tt]his|[Nn]ext|[Ll]ast|[Oo]n){GAP})?(?P<rwd>{WDAY}))")
# A release from abroad dates by the clock there: "today (November 19, Paris time)".
PLACE_TIME = r"(?:,[\s\u00a0]{0,2}(?:[A-Za-z]+[\s\u00a0]){1,2}time)"
# "today (August 30)", "this Thursday (June 27)", "tomorrow morning (May 16)",
# "today (Wednesday)", "today (November 19, Paris time)", and the inverted
# "this (February 23) afternoon".
RELATIVE = LazyPattern(
    rf"(?=[TtYyOoNnLlMWFS])(?:{REL_WORD}(?:{GAP}(?:morning|afternoon|evening|night))?"
    rf"(?:[\s\u00a0]{{0,3}}\((?:[\s\u00a0]{{0,2}}(?P<pwd>{WDAY})[\s\u00a0]?,?[\s\u00a0]{{0,2}})?"
    rf"(?:(?:{_month_day('')}|{_day_month('2')}){PLACE_TIME}?[\s\u00a0]{{0,2}})?\))?"
    rf"|(?P<this>[Tt]his)[\s\u00a0]{{0,3}}\([\s\u00a0]{{0,2}}(?:{_month_day('3')}|{_day_month('4')})"
    rf"[\s\u00a0]{{0,2}}\){GAP}(?:morning|afternoon|evening|night))"
)
# The word every RELATIVE match starts with, or (after "on/this/next/last" and a gap) holds:
# today/tomorrow/yesterday/tonight/this or a weekday.
REL_START_WORDS = frozenset(f for w in RELATIVE_WORDS for f in (w, w.capitalize()))
REL_START = LazyPattern("|".join(_first_letter_trie(REL_START_WORDS | WEEKDAY_FORMS)))
WHICH_BEFORE = re.compile(r"(?:[Tt]his|[Nn]ext|[Ll]ast|[Oo]n)[\s\u00a0]{1,3}\Z")  # up to endpos
WHICH_REACH = len("this") + GAP_MAX
# Words and digits that can start or carry a date phrase: a fast first pass finds them, and the
# full patterns then run only in small windows around them. (Each alternative starts with a
# plain character, so the engine skips the other positions in C; the "no letter before" test
# comes right after that first character.)
TRIGGER_WORDS = MONTH_FORMS | WEEKDAY_FORMS | REL_START_WORDS
TRIGGER = LazyPattern("|".join(
    _first_letter_trie(TRIGGER_WORDS, after_first=r"(?<![A-Za-z].)", tail=r"(?![a-z])")
    + [r"1(?:(?<!\d.)9\d\d-[01]\d-|\.[01]?\d\.(?:19|20)\d\d)",   # 19xx-mm- or 1.2.2019
       r"2(?:(?<!\d.)0\d\d-[01]\d-|\.[01]?\d\.(?:19|20)\d\d)"]
    + [rf"{d}\.[01]?\d\.(?:19|20)\d\d" for d in "03456789"]))
WINDOW_BACK, WINDOW_AHEAD = 24, 64
# Cheap tests that tell whether a window can hold a date at all. (REL_HINT: "today", "this",
# "...day", or a weekday's short form as a word; written as alternatives that each start with a
# plain letter, for the fast skip.)
DIGIT = re.compile(r"\d")
REL_HINT = LazyPattern(r"To(?:day|morrow|night)|to(?:day|morrow|night)|Yesterday|yesterday|This|this"
                      r"|day\b|M(?<!\w.)on\b|T(?<!\w.)(?:ues?|hu(?:rs?)?)\b|W(?<!\w.)ed\b"
                      r"|F(?<!\w.)ri\b|S(?<!\w.)(?:at|un)\b")
TODAY_DATED = LazyPattern(rf"(?:[Tt]oday|[Tt]onight|[Tt]his{GAP}(?:morning|afternoon|evening))"
                    rf"[\s\u00a0]{{0,3}}\([^()]{{1,30}}\)")
# "in January" (a month with no day) as the time of the lead's event.
MONTH_ONLY = LazyPattern(rf"(?=[idf])\b(?:in|during|for){GAP}(?P<mon>{MON})"
                   rf"(?![\s\u00a0]*(?:{DAY}\b|{YEAR}|,[\s\u00a0]*{YEAR}|(?:this|last|next)\b))")
MONTH_WORD = LazyPattern("|".join(_first_letter_trie(MONTH_FORMS)))
MONTH_ONLY_REACH = len("during") + GAP_MAX

# Lines that date the release.
# (matched at the start of a line of `Document.lines`, which are stripped)
DATELINE = LazyPattern(rf"date[ \t\u00a0]+{_iso('')}")
DATE_LINE = LazyPattern(rf"(?:{WDAY},?{GAP})?(?:{_month_day('')}|{_day_month('2')})[ \t\u00a0]*$")
DATE_LINE_FIRST = frozenset(w[0] for w in MONTH_FORMS | WEEKDAY_FORMS) | frozenset("0123456789")
CN_DATE_LINE = LazyPattern(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
CLOSING = LazyPattern(
    rf"Ends?[\s\u00a0]*/[\s\u00a0]*(?:{WDAY}[\s\u00a0]*,?[\s\u00a0]*)?{_month_day('')}"
    rf"(?:[\s\u00a0]{{0,40}}Issued[\s\u00a0]+at[\s\u00a0]+(?:HKT[\s\u00a0]+)?"
    rf"(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d))?"
)
# A year that names the event itself, in the same phrase as its day: "the Co-operation Meeting
# 2023 ... on February 22", "for the 2026 session ... today (January 12)".
EVENT_NOUN = r"(?:[Mm]eeting|[Cc]onference|[Ss]ession|[Pp]lenary|[Ff]orum|[Ss]ummit|[Ss]ymposium)"
EVENT_YEAR = LazyPattern(rf"(?:\b{EVENT_NOUN}[ \u00a0](?P<year>{YEAR})\b(?![-/])"
                   rf"|(?<![-/\d])\b(?P<year2>{YEAR})[ \u00a0]{EVENT_NOUN}\b)")
YEAR_DIGITS = re.compile(YEAR)  # in every EVENT_YEAR match, at most EVENT_YEAR_REACH in
EVENT_YEAR_REACH = len("Conference") + 1
SENTENCE_BREAK = LazyPattern(r"[.!?;][\s\u00a0]+[\"\u201c(]?[A-Z]")
# A heading that dates a meeting with its year: "Meeting on 17 March 2020",
# "Minutes of the meeting held on Wednesday 6 October 1999", "Date : 29 June 1998".
HEADING_LINE = LazyPattern(r"(?:.{0,80}\b[Mm]eeting\b|Date[ \t\u00a0]*:)")
FILE_DATE = LazyPattern(r"(?:(?<![A-Za-z0-9])P(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{5}"
                  r"|(?<!\d)(?P<y2>(?:19|20)\d\d)-?(?P<m2>[01]\d)-?(?P<d2>[0-3]\d))(?!\d)")

MEETING_WORD = LazyPattern(r"(?i)\b(?:meeting|conference|session|plenary|forum|summit|talks|"
                     r"congress|symposium|seminar)\b")
FUTURE = LazyPattern(r"(?i)\b(?:will|shall|to[\s\u00a0]+be|is[\s\u00a0]+to|are[\s\u00a0]+to|"
               r"going[\s\u00a0]+to|scheduled|upcoming|coming)\b")

NO_YEAR_WARNING = "the date has no year in the text: pass --year YEAR to supply one"
REL_OFFSET = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "tomorrow": 1, "yesterday": -1}
TIE_BEFORE, TIE_AFTER = 1, 14  # a month-day is tied to a dated line within these days
REGION_MAX = 2000  # characters of a region scanned for date phrases
RANGE_OFFSET = -999  # the `offset` that marks a span of days


class _Anchor(NamedTuple):
    """A line that dates the release: where it is, its date, and how the year is sourced."""

    pos: int
    date: dt.date
    source: str  # "text" | "closing line"


class _Candidate(NamedTuple):
    """A date phrase (a tuple: cheap to make by the dozen)."""

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
    if not s:
        return None
    return int(s) if s.isdigit() else int(NON_DIGIT.sub("", s))  # "25th" -> 25


def _valid(year: Optional[int], month: Optional[int], day: Optional[int]) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None or 1 <= day <= 28:  # every month has those days
        return True
    try:
        dt.date(year if year else 2000, month, day)  # 2000 is a leap year: allows Feb 29
    except ValueError:
        return False
    return True


_GROUP_SLOTS: dict[int, tuple] = {}  # id of a module-level pattern -> its date groups


def _slots(pattern: "re.Pattern") -> tuple:
    """The group numbers of y, m, d, mon, year, day and their suffixed copies ("mon2", ...)
    in `pattern`, all in one tuple (one `Match.group` call reads them), and where each name's
    copies sit in it. (Keyed by id: hashing a pattern hashes its whole program.)"""
    got = _GROUP_SLOTS.get(id(pattern))
    if got is None:
        names = pattern.groupindex
        numbers: list[int] = []
        cuts = [0]
        for name in ("y", "m", "d", "mon", "year", "day"):
            numbers += [names[n] for n in (name, name + "2", name + "3", name + "4") if n in names]
            cuts.append(len(numbers))
        numbers += [0] * (2 - len(numbers))  # two or more: `Match.group` then gives a tuple
        got = _GROUP_SLOTS.setdefault(id(pattern), (tuple(numbers), tuple(cuts)))
    return got


def _date_of(m: "re.Match") -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(year, month, day) of a match of the month-day/day-month/ISO/dotted groups. Each name
    has copies in alternatives ("mon", "mon2", ...): the one that took part is read (the first
    that is not None; a group that took part is never empty)."""
    pattern = m.re
    slots = _GROUP_SLOTS.get(id(pattern)) or _slots(pattern)
    numbers, (_, c1, c2, c3, c4, c5, c6) = slots
    values = m.group(*numbers)
    y = next(filter(None, values[:c1]), None)
    if y:
        return int(y), int(next(filter(None, values[c1:c2]))), int(next(filter(None, values[c2:c3])))
    mon = next(filter(None, values[c3:c4]), None)
    if mon is None:
        return None, None, None
    year = next(filter(None, values[c4:c5]), None)
    day = next(filter(None, values[c5:c6]), None)
    return (int(year) if year else None,  # YEAR: digits only
            MONTHS.get(mon.rstrip(".").lower()),
            _int(day))


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


def _cache(doc: Document) -> dict:
    """Per-document scratch space of this module (the document's parts never change)."""
    cache = doc.__dict__.get("_dates_cache")
    if cache is None:
        cache = doc.__dict__["_dates_cache"] = {}
    return cache


# -- the lines that date the release ------------------------------------------------------
def _closing_lines(doc: Document) -> list[tuple["re.Match", tuple]]:
    """The first 20 closing "Ends/<date>" lines, each with its (year, month, day): one scan and
    one reading, shared by the issue date and the dated lines."""
    cache = _cache(doc)
    found = cache.get("closing")
    if found is None:
        text = doc.text
        # `CLOSING.finditer(text)`, tried only where "End" (its first word, "Ends" in today's
        # releases, "End" in those of the 1990s) stands
        found = []
        closing = CLOSING
        at = text.find("End")
        while at >= 0 and len(found) < 20:
            m = closing.match(text, at)
            if m is None:
                at = text.find("End", at + 1)
            else:
                mon, day, year = m.group("mon", "day", "year")
                found.append((m, (int(year) if year else None, MONTHS.get(mon.rstrip(".").lower()), _int(day))))
                at = text.find("End", m.end())
        cache["closing"] = found
    return found


SHORT_LINE = 160  # the longest line that can be a dated line or a heading
HEADING_WITHIN = 4000  # headings are looked for in lines that start this near the top


def _anchors(doc: Document) -> tuple[list[_Anchor], list[tuple[int, int]]]:
    """The lines that date the release, and their spans (which hold no event date)."""
    cache = _cache(doc)
    got = cache.get("anchors")
    if got is not None:
        return got
    text = doc.text
    out: list[_Anchor] = []
    spans: list[tuple[int, int]] = []

    def add(m: "re.Match", pos: int, source: str, date: Optional[tuple] = None) -> None:
        y, mo, d = date or _date_of(m)
        if y and _valid(y, mo, d):
            out.append(_Anchor(pos, dt.date(y, mo, d), source))
            spans.append((m.start(), m.end()))

    # one pass over the lines: "date 2017-02-09" lines, of any length, and the short lines that
    # are a date ("August 21, 2024", "2024年8月21日"), added in that order
    date_lines: list[tuple["re.Match", int, str]] = []
    chinese = not text.isascii() and text.find("\u5e74") >= 0
    first_chars = DATE_LINE_FIRST  # a date line starts with a month, a weekday or a day's digit
    heading_lines: list[tuple[int, int]] = []  # read by _heading_dates
    for s, e in doc.lines:
        first = text[s]
        if e - s <= SHORT_LINE and s <= HEADING_WITHIN and (
                text.find("eeting", s, e) >= 0 or first == "D" and text.startswith("Date", s)):
            heading_lines.append((s, e))
        if first == "d":
            if text.startswith("date", s):
                m = DATELINE.match(text, s, e)
                if m:
                    add(m, m.start("y"), "text")
            continue  # no date line: those start with a capital or a digit
        if e - s > 48:
            continue
        m = DATE_LINE.match(text, s, e) if first in first_chars else None
        if m:
            date_lines.append((m, m.start(), "text"))
        elif chinese and first.isalnum() and text.find("\u5e74", s, e) >= 0:
            m = CN_DATE_LINE.match(text, s, e)
            if m:
                date_lines.append((m, m.start(), "closing line"))
    for m, pos, source in date_lines:
        add(m, pos, source)
    for m, date in _closing_lines(doc):
        add(m, m.start(), "closing line", date)
    if len(out) > 1:
        out.sort(key=lambda a: a.pos)
    cache["heading_lines"] = heading_lines
    got = cache["anchors"] = (out, spans)
    return got


def _anchor_for(anchors: list[_Anchor], pos: int) -> Optional[_Anchor]:
    """The dated line that governs a phrase: the nearest one before it, else the next one."""
    found = None
    for a in anchors:
        if a.pos > pos:
            break
        found = a
    if found is not None:
        return found
    return anchors[0] if anchors else None


def find_issued(doc: Document) -> Optional[Issued]:
    """The closing "Ends/<weekday>, <date>" line and the "Issued at HKT hh:mm" after it."""
    closing = _closing_lines(doc)
    if not closing:
        return None
    m, (y, mo, d) = closing[0]
    if not y or not _valid(y, mo, d):
        return None
    hh, mm = m.group("hh", "mm")
    time = f"{int(hh):02d}:{mm}" if hh else None
    return Issued(date=f"{y:04d}-{mo:02d}-{d:02d}", time=time,
                  evidence=Evidence.of(doc.text, m.start(), m.end()))


# -- the phrases that date the event ------------------------------------------------------
def _relative_matches(text: str, start: int, end: int,
                      word: Optional["re.Match"]) -> Iterator["re.Match"]:
    """`RELATIVE.finditer(text, start, end)`, but the full pattern is only tried where a match
    can start: at a word REL_START finds (`word` is the first), or at the "on/this/next/last"
    just before a weekday."""
    relative = RELATIVE
    rel_start = REL_START.search
    pos = start
    while word is not None:
        at = word.start()
        m = None
        if word.group() not in REL_START_WORDS:  # a weekday
            which = WHICH_BEFORE.search(text, max(pos, at - WHICH_REACH), at)
            if which is not None:
                m = relative.match(text, which.start(), end)
        if m is None:
            m = relative.match(text, at, end)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()
        word = rel_start(text, pos, end)


def _explicit_matches(text: str, start: int, end: int) -> Iterator["re.Match"]:
    """`EXPLICIT.finditer(text, start, end)`, but the full pattern only runs just before a date
    that DATE_START found (a match cannot start earlier), not over every character."""
    explicit = EXPLICIT
    date_start = DATE_START
    pos = start
    while True:
        core = date_start.search(text, pos, end)
        if core is None:
            return
        m = explicit.search(text, max(pos, core.start() - EXPLICIT_REACH), end)
        if m is None:
            return
        yield m
        pos = m.end()


FUTURE_REACH = 200  # how far back in its sentence a weekday's tense is read


def _sentence_before(text: str, at: int) -> str:
    """The words of a phrase's sentence before it (at most FUTURE_REACH characters): "will lead
    a delegation to Macao on Friday" dates a coming Friday, "led ... on Friday" a past one."""
    before = text[max(0, at - FUTURE_REACH):at]
    cut = max(before.rfind(". "), before.rfind("\n"))
    return before[cut + 1:] if cut >= 0 else before


def _candidates(text: str, start: int, end: int, skip: list[tuple[int, int]],
                limit: int = 40) -> list[_Candidate]:
    """The date phrases in text[start:end] (the first `limit` of each kind: a lead holds a
    handful, and the cap keeps pathological input linear), in text order, longest match
    winning overlaps."""
    found: list[_Candidate] = []
    bare: list[_Candidate] = []
    # where a phrase (or a dated line) already sits, clipped to the window
    taken = [(max(a, start), min(b, end)) for a, b in skip if max(a, start) < min(b, end)] \
        if skip else []

    def free(s: int, e: int) -> bool:
        s, e = max(s, start), min(e, end)
        return s >= e or not any(a < e and s < b for a, b in taken)

    # RELATIVE runs only when REL_HINT finds a hint; a start word that is itself one spares
    # that search, and no start word spares both
    word = REL_START.search(text, start, end)
    if word is not None and (word.group() in REL_START_WORDS
                             or REL_HINT.search(text, start, end) is not None):
        n = 0
        for m in _relative_matches(text, start, end, word):
            if n >= limit:
                break
            n += 1
            s, e = m.span()
            if taken and not free(s, e):
                continue
            y, mo, d = _date_of(m)
            this, rel, rwd, which = m.group("this", "rel", "rwd", "which")
            future = False
            if this:
                offset, weekday = 0, None
            else:
                rel = rel.lower()
                if rel.split()[0] in ("today", "tomorrow", "yesterday", "tonight") \
                        or rel.startswith("this") and not rwd:
                    offset = REL_OFFSET.get(rel)
                    if offset is None:
                        offset = REL_OFFSET[SPACES.sub(" ", rel)]
                    weekday = None
                else:
                    offset = None
                    weekday = WEEKDAYS[rwd.rstrip(".").lower()]
                    if mo is None and not which:
                        continue  # a bare weekday with no date: too weak to be the event's day
                    # (only a weekday's day depends on it: "next Monday", "will ... on Monday")
                    future = (FUTURE.search(_sentence_before(text, s)) is not None
                              or (which or "").lower() == "next")
            if mo is not None and not _valid(y, mo, d):
                continue
            cand = _Candidate(s, e, mo, d, y, offset, weekday, future)
            if mo is None:
                bare.append(cand)  # after the explicit dates: "on Tuesday, 17 September 2019"
            else:
                found.append(cand)
                taken.append((max(s, start), min(e, end)))
    # Spans of days and explicit dates all hold a digit: with every digit of the window inside
    # a taken stretch, each of them would overlap one and be dropped, so none is looked for.
    if _digit_outside(text, start, end, taken):
        if RANGE_HINT.search(text, start, end) is not None:
            for n, m in enumerate(RANGE.finditer(text, start, end)):
                if n >= limit:
                    break
                s, e = m.span()
                if taken and not free(s, e):
                    continue
                mo, d, y = _month(_first(m, "mon")), _int(_first(m, "day")), _int(_first(m, "year"))
                if _valid(y, mo, d):
                    found.append(_Candidate(s, e, mo, d, y, RANGE_OFFSET))
                    taken.append((max(s, start), min(e, end)))
        for n, m in enumerate(_explicit_matches(text, start, end)):
            if n >= limit:
                break
            s, e = m.span()
            if taken and not free(s, e):
                continue
            y, mo, d = _date_of(m)
            if _valid(y, mo, d):
                found.append(_Candidate(s, e, mo, d, y))
                taken.append((max(s, start), min(e, end)))
    if bare:
        found.extend(c for c in bare if free(c.start, c.end))
    if len(found) > 1:
        found.sort(key=lambda c: c.start)
    return found


def _digit_outside(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] has a digit outside the taken stretches."""
    search = DIGIT.search
    if not taken:
        return search(text, start, end) is not None
    pos = start
    for a, b in sorted(taken):
        if pos < a and search(text, pos, a) is not None:
            return True
        pos = max(pos, b)
    return pos < end and search(text, pos, end) is not None


TRIGGER_LONGEST = max(max(map(len, TRIGGER_WORDS)), len("1.12.2019"))
# How far past a window's end a trigger can start and still join it, plus the longest trigger
# and the letter after it: a search bounded there finds the same next trigger as a full one.
TRIGGER_REACH = WINDOW_BACK + TRIGGER_LONGEST + 1


def _iter_windows(text: str, start: int, end: int) -> Iterator[list[int]]:
    """The stretches of text[start:end] around the words that carry date phrases (merged when
    they touch): only there are the full patterns run. Lazy: a window is given as soon as no
    later trigger can join it, so a caller that stops at the first date scans no further."""
    search = TRIGGER.search
    window: Optional[list[int]] = None
    m = search(text, start, end)
    n = 0
    while m is not None and n < 60:  # far more than a lead holds: freak input stays linear
        n += 1
        hit_start, hit_end = m.span()
        a, b = max(start, hit_start - WINDOW_BACK), min(end, hit_end + WINDOW_AHEAD)
        if window is not None and a <= window[1]:
            window[1] = b
        else:
            if window is not None:
                yield window
            window = [a, b]
        bound = window[1] + TRIGGER_REACH
        if bound >= end:
            m = search(text, hit_end, end)
            continue
        m = search(text, hit_end, bound)
        if m is None or max(start, m.start() - WINDOW_BACK) > window[1]:
            yield window  # no trigger can join it
            window = None
            m = search(text, hit_end, end)
    if window is not None:
        yield window


def _windows(text: str, start: int, end: int) -> list[list[int]]:
    return list(_iter_windows(text, start, end))


def _region_candidates(text: str, start: int, end: int, skip: list[tuple[int, int]]
                       ) -> list[_Candidate]:
    """The date phrases of text[start:end], found in windows around the words that carry them
    (cheaper than running every full pattern over the whole region)."""
    out: list[_Candidate] = []
    for a, b in _windows(text, start, end):
        out.extend(_candidates(text, a, b, skip))
    return out


def _month_only(text: str, start: int, end: int) -> Optional[_Candidate]:
    # "in/during/for" comes at most MONTH_ONLY_REACH before the month: no month, no match
    month = MONTH_WORD.search(text, start, end)
    if month is None:
        return None
    m = MONTH_ONLY.search(text, max(start, month.start() - MONTH_ONLY_REACH), end)
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
        if c.offset is not None and c.offset != RANGE_OFFSET:
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
    year = YEAR_DIGITS.search(text, start, c.start)  # every match holds a year: none, no scan
    if year is None:
        return None
    found = None
    sentence_break = SENTENCE_BREAK
    for m in EVENT_YEAR.finditer(text, max(start, year.start() - EVENT_YEAR_REACH), c.start):
        if not sentence_break.search(text, m.end(), c.start):
            found = int(_first(m, "year"))
    return found




def _heading_dates(doc: Document, anchor_spans: list[tuple[int, int]]) -> list[_Candidate]:
    """Dates with a year in the headings that date a meeting (minutes, notices, papers)."""
    cache = _cache(doc)
    got = cache.get("headings")
    if got is not None:
        return got
    text = doc.text
    out = []
    heading = HEADING_LINE
    lines = cache.get("heading_lines")
    if lines is None:
        _anchors(doc)  # it finds the short lines near the top with "eeting" or "Date" first
        lines = cache["heading_lines"]
    for s, e in lines:
        # a date with a year holds the year's digits: a line without them gives nothing
        if YEAR_DIGITS.search(text, s, e) is None or not heading.match(text[s:e]):
            continue
        for c in _region_candidates(text, s, e, anchor_spans):
            if c.year and c.month and c.day:
                out.append(c)
    cache["headings"] = out
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
CAPTION_POSITION = LazyPattern(r"\((?:[\w ,-]{0,30}\b)?(?:left|right|centre|center|middle)\)")
CAPTION_LABEL = LazyPattern(
    r"[\s\u00a0]*[A-Z][\w'\u2019&-]*(?:[ \u00a0][\w'\u2019&-]+){0,4}:[\s\u00a0]+[A-Z]")


def _is_caption(text: str) -> bool:
    """A photo caption ("(left)", "(centre)") or a "Label: Text" line of page furniture."""
    return CAPTION_LABEL.match(text) is not None or (
        "(" in text and CAPTION_POSITION.search(text) is not None)


HEADLINE_RULE = re.compile(r"\*{5,}")
ON_BEHALF = LazyPattern(r"(?i)^[\s\u00a0]*the following is (?:issued|a)\b.{0,120}:[\s\u00a0]*$")


def _is_prose(text: str) -> bool:
    """A paragraph that reads as the body of a release, not a headline, date line or menu."""
    t = text[:REGION_MAX].strip()
    if len(t) < 40 or t.startswith("*") or ON_BEHALF.match(t):
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
    sentences = doc.sentences
    starts = doc.sentence_starts
    i = bisect_right(starts, p.start - 1)  # the first sentence that starts within p
    out = []
    for s in sentences[i:]:
        if s.start >= p.end:
            break
        if s.end <= p.end and s != title:
            out.append(s)
    return out if out else doc.sentences_in(p)


def _lead_regions(doc: Document) -> tuple[Optional[Span], list[Span]]:
    """The lead window (the first two sentences of the first prose paragraph, running into the
    next paragraph when the lead is one sentence) and the captions seen before it."""
    cache = _cache(doc)
    got = cache.get("lead")
    if got is not None:
        return got
    got = cache["lead"] = _find_lead_regions(doc)
    return got


def _find_lead_regions(doc: Document) -> tuple[Optional[Span], list[Span]]:
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
        sentence = doc.sentence_at(meeting.evidence.start)
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
                sentence = doc.sentence_at(at)
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
    return found._replace(year=year)


def _sentence_floor(doc: Document, pos: int) -> int:
    sentence = doc.sentence_at(pos)
    return sentence.start if sentence else max(0, pos - 120)


class _RegionPhrases:
    """The date phrases of one region, worked out window by window only as far as the caller
    asks (most regions are settled by their first window after the meeting's name), with the
    region's own filters: a span of days dates only a meeting, a headline only "today (...)"."""

    def __init__(self, text: str, start: int, end: int, kind: str,
                 skip: list[tuple[int, int]]) -> None:
        self.text, self.start, self.end, self.kind, self.skip = text, start, end, kind, skip
        self.windows: list[list[int]] = []
        self.more = _iter_windows(text, start, end)
        self.done: dict[int, list[_Candidate]] = {}
        self.ranges_ok: Optional[bool] = None

    def window(self, i: int) -> Optional[list[int]]:
        """The i-th window (None past the last), found as it is first asked for."""
        windows = self.windows
        while len(windows) <= i:
            w = next(self.more, None)
            if w is None:
                return None
            windows.append(w)
        return windows[i]

    def _keep(self, c: _Candidate) -> bool:
        if c.offset == RANGE_OFFSET:
            if self.ranges_ok is None:
                self.ranges_ok = MEETING_WORD.search(self.text, self.start, self.end) is not None
            if not self.ranges_ok:
                return False
        return self.kind != "title" or (c.month is not None and c.offset is not None)

    def of_window(self, i: int) -> list[_Candidate]:
        got = self.done.get(i)
        if got is None:
            a, b = self.windows[i]
            got = _candidates(self.text, a, b, self.skip)
            if got and (self.kind == "title" or any(c.offset == RANGE_OFFSET for c in got)):
                got = [c for c in got if self._keep(c)]
            self.done[i] = got
        return got

    def first(self, after: int = -1) -> Optional[_Candidate]:
        """The first phrase that starts at or after `after`."""
        i = 0
        while (w := self.window(i)) is not None:
            if w[1] > after:
                for c in self.of_window(i):
                    if c.start >= after:
                        return c
            i += 1
        return None

    def last_before(self, pos: int) -> Optional[_Candidate]:
        """The last phrase that starts before `pos`."""
        i = 0
        while (w := self.window(i)) is not None and w[0] < pos:
            i += 1
        for i in range(i - 1, -1, -1):
            for c in reversed(self.of_window(i)):
                if c.start < pos:
                    return c
        return None

    def first_today(self) -> Optional[_Candidate]:
        """The first "today (December 28)": a "today" with its month and day."""
        i = 0
        while self.window(i) is not None:
            for c in self.of_window(i):
                if c.offset == 0 and c.month is not None and c.day is not None:
                    return c
            i += 1
        return None


# The common cases, "today (July 25)" and "this Thursday (July 25)": the phrases RELATIVE finds
# there, in their plainest form.
FULL_MONTHS = [max((w for w, n in _WORDS["months"].items() if n == k), key=len) for k in range(1, 13)]
FULL_WEEKDAYS = [max((w for w, n in _WORDS["weekdays"].items() if n == k), key=len) for k in range(7)]
PLAIN_RELATIVE = LazyPattern(rf"(?:[Tt]oday|[Tt]his (?P<wd>{'|'.join(FULL_WEEKDAYS)})) "
                       rf"\((?P<mon>{'|'.join(FULL_MONTHS)}) (?P<day>[12]\d|3[01]|[1-9])\)")
def _plain_phrase_first(text: str, start: int, end: int, near: Optional[int],
                        skip: list[tuple[int, int]]) -> Optional[_Candidate]:
    """The region's first phrase (at or after `near`) when the region's first date word starts
    a plain "today (July 25)", "this Thursday (July 25)" or a bare "today", found without the
    windows and candidates of the general path; None when that path must decide. It finds what
    `_RegionPhrases.first(near)` finds: no trigger comes before the phrase, and no digit or
    relative word (REL_START finds one even inside a word) stands in the window's stretch
    before it, so no other phrase of the window starts first or takes it over."""
    trigger = TRIGGER.search(text, start, end)
    if trigger is None:
        return None
    at = trigger.start()
    word = trigger.group()
    if (near is not None and at < near) or word not in ("today", "Today", "this", "This"):
        return None
    window_start = max(start, at - WINDOW_BACK)
    if window_start < at and (DIGIT.search(text, window_start, at) is not None
                              or REL_START.search(text, window_start, at) is not None):
        return None
    m = PLAIN_RELATIVE.match(text, at, end)
    if m is None:
        if word == "today" or word == "Today":
            e = at + 5
            # RELATIVE reads on over a blank ("today afternoon", "today  (June 2)") or "(":
            # (`str.isspace` and the pattern's `\s` are the same test)
            if e < end and (text[e].isspace() or text[e] == "("):
                return None
            month = day_n = None  # a bare "today"
        else:
            return None
    else:
        e = m.end()
        mon, day = m.group("mon", "day")
        month, day_n = MONTHS[mon.lower()], int(day)
        if day_n > 28 and not _valid(None, month, day_n):
            return None
    for a, b in skip:
        if a < e and at < b:
            return None
    if m is None or m.group("wd") is None:
        return _Candidate(at, e, month, day_n, None, 0)
    future = FUTURE.search(text[window_start:at]) is not None
    return _Candidate(at, e, month, day_n, None, None, WEEKDAYS[m.group("wd").lower()], future)


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
        if month_only is None and kind != "title":
            fast = _plain_phrase_first(text, start, end, near, anchor_spans)
            if fast is not None:
                return _announced_event(doc, fast, anchor_spans) if kind == "lead" else fast
        phrases = _RegionPhrases(text, start, end, kind, anchor_spans)
        if month_only is not None:
            # a bare month elsewhere yields to the lead's "today (December 28)"
            return phrases.first_today() or month_only
        if near is None:
            found = phrases.first()
            if found is not None and kind == "lead":
                found = _announced_event(doc, found, anchor_spans)
        else:
            # the first phrase after the meeting's name, else (in its own sentence or
            # paragraph) the last one before it
            found = phrases.first(near)
            if found is None and kind == "meeting":
                found = phrases.last_before(near)
        if found is not None:
            return found
        only = _month_only(text, start, end)
        if only:
            if kind == "lead":
                return only
            month_only = only
    if month_only is not None:
        return month_only
    headings = _heading_dates(doc, anchor_spans)
    return headings[0] if headings else None


# "The department announced today that ...": a bare "today" that only dates the announcing.
ANNOUNCING_TODAY = LazyPattern(
    r"(?:announced|said|reminded|advised|notified|informed|urged|appealed|warned)[ \t\u00a0]+today\b"
    r"|today[ \t\u00a0]+(?:announced|said|reminded|advised|notified|informed|urged|appealed|warned)\b")
ANNOUNCING_REACH = len("appealed") + 2  # how far before "today" its verb may start


def _announced_event(doc: Document, found: _Candidate, anchor_spans: list[tuple[int, int]]
                     ) -> _Candidate:
    """The dated event a lead announces, in place of the bare "today" of its announcing:
    "The Transport Department today announced that, for the race on Sunday (February 17), ..."
    dates the race, not the notice (the text states the race's day; "today" it leaves to the
    closing line). A "today (June 30)" with its own date, or a "today" that dates what was
    done ("visited today"), stays."""
    if found.offset != 0 or found.month is not None:
        return found
    text = doc.text
    verb = ANNOUNCING_TODAY.search(text, max(0, found.start - ANNOUNCING_REACH), found.end + ANNOUNCING_REACH)
    if verb is None or not (verb.start() <= found.start and found.end <= verb.end()):
        return found
    sentence = doc.sentence_at(found.start)
    if sentence is None:
        return found
    event = _RegionPhrases(text, found.end, sentence.end, "lead", anchor_spans).first()
    if event is None or event.offset is not None or event.month is None or event.day is None:
        return found
    return event


DATE_HEADER = LazyPattern(r"Date[ \t\u00a0]*:")
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
    date_header = DATE_HEADER
    for line in doc.lines:
        if line.start >= limit:
            break
        if line.end - line.start > 80 or not date_header.match(text, line.start, line.end):
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
