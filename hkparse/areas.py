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

Every scan is a compiled pattern over a bounded window, so the work is linear in the text. A
release without a unit word costs a few plain substring searches; the tables and patterns are
built on the first unit found. Words before a figure are read nearest first: the window before
it is reversed and matched with mirrored patterns (std `re` has no backwards matching).
"""
from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple, Optional

from .datafiles import read_data
from .document import Document
from .model import Evidence, FloorArea

# How far before a figure its clause may start, and how far a figure split by a page break
# and a footnote may sit from the words that introduce it.
CLAUSE_REACH = 300
FOOTNOTE_REACH = 1500
# A range whose ends differ more than this is two unrelated numbers ("- 2 - 400 000 sq m").
RANGE_MAX_RATIO = 20
# How far before its unit a figure may begin ("between approximately 1 000 000 and ...").
FIGURE_REACH = 140
RESTATEMENT_TOLERANCE = 0.05
SENTENCE_END_CHARS = ".!?:;\"'\u201d\u2019)"
# "a" and "half a" are numbers only before "million" ("a million square feet"), never before a
# unit ("$9,000 a square foot").
WORDS_NEEDING_MULTIPLIER = {"a", "half a"}
# Nouns (or their tails) that may stand before "of <figure>" in a floor-area clause.
HEAD_OF_ALLOWED = {"area", "areas", "gfa", "space", "spaces", "floorspace", "total", "excess",
                   "order", "region", "range", "tune", "provision"}

# Where a unit may start: "2" or "\u00b2" after "m" or "ft", and (in the lower-case copy)
# "hectare" or a "ha" that no word character follows. The patterns start with a literal, which
# `re` finds with a quick scan of its own.
SQUARED_HINT = re.compile(r"2(?:(?<=m2)|(?<=ft2))")
HECTARE_HINT = re.compile(r"h(?:ectare|a(?![\w\u00b2]))")

SEPARATORS = re.compile(r"[\s\-]+")
NOT_DIGITS = re.compile(r"[^\d.]+")
DIGIT = re.compile(r"\d")
# The noun that a figure used as an adjective ("a 22-hectare site") goes on to describe.
ADJECTIVE_NOUN = re.compile(r"[ \t\u00a0]+[^\W\d_]")
# A character without which no clause break can be (see `clause_break`).
CLAUSE_MARK = re.compile(r"[.!?;\n*]")


@functools.lru_cache(maxsize=4096)
def _normal(phrase: str) -> str:
    """A phrase as looked up in the tables: lower case, hyphens and whitespace as one space
    (cached: the same few units and measure words come back in every release)."""
    return SEPARATORS.sub(" ", phrase.lower().replace(".", "")).strip()


def _data_rows(name: str):
    """Tab-separated rows of a data file, without comments and blank lines."""
    for line in read_data(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _phrase_pattern(phrase: str, optional_dots: bool = False, reverse: bool = False) -> str:
    """A pattern for a table phrase, tolerant of line breaks, no-break spaces and hyphens;
    with `reverse`, the pattern of the phrase read backwards (for a reversed window)."""
    words = phrase.split(" ")
    pieces = []
    for i, word in enumerate(words):
        if i:
            # "sq.m" needs no space after the dot; other words need a separator.
            pieces.append(r"[\s\-]{0,4}" if words[i - 1].endswith(".") else r"[\s\-]{1,4}")
        piece = re.escape(word[::-1] if reverse else word)
        pieces.append(piece.replace(r"\.", r"\.?") if optional_dots else piece)
    if reverse:
        pieces.reverse()
    return "".join(pieces)


def _alternation(rows: list[tuple[str, str]]) -> str:
    """Alternatives, longest phrase first so that "gross floor area" beats "floor area"."""
    return _grouped([p for _, p in sorted(rows, key=lambda r: -len(r[0]))])


def _grouped(patterns: list[str]) -> str:
    """The alternation of patterns, grouped by their first character when each starts with a
    plain letter or digit ("a(?:rea of land|...)|s(?:ite|...)"), and so on within a group.
    `re` tries alternatives one by one, so at each place only the few that start with its
    character are tried, not all of them. Two groups cannot both match at one place, and
    the order within a group is kept, so the first alternative that matches is the same."""
    if len(patterns) < 2 or not all(
            p[:1].isalnum() and p[1:2] not in ("?", "*", "+", "{") for p in patterns):
        return "|".join(patterns)
    groups: dict[str, list[str]] = {}
    for p in patterns:
        groups.setdefault(p[0], []).append(p[1:])
    return "|".join(first + (f"(?:{_grouped(rests)})" if len(rests) > 1 else rests[0])
                    for first, rests in groups.items())


def _qualifiers_back(spellings, lower: bool = False) -> str:
    """The qualifiers read backwards, each ending at a word end unless it ends with a full
    stop ("approx."). Those with a full stop start (backwards) with it and the others with a
    letter, so the two sets are alternatives that cannot both match at one place, and each
    can be grouped by first character (see `_grouped`)."""
    with_stop, without_stop = [], []
    for spelling in spellings:
        rows = with_stop if spelling.endswith(".") else without_stop
        rows.append((spelling, _spaced(spelling.lower() if lower else spelling, reverse=True)))
    alternatives = [rf"\b(?:{_alternation(without_stop)})"] if without_stop else []
    if with_stop:
        alternatives.append(_alternation(with_stop))
    return f"(?:{'|'.join(alternatives)})"


def _spaced(spelling: str, reverse: bool = False) -> str:
    """A word-list spelling as a pattern: a space matches any run of whitespace."""
    return re.escape(spelling[::-1] if reverse else spelling).replace(r"\ ", r"\s+")


class _Unit(NamedTuple):
    name: str
    factor: Any  # a Decimal: values are multiplied exactly, then turned into floats
    is_square_metres: bool  # factor 1: the value is already in square metres


class _Tables(NamedTuple):
    """Word tables and the patterns that read the text around a unit. Most releases have no
    area unit, so all of it is built on the first unit found rather than at import.

    Patterns named `*_back` run on a reversed window that ends where the original match had
    to end: their first match is the one nearest before that point, as a backwards search
    would find it."""
    Decimal: Any
    units: dict
    terms: dict
    premises: dict  # rooms and premises whose "<noun> of <figure>" is their floor area
    qualifiers: dict
    number_words: dict
    multipliers: dict
    unit_any_case: "re.Pattern[str]"
    unit_exact_case: "re.Pattern[str]"
    figure_back: "re.Pattern[str]"
    term_back: "re.Pattern[str]"
    head_of_back: "re.Pattern[str]"
    qual_at_end_back: "re.Pattern[str]"
    blank_line_back: "re.Pattern[str]"
    following_term: "re.Pattern[str]"
    restatement: "re.Pattern[str]"
    of_the_owner: "re.Pattern[str]"
    of_the_owner_back: "re.Pattern[str]"
    clause_break: "re.Pattern[str]"
    no_sentence_end: "re.Pattern[str]"
    page_mark_at_end: "re.Pattern[str]"
    footnote_start: "re.Pattern[str]"
    range_link: "re.Pattern[str]"


@functools.lru_cache(maxsize=None)
def _tables() -> _Tables:
    """Read the tables and compile the patterns once, on first use (thread-safe: the result
    is immutable, and a race at worst builds it twice)."""
    from decimal import Decimal  # ~2 ms of import, needed only once a unit is found

    units, any_case_rows, exact_case_rows = {}, [], []
    for spelling, name, factor, case in _data_rows("units.tsv"):
        units[_normal(spelling)] = _Unit(name, Decimal(factor), Decimal(factor) == 1)
        if case == "s":
            exact_case_rows.append((spelling, _phrase_pattern(spelling, optional_dots=True)))
        else:
            any_case_rows.append(
                (spelling, _phrase_pattern(spelling.lower(), optional_dots=True)))
    terms, term_rows, term_rows_back, premises = {}, [], [], {}
    for row in _data_rows("area_terms.tsv"):
        kind, phrase = row[0], row[1]
        measure = row[2] if len(row) > 2 and row[2] else None
        if kind == "premises":
            premises[phrase.lower()] = measure
            continue
        terms[_normal(phrase)] = ("floor" if kind == "after" else kind, measure)
        # Matched in the lower-case copy: lower-case literals need no re.I, and run faster.
        term_rows.append((phrase, _phrase_pattern(phrase.lower())))
        if kind != "after":  # an "after" word says nothing of a figure that follows it
            term_rows_back.append((phrase, _phrase_pattern(phrase.lower(), reverse=True)))
    qualifiers, qualifier_spellings = {}, []
    for spelling, canonical in _data_rows("qualifiers.tsv"):
        qualifiers[_normal(spelling)] = canonical
        qualifier_spellings.append(spelling)
    number_words = {_normal(w): Decimal(v) for w, v in _data_rows("number_words.tsv")}
    word_alt_back = _alternation([(w, _spaced(w, reverse=True)) for w in number_words])

    term_alt = _alternation(term_rows)
    qualifier_alt = _alternation([(q, _spaced(q.lower())) for q in qualifier_spellings])
    # The figure before a unit, read backwards in the lower-case copy from where its unit
    # starts (the unit itself is the one the unit scan found). Forwards it reads:
    #   [between] [qualifier] number [multiplier] (to|and|-)   -- the first end of a range
    #   [qualifier] number [multiplier] unit
    # Numbers: digits with comma or (no-break) space thousands separators, bounded so no scan
    # can run away (a hard-wrapped copy may break the line where a space separated the
    # thousands: "160\n000"), or a number word.
    digits_back = (r"(?:\d{1,6}\.)?"
                   r"(?:(?<![\d,])(?:\d{3},){1,4}\d{1,3}"
                   r"|(?<!\d)(?:\d{3}(?:[ \u00a0\u202f]|[ \t\u00a0]{0,8}\n\r?)){1,4}\d{1,3}"
                   r"|\d{1,12})")
    number_back = (rf"(?:{digits_back}(?![\w.,$\u00a3\u20ac\u00a5/])"
                   rf"|\b(?:{word_alt_back})\b)")
    mult_back = r"\b(?:noillim|noillib|dnasuoht)"
    qual_back = rf"{_qualifiers_back(qualifier_spellings, lower=True)}\b"
    figure_back = rf"""
        (?:\s{{0,6}}|-)
        (?:(?P<m2>{mult_back})\s+)?
        (?P<n2>{number_back})
        (?:\s+(?P<q2>{qual_back}))?
        (?:
            \s{{0,4}}(?P<sep>ot|dna|[\-\u2013\u2014])\s{{0,4}}
            (?:(?P<m1>{mult_back})\s+)?
            (?P<n1>{number_back})
            (?:\s+(?P<q1>{qual_back}))?
            (?P<between>\s+neewteb\b)?
        )?"""
    return _Tables(
        Decimal=Decimal,
        units=units,
        terms=terms,
        premises=premises,
        qualifiers=qualifiers,
        number_words=number_words,
        multipliers={"thousand": Decimal(1000), "million": Decimal(10) ** 6,
                     "billion": Decimal(10) ** 9},
        # Units of any case ("Square Metres") are matched in the lower-case copy, the others
        # ("m2", "ha") in the text. No spelling of one kind starts like one of the other, so
        # at most one of the two can match at a place.
        unit_any_case=re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(any_case_rows)})(?![\w\u00b2])"),
        unit_exact_case=re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(exact_case_rows)})(?![\w\u00b2])"),
        figure_back=re.compile(figure_back, re.X),
        # The measure word nearest before a figure (lower-case window).
        term_back=re.compile(rf"(?<![\w\-])(?:{_alternation(term_rows_back)})(?![\w\-])"),
        # "<noun> of" just before a figure: the noun it measures (lower-case window).
        head_of_back=re.compile(r"\s*fo\b[\s\"'\u201d\u2019)\]]*(\w+)"),
        qual_at_end_back=re.compile(rf"\s*{_qualifiers_back(qualifier_spellings)}"),
        blank_line_back=re.compile(r"\n\r?[ \t\u00a0]*\n\r?"),
        # What follows a figure on its line (lower-case copy), past a restatement in brackets
        # ("(about 322,900 sq ft)"): a measure noun at once ("22-hectare site", "30 000 sq m
        # GFA"), "in" and one ("in GFA"), or "of" and at most three words before one ("of Grade
        # A office space", "of reclaimed land"), or a verb "to be" and at most two words before
        # one ("120,000 sq m will be office space", "3 000 sq m is for retail space", "will be
        # Grade A office space"). The lazy {0,3}? and {0,2}? try the measure noun before
        # skipping each word, so no skipped word can start one.
        following_term=re.compile(
            rf"""[ \t\u00a0"'\u201d\u2019]*
            (?:\([^()\r\n]{{0,60}}\)[ \t\u00a0,]*)?
            \(?
            (?:of\s+(?:[\w'\u2019&/.\-]+\s+){{0,3}}?|in\s+
              |(?:(?:will|would|shall|is\s+to)\s+be|is|are)\s+(?:(?:used\s+)?(?:as|for)\s+)?
               (?:[\w'\u2019&/.\-]+\s+){{0,2}}?)?
            (?P<term>{term_alt})(?![\w\-])""",
            re.X,
        ),
        # Between a figure and the same figure restated in another unit: "30,000 m2 (or 322,917
        # sq ft".
        restatement=re.compile(
            r"\s*[(\[]\s*(?:(?i:or|i\.e\.?|equivalent\s+to|equal\s+to),?\s*)?"),
        # Between a measure and the place it belongs to: "GFA| of the |sites", "GFA| in the |land
        # sale".
        of_the_owner=re.compile(
            r"\s+(?i:of|on|in|at|within|for)\s+(?:[\w'\u2019&\-]+\s+){0,3}"),
        # The same read backwards from the measure (lower-case window): a quick test that the
        # words before the measure can be such a phrase at all, before looking for the place.
        of_the_owner_back=re.compile(
            r"(?:\s+[\w'\u2019&\-]+){0,3}\s+(?:fo|no|ni|ta|nihtiw|rof)\s"),
        # Where a clause starts: a sentence end, a semicolon, a blank line or a rule of asterisks.
        clause_break=re.compile(
            r"""[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])
              |;|\r?\n[ \t\u00a0]*\r?\n|\*{5,}""",
            re.X,
        ),
        # Abbreviations whose full stop ends no sentence ("Lot No. 6", "Mr C. Y. Lam"). A unit's
        # ("... 9 100 sq m. A landscaped area of ...") does, before a capital as here.
        no_sentence_end=re.compile(
            r"\b(?:[ap]\.m|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|Co|Ltd|approx|i\.e|e\.g|[A-Z])$"),
        # A page number line ("- 2 -") between a figure and the words that introduce it.
        page_mark_at_end=re.compile(r"-[ \t\u00a0]*\d{1,3}[ \t\u00a0]*-[\s]*$"),
        # A footnote paragraph: a small number, then text ("1 Hong Kong Science Park ...").
        footnote_start=re.compile(r"[ \t\u00a0]*\d{1,2}[ \t\u00a0]+\S"),
        # Between the unit of a range's first end and the unit of its second (lower-case):
        # "| and about 4 500 |sq m", "| to 65 |square metres".
        range_link=re.compile(
            rf"[ \t\u00a0]{{0,4}}(?:and|to|[\-\u2013])[ \t\u00a0]{{0,4}}"
            rf"(?:(?:{qualifier_alt})[ \t\u00a0]+)?"
            r"\d[\d,.\u00a0 ]{0,14}(?:million[ \t\u00a0]+)?[ \t\u00a0]*"),
    )


def _unit_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of the area units in the text, in order. Candidates come from searches for single
    characters (memchr-fast, where a multi-character search reads every character) and
    patterns that start with a literal; the unit patterns then decide at each candidate."""
    starts = []
    at = lower.find("q")  # "sq", "square", "sqm", "sqft" in any case
    while at >= 0:
        if lower[at - 1:at] == "s":
            starts.append(at - 1)
        at = lower.find("q", at + 1)
    # All scans read the lower-case copy (one string read over and over stays in the cache);
    # "M2" found there is turned down by the exact-case unit pattern.
    for m in SQUARED_HINT.finditer(lower):  # "m2", "ft2"
        at = m.start()
        starts.append(at - 1 if lower[at - 1] == "m" else at - 2)
    at = lower.find("\u00b2")  # "m\u00b2", "ft\u00b2": rare, so a plain loop
    while at >= 0:
        before = lower[at - 1:at]
        if before == "m":
            starts.append(at - 1)
        elif before == "t":
            starts.append(at - 2)
        at = lower.find("\u00b2", at + 1)
    for m in HECTARE_HINT.finditer(lower):
        starts.append(m.start())
    if not starts:
        return []
    # Each hint gives its own starts (so no two are equal), in order: sorting merges the runs.
    starts.sort()
    tables = _tables()
    any_case, exact_case = tables.unit_any_case, tables.unit_exact_case
    spans = []
    for start in starts:
        if start >= 0:
            u = any_case.match(lower, start) or exact_case.match(text, start)
            if u:
                spans.append(u.span())
    return spans


def _number_value(number: str, multiplier: Optional[str], tables: _Tables):
    """The exact value (int or Decimal) of a number in digits or words, times its
    multiplier."""
    if number[0].isdecimal():
        digits = number.replace(",", "")
        if not digits.isdecimal():  # a decimal point or a space: keep digits and point only
            digits = NOT_DIGITS.sub("", number)
            value = tables.Decimal(digits)
        else:
            value = int(digits)  # exact too, and quicker to make than a Decimal
    else:
        value = tables.number_words.get(_normal(number), 0)
    if multiplier:
        value *= tables.multipliers[multiplier.lower()]
    return value


def _has_clause_break(text: str, start: int, end: int, tables: _Tables) -> bool:
    """Whether a sentence end, semicolon or blank line lies in text[start:end]."""
    if not CLAUSE_MARK.search(text, start, end):
        return False
    no_sentence_end = tables.no_sentence_end
    for m in tables.clause_break.finditer(text, start, end):
        at = m.start()
        if text[at] != "." or not no_sentence_end.search(text, max(0, at - 6), at):
            return True
    return False


def _skip_page_break(text: str, start: int, tables: _Tables) -> int:
    """Where the introducing words of a figure end, when a page number (and footnotes) were set
    between them and the figure ("a GFA of about [footnote 1 ...] - 2 - 400 000 sq m")."""
    before = text[max(0, start - 40):start]
    mark = tables.page_mark_at_end.search(before)
    if not mark:
        return start
    end = start - (len(before) - mark.start())
    floor = max(0, end - FOOTNOTE_REACH)
    for _ in range(4):
        end = len(text[floor:end].rstrip()) + floor
        blank = tables.blank_line_back.search(text[floor:end][::-1])
        paragraph_start = end - blank.start() if blank else floor
        if blank and tables.footnote_start.match(text, paragraph_start):
            end = end - blank.end()  # a footnote: the words go on before it
            continue
        if end > floor and text[end - 1] not in SENTENCE_END_CHARS:
            return end  # a paragraph that stops mid-sentence: the figure continues it
        return start
    return start


def _decide_by_words_before(text: str, lower: str, start: int, unit: str,
                            tables: _Tables) -> tuple[bool, Optional[str], Optional[str]]:
    """Whether the figure starting at `start`, with no measure word after it, is a floor area
    by the words before it: its measure, and a qualifier found only across a page break."""
    terms = tables.terms
    # A page mark ("- 2 -") ends with a hyphen: without one just before, nothing to skip.
    intro_end = (_skip_page_break(text, start, tables)
                 if text.find("-", max(0, start - 40), start) >= 0 else start)
    reach = max(0, intro_end - CLAUSE_REACH)
    split_qualifier = None
    if intro_end != start:
        q = tables.qual_at_end_back.match(text[reach:intro_end][::-1])
        if q:
            split_qualifier = tables.qualifiers.get(_normal(text[intro_end - q.end():intro_end]))
            intro_end -= q.end()
    # The clause before the figure, reversed: a match at back[a:b] is lower[intro_end - b:
    # intro_end - a], and the first match is the one nearest the figure.
    back = lower[reach:intro_end][::-1]
    head = tables.head_of_back.match(back)
    if head:
        noun = head.group(1)[::-1]
        premises = tables.premises.get(noun)
        if premises:  # "a café of around 1,500 sq ft": the room's own floor
            return True, premises, split_qualifier
        if noun not in HEAD_OF_ALLOWED:
            return False, None, None
    nearest = tables.term_back.search(back)
    if nearest is None:
        return False, None, None
    nearest_start, nearest_end = intro_end - nearest.end(), intro_end - nearest.start()
    if _has_clause_break(text, nearest_end, intro_end, tables):
        return False, None, None
    if unit == "hectares" and DIGIT.search(back, 0, nearest.start()):
        # Hectares measure land far more often than floors: only the measure's own figure
        # ("a GFA of 2 hectares") counts, not one further on ("a GFA of ..., covers 22 ha").
        return False, None, None
    kind, measure = terms.get(_normal(nearest.group()[::-1]), ("other", None))
    if kind != "floor":
        # "the GFA of the sites is ...": the site only says whose floor area it is.
        owner = (tables.of_the_owner_back.match(back, nearest.end())
                 and tables.term_back.search(back, nearest.end()))
        if owner and tables.of_the_owner.fullmatch(text, intro_end - owner.start(),
                                                   nearest_start):
            kind, measure = terms.get(_normal(owner.group()[::-1]), ("other", None))
    return kind == "floor", measure, split_qualifier


def find_floor_areas(doc: Document) -> list[FloorArea]:
    """Every floor-area figure of the release, once per value in square metres."""
    text = doc.text
    lower = doc.lower
    units = _unit_spans(text, lower)
    if not units:
        return []
    tables = _tables()
    unit_table = tables.units
    figure_back = tables.figure_back
    following_term = tables.following_term
    terms = tables.terms
    length = len(text)
    found: list[FloorArea] = []
    seen: set[float] = set()
    previous: Optional[FloorArea] = None
    for index, (unit_start, unit_end) in enumerate(units):
        # The figure is matched backwards from the start of its unit: a group at [a:b] of the
        # reversed window is text[unit_end - b:unit_end - a].
        m = figure_back.match(lower[max(0, unit_start - FIGURE_REACH):unit_end][::-1],
                              unit_end - unit_start)
        if m is None:
            continue
        unit_text = text[unit_start:unit_end]
        unit = unit_table.get(_normal(unit_text))
        if unit is None:
            continue
        n2_start = unit_end - m.end("n2")
        n2 = text[n2_start:unit_end - m.start("n2")]
        m2 = m.group("m2")  # a multiplier word, or None
        m2 = m2 and m2[::-1]
        if not m2 and not n2[0].isdecimal() and _normal(n2) in WORDS_NEEDING_MULTIPLIER:
            continue
        second = _number_value(n2, m2, tables)
        if not second:
            continue
        q2_end = m.end("q2")
        if q2_end >= 0:
            start = unit_end - q2_end
            qualifier = text[start:unit_end - m.start("q2")]
        else:
            start, qualifier = n2_start, None
        ends = [second]  # the value of each end of the figure (two for a range)
        n1_end = m.end("n1")
        if n1_end >= 0:
            n1 = text[unit_end - n1_end:unit_end - m.start("n1")]
            m1 = m.group("m1")
            m1 = m1 and m1[::-1]
            first = _number_value(n1, m1 or m2, tables)
            if not (m1 or m2) and not n1[0].isdecimal() and (
                    _normal(n1) in WORDS_NEEDING_MULTIPLIER):
                paired = False
            elif m.group("sep") == "dna" and m.end("between") < 0:
                # "55,642 and 92,736 sq m respectively": two figures, in either order.
                low, high = (first, second) if first <= second else (second, first)
                paired = 0 < low and high <= low * RANGE_MAX_RATIO
            else:
                paired = 0 < first < second <= first * RANGE_MAX_RATIO
            if paired:
                ends.insert(0, first)
                start = unit_end - m.end()
                q1_end = m.end("q1")
                if q1_end >= 0:
                    qualifier = text[unit_end - q1_end:unit_end - m.start("q1")]
        end = _unit_end(unit_text, unit_end)
        # The words right after the figure decide first, then those before it.
        following = following_term.match(lower, end, min(length, end + 120))
        if following:
            kind, measure = terms.get(_normal(following["term"]), ("other", None))
            is_floor, split_qualifier = kind == "floor", None
        elif unit_start and text[unit_start - 1] == "-" and ADJECTIVE_NOUN.match(text, end):
            # "the adjacent 2.3-hectare Kwai Chung Park": a figure joined to its unit by a
            # hyphen describes the noun after it, which names no floor measure here.
            continue
        else:
            is_floor, measure, split_qualifier = _decide_by_words_before(
                text, lower, start, unit.name, tables)
            if not is_floor and index + 1 < len(units):
                # "between 3 000 square metres and 4 500 square metres of floor space": the
                # first end of a range written with a unit at each end is measured by the
                # words after the second, unless its own clause names another measure.
                shared = _range_end_measure(text, lower, start, end, unit.name,
                                            units[index + 1], tables)
                if shared:
                    is_floor, measure, split_qualifier = True, shared, None
        if not is_floor:
            continue
        if previous and _restates(text, previous, start, unit, ends, tables):
            continue
        qualifier_name = (tables.qualifiers.get(_normal(qualifier)) if qualifier
                          else split_qualifier)
        evidence_text = text[start:end]
        evidence = Evidence(start, end, evidence_text)
        for value in ends:
            as_float = float(value)
            square_metres = as_float if unit.is_square_metres else float(value * unit.factor)
            key = round(square_metres, 2)
            if key in seen:
                continue
            seen.add(key)
            # Positional: text, value, unit, square_metres, qualifier, measure, evidence.
            found.append(FloorArea(evidence_text, as_float, unit.name, square_metres,
                                   qualifier_name, measure, evidence))
        previous = found[-1] if found else None
    return found


def _unit_end(unit_text: str, unit_end: int) -> int:
    """Where a unit ends: a lone final full stop ("sq m.") ends the sentence, not the unit."""
    return unit_end - 1 if unit_text[-1] == "." and unit_text.count(".") == 1 else unit_end


def _range_end_measure(text: str, lower: str, start: int, end: int, unit_name: str,
                       next_unit: tuple[int, int], tables: _Tables) -> Optional[str]:
    """The floor measure that a figure shares with the next one, when the two are the ends of
    a range each written with the same unit ("3 000 sq m and 4 500 sq m of floor space");
    None when they are not, or when the first figure's own clause names a measure."""
    next_start, next_end = next_unit
    if not tables.range_link.fullmatch(lower, end, next_start):
        return None
    next_unit_text = text[next_start:next_end]
    next_kind = tables.units.get(_normal(next_unit_text))
    if next_kind is None or next_kind.name != unit_name:
        return None  # "2 hectares and 30 000 sq m of office space": two figures, no range
    next_end = _unit_end(next_unit_text, next_end)
    following = tables.following_term.match(lower, next_end, min(len(lower), next_end + 120))
    if not following:
        return None
    kind, measure = tables.terms.get(_normal(following["term"]), ("other", None))
    if kind != "floor":
        return None
    back = lower[max(0, start - CLAUSE_REACH):start][::-1]
    nearest = tables.term_back.search(back)
    if nearest and not _has_clause_break(text, start - nearest.start(), start, tables):
        return None  # "a site area of 3 000 sq m and 4 500 sq m of floor space"
    return measure


def _restates(text: str, previous: FloorArea, start: int, unit: _Unit, values: list,
              tables: _Tables) -> bool:
    """Whether a figure is the previous one given again in another unit, in brackets."""
    if unit.name == previous.unit:
        return False
    if not tables.restatement.fullmatch(text, previous.evidence.end, start):
        return False
    square_metres = float(values[-1] * unit.factor)
    return abs(square_metres - previous.square_metres) <= (
        RESTATEMENT_TOLERANCE * previous.square_metres)
