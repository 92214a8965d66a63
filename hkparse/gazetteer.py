"""The gazetteer of Hong Kong bureaux, departments and public bodies (data/gazetteer.tsv).

Loaded once, read-only afterwards. It tells the department finder which written names are
organisations even when their wording has no "Bureau"/"Department" head ("Invest Hong Kong",
"Customs"), keeps whole the names that contain "and" or commas, and gives abbreviations and
the government each body belongs to.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from .datafiles import read_data



class Organisation(NamedTuple):
    """One body of the gazetteer (a named tuple: cheaper to define at import than a dataclass)."""
    name: str
    abbreviations: tuple[str, ...]
    other_names: tuple[str, ...]
    side: Optional[str] = None  # the government it belongs to ("Hong Kong", "Mainland", ...)


def name_key(name: str) -> str:
    """A comparison key for written names: case, spacing, quotes and "&"/"and" do not count."""
    key = name.replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
    key = " ".join(key.split()).lower()  # str.split() splits where regex \s matches
    return key[4:] if key.startswith("the ") else key


class Gazetteer(NamedTuple):
    """Read-only lookups over the bundled list of organisations."""
    by_key: dict[str, Organisation]
    by_abbreviation: dict[str, Organisation]

    def lookup(self, written: str) -> Optional[Organisation]:
        """The organisation a written name (full or another form) stands for, if known."""
        return self.by_key.get(name_key(written))

    def lookup_abbreviation(self, abbr: str) -> Optional[Organisation]:
        return self.by_abbreviation.get(abbr)


SIDE_MARK = "#@side "


def _parse(lines: list[str]) -> Gazetteer:
    by_key: dict[str, Organisation] = {}
    by_abbr: dict[str, Organisation] = {}
    side = None
    for line in lines:
        if line.startswith(SIDE_MARK):  # "#@side Hong Kong": the side of the bodies below
            side = line[len(SIDE_MARK):].strip()
            side = None if side == "none" else side
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        name = cols[0].strip()
        abbrs = tuple(a.strip() for a in (cols[1] if len(cols) > 1 else "").split(",") if a.strip())
        others = tuple(o.strip() for o in (cols[2] if len(cols) > 2 else "").split("|") if o.strip())
        org = Organisation(name, abbrs, others, side)
        for written in (name, *others):
            by_key.setdefault(name_key(written), org)
        for a in abbrs:
            by_abbr.setdefault(a, org)  # an abbreviation two bodies share: the first listed wins
    return Gazetteer(by_key, by_abbr)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once."""
    text = read_data("gazetteer.tsv")
    return _parse(text.splitlines())
