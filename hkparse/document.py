"""A release's text cut into the parts every extractor needs: headline, paragraphs, sentences.

Nothing here changes the text: every part is a `Span` (start, end) into the input, so that any
value found inside a part can point back at the exact characters it came from.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterator, NamedTuple, Optional

import re

from .patterns import LazyPattern

# How a web page's ticker or link to another page opens ("Latest: ...", "Next article: ...").
TICKER_OPENINGS = ("latest:", "latest news:", "what's new:", "what\u2019s new:", "related:",
                   "related links:", "see also:", "previous:", "next:", "previous article:",
                   "next article:", "previous release:", "next release:", "download:")
# How a list item opens: a list of links is no headline, nor a meeting's own words.
BULLETS = ("- ", "* ", "\u2022", "\u00b7", "\u25aa", "\u25cf", "\u2013 ")
# Lines of page furniture that web copies carry before or around the release: links, menus
# ("Home | About Us | Contact Us"), tickers ("Latest: ..."), tools ("Print this page").
# Written in lower case (a test keeps it so): matching it against the lower-cased text is then
# the same as matching the text case-free, and several times cheaper.
# A site's menu items, alone on a line or several in a row ("Search   Site Map   Contact Us").
MENU_ITEM = r"""(?:home|menu|search|share|e-?mail|about\ us|contact\ us|speeches|publications|
        site\ ?map|faqs?|what'?s\ new|useful\ links|news)"""
CHROME_WORDS = r"""go\ to\ main\ content|(?:press\ here\ to\ )?skip\ to\ (?:the\ )?(?:main\ )?content|
        jump\ to\ the\ beginning\ of\ content|back\ to\ (?:list|top)|
        print(?:er\ friendly)?(?:\ version)?|""" + MENU_ITEM + r"""(?:\s{1,8}""" + MENU_ITEM + r""")*|
        print\ this\ page|
        \*+|photos?|videos?|(?:photo\s*)+|text\ size.*|font\ size|a\ a\ a|weather.*|traffic\ conditions|
        (?:繁體|繁体|简体|簡體)(?:\s*\|.*)?|
        border\ image|press\ releases?|subscribe\b.*|default\ font\ size.*|
        traditional\ chinese\b.*|please\ use\ a\ javascript.*|e-?mail\ this\ article.*|home\ >.*|
        source:.*|government\ (?:information\ centre|homepage)\b.*|font\ size.*|simplified\ chinese\b.*|english|\d{1,3}\.?|
        date\ \d{4}-\d{2}-\d{2}\s*|\d{4}-\d{2}-\d{2}|
        (?:related|other|more)\ (?:press\ releases?|news|articles|stories|links)|
        (?:""" + "|".join(map(re.escape, TICKER_OPENINGS)) + r""").*"""
# A menu: three or more short items between bars.
CHROME_MENU = r"(?:[^|\r\n]{1,40}\|){2,}[^|\r\n]{0,40}"
_CHROME_EDGE = r"[\s|!()\[\]>]*"  # bars, brackets, '>' and blanks around the furniture's words
# (Lazy, as the two below: each takes ~2 ms to compile, and a text needs one or two of them.)
CHROME = LazyPattern(
    "^" + _CHROME_EDGE + "(?:" + CHROME_WORDS + "|" + CHROME_MENU + ")?" + _CHROME_EDGE + "$",
    re.I | re.X)
# The same, for the lower-cased copy of an ASCII text, and without the menu for a text that has
# no bar (where the menu cannot match: trying it costs a third of the match).
CHROME_IN_LOWER = LazyPattern(
    _CHROME_EDGE + "(?:" + CHROME_WORDS + "|" + CHROME_MENU + ")?" + _CHROME_EDGE + "$", re.X)
CHROME_IN_LOWER_NO_BAR = LazyPattern(
    _CHROME_EDGE + "(?:" + CHROME_WORDS + ")?" + _CHROME_EDGE + "$", re.X)
# "date 2017-02-09" that news.gov.hk copies put before the first paragraph, on the same line.
DATELINE_PREFIX = re.compile(r"[ \t\u00a0]*date[ \t\u00a0]+\d{4}-\d{2}-\d{2}[ \t\u00a0]+(?=\S)")
# The same anywhere, from its word: a text where it is nowhere has no line to cut (one search
# with a literal start instead of a test at each line).
DATELINE_ANYWHERE = re.compile(r"date[ \t\u00a0]+\d{4}-\d{2}-\d{2}[ \t\u00a0]+(?=\S)")
RULE_LINE = re.compile(r"^\*{5,}$")
ALNUM = re.compile(r"[^\W_]")
RULE_IN_LINE = re.compile(r"[ \t\u00a0]*\*{5,}")
WS = " \t\u00a0\u3000\ufeff"
# Abbreviations after which a full stop does not end a sentence (and any single capital: "J.").
NO_BREAK_AFTER = (
    "Mr Mrs Ms Dr Prof No Nos Sr Jr St Co Ltd Inc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "vs etc i.e e.g Hon Gov Rev Cap para sq m ft approx"
).split()


def _not_after_abbreviation() -> str:
    """Look-behinds, one per word length (the std `re` wants each of fixed width), that stop a
    full stop from ending a sentence when it closes one of `NO_BREAK_AFTER`."""
    by_length: dict[int, list[str]] = {}
    for word in NO_BREAK_AFTER:
        by_length.setdefault(len(word), []).append(re.escape(word))
    by_length[1].append("[A-Z]")
    return "".join(rf"(?<!\b(?:{'|'.join(words)})\.)" for _, words in sorted(by_length.items()))


# The end of a sentence and the blanks after it (group 1 is where the sentence stops).
SENTENCE_BREAK = re.compile(
    rf"[.!?]{_not_after_abbreviation()}[\"'\u201d\u2019)]*()\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])"
)


class Span(NamedTuple):
    """A stretch of the input text: `text[start:end]` (a tuple: cheap to make by the thousand)."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


STRIP = WS + "\r\n"
# `_new_span(Span, (start, end))` makes a Span in half the time of `Span(start, end)` (which goes
# through a Python-level __new__): it matters for the thousands of spans of a batch run.
_new_span = tuple.__new__
# A line without its surrounding blanks: from its first to its last visible character.
STRIPPED_LINE = re.compile(r"[^\r\n \t\u00a0\u3000\ufeff](?:[^\r\n]*[^\r\n \t\u00a0\u3000\ufeff])?")
INDENT_GAP = re.compile(r"[\r\n][ \t\u00a0]{3,}$")
LOWER = re.compile(r"[a-z]")
# A-Z to a-z only: always the same length as the input, so offsets into it are offsets into the text.
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    left = len(seg) - len(seg.lstrip(STRIP))
    if left == len(seg):
        return start + left, start + left
    return start + left, end - (len(seg) - len(seg.rstrip(STRIP)))


def is_chrome(line: str) -> bool:
    """Page furniture: navigation, rules, datelines (short lines only, to stay cheap)."""
    return len(line) < 300 and CHROME.match(line) is not None


class computed_once:
    """functools.cached_property without its lock (Python 3.11 takes one on every first read,
    3.12 dropped it): a Document (or departments' per-call context) is read by one thread, and
    the lock cost as much as some of the parts it guarded. The value is stored in the instance,
    so later reads never get here."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Document:
    """One release's text and its parts, computed lazily and cached."""

    def __init__(self, text: str, source: Optional[str] = None) -> None:
        self.text = text
        self.source = source

    # -- lines and paragraphs ------------------------------------------------------------
    @computed_once
    def lines(self) -> list[Span]:
        """Non-blank lines, stripped (CRLF, lone CR and LF all end a line)."""
        text = self.text
        if "\r" in text:
            lines = [_new_span(Span, m.span()) for m in STRIPPED_LINE.finditer(text)]
        else:  # the common case: str.split and strip run in C, ~3x faster than the pattern
            lines = []
            pos = 0
            for piece in text.split("\n"):
                if piece:
                    rest = piece.lstrip(WS)
                    if rest:
                        lines.append(_new_span(Span, (pos + len(piece) - len(rest),
                                                      pos + len(piece.rstrip(WS)))))
                pos += len(piece) + 1
        if "date" not in text or DATELINE_ANYWHERE.search(text) is None:
            return lines  # the common case: no line to cut after a dateline
        out = []
        for start, end in lines:
            if text.startswith("date", start):
                d = DATELINE_PREFIX.match(text, start, end)
                if d:
                    head = text[start:d.end()].rstrip(STRIP)
                    out.append(Span(start, start + len(head)))
                    start = d.end()
            out.append(_new_span(Span, (start, end)))
        return out

    @computed_once
    def _chrome_lines(self) -> frozenset[int]:
        """Start offsets of the lines that are page furniture (each line tested once)."""
        text = self.text
        if text.isascii():  # the common case: the shared lower-cased copy, no slices
            low = self.lower
            match = (CHROME_IN_LOWER if "|" in text else CHROME_IN_LOWER_NO_BAR).match
            return frozenset(start for start, end in self.lines
                             if end - start < 300 and match(low, start, end))
        return frozenset(start for start, end in self.lines
                         if end - start < 300 and CHROME.match(text[start:end]))

    @computed_once
    def title_span(self) -> Optional[Span]:
        """The headline: the line above the rule of asterisks, else the first line of text
        that is not page furniture and does not read as a sentence of the body."""
        text = self.text
        head = self.lines[:16]
        chrome = self._chrome_lines
        if "*****" in text:  # else no line is a rule: not worth looking at each
            for i, (start, end) in enumerate(head):
                if end - start >= 5 and text.count("*", start, end) == end - start:  # RULE_LINE
                    for j in range(i - 1, -1, -1):
                        if head[j].start not in chrome:
                            return head[j]
                    break
        for i, line in enumerate(head):
            t = text[line.start:line.end]
            if line.start in chrome or t.startswith(BULLETS) or not ALNUM.search(t):
                continue  # furniture, a list of links ("- FS visits Nanning") or a rule of
                # dashes: no headline
            if self._reads_as_body(line, t) or self._runs_on(line, head[i + 1:i + 2]):
                return None
            # A site's name above its menus ("Development Bureau", then "Home | About Us",
            # "Print this page"): the headline is the line that follows the furniture.
            k = i + 1
            while k < len(head) and head[k].start in chrome:
                k += 1
            if i + 1 < k < len(head) and not self._reads_as_body(head[k], head[k].of(text)) \
                    and not self._runs_on(head[k], head[k + 1:k + 2]):
                continue
            return self._without_rule(line)
        return None

    def _runs_on(self, line: Span, following: list[Span]) -> bool:
        """A hard-wrapped sentence: the next line follows after one line break, in lower case."""
        if not following:
            return False
        nxt = following[0]
        gap = self.text[line.end:nxt.start]
        return (gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
                and self.text[nxt.start].islower())

    def _without_rule(self, line: Span) -> Span:
        """A headline with the rule of asterisks run onto its line, cut before the rule."""
        m = RULE_IN_LINE.search(self.text, line.start, line.end)
        return Span(line.start, m.start()) if m and m.start() > line.start else line

    def _reads_as_body(self, line: Span, t: str) -> bool:
        """A long line ending as a sentence, or an indented one, is the body, not a headline."""
        if len(t) > 250 or (len(t) > 60 and t.rstrip().endswith((".", ".\u201d", ".\""))):
            return True
        before = self.text[max(0, line.start - 5):line.start]
        return line.start >= 5 and before == "     "

    @property
    def title(self) -> Optional[str]:
        span = self.title_span
        return span.of(self.text) if span else None

    @computed_once
    def paragraphs(self) -> list[Span]:
        """Paragraphs of the body: blank lines or indented lines start a new one."""
        out: list[Span] = []
        text = self.text
        only_lf = "\r" not in text  # then a gap's line breaks are its "\n"s: one count, no slice
        chrome_lines = self._chrome_lines
        start = end = None
        prev_end = 0
        prev_chrome = False
        title = self.title_span
        title_start, title_end = title if title else (-1, -1)
        for line_start, line_end in self.lines:
            chrome = line_start in chrome_lines
            new_para = (start is None or chrome or prev_chrome or prev_end == title_end
                        or (line_start == title_start and line_end == title_end))
            if not new_para:
                if only_lf:
                    breaks = text.count("\n", prev_end, line_start)
                else:
                    gap = text[prev_end:line_start]
                    breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
                new_para = breaks >= 2 or INDENT_GAP.search(text[prev_end:line_start]) is not None
            if new_para:
                if start is not None:
                    out.append(_new_span(Span, (start, end)))
                start = line_start
            end = prev_end = line_end
            prev_chrome = chrome
        if start is not None:
            out.append(_new_span(Span, (start, end)))
        return out

    @computed_once
    def body_paragraphs(self) -> list[Span]:
        """Paragraphs after the headline, without page furniture.

        A line of furniture is always a paragraph of its own (it ends the paragraph before it
        and starts a new one after it), and lines that are not furniture never add up to
        furniture, so a paragraph is furniture exactly when it starts with a furniture line."""
        title = self.title_span
        title_start = title.start if title else -1
        chrome_lines = self._chrome_lines
        return [p for p in self.paragraphs
                if p[0] > title_start and p[0] not in chrome_lines]

    @computed_once
    def lead(self) -> Optional[Span]:
        """The lead paragraph: the first body paragraph that reads as prose."""
        for p in self.body_paragraphs:
            t = p.of(self.text)
            if len(t) >= 60 and LOWER.search(t):
                return p
        return None

    # -- sentences ------------------------------------------------------------------------
    def sentences_in(self, span: Span) -> list[Span]:
        """Sentences of one part of the text, as spans."""
        text = self.text
        start, end = span
        if start >= end or text[start] in STRIP or text[end - 1] in STRIP:
            start, end = _strip_span(text, start, end)  # (a paragraph is stripped already)
            if start == end:
                return []
        out = []
        marks = self._sentence_marks
        # A break needs a blank and a capital after its mark: a mark in the last two places
        # (the paragraph's own full stop, most often) is not tried.
        for at in marks[bisect_left(marks, start):bisect_left(marks, end - 2)]:
            if at < start:  # inside the blanks and quotes of the break just taken
                continue
            m = SENTENCE_BREAK.match(text, at, end)
            if m:
                out.append(_new_span(Span, (start, m.start(1))))
                start = m.end()
        if start < end:
            out.append(_new_span(Span, (start, end)))
        return out

    @computed_once
    def _sentence_marks(self) -> list[int]:
        """Offsets of every ".", "!" and "?": a sentence can only end at one of them, and
        `str.find` reaches them many times faster than a pattern scanning every character."""
        text = self.text
        marks = []
        for mark in ".!?":
            at = text.find(mark)
            while at >= 0:
                marks.append(at)
                at = text.find(mark, at + 1)
            if mark == ".":
                dots = len(marks)
        if len(marks) > dots:  # "!" or "?" too: put them in order among the full stops
            marks.sort()
        return marks

    @computed_once
    def sentences(self) -> list[Span]:
        """Every sentence of the text, headline and body, in order."""
        out: list[Span] = []
        title = self.title_span
        if title:
            out.append(title)
        for p in self.body_paragraphs:
            out.extend(self.sentences_in(p))
        return out

    def iter_sentence_texts(self) -> Iterator[tuple[Span, str]]:
        for s in self.sentences:
            yield s, s.of(self.text)

    # -- shared indexes (computed once, for every extractor) ------------------------------
    @computed_once
    def lower(self) -> str:
        """The text in lower case, the same length as the text (offsets carry over), so that
        a cue word can be found with one `str.find` or case-free pattern instead of `re.I`."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else self.text.translate(_ASCII_LOWER)

    @computed_once
    def sentence_starts(self) -> list[int]:
        """Start offsets of `sentences`, for `sentence_at`."""
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Optional[Span]:
        """The sentence that holds `offset` (None between sentences): a cue found by one scan
        of the whole text leads straight to its sentence."""
        i = bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return None
        span = self.sentences[i]
        return span if offset < span.end else None

    def sentences_with(self, word: str) -> tuple[Span, ...]:
        """The sentences whose lower-case text contains `word` (lower case), in order, each
        once. Memoised per document, so the extractors that react to the same cue word share
        one scan of the text."""
        memo = self._sentences_with
        found = memo.get(word)
        if found is None:
            low = self.lower
            starts = self.sentence_starts
            sentences = self.sentences
            out: list[Span] = []
            at = low.find(word)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                span = sentences[i] if i >= 0 else None
                if span is not None and span.end >= at + len(word):
                    out.append(span)
                    at = low.find(word, span.end)
                else:
                    at = low.find(word, at + 1)
            found = memo[word] = tuple(out)
        return found

    @computed_once
    def _sentences_with(self) -> dict[str, tuple[Span, ...]]:
        return {}
