"""Person mentions in release prose: post, honorific, personal name and post-nominals.

Two styles occur. Government style sets the name off by commas ("the Secretary for Development,
Mr Michael Wong,"), so the honorific marks where the name starts. News style runs post and name
together ("Shenzhen Vice Mayor Ai Xuefeng"): the name starts after the last word of the post
(`data/title_words.txt`) and must contain a Chinese family name or a hyphenated given name, so
that a run of capitalised words is not taken for a person by accident.

`mentions_in(text, start, end)` works on one stretch of the ORIGINAL text (a sentence or clause)
and returns `Mention`s whose spans index that text. It is linear: one token scan.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Optional

import regex as re


def _words(name: str) -> frozenset[str]:
    raw = resources.files("hkparse").joinpath(f"data/{name}").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0]
        out.update(line.split())
    return frozenset(out)


HONORIFICS = _words("honorifics.txt")
POSTNOMINALS = _words("postnominals.txt")
HONORIFIC_STARTS = HONORIFICS | {"the", "The"}
SURNAMES = frozenset(w.lower() for w in _words("surnames.txt"))
TITLE_WORDS = frozenset(w.lower() for w in _words("title_words.txt"))
POST_HEADS = frozenset(w.lower() for w in _words("post_heads.txt"))
# Small words that may stand inside a post ("Secretary for the Environment").
CONNECTORS = frozenset({"of", "for", "the", "and", "&", "on", "in", "de", "du"})

# A token: "Hong Kong" as one word (so that neither half reads as a name), a word with inner
# apostrophes/hyphens/dots ("People's", "Kin-ip", "Mr."), or one punctuation mark.
TOKEN = re.compile(
    r"Hong[ \t\u00a0]+Kong(?:[-\u2010\u2011][\p{L}]+)*(?:['\u2019]s)?"
    r"|[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019]|[-\u2010\u2011.](?=\p{L}))*"
    r"(?:(?<=(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Ir|Jr|St|\p{Lu}))\.)?"
    r"|[&,;:()\u201c\u201d\"*/]"
)
# Gaps between tokens that a person mention may span (spaces, at most one line break).
_GAP_OK = re.compile(r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*")


@dataclass(frozen=True)
class Mention:
    """One person as written: evidence runs from the post's first word to the name's end."""

    start: int
    end: int
    name: Optional[str]
    honorific: Optional[str]
    title: Optional[str]
    name_start: int


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_name_word(tok: str) -> bool:
    """A word that can be part of a personal name (not a post, office or place word)."""
    if not _is_cap(tok) or tok in POSTNOMINALS:
        return False
    if tok.isupper() and len(tok) > 1 and tok.lower() in SURNAMES:
        return True  # surnames in capitals, as minutes write them ("James TO Kun-sun")
    bare = tok.rstrip(".")
    if bare in HONORIFICS:
        return False
    return bare.lower() not in TITLE_WORDS


def _is_post_word(tok: str) -> bool:
    return _is_cap(tok) and tok.rstrip(".").lower() in TITLE_WORDS


GIVEN_HYPHENATED = re.compile(r"\p{Lu}[\p{Ll}]{0,5}-\p{Ll}{1,5}")


def _looks_chinese(words: list[str]) -> bool:
    """A family name among the words, or a hyphenated given name ("Kin-ip", not "Co-ordination")."""
    return any(w.lower() in SURNAMES or GIVEN_HYPHENATED.fullmatch(w) for w in words)


def _honorific_at(toks: list, i: int) -> int:
    """Number of tokens of an honorific starting at toks[i] ("Dr the Hon Mrs" = 4), else 0."""
    first = toks[i][0]
    if first not in HONORIFIC_STARTS and first.rstrip(".") not in HONORIFICS:
        return 0
    j = i
    n = len(toks)
    while j < n:
        t = toks[j][0].rstrip(".")
        if t in HONORIFICS or (t in ("the", "The") and j + 1 < n and toks[j + 1][0] in ("Hon", "Honourable")):
            j += 1
            continue
        break
    return j - i


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), *m.span()) for m in TOKEN.finditer(text, start, end)]


def _joined(text: str, toks: list, a: int, b: int) -> bool:
    """Tokens a..b follow each other with only plain spacing between them."""
    return all(_GAP_OK.fullmatch(text, toks[k][2], toks[k + 1][1]) for k in range(a, b))


def _title_before(text: str, toks: list, i: int, floor: int) -> tuple[Optional[str], Optional[int]]:
    """The post written just before token i (walking back over capitalised words, connectors and
    commas inside a post), not reaching back past token index `floor`."""
    j = i - 1
    if j >= floor and toks[j][0] == ",":
        j -= 1
    first = None
    while j >= floor:
        t = toks[j][0]
        if _is_cap(t) or t in CONNECTORS or t.endswith(("'s", "\u2019s")):
            first = j
            j -= 1
            continue
        # a bracketed abbreviation inside a post: "Macao Special Administrative Region (SAR)"
        if t == ")" and j - 2 >= floor and toks[j - 2][0] == "(":
            j -= 3
            continue
        # a comma inside a post: "Secretary for Innovation, Technology and Industry"
        if t == "," and j - 1 >= floor and _is_cap(toks[j - 1][0]) and first is not None \
                and _is_cap(toks[first][0]) and toks[first][0].lower() not in ("the",):
            j -= 1
            continue
        break
    if first is None:
        return None, None
    # trim leading connectors and lower-case small words
    while first < i and (toks[first][0] in CONNECTORS or toks[first][0] in ("The", "And", ",")):
        first += 1
    last = i - 1
    while last >= first and toks[last][0] in (",",) + tuple(CONNECTORS):
        last -= 1
    if last < first:
        return None, None
    words = [toks[k][0] for k in range(first, last + 1)]
    if not any(w.lower() in TITLE_WORDS for w in words):
        return None, None
    return text[toks[first][1]:toks[last][2]], first


def mentions_in(text: str, start: int, end: int) -> list[Mention]:
    """Every person mention in text[start:end], in order."""
    toks = tokens(text, start, end)
    out: list[Mention] = []
    floor = 0
    n = len(toks)
    i = 0
    while i < n:
        if not toks[i][0][:1].isupper():
            i += 1  # names, honorifics and posts all start with a capital
            continue
        hon_len = _honorific_at(toks, i)
        if hon_len and i + hon_len < n and _joined(text, toks, i, i + hon_len):
            j = i + hon_len
            k = j
            while k < n and k - j < 5 and _is_name_word(toks[k][0]) and _joined(text, toks, k - 1, k):
                k += 1
            if k > j:
                name_end = toks[k - 1][2]
                # post-nominals: ", JP", " SC", ", GBS, JP"
                m = k
                while m < n:
                    if toks[m][0] in POSTNOMINALS:
                        m += 1
                    elif toks[m][0] == "," and m + 1 < n and toks[m + 1][0] in POSTNOMINALS:
                        m += 2
                    else:
                        break
                end_tok = m - 1
                title, tstart = _title_before(text, toks, i, floor)
                s = toks[tstart][1] if tstart is not None else toks[i][1]
                honorific = text[toks[i][1]:toks[j - 1][2]]
                out.append(Mention(s, toks[end_tok][2], text[toks[j][1]:name_end], honorific,
                                   title, toks[j][1]))
                floor = m
                i = m
                continue
        # Government style without an honorific: "the Secretary for X, Wong Tak-ming, said"
        if i >= 2 and i - 1 > floor and toks[i - 1][0] == "," and _is_name_word(toks[i][0]) \
                and _joined(text, toks, i - 1, i):
            k = i
            while k < n and k - i < 4 and _is_name_word(toks[k][0]) and _joined(text, toks, k - 1, k):
                k += 1
            words = [t[0] for t in toks[i:k]]
            closed = k >= n or toks[k][0] in (",", ";", "(", ")") or not _is_cap(toks[k][0])
            if k - i >= 2 and closed and (_looks_chinese(words) or all(w[1:].islower() for w in words)):
                title, tstart = _title_before(text, toks, i - 1, floor)
                if title is not None and any(toks[x][0].lower() in POST_HEADS for x in range(tstart, i - 1)):
                    out.append(Mention(toks[tstart][1], toks[k - 1][2], text[toks[i][1]:toks[k - 1][2]],
                                       None, title, toks[i][1]))
                    floor = k
                    i = k
                    continue
        # news style: a post word, then name words right after it
        if i > floor and _is_post_word(toks[i - 1][0]) and _is_name_word(toks[i][0]) \
                and _joined(text, toks, i - 1, i):
            k = i
            while k < n and k - i < 4 and _is_name_word(toks[k][0]) and _joined(text, toks, k - 1, k):
                k += 1
            words = [t[0] for t in toks[i:k]]
            if k - i >= 2 and _looks_chinese(words) and not (k < n and toks[k][0] in ("'s", "\u2019s")):
                title, tstart = _title_before(text, toks, i, floor)
                if title is not None:
                    out.append(Mention(toks[tstart][1], toks[k - 1][2], text[toks[i][1]:toks[k - 1][2]],
                                       None, title, toks[i][1]))
                    floor = k
                    i = k
                    continue
        i += 1
    return out


def split_person(mention: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(title, honorific, name) of one mention written on its own, e.g.
    "the Secretary for Development, Mr Michael Wong, JP" -> ("Secretary for Development", "Mr",
    "Michael Wong")."""
    found = mentions_in(mention, 0, len(mention))
    if not found:
        return None, None, None
    m = found[0]
    return m.title, m.honorific, m.name
