"""Ordinals as releases write them ("11th", "Twentieth", "twenty-first", "inaugural",
"No. 5"), turned into integers. Small and pure so that any extractor can reuse it."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import re

from .datafiles import read_data


def _load_table(name: str) -> dict[str, int]:
    """A two-column word/value table from hkparse/data (lines starting '#' are comments)."""
    table: dict[str, int] = {}
    for line in read_data(name).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, value = line.split("\t")
        table[word.lower()] = int(value)
    return table


ORDINAL_WORDS: dict[str, int] = _load_table("ordinal_words.tsv")
TENS_WORDS: dict[str, int] = _load_table("tens_words.tsv")
UNIT_ORDINALS: dict[str, int] = {
    w: v for w, v in ORDINAL_WORDS.items() if 1 <= v <= 9 and w != "inaugural"}
_UNIT_ORDINALS = UNIT_ORDINALS


def _alternation(words) -> str:
    # Longest first, so that "fourteenth" is not cut at "fourth"-like prefixes.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# One ordinal as a pattern (case-insensitive use): digits with any suffix ("1St", and the
# misspelt "52th" seen in agenda pages), compounds with a hyphen or dash, then plain words.
ORDINAL_PATTERN = (
    r"(?:\d{1,4}(?:st|nd|rd|th)"
    rf"|(?:{_alternation(TENS_WORDS)})[-\u2010\u2011\u2013\s](?:{_alternation(_UNIT_ORDINALS)})"
    rf"|(?:{_alternation(ORDINAL_WORDS)}))\b"
)
_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th)", re.I)
_COMPOUND = re.compile(r"([a-z]+)[-\u2010\u2011\u2013\s]+([a-z]+)")
_NUMBER_SIGN = re.compile(r"no\.?\s*(\d{1,4})", re.I)


@lru_cache(maxsize=4096)
def ordinal_value(word: str) -> Optional[int]:
    """The integer an ordinal stands for, or None if `word` is not one (cached: the same
    few ordinals come back in release after release).

    >>> ordinal_value("twenty-first"), ordinal_value("11th"), ordinal_value("inaugural")
    (21, 11, 1)
    """
    w = word.strip().lower()
    if not w:
        return None
    m = _DIGITS.fullmatch(w)
    if m:
        value = int(m.group(1))
        return value if value > 0 else None
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    m = _COMPOUND.fullmatch(w)
    if m and m.group(1) in TENS_WORDS and m.group(2) in _UNIT_ORDINALS:
        return TENS_WORDS[m.group(1)] + _UNIT_ORDINALS[m.group(2)]
    m = _NUMBER_SIGN.fullmatch(w)
    if m:
        value = int(m.group(1))
        return value if value > 0 else None
    return None


# Roman numerals as meetings are numbered ("Meeting VI", "Plenary Session XII"): I to XXXIX,
# written the usual way only ("IIII", "VX" are none).
ROMAN_MAX = 39
_ROMAN_DIGITS = (("XXX", 30), ("XX", 20), ("X", 10), ("IX", 9), ("VIII", 8), ("VII", 7),
                 ("VI", 6), ("V", 5), ("IV", 4), ("III", 3), ("II", 2), ("I", 1))


@lru_cache(maxsize=256)
def roman_value(word: str) -> Optional[int]:
    """The integer an upper-case Roman numeral up to ROMAN_MAX stands for, or None.

    >>> roman_value("VI"), roman_value("XXIV"), roman_value("IIII"), roman_value("vi")
    (6, 24, None, None)
    """
    tens, rest = 0, word
    for letters, value in _ROMAN_DIGITS[:3]:
        if rest.startswith(letters):
            tens, rest = value, rest[len(letters):]
            break
    units = 0
    if rest:
        units = next((value for letters, value in _ROMAN_DIGITS[3:] if letters == rest), 0)
        if not units:
            return None
    total = tens + units
    return total if 0 < total <= ROMAN_MAX else None
