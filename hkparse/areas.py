"""Floor-area figures, told apart from site, land and sea areas.

A figure is a number with an area unit ("about 4,300 square metres", "2.9 million sq m",
"between 8 000 and 10 000 sq m"). Releases give site, land and sea areas in the same units and
often in the same sentence as floor areas, so the unit alone decides nothing: the words of the
figure's own clause do.

1. The words right after the figure decide first: "... sq m of gross floor area" or "... square
   metres of Grade A office space" is a floor area; "... hectares of land", "a 22-hectare site"
   is not.
2. A figure that is "<noun> of <figure>" for a noun that names no floor measure ("a site of",
   "a park of") is not.
3. Otherwise the measure word nearest before the figure in the same sentence decides: "the
   maximum gross floor area is 5,344 sq m" is; "a site area of about 3,563 square metres and"
   is not. No measure word: not a floor area (a false figure is worse than a missing one).

A range ("8 000 to 10 000 sq m") gives one entry per end; a figure repeated, or restated in
another unit in brackets, counts once.

Every scan is a compiled pattern over a bounded window, so the work is linear in the text.
"""
from __future__ import annotations

import functools
import re as stdlib_re  # only for escape(): faster than regex.escape, same output here
from decimal import Decimal
from typing import Iterator, NamedTuple, Optional

import regex as re

from .datafiles import read_data
from .document import Document
from .model import Evidence, FloorArea

# How far before a figure its clause may start, and how far a figure split by a page break
# and a footnote may sit from the words that introduce it.
CLAUSE_REACH = 300
FOOTNOTE_REACH = 1500
# A range whose ends differ more than this is two unrelated numbers ("- 2 - 400 000 sq m").
RANGE_MAX_RATIO = 20


def _data_rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file, without comments and blank lines."""
    text = read_data(name)
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


SEPARATORS = re.compile(r"[\s\-]+")
NOT_DIGITS = re.compile(r"[^\d.]+")


def _normal(phrase: str) -> str:
    """A phrase as looked up in the tables: lower case, hyphens and whitespace as one space."""
    return SEPARATORS.sub(" ", phrase.lower().replace(".", "")).strip()


def _phrase_pattern(phrase: str, optional_dots: bool = False) -> str:
    """A pattern for a table phrase, tolerant of line breaks, no-break spaces and hyphens."""
    words = phrase.split(" ")
    out = []
    for i, word in enumerate(words):
        piece = stdlib_re.escape(word)
        if optional_dots:
            piece = piece.replace(r"\.", r"\.?")
        if i:
            # "sq.m" needs no space after the dot; other words need a separator.
            sep = r"[\s\-]{0,4}" if words[i - 1].endswith(".") else r"[\s\-]{1,4}"
            out.append(sep)
        out.append(piece)
    return "".join(out)


def _alternation(patterns: list[tuple[str, str]]) -> str:
    """Alternatives, longest phrase first so that "gross floor area" beats "floor area"."""
    ordered = sorted(patterns, key=lambda p: -len(p[0]))
    return "|".join(p for _, p in ordered)


class _Unit(NamedTuple):
    name: str
    factor: Decimal


def _load_units() -> tuple[dict[str, _Unit], str]:
    units: dict[str, _Unit] = {}
    patterns = []
    for spelling, name, factor, case in _data_rows("units.tsv"):
        units[_normal(spelling)] = _Unit(name, Decimal(factor))
        pattern = _phrase_pattern(spelling, optional_dots=True)
        patterns.append((spelling, pattern if case == "s" else f"(?i:{pattern})"))
    return units, _alternation(patterns)


def _load_terms() -> tuple[dict[str, tuple[str, Optional[str]]], str]:
    terms: dict[str, tuple[str, Optional[str]]] = {}
    patterns = []
    for row in _data_rows("area_terms.tsv"):
        kind, phrase = row[0], row[1]
        measure = row[2] if len(row) > 2 and row[2] else None
        terms[_normal(phrase)] = (kind, measure)
        patterns.append((phrase, _phrase_pattern(phrase)))
    return terms, _alternation(patterns)


def _load_qualifiers() -> tuple[dict[str, str], str]:
    qualifiers = {}
    patterns = []
    for spelling, canonical in _data_rows("qualifiers.tsv"):
        qualifiers[_normal(spelling)] = canonical
        pattern = stdlib_re.escape(spelling).replace(r"\ ", r"\s+")
        if not spelling.endswith("."):
            pattern += r"\b"
        patterns.append((spelling, pattern))
    return qualifiers, _alternation(patterns)


def _load_number_words() -> tuple[dict[str, Decimal], str]:
    words = {_normal(w): Decimal(v) for w, v in _data_rows("number_words.tsv")}
    patterns = [(w, stdlib_re.escape(w).replace(r"\ ", r"\s+")) for w in words]
    return words, _alternation(patterns)


UNITS, _UNIT_ALT = _load_units()
TERMS, _TERM_ALT = _load_terms()
QUALIFIERS, _QUAL_ALT = _load_qualifiers()
NUMBER_WORDS, _WORD_ALT = _load_number_words()
# "a" and "half a" are numbers only before "million" ("a million square feet"), never before a
# unit ("$9,000 a square foot").
WORDS_NEEDING_MULTIPLIER = {"a", "half a"}
MULTIPLIERS = {"thousand": Decimal(1000), "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}

# Digits with comma or (no-break) space thousands separators, bounded so no scan can run away.
# A hard-wrapped copy may break the line where a space separated the thousands ("160\n000").
_DIGITS = (r"(?:\d{1,3}(?:,\d{3}){1,4}(?![\d,])"
           r"|\d{1,3}(?:(?:[ \u00a0\u202f]|\r?\n[ \t\u00a0]{0,8})\d{3}){1,4}(?!\d)"
           r"|\d{1,12})(?:\.\d{1,6})?")
_NUMBER = rf"(?:(?<![\w.,$\u00a3\u20ac\u00a5/]){_DIGITS}|(?i:\b(?:{_WORD_ALT})\b))"
_MULT = r"(?i:million|billion|thousand)\b"
_QUAL = rf"(?i:\b(?:{_QUAL_ALT}))"

# How far before its unit a figure may begin ("between approximately 1 000 000 and ...").
FIGURE_REACH = 140
UNIT = re.compile(rf"(?<![^\W\d_])(?:{_UNIT_ALT})(?![\w\u00b2])")
# Cheap scans that find every place a unit may be, so that the costly patterns run only
# there, with the offset from the hint to where the unit starts: "sq"/"square"/"SQ" (at the
# "q"), "hectare"/"HECTARE" (plain substring searches), "ha", and "2" or "\u00b2" after "m"
# or "ft".
UNIT_HINTS = (("q", -1), ("Q", -1), ("ectare", -1), ("ECTARE", -1))
SQUARED_HINTS = ("2", "\u00b2")
HECTARE_HINT = re.compile(r"ha(?![a-z])")
# Nouns (or their tails) that may stand before "of <figure>" in a floor-area clause.
HEAD_OF_ALLOWED = {"area", "areas", "gfa", "space", "spaces", "floorspace", "total", "excess",
                   "order", "region", "range", "tune", "provision"}
RESTATEMENT_TOLERANCE = 0.05
SENTENCE_END_CHARS = ".!?:;\"'\u201d\u2019)"


class _Patterns(NamedTuple):
    """The patterns that read the text around a unit. Most releases have no area unit, and
    compiling these (the measure-word alternations above all) costs tens of milliseconds, so
    they are built on the first unit found rather than at import."""
    figure: "re.Pattern[str]"
    term_before: "re.Pattern[str]"
    following_term: "re.Pattern[str]"
    restatement: "re.Pattern[str]"
    digit: "re.Pattern[str]"
    of_the_owner: "re.Pattern[str]"
    head_of: "re.Pattern[str]"
    qual_at_end: "re.Pattern[str]"
    clause_break: "re.Pattern[str]"
    no_sentence_end: "re.Pattern[str]"
    page_mark_at_end: "re.Pattern[str]"
    footnote_start: "re.Pattern[str]"
    blank_line_before: "re.Pattern[str]"


@functools.lru_cache(maxsize=None)
def _patterns() -> _Patterns:
    """Compile the figure and clause patterns once, on first use (thread-safe: the result is
    immutable, and a race at worst compiles them twice)."""
    return _Patterns(
        # Matched backwards (REVERSE) from the end of a unit, so only text near units is read.
        figure=re.compile(
            rf"""
            (?:
                (?P<between>(?i:\bbetween)\s+)?
                (?:(?P<q1>{_QUAL})\s+)?
                (?P<n1>{_NUMBER})(?:\s+(?P<m1>{_MULT}))?
                \s{{0,4}}(?P<sep>(?i:to|and)|[\-\u2013\u2014])\s{{0,4}}
            )?
            (?:(?P<q2>{_QUAL})\s+)?
            (?P<n2>{_NUMBER})(?:\s+(?P<m2>{_MULT}))?
            (?:\s{{0,6}}|-)
            (?P<unit>{_UNIT_ALT})(?![\w\u00b2])
            """,
            re.X | re.REVERSE,
        ),
        # Searched backwards from a figure: the first hit is the measure word nearest before it.
        term_before=re.compile(rf"(?i)(?<![\w\-])(?:{_TERM_ALT})(?![\w\-])", re.REVERSE),
        # What follows a figure on its line, past a restatement in brackets ("(about 322,900 sq
        # ft)"): a measure noun at once ("22-hectare site", "30 000 sq m GFA"), "in" and one ("in
        # GFA"), or "of" and at most three words before one ("of Grade A office space", "of
        # reclaimed land"). The lazy {0,3}? tries the measure noun before skipping each word, so
        # no skipped word can start one.
        following_term=re.compile(
            rf"""[ \t\u00a0"'\u201d\u2019]*
            (?:\([^()\r\n]{{0,60}}\)[ \t\u00a0,]*)?
            \(?
            (?:(?i:of)\s+(?:[\w'\u2019&/.\-]+\s+){{0,3}}?|(?i:in)\s+)?
            (?P<term>(?i:{_TERM_ALT}))(?![\w\-])""",
            re.X,
        ),
        # Between a figure and the same figure restated in another unit: "30,000 m2 (or 322,917
        # sq ft".
        restatement=re.compile(
            r"\s*[(\[]\s*(?:(?i:or|i\.e\.?|equivalent\s+to|equal\s+to),?\s*)?"),
        digit=re.compile(r"\d"),
        # Between a measure and the place it belongs to: "GFA| of the |sites", "GFA| in the |land
        # sale".
        of_the_owner=re.compile(
            r"\s+(?i:of|on|in|at|within|for)\s+(?:[\w'\u2019&\-]+\s+){0,3}"),
        # "<noun> of" just before a figure: the noun it measures.
        head_of=re.compile(r"(\w+)[\s\"'\u201d\u2019)\]]*\bof\s*", re.I | re.REVERSE),
        qual_at_end=re.compile(rf"(?:{_QUAL})\s*", re.REVERSE),
        # Where a clause starts: a sentence end, a semicolon, a blank line or a rule of asterisks.
        clause_break=re.compile(
            r"""[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])
              |;|\r?\n[ \t\u00a0]*\r?\n|\*{5,}""",
            re.X,
        ),
        # Abbreviations whose full stop ends no sentence ("sq. m.", "Lot No. 6").
        no_sentence_end=re.compile(
            r"\b(?:sq|m|ft|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|Co|Ltd|approx|i\.e|e\.g|[A-Z])$"),
        # A page number line ("- 2 -") between a figure and the words that introduce it.
        page_mark_at_end=re.compile(r"-[ \t\u00a0]*\d{1,3}[ \t\u00a0]*-[\s]*$"),
        # A footnote paragraph: a small number, then text ("1 Hong Kong Science Park ...").
        footnote_start=re.compile(r"[ \t\u00a0]*\d{1,2}[ \t\u00a0]+\S"),
        blank_line_before=re.compile(r"\r?\n[ \t\u00a0]*\r?\n", re.REVERSE),
    )

def _number_value(number: str, multiplier: Optional[str]) -> Decimal:
    word = NUMBER_WORDS.get(_normal(number))
    value = word if word is not None else Decimal(NOT_DIGITS.sub("", number))
    if multiplier:
        value *= MULTIPLIERS[multiplier.lower()]
    return value


def _has_clause_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence end, semicolon or blank line lies in text[start:end]."""
    patterns = _patterns()
    for m in patterns.clause_break.finditer(text, start, end):
        if text[m.start()] != "." or not patterns.no_sentence_end.search(
                text, max(0, m.start() - 6), m.start()):
            return True
    return False


def _skip_page_break(text: str, start: int) -> int:
    """Where the introducing words of a figure end, when a page number (and footnotes) were set
    between them and the figure ("a GFA of about [footnote 1 ...] - 2 - 400 000 sq m")."""
    patterns = _patterns()
    before = text[max(0, start - 40):start]
    mark = patterns.page_mark_at_end.search(before)
    if not mark:
        return start
    end = start - (len(before) - mark.start())
    floor = max(0, end - FOOTNOTE_REACH)
    for _ in range(4):
        end = len(text[floor:end].rstrip()) + floor
        blank = patterns.blank_line_before.search(text, floor, end)
        paragraph_start = blank.end() if blank else floor
        if patterns.footnote_start.match(text, paragraph_start) and blank:
            end = blank.start()  # a footnote: the words go on before it
            continue
        if end > floor and text[end - 1] not in SENTENCE_END_CHARS:
            return end  # a paragraph that stops mid-sentence: the figure continues it
        return start
    return start


def _decide(text: str, start: int, end: int,
            unit: str) -> tuple[bool, Optional[str], Optional[str]]:
    """Whether the figure text[start:end] is a floor area, its measure, and a qualifier found
    only across a page break."""
    patterns = _patterns()
    following = patterns.following_term.match(text, end, min(len(text), end + 120))
    if following:
        kind, measure = TERMS.get(_normal(following["term"]), ("other", None))
        return kind == "floor", measure, None
    intro_end = _skip_page_break(text, start)
    reach = max(0, intro_end - CLAUSE_REACH)
    split_qualifier = None
    if intro_end != start:
        q = patterns.qual_at_end.match(text, reach, intro_end)
        if q:
            split_qualifier = QUALIFIERS.get(_normal(q.group().strip()))
            intro_end = q.start()
    head = patterns.head_of.match(text, reach, intro_end)
    if head and head.group(1).lower() not in HEAD_OF_ALLOWED:
        return False, None, None
    nearest = patterns.term_before.search(text, reach, intro_end)
    if nearest is None or _has_clause_break(text, nearest.end(), intro_end):
        return False, None, None
    if unit == "hectares" and patterns.digit.search(text, nearest.end(), intro_end):
        # Hectares measure land far more often than floors: only the measure's own figure
        # ("a GFA of 2 hectares") counts, not one further on ("a GFA of ..., covers 22 ha").
        return False, None, None
    kind, measure = TERMS.get(_normal(nearest.group()), ("other", None))
    if kind != "floor":
        # "the GFA of the sites is ...": the site only says whose floor area it is.
        owner = patterns.term_before.search(text, reach, nearest.start())
        if owner and patterns.of_the_owner.fullmatch(text, owner.end(), nearest.start()):
            kind, measure = TERMS.get(_normal(owner.group()), ("other", None))
    return kind == "floor", measure, split_qualifier


def _unit_end(m: "re.Match[str]") -> int:
    """The end of the unit: a lone final full stop ("sq m.") ends the sentence, not the unit."""
    unit = m["unit"]
    if unit.endswith(".") and unit.count(".") == 1:
        return m.end() - 1
    return m.end()


def _units(text: str) -> list[tuple[int, int]]:
    """Spans of the area units in the text, in order."""
    starts = [h.start() for h in HECTARE_HINT.finditer(text)]
    for literal, offset in UNIT_HINTS:
        at = text.find(literal)
        while at >= 0:
            starts.append(at + offset)
            at = text.find(literal, at + 1)
    for squared in SQUARED_HINTS:
        at = text.find(squared)
        while at >= 0:
            before = text[at - 1:at]
            if before == "m":
                starts.append(at - 1)
            elif before == "t":
                starts.append(at - 2)
            at = text.find(squared, at + 1)
    spans = set()
    for start in starts:
        u = UNIT.match(text, start) if start >= 0 else None
        if u:
            spans.add(u.span())
    return sorted(spans)


def _figures(text: str) -> Iterator["re.Match[str]"]:
    """Each number (or range of numbers) with its unit, in text order."""
    units = _units(text)
    if not units:
        return
    figure = _patterns().figure
    for unit_start, unit_end in units:
        m = figure.match(text, max(0, unit_start - FIGURE_REACH), unit_end)
        if m:
            yield m


def find_floor_areas(doc: Document) -> list[FloorArea]:
    """Every floor-area figure of the release, once per value in square metres."""
    text = doc.text
    found: list[FloorArea] = []
    seen: set[float] = set()
    previous: Optional[FloorArea] = None
    for m in _figures(text):
        unit = UNITS.get(_normal(m["unit"]))
        if unit is None:
            continue
        ends: list[Decimal] = []  # the value of each end of the figure (two for a range)
        if _normal(m["n2"]) in WORDS_NEEDING_MULTIPLIER and not m["m2"]:
            continue
        second = _number_value(m["n2"], m["m2"])
        if not second:
            continue
        start = m.start("q2") if m["q2"] else m.start("n2")
        qualifier = m["q2"]
        if m["n1"]:
            first = _number_value(m["n1"], m["m1"] or m["m2"])
            sep = m["sep"].lower()
            if _normal(m["n1"]) in WORDS_NEEDING_MULTIPLIER and not (m["m1"] or m["m2"]):
                paired = False
            elif sep == "and" and not m["between"]:
                # "55,642 and 92,736 sq m respectively": two figures, in either order.
                low, high = sorted((first, second))
                paired = 0 < low and high <= low * RANGE_MAX_RATIO
            else:
                paired = 0 < first < second <= first * RANGE_MAX_RATIO
            if paired:
                ends.append(first)
                start = m.start()
                qualifier = m["q1"] or m["q2"]
        ends.append(second)
        end = _unit_end(m)
        is_floor, measure, split_qualifier = _decide(text, start, end, unit.name)
        if not is_floor:
            continue
        if previous and _restates(text, previous, start, unit, ends):
            continue
        qualifier_name = QUALIFIERS.get(_normal(qualifier)) if qualifier else split_qualifier
        evidence = Evidence.of(text, start, end)
        for value in ends:
            square_metres = float(value * unit.factor)
            key = round(square_metres, 2)
            if key in seen:
                continue
            seen.add(key)
            found.append(FloorArea(text=evidence.text, value=float(value), unit=unit.name,
                                   square_metres=square_metres, qualifier=qualifier_name,
                                   measure=measure, evidence=evidence))
        previous = found[-1] if found else None
    return found


def _restates(text: str, previous: FloorArea, start: int, unit: _Unit,
              values: list[Decimal]) -> bool:
    """Whether a figure is the previous one given again in another unit, in brackets."""
    if unit.name == previous.unit:
        return False
    if not _patterns().restatement.fullmatch(text, previous.evidence.end, start):
        return False
    square_metres = float(values[-1] * unit.factor)
    return abs(square_metres - previous.square_metres) <= (
        RESTATEMENT_TOLERANCE * previous.square_metres)
