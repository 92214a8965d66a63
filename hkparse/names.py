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
from functools import lru_cache
from itertools import compress
import re as std_re
from typing import Optional

from .datafiles import read_data


def _words(name: str) -> frozenset[str]:
    raw = read_data(name)
    out: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0]
        out.update(line.split())
    return frozenset(out)


HONORIFICS = _words("honorifics.txt")
POSTNOMINALS = _words("postnominals.txt")
HONORIFIC_STARTS = HONORIFICS | {"the", "The"}
# Tokens that can open an honorific (a token carries at most one final full stop).
_HONORIFIC_OPENERS = HONORIFIC_STARTS | {h + "." for h in HONORIFICS}
SURNAMES = frozenset(w.lower() for w in _words("surnames.txt"))
TITLE_WORDS = frozenset(w.lower() for w in _words("title_words.txt") if not w.islower())
POST_HEADS = frozenset(w.lower() for w in _words("post_heads.txt"))
# The lower-case words of title_words.txt: qualifiers that may open a post written in capitals
# ("the non-official Co-Chairman of the Commission"), part of the post as the text gives it;
# no title word themselves (a post needs a capitalised one: "a non-official, Mr X" has none).
POST_QUALIFIERS = frozenset(w for w in _words("title_words.txt") if w.islower())
# Small words that may stand inside a post ("Secretary for the Environment").
CONNECTORS = frozenset({"of", "for", "the", "and", "&", "on", "in", "de", "du"})
_TRIM_LAST = frozenset(CONNECTORS | {","})
_TRIM_FIRST = frozenset(CONNECTORS | {"The", "And", ","})
_LIST_CLOSERS = frozenset({",", ";", "(", ")"})

# A token: "Hong Kong" as one word (so that neither half reads as a name), a word with inner
# apostrophes/hyphens/dots ("People's", "Kin-ip", "Mr."), or one punctuation mark.
# Two spellings of one rule: the std-library `re` one, far faster per token, reads letters as
# ASCII and so serves only stretches whose non-ASCII characters are all known punctuation or
# spaces (`_NOT_PLAIN` finds any other); the Unicode one (`regex`, compiled on first need) serves
# the rest.
_TOKEN_PLAIN = std_re.compile(
    r"Hong[ \t\u00a0]+Kong(?:[-\u2010\u2011][A-Za-z]+)*(?:['\u2019]s)?"
    r"|[A-Za-z0-9][A-Za-z0-9'\u2019]*(?:[-\u2010\u2011.](?=[A-Za-z])[A-Za-z0-9'\u2019]*)*"
    r"(?:\.(?<=(?<![A-Za-z])(?:Mr|Ms|Dr|Sr|Ir|Jr|St)\.)|\.(?<=(?<![A-Za-z])Mrs\.)"
    r"|\.(?<=(?<![A-Za-z])Prof\.)|\.(?<=(?<![A-Za-z])[A-Z]\.))?"
    r"|[&,;:()\u201c\u201d\"*/]"
)
_NOT_PLAIN = std_re.compile(r"[^\x00-\x7f\u00a0\u00ad\u00b7\u2000-\u206f\u3000\ufeff]")


@lru_cache(maxsize=1)
def _token_unicode():
    import regex
    return regex.compile(
        r"Hong[ \t\u00a0]+Kong(?:[-\u2010\u2011][\p{L}]+)*(?:['\u2019]s)?"
        r"|[\p{L}\p{N}][\p{L}\p{N}'\u2019]*+(?:[-\u2010\u2011.](?=\p{L})[\p{L}\p{N}'\u2019]*+)*+"
        r"(?:\.(?<=(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Prof|Sr|Ir|Jr|St|\p{Lu})\.))?"
        r"|[&,;:()\u201c\u201d\"*/]"
    )


_BLANK_LINE = std_re.compile(r"\n[ \t\u00a0\r]*\n")
# Headings of attendance lists: never part of a post written before a name.
SECTION_WORDS = frozenset({"Present", "Absent", "Attendance", "PRESENT", "ABSENT", "ATTENDANCE"})
# Gaps between tokens that a person mention may span (spaces, at most one line break).
_GAP_OK = std_re.compile(r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*")


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


@lru_cache(maxsize=8192)
def _is_name_word(tok: str) -> bool:
    """A word that can be part of a personal name (not a post, office or place word)."""
    if not tok[:1].isupper() or tok in POSTNOMINALS:
        return False
    if tok.isupper() and len(tok) > 1 and tok.lower() in SURNAMES:
        return True  # surnames in capitals, as minutes write them ("James TO Kun-sun")
    bare = tok.rstrip(".")
    if bare in HONORIFICS:
        return False
    return bare.lower() not in TITLE_WORDS


@lru_cache(maxsize=8192)
def _is_post_word(tok: str) -> bool:
    return tok[:1].isupper() and tok.rstrip(".").lower() in TITLE_WORDS


GIVEN_HYPHENATED = std_re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,5}")


@lru_cache(maxsize=1)
def _given_hyphenated_unicode():
    import regex
    return regex.compile(r"\p{Lu}[\p{Ll}]{0,5}-\p{Ll}{1,5}")


def _looks_chinese(words: list[str]) -> bool:
    """A family name among the words, or a hyphenated given name ("Kin-ip", not "Co-ordination")."""
    for w in words:
        if w.lower() in SURNAMES:
            return True
        if w.isascii():
            if GIVEN_HYPHENATED.fullmatch(w):
                return True
        elif _given_hyphenated_unicode().fullmatch(w):
            return True
    return False


def _honorific_at(words: list[str], i: int) -> int:
    """Number of tokens of an honorific starting at words[i] ("Dr the Hon Mrs" = 4), else 0."""
    first = words[i]
    if first not in HONORIFIC_STARTS and first.rstrip(".") not in HONORIFICS:
        return 0
    j = i
    n = len(words)
    while j < n:
        t = words[j].rstrip(".")
        if t in HONORIFICS or (t in ("the", "The") and j + 1 < n and words[j + 1] in ("Hon", "Honourable")):
            j += 1
            continue
        break
    return j - i


def _token_matches(text: str, start: int, end: int) -> list:
    if text.isascii() or _NOT_PLAIN.search(text, start, end) is None:
        return list(_TOKEN_PLAIN.finditer(text, start, end))
    return list(_token_unicode().finditer(text, start, end))


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), *m.span()) for m in _token_matches(text, start, end)]


_GROUP = std_re.Match.group


class _Tokens:
    """The tokens of one stretch: their words, and their offsets read from the matches on demand."""

    __slots__ = ("text", "ms", "words", "has_newline")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.ms = ms = _token_matches(text, start, end)
        self.words = list(map(_GROUP, ms)) if ms and type(ms[0]) is std_re.Match else [m.group() for m in ms]
        # most stretches are one line: then no two tokens have a blank line between them
        self.has_newline = text.find("\n", start, end) >= 0

    def start(self, i: int) -> int:
        return self.ms[i].start()

    def end(self, i: int) -> int:
        return self.ms[i].end()

    def blank_between(self, a: int, b: int) -> bool:
        """A blank line between tokens a and b (a < b)."""
        if not self.has_newline:
            return False
        text = self.text
        first = text.find("\n", self.ms[a].end(), self.ms[b].start())
        return first >= 0 and _BLANK_LINE.search(text, first, self.ms[b].start()) is not None

    def joined(self, a: int, b: int) -> bool:
        """Tokens a..b follow each other with only plain spacing between them."""
        ms = self.ms
        text = self.text
        prev_end = ms[a].end()
        for k in range(a + 1, b + 1):
            s = ms[k].start()
            if s - prev_end > 1 or (s > prev_end and text[prev_end] != " "):
                if not _GAP_OK.fullmatch(text, prev_end, s):
                    return False
            prev_end = ms[k].end()
        return True


_OFFICE_SUFFIXES = ("department", "bureau", "office", "authority", "council", "commission", "board",
                    "corporation", "service", "branch", "division", "unit", "secretariat")


@lru_cache(maxsize=1)
def _office_stems() -> frozenset[str]:
    """Keys of the offices a post may name: each gazetteer name, and the name without its head
    word ("Food and Environmental Hygiene" of "... Department", as "Director of ..." writes it)."""
    from .gazetteer import gazetteer
    out = set()
    for key in gazetteer().by_key:
        out.add(key)
        head, _, last = key.rpartition(" ")
        if head and last in _OFFICE_SUFFIXES:
            out.add(head)
    return frozenset(out)


def _office_start(words: list[str], i: int, floor: int) -> Optional[int]:
    """Where the office named by a post starts ("Food" in "Director of Food & Environmental"),
    when token i stands inside or just after "<post head> of|for [the] ...", else None."""
    j = i - 1
    while j > floor and i - j <= 8 and (words[j][:1].isupper() or words[j] in ("&", "and", ",")):
        j -= 1
    start = j + 1
    if j > floor and words[j] == "the":
        j -= 1
    if j > floor and words[j] in ("of", "for") and words[j - 1].lower() in POST_HEADS:
        return start
    return None


def _office_length(words: list[str], a: int, upto: int) -> int:
    """Number of words from words[a] (ending before `upto`) that spell the longest known office."""
    return _office_length_of(tuple(words[a:min(upto, len(words), a + 8)]))


@lru_cache(maxsize=4096)
def _office_length_of(words: tuple[str, ...]) -> int:
    """`_office_length` of the (at most 8) words it may read: the same posts recur in release
    after release, and each try joins and normalises a phrase."""
    from .gazetteer import name_key
    stems = _office_stems()
    best = 0
    for p in range(1, len(words) + 1):
        if name_key(" ".join(words[:p]).replace(" ,", ",")) in stems:
            best = p
    return best


# Words after which a bare name may stand with its post written after it.
_BARE_NAME_AFTER = frozenset({"by", "and", "with", ";"})


def _post_after(toks: _Tokens, at: int) -> Optional[tuple[str, int]]:
    """(post, index after it) for a post set off by commas after a name: "Mr Lee, ECCPC
    Chairperson, said", "Lee Ka-ming, the Committee's Chairman, and ...". Only post words,
    abbreviations and connectors count, the post must hold a post head, and a name must not
    follow it (", the Secretary for X, Mr Y" gives the post to Mr Y)."""
    words = toks.words
    n = len(words)
    if at >= n or words[at] != ",":
        return None
    p = at + 1
    if p < n and words[p] in ("the", "The"):
        p += 1
    q = p
    named_office = False  # after "of"/"for", the office's own name: any capitalised words
    while q < n and q - p < 20 and (q == p or toks.joined(q - 1, q)):
        t = words[q]
        bare = t[:-2] if t.endswith(("'s", "\u2019s")) else t
        if t in ("of", "for", "the", "on", "&") or (q > p and t == "and" and q + 1 < n and words[q + 1][:1].isupper()):
            named_office = named_office or t in ("of", "for")
            q += 1
            continue
        if bare[:1].isupper() and (not _is_name_word(bare) or (bare.isupper() and len(bare) > 1)
                                   or bare.startswith("Hong") and len(bare) > 5
                                   or (named_office and not _looks_chinese([bare]))):
            q += 1
            continue
        break
    last = q - 1
    while last >= p and words[last] in CONNECTORS:
        last -= 1
    if last < p or not words[p][:1].isupper():
        return None
    if not any(words[x].lower().rstrip("'s\u2019") in POST_HEADS or words[x].lower() in POST_HEADS
               for x in range(p, last + 1)):
        return None
    if q + 2 < n and words[q] == "(" and words[q + 2] == ")" and words[q + 1].isupper():
        q += 3  # an abbreviation after the post: "... of the Special Administrative Region (HKSAR)"
    if q < n and toks.text.find(".", toks.end(q - 1), toks.start(q)) < 0:
        nxt = words[q]
        if nxt == ",":
            if q + 1 < n and words[q + 1][:1].isupper():
                return None
        elif nxt[:1].isupper() or nxt in ("(", "&"):
            return None
    return toks.text[toks.start(p):toks.end(last)], last + 1


def _bracket_opening(words: list[str], close: int, floor: int) -> Optional[int]:
    """Index of the "(" that opens the bracket closed at words[close], when the bracket holds a
    short run of capitalised words and connectors (a part of a post), else None."""
    k = close - 1
    while k >= floor and close - k <= 10:
        w = words[k]
        if w == "(":
            return k if k < close - 1 else None
        if not (w[:1].isupper() or w in CONNECTORS or w == ","):
            return None
        k -= 1
    return None


def _closes_post_bracket(words: list[str], close: int, floor: int) -> bool:
    """Whether words[close] (a ")") closes a part of a post, such as "(Financial Services)" or
    "(Acting)" after "Permanent Secretary for ...": capitalised words inside, a capitalised word
    before it, and not a lone abbreviation ("Authority (HKMA)"), which names an office."""
    opening = _bracket_opening(words, close, floor)
    if opening is None or opening - 1 < floor or not words[opening - 1][:1].isupper():
        return False
    inside = words[opening + 1:close]
    return not (len(inside) == 1 and inside[0].isupper())


# What a word is to the walk back over a post: a list heading (stop), a part of a post (a
# capitalised word, a connector, a possessive), or anything else (punctuation, small words).
# A subject pronoun opening a sentence is no post word: "He and the Vice Mayor of X, Mr Y" (it
# stops the walk where "and" follows; "He" alone may be a surname, "Vice Mayor He Ning").
_HEADING, _POST_PART, _OTHER, _PRONOUN = 0, 1, 2, 3
_SUBJECT_PRONOUNS = frozenset({"He", "She"})
_WALK_KIND: dict[str, int] = {}  # memo of `_walk_kind`, a pure function of the word (bounded)


def _walk_kind(t: str) -> int:
    if t in SECTION_WORDS:
        kind = _HEADING
    elif t in _SUBJECT_PRONOUNS:
        kind = _PRONOUN
    elif t[:1].isupper() or t in CONNECTORS or t in POST_QUALIFIERS or t.endswith(("'s", "\u2019s")):
        kind = _POST_PART
    else:
        kind = _OTHER
    if len(_WALK_KIND) > 20000:
        _WALK_KIND.clear()
    _WALK_KIND[t] = kind
    return kind


def _title_before(toks: _Tokens, i: int, floor: int) -> tuple[Optional[str], Optional[int]]:
    """The post written just before token i (walking back over capitalised words, connectors and
    commas inside a post), not reaching back past token index `floor`."""
    words = toks.words
    j = i - 1
    if j >= floor and words[j] == ",":
        j -= 1
    first = None
    multiline = toks.has_newline
    kind_get = _WALK_KIND.get
    while j >= floor:
        t = words[j]
        kind = kind_get(t)
        if kind is None:
            kind = _walk_kind(t)
        if kind == _HEADING or (multiline and toks.blank_between(j, first if first is not None else i)):
            break  # a post never runs over a blank line or a list heading ("Present", "In Attendance")
        if kind == _POST_PART or (kind == _PRONOUN and words[j + 1:j + 2] != ["and"]):
            first = j
            j -= 1
            continue
        if kind == _PRONOUN:
            break  # "He and the Vice Mayor of X, Mr Y": the pronoun and "and" are no part of the post
        # a bracketed part inside a post: "Region (SAR)", "Permanent Secretary for Development
        # (Planning and Lands)", "Under Secretary for Security (Acting)"
        if t == ")":
            opening = _bracket_opening(words, j, floor)
            if opening is None:
                break
            j = opening - 1
            continue
        # a comma inside a post: "Secretary for Innovation, Technology and Industry"
        if t == "," and j - 1 >= floor and words[j - 1][:1].isupper() and first is not None \
                and words[first][:1].isupper() and words[first].lower() != "the":
            j -= 1
            continue
        break
    if first is None:
        return None, None
    # trim leading connectors and lower-case small words
    while first < i and words[first] in _TRIM_FIRST:
        first += 1
    last = i - 1
    while last >= first and words[last] in _TRIM_LAST:
        last -= 1
    if last < first:
        return None, None
    if TITLE_WORDS.isdisjoint(map(str.lower, words[first:last + 1])):
        return None, None
    return toks.text[toks.start(first):toks.end(last)], first


# Memo of `_starts_mention` (a pure function of the word), bounded so that it cannot grow without end.
_STARTS_MENTION: dict[str, bool] = {}


def _starts_mention(word: str) -> bool:
    """Whether a mention can start at this token: a capitalised honorific or name word."""
    found = word[:1].isupper() and (word in _HONORIFIC_OPENERS or _is_name_word(word))
    if len(_STARTS_MENTION) > 20000:
        _STARTS_MENTION.clear()
    _STARTS_MENTION[word] = found
    return found


def _name_run_end(words: list[str], toks: "_Tokens", first: int, most: int) -> int:
    """Where the run of name words from `first` ends: at most `most` words, each joined to the
    one before it (no line of text or punctuation between)."""
    k = first
    n = len(words)
    while k < n and k - first < most and _is_name_word(words[k]) and toks.joined(k - 1, k):
        k += 1
    return k


def _ends_in_org_head(words: list[str], first: int, k: int) -> bool:
    """Whether the name words words[first:k] end in a word that heads an organisation's name
    ("Fisheries Law Enforcement Corps", "Sai Kung Centre"): a body, not a person, even where one
    of its words is also a surname ("Law")."""
    return k > first and words[k - 1] in ORG_HEAD_WORDS


def _office_abbreviation_before(words: list[str], i: int, floor: int) -> bool:
    """Whether token i follows a post whose office is written as one abbreviation in capitals,
    right after "<post head> of|for [the]" ("Director of the GDETO", "Head of ICAC"): the
    abbreviation closes the post."""
    if i - 1 <= floor:
        return False
    before = words[i - 1]
    return len(before) > 1 and before.isupper() and before.isalpha() and _office_start(words, i, floor) == i - 1


def _runs_into_office(toks: _Tokens, k: int) -> bool:
    """Whether the words before token k go on, with no break, into a post or office word
    ("... Authority of Qianhai Shenzhen-Hong Kong Modern Service Industry Zone"): then they are
    part of an organisation's name, not a person named after a post (a post-nominal may follow
    a name: "Director Chan Tai-ming JP")."""
    words = toks.words
    if k >= len(words):
        return False
    nxt = words[k]
    return nxt[:1].isupper() and nxt not in POSTNOMINALS and toks.joined(k - 1, k)


def mentions_in(text: str, start: int, end: int) -> list[Mention]:
    """Every person mention in text[start:end], in order."""
    toks = _Tokens(text, start, end)
    words = toks.words
    out: list[Mention] = []
    floor = 0
    n = len(words)
    resume = 0  # tokens before this one belong to a mention already taken
    # a mention starts at a capitalised honorific or name word: skip every other token at once
    starts = list(map(_STARTS_MENTION.get, words))
    if None in starts:  # words never seen before
        starts = [_starts_mention(w) if c is None else c for w, c in zip(words, starts)]
    for i in compress(range(n), starts):
        if i < resume:
            continue
        w = words[i]
        hon_len = _honorific_at(words, i) if w in _HONORIFIC_OPENERS else 0
        if hon_len and i + hon_len < n and toks.joined(i, i + hon_len):
            j = i + hon_len
            k = _name_run_end(words, toks, j, 5)
            if k > j:
                name_end = toks.end(k - 1)
                # post-nominals: ", JP", " SC", ", GBS, JP"
                m = k
                while m < n:
                    if words[m] in POSTNOMINALS:
                        m += 1
                    elif words[m] == "," and m + 1 < n and words[m + 1] in POSTNOMINALS:
                        m += 2
                    else:
                        break
                title, tstart = _title_before(toks, i, floor)
                s = toks.start(tstart) if tstart is not None else toks.start(i)
                honorific = text[toks.start(i):toks.end(j - 1)]
                name_start = toks.start(j)
                after = _post_after(toks, m) if title is None else None
                out.append(Mention(s, toks.end(m - 1), text[name_start:name_end], honorific,
                                   after[0] if after else title, name_start))
                floor = resume = after[1] if after else m
                continue
        if not _is_name_word(w):
            continue  # every other kind of mention starts with a name word
        # a name with its post after it and no honorific: "by Lee Ka-ming, the Committee's Chairman,"
        if (i == floor or words[i - 1] in _BARE_NAME_AFTER) and w[1:2].islower():
            k = _name_run_end(words, toks, i, 4)
            if k - i >= 2 and k < n and words[k] == "," and _looks_chinese(words[i:k]) \
                    and not _ends_in_org_head(words, i, k):
                after = _post_after(toks, k)
                if after is not None:
                    name_start, name_end = toks.start(i), toks.end(k - 1)
                    out.append(Mention(name_start, name_end, text[name_start:name_end], None,
                                       after[0], name_start))
                    floor = resume = after[1]
                    continue
        # Government style without an honorific: "the Secretary for X, Wong Tak-ming, said"
        if i >= 2 and i - 1 > floor and words[i - 1] == "," and toks.joined(i - 1, i):
            k = _name_run_end(words, toks, i, 4)
            if k - i >= 2:
                names = words[i:k]
                closed = k >= n or words[k] in _LIST_CLOSERS or not words[k][:1].isupper()
                if closed and (_looks_chinese(names) or all(x[1:].islower() for x in names)) \
                        and not _ends_in_org_head(words, i, k):
                    title, tstart = _title_before(toks, i - 1, floor)
                    if title is not None and any(words[x].lower() in POST_HEADS for x in range(tstart, i - 1)):
                        name_start = toks.start(i)
                        name_end = toks.end(k - 1)
                        out.append(Mention(toks.start(tstart), name_end, text[name_start:name_end],
                                           None, title, name_start))
                        floor = k
                        resume = k
                        continue
        # news style: a post word, then name words right after it; where the post names an
        # office ("Director of Food & Environmental Hygiene Vivian Kwok"), the office's known
        # name tells where the post ends, even past words not known to belong to posts
        before = words[i - 1] if i > floor else ""
        # or the bracket that closes a post: "Permanent Secretary for X (Housing) Mary Chan"
        post_bracket = before == ")" and _closes_post_bracket(words, i - 1, floor)
        # or an office written as its abbreviation: "Director of the GDETO Cherry Yip"
        post_abbreviation = _office_abbreviation_before(words, i, floor)
        if (before in ("of", "for", "the") or _is_post_word(before) or post_bracket or post_abbreviation) \
                and toks.joined(i - 1, i):
            name_i = -1
            if post_bracket or post_abbreviation:
                name_i = i
            elif _is_post_word(before):
                name_i = i
                office = _office_start(words, i, floor)
                if office is not None:
                    name_i = max(i, office + _office_length(words, office, i + 2))
            elif _office_start(words, i, floor) == i:
                length = _office_length(words, i, n)
                if length and i + length < n and toks.joined(i, i + length):
                    name_i = i + length
            if name_i < 0 or not _is_name_word(words[name_i]):
                continue
            k = _name_run_end(words, toks, name_i, 4)
            if k - name_i >= 2 and _looks_chinese(words[name_i:k]) and not _ends_in_org_head(words, name_i, k) \
                    and not (k < n and words[k] in ("'s", "\u2019s")) and not _runs_into_office(toks, k):
                title, tstart = _title_before(toks, name_i, floor)
                if title is not None:
                    name_start = toks.start(name_i)
                    name_end = toks.end(k - 1)
                    out.append(Mention(toks.start(tstart), name_end, text[name_start:name_end],
                                       None, title, name_start))
                    floor = k
                    resume = k
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


# --- a person named by post only --------------------------------------------------------------
_POST_TOKEN = std_re.compile(r"[^\W\d_][\w'\u2019&-]*|&|\S")
# Small words that may stand inside a post named alone ("Vice-Governor of the Fujian Province").
_POST_CONNECTORS = frozenset({"of", "for", "the", "and", "&"})
# Where a post named alone may stop: the end of a clause, or a small word that cannot be a name.
_POST_STOPS = frozenset({".", ";", ":"})
# One-word heads of an organisation's name ("Bureau", "Administration"): after "of", a run of
# capitalised words that ends in one is the office a post belongs to, whatever its other words
# ("Director-General of the Network Data Management Bureau").
ORG_HEAD_WORDS = frozenset(line.strip() for line in read_data("org_heads.txt").splitlines()
                           if line.strip() and not line.startswith("#") and " " not in line.strip())


def _office_run_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where a run of capitalised words starting at toks[k] ends, when its last word heads an
    organisation's name (else k: no office here)."""
    j = k
    while j < len(toks) and toks[j][0][:1].isupper():
        j += 1
    return j if j > k and toks[j - 1][0] in ORG_HEAD_WORDS else k


def post_only_at(text: str, pos: int, end: int) -> Optional[Mention]:
    """A person named only by post where `pos` starts it: "the Vice-Governor of Fujian Province",
    "a Deputy Director-General of the Guangdong Provincial Department of Agriculture", "Sichuan's
    Executive Vice-Governor" (the owner dropped). Every capitalised word must be a post, office or
    place word, a post head must stand before the first small word, and a clause end or a
    lower-case word must follow: a comma, a bracket or another capitalised word may be a name
    still to come, so none of these is read as a post named alone."""
    toks = [(t.group(), t.start(), t.end()) for t in _POST_TOKEN.finditer(text, pos, min(end, pos + 200))]
    if len(toks) < 2:
        return None
    first = toks[0][0]
    k = 1
    if first not in ("the", "a", "an"):
        owner = first[:-2] if first.endswith(("'s", "\u2019s")) else None
        if not owner or not owner[:1].isupper() or owner.lower() not in TITLE_WORDS:
            return None
    words: list[tuple[str, int, int]] = []
    while k < len(toks):
        word = toks[k][0]
        if word in _POST_CONNECTORS and words:
            words.append(toks[k])
        elif word[:1].isupper() and word.lower() in TITLE_WORDS and not word.endswith(("'s", "\u2019s")):
            words.append(toks[k])
        elif word[:1].isupper() and "of" in (w for w, _, _ in words) and \
                (run_end := _office_run_end(toks, k)) > k:
            words.extend(toks[k:run_end])  # "... of the Network Data Management Bureau"
            k = run_end
            continue
        else:
            break
        k += 1
    if not words or words[-1][0] in _POST_CONNECTORS:
        return None  # "the Director of Qinghai ...": the post goes on in words not known as posts
    after = toks[k][0] if k < len(toks) else ""
    if not (after in _POST_STOPS or after[:1].islower()):
        return None
    head_words = []
    for word, _, _ in words:
        if word in _POST_CONNECTORS:
            break
        head_words.append(word.lower())
    if not any(w in POST_HEADS for w in head_words):
        return None
    start, stop = words[0][1], words[-1][2]
    return Mention(start, stop, None, None, text[start:stop], stop)
