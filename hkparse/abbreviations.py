"""Abbreviations a release defines for itself: "Civil Engineering and Development Department (CEDD)".

Releases name an organisation in full once, with its abbreviation in brackets, and use the short
form afterwards ("representatives from the CEDD"). `find_abbreviations` maps each defined short
form to the full name it stands for, so that later mentions can be written out in full.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import re

from .document import Span
from .gazetteer import gazetteer
from .sides import is_place
from .patterns import LazyPattern  # patterns compiled on first use: a quicker import

# "(CEDD)", "(B&RI)", "(CoP)", '("NDO")': a bracketed short form with at least two capitals.
DEFINITION = LazyPattern(
    r"\(\s*[\"'\u201c\u2018]?(?P<abbr>[A-Z][A-Za-z&]{0,11}[A-Z])[\"'\u201d\u2019]?\s*\)"
)
# Words before the bracket, read backwards: stop at punctuation that cannot be inside a name.
WORD = LazyPattern(r"[A-Za-z][A-Za-z'\u2019\-]*|&")
CONNECTORS = frozenset({"of", "and", "the", "for", "on", "in", "&", "to", "de"})
SPACES = LazyPattern(r"[\s\u00a0]+")
LOOKBACK = 160  # characters; names longer than this do not get abbreviated in practice


def _initials(word: str) -> str:
    """Initial capitals a word gives an abbreviation: "Kong-Shenzhen" gives "KS"."""
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    return "".join(part[0] for part in word.split("-") if part)


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# A hard break (comma, full stop, bracket, semicolon, quote): the words of a name stop there.
# Searched for in the stretch before a bracket written backwards, so that the first found is
# the last one (a greedy ".*" before it backtracked over the whole stretch: ~19k instructions).
HARD_BREAK = LazyPattern(r"[,.;:()\"\u201c\u201d]")


def expansion_before(text: str, bracket: int, abbr: str) -> Optional[tuple[str, Span]]:
    """The full name that the words just before `bracket` give for `abbr`, or None."""
    window_start = max(0, bracket - LOOKBACK)
    # Only the words after the last hard break.
    cut = HARD_BREAK.search(text[window_start:bracket][::-1])
    segment_start = bracket - cut.start() if cut else window_start
    found = _expansion_in(text[segment_start:bracket], abbr)
    if found is None:
        return None
    start, end = segment_start + found[0], segment_start + found[1]
    if text[end - 2:end] in ("'s", "\u2019s"):
        end -= 2  # "Park Limited's (HSITPL)": the possessive is not part of the name
    return SPACES.sub(" ", text[start:end]), Span(start, end)


@lru_cache(maxsize=1024)
def _expansion_in(segment: str, abbr: str) -> Optional[tuple[int, int]]:
    """(start, end) in `segment` of the words that end it and give the letters of `abbr`.
    Memoised: releases define the same short forms with the same words again and again."""
    letters = "".join(ch for ch in abbr if ch.isupper())
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(segment)]
    if not words:
        return None
    best = None
    initials = ""
    for i in range(len(words) - 1, -1, -1):
        start, _, word = words[i]
        if word.lower() in CONNECTORS:
            continue
        initials = _initials(word) + initials
        if len(initials) > len(letters) + 3:
            break
        if initials.upper() == letters.upper():
            best = i
            break
        if (best is None and initials[0].upper() == letters[0]
                and _is_subsequence(letters.upper(), initials.upper())
                and len(initials) <= len(letters) + 2):
            best = i  # a loose fit ("Hong Kong-Shenzhen ... Limited" for HSITPL); keep looking
    if best is None:
        best = _syllable_fit([w for _, _, w in words], letters.upper())
        if best is None:
            return None
    return words[best][0], words[-1][1]


def _syllable_fit(words: list[str], letters: str) -> Optional[int]:
    """Where the words that end a name start, if they give `letters` with a Mainland place
    shortened to the initials of its syllables: "Guangdong Provincial Environmental Protection
    Bureau (GDEPB)", "Shenzhen Municipal Planning Bureau (SZMPB)". A place (one word of
    sides.is_place) gives its initial and may give one more letter written in it; every other
    word gives its initials; as in the loose fit, up to LOOSE_SKIPS words after the first may
    give none ("Provincial" left out of GDEPB). Tried only where no other fit is found."""
    content = 0
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in CONNECTORS:
            continue
        content += 1
        if content > len(letters) + LOOSE_SKIPS:
            return None
        if _gives(words[i:], letters, LOOSE_SKIPS):
            return i
    return None


LOOSE_SKIPS = 2  # words of a name its short form may leave out (the loose fit's bound)


def _gives(words: list[str], letters: str, skips_left: int, first: bool = True) -> bool:
    """Do the words, in order, give exactly `letters` (see _syllable_fit), with at most
    `skips_left` words after the first giving none?"""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in CONNECTORS:
        return _gives(rest, letters, skips_left, first)
    initials = _initials(word).upper()
    if letters.startswith(initials):
        if _gives(rest, letters[len(initials):], skips_left, False):
            return True
        if (len(initials) == 1 and len(letters) > 1 and letters[1].lower() in word[1:].lower()
                and is_place(word) and _gives(rest, letters[2:], skips_left, False)):
            return True
    return not first and skips_left > 0 and _gives(rest, letters, skips_left - 1, False)


def _known_before(text: str, bracket: int, abbr: str) -> Optional[tuple[str, Span]]:
    """The gazetteer's name for `abbr`, where the text writes it just before the bracket: for
    short forms that are not the initials ("Development Bureau (DEVB)") or names with commas
    ("Culture, Sports and Tourism Bureau (CSTB)")."""
    org = gazetteer().lookup_abbreviation(abbr)
    if org is None:
        return None
    end = bracket
    while end > 0 and text[end - 1] in " \t\u00a0\r\n":
        end -= 1
    for written in (org.name, *org.other_names):
        words = written.split()
        # as many characters back as the name has, give or take line breaks and double spaces
        start = max(0, end - len(written) - 2 * len(words))
        m = _name_pattern(written).search(text, start, end)
        if m and m.end() == end:
            return SPACES.sub(" ", m.group()), Span(m.start(), m.end())
    return None


@lru_cache(maxsize=256)
def _name_pattern(written: str) -> "re.Pattern[str]":
    """A written name matched whatever the spacing between its words."""
    return re.compile(r"[\s\u00a0]+".join(re.escape(w) for w in written.split()), re.I)


def find_abbreviations(text: str) -> dict[str, tuple[str, Span]]:
    """Every short form the text defines -> (full name, span of the full name). First wins."""
    out: dict[str, tuple[str, Span]] = {}
    # Tried at each "(" that str.find gives (quicker than the pattern's own scan of the text):
    # the matches of DEFINITION.finditer, as each starts with the bracket.
    bracket = text.find("(")
    while bracket >= 0:
        m = DEFINITION.match(text, bracket)
        if m is None:
            bracket = text.find("(", bracket + 1)
            continue
        bracket = text.find("(", m.end())
        abbr = m.group("abbr")
        if abbr in out:
            continue
        found = expansion_before(text, m.start(), abbr) or _known_before(text, m.start(), abbr)
        if found:
            out[abbr] = found
    return out
