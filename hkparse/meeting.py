"""The meeting a release reports: its number, the body whose meeting it is, where it is held.

Releases name the reported meeting in the headline and the lead, in a handful of shapes:
"the 11th meeting of the Joint Task Force on ...", "the Second Hong Kong-Fujian Co-operation
Conference", "the 12th ... Committee meeting", "The Committee held its fifth meeting",
"the Task Force's fourth meeting", and, unnumbered, "co-chaired the Hong Kong/Shenzhen
Co-operation Meeting" or "the meeting of the Legislative Council Panel on Development".
Only the head of the release (headline and first paragraphs) is read: later mentions are
mostly earlier or coming meetings. Every pattern starts at a fixed trigger and body names
are capped in length, so a scan stays linear however long or odd the text.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional, Sequence
import re

from .datafiles import read_sections
from .document import BULLETS, TICKER_OPENINGS, Document, Span
from .model import Evidence, Meeting
from .numbers import ORDINAL_PATTERN, ORDINAL_WORDS, TENS_WORDS, ordinal_value, roman_value
from .patterns import LazyPattern


_WORDS = read_sections("meeting_words.txt")


def _words_pattern(words: "Sequence[str]") -> str:
    """Alternation of phrases, longest first, any whitespace or hyphen between words."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        parts = [re.escape(p) for p in re.split(r"[\s-]+", w)]
        out.append(r"[\s\-]+".join(parts))
    return "|".join(out)


SERIES_HEADS = frozenset(w.lower() for w in _WORDS["series_heads"])
BODY_HEADS = frozenset(w.lower() for w in _WORDS["body_heads"])
GENERIC_WORDS = frozenset(w.lower() for w in _WORDS["generic_words"])
EVENT_HEADS = frozenset(w.lower() for w in _WORDS["event_heads"])
GEOGRAPHIC_NOUNS = frozenset({"area", "zone", "district", "region", "province", "city", "bay"})

# -- building blocks -------------------------------------------------------------------------
S = r"[\s\u00a0]+"
APOS = "'\u2019"
# One capitalised word of a name: "Co-operation", "Hong Kong/Shenzhen", "S&T", "Kong's",
# or an ordinal inside a name ("the 15th National Games").
_NOT_MONTH = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)\b)")
NAME_WORD = rf"{_NOT_MONTH}(?:[A-Z][\w{APOS}]*|\d{{1,3}}(?:st|nd|rd|th))(?:[-/\u2013&][\w{APOS}]+)*+"
# The first word of a name is a capitalised word; only after "of the" may it be an ordinal
# ("the second session of the 13th National People's Congress").
FIRST_WORD = rf"{_NOT_MONTH}[A-Z][\w{APOS}]*(?:[-/\u2013&][\w{APOS}]+)*+"
CONNECTOR = r"(?:of|on|the|and|for|in|&|to|under|between|/|-|\u2013)"
ABBREVIATION = r"\([A-Z][A-Za-z&.\-]*\)"
# A name's short form in brackets after it: "(CHC)", or "(the Task Force)" in words.
ALIAS = rf"(?:{ABBREVIATION}|\(the[ \u00a0][A-Z][\w\-]*(?:[ \u00a0][A-Z][\w\-]*){{0,3}}\))"
# Steps from one name word to the next: lower-case connectors, a defined abbreviation, or a
# comma inside a list that ends in "&"/"and" ("Innovation, Technology & Re-industrialisation").
_STEP = (
    rf"(?:(?:{S}{CONNECTOR}){{0,3}}{S}{NAME_WORD}"
    rf"|{S}?{ABBREVIATION}"
    rf"|,{S}{NAME_WORD}(?=(?:,{S}{NAME_WORD}){{0,3}}{S}(?:&|and){S}[A-Z]))"
)
# A name: capped at 30 steps and possessive, so it never backtracks.
NAME = rf"{FIRST_WORD}(?:{_STEP}){{0,30}}+"
NAME_AFTER_OF = rf"{NAME_WORD}(?:{_STEP}){{0,30}}+"
ORD = rf"\b{ORDINAL_PATTERN}"
# "meeting", "plenary", "session", or a kind of meeting: "working meeting", "tripartite meeting".
MEETING_NOUN = _words_pattern(
    _WORDS["meeting_nouns"] + tuple(f"{kind} meeting" for kind in _WORDS["meeting_qualifiers"]))
TERM = rf"(?:(?:{ORDINAL_PATTERN}|new|current)[-\u2010\u2011\s]term|revamped){S}"
# "its first-ever meeting" / "first ever meeting": the ordinal's emphatic suffix, read between
# ordinal and noun.
EVER = r"(?:[-\u2010\u2011 \u00a0]ever)?"
TIME = (
    rf"(?:today|tomorrow|yesterday|this{S}(?:morning|afternoon|evening)|tonight"
    rf"|on{S}[A-Z]\w+(?:{S}\d{{1,2}})?)(?:{S}?\([^()\n]{{0,25}}\))?"
)

# "11th meeting of the Joint Task Force ...", "Second Plenary Session of the ... Conference",
# "first meeting of the third-term Commission on Poverty": the ordinal and noun are matched
# case-blind (NOUN_AFTER_ORD, _OF_THE), the name case-sensitive, in steps (see _ord_noun_of).
_NAME_AFTER_OF_AT = re.compile(NAME_AFTER_OF)


class _NameAt:
    """NAME, matched without a pattern of its own: at a capital A-Z, NAME_WORD can only take
    its capitalised branch, which is FIRST_WORD, so NAME_AFTER_OF matches exactly what NAME
    does; anywhere else NAME fails. (Saves compiling the long pattern twice.)"""

    __slots__ = ()

    @staticmethod
    def match(text: str, pos: int, endpos: int):
        if pos < endpos and pos < len(text) and "A" <= text[pos] <= "Z":
            return _NAME_AFTER_OF_AT.match(text, pos, endpos)
        return None


_NAME_AT = _NameAt()
_OF_THE = re.compile(rf"{S}of{S}(?:(?:the|a|an|its){S})?(?:{TERM})?", re.I)
# "18th Hong Kong-Guangdong Joint Working Group ... meeting", "Second ... Conference".
_AFTER_NAME_MEETING = LazyPattern(rf"(?:{S}?{ABBREVIATION})?{S}meeting\b")
# "The Committee (ABC), chaired by X, held its fifth meeting", "... holds 14th meeting",
# "... held its Twentieth Meeting" (ordinal and noun in any case: only the name must be
# capitalised); "The X Board held the fifth meeting" (a body's name, and no "of the Y" after).
HELD_ITS = LazyPattern(
    rf"(?P<name>{NAME})(?:{S}?{ALIAS})?"
    rf"(?:,[^,.\n]{{0,90}},|{S}(?:chaired|led){S}by{S}[^.\n]{{0,90}}?)?"
    rf"(?:{S}{TIME})?{S}(?:has{S}|will{S})?(?:held|holds|convened|convenes|conducted|had|hold|convene)"
    rf"(?:{S}(?P<det>its|the|their))?{S}(?P<ord>(?i:{ORDINAL_PATTERN})){EVER}(?:{S}and{S}(?:last|final))?{S}"
    rf"(?P<noun>(?i:{MEETING_NOUN}))\b",
)
# After "held the fifth meeting": "of the X" makes it another body's meeting ("of its
# current term" does not).
_OF_ANOTHER = LazyPattern(rf"{S}of{S}(?!its\b)")
# "The X Council (ABC) and the Y Council (DEF) held their first joint meeting": where the
# first holder's name ends and the second's begins.
_AND_ANOTHER_HOLDER = LazyPattern(rf"(?:{S}?{ABBREVIATION})?,?{S}and{S}(?:the{S})?(?=[A-Z])")


# "Hong Kong and Macao hold 12th plenary meeting", "Guangdong, Hong Kong and Macao
# Governments hold ...": places (or their governments) joined by "and", "&", "/", "-" or
# commas; they hold the meeting as parties and name no body.
_PLACE_OR_PARTY = rf"(?:{_words_pattern(_WORDS['places'] + _WORDS['party_words'])})"
# (Lazy: the alternation of every place takes ~10 ms to compile, and only a headline "X
# hold(s) Nth meeting" ever needs it.)
_PLACES_ONLY = LazyPattern(
    rf"(?:the{S})?{_PLACE_OR_PARTY}(?:{S}{_PLACE_OR_PARTY})*"
    rf"(?:(?:[\s\u00a0]*[,/&\-][\s\u00a0]*|{S}and{S}|,{S}and{S})"
    rf"(?:the{S})?{_PLACE_OR_PARTY}(?:{S}{_PLACE_OR_PARTY})*)*",
    re.I)


@lru_cache(maxsize=1024)
def _names_only_places(name: str) -> bool:
    """True if a holder's name is only places or their governments ("Hong Kong and Macao",
    "Shenzhen Municipal Government"): the parties holding a meeting, not the body whose
    meeting it is (the lead names that: "the Twelfth Plenary Meeting of the X Committee")."""
    return _PLACES_ONLY.fullmatch(name) is not None


def _first_of_two_holders(text: str, start: int, end: int) -> Optional[tuple[str, int, int]]:
    """The first body of "X and (the) Y held their Nth meeting", where X and Y both name a
    body (a joint meeting of two bodies is told under the first); None unless both do and
    neither opens with a person's word ("the Chairman of the X Council and the President of
    the Y Commission held their first meeting" is two people's). Where "and" could
    split the names more than one way ("Economic and Cooperation Council and the ..."), the
    split marked by an abbreviation or "the" is taken; if still more than one, none."""
    splits, marked = [], []
    for m in _AND_ANOTHER_HOLDER.finditer(text, start, end):
        first, fs, fe = _clean_name(text, start, m.start())
        second, _, _ = _clean_name(text, m.end(), end)
        if (_is_named(first) and _names_a_body(first) and _is_named(second)
                and _names_a_body(second) and not _a_persons(first) and not _a_persons(second)):
            splits.append((first, fs, fe))
            if "(" in m.group() or m.group().rstrip().endswith("the"):
                marked.append((first, fs, fe))
    if len(marked) == 1:
        return marked[0]
    return splits[0] if len(splits) == 1 else None
# "The Expert Group met for the eighth time": its eighth meeting.
MET_FOR_TIME = LazyPattern(
    rf"(?P<name>{NAME})(?:{S}?{ALIAS})?(?:{S}{TIME})?{S}met{S}for{S}the{S}"
    rf"(?P<ord>{ORDINAL_PATTERN}){S}time\b",
)
# "the Task Force on ... Park's fourth meeting".
POSSESSIVE = LazyPattern(
    rf"(?P<name>{NAME})(?<=[{APOS}]s){S}(?P<ord>{ORD}){EVER}(?:{S}and{S}(?:last|final))?{S}"
    rf"(?P<noun>{MEETING_NOUN})\b",
)
# Lower-case references resolved to a name written elsewhere: "the first meeting of a joint
# task force", "the task force's first meeting".
LOWER_REF_OF = LazyPattern(
    rf"(?:{S}of{S}(?:the|a|an){S})(?P<ref>(?:[a-z][\w-]*{S}){{0,3}}?(?i:{_words_pattern(_WORDS['body_heads'])}))\b",
)
LOWER_REF_POSSESSIVE = LazyPattern(
    rf"t(?<=\bt)he{S}(?P<ref>(?:[a-z][\w-]*{S}){{0,3}}?(?i:{_words_pattern(_WORDS['body_heads'])}))"
    rf"[{APOS}]s{S}(?P<ord>{ORD}){EVER}{S}(?P<noun>{MEETING_NOUN})\b",
)
# "At its 98th meeting on Tuesday, the board was briefed ...": the body is the one the
# sentences before name as the holder ("Country & Marine Parks Board members ..."); "At its
# 57th meeting, the Town Trees Committee ...": the subject named right after.
AT_ITS_MEETING_THE = LazyPattern(
    rf"A(?<=\bA)t{S}its{S}(?P<ord>(?i:{ORD})){EVER}{S}(?P<noun>(?i:{MEETING_NOUN}))\b"
    rf"(?:{S}held)?(?:{S}{TIME})?,{S}the{S}"
)
_HEAD_REFERENCE = LazyPattern(
    rf"(?:[a-z][\w-]*{S}){{0,3}}?(?i:{_words_pattern(_WORDS['body_heads'])})\b(?![{APOS}\-])"
)
# Minutes: "No. 1" heading a "Minutes of the meeting ..." page; "(648th Minutes)".
MINUTES_NUMBER = LazyPattern(rf"(?m)^[ \t\u00a0]*No\.?[ \t\u00a0]*(?P<num>\d{{1,4}})[ \t\u00a0]*[\r\n]+[ \t\u00a0]*Minutes{S}of{S}the{S}meeting", re.I)
# "x(?<=\bx)yz" is "\bxyz" written so that the regex engine can skip ahead to the letter x.
MEETING_NO = LazyPattern(rf"(?P<noun>M(?<=\bM)eeting){S}No\.?{S}?(?P<num>\d{{1,4}})\b")
# In lower case only after "its" ("held its meeting No. 5"): "the meeting No. 8 signal" is none.
ITS_MEETING_NO = LazyPattern(rf"(?P<noun>m(?<=\bits[ \u00a0]m)eeting){S}No\.?{S}?(?P<num>\d{{1,4}})\b")
ORD_MINUTES = LazyPattern(rf"(?P<ord>{ORD}){S}Minutes\b")
# "Meeting VI of the Steering Committee ...", "the Plenary Session XII": a Roman numeral
# after a capitalised meeting noun (its value and the lone "I" are judged in _roman_number).
ROMAN_MEETING = LazyPattern(
    rf"(?P<noun>M(?<=\bM)eeting|S(?<=\bS)ession|P(?<=\bP)lenary){S}(?P<num>[IVX]{{1,6}})(?![\w{APOS}\-])")
_ROMAN_CUES = ("Meeting", "Session", "Plenary")  # capitalised, as ROMAN_MEETING needs them
# A lone "I" is the pronoun ("At the Meeting I said ...") unless "of the X", a line end or
# punctuation follows it.
_ROMAN_ONE_ENDS = LazyPattern(rf"[ \t\u00a0]*(?:$|[\r\n,.;:()]|{S}of{S}the{S}[A-Z])", re.M)

# Unnumbered, named meetings.
_VERB = (
    r"(?:co-chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|attend(?:ed|s|ing)?|host(?:ed|s|ing)?|"
    r"held|holds?|convened?|convenes|presided?\s+over|jointly\s+presided\s+over|at)"
)
class _Found:
    """A match of a _TriggerName: the spans a match object would give."""

    __slots__ = ("_start", "_end", "_name_start", "_name_end")

    def __init__(self, start: int, end: int, name_start: int, name_end: int):
        self._start, self._end = start, end
        self._name_start, self._name_end = name_start, name_end

    def start(self, group: Optional[str] = None) -> int:
        return self._name_start if group == "name" else self._start

    def end(self, group: Optional[str] = None) -> int:
        return self._name_end if group == "name" else self._end


class _TriggerName:
    """The pattern `trigger + (?P<name>NAME) + tail`, matched in three steps so that the long
    NAME pattern is compiled once (_NAME_AT) rather than inside every such pattern.

    The result is the same as the one pattern's: the trigger matches one way at each start
    (a name starts with a capital, so a shorter trigger leaves no name), NAME never gives
    back (possessive steps, and a name cut inside its first word is followed by a word
    character, which no tail accepts), so the leftmost start where trigger, NAME and tail
    all match is the one pattern's match. An optional (?P<term>...) ending the trigger is
    also tried left out ("the third-term X" or "the Third-term X" as the name).

    `cues`: lower-case words every trigger match starts with (in any case). Given the
    lower-cased text, the trigger is only tried where a cue starts, found by `str.find`,
    instead of at every character by a regex scan. `spaced_cue`: the trigger is the cue
    word (of that length) and white space, so a cue followed by anything but white space
    and a capital is passed over without trying it (most "the" go on in lower case)."""

    def __init__(self, trigger: str, tail: Optional[str] = None, cues: tuple[str, ...] = (),
                 spaced_cue: int = 0):
        self._trigger = re.compile(trigger)
        self._tail = re.compile(tail) if tail else None
        self._has_term = "(?P<term>" in trigger
        self._cues = cues
        self._spaced_cue = spaced_cue

    def search(self, text: str, pos: int, endpos: int,
               low: Optional[str] = None) -> Optional[_Found]:
        if low is not None and self._cues:
            return self._search_at_cues(text, pos, endpos, low)
        trigger = self._trigger
        while True:
            t = trigger.search(text, pos, endpos)
            if t is None:
                return None
            found = self._found_at(text, t, endpos)
            if found is not None:
                return found
            pos = t.start() + 1

    def _search_at_cues(self, text: str, pos: int, endpos: int, low: str) -> Optional[_Found]:
        """`search`, trying the trigger only where a cue starts (the leftmost match starts
        at one of them, so the result is the same)."""
        starts = []
        find = low.find
        for cue in self._cues:
            i = find(cue, pos, endpos)
            while i >= 0:
                starts.append(i)
                i = find(cue, i + 1, endpos)
        if len(self._cues) > 1:
            starts.sort()
        match = self._trigger.match
        spaced_cue = self._spaced_cue
        for p in starts:
            if spaced_cue:  # the name after the cue and its white space starts with A-Z
                j = p + spaced_cue
                if j >= endpos or not text[j].isspace():
                    continue
                j += 1
                while j < endpos and text[j].isspace():
                    j += 1
                if j >= endpos or not "A" <= text[j] <= "Z":
                    continue
            t = match(text, p, endpos)
            if t is not None:
                found = self._found_at(text, t, endpos)
                if found is not None:
                    return found
        return None

    def _found_at(self, text: str, t, endpos: int) -> Optional[_Found]:
        found = self._after(text, t, t.end(), endpos)
        if found is None and self._has_term and t.start("term") >= 0:
            found = self._after(text, t, t.start("term"), endpos)
        return found

    def _after(self, text: str, t, at: int, endpos: int) -> Optional[_Found]:
        # A name starts with a capital A-Z: anything else fails at once, without a call.
        if at >= endpos or not "A" <= text[at] <= "Z":
            return None
        name = _NAME_AT.match(text, at, endpos)
        if name is None:
            return None
        end = name.end()
        if self._tail is not None:
            tail = self._tail.match(text, end, endpos)
            if tail is None:
                return None
            end = tail.end()
        return _Found(t.start(), end, at, name.end())

    def finditer(self, text: str, pos: int, endpos: int, low: Optional[str] = None):
        while True:
            found = self.search(text, pos, endpos, low)
            if found is None:
                return
            yield found
            pos = found.end()


# _VERB after a word break, written so that each branch starts with a letter (then checks
# the break behind it): the regex engine then skips ahead to those letters instead of trying
# every character. The branches accept the same words as _VERB.
_VERB_AT_WORD_START = (
    r"(?:c(?<=\bc)(?:o-chair(?:ed|s|ing)?|hair(?:ed|s|ing)?|onvened?|onvenes)"
    r"|a(?<=\ba)(?:ttend(?:ed|s|ing)?|t)"
    r"|h(?<=\bh)(?:ost(?:ed|s|ing)?|eld|olds?)"
    r"|p(?<=\bp)resided?\s+over"
    r"|j(?<=\bj)ointly\s+presided\s+over)"
)
VERB_THE_SERIES = _TriggerName(rf"{_VERB_AT_WORD_START}{S}the{S}(?:(?:19|20)\d\d{S})?")
THE_SERIES_HELD = LazyPattern(
    rf"T(?<=\bT)he{S}(?:(?:19|20)\d\d{S})?(?P<name>{NAME})(?:{S}(?:19|20)\d\d)?{S}(?:was|is|will{S}be){S}held\b"
)
MEETING_OF_THE = _TriggerName(rf"\b(?:meeting|session)s?{S}of{S}the{S}(?P<term>{TERM})?",
                              cues=("meeting", "session"))
THE_BODY_MEETING = _TriggerName(
    rf"\b[Tt]he{S}",
    rf"(?:{S}?{ABBREVIATION})?(?:(?<=[{APOS}]s)(?:{S}[\w-]+){{0,3}}?)?{S}meeting\b",
    cues=("the",), spaced_cue=3,
)
AT_THE_MEETING = LazyPattern(
    rf"A(?<=\bA)t{S}the{S}meeting[^,.\n]{{0,40}},{S}the{S}(?P<name>{NAME})"
)
BODY_HELD_MEETING = LazyPattern(
    rf"(?P<name>{NAME})(?:{S}?{ALIAS})?(?:{S}{TIME})?{S}(?:held|holds|convened|convenes)"
    rf"{S}(?:a|its){S}meeting\b",
)
# "The Commission on X met today (July 7) under the chairmanship of ...", "The X Board met on
# Monday to discuss ...", "The X Council met to discuss ...": the body met as a body, an
# unnumbered meeting of it, told with its time or its purpose. "met the Mayor" and "met today
# with the press" are calls on someone, not the body's meeting.
BODY_MET = LazyPattern(
    rf"(?P<name>{NAME})(?:{S}?{ALIAS})?{S}met{S}(?:{TIME}(?!{S}with\b)|to{S}discuss\b)"
)
BODY_MET_TRIGGER = LazyPattern(
    rf"m(?<=\bm)et{S}(?:today|yesterday|tonight|this{S}(?:morning|afternoon|evening)"
    rf"|on{S}[A-Z]|to{S}discuss\b)"
)
# What "met" is followed by where BODY_MET can match (a cheap cue for the keyword windows).
_MET_CUES = ("met today", "met yesterday", "met tonight", "met this ", "met on ", "met to discuss")
# Right before the name: "Members of the X Committee met today", the name is not the subject.
_OF_BEFORE_NAME = LazyPattern(rf"\bof{S}(?:the{S})?$")

ORD_RX = re.compile(ORD, re.I)
NOUN_AFTER_ORD = re.compile(rf"{EVER}(?:{S}and{S}(?:last|final))?{S}(?P<noun>{MEETING_NOUN})\b", re.I)
_SPACE_RX = re.compile(S)
# Patterns that start with a name are only tried just before their trigger words: trying a
# name at every capitalised word of the text would cost too much.
HELD_ITS_TRIGGER = LazyPattern(
    rf"\b(?:held|holds|convened|convenes|conducted|had|hold|convene)(?:{S}(?:its|the|their))?{S}{ORD}",
    re.I)
POSSESSIVE_TRIGGER = LazyPattern(rf"[{APOS}]s{S}{ORD}", re.I)
MET_FOR_TIME_TRIGGER = LazyPattern(rf"m(?<=\bm)et{S}for{S}the{S}{ORD}{S}time\b")
MEETING_WORD = re.compile(r"m(?<=\bm)eeting\b")  # \bmeeting\b, but found by a fast literal scan
# (Each branch starts with its letter: the regex engine skips ahead to "h" or "c" instead of
# trying every character, as it must for a pattern opening with \b.)
HELD_A_MEETING_TRIGGER = LazyPattern(
    rf"(?:h(?<=\bh)(?:eld|olds)|c(?<=\bc)onven(?:ed|es)){S}(?:a|its){S}meeting\b")
LOOK_BACK = 320


def _trigger_window(trigger, floor: int, ceiling: int) -> tuple[int, int]:
    """Where a match ending within `trigger` is looked for: from LOOK_BACK before it to 40
    after it, kept within floor..ceiling (the paragraph)."""
    t_start, t_end = trigger.span()
    lo = t_start - LOOK_BACK
    if lo < floor:
        lo = floor
    hi = t_end + 40
    if hi > ceiling:
        hi = ceiling
    return lo, hi


def _ending_at_triggers(rx, triggers, text: str, span: Span, low: Optional[str] = None) -> list:
    """Matches of `rx` that end within a trigger (`triggers`: its matches in `span`), searched
    only in a short window before it. `low` goes to a _TriggerName's search."""
    out = []
    with_low = isinstance(rx, _TriggerName)
    search = None  # (a lazy pattern is compiled only once there is a trigger)
    first, last = span.start, span.end
    for t in triggers:
        if search is None:
            search = rx.search
        lo, hi = _trigger_window(t, first, last)
        t_end = t.end()
        m = search(text, lo, hi, low) if with_low else search(text, lo, hi)
        while m is not None and m.end() <= hi:
            if m.end() >= t_end:
                out.append(m)
                break
            m = search(text, m.end(), hi, low) if with_low else search(text, m.end(), hi)
    return out


def _matches_at_cues(rx, cues: tuple[str, ...], text: str, low: Optional[str],
                     start: int, end: int) -> list:
    """What `rx.finditer(text, start, end)` yields, for a pattern whose matches all start
    with one of `cues` (in any case): tried only where a cue starts in `low`."""
    if low is None:
        return list(rx.finditer(text, start, end))
    starts = []
    find = low.find
    for cue in cues:
        i = find(cue, start, end)
        while i >= 0:
            starts.append(i)
            i = find(cue, i + 1, end)
    starts.sort()
    out = []
    pos = start
    match = rx.match
    for p in starts:
        if p < pos:
            continue
        m = match(text, p, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


# What makes an ordinal before a meeting someone else's: a date ("March 25th"), or an earlier
# or later meeting ("since the Third Plenary", "the next meeting", "Minutes of the 647th").
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)")
MONTH_BEFORE = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[\s\u00a0]+$"
)
OTHER_MEETING_BEFORE = re.compile(
    r"(?:\b(?:since|previous|last|next|preceding|coming)|minutes\s+of|confirmation\s+of"
    r"(?:\s+(?:the\s+)?minutes\s+of)?|follow[-\s]up(?:\s+work)?\s+(?:of|to|on))"
    r"[\s\u00a0]+(?:the[\s\u00a0]+)?$",
    re.I,
)
LOCATION_TAIL = LazyPattern(
    rf"(?:{S}?{ABBREVIATION})?{S}in{S}(?P<place>{_words_pattern(_WORDS['places'])})$"
)
LOCATION_AFTER = LazyPattern(
    rf"(?:{S}?{ABBREVIATION})?(?:{S}(?:was|will{S}be|is))?(?:{S}held)?{S}(?:in|at){S}"
    rf"(?P<place>{_words_pattern(_WORDS['places'])})\b"
)
_SPACES = re.compile(r"[\s\u00a0]+")
_TIME_AFTER = LazyPattern(rf"{S}{TIME}")
_ABBREVIATION_IN_NAME = LazyPattern(rf"{S}?{ABBREVIATION}")
_MINISTERIAL_TAIL = LazyPattern(rf"{S}(?:{_words_pattern(_WORDS['ministerial_suffixes'])})\b")
# "High-Level Meeting & the Second Plenary Session of the X Conference": the body is X.
_MEETING_PREFIX = LazyPattern(
    rf"^.*\b(?i:{MEETING_NOUN}){S}of{S}(?:the{S})?(?=[A-Z])"
)
_POSSESSIVE_ORDINAL = LazyPattern(rf"(?:[{APOS}]s|(?<=s)[{APOS}]){S}(?i:{ORD})")
_POSSESSIVE_TAIL = LazyPattern(rf"[{APOS}]s$")
_LEADING_THE = LazyPattern(rf"^(?:The|THE){S}(?:{TERM})?|^{TERM}", re.I)
# Where a name runs on into the time of the meeting: "... Conference in Beijing on July 19",
# "... Forum on Tuesday"; a weekday before another capitalised word is a remit ("Committee on
# Sunday Trading").
_TIME_IN_NAME = LazyPattern(
    rf"{S}(?:on|in){S}(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|August|"
    rf"Sept(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|"
    rf"Thursday|Friday|Saturday|Sunday)\b(?![ \u00a0]+[A-Z])"
)
# A place not in the list of places, closing a name right after its head word: "... Forum in
# Wuxi" (cut only where the time of the meeting follows, like a listed place).
_UNLISTED_PLACE_TAIL = LazyPattern(
    rf"(?:{S}?{ABBREVIATION})?{S}in{S}[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?$"
)
_TOKEN = re.compile(r"[\w]+")

# `_span(Span, (start, end))` makes a Span without the Python-level __new__ of Span(start, end).
_span = tuple.__new__
HEAD_CHARS = 4000  # how much of the release's head is read
HEAD_PARAGRAPHS = 6


class _Candidate(NamedTuple):
    """A meeting phrase found in the head (a tuple: made by the dozen per document)."""

    start: int
    end: int
    number: Optional[int]
    ordinal: Optional[str]
    body: Optional[str]
    body_span: Optional[tuple[int, int]]
    ref: Optional[str] = None  # a lower-case reference ("the task force") to resolve
    holder_ref: bool = False  # the reference names only a holder named before it


def _head_spans(doc: Document) -> list[Span]:
    """The headline and the first paragraphs of the body, clipped to HEAD_CHARS in total."""
    spans: list[Span] = []
    budget = HEAD_CHARS
    title = doc.title_span
    if title:
        end = min(title.end, title.start + budget)
        spans.append(_span(Span, (title.start, end)))
        budget -= end - title.start
    count = 0
    title_end = title.end if title else -1
    for p_start, p_end in doc.body_paragraphs:
        if budget <= 0 or count >= HEAD_PARAGRAPHS:
            break
        if p_start < title_end:
            continue
        end = p_start + budget
        if p_end < end:
            end = p_end
        spans.append(_span(Span, (p_start, end)))
        budget -= end - p_start
        if p_end - p_start >= 40:
            count += 1
    if not spans and doc.text:
        spans.append(Span(0, min(len(doc.text), HEAD_CHARS)))
    return spans


@lru_cache(maxsize=4096)
def _names_a_headed_body(name: str) -> bool:
    """A real name (_is_named) holding a body's head word ("... Committee on ..."); cached."""
    return _is_named(name) and any(w in BODY_HEADS for w in _words(name))


def _clean_name(text: str, start: int, end: int) -> tuple[Optional[str], int, int]:
    """Trim a matched name to the body's name: no leading "the", no possessive 's, no
    trailing "in Guangzhou" (the place it is held), no defined abbreviation."""
    lead, length, whole, place_cut, cut_always = _name_cleanings(text[start:end])
    start += lead
    # A trailing place is cut when the time of the meeting follows the name (or always).
    value, length = place_cut if place_cut is not None and (
        cut_always or _TIME_AFTER.match(text, start + length)) else whole
    return value, start, start + length


@lru_cache(maxsize=4096)
def _name_cleanings(name: str) -> tuple[int, int, tuple[Optional[str], int],
                                        Optional[tuple[Optional[str], int]], bool]:
    """What _clean_name makes of a name, worked out from the name alone (cached): how many
    characters a leading "the" takes, the length of the trimmed name (where the time of the
    meeting would follow), the value and length kept without and with its trailing place
    cut (None: no place to cut), and whether the place is cut even with no time after."""
    lead, name, place_at, cut_if_timed, cut_always = _name_trims(name)
    place_cut = _name_value(name[:place_at]) if place_at >= 0 and cut_if_timed else None
    return lead, len(name), _name_value(name), place_cut, cut_always


def _name_value(name: str) -> tuple[Optional[str], int]:
    """The body's name as a value (None if nothing is left), and the length of its evidence."""
    name = name.rstrip(" ,")
    if not name:
        return None, 0
    # The body is a value, not evidence: line breaks and non-breaking spaces become spaces.
    value = _ABBREVIATION_IN_NAME.sub("", name) if "(" in name else name
    # Only single plain spaces (every other white space is unprintable): nothing to replace.
    if "  " in value or not value.isprintable():
        value = _SPACES.sub(" ", value)
    return value, len(name)


_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "\n")
_SPACED_ON_OR_IN = re.compile(r"\s(?:on|in)\s")


# Head words after which "in <Place>" is where the meeting is held, not part of the name.
_PLACE_AFTER_HEADS = (BODY_HEADS | SERIES_HEADS) - {"cooperation", "co-operation"}


def _name_trims(name: str) -> tuple[int, str, int, bool, bool]:
    """The trims of _clean_name that depend on the name alone: how many characters a leading "the" takes, the name without it,
    the time and the possessive, and where a trailing place starts (-1: none) with whether
    it is cut when the time of the meeting follows the name, and whether it is cut anyway."""
    # Each trim is tried only if the word it needs is there: most names need none.
    lowered = name.lower()
    lead = 0
    m = _LEADING_THE.match(name) if (
        lowered.startswith("the") or "term" in lowered or "revamped" in lowered) else None
    if m:
        lead = m.end()
        name = name[lead:]
    on_or_in = _SPACED_ON_OR_IN.search(name) is not None
    m = _TIME_IN_NAME.search(name) if on_or_in else None
    if m:
        name = name[:m.start()]
    m = _POSSESSIVE_TAIL.search(name) if name.endswith(_POSSESSIVE_ENDINGS) else None
    if m:
        name = name[:m.start()]
    m = LOCATION_TAIL.search(name) if on_or_in else None
    listed = m is not None
    if m is None and on_or_in and " in " in name:
        m = _UNLISTED_PLACE_TAIL.search(name)
        if m is not None and _last_word(name[:m.start()]) not in _PLACE_AFTER_HEADS:
            m = None  # "Working Group on Investment in Qianhai": "in" is the remit's
    if not m:
        return lead, name, -1, False, False
    before = name[:m.start()].split()
    last = before[-1].lower() if before else ""
    cut_if_timed = bool(before) and last not in ("the", "of")
    return (lead, name, m.start(), cut_if_timed,
            cut_if_timed and listed and last not in GEOGRAPHIC_NOUNS)


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The lower-case words of a name ("&" read as "and"); cached, as the same few names are
    checked again and again."""
    return tuple(w.lower() for w in _TOKEN.findall(name.replace("&", " and ")))


def _is_named(name: Optional[str]) -> bool:
    """A real name, not a generic phrase like "High-Level Meeting" or "The Meeting"."""
    if not name:
        return False
    return any(w not in GENERIC_WORDS and not w.isdigit() for w in _words(name))


_WORD_BREAK = re.compile(r"[\s\-/]+")
_LOWER_LETTER = re.compile(r"[a-z]")


@lru_cache(maxsize=4096)
def _last_word(name: str) -> str:
    words = _WORD_BREAK.split(name.strip())
    return words[-1].lower() if words else ""


def _has_series_head(name: str) -> bool:
    return any(w in SERIES_HEADS for w in _words(name))


def _excluded(text: str, pos: int, floor: int) -> bool:
    """True if the ordinal at `pos` is a date or an earlier/later meeting's number.

    "Minutes of the 22nd Meeting" inside a text is another meeting's record, but the same
    words opening a line at the top of the document are the minutes' own heading."""
    before = text[max(floor, pos - 40):pos]
    # Both patterns end in white space after a word they need: most words before an
    # ordinal ("holds 13th") are none of those, and need no pattern tried.
    if not before[-1:].isspace():
        return False
    stripped = before.rstrip()
    last = stripped[-10:]
    if last.isascii() and not last.rstrip(".").endswith(_MONTH_FORMS) and not _may_end_other(
            stripped):
        return False
    if MONTH_BEFORE.search(before):
        return True
    other = OTHER_MEETING_BEFORE.search(before)
    return bool(other) and not _minutes_heading(text, pos - len(before) + other.start())


# The words MONTH_BEFORE and OTHER_MEETING_BEFORE end in (outside ASCII, case folds such as
# long s could hide one: the patterns are always tried).
_MONTH_FORMS = ("Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May",
                "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September",
                "Oct", "October", "Nov", "November", "Dec", "December")
_OTHER_MEETING_ENDINGS = ("since", "previous", "last", "next", "preceding", "coming", "of")
# "follow-up to/on": read only as whole words, so that "Commission" or "Session" before an
# ordinal does not have the patterns tried.
_FOLLOW_UP_ENDINGS = ("to", "on")


def _may_end_other(before: str) -> bool:
    """False only if OTHER_MEETING_BEFORE cannot match text ending in `before` (trailing white
    space stripped): it ends in one of its words, then maybe "the" ("chaired the 5th meeting"
    needs no pattern tried). Outside ASCII, case folds could hide a word: always True."""
    if not before.isascii():
        return True
    tail = before.lower()
    if tail.endswith("the"):
        without_the = tail[:-3].rstrip()
        if without_the.endswith(_OTHER_MEETING_ENDINGS) or (
                without_the.endswith(_FOLLOW_UP_ENDINGS) and without_the[-3:-2].isspace()):
            return True
    return tail.endswith(_OTHER_MEETING_ENDINGS) or (
        tail.endswith(_FOLLOW_UP_ENDINGS) and tail[-3:-2].isspace())


MINUTES_HEADING = LazyPattern(rf"Minutes{S}of{S}(?:the{S})?$")
MINUTES_HEADING_WITHIN = 400  # characters from the top of the document


def _minutes_heading(text: str, at: int) -> bool:
    """True if "Minutes of the" at `at` opens a line near the top of the document."""
    if at > MINUTES_HEADING_WITHIN or not text.startswith("Minutes", at):
        return False
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    before = text[line_start:at].strip()
    return not before or before in MINUTES_STATUS_WORDS  # "Confirmed Minutes of the ..."


MINUTES_STATUS_WORDS = frozenset(_WORDS["minutes_status_words"])
SERIES_LOOK_BACK = 160
# Where a name can start: a capitalised word after a space or a line start.
_CAPITAL_START = LazyPattern(r"(?:^|(?<=[\s\u00a0(]))[A-Z]", re.M)


# "<Body>'s Meeting No. 3" (or "<Bodies>' Meeting No. 3"): the possessive right before the
# meeting word of a "Meeting No. N" (the pattern is searched up to that word's start).
_POSSESSIVE_BEFORE_MEETING = LazyPattern(rf"(?:[{APOS}]s|(?<=s)[{APOS}]){S}\Z")


def _series_before(text: str, floor: int, m) -> Optional[tuple[str, int, int]]:
    """The series a "Meeting No. 5" closes: "Greater Bay Area Tourism Co-ordination Meeting
    No. 5" (the name runs up to and includes "Meeting"). Only a name within the same line and
    sentence counts; a lone "Meeting No. 5" has none."""
    meeting_end = m.end("noun")
    lo = max(floor, m.start() - SERIES_LOOK_BACK)
    for cut in (text.rfind("\n", lo, m.start()), text.rfind(". ", lo, m.start())):
        lo = max(lo, cut + 1)
    possessive = (_POSSESSIVE_BEFORE_MEETING.search(text, lo, m.start())
                  if _may(text, lo, m.start(), ("'", "\u2019")) else None)
    for s in _CAPITAL_START.finditer(text, lo, m.start()):
        name = _NAME_AT.match(text, s.start(), meeting_end)
        if name is None or name.end() != meeting_end:
            continue
        if possessive is not None and possessive.start() > s.start():
            # "The X Liaison Group's Meeting No. 3": the meeting is the group's, and the
            # body's name ends at the possessive ("Members of the X Panel's": the panel's).
            value, ns, ne = _clean_name(text, s.start(), possessive.start())
            if value and _a_persons(value):
                continue
            if _is_named(value) and _names_a_body(value):
                return value, ns, ne
            return None
        value, ns, ne = _clean_name(text, name.start(), name.end())
        if _is_named(value) and _last_word(value) in SERIES_HEADS:
            return value, ns, ne
        return None
    return None


# "The X Board held (its) Meeting No. 3/2004", "X (ABC) will hold its Meeting No. 14", "X to
# hold Meeting No. 14" (a headline): what stands between the body's name and "Meeting".
_HELD_BEFORE_NO = LazyPattern(
    rf"(?:{S}?{ALIAS})?(?:{S}{TIME})?{S}(?:(?:will|to){S}(?:hold|convene){S}|"
    rf"(?:has{S})?(?:held|holds|convened|convenes){S})"
    rf"(?:its{S})?(?=[Mm]eeting{S}No\b|(?:Meeting|Session|Plenary){S}[IVX])"
)


def _body_holding(text: str, floor: int, m) -> Optional[tuple[str, int, int]]:
    """The body that "held Meeting No. 3" ("The Kowloon East Advisory Board held Meeting
    No. 3/2004", like "X held its third meeting"): a name in the same line and sentence that
    ends in a body's head word."""
    lo = max(floor, m.start() - SERIES_LOOK_BACK)
    for cut in (text.rfind("\n", lo, m.start()), text.rfind(". ", lo, m.start())):
        lo = max(lo, cut + 1)
    if not _may(text, lo, m.start(), _HELD_HINTS):
        return None
    for s in _CAPITAL_START.finditer(text, lo, m.start()):
        name = _NAME_AT.match(text, s.start(), m.start())
        if name is None:
            continue
        tail = _HELD_BEFORE_NO.match(text, name.end(), m.end())
        if tail is None or tail.end() != m.start():
            continue
        value, ns, ne = _clean_name(text, name.start(), name.end())
        if _is_named(value) and _names_a_body(value):
            return value, ns, ne
        return None
    return None


# "The X Committee (XC) of the Y Board, at its 714th meeting today, agreed ...": between the
# sentence's subject and the ordinal.
_AT_ITS_AFTER_SUBJECT = LazyPattern(rf"(?:{S}?{ALIAS})?,{S}at{S}its{S}")


def _subject_at_its(text: str, floor: int, ordinal_start: int) -> Optional[tuple[str, int, int]]:
    """The body whose meeting "<Body>, at its Nth meeting" is: the name that opens the
    sentence, set off by a comma right before "at its", and names a body ("The Harbour
    Committee, at its 40th meeting today, endorsed ..."). None where the subject is a
    person ("The Chairman of the X Board, at its ...") or no body's name, or where the
    name does not open its sentence ("... noted that the X Board, at its ...")."""
    cue = text.rfind("at its", max(floor, ordinal_start - 12), ordinal_start)
    if cue < 0 or text[cue - 1:cue] not in (" ", "\u00a0", "\n", "\t"):
        return None
    name = _sentence_opening_name(text, floor, ordinal_start, SERIES_LOOK_BACK)
    if name is None:
        return None
    tail = _AT_ITS_AFTER_SUBJECT.match(text, name.end(), ordinal_start)
    if tail is None or tail.end() != ordinal_start:
        return None
    return _body_as_subject(text, floor, name)


def _sentence_opening_name(text: str, floor: int, at: int, look_back: int):
    """The NAME match at the first capitalised word of the sentence (or line) holding `at`,
    read at most `look_back` characters back; None if there is none."""
    lo = max(floor, at - look_back)
    for cut in (text.rfind("\n", lo, at), text.rfind(". ", lo, at)):
        lo = max(lo, cut + 1)
    first = _CAPITAL_START.search(text, lo, at)
    if first is None:
        return None
    return _NAME_AT.match(text, first.start(), at)


def _body_as_subject(text: str, floor: int, name) -> Optional[tuple[str, int, int]]:
    """The cleaned name of a NAME match, if it names a body, opens its sentence and is no
    person's post ("The Chairman of the X Board"): the body a sentence is about."""
    value, ns, ne = _clean_name(text, name.start(), name.end())
    if (value and _is_named(value) and _names_a_body(value) and not _a_persons(value)
            and _opens_sentence(text, ns, floor)):
        return value, ns, ne
    return None


# "The X Working Group met in Guangzhou today for its 12th meeting": the verb right after
# the sentence's subject; what comes between it and "for its" (place, time) is read apart.
_MET_AFTER_SUBJECT = LazyPattern(
    rf"(?:{S}?{ALIAS})?{S}(?:met|meets|convened|convenes|reconvened|gathered)\b")
# Between the verb and "for its": where and when ("in Guangzhou on February 23", "today
# (May 3)"), no sentence end and no other clause ("met the Mayor, who ...").
_MET_FOR_ITS_GAP = 90
_MET_FOR_ITS_BREAKS = (".", ";", ":", ",", "\n", '"', "\u201c", " who", " which", " and ")


def _subject_met_for_its(text: str, floor: int,
                         ordinal_start: int) -> Optional[tuple[str, int, int]]:
    """The body whose meeting "<Body> met ... for its Nth meeting" is: the name opening the
    sentence, right before "met" (or "convened", "gathered"), and naming a body ("The Joint
    Panel on Ferry Services met in Macao today for its fifth meeting"). None where the
    subject is a person's ("The Chairman of the X Board met ... for its ..."), names no
    body, does not open the sentence, or where more than a place and a time stands between
    the verb and "for its" (a comma, another clause, an object joined by "and")."""
    cue = ordinal_start - 8
    if cue < floor or text[cue:ordinal_start - 1] != "for its" or not text[ordinal_start - 1].isspace():
        return None
    name = _sentence_opening_name(text, floor, ordinal_start,
                                  SERIES_LOOK_BACK + _MET_FOR_ITS_GAP)
    if name is None:
        return None
    verb = _MET_AFTER_SUBJECT.match(text, name.end(), cue)
    if verb is None:
        return None
    gap = text[verb.end():cue]
    if len(gap) > _MET_FOR_ITS_GAP or any(b in gap for b in _MET_FOR_ITS_BREAKS):
        return None
    return _body_as_subject(text, floor, name)


_HEAD_THEN_OF = frozenset({"on", "for", "of"})


def _names_a_body(name: str) -> bool:
    """A body's name: it ends in a body's head word ("... Advisory Board") or a head word
    opens its "on/for/of" part ("Advisory Council on Heritage Conservation")."""
    if _last_word(name) in BODY_HEADS:
        return True
    words = _words(name)
    return any(w in BODY_HEADS and nxt in _HEAD_THEN_OF for w, nxt in zip(words, words[1:]))


def _body_above(text: str, pos: int) -> Optional[tuple[str, int, int]]:
    """The body whose minutes open on the line above their heading: "Transport Advisory
    Committee" over "Minutes of the 12th Meeting". The heading at `pos` must open a line
    near the top of the document (_minutes_heading); the nearest non-blank line above it
    must be, whole, a capitalised name ending in a body's head word."""
    if not _minutes_heading(text, pos):
        return None
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    above = text[:line_start].rstrip()
    if not above:
        return None
    start = max(above.rfind("\n"), above.rfind("\r")) + 1
    while start < len(above) and above[start] in " \t\u00a0":
        start += 1
    name = _NAME_AT.match(text, start, len(above))
    if name is None or name.end() != len(above):
        return None
    value, ns, ne = _clean_name(text, name.start(), name.end())
    if ne != name.end() or not _is_named(value) or not _names_a_body(value):
        return None
    return value, ns, ne


def _with_body_above(text: str, pos: int, cand: _Candidate) -> _Candidate:
    """`cand` with the body named on the line above its minutes heading, if any
    ("Minutes of the 12th Meeting" under "Transport Advisory Committee")."""
    if pos > MINUTES_HEADING_WITHIN + 40:
        return cand
    lo = max(0, pos - 40)
    heading = MINUTES_HEADING.search(text, lo, pos)
    if heading is None:
        return cand
    above = _body_above(text, heading.start())
    if above is None:
        return cand
    value, ns, ne = above
    return _Candidate(cand.start, cand.end, cand.number, cand.ordinal, value, (ns, ne))


def _body_after(text: str, limit: int, at: int) -> Optional[tuple[str, int, int]]:
    """The body a "Meeting No. 12" belongs to when it follows: "Meeting No. 12 of the
    Hong Kong/Macao Tourism Co-ordination Committee". Only a name ending in a body's head
    word counts ("No. 12 of the year" names none)."""
    of = _OF_THE.match(text, at, limit)
    if of is None:
        return None
    name = _NAME_AT.match(text, of.end(), limit)
    if name is None:
        return None
    value, ns, ne = _clean_name(text, name.start(), name.end())
    if _is_named(value) and _names_a_body(value):
        return value, ns, ne
    return None


def _numbered_in(text: str, span: Span, low: Optional[str],
                 last_keyword: int) -> list[_Candidate]:
    """Every numbered meeting phrase in one paragraph, in text order.

    Every pattern holding an ordinal needs a meeting word after it (its noun, or a series
    head or "meeting" after a name), and every meeting word of the window starts by
    `last_keyword`: ordinals are only looked for before it.

    Each pattern is tried only if a word it cannot match without occurs in the window
    (`_may`): a plain substring search costs far less than a regex scan."""
    out: list[_Candidate] = []
    start, end = span.start, span.end
    ordinals = _ordinals_in(text, low, start, end, last_keyword)
    for m in ordinals:
        s = m.start()
        if _excluded(text, s, start):
            continue
        ordinal = m.group()
        number = ordinal_value(ordinal)
        if number is None:
            continue
        cand = _ord_noun_of(text, span, m, number) or _ord_name(text, span, m, number)
        if cand and cand.body is None and cand.ref is None:
            subject = _subject_at_its(text, start, s) or _subject_met_for_its(text, start, s)
            if subject is not None:
                value, ns, ne = subject
                cand = _Candidate(cand.start, cand.end, number, ordinal, value, (ns, ne))
            else:
                cand = _with_body_above(text, s, cand)
        if cand:
            out.append(cand)
    # Every pattern but the "No. N" ones holds an ordinal: with none in the window (all
    # ORD_RX's matches are in `ordinals`), none of them can match.
    apostrophe = bool(ordinals) and _may(low, start, end, _APOSTROPHE_S)
    # (_held_its_triggers looks for its own cue words: no need to look for them first.)
    for rx, trigger, ok in ((HELD_ITS, _held_its_triggers, bool(ordinals)),
                            (POSSESSIVE, _possessive_triggers, apostrophe),
                            (MET_FOR_TIME, _met_for_time_triggers,
                             bool(ordinals) and text.find("met for the", start, end) >= 0)):
        if not ok:
            continue
        for m in _ending_at_triggers(rx, trigger(text, low, start, end), text, span):
            value, ns, ne = _clean_name(text, m.start("name"), m.end("name"))
            if not _is_named(value):
                continue
            if rx is HELD_ITS and _names_only_places(value):
                continue  # "Hong Kong and Macao hold 12th meeting": parties, no body
            if rx is MET_FOR_TIME and not _names_a_body(value):
                continue  # "Mr Lam met for the first time with ...": a person meets, no body
            if rx is HELD_ITS and m.group("det") == "the" and (
                    not _names_a_body(value) or _OF_ANOTHER.match(text, m.end())):
                continue  # "The Government held the fifth meeting of the X Committee": X's
            if rx is HELD_ITS and m.group("det") == "their":
                holder = _first_of_two_holders(text, m.start("name"), m.end("name"))
                if holder is None:
                    continue
                value, ns, ne = holder
            number = ordinal_value(m.group("ord"))
            if number is None:
                continue
            out.append(_Candidate(ns, m.end(), number, m.group("ord"), value, (ns, ne)))
    if apostrophe and _may(text, start, end, _APOSTROPHE_S) and _may_have_lower_ref_possessive(
            text, low, start, end):
        for m in LOWER_REF_POSSESSIVE.finditer(text, start, end):
            number = ordinal_value(m.group("ord"))
            if number is not None:
                out.append(_Candidate(m.start(), m.end(), number, m.group("ord"), None, None,
                                      ref=m.group("ref")))
    if ordinals and text.find("At its", start, end) >= 0:
        for m in AT_ITS_MEETING_THE.finditer(text, start, end):
            number = ordinal_value(m.group("ord"))
            if number is None:
                continue
            name = _NAME_AT.match(text, m.end(), end)
            if name is not None:
                value, ns, ne = _clean_name(text, name.start(), name.end())
                if value and _is_named(value) and _names_a_body(value):
                    out.append(_Candidate(m.start(), ne, number, m.group("ord"), value, (ns, ne)))
                    continue
            # "the board", "the Committee": a reference to the holder named before
            ref = _HEAD_REFERENCE.match(text, m.end(), end)
            if ref is not None:
                out.append(_Candidate(m.start(), ref.end(), number, m.group("ord"), None, None,
                                      ref=ref.group(), holder_ref=True))
    # "No. 3" can be a heading of its own, with "Minutes of the meeting" on the next line.
    beyond = min(len(text), end + 200)
    for rx, ok in ((MEETING_NO, text.find("Meeting", start, beyond) >= 0),
                   (ROMAN_MEETING, _may_have_roman(text, low, start, end)),
                   (ITS_MEETING_NO, text.find("its meeting", start, beyond) >= 0
                    or text.find("its\u00a0meeting", start, beyond) >= 0),
                   (MINUTES_NUMBER, _may(low, start, beyond, ("minutes",)))):
        if not ok:
            continue
        meeting_no = rx is not MINUTES_NUMBER
        for m in rx.finditer(text, start, beyond):
            if m.start() >= end:
                break
            if rx is ROMAN_MEETING:
                num = _roman_number(text, m)
                if num is None:
                    continue
                label = m.group("num")
            else:
                num = int(m.group("num"))
                label = f"No. {num}"
            named = _series_before(text, start, m) if meeting_no else None
            after = _body_after(text, end, m.end()) if meeting_no and named is None else None
            if meeting_no and named is None and after is None:
                holder = _body_holding(text, start, m)
                if holder is not None:
                    value, ns, ne = holder
                    out.append(_Candidate(ns, m.end(), num, label, value, (ns, ne)))
                    continue
            if after is not None:
                value, ns, ne = after
                out.append(_Candidate(m.start(), ne, num, label, value, (ns, ne)))
                continue
            if named is not None:
                value, ns, ne = named
                out.append(_Candidate(ns, m.end(), num, label, value, (ns, ne)))
                continue
            if rx is ROMAN_MEETING and m.group("noun") != "Meeting":
                continue  # "Session II: Smart mobility" numbers a part of a programme
            cand = _Candidate(m.start(), m.end(), num, label, None, None)
            # "Minutes of Meeting No. 7/2022" under the body's name on the line above
            out.append(_with_body_above(text, m.start(), cand) if meeting_no else cand)
    if ordinals and text.find("Minutes", start, end) >= 0:
        for m in ORD_MINUTES.finditer(text, start, end):
            if not _excluded(text, m.start(), start):
                number = ordinal_value(m.group("ord"))
                if number:
                    out.append(_Candidate(m.start(), m.end(), number, m.group("ord"), None, None))
    out.sort(key=lambda c: c.start)
    return out


def _may_have_roman(text: str, low: Optional[str], start: int, end: int) -> bool:
    """False where ROMAN_MEETING is not worth trying in text[start:end]: it needs a
    capitalised meeting noun followed by white space and I, V or X. (Looked for in the text
    itself: the lower-cased copy would stop at every "meeting".)"""
    if low is None:
        return True
    for cue in _ROMAN_CUES:
        i = text.find(cue, start, end)
        while i >= 0:
            j = i + len(cue)
            if j + 1 < end and text[j].isspace() and text[j + 1] in "IVX":
                return True
            i = text.find(cue, j, end)
    return False


def _roman_number(text: str, m) -> Optional[int]:
    """The number a ROMAN_MEETING match gives, or None: a numeral up to ROMAN_MAX, and a
    lone "I" only where it cannot be the pronoun."""
    numeral = m.group("num")
    number = roman_value(numeral)
    if number == 1 and not _ROMAN_ONE_ENDS.match(text, m.end()):
        return None
    return number


def _held_its_triggers(text: str, low: Optional[str], start: int, end: int) -> list:
    """HELD_ITS_TRIGGER's matches: each starts with one of _HELD_ITS_HINTS."""
    return _matches_at_cues(HELD_ITS_TRIGGER, _HELD_ITS_HINTS, text, low, start, end)


def _met_for_time_triggers(text: str, low: Optional[str], start: int, end: int):
    return MET_FOR_TIME_TRIGGER.finditer(text, start, end)


def _possessive_triggers(text: str, low: Optional[str], start: int, end: int):
    return POSSESSIVE_TRIGGER.finditer(text, start, end)


# Words a pattern cannot match without (lower case, looked up in the lower-cased text).
_APOSTROPHE_S = ("'s", "\u2019s")
_HELD_ITS_HINTS = ("held", "hold", "conven", "conducted", "had")
_SERIES_HINTS = tuple(sorted(SERIES_HEADS))
_HELD_HINTS = ("held", "hold", "convene")


def _may(low: Optional[str], start: int, end: int, words: tuple[str, ...]) -> bool:
    """False only if none of `words` occurs in low[start:end] (None: no lower-cased copy,
    so anything may match)."""
    if low is None:
        return True
    for w in words:
        if low.find(w, start, end) >= 0:
            return True
    return False


def _ordinal_hints() -> tuple[str, ...]:
    """Substrings that between them every written-out ordinal holds: few, as each is one
    search of every window. Short endings serve many words ("nth": seventh, ninth, tenth,
    eleventh, every -teenth); a word holding none of them is its own hint. (An ending met
    in other words, "month", only costs a look at that word.)"""
    usual = ("first", "second", "third", "fourth", "inaugural", "nth", "fth", "xth", "hth",
             "ieth")
    hints = set()
    for word in ORDINAL_WORDS:
        held = [h for h in usual if h in word] or [word]
        hints.add(held[0])
    return tuple(sorted(hints))


_ORDINAL_HINTS = _ordinal_hints()
_COMPOUND_DASHES = "-\u2010\u2011\u2013"  # with white space, what joins "twenty-first"
_ORDINAL_INITIALS = frozenset(w[0] for w in (*ORDINAL_WORDS, *TENS_WORDS))
# A digit ordinal ("11th", "1St") seen in the lower-cased text.
_DIGIT_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)")


def _ordinals_in(text: str, low: Optional[str], start: int, end: int,
                 before: Optional[int] = None) -> list:
    """The matches `ORD_RX.finditer(text, start, end)` yields, found faster: the ordinal
    pattern is only tried where a hint substring puts an ordinal within reach. With
    `before`, only the hints before it are read: the matches ending by then are all found
    (and maybe a few more)."""
    if low is None:
        return list(ORD_RX.finditer(text, start, end))
    hint_end = end if before is None else before
    # ORD starts at a word break: at the start of the word holding a hint, or of the tens
    # word joined to it by one dash or space ("twenty-first"), and nowhere else. (A word
    # character is what a str pattern's \w matches: alphanumeric, or "_".)
    starts = set()
    find = low.find
    for hint in _ORDINAL_HINTS:
        i = find(hint, start, hint_end)
        while i >= 0:
            j = i
            while j > start and (text[j - 1].isalnum() or text[j - 1] == "_"):
                j -= 1
            if low[j] in _ORDINAL_INITIALS:
                starts.add(j)
            if j > start and (text[j - 1] in _COMPOUND_DASHES or text[j - 1].isspace()):
                k = j - 1
                while k > start and (text[k - 1].isalnum() or text[k - 1] == "_"):
                    k -= 1
                if k < j - 1 and low[k] in _ORDINAL_INITIALS:
                    starts.add(k)
            i = find(hint, i + 1, hint_end)
    for m in _DIGIT_ORDINAL_HINT.finditer(low, start, hint_end):
        j = m.start()
        while j > start and (text[j - 1].isalnum() or text[j - 1] == "_"):
            j -= 1
        if low[j].isdecimal():
            starts.add(j)
    out = []
    pos = start
    # Leftmost non-overlapping matches, as finditer gives them.
    for p in sorted(starts):
        if p < pos:
            continue
        m = ORD_RX.match(text, p, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _head_lowered(doc: Document, spans: list[Span]) -> Optional[str]:
    """A lower-cased copy holding the head of the release (see _lowered): the document's
    shared copy when the text is ASCII (lower-casing then only maps A-Z), so nothing is
    lower-cased twice."""
    if not spans:
        return None
    text = doc.text
    if text.isascii():
        return doc.lower
    return _lowered(text, min(len(text), max(s.end for s in spans) + 200))


def _lowered(text: str, end: int) -> Optional[str]:
    """text[:end] lower-cased, for case-blind substring checks; None where lower-casing would
    move offsets or where a character folds to an ASCII letter without lower-casing to it
    (long s matches "s" case-insensitively)."""
    low = text[:end].lower()
    if len(low) != end or "\u017f" in low:
        return None
    return low


def _ord_noun_of(text: str, span: Span, m, number: int) -> Optional[_Candidate]:
    """ "11th meeting of the BODY", or a numbered meeting whose body is named elsewhere."""
    noun = NOUN_AFTER_ORD.match(text, m.end(), span.end)
    if not noun:
        return None
    end = noun.end()
    of = _OF_THE.match(text, end, span.end)
    if of:
        name = _NAME_AFTER_OF_AT.match(text, of.end(), span.end)
        if name:
            value, ns, ne = _clean_name(text, name.start(), name.end())
            if value and _names_a_headed_body(value):
                return _Candidate(m.start(), ne, number, m.group(), value, (ns, ne))
            if value and _generic_series(value):
                # "the Sixth Session of the Ministerial Conference": the conference named
                # in full elsewhere in the head
                return _Candidate(m.start(), ne, number, m.group(), None, None, ref=value)
        ref = LOWER_REF_OF.match(text, end, span.end)
        if ref:
            return _Candidate(m.start(), ref.end(), number, m.group(),
                              None, None, ref=ref.group("ref"))
    return _Candidate(m.start(), end, number, m.group(), None, None)


# "World Trade Organization Hong Kong Ministerial Conference": the organisation, and the place
# hosting this conference of it.
_PLACE_AND_MINISTERIAL_TAIL = LazyPattern(
    rf"(?:{S}(?:{_words_pattern(_WORDS['places'])}))?{S}"
    rf"(?:{_words_pattern(_WORDS['ministerial_suffixes'])})$"
)


def _organisation_of_ministerial(name: str) -> str:
    """The organisation whose ministerial conference or meeting `name` is (its host place
    left out), as for "30th Asia-Pacific Economic Cooperation Ministerial Meeting"; any
    other name as it is."""
    tail = _PLACE_AND_MINISTERIAL_TAIL.search(name) if "Ministerial" in name else None
    if tail is None or not _is_named(name[:tail.start()]):
        return name
    return name[:tail.start()]


@lru_cache(maxsize=1024)
def _generic_series(name: str) -> bool:
    """A series called by generic words only, at least two, ending in a series head
    ("Ministerial Conference", "Joint Conference"): a short name for one written in full
    elsewhere."""
    words = _words(name)
    return (len(words) >= 2 and not _is_named(name) and words[-1] in SERIES_HEADS
            and name[:1].isupper())


def _ord_name(text: str, span: Span, m, number: int) -> Optional[_Candidate]:
    """ "12th ... Committee meeting" or "Second Hong Kong-Fujian Co-operation Conference"."""
    sp = _SPACE_RX.match(text, m.end(), span.end)
    if not sp:
        return None
    name = _NAME_AT.match(text, sp.end(), span.end)
    if not name:
        return None
    value, ns, ne = _clean_name(text, name.start(), name.end())
    if not _is_named(value):
        return None
    after = _AFTER_NAME_MEETING.match(text, ne, span.end)
    if after:
        return _Candidate(m.start(), after.end(), number, m.group(), value, (ns, ne))
    if _has_series_head(value):
        tail = _MINISTERIAL_TAIL.search(value)
        body = value[:tail.start()] if tail else value
        if not _is_named(body):
            return None
        return _Candidate(m.start(), ne, number, m.group(), body, (ns, ne))
    return None


def _unnumbered_in(text: str, span: Span, low: Optional[str]) -> list[_Candidate]:
    """Named meetings without a number, in text order."""
    out: list[_Candidate] = []
    found = []
    start, end = span.start, span.end
    series = _may_name_a_series(text, low, start, end)
    has_meeting = text.find("meeting", start, end) >= 0
    held = text.find("held", start, end) >= 0
    for rx, need_series, ok in (
            (VERB_THE_SERIES, True, series),
            (THE_SERIES_HELD, True, series and held and _was_held_in(text, start, end)),
            (MEETING_OF_THE, False, has_meeting or text.find("session", start, end) >= 0),
            (AT_THE_MEETING, False, has_meeting and text.find("At", start, end) >= 0)):
        if ok:
            found.extend((m, need_series) for m in (
                rx.finditer(text, start, end, low) if isinstance(rx, _TriggerName)
                else rx.finditer(text, start, end)))
    if has_meeting:
        triggers = [t for t in MEETING_WORD.finditer(text, start, end)
                    if _may_end_the_body_meeting(text, t, start, end)]
        if triggers:
            found.extend((m, False) for m in _ending_at_triggers(
                THE_BODY_MEETING, triggers, text, span, low))
        if _may(text, start, end, _HELD_HINTS):
            found.extend((m, False) for m in _ending_at_triggers(
                BODY_HELD_MEETING, HELD_A_MEETING_TRIGGER.finditer(text, start, end), text, span))
    if text.find("met ", start, end) >= 0:
        for m in _ending_at_triggers(BODY_MET, BODY_MET_TRIGGER.finditer(text, start, end),
                                     text, span):
            if _a_body_met(text, m, start):
                found.append((m, False))
    for m, need_series in found:
        value, ns, ne = _clean_name(text, m.start("name"), m.end("name"))
        body = _unnumbered_body(value, need_series) if value else None
        if body is not None and not need_series and text.startswith(
                ("meeting", "session"), m.start(), m.start() + 7) and _another_meeting(
                text, m.start(), start):
            continue  # "since the 12th meeting of the X", "the next meeting of the X"
        if body is not None:
            out.append(_Candidate(m.start(), max(m.end(), ne), None, None, body, (ns, ne)))
    out.sort(key=lambda c: c.start)
    return out


def _may_end_the_body_meeting(text: str, trigger, floor: int, ceiling: int) -> bool:
    """False only if no THE_BODY_MEETING match that _ending_at_triggers takes for `trigger`
    can exist: such a match ends with a "meeting" word from the trigger's to LOOK_BACK
    ... +40 (as _ending_at_triggers searches), and before that word comes white space
    after a name's last word (a capitalised word or an ordinal, "Committee meeting"), an
    abbreviation's ")", or words after a possessive "'s". "Attending the meeting", "at
    the next meeting" end no name: the search is then skipped."""
    lo, hi = _trigger_window(trigger, floor, ceiling)
    q = trigger.start()
    while q >= 0:
        if _may_close_a_name(text, q, lo):
            return True
        q = text.find("meeting", q + 7, hi)
        if q >= 0 and q + 7 > hi:
            break
    return False


def _may_close_a_name(text: str, q: int, lo: int) -> bool:
    """False only if the "meeting" at `q` cannot end THE_BODY_MEETING started at or after
    `lo`: white space must come before it, and before that a word opening with A-Z or a
    digit (NAME's words: each follows white space), a ")", or a possessive "'s" earlier."""
    k = q
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == q:
        return False  # "-meeting", "(meeting": the tail needs white space before "meeting"
    if k <= lo or text[k - 1] == ")":
        return True
    w = k - 1
    while w > lo and not text[w - 1].isspace():
        w -= 1
    if w <= lo:
        return True  # (the word may start before lo: no telling)
    first = text[w]
    if "A" <= first <= "Z" or first.isdigit():
        return True
    return text.find("'s", lo, q) >= 0 or text.find("\u2019s", lo, q) >= 0


def _a_body_met(text: str, m, floor: int) -> bool:
    """True if the name before "met" is the subject and a body's, not a person's: not "the
    Chairman of the X Committee" nor "Members of the X Committee" (the words of a person's
    post or a member before the body, or "of the" right before the name)."""
    start = m.start("name")
    if _OF_BEFORE_NAME.search(text, max(floor, start - 8), start):
        return False
    words = text[start:m.end("name")].split()
    lead = 1 if words[:1] in (["The"], ["THE"]) else 0
    return len(words) > lead and words[lead].lower() not in PERSON_WORDS


PERSON_WORDS = frozenset(w.lower() for line in _WORDS["person_words"] for w in line.split())


def _a_persons(name: str) -> bool:
    """True if a name opens with a person's word ("Chairman of the X Council", "Mr Chan")."""
    words = name.split()
    lead = 1 if words[:1] in (["The"], ["THE"]) else 0
    return len(words) > lead and words[lead].lower() in PERSON_WORDS


def _another_meeting(text: str, pos: int, floor: int) -> bool:
    """True if the "meeting of the X" at `pos` is an earlier or later one ("since the 12th
    meeting of the X", "the next meeting of the X"), as for a numbered meeting (_excluded),
    whose words are looked for before the ordinal if one comes first."""
    before = text[max(floor, pos - 40):pos].rstrip()
    cut = max(before.rfind(" "), before.rfind("\n"), before.rfind("\u00a0"))
    if ordinal_value(before[cut + 1:]) is not None:
        pos -= len(text[max(floor, pos - 40):pos]) - (cut + 1)
    return _excluded(text, pos, floor)


@lru_cache(maxsize=4096)
def _unnumbered_body(name: str, need_series: bool) -> Optional[str]:
    """The body an unnumbered meeting's name stands for, or None if it names none: not a
    generic phrase, not opening with an ordinal, and ending in a series head ("... Forum")
    when `need_series`, else holding a body's head word. (Cached: the same names come
    back again and again.)"""
    if not _is_named(name):
        return None
    prefix = _MEETING_PREFIX.match(name) if _may_have_meeting_prefix(name) else None
    if prefix:
        name = name[prefix.end():]
    # "The Task Force on X's Fourth Meeting was held": the body is the holder before "'s".
    possessive = _POSSESSIVE_ORDINAL.search(name) if "'" in name or "\u2019" in name else None
    if possessive:
        holder = name[:possessive.start()]
        return holder if _is_named(holder) and _names_a_body(holder) else None
    first = name.split()[0] if name.split() else ""
    if ordinal_value(first) is not None or not _is_named(name):
        return None
    if need_series and _last_word(name) not in SERIES_HEADS:
        return None
    if not need_series and _last_word(name) not in BODY_HEADS and not any(
            w in BODY_HEADS for w in _words(name)):
        return None
    return name


_BODY_HEAD_ENDINGS = tuple(sorted({re.split(r"[\s-]+", w.lower())[-1] for w in _WORDS["body_heads"]}))


def _may_have_lower_ref_possessive(text: str, low: Optional[str], start: int, end: int) -> bool:
    """False only if LOWER_REF_POSSESSIVE cannot match in text[start:end]: it needs a body's
    head word right before "'s" (outside ASCII, case folds could hide one: always try)."""
    if low is None or not text.isascii():
        return True
    i = text.find("'s", start, end)
    while i >= 0:
        if low.endswith(_BODY_HEAD_ENDINGS, start, i):
            return True
        i = text.find("'s", i + 2, end)
    return False


def _was_held_in(text: str, start: int, end: int) -> bool:
    """False only if THE_SERIES_HELD cannot match: it needs "was/is/be held"."""
    i = text.find("held", start, end)
    while i >= 0:
        j = i
        while j > start and text[j - 1].isspace():
            j -= 1
        if j < i and text.endswith(("was", "is", "be"), start, j):
            return True
        i = text.find("held", i + 4, end)
    return False


def _may_name_a_series(text: str, low: Optional[str], start: int, end: int) -> bool:
    """False only if no name in text[start:end] can end in a series head ("... Co-operation
    Meeting"): a name's last word starts with a capital, or follows "-" or "/" inside a
    word, so a series head written only in lower case ("its 13th meeting") names none."""
    if low is None:
        return True
    for word in _SERIES_HINTS:
        i = low.find(word, start, end)
        while i >= 0:
            if "A" <= text[i] <= "Z" or (i > 0 and text[i - 1] in "-/"):
                return True
            i = low.find(word, i + 1, end)
    return False


def _may_have_meeting_prefix(value: str) -> bool:
    """False only if _MEETING_PREFIX cannot match: every meeting noun holds one of these
    words (outside ASCII, case folds such as long s could hide them: always try)."""
    if not value.isascii():
        return True
    lowered = value.lower()
    return "meeting" in lowered or "session" in lowered or "plenary" in lowered


# (A word joined by "-" or "/" is one word, as in a name: "Hong Kong/Guangxi".)
_CAPITALISED_BEFORE = LazyPattern(rf"(?<![\w{APOS}/\u2013-])[A-Z][\w{APOS}]*(?:[-/\u2013][\w{APOS}]+)*[ \u00a0]$")
_AMPERSAND_BEFORE = LazyPattern(r"[ \u00a0]&[ \u00a0]$")


_ABBREVIATED_BEFORE = LazyPattern(
    rf"(?<![\w{APOS}-])[A-Z][\w{APOS}]*(?:-[\w{APOS}]+)*[ \u00a0]{ABBREVIATION}[ \u00a0]$")


def _capitalised_run_start(text: str, at: int, floor: int, across_abbreviation: bool = False) -> int:
    """Where the run of capitalised words ending just before `at` starts: "the Advisory
    Committee on ..." gives "Advisory Committee on ...", not "Committee on ..."; "Country &
    Marine Parks Board" is one run ("&" between capitalised words joins them). A leading
    "The" is left out; a lower-case word or punctuation ends the run."""
    for _ in range(6):
        lo = max(floor, at - 40)
        joined = at
        amp = _AMPERSAND_BEFORE.search(text, lo, at)
        if amp is not None:
            joined = amp.start() + 1  # the capitalised word before "&" must end there
        m = _CAPITALISED_BEFORE.search(text, lo, joined) if joined < at else None
        if m is None:
            m = _CAPITALISED_BEFORE.search(text, lo, at)
        if m is None and across_abbreviation and text[at - 2:at - 1] == ")":
            m = _ABBREVIATED_BEFORE.search(text, lo, at)  # "Organization (WTO) Hong Kong ..."
        if m is None or text[m.start():m.end()].strip() in ("The", "THE"):
            break
        at = m.start()
    return at


def _opens_sentence(text: str, pos: int, floor: int) -> bool:
    """True if the name at `pos` opens its sentence (after an optional "The"): the body the
    sentence is about, not one it mentions."""
    before = text[max(floor, pos - 200):pos].rstrip()
    if before.endswith(("The", "THE")):
        before = before[:-3]
        if before[-1:].isalnum():
            return False
        before = before.rstrip()
    return not before or before.endswith((".", "!", "?", ":"))


def _resolve_reference(text: str, spans: list[Span], ref: str, at: int,
                       holder_only: bool = False) -> Optional[tuple[str, int, int]]:
    """A lower-case "joint task force" at `at` resolved to the capitalised name that starts
    with the same words in the head ("Joint Task Force on the Development of ..."): the
    nearest one named before the reference, else (unless `holder_only`) the first after.
    With `holder_only` the name must also open its sentence: the body the sentences are
    about, not one merely mentioned ("... the plan of the Harbour Advisory Committee").
    A reference in generic words ("Ministerial Conference") takes a name written with its
    short form inside ("World Trade Organization (WTO) Hong Kong Ministerial Conference")."""
    generic = ref[:1].isupper()
    words = [re.escape(w) for w in ref.split()]
    rx = re.compile(r"\b" + S.join(words) + r"\b", re.I)
    before: list[tuple[str, int, int]] = []
    after: list[tuple[str, int, int]] = []
    for span in spans:
        for m in rx.finditer(text, span.start, span.end):
            if not text[m.start()].isupper():
                continue
            name = _NAME_AT.match(text, _capitalised_run_start(
                text, m.start(), span.start, across_abbreviation=generic), span.end)
            if not name:
                continue
            value, ns, ne = _clean_name(text, name.start(), name.end())
            if not value or not _is_named(value):
                continue
            if ne <= at:
                if not holder_only or _opens_sentence(text, ns, span.start):
                    before.append((value, ns, ne))
            elif not holder_only:
                after.append((value, ns, ne))
    if before:
        return before[-1]
    return after[0] if after else None


def _fullest(text: str, spans: list[Span], body: str, others: list[_Candidate]) -> str:
    """The fullest form of `body` among the names in the head: the same content words (in any
    order, "Poverty Commission" / "Commission on Poverty") or more words with the same last
    word ("Organising Committee of 15th National Games" / "... of the 15th ...")."""
    seq, key, last = _content_words(body)
    best = body
    for c in others:
        if not c.body:
            continue
        other_seq, other, other_last = _content_words(c.body)
        same = other == key
        wider = other > key and (other_last == last or other_seq[:len(seq)] == seq)
        if (same or wider) and len(c.body) > len(best):
            best = c.body
    if _last_word(best) in BODY_HEADS:
        return _with_its_remit(text, spans, best) or best
    return best


# "... Committee" followed by its remit: "on Implementation of ...", "for the Development of".
_REMIT_AFTER = LazyPattern(rf"{S}(?:on|for){S}(?:the{S})?(?=[A-Z])")


def _with_its_remit(text: str, spans: list[Span], body: str) -> Optional[str]:
    """The fullest form of a body named short ("Monitoring Committee"): the same words
    written out elsewhere in the head with the remit that follows the head word
    ("Monitoring Committee on Implementation of the ... Recommendations"). Only an "on/for"
    part right after the very same words counts: a word added before them, or any other
    continuation ("... Committee Secretariat"), names something else."""
    if not spans:
        return None
    head_end = spans[-1].end
    i = text.find(body, spans[0].start, head_end)
    while i >= 0:
        after = i + len(body)
        # (mostly a plain space follows: the pattern is tried only where it may match)
        if text.startswith((" on ", " for "), after) or text[after:after + 1] in (
                "\n", "\r", "\t", "\u00a0"):
            span = next((sp for sp in spans if sp.start <= i and after <= sp.end), None)
            remit = _REMIT_AFTER.match(text, after, span.end) if span is not None else None
            if remit is not None and _capitalised_run_start(text, i, span.start) == i:
                name = _NAME_AFTER_OF_AT.match(text, remit.end(), span.end)
                if name is not None:
                    value, _, _ = _clean_name(text, i, name.end())
                    if value and value.startswith(body) and len(value) > len(body):
                        return value
        i = text.find(body, after, head_end)
    return None


@lru_cache(maxsize=4096)
def _content_words(name: str) -> tuple[tuple[str, ...], frozenset, str]:
    """A name's words without "the", its content words, and its last word (cached)."""
    seq = tuple(w for w in _words(name) if w != "the")
    return seq, frozenset(seq) - _FUNCTION_WORDS, _last_word(name)


_FUNCTION_WORDS = frozenset({"the", "of", "on", "and", "for", "in", "to"})


def _location(text: str, end: int) -> Optional[str]:
    """The place named right after the meeting phrase ("... in Shenzhen"), as a place name."""
    m = LOCATION_AFTER.match(text, end, min(len(text), end + 120))
    if not m:
        return None
    return _SPACES.sub(" ", m.group("place"))


# A meeting told as background: inside a relative clause ("the Plan, which was approved at
# the Fourth Session of ...", "Professor X, who chaired the Committee's 30th meeting in
# October"), unless the clause dates it now; or dated in the past ("... last year").
RELATIVE_CLAUSE_BEFORE = re.compile(  # (\b written after each branch's first letter, as above)
    rf"(?:w(?<=\bw)h(?:o|ich|ose|ere)|t(?<=\bt)hat{S}(?:was|were|had))\b[^,;.!?:\n()]{{0,100}}$")
CLAUSE_AFTER = re.compile(r"[^,;.!?:\n]{0,80}")
NOW_WORDS = re.compile(
    rf"\b(?:today|tonight|tomorrow|yesterday|now|this{S}(?:morning|afternoon|evening|week))\b", re.I)
# "... held in Hong Kong last August": a month named with "last" is months ago, as "last year".
PAST_WORDS = re.compile(
    rf"\b(?:last{S}(?:year|month|week|{_MONTH_NAMES}\b)|earlier{S}this{S}year|previously"
    rf"|in{S}(?:19|20)\d\d{S}?$)")
BACKGROUND_LOOK_BACK = 120
# "the fourth X Conference held in 2021", "... which was held in Fuzhou in May 2019", "X held
# its 5th meeting in January 2024", "at the 3rd meeting of the X in 2023": a meeting dated by a
# year alone (a month at most) is a past one; a release dates the one it reports by its day.
DATED_BY_A_YEAR = re.compile(
    rf"(?:,?{S}(?:which{S}|that{S})?was)?(?:{S}held(?:{S}(?:in|at){S}[A-Z][\w'-]*"
    rf"(?:{S}[A-Z][\w'-]*){{0,3}})?)?{S}in{S}(?:{_MONTH_NAMES}{S})?(?:19|20)\d\d\b(?![/-]\d)")

# "... was presented to the X Task Force at its 41st meeting in July, and members supported
# it": a meeting dated by a month alone (no day, no year) in a sentence that tells no coming
# event is a past one, as one dated by a year alone; the meeting a release reports is dated by
# its day ("today", "on July 5"), and a coming one is told with "will", "to be held" ...
DATED_BY_A_MONTH = re.compile(
    rf"(?:{S}held)?{S}in{S}{_MONTH_NAMES}\b(?!{S}?\d|{S}(?:next|this){S}year)")
# What tells a coming meeting in the sentence around the phrase.
COMING_WORDS = re.compile(
    r"\b(?:will|shall|would|to\s+be|is\s+to|are\s+to|scheduled|expected|plan(?:s|ned)?|"
    r"next|coming|upcoming|forthcoming|intends?)\b", re.I)
SENTENCE_LOOK_BACK = 240


def _dated_by_a_month_in_the_past(text: str, start: int, end: int) -> bool:
    """True if the meeting phrase at text[start:end] is dated "in <Month>" alone and its
    sentence (back to its start, on to the clause's end) tells no coming event."""
    m = DATED_BY_A_MONTH.match(text, end)
    if m is None:
        return False
    lo = max(0, start - SENTENCE_LOOK_BACK)
    for cut in (text.rfind(". ", lo, start), text.rfind("\n", lo, start)):
        lo = max(lo, cut + 1)
    after = CLAUSE_AFTER.match(text, m.end())
    return (COMING_WORDS.search(text, lo, start) is None
            and COMING_WORDS.search(text, m.end(), after.end()) is None)


def _background(text: str, start: int, end: int) -> bool:
    """True if the meeting phrase at text[start:end] is told as background, not reported."""
    after = CLAUSE_AFTER.match(text, end)
    clause_after = after.group() if after else ""
    # Each pattern is tried only if a word it needs is there (or a year ends the clause).
    if ("last" in clause_after or "earlier" in clause_after or "previously" in clause_after
            or clause_after.rstrip()[-1:].isdigit()):
        past = PAST_WORDS.search(clause_after)
        # "held its 5th meeting today to review the work since last year": the meeting is
        # dated now before the past words come, which date something else.
        if past is not None and NOW_WORDS.search(clause_after, 0, past.start()) is None:
            return True
    if text.find("in", end, end + 60) >= 0 and (DATED_BY_A_YEAR.match(text, end)
                                                 or _dated_by_a_month_in_the_past(text, start, end)):
        return True
    lo = max(0, start - BACKGROUND_LOOK_BACK)
    if text.find("wh", lo, start) < 0 and text.find("that", lo, start) < 0:
        return False
    if RELATIVE_CLAUSE_BEFORE.search(text, lo, start) is None:
        return False
    return NOW_WORDS.search(clause_after) is None


# Quoted speech: an opening double quote, at least SPEECH_MIN characters, its closing quote.
SPEECH_MIN = 60
_QUOTE = re.compile(r'["\u201c\u201d]')


class _SpeechQuotes:
    """_speech_quotes, worked out only for the spans that hold a candidate: a stretch of
    quoted speech lies within one span, so only the span holding a position can put it
    inside quotes."""

    __slots__ = ("text", "spans", "found")

    def __init__(self, text: str, spans: list[Span]):
        self.text = text
        self.spans = spans
        self.found: dict[int, list[tuple[int, int]]] = {}

    def holds(self, pos: int) -> bool:
        """True if `pos` is inside quoted speech (like _inside(_speech_quotes(...), pos))."""
        for k, span in enumerate(self.spans):
            if span.start <= pos < span.end:
                stretches = self.found.get(k)
                if stretches is None:
                    stretches = self.found[k] = _speech_quotes(self.text, [span])
                return _inside(stretches, pos)
        return False


def _speech_quotes(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Stretches of quoted speech in the head of the release. A meeting a speaker talks about
    ("the Committee held its 46th meeting in November") is not the meeting the release reports;
    short quotes are names ("the \u201c2024 Work Plan\u201d") and are kept."""
    out = []
    for span in spans:
        if text.find('"', span.start, span.end) < 0 and text.find("\u201c", span.start, span.end) < 0:
            continue
        marks = [m.start() for m in _QUOTE.finditer(text, span.start, span.end)]
        for open_at, close_at in zip(marks[::2], marks[1::2]):
            if close_at - open_at >= SPEECH_MIN:
                out.append((open_at, close_at))
    return out


def _inside(stretches: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in stretches)


def _reported(text: str, c: _Candidate, quotes: _SpeechQuotes) -> bool:
    """True unless the candidate is told as background, inside quoted speech or on page
    furniture."""
    return (not _background(text, c.start, c.end) and not quotes.holds(c.start)
            and not _on_page_furniture(text, c.start))


class _LeadUnnumbered:
    """The named meetings without a number in the windows of the headline and lead (those
    _unnumbered_in finds and _reported keeps), worked out window by window only when asked
    for: a release whose numbered meeting is found reads them only to write its body out
    in full (_fullest), and then only from windows holding every content word of the body.

    `low`: the lower-cased copy, where it lower-cases word by word as the text's words are
    lower-cased on their own (ASCII text); None makes every window count as may-widen."""

    __slots__ = ("text", "low", "windows", "quotes", "_found")

    def __init__(self, text: str, low: Optional[str], windows: list[Span],
                 quotes: _SpeechQuotes):
        self.text, self.low, self.windows, self.quotes = text, low, windows, quotes
        self._found: dict[int, list[_Candidate]] = {}

    def _in(self, k: int) -> list[_Candidate]:
        found = self._found.get(k)
        if found is None:
            text, quotes = self.text, self.quotes
            found = self._found[k] = [c for c in _unnumbered_in(text, self.windows[k], self.low)
                                      if _reported(text, c, quotes)]
        return found

    def all(self) -> list[_Candidate]:
        """Every one, in text order (as the windows come)."""
        return [c for k in range(len(self.windows)) for c in self._in(k)]

    def that_may_widen(self, body: str) -> list[_Candidate]:
        """The ones whose body _fullest could take for `body` (in the order of all()), and
        maybe others: a body with the same or more content words is written in one window,
        so a window lacking one of `body`'s content words holds none."""
        _, key, _ = _content_words(body)
        low = self.low
        if low is None or not key:
            return self.all()
        out = []
        for k, window in enumerate(self.windows):
            start, end = window.start, window.end
            if all(low.find(word, start, end) >= 0 for word in key):
                out.extend(self._in(k))
        return out


def find_meeting(doc: Document) -> Optional[Meeting]:
    """The reported meeting, or None when the release reports none. A meeting the headline or
    lead reports without a name or number comes back with number, ordinal and body None
    (callers drop chairs and departments only when there is no meeting at all)."""
    text = doc.text
    if _is_question_and_reply(doc):
        return None
    spans = _head_spans(doc)
    lead_end = _lead_end(doc, spans)
    low = _head_lowered(doc, spans)
    ascii = text.isascii()
    numbered: list[_Candidate] = []
    lead_windows: list[Span] = []
    for span in spans:
        if numbered and span.start >= lead_end:
            break  # the first numbered meeting is found; later ones are other meetings
        for window, last_keyword in _keyword_windows(text, span, low):
            # (Outside ASCII, a case-blind pattern could read a meeting word that the
            # lower-cased copy does not show: ordinals are then looked for everywhere.)
            numbered.extend(_numbered_in(text, window, low,
                                         last_keyword if ascii else window.end))
            if window.start < lead_end:
                lead_windows.append(window)
    quotes = _SpeechQuotes(text, spans)
    numbered = [c for c in numbered if _reported(text, c, quotes)]
    named_numbered = [c for c in numbered if c.body]
    # The named meetings without a number in the lead windows, worked out only where the
    # path taken reads them.
    pending = _LeadUnnumbered(text, low if ascii else None, lead_windows, quotes)

    # A number with no body named near it counts only in the headline or the lead: deeper
    # in, "its first meeting on April 15" is a later meeting of a body just set up.
    numbered = [c for c in numbered if c.body or c.ref or c.start < lead_end]
    if (numbered and numbered[0].start >= lead_end and _lead_is_a_sentence(doc)
            and not _head_reports_meeting(doc, spans, lead_end, pending.all())):
        numbered = []  # a release about something else (an appointment) naming a meeting
    lead_paragraph_end = doc.lead.end if doc.lead is not None else lead_end
    unnumbered: Optional[list[_Candidate]] = None  # (pending.all(), unless cut down below)
    if (numbered or pending.all()) and doc.lead is not None and _is_speech_or_remarks(doc):
        numbered = _named_in_the_lead(text, spans, numbered, doc.lead)
        unnumbered = [c for c in pending.all() if c.start < doc.lead.end
                      and _last_word(c.body) not in EVENT_HEADS]
    if numbered and numbered[0].start >= min(lead_end, lead_paragraph_end):
        numbered = _of_the_lead_meeting(
            text, spans, numbered, pending.all() if unnumbered is None else unnumbered,
            min(lead_end, lead_paragraph_end))
    if numbered:
        first = numbered[0]
        same = [c for c in numbered if c.number == first.number]
        chosen = _prefer_lead(doc, same)
        body = next((c.body for c in [chosen] + same if c.body), None)
        if body is None:
            referring = next((c for c in [chosen] + same if c.ref), None)
            if referring is not None:
                resolved = _resolve_reference(text, spans, referring.ref, referring.start,
                                              referring.holder_ref)
                body = resolved[0] if resolved else None
                if body is not None and referring.ref[:1].isupper():
                    body = _organisation_of_ministerial(body)
        if body is None:
            if unnumbered is None:
                unnumbered = pending.all()
            if unnumbered:
                body = unnumbered[0].body
        if body:
            body = _fullest(text, spans, body, named_numbered + pending.that_may_widen(body))
        return Meeting(chosen.number, chosen.ordinal, body, _location(text, chosen.end),
                       Evidence.of(text, chosen.start, chosen.end))

    if unnumbered is None:
        unnumbered = pending.all()
    named = named_numbered + pending.all()
    # Unnumbered: only a named meeting in the headline or lead is the release's.
    early = [c for c in unnumbered if c.start < lead_end]
    if not early:
        return _unnamed_meeting(text, spans, lead_end)
    chosen = _prefer_lead(doc, early)
    body = _fullest(text, spans, chosen.body, named)
    return Meeting(None, None, body, _location(text, chosen.end),
                   Evidence.of(text, chosen.start, chosen.end))


# A legislator's question and an official's reply ("Following is a question by the Hon X and
# a written reply by the Secretary for Y in the Legislative Council today"): the meetings the
# question or the reply names are its background; the release reports none.
_QUESTION_BY = LazyPattern(rf"Following{S}(?:is|are){S}(?:a|an|the){S}(?:[\w-]+{S})?questions?{S}by\b")
_REPLY_WORDS = ("reply", "replies", "answer")


def _is_question_and_reply(doc: Document) -> bool:
    """True if the lead opens a question-and-reply release (a question by someone and a reply
    or answer by someone else)."""
    lead = doc.lead
    if lead is None or not doc.text.startswith("Following", lead.start):
        return False
    question = _QUESTION_BY.match(doc.text, lead.start, lead.end)
    if question is None:
        return False
    rest = doc.text[question.end():lead.end]
    return any(w in rest for w in _REPLY_WORDS)


def _of_the_lead_meeting(text: str, spans: list[Span], numbered: list[_Candidate],
                         unnumbered: list[_Candidate], lead_end: int) -> list[_Candidate]:
    """The numbered meetings after the lead paragraph that can be the one it names: where the
    headline or lead paragraph reports a named meeting without a number ("The Hong Kong/X
    Co-operation Meeting 2019 was held today"), a numbered meeting of another body further
    down ("the eighth meeting of the joint working group on ..., held in September") is
    another one."""
    lead_bodies = [c.body for c in unnumbered if c.start < lead_end and c.body]
    if not lead_bodies:
        return numbered
    kept = []
    for c in numbered:
        name = c.body
        if name is None and c.ref:
            resolved = _resolve_reference(text, spans, c.ref, c.start, c.holder_ref)
            name = resolved[0] if resolved else c.ref
        if name and any(_same_body(name, b) for b in lead_bodies):
            kept.append(c)
    return kept


def _same_body(a: str, b: str) -> bool:
    """True if two names can name one body: the content words of one are all in the other
    ("Joint Conference" / "Hong Kong/Guangdong Co-operation Joint Conference")."""
    _, words_a, _ = _content_words(a)
    _, words_b, _ = _content_words(b)
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


# "Following is the speech by X at ...", "Following is the transcript of remarks by X after the
# first meeting of ...": the lead says where the words were spoken; the text after it is the
# speaker's own, and the meetings it recalls are background.
_SPEECH_OR_REMARKS = LazyPattern(
    rf"Following{S}(?:is|are){S}(?:the|a|an){S}(?:[\w-]+{S}){{0,2}}?"
    rf"(?:speech|remarks|transcript|address|statement|opening{S}remarks){S}")


def _is_speech_or_remarks(doc: Document) -> bool:
    """True if the lead opens a speech or a transcript of remarks."""
    lead = doc.lead
    return (doc.text.startswith("Following", lead.start)
            and _SPEECH_OR_REMARKS.match(doc.text, lead.start, lead.end) is not None)


def _named_in_the_lead(text: str, spans: list[Span], numbered: list[_Candidate],
                       lead: Span) -> list[_Candidate]:
    """In a speech or transcript, the numbered meetings that are the lead's: inside the lead
    paragraph, or of a body the lead paragraph names ("this Sixth Session of the Ministerial
    Conference" under a lead naming the "... Hong Kong Ministerial Conference")."""
    lead_words: Optional[frozenset] = None
    kept = []
    for c in numbered:
        if lead.start <= c.start < lead.end:
            kept.append(c)
            continue
        if lead_words is None:  # (read once, and only as far as the head goes)
            lead_text = text[lead.start:min(lead.end, lead.start + HEAD_CHARS)]
            lead_words = frozenset(w.lower() for w in _TOKEN.findall(lead_text.replace("&", " and ")))
        name = c.body
        if name is None and c.ref:
            resolved = _resolve_reference(text, spans, c.ref, c.start, c.holder_ref)
            name = resolved[0] if resolved else None
        if name and _content_words(name)[1] <= lead_words:
            kept.append(c)
    return kept


# Page furniture of a web copy: a link to a file ("Summary of the 29th meeting (PDF, 210KB)"),
# a ticker line ("Latest: ...") or a link to the previous or next release ("Previous: ...")
# points to other pages, never the release's own meeting.
_FILE_LINK = LazyPattern(
    r"[(\[](?:PDF|DOCX?|XLSX?|PPTX?|RTF|ZIP)(?:,?[ \u00a0]*\d[\d.,]*[ \u00a0]?[KMG]B)?[)\]]", re.I)
FURNITURE_LINE_MAX = 160


def _on_page_furniture(text: str, pos: int) -> bool:
    """True if `pos` lies on a short line that is a file link or a ticker of the web page."""
    # (Looked for only as far back as a short line can start: a text with no "\r" would
    # otherwise be read back to its top for every candidate.)
    look_from = max(0, pos - FURNITURE_LINE_MAX - 1)
    line_start = max(text.rfind("\n", look_from, pos), text.rfind("\r", look_from, pos)) + 1
    if line_start == 0 and look_from > 0:
        return False  # the line starts before look_from: longer than FURNITURE_LINE_MAX
    line_end = text.find("\n", pos, line_start + FURNITURE_LINE_MAX + 1)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > FURNITURE_LINE_MAX:
        return False
    line = text[line_start:line_end].strip()
    if line.lower().startswith(TICKER_OPENINGS):
        return True
    if line.startswith(BULLETS):
        return _under_links_heading(text, line_start)
    return ("(" in line or "[" in line) and _FILE_LINK.search(line) is not None


_LINKS_HEADINGS = ("related", "see also", "latest", "more press releases", "other press releases",
                   "previous", "next", "recent press releases", "you may also")
LINK_LIST_MAX = 12  # bullet lines walked up to their heading


def _under_links_heading(text: str, line_start: int) -> bool:
    """True if the bullet line starting at `line_start` belongs to a list of links under a
    heading such as "Related press releases" or "See also": each item is another release."""
    at = line_start
    for _ in range(LINK_LIST_MAX):
        if at <= 0:
            return False
        prev_start = max(text.rfind("\n", 0, at - 1), text.rfind("\r", 0, at - 1)) + 1
        prev = text[prev_start:at].strip()
        at = prev_start
        if not prev or prev.startswith(BULLETS):
            continue  # (a blank line may part the heading from its list)
        return len(prev) <= 60 and prev.lower().startswith(_LINKS_HEADINGS)
    return False


def _lead_is_a_sentence(doc: Document) -> bool:
    """True if the lead paragraph is prose ending in a full stop: only then is what follows
    it the body of the release (a web copy's menu can pass for the lead, and minutes have
    no prose lead)."""
    lead = doc.lead
    if lead is None:
        return False
    return doc.text[lead.start:lead.end].rstrip().endswith((".", ".\"", ".\u201d"))


def _head_reports_meeting(doc: Document, spans: list[Span], lead_end: int,
                          unnumbered: list[_Candidate]) -> bool:
    """True if the headline or lead reports a meeting (a named or unnamed one, or a meeting
    word in the headline). Only then can a numbered meeting first named after the lead
    paragraph be the release's (minutes with no prose lead are not judged so): an appointment release whose member "served on the 2nd X Forum", or whose
    council "held 23 meetings" (a count), reports none."""
    if any(c.start < lead_end for c in unnumbered):
        return True
    title = doc.title_span
    if title is not None:
        headline = doc.lower[title.start:title.end] if doc.text.isascii() else title.of(doc.text).lower()
        if any(k in headline for k in KEYWORDS) or " meets" in headline or "meet " in headline:
            return True
    return _unnamed_meeting(doc.text, spans, lead_end) is not None


# A meeting the headline or lead reports without naming or numbering it: "The Government
# convened an inter-departmental meeting today", "X hosted a meeting today to gauge views",
# "after chairing a committee meeting", "CE hosts meeting on ..." (a headline drops the
# article). The verb says the release reports it; "met the Mayor" (a call) is no meeting,
# nor "the next meeting" or "meetings".
_UNNAMED_VERB = (
    r"(?:co-)?chair(?:ed|s|ing)?|host(?:ed|s|ing)?|convene[ds]?|convening|held|holds?|holding"
    r"|conduct(?:ed|s|ing)?|attend(?:ed|s|ing)?|presid(?:ed|es|ing)[\s\u00a0]+over"
)
_NOT_A_MODIFIER = (r"(?:and|or|a|an|the|with|to|of|in|on|at|for|by|next|previous|last|coming|"
                   r"upcoming|earlier|following|another|other|its|their|his|"
                   r"her)\b")
UNNAMED_MEETING = LazyPattern(
    rf"\b(?:{_UNNAMED_VERB})(?:{S}(?:today|yesterday|this{S}(?:morning|afternoon|evening)))?"
    rf"{S}(?P<phrase>(?:(?:a|an|the){S})?(?:(?!{_NOT_A_MODIFIER})[\w-]+{S}){{0,4}}?[Mm]eeting)\b"
    rf"(?![-\u2010\u2011])"
)


def _unnamed_meeting(text: str, spans: list[Span], lead_end: int) -> Optional[Meeting]:
    """A reported meeting with no name and no number, or None: Meeting(None, None, None,
    location, evidence) tells callers that the release is about a meeting all the same."""
    for span in spans:
        if span.start >= lead_end:
            break
        end = min(span.end, lead_end)
        if text.find("eeting", span.start, end) < 0:
            continue
        for m in UNNAMED_MEETING.finditer(text, span.start, end):
            s, e = m.span("phrase")
            if _background(text, s, e):
                continue
            return Meeting(None, None, None, _location(text, e), Evidence.of(text, s, e))
    return None


# Every pattern holds one of these words; text far from all of them is never scanned.
KEYWORDS = ("meeting", "session", "plenary", "conference", "forum", "summit", "minutes")
WINDOW_BEFORE = 360
WINDOW_AFTER = 260


def _keyword_windows(text: str, span: Span, low: Optional[str]) -> list[tuple[Span, int]]:
    """Parts of `span` near a meeting word, merged: the only places a pattern can match;
    each with where its last meeting word starts (the window's end for one past the span).
    (Looked for span by span: the spans after the lead are mostly never read.)"""
    # A little past the end too: "No. 3" heading a page whose next line is "Minutes of ...".
    stop = min(len(text), span.end + 120)
    if low is None:
        low, base, stop = text[span.start:stop].lower(), span.start, stop - span.start
    else:
        base = 0  # the shared copy: positions are the text's own
    first = span.start - base
    hits = []
    find = low.find
    for word in KEYWORDS:
        i = find(word, first, stop)
        while i >= 0:
            hits.append(i - first)
            i = find(word, i + len(word), stop)
    # Both read at each "met " (one scan of the span for the two):
    # "The Group met for the eighth time" reports a meeting with no meeting word: "time" is
    # its keyword (ordinals are looked for before a window's last keyword).
    # "The X Commission met today ...": "met" before the meeting's time or purpose.
    i = find("met ", first, stop)
    while i >= 0:
        if low.startswith("met for the ", i, stop):
            time_word = find(" time", i + 12, min(stop, i + 40))
            if time_word >= 0:
                hits.append(time_word + 1 - first)
        elif (i == 0 or low[i - 1] in " \n\t\u00a0") and low.startswith(_MET_CUES, i):
            hits.append(i - first)
        i = find("met ", i + 4, stop)
    hits.sort()
    if not hits:
        return []
    out: list[tuple[Span, int]] = []
    base, span_end = span.start, span.end
    limit = span_end - base
    window_start = window_end = last = -1
    for i in hits:
        if i > limit:
            i = limit
        lo = base + i - WINDOW_BEFORE
        if lo < base:
            lo = base
        hi = base + i + WINDOW_AFTER
        if hi > span_end:
            hi = span_end
        if window_end >= 0 and lo <= window_end:
            if hi > window_end:
                window_end = hi
        else:
            if window_end >= 0:
                out.append((_span(Span, (window_start, window_end)), last))
            window_start, window_end = lo, hi
        last = base + i
    out.append((_span(Span, (window_start, window_end)), last))
    return out


def _lead_end(doc: Document, spans: list[Span]) -> int:
    """End of the headline-and-lead part: the headline and the first two prose paragraphs
    (a photo caption often comes before the lead)."""
    end = spans[0].end if spans else 0
    prose = 0
    text = doc.text
    for p in doc.body_paragraphs:
        if prose >= 2:
            break
        if p.end - p.start >= 60 and _LOWER_LETTER.search(text, p.start, p.end):
            prose += 1
            end = max(end, p.end)
    return end


def _prefer_lead(doc: Document, candidates: list[_Candidate]) -> _Candidate:
    """The candidate in the lead paragraph if there is one (its body is usually written out
    in full there), else the first."""
    lead = doc.lead
    if lead:
        for c in candidates:
            if lead.start <= c.start < lead.end:
                return c
    return candidates[0]
