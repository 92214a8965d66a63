"""Co-chairs, the chair and the other officials attending the reported meeting.

Anchors are verbs: a chairing verb ("co-chaired", "chaired by", "jointly presided over", "hosted
... meeting") near a meeting word gives the chairs; an attendance verb ("attended", "accompanying",
"joined the meeting", "the delegation includes") gives the officials. People are the mentions
found by `names.mentions_in` in the same sentence, taken as a co-ordinated list ("X, and Y")
next to the verb, so that people merely named elsewhere in the sentence are left out.
Minutes ("Present / Chairman: Mr X / Members: ... / In Attendance") are read as lists.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_right
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional


from .datafiles import read_sections
from .document import Document, Span
from .model import Evidence, Meeting, Person
from .names import ORG_HEAD_WORDS, POST_HEADS as POST_HEAD_WORDS, Mention, mentions_in, post_only_at
from .numbers import ORDINAL_PATTERN, ordinal_value
from .patterns import LazyPattern
from .names import _is_name_word as is_name_word
from .sides import side_of

# --- chairing ------------------------------------------------------------------------------
# Patterns that ignore case are written in lower case and run over the document's lower-cased
# copy (same offsets), which scans faster than with IGNORECASE;
# `_caseless` falls back to an IGNORECASE copy where lower-casing would move offsets.
CHAIR_VERB = LazyPattern(
    r"\b(?P<co>co-?\s?chair(?:s|ed|ing)?|co-?\s?host(?:s|ed|ing)?|"
    r"(?P<as_co>co-?\s?chair(?:men|man|persons?|women|woman))|"
    r"(?:chair(?:s|ed)?|presid(?:e|es|ed)\s+over|host(?:s|ed)?|conven(?:e|es|ed))\s+jointly|"
    r"under\s+the\s+(?:co-?\s?|joint\s+)chair(?:manship|personship)\s+of|"
    r"jointly\s+(?:chair(?:s|ed)?|presid(?:e|es|ed)\s+over|host(?:s|ed)?|conven(?:e|es|ed))|"
    r"led\s+jointly(?=\s+by\b)|jointly\s+led(?=\s+by\b))\b"
    r"|\b(?P<solo>chair(?:s|ed|ing)?|presid(?:e|es|ed|ing)\s+(?:over|at)|host(?:s|ed|ing)?\s+and\s+conven(?:ed|es)"
    r"|host(?:s|ed|ing)?|conven(?:ed|es|ing)|under\s+the\s+(?:leadership|chairmanship|chairpersonship)\s+of)\b"
    r"|\b(?P<held>held|hold)\b"
    # "the Deputy Chairman, Ms X, took the chair", "Mr Y was in the chair": the idiom for
    # chairing the meeting just reported, closed at once (never "took the chair of the Board")
    # ("will take the chair jointly", "jointly took the chair": two or more take it together)
    r"|\b(?P<took>(?:jointly\s+)?(?:took|takes|take|taking)\s+the\s+chair(?:\s+jointly)?|"
    r"(?:was|is|be|were)\s+in\s+the\s+chair)"
    r"(?=\s*[.;,]|\s+(?:at|for)\s+(?:the|this|its|today['\u2019]s)\s+(?!next\b|following\b|coming\b)"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|session|plenary)\b)"
    # "..., with the Chairman of the Council, Mr X, presiding." / "with Ms Y in the chair": the
    # absolute clause names the one who chairs the meeting of the sentence (closed at once)
    r"|\b(?P<with_idiom>presiding|in\s+the\s+chair)(?=\s*[.;])"
    # "The meeting was led by X and Y": two who lead the meeting head it together (read only
    # where the meeting opens the sentence as its subject: MEETING_LED_BY)
    r"|\b(?P<led_by>led)(?=\s+by\b)"
    # "Heading the meeting were X and Y" / "Heading the meeting was X": the sentence opens with
    # the meeting its subjects head (one names the chair, two or more the co-chairs); never a
    # delegation to it ("Heading the delegation to the meeting was" has no meeting right after)
    r"|\b(?P<heading>heading\s+(?:the|this|today['\u2019]s)\s+(?:(?!to\b|at\b|in\b|for\b|of\b)[\w-]+\s+){0,2}?"
    r"(?:meeting|session|plenary)\s+(?:were|was))\b"
)
# "chaired / presided over the meeting jointly with X": a single chairing verb whose meeting is
# held "jointly with" another, who co-chairs it ("convened the session jointly with Ms Y").
JOINTLY_WITH_OBJECT = LazyPattern(
    r"\s+(?:the|this|its|today['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|plenary)\s+jointly\s+with\s")
# The subject and verb before "led by" of a meeting led by its heads: the meeting opens the
# sentence ("The fourth meeting of the Task Force was led by"), never a delegation to it or a
# discussion at it ("The delegation to the meeting was led by", "The discussion at the meeting").
MEETING_LED_BY = LazyPattern(
    r"\s*(?:the|this|today['\u2019]s|its)\s+(?:(?!at\b|to\b|in\b|after\b|before\b)[\w'\u2019/&.-]+\s+){0,14}?"
    r"(?:meeting|session|plenary)\s+(?:\([^()]{1,30}\)\s+)?(?:was|is|will\s+be|has\s+been|had\s+been)\s+"
    r"(?:jointly\s+)?")


# The kinds of a body's own meetings that may stand between the ordinal and "meeting" ("the
# fifteenth tripartite meeting"): the list meeting.py reads, any space or hyphen inside one.
_MEETING_QUALIFIERS = "|".join(
    r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", kind))
    for kind in sorted(read_sections("meeting_words.txt")["meeting_qualifiers"], key=len,
           reverse=True))
# "its third meeting", "the 12th plenary session": an ordinal numbering a meeting.
NUMBERED_MEETING = LazyPattern(
    rf"\b(?P<ord>{ORDINAL_PATTERN})\s+(?:(?:{_MEETING_QUALIFIERS})\s+)?"
    r"(?:meeting|session|plenary|conference)s?\b", re.I)
MEETING_WORD = LazyPattern(
    r"\b(?:meetings?|plenary|plenaries|sessions?|conferences?|forum|summit|dialogue|"
    r"working\s+group|task\s+force|committee|commission)\b")
STRONG_MEETING_WORD = LazyPattern(r"\b(?:meetings?|plenary|sessions?|conferences?|forum|summit)\b")
# Literals that every STRONG_MEETING_WORD match contains (in a case-folded copy): a cheap pre-check.
STRONG_MEETING_LITERALS = ("meeting", "plenary", "session", "conference", "forum", "summit")
NOT_A_MEETING = LazyPattern(
    r"\b(?:signing|ceremony|lunch(?:eon)?|dinner|banquet|reception|webinar|visit|seminar|"
    r"press\s+conference|exhibition|gala|briefing)\b")
# A standing role, not this meeting: "who chairs the Committee", "appointed to co-chair".
STANDING_ROLE = LazyPattern(
    r"(?:\bwho\s+(?:also\s+)?(?:is\s+|has\s+|had\s+|have\s+)?(?:also\s+)?|\bwhich\s+(?:is\s+)?|\bappointed\s+(?:\w+\s+){0,3}?to\s+|"
    r"\bto\s+elect\s+)$")
HEADS_DELEGATIONS = LazyPattern(r"\b(?:led|leading)\b[^.;]{0,120}?\b(?:delegations?|representatives)\b")
# "chaired by", "chaired (in Guangzhou) by", "jointly chaired today (May 3) by", "chaired this
# afternoon in Zhuhai by", "convened today (May 3) in Hong Kong by": the time and place of the
# meeting may stand between a passive chairing verb and its "by" (a place of one or two words).
_PASSIVE_PLACE = r"(?:in\s+(?!the\b)[a-z]+(?:\s+(?!by\b)[a-z]+)?\s*)?"
# or a date written out: "convened on 18 May 2021 by", "chaired on June 3, 2022 by"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PASSIVE_DATE = rf"on\s+(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?)"
PASSIVE_BY = LazyPattern(
    r"\s*" + _PASSIVE_PLACE +
    r"(?:(?:today|yesterday|tomorrow|this|on\s+[a-z]+day|" + _PASSIVE_DATE + r")"
    r"(?:\s+(?:morning|afternoon|evening))?\s*,?\s*)?"
    + _PASSIVE_PLACE +
    r"(?:\([^()]{0,40}\)\s*)?" + _PASSIVE_PLACE + r"(?:,\s*)?by\b|\s+and\s+\w+\s+by\b")
# "by the two leaders of the Working Group, X and Y", "by the group's two heads, X and Y": the
# chairs named after an apposition that calls them the body's two heads (its end is where the
# list of a passive starts).
TWO_HEADS_APPOSITION = LazyPattern(
    r"\s*(?:(?:the|its|[a-z]+['\u2019]s)\s+)?(?:two|both)\s+(?:leaders|heads|co-?\s?chair(?:s|men|persons|women)|"
    r"conven[eo]rs)(?:\s+of\s+(?:the|this|its)\s+[^,;.()]{1,80}?)?\s*,")
# The event just before a passive chairing verb, when it is no meeting: "a lunch hosted by",
# "the reception, which was co-hosted by" (run on the 40 characters before the verb).
EVENT_BEFORE_PASSIVE = LazyPattern(
    r"\b(?:signing|ceremony|lunch(?:eon)?|dinner|banquet|reception|webinar|visit|seminar|gala|briefing|"
    r"exhibition)\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are|will\s+be|being)\s+)?"
    r"(?:jointly\s+|also\s+)?$")
# "The Commission met today (July 7) under the chairmanship of": the body's meeting named by its
# verb (not "which met" or "who met", a clause about another time or a person meeting someone).
BODY_MET_BEFORE = LazyPattern(
    r"(?<!\bwhich )(?<!\bwho )(?<!\bthat )\b(?:met|meets)\b[^.;,()]{0,30}(?:\([^()]{1,30}\)\s*)?$")
# A sentence about the meeting of the one before: "It was co-chaired by", "It will be chaired by".
IT_PASSIVE = LazyPattern(r"It\s+(?:was|is|will\s+be)\s+(?:jointly\s+)?(?:co-?\s?)?(?:chaired|hosted|convened|"
                                r"presided\s+over)\b")
# "took the chair", "was in the chair" (the idiom needs no meeting word of its own).
TOOK_THE_CHAIR = LazyPattern(r"\b(?:took|takes|take|taking|in)\s+the\s+chair(?:\s+jointly)?\s*[.;,]")
# Between the last of a list and its role: "X and Y, as co-chairmen", "X and Y as the co-chairs".
AS_ROLE_GAP = LazyPattern(r"(?:\s*\([^()\n]{1,40}\))?\s*,?\s*as\s+(?:the\s+)?(?:two\s+)?")
# Between the last of a passive's chairs and one more named by post only: "..., and the".
AND_POST = LazyPattern(r"(?:\s*\([^()\n]{1,40}\))?\s*,?\s*and\s+(?=(?:the|a|an)\s)")
# Between a subject and its verb: adverbs, dates in brackets, auxiliaries (short gaps: std `re`).
SUBJECT_GAP = LazyPattern(
    r"(?:\s*\([^()\n]{1,40}\))?[\s,]*"
    r"(?:(?:today|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|will|would|also|jointly|"
    r"have|has|had|to|be|then|successfully|together|respectively|\([^()\n]{1,40}\))[\s,]*)*",
    re.I)
# Between two people of one list: "X, and the Y", "X (left) and Y", "X; the Y".
_LIST_GAP = (r"(?:\s*\([^()\n]{1,40}\))?(?:,\s*(?:the\s+)?\p{Lu}[\w'\u2019&\- \u00a0]{0,60}?(?=\s*,))?"
             r"\s*[,;]?\s*(?:and|&|as\s+well\s+as)?\s*,?\s*(?:the\s+)?")
LIST_GAP = LazyPattern(_LIST_GAP, unicode_classes=True)
# The same for ASCII text, where a capital is [A-Z]: std `re`, no `regex` to import.
LIST_GAP_ASCII = LazyPattern(_LIST_GAP.replace(r"\p{Lu}", "[A-Z]"))


def _list_gap(text: str):
    """LIST_GAP for this text (the std `re` spelling where the text is ASCII)."""
    return LIST_GAP_ASCII.compiled if text.isascii() else LIST_GAP.compiled
# The subject attends one event and chairs another, smaller one within it.
ATTENDS_OTHER = LazyPattern(r"\bto\s+attend\b[^.;]{1,200}\band\s+(?:then\s+|also\s+)?$")
DELEGATION_WORDS = LazyPattern(
    r"delegation|joined\s+by|special\s+guest|\bteam\s+(?:includes?|included|comprises?|comprised|consist(?:s|ed)?\s+of)\b")
WITH = LazyPattern(r"\swith\s")
# "It is my pleasure to co-chair", "I am honoured to co-chair", "I co-chaired": the speaker
# (a few words before the verb, no other subject between).
FIRST_PERSON = LazyPattern(r"\b(?:I|my|me)\b[^.;,\"\u201c\u201d]{0,40}$")
WITH_BEFORE = LazyPattern(r"\bwith\s+(?:the\s+)?$")  # the text just before "with <person> presiding"
PRONOUN_SUBJECT = LazyPattern(r"(?:He|She)\b")
# "Y, who co-chaired the meeting": a relative clause about this very meeting, no standing role.
WHO_DID = LazyPattern(r"\bwho\s+(?:also\s+)?$")
THE_MEETING = LazyPattern(r"(?<=ed)\s+the\s+(?:meeting|session|plenary)\b")
# "X, and Y, who will co-chair the meeting": a relative clause after the list names its chairs.
WHO_CLAUSE = LazyPattern(r"\s*(?:\([^()\n]{1,40}\))?\s*,\s*who\s+")


# ", who led the Hong Kong delegation, and the": a relative clause closed by a comma between two
# co-chairs of one list (no name inside: the gap runs from one person to the next).
WHO_CLAUSE_IN_LIST = LazyPattern(
    r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*who\s+[^,;.:()\n\"\u201c\u201d]{1,100},\s*and\s+(?:the\s+)?")


def _who_clause(text: str, start: int, end: int) -> bool:
    """", who will" between the last person and the chairing verb (then the usual subject gap)."""
    m = WHO_CLAUSE.compiled.match(text, start, end)
    return m is not None and SUBJECT_GAP.compiled.fullmatch(text, m.end(), end) is not None

# --- attending -----------------------------------------------------------------------------
# What one takes part or participates in, to attend it: the meeting, not "the development of".
# "X and Y joined Mr Z on the Hong Kong side / at the meeting": they attend with Mr Z (who is
# joined, not a joiner); only with the side or the meeting named, never "joined Mr Z in visiting".
# (or at the meeting's venue, in a meeting held at two or more: "joined Ms Z at the Hong Kong venue")
_JOINED_SOMEONE = (r"joined\s+(?:mr|mrs|ms|miss|dr|professor|prof)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
                   r"(?:on\s+the\s+[\w&'\s-]{1,40}?\bside|at\s+(?:the|this|its|today['\u2019]s)\s+"
                   r"(?:meeting|session|plenary|talks|discussions?|(?:[\w-]+\s+){0,2}?venue)\b)")
# "Dr X also took part." (closing the sentence): a follow-up about the meeting just named.
_ALSO_TOOK_PART = r"also\s+(?:took|takes|(?:will|shall)\s+take)\s+part(?=\s*[.;])"
# "Officials from X and Y took part, led by the Deputy Director Z": the leader of those taking part
_TOOK_PART_LED_BY = r"(?:took|takes|(?:will|shall)\s+(?:also\s+)?take)\s+part\s*,\s*(?:led|headed)\s+by"
_TAKES_PART_IN = (r"\s+(?:the|this|its|today['\u2019]s)\s+(?:[\w-]+\s+){0,3}?"
                  r"(?:meeting|session|plenary|discussions?|talks|conference|forum)")
# A list put after its verb, opening the sentence: "Also in the Hong Kong delegation were X and Y",
# "On the Macao side were", "Representing the HKSAR Government were", and the same led by
# "attending": "Attending on the Hong Kong side were", "Attending from Guangdong were",
# "Attending were" (never "those in the delegation were", inside a sentence).
_SENTENCE_START = r"(?<![\w,;:'\u2019)] )(?<![\w,;:'\u2019)])"
_INVERTED_LIST = (_SENTENCE_START + r"(?:also\s+)?(?:in\s+the\s+[^.;,]{0,40}?\bdelegations?|"
                  r"on\s+the\s+[^.;,]{1,40}?\bside|representing\s+(?:the\s+)?[^.;,]{1,60}?|"
                  r"attending(?:\s+on\s+the\s+[^.;,]{1,40}?\bside|\s+from\s+(?:the\s+)?[^.;,]{1,40}?)?)"
                  r"\s+(?:were|was|are|is|will\s+be)")
# "X was represented by Y": Y attends for X (who is absent when X is a person).
_PASSIVE_REPRESENTED_BY = r"(?:is|are|was|were|will\s+be)\s+(?:also\s+)?represented\s+by"
PASSIVE_REPRESENTED_BY = LazyPattern(r"\b" + _PASSIVE_REPRESENTED_BY + r"\b")
# "The Guangdong side comprised X", "The Hong Kong side was represented by X", and the side
# named by its place alone: "Macao was represented by X", "Hong Kong will be represented by X".
_SIDE_LIST = (r"sides?\s+(?:comprises?|comprised|includes?|included|(?:will|would)\s+(?:comprise|include))|"
              r"(?:delegation|side|government)s?\s*,?\s*(?:(?:which\s+)?(?:is|was|were|will\s+be)\s+)?"
              r"represented\s+by|" + _PASSIVE_REPRESENTED_BY)
# "The meeting brought together the Director of X, Mr Y, and ...": those brought together attend
# it (only the people after the cue: "Mr Z said the meeting brought together ..." is no list of his).
_BROUGHT_TOGETHER = (r"(?:meeting|session|plenary|conference|forum|talks)\s+(?:(?:has|have|had|will|would)\s+)?"
                     r"(?:brought|brings|bring|bringing)\s+together")
# "The Chairman of X, Mr Y, was also invited to join the discussion.": said of the meeting just
# reported, a guest who was there (not "invited Mr Y to attend the summit next year", which asks
# him to come): only the passive, past, ending the sentence at the meeting or its discussion.
_INVITED_PRESENT = (r"(?:was|were)\s+(?:also\s+)?invited\s+to\s+(?:attend|join)\s+(?:the|this|today['\u2019]s)\s+"
                    r"(?:meeting|session|discussions?)(?=\s*[.;])")
INVITED_PRESENT = LazyPattern(r"\b" + _INVITED_PRESENT)
# "The Under Secretary for X, Mr Y, and the Commissioner for Z, Ms W, were present.": being
# present with nothing after it (or "at the meeting") is attending the meeting just reported,
# as "attended." is; "present at the ceremony", "were present in the area" are not.
_WERE_PRESENT = (r"(?:was|were|will\s+be)\s+(?:also\s+)?present(?=\s*[.;]|\s+(?:as\s+well|too)\s*[.;]|"
                 r"\s+at\s+(?:the|this|its|today['\u2019]s)\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:meeting|session|plenary|discussions?|talks)\b)")
FUTURE_WORD = LazyPattern(r"\b(?:will|shall)\b")
_SPEECH_BY = r"speech(?:es)?\s+(?:made\s+|delivered\s+|given\s+)?by"  # "the speech (delivered) by the Secretary"
ATTEND_CUE = LazyPattern(
    r"\b(?:attend(?:s|ed|ing)?|in\s+attendance|" + _ALSO_TOOK_PART + r"|" + _JOINED_SOMEONE + r"|"
    + _INVITED_PRESENT + r"|" + _WERE_PRESENT + r"|"
    r"among\s+(?:those|others)\s+present|accompan(?:y|ies|ied|ying)|joined\s+(?:(?:part|parts|some)\s+of\s+)?(?:the|by)|"
    + _INVERTED_LIST + r"|" + _SIDE_LIST + r"|" + _BROUGHT_TOGETHER + r"|"
    r"also\s+present|special\s+guests?|briefed\s+members|addressed\s+by|"
    + _SPEECH_BY + r"|"
    r"(?:delegation|team)[^.;]{0,30}?\b(?:includes?|included|comprises?|comprised|(?:will|would)\s+include|"
    r"was\s+made\s+up|consist(?:s|ed)?\s+of|(?:will|would)\s+consist\s+of)|"
    r"(?:delegation|side)s?\s*,?\s*(?:(?:which\s+)?(?:is|was|will\s+be)\s+)?(?:led|headed)\s+by|"
    r"heading\s+(?:a|an|the)\s+[^.;]{0,80}?delegations?|"
    r"(?:took|takes|taking|(?:will|shall)\s+(?:also\s+)?take)\s+part\s+in" + _TAKES_PART_IN + r"|"
    + _TOOK_PART_LED_BY + r"|"
    r"(?:participated|participates|participating|(?:will|shall)\s+(?:also\s+)?participate)\s+in"
    + _TAKES_PART_IN + r"|"
    r"members\s+of\s+the\s+[^.;]{0,60}?delegation|led\s+(?:a|an|the)\s+[^.;]{0,80}?delegations?|"
    r"led\s+delegations|leading\s+(?:a|an|the)?\s*[^.;]{0,80}?(?:delegations?|officials)|"
    r"officials\s+led\s+by|(?:they|others|other\s+officials|officials)\b[^.;]{0,80}?\binclud(?:e|es|ed)|"
    r"joining\s+[^.;]{1,80}?\s(?:were|was|are|is|will\s+be)|"
    r"(?:speaks|spoke|speaking)\s+at|"
    r"(?:will|shall)\s+also\s+(?:be\s+present|join(?=\s*[.;]|\s+(?:the|this|its)\s+"
    r"(?:meeting|session|delegation|discussions?|talks))))\b")
# "X will hold the first meeting of ...": the holder, when not said to chair, attends it.
HOLDS_MEETING = LazyPattern(
    r"\b(?:will\s+hold|held|holds|is\s+holding)\s+(?:the|a|an|its|his|her)\b[^.;]{0,80}?"
    r"\b(?:meeting|session|conference|plenary)\b")
# The same lists as a follow-up of the meeting named before, tried at the sentence's start only.
INVERTED_LIST = LazyPattern(r"(?:" + _INVERTED_LIST + r")\b")
# "a meeting with the Bureau": meeting someone (a call on them), not a meeting one attends.
MEETING_WITH = LazyPattern(r"\s+with\b", re.I)
# "At the meeting, the ... Chairman of the Committee, Mr X, said": the body's own Chairman
# conducting its meeting.
AT_THE_MEETING = LazyPattern(
    r"\s*At\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|plenary|conference)\b[^,.;]{0,30},")
CHAIRMAN_TITLE = LazyPattern(r"\b(?:Chairman|Chairperson|Chairwoman|Chair)\s+of\b")
OWN_CHAIRMAN = LazyPattern(r"(?:[Ii]ts\s+|[Tt]heir\s+)?(?:Chairman|Chairperson|Chairwoman|Chair)")
VICE = LazyPattern(r"\b(?:Vice|Deputy)[\s-]*(?:Chair|$)")
CHAIRMAN_OF_EVENT = LazyPattern(
    r",?\s*who\s+is\s+(?:also\s+)?the\s+(?:Chairman|Chairperson|Chair)\s+of\s+the\s+[^,.;:]{0,120}?"
    r"\b(?:Conference|Summit|Forum|Meeting)\b")
# "The Chairman of the Committee, Dr X, conducted the meeting": the body's own Chairman running
# this meeting (after the subject gap: "will conduct", "also led").
CONDUCTS_MEETING = LazyPattern(
    r"(?:conduct(?:s|ed)?|lead|leads|led|presid(?:e|es|ed)\s+over|chair(?:s|ed)?)\s+(?:the|this|its|today['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|session|plenary)\b"
    # "opened the meeting and led the discussion": runs it (opening alone may be a ceremony's)
    r"|open(?:s|ed)\s+(?:the|this|its|today['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|plenary)\s+and\s+"
    r"(?:then\s+)?(?:led|leads|chaired|chairs|conducted|conducts|presided\s+over|presides\s+over)\s+(?:the|its)\s+"
    r"discussions?\b")
# "The meeting was conducted by the Chairman of the Committee, Dr X": the same, in the passive
# (the text before the Chairman's mention; run on the lower-cased copy).
CONDUCTED_BY = LazyPattern(
    r"\b(?:meeting|session|plenary)\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+"
    r"(?:conducted|led|presided\s+over)\s+by\s+(?:the\s+)?$")
# "... was conducted by the Chairman of the Committee, the Secretary for X, Ms Y": the body's
# Chairman named by that title in an apposition before his or her post (the text before the
# post; bounded, no nested repeats).
CONDUCTED_BY_CHAIRMAN = LazyPattern(
    r"\b(?:meeting|session|plenary)\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+"
    r"(?:conducted|led|presided\s+over)\s+by\s+(?:the\s+|its\s+)?(?:chairman|chairperson|chairwoman|chair)\s+"
    r"of\s+(?:the\s+|its\s+)?[^,.;:()]{1,80},\s*(?:the\s+)?$")
PASSIVE_CONDUCT_KEYS = ("conducted by", "led by", "over by")
# Cues that speak of the meeting already named in the sentence before.
FOLLOW_UP_CUE = LazyPattern(
    r"\b(?:in\s+attendance|also\s+present|also\s+attend(?:ing|ed)|attended\s*,\s*including|"
    + _ALSO_TOOK_PART + r"|among\s+(?:those|others)\s+(?:present|attending)|" + _JOINED_SOMEONE + r"|"
    r"accompan(?:y|ies|ied|ying)|briefed\s+members|"
    r"they\s+included|delegation|" + _SIDE_LIST + r"|" + _INVITED_PRESENT + r"|" + _WERE_PRESENT + r"|joining\s+[^.;]{1,80}?\s(?:were|was|are|is|will\s+be)|"
    r"(?:other\s+)?officials\s+(?:(?:attending|present)\s+)?(?:from|of|on)\s+(?:the\s+)?[^.;]{1,40}?\bside\s+"
    r"(?:includ(?:e|es|ed)|were|are|was)|"
    r"other\s+officials\s+(?:attending\s+)?includ(?:e|es|ed)|"
    r"(?:took|takes|taking|(?:will|shall)\s+(?:also\s+)?take)\s+part\s+in" + _TAKES_PART_IN + r"|"
    r"(?:participated|participates|participating|(?:will|shall)\s+(?:also\s+)?participate)\s+in"
    + _TAKES_PART_IN + r"|"
    r"on\s+the\s+[^.;,]{1,40}?\bside(?=\s*,)|joined\s+the\s+discussions?|sides?\s*,?\s*(?:(?:which\s+)?(?:is|was|will\s+be)\s+)?(?:led|headed)\s+by|"
    r"(?:will|shall)\s+also\s+(?:attend|be\s+present|join)|"
    # "The Permanent Secretary for X, Ms Y, attended as an observer.": at the meeting just named
    r"(?:attended|attends|(?:will|shall)\s+(?:also\s+)?attend)\s+as\s+(?:an?\s+)?observers?|"
    # "The Secretary for X, Mr Y, and the Commissioner for Z, Ms W, will attend.", "Mr Y attended
    # with the Permanent Secretary, Ms W.": attendance with no object is of the meeting just named
    # ("attended as well.", "attended too.": the same, said of one more)
    r"(?:attended|attends|(?:will|shall)\s+attend)(?=\s*[.;]|\s+(?:as\s+well|too)\s*[.;]|"
    r"\s+with\s+(?:the|mr|mrs|ms|miss|dr|professor|prof)\s))\b")
# "Joining|Accompanying Mr X at the meeting were ...": Mr X is the one joined, not a joiner.
JOINED_SOMEONE = LazyPattern(r"\b" + _JOINED_SOMEONE + r"\b")
JOINED_ONE = LazyPattern(
    r"\s*(?:joining|accompanying)\s+[^.;]{1,80}?\s(?:were|was|are|is|will\s+be)\b")
# (an "exhibition gallery", "exhibition hall" or "reception room" is a place, not an event held there)
NOT_ATTENDING = LazyPattern(
    r"\b(?:press\s+conference|media\s+(?:session|briefing)|ceremony|reception|dinner|lunch(?:eon)?|"
    r"banquet|exhibition|seminar|webinar)\b"
    r"(?!\s+(?:galler(?:y|ies)|halls?|centres?|centers?|rooms?|venues?|spaces?|areas?)\b)")
# "X was accompanied on the visit by Y": Y joins a visit, not a meeting (a courtesy call's
# people count only when said to join or accompany the call or the delegation to it).
ACCOMPANIED_ON_VISIT = LazyPattern(
    r"\baccompanied\s+(?:on|during|throughout)\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visits?|tours?|trips?)\b")
# "X was accompanied by Y": X is the one accompanied, no attendant of his own.
IS_ACCOMPANIED = LazyPattern(r"\b(?:was|were|is|are|will\s+be|being)\s+accompanied\b")
# "ceremony of the Harbour Summit 2030": the event whose ceremony it is (bounded: few words).
CEREMONY_OF_EVENT = LazyPattern(
    r"(?:ceremony|reception|dinner|lunch(?:eon)?|banquet)\s+(?:of|for)\s+(?:the\s+)?(?:[\w'&-]+\s+){0,6}?"
    r"(?:summit|forum|conference|meeting|session|plenary)s?\b(?:\s+\d{4}\b)?")
# "a forum on youth entrepreneurship": the reported event itself where the release names no
# other meeting, a side event where the reported meeting has a name that is no forum.
FORUM_ON = LazyPattern(r"\bforums?\s+on\b")
# "visited Macao to attend the opening of the Expo and Forum": where the release reports no
# meeting, attending an opening is attending a ceremony, whatever the event opened.
ATTENDS_OPENING = LazyPattern(
    r"\battend(?:s|ed|ing)?\s+the\s+(?:opening|launch|inauguration|unveiling)\s+(?:ceremony\s+)?of\b")
OPENING_LITERALS = ("opening", "launch", "inauguration", "unveiling")
# People after these words in an attendance sentence are met, not attending with the speaker.
INVITED_TO = LazyPattern(r"\binvit\w*\b[^.;]{0,150}?\bto\s+(?:attend|join)\b")
# A release that reports a call: its headline has one person meet or call on another ("SCED
# meets Vice Governor of X", not "Working group meets in Y") and its lead says so ("met the Vice
# Governor"). The call is the meeting it reports: those who join or accompany the caller at it
# attend it, though the release has no meeting word ("X visits Y" and a call on the way is not).
CALL_HEADLINE = LazyPattern(r"\b(?:meets|calls\s+on)\s+(?:the\s+)?(?!In\b|On\b|At\b|Today\b)[A-Z]")
CALL_HEADLINE_WORDS = (" meets ", " calls on ")  # (a cheap look before the pattern)
CALL_IN_LEAD = LazyPattern(r"\b(?:met|called\s+on)\s+(?:with\s+)?(?:the\s+)?[A-Z]")
MET_WORDS = LazyPattern(
    r"\b(?:met|meets?|by\s+meeting|meeting\s+with|call(?:ed|s)?\s+on|visit(?:ed|s)?|invit(?:ed|es|ing))\b")


@lru_cache(maxsize=None)
def _ignorecase(pattern):
    """A lower-case pattern made to ignore case, for text whose lower-cased copy is unusable."""
    if isinstance(pattern, re.Pattern):
        return re.compile(pattern.pattern, re.I)
    import regex
    return regex.compile(pattern.pattern, regex.I)


def _same(pattern):
    return pattern


# Stretches (sentences) up to this length find a gate's first literal with one search of the
# literals' alternation; longer ones (a whole release) with one `str.find` per literal.
_SHORT_STRETCH = 600



def _holds_any(string: str, literals: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Whether string[pos:endpos] holds one of `literals` (on a whole string, `in` is cheaper
    than `find`)."""
    if pos == 0 and endpos >= len(string):
        for literal in literals:
            if literal in string:
                return True
        return False
    find = string.find
    for literal in literals:
        if find(literal, pos, endpos) >= 0:
            return True
    return False


class _Gated:
    """A lower-case pattern behind a literal pre-check: every match holds one of `literals` (and
    one of `also`, when given), so a stretch of the lower-cased copy that holds none is never
    searched: a `str.find` is far cheaper than a search that fails. With `prefix`, every match
    starts with one of `literals`, so the search starts at the first of them. On a text that
    could not be lower-cased (`ci` is not `_same`) the pattern is always run, ignoring case."""

    __slots__ = ("pattern", "literals", "also", "prefix", "_compiled", "_first")

    def __init__(self, pattern, *literals: str, also: tuple[str, ...] = (), prefix: bool = False) -> None:
        self.pattern = pattern
        self.literals = literals
        self.also = also
        self.prefix = prefix
        self._compiled = None
        self._first = None  # with `prefix`: the literals as one alternation, compiled on first use

    def _start(self, string: str, pos: int, endpos: int) -> int:
        """Where a match may start at the earliest, or -1 where none can occur."""
        if self.prefix:
            if min(endpos, len(string)) - pos <= _SHORT_STRETCH:
                # the first literal: one search of their alternation, not one find per literal
                first_literal = self._first
                if first_literal is None:
                    first_literal = self._first = re.compile("|".join(map(re.escape, self.literals)))
                found = first_literal.search(string, pos, endpos)
                if found is None:
                    return -1
                first = found.start()
            else:  # over a long stretch, one `str.find` per literal scans faster than the pattern
                find = string.find
                first = -1
                for literal in self.literals:
                    at = find(literal, pos, endpos)
                    if at >= 0 and (first < 0 or at < first):
                        first = at
                if first < 0:
                    return -1
        elif _holds_any(string, self.literals, pos, endpos):
            first = pos
        else:
            return -1
        if self.also and not _holds_any(string, self.also, pos, endpos):
            return -1
        return first

    def search(self, ci, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if ci is _same:
            pos = self._start(string, pos, endpos)
            if pos < 0:
                return None
            compiled = self._compiled
            if compiled is None:
                compiled = self._compiled = self.pattern.compiled
            return compiled.search(string, pos, endpos)
        return ci(self.pattern.compiled).search(string, pos, endpos)

    def finditer(self, ci, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if ci is _same:
            pos = self._start(string, pos, endpos)
            if pos < 0:
                return iter(())
            return self.pattern.compiled.finditer(string, pos, endpos)
        return ci(self.pattern.compiled).finditer(string, pos, endpos)

    def match(self, ci, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if ci is _same and self._start(string, pos, endpos) < 0:
            return None
        return ci(self.pattern.compiled).match(string, pos, endpos)


# Each pattern with the literals that every one of its matches holds.
MEETING_WORD_G = _Gated(MEETING_WORD, "meeting", "plenar", "session", "conference", "forum", "summit",
                        "dialogue", "working", "task", "committee", "commission", prefix=True)
STRONG_MEETING_WORD_G = _Gated(STRONG_MEETING_WORD, *STRONG_MEETING_LITERALS, prefix=True)
NOT_A_MEETING_G = _Gated(NOT_A_MEETING, "signing", "ceremony", "lunch", "dinner", "banquet", "reception",
                         "webinar", "visit", "seminar", "press", "exhibition", "gala", "briefing", prefix=True)
NOT_ATTENDING_G = _Gated(NOT_ATTENDING, "press", "media", "ceremony", "reception", "dinner", "lunch",
                         "banquet", "exhibition", "seminar", "webinar", prefix=True)
MET_WORDS_G = _Gated(MET_WORDS, "met", "meet", "call", "visit", "invit")
INVITED_TO_G = _Gated(INVITED_TO, "invit", prefix=True)
FORUM_ON_G = _Gated(FORUM_ON, "forum", prefix=True)
DELEGATION_WORDS_G = _Gated(DELEGATION_WORDS, "delegation", "joined", "special", "team", prefix=True)
FOLLOW_UP_CUE_G = _Gated(FOLLOW_UP_CUE, "attend", "present", "accompan", "briefed", "they", "delegation",
                         "join", "side", "officials", "part", "represent")  # "represented by"
STANDING_ROLE_G = _Gated(STANDING_ROLE, "who", "which", "appointed", "elect")
WHO_DID_G = _Gated(WHO_DID, "who", prefix=True)
HEADS_DELEGATIONS_G = _Gated(HEADS_DELEGATIONS, "led", "leading", prefix=True)
ATTENDS_OTHER_G = _Gated(ATTENDS_OTHER, "attend")
CHAIR_VERB_G = _Gated(CHAIR_VERB, "co", "chair", "jointly", "under", "presid", "host", "conven", "held", "hold",
                      "led", "heading", "took", "tak", "was", "were", "is", "be", prefix=True)
CONDUCTS_MEETING_G = _Gated(CONDUCTS_MEETING, "meeting", "session", "plenary")
JOINED_ONE_G = _Gated(JOINED_ONE, "joining", "accompanying")
PASSIVE_BY_G = _Gated(PASSIVE_BY, "by")

# ATTEND_CUE cut into its alternatives, each behind its own literals: whether the cue occurs at
# all is whether one of them does, and most sentences hold the literals of none or of one.
# (literals, also-literals, prefix, body): with prefix True every match starts with a literal;
# with "start" the part opens the sentence and is tried there only.
_ATTEND_CUE_PARTS = (
    (("attend",), (), True, r"attend(?:s|ed|ing)?"),
    (("attendance",), (), False, r"in\s+attendance"),
    (("invited",), (), False, _INVITED_PRESENT),
    (("accompan",), (), True, r"accompan(?:y|ies|ied|ying)"),
    (("joined", "joining"), (), True,
     r"joined\s+(?:(?:part|parts|some)\s+of\s+)?(?:the|by)|" + _JOINED_SOMEONE + r"|joining\s+[^.;]{1,80}?\s(?:were|was|are|is|will\s+be)"),
    (("join",), ("also",), False,
     r"(?:will|shall)\s+also\s+join(?=\s*[.;]|\s+(?:the|this|its)\s+"
     r"(?:meeting|session|delegation|discussions?|talks))"),
    (("present",), ("also",), False, r"also\s+present|(?:will|shall)\s+also\s+be\s+present"),
    # "The Director of X, Mr Y, and ... were among those present", "Among others present were"
    (("present",), ("among",), False, r"among\s+(?:those|others)\s+present"),
    # "Mr Y and Ms W were present.": present with nothing after it (or at the meeting)
    (("present",), ("was", "were", "be"), False, _WERE_PRESENT),
    (("special",), ("guest",), True, r"special\s+guests?"),
    (("briefed",), (), True, r"briefed\s+members"),
    (("addressed",), (), True, r"addressed\s+by"),
    (("speech",), (), True, _SPEECH_BY),
    (("delegation", "team"), (), True, r"(?:delegation|team)[^.;]{0,30}?\b(?:includes?|included|comprises?|comprised|"
                                        r"(?:will|would)\s+include|was\s+made\s+up|consist(?:s|ed)?\s+of|"
                                        r"(?:will|would)\s+consist\s+of)"),
    # "The Guangdong delegation, led by the Vice-Governor, Mr X, will comprise ...": its head
    (("delegation", "side"), ("led", "headed"), True,
     r"(?:delegation|side)s?\s*,?\s*(?:(?:which\s+)?(?:is|was|will\s+be)\s+)?(?:led|headed)\s+by"),
    (("heading",), ("delegation",), True, r"heading\s+(?:a|an|the)\s+[^.;]{0,80}?delegations?"),
    # "also took part in the meeting", "Participating in the meeting were": not "urged them to take part"
    (("part",), ("took", "take", "taking"), False,
     r"(?:took|takes|taking|(?:will|shall)\s+(?:also\s+)?take)\s+part\s+in" + _TAKES_PART_IN + r"|" + _ALSO_TOOK_PART
     + r"|" + _TOOK_PART_LED_BY),
    (("participat",), (), False,
     r"(?:participated|participates|participating|(?:will|shall)\s+(?:also\s+)?participate)\s+in" + _TAKES_PART_IN),
    (("members",), ("delegation",), True, r"members\s+of\s+the\s+[^.;]{0,60}?delegation"),
    (("led",), ("delegation",), True, r"led\s+(?:a|an|the)\s+[^.;]{0,80}?delegations?|led\s+delegations"),
    (("leading",), ("delegation", "official"), True,
     r"leading\s+(?:a|an|the)?\s*[^.;]{0,80}?(?:delegations?|officials)"),
    (("officials",), ("led",), True, r"officials\s+led\s+by"),
    (("they", "other", "officials"), ("includ",), True,
     r"(?:they|others|other\s+officials|officials)\b[^.;]{0,80}?\binclud(?:e|es|ed)"),
    (("speak", "spoke"), (), True, r"(?:speaks|spoke|speaking)\s+at"),
    # these open the sentence: tried by one match at its start ("start"), not searched through it
    ((), (), "start", _INVERTED_LIST),
    (("side", "represented"), ("compris", "includ", "represented"), False, _SIDE_LIST),
    (("together",), ("brought", "bring"), False, _BROUGHT_TOGETHER),
)
BROUGHT_TOGETHER = LazyPattern(r"\b" + _BROUGHT_TOGETHER + r"\b")
# How the sentences that _INVERTED_LIST reads begin (in the lower-cased copy).
INVERTED_OPENERS = ("also in ", "also on ", "also representing ", "also attending ", "in the ", "on the ",
                    "representing ", "attending ")
ATTEND_CUE_PARTS = tuple((literals, also, prefix, LazyPattern(r"\b(?:" + body + r")\b"))
                         for literals, also, prefix, body in _ATTEND_CUE_PARTS)
# Which parts each literal of theirs may start: a sentence is scanned once for every literal, and
# only the parts of those it holds are tried (a test of each part in turn cost a Python loop over
# all of them in every sentence, most of them picked by a key inside a word: "president").
_INVERTED_PART = next(k for k, part in enumerate(_ATTEND_CUE_PARTS) if part[2] == "start")
PARTS_OF_CUE_LITERAL = {literal: tuple(k for k, part in enumerate(_ATTEND_CUE_PARTS) if literal in part[0])
                        for part in _ATTEND_CUE_PARTS for literal in part[0]}
# A literal that holds another ("attendance", "joined", "represented") is sought only in a sentence
# that holds that one: the literals holding none, each with those that hold it.
CUE_LITERALS = tuple((literal, tuple(other for other in PARTS_OF_CUE_LITERAL if other != literal and literal in other))
                     for literal in PARTS_OF_CUE_LITERAL
                     if not any(other != literal and other in literal for other in PARTS_OF_CUE_LITERAL))
# For the scan of a whole release (`_attendance_sentences`): a literal all of whose parts need
# one of their "also" words that is a literal scanned itself ("members" of "members of the
# delegation", "led", "heading") is sought only in the sentences that hold one of those words (a
# sentence without any cannot hold those parts): one `str.find` over the release fewer for each.
_ALSO_OF_LITERAL = {literal: {w for k in parts for w in _ATTEND_CUE_PARTS[k][1]}
                    for literal, parts in PARTS_OF_CUE_LITERAL.items()
                    if all(_ATTEND_CUE_PARTS[k][1] for k in parts)}
_NESTED_IN_ALSO = {literal: also for literal, also in _ALSO_OF_LITERAL.items()
                   if also and all(any(word == top for top, _ in CUE_LITERALS) for word in also)}
SCANNED_CUE_LITERALS = tuple(
    (literal, longer + tuple(nested for nested, also in _NESTED_IN_ALSO.items() if literal in also))
    for literal, longer in CUE_LITERALS if literal not in _NESTED_IN_ALSO)

SPEECH_BY = LazyPattern(_SPEECH_BY)


def _only_a_speech(stext: str, ci) -> bool:
    """Whether "speech by" is the sentence's only attendance cue: where the release reports no
    meeting, it names the speaker of an occasion (a forum, a dinner), not someone attending."""
    speech = ci(SPEECH_BY.compiled).search(stext)
    if speech is None:
        return False
    rest = stext[:speech.start()] + " " * (speech.end() - speech.start()) + stext[speech.end():]
    return ci(ATTEND_CUE.compiled).search(rest) is None


def _has_attend_cue(low: str, ci, start: int, end: int) -> bool:
    """Whether ATTEND_CUE occurs in low[start:end] (tried part by part on the lower-cased copy,
    only the parts one of whose literals it holds)."""
    if ci is not _same:
        return ci(ATTEND_CUE.compiled).search(low, start, end) is not None
    stext = low[start:end]
    held = []
    for literal, longer in CUE_LITERALS:
        if literal in stext:
            held.append(literal)
            for other in longer:
                if other in stext:
                    held.append(other)
    return _cue_in_parts(low, start, end, stext, held)


def _cue_in_parts(low: str, start: int, end: int, stext: str, held: list[str]) -> bool:
    """Whether ATTEND_CUE occurs in low[start:end] (`stext`), whose cue literals are `held`:
    the inverted list at its start, then the parts of those literals."""
    if _opens_with_inverted_cue(low, start, end):
        return True
    return _cue_in_held_parts(low, start, end, stext, held)


def _opens_with_inverted_cue(low: str, start: int, end: int) -> bool:
    """The part of ATTEND_CUE that opens the sentence ("On the X side were ...")."""
    return low.startswith(INVERTED_OPENERS, start) and \
        ATTEND_CUE_PARTS[_INVERTED_PART][3].compiled.match(low, start, end) is not None


def _cue_in_held_parts(low: str, start: int, end: int, stext: str, held: list[str]) -> bool:
    """Whether a part of ATTEND_CUE other than the inverted list occurs in low[start:end]
    (`stext`), tried only for the parts of the literals `held` (every literal of a part that
    may start a match of it, at least)."""
    if not held:
        return False
    tried = set()
    for literal in held:
        for k in PARTS_OF_CUE_LITERAL[literal]:
            if k in tried:
                continue
            tried.add(k)
            literals, also, prefix, pattern = ATTEND_CUE_PARTS[k]
            if also:  # (loops, not generators: this runs for most sentences of most releases)
                for other in also:
                    if other in stext:
                        break
                else:
                    continue
            if prefix:
                # the part's matches start with one of its literals: tried where each stands (a
                # search from the first would try every character after it, "attendance" too)
                match = pattern.match
                for one in literals:
                    at = stext.find(one)
                    while at >= 0:
                        if match(low, start + at, end) is not None:
                            return True
                        at = stext.find(one, at + 1)
            elif pattern.search(low, start, end) is not None:
                return True
    return False


def _attendance_sentences(doc: Document) -> list[tuple[Span, Optional[re.Match]]]:
    """The sentences find_officials reads, in order, each with its AT_THE_MEETING match: those
    that hold one of ATTEND_KEYS and either open with "At the meeting, ..." or hold the
    attendance cue (the same sentences as `_sentences_with(doc, "attend")` filtered by both).

    Worked out from the cue's side: one `str.find` per cue literal over the whole release tells
    which sentences hold which literals (a scan of every key, then of every literal in each
    sentence with a key, cost twice as much), the parts of those literals are tried there, and
    the keys are checked only in the few sentences with the cue."""
    cache = _doc_cache(doc)
    found = cache.get("attendance")
    if found is not None:
        return found
    text = doc.text
    low, ci = _caseless(doc)
    sents = doc.sentences
    at_the_meeting = AT_THE_MEETING.compiled.match
    if ci is not _same or not sents:
        found = []
        for sent in _sentences_with(doc, "attend"):
            at_meeting = at_the_meeting(text, sent.start, sent.end)
            if at_meeting is not None or _has_attend_cue(low, ci, sent.start, sent.end):
                found.append((sent, at_meeting))
        cache["attendance"] = found
        return found
    starts = doc.sentence_starts
    first, last = sents[0].start, sents[-1].end
    held: dict[int, list[str]] = {}
    find = low.find
    for literal, longer in SCANNED_CUE_LITERALS:
        pos = find(literal, first, last)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            sent = sents[k]
            if pos + len(literal) <= sent.end:  # (not across the sentence's end: not in it)
                literals = held.get(k)
                if literals is None:
                    literals = held[k] = []
                literals.append(literal)
                for other in longer:
                    if find(other, sent.start, sent.end) >= 0:
                        literals.append(other)
                pos = find(literal, sent.end, last)
            else:
                pos = find(literal, pos + 1, last)
    # "At the meeting, ...": the sentences that hold "At" (a key itself)
    chosen: dict[int, Optional[re.Match]] = {}
    pos = text.find("At", first, last)
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        sent = sents[k]
        if pos < sent.end:
            at_meeting = at_the_meeting(text, sent.start, sent.end)
            if at_meeting is not None:
                chosen[k] = at_meeting
            pos = text.find("At", sent.end, last)
        else:
            pos = text.find("At", pos + 1, last)
    # every sentence with a cue holds one of its literals: the inverted lists included ("in the
    # ... delegation", "on the ... side", "representing", "attending")
    for k, literals in held.items():
        if k in chosen:
            continue
        sent = sents[k]
        if _cue_in_parts(low, sent.start, sent.end, low[sent.start:sent.end], literals) \
                and _holds_attend_key(text, sent, last):
            chosen[k] = None
    found = cache["attendance"] = [(sents[k], chosen[k]) for k in sorted(chosen)]
    return found


def _holds_attend_key(text: str, sent: Span, last: int) -> bool:
    """Whether one of ATTEND_KEYS starts in the sentence, as `_sentences_with` finds them (a key
    may run past the sentence's end, up to `last`, the end of the last sentence)."""
    find = text.find
    start, end = sent.start, sent.end
    for key, slack in _ATTEND_KEY_SLACK:
        if find(key, start, min(last + slack, end + len(key) - 1)) >= 0:
            return True
    return False


# --- minutes -------------------------------------------------------------------------------

CAPITALS_WORD = LazyPattern(r"\b\p{Lu}{2,}\b", unicode_classes=True)


@lru_cache(maxsize=1)
def _minutes_patterns() -> SimpleNamespace:
    """The patterns that read minutes, compiled on first need: few releases are minutes."""
    MINUTES_PRESENT = re.compile(
        r"(?:^|\n|\s)(?:Members?\s+present|Present)\s*:?\s*(?=\r?\n|Chairman\s*:|Members\s*:)")
    # "Minutes of the 8th Meeting", "Minutes of Meeting No. 7/2022", "Minutes of Special Meeting"
    MINUTES_HEAD = re.compile(r"\bMinutes\s+of\s+(?:the\b|(?:[\w-]+\s+){0,3}?Meeting\b)", re.I)
    MINUTES_ABSENT = re.compile(r"\b(?:Members?\s+absent|Absent(?:\s+with\s+apolog(?:y|ies))?)\b\s*:?")
    MINUTES_ATTEND = re.compile(
        r"\b(?:In\s+Attendance|Public\s+officers?\s+attending|Attending|Also\s+present)\b\s*:?", re.I)
    # Where a list of those absent stops: a list of those attending, or the Secretary's heading
    # ("Absent with Apologies: Mr X / Secretary: Miss Y": the Secretary attends).
    MINUTES_ABSENT_END = re.compile(
        r"\b(?:In\s+Attendance|Public\s+officers?\s+attending|Attending|Also\s+present)\b\s*:?"
        r"|(?:^|(?<=\n))[ \t]*Secretary\s*:", re.I | re.M)
    MINUTES_END = re.compile(
        r"\b(?:Opening\s+Remarks|Clerks?\s+in\s+attendance|Staff\s+in\s+attendance|"
        r"Confirmation\s+of\s+(?:the\s+)?minutes)\b", re.I)
    MINUTES_ROLE = re.compile(r"(?P<role>Chairman|Chairperson|Chair|Vice-?\s?[Cc]hairman|Vice-?\s?[Cc]hairperson|"
                              r"Members?|Secretary)\s*:\s*$")
    # used with .match(text, pos): anchored at pos (a "^" would never match past the start)
    MINUTES_ROLE_MARK = re.compile(
        r"[ \t\u00a0]*\(\s*(?P<role>Chairman|Chairperson|Chair|Vice-?\s?[Cc]hair(?:man|person))\s*\)")
    MINUTES_NAME_TAIL = re.compile(r",[ \t\u00a0]*(?P<given>[A-Z][a-z]+)\b(?![ \t\u00a0]*[,/-])")
    # Where the post written after a listed name stops: the next heading of the list.
    MINUTES_POST_END = re.compile(
        r"\b(?:Remarks|Action|In\s+Attendance|Item\s+\d+|Absent|Members?(?:\s+absent)?\s*:|Secretary\s*:|"
        r"Public\s+officers?|Clerks?\s+in|Staff\s+in|Opening\s+Remarks)|[*\r\n]")
    MINUTES_NOT_POST = re.compile(r"(?:Members?|Remarks|Absent|Action|In\s+Attendance|Item)\b")
    CAPITALS_WORD_ASCII = re.compile(r"\b[A-Z]{2,}\b")  # CAPITALS_WORD for ASCII names
    # a role at the meeting marked at the end of an entry's post ("Director of X (Chairman)")
    TRAILING_ROLE_MARK = re.compile(
        r"\s*\(\s*(?P<role>(?P<chair>Chairman|Chairperson|Chair)|Vice-?\s?[Cc]hair(?:man|person)|"
        r"(?:Deputy\s+)?(?:Head|Leader)\s+of\s+(?:the\s+)?[Dd]elegation)\s*\)$")
    # an entry of a "Present:" list: a line that opens with an honorific
    PRESENT_ENTRY = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Ir|Sr|The\s+Hon)\s+[A-Z]")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k.isupper()})


def _person(text: str, m: Mention, side: Optional[str] = None) -> Person:
    return Person(m.name, m.honorific, m.title, side, Evidence.of(text, m.start, m.end))


# Literal keys that every cue contains: a cheap scan picks the few sentences worth a regex.
# (the last two, "held" and "hold", count only where two heads lead delegations)
CHAIR_KEYS = ("chair", "Chair", "presid", "Presid", "host", "Host", "conven", "Conven", "leadership", "jointly",
              "Heading",
              "held", "hold")
ATTEND_KEYS = ("attend", "Attend", "accompan", "Accompan", "join", "Joining", "present", "guest", "briefed",
               "addressed", "speech", "delegation", "led", "leading", "Leading", "includ", "At",
               "speak", "spoke", "side", "Heading", "heading", "part", "articipat", "together", "team")


# Every sentence with "Chairman", "Chairperson" or "Chairwoman" also has "Chair".
CHAIRMAN_KEYS = ("Chair",)
HOLD_KEYS = ("hold", "held")
MEETING_KEYS = ("meeting", "plenar", "session", "conference", "forum", "summit", "dialogue", "group",
                "task", "committee", "commission", "delegation", "joined by", "guest")


def _doc_cache(doc: Document) -> dict:
    """Work shared by find_chairs and find_officials on one document (mentions per span, key
    scans, the minutes lists), kept on the document itself: computing it is pure."""
    cache = doc.__dict__.get("_people_cache")
    if cache is None:
        cache = doc.__dict__.setdefault("_people_cache", {})
    return cache


def _caseless(doc: Document) -> tuple:
    """(text, chooser) for the lower-case patterns: the document's lower-cased copy when it keeps
    every offset and matches as IGNORECASE would (no dotted capital I, no long s), else the
    text itself with IGNORECASE copies of the patterns."""
    cache = _doc_cache(doc)
    found = cache.get("caseless")
    if found is None:
        text = doc.text
        # U+0130 (dotted capital I) is the one character whose lower case is longer: without it
        # the document's shared lower-cased copy is `text.lower()` itself, not made again here
        if "\u0130" in text or "\u017f" in text:
            found = (text, _ignorecase)
        else:
            found = (doc.lower, _same)
        cache["caseless"] = found
    return found


def _has_strong_meeting_word(doc: Document, span: Span) -> bool:
    """STRONG_MEETING_WORD in the span, tried only when the lower-cased copy holds one of its
    literals (a necessary condition, far cheaper than the search)."""
    low, ci = _caseless(doc)
    if ci is _same:
        part = low[span.start:span.end]
        if not any(k in part for k in STRONG_MEETING_LITERALS):
            return False
    return STRONG_MEETING_WORD_G.search(ci, low, span.start, span.end) is not None


def _sentence_starts(doc: Document) -> list[int]:
    return doc.sentence_starts


def _needles(keys: tuple[str, ...]) -> tuple[tuple[bool, str, tuple[str, ...]], ...]:
    """How to find a group of literal keys: (on the lower-cased copy?, needle, keys it stands
    for). Keys that differ only in case ("chair", "Chair"; "join", "Joining") share one needle,
    sought in the lower-cased copy and told apart in the text; the others are sought as written."""
    by_needle: dict[str, list[str]] = {}
    for key in keys:
        stem = next((k.lower() for k in keys if k != key and len(k) >= 4 and key.lower().startswith(k.lower())
                     and k.lower() != key.lower()), key.lower())
        by_needle.setdefault(stem, []).append(key)
    out = []
    for needle, written in by_needle.items():
        if len(written) == 1:
            out.append((False, written[0], (written[0],)))
        else:
            out.append((True, needle, tuple(written)))
    return tuple(out)


# The groups of keys each stage reads, with their needles (worked out once, at import).
_KEY_GROUPS = {name: _needles(keys) for name, keys in
               (("chair", CHAIR_KEYS), ("attend", ATTEND_KEYS), ("chairman", CHAIRMAN_KEYS), ("hold", HOLD_KEYS))}


# Each key of ATTEND_KEYS with how far it may run past the end of the last sentence: as
# `_sentences_with` finds it, its needle ends there at the latest ("join" of "Joining").
_ATTEND_KEY_SLACK = tuple((key, len(key) - len(needle))
                          for _caseless_needle, needle, written in _KEY_GROUPS["attend"] for key in written)


def _sentences_with(doc: Document, group: str) -> list[Span]:
    """The sentences (in order) in which one of the literal keys of a group starts: one
    `str.find` per needle over the sentences' stretch of text, skipping the rest of a sentence
    once it is taken (kept per group on the document)."""
    cache = _doc_cache(doc)
    cache_key = ("keys", group)
    found = cache.get(cache_key)
    if found is not None:
        return found
    sents = doc.sentences
    if not sents:
        cache[cache_key] = []
        return []
    text = doc.text
    low = doc.lower
    starts = doc.sentence_starts
    first, last = sents[0].start, sents[-1].end
    picked: set[int] = set()
    for caseless, needle, written in _KEY_GROUPS[group]:
        where = low if caseless else text
        find = where.find
        pos = find(needle, first, last)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            sent = sents[k]
            if pos < sent.end and (not caseless or text.startswith(written, pos)):
                picked.add(k)
                pos = find(needle, sent.end, last)
            else:
                pos = find(needle, pos + 1, last)
    found = cache[cache_key] = [sents[k] for k in sorted(picked)]
    return found


def _mentions(doc: Document, span: Span) -> list[Mention]:
    """The person mentions of one span (computed once per document; callers never mutate them)."""
    cache = _doc_cache(doc)
    found = cache.get((span.start, span.end))
    if found is None:
        found = cache[(span.start, span.end)] = mentions_in(doc.text, span.start, span.end)
    return found


def _chain_forward(text: str, ms: list[Mention], first: int, relative_clauses: bool = False) -> list[Mention]:
    """The co-ordinated list that starts with ms[first]. With `relative_clauses` (a list of
    co-chairs, where a second one is expected), a clause about the first may stand before the
    second: "jointly chaired by X, who led the Hong Kong delegation, and Y" (never before a third:
    "X and Y, who said ..., and Z" may start a new clause)."""
    out = [ms[first]]
    gap = _list_gap(text)
    for k in range(first + 1, len(ms)):
        if not gap.fullmatch(text, out[-1].end, ms[k].start) and not (
                relative_clauses and len(out) == 1 and text.find("who", out[-1].end, ms[k].start) >= 0
                and WHO_CLAUSE_IN_LIST.compiled.fullmatch(text, out[-1].end, ms[k].start)):
            break
        out.append(ms[k])
    return out


def _chain_backward(text: str, ms: list[Mention], last: int) -> list[Mention]:
    """The co-ordinated list that ends with ms[last]."""
    out = [ms[last]]
    gap = _list_gap(text)
    for k in range(last - 1, -1, -1):
        if not gap.fullmatch(text, ms[k].end, out[0].start):
            break
        out.insert(0, ms[k])
    return out


def _sentence_at(doc: Document, pos: int) -> Optional[Span]:
    sents = doc.sentences
    k = bisect_right(_sentence_starts(doc), pos) - 1
    if k >= 0 and sents[k].start <= pos < sents[k].end:
        return sents[k]
    return None


def _full_name(doc: Document, m: Mention) -> Mention:
    """A one-word name ("Mr Yang") completed from a fuller mention of the same person, found
    in a sentence that contains the word (a literal search, then one sentence's mentions)."""
    if m.name is None or len(m.name.split()) > 1:
        return m
    key = m.name.strip()
    pos = doc.text.find(key)
    while pos >= 0:
        sent = _sentence_at(doc, pos)
        if sent is not None:
            for other in _mentions(doc, sent):
                if other.name and len(other.name.split()) > 1 and \
                        key.lower() in other.name.lower().replace("-", " ").split():
                    return Mention(m.start, m.end, other.name, m.honorific, m.title or other.title,
                                   m.name_start)
            pos = doc.text.find(key, sent.end)
        else:
            pos = doc.text.find(key, pos + 1)
    return m


# "where he and the Vice Mayor of X, Mr Y, will chair": a pronoun joined to the first of a
# list of chairs (the few characters before it).
PRONOUN_AND = LazyPattern(r"\b(?P<pron>[Hh]e|[Ss]he)\s+and\s+(?:the\s+)?$")
# The honorifics that tell "he" from "she" (others, "Dr", "Professor", tell neither).
_HE_HONORIFICS = ("Mr",)
_SHE_HONORIFICS = ("Ms", "Mrs", "Miss", "Madam", "Madame")


def _pronoun_partner(doc: Document, sent: Span, ms: list[Mention], first: int) -> Optional[Mention]:
    """The person "he"/"she" stands for when joined to the first of the chairs, ms[first]
    ("Mr X will depart for Y, where he and Mr Z will chair ..."): the person opening the
    sentence, the only one named before the pronoun; or, in a sentence opening on "He"/"She",
    the last person named before it. An honorific of the other sex names someone else."""
    text = doc.text
    at = ms[first].start
    pron = PRONOUN_AND.compiled.search(text, max(sent.start, at - 12), at)
    if pron is None:
        return None
    ahead = [m for m in ms[:first] if m.end <= pron.start()]
    if ahead:
        if len(ahead) > 1 or ahead[0].start - sent.start >= 12:
            return None  # a subject not opening the sentence, or two people the pronoun may mean
        partner: Optional[Mention] = ahead[0]
    elif pron.start() == sent.start or PRONOUN_SUBJECT.compiled.match(text, sent.start) is not None:
        partner = _previous_person(doc, sent.start)
    else:
        return None
    if partner is None or not partner.name:
        return None
    other_sex = _SHE_HONORIFICS if pron.group("pron").lower() == "he" else _HE_HONORIFICS
    return None if partner.honorific in other_sex else partner


def _previous_person(doc: Document, before: int) -> Optional[Mention]:
    """The last person named before a position ("He co-chaired ..." refers back to him)."""
    sents = [x for x in doc.sentences if x.end <= before]
    for sent in reversed(sents[-6:]):
        named = [m for m in _mentions(doc, sent) if m.name]
        if named:
            return named[-1]
    return None


def _unwrapped(doc: Document, sent: Span) -> Span:
    """A sentence cut by a hard line wrap, joined back to its other parts: a wrapped first line
    taken for a headline otherwise cuts a subject off its verb ("Chief Secretary X chaired the
    first" / "meeting of the Commission today.")."""
    text = doc.text
    start, end = sent.start, sent.end
    for _ in range(3):
        nl = text.rfind("\n", max(0, start - 4), start)
        if nl < 0 or text[nl + 1:start].strip(" \t\u00a0") or start - nl > 3:
            break  # not at the start of a line, or an indented new paragraph
        line_start = text.rfind("\n", 0, nl) + 1
        line = text[line_start:nl].rstrip(" \t\u00a0\r")
        if not line.strip() or line[-1] in ".!?:;)" or len(line) > 300:
            break
        start = line_start
        while start < sent.start and text[start] in " \t\u00a0":
            start += 1
    for _ in range(3):
        if text[end - 1:end] in (".", "!", "?", ":", ";", ""):
            break
        m = (WRAP_CONTINUES_ASCII.compiled if text.isascii() else WRAP_CONTINUES.compiled).match(text, end)
        if m is None:
            break
        line_start = text.rfind("\n", 0, end) + 1
        if not text[m.end():m.end() + 1].islower() and text[m.end()] != "(" and end - line_start < 50:
            break  # a short line before a capital: a headline, not a wrapped line
        nxt = _sentence_at(doc, m.end())
        if nxt is None or nxt.start != m.end():
            break
        end = nxt.end
    return Span(start, end)


WRAP_CONTINUES = LazyPattern(r"[ \t\u00a0]*\r?\n[ \t\u00a0]{0,2}(?=[\p{L}\p{N}(])", unicode_classes=True)
WRAP_CONTINUES_ASCII = LazyPattern(r"[ \t\u00a0]*\r?\n[ \t\u00a0]{0,2}(?=[A-Za-z0-9(])")


def _previous_sentence_names_a_meeting(doc: Document, sent: Span) -> bool:
    """Whether the sentence just before `sent` holds a meeting, session, plenary... word."""
    k = bisect_right(_sentence_starts(doc), sent.start) - 1
    return k > 0 and _has_strong_meeting_word(doc, doc.sentences[k - 1])


def _chairs_in_sentence(doc: Document, sent: Span, first_verb: int) -> Optional[tuple[bool, list[Mention]]]:
    """(jointly, people) for the first chairing statement of one sentence, else None.
    `first_verb`: where CHAIR_VERB first matches in the sentence (its verbs are read from
    there, unless a hard line wrap joins text before or after it)."""
    text = doc.text
    low, ci = _caseless(doc)
    whole = _unwrapped(doc, sent)
    verbs_from = first_verb if whole == sent else whole.start
    sent = whole
    stext = low[sent.start:sent.end]
    # "The fourth meeting ... took place in Macao. It was co-chaired by X and Y.": "It" is the
    # meeting of the sentence before
    refers_back = False
    if not MEETING_WORD_G.search(ci, stext) and not _met_under_chairmanship(stext):
        refers_back = (IT_PASSIVE.compiled.match(text, sent.start, sent.end) is not None
                       or ("chair" in stext and TOOK_THE_CHAIR.compiled.search(stext) is not None)) and \
            _previous_sentence_names_a_meeting(doc, sent)
        if not refers_back:
            return None
    ms: Optional[list[Mention]] = None
    by_post_only: Optional[tuple[bool, list[Mention]]] = None
    took_meeting: Optional[bool] = None  # for "took the chair": worked out once per sentence
    strong_meeting: Optional[bool] = None

    def names_strong_meeting() -> bool:
        """A meeting word in the sentence: searched once, not once per verb (a long sentence
        of many verbs would cost its length for each)."""
        nonlocal strong_meeting
        if strong_meeting is None:
            strong_meeting = STRONG_MEETING_WORD_G.search(ci, stext) is not None
        return strong_meeting
    for verb in CHAIR_VERB_G.finditer(ci, low, verbs_from, sent.end):
        led_by = verb.group("led_by") is not None
        if led_by and not ci(MEETING_LED_BY.compiled).fullmatch(low, sent.start, verb.start()):
            continue  # "The delegation was led by X": leading a delegation chairs nothing
        heading = verb.group("heading") is not None
        if heading and verb.start() - sent.start > 2:
            continue  # "heading the meeting was" only opens a sentence (inverted: subject after it)
        co = led_by or verb.group("co") is not None or (
            verb.group("took") is not None and "jointly" in verb.group("took")) or (
            verb.group("solo") is not None and "jointly" in low[verb.end():min(sent.end, verb.end() + 80)]
            and JOINTLY_WITH_OBJECT.compiled.match(low, verb.end(), sent.end) is not None)
        head = low[max(sent.start, verb.start() - 40):verb.start()]
        if STANDING_ROLE_G.search(ci, head) and not (
                WHO_DID_G.search(ci, head) and ci(THE_MEETING.compiled).match(low, verb.end(), sent.end)):
            continue
        after = low[verb.end():min(sent.end, verb.end() + 160)]
        passive_by = PASSIVE_BY_G.match(ci, after)
        passive = passive_by is not None or verb.group().lower().startswith("under") or heading
        if verb.group("took") is not None or verb.group("with_idiom") is not None:
            # the idiom has no object: the meeting is the one just named, or named in the sentence
            if took_meeting is None:
                took_meeting = refers_back or names_strong_meeting()
            if not took_meeting:
                continue
        elif not passive:
            # the object must be a meeting, not a ceremony or a meal
            meet = MEETING_WORD_G.search(ci, after)
            bad = NOT_A_MEETING_G.search(ci, after)
            if meet is None or (bad is not None and bad.start() < meet.start()):
                if not (co and names_strong_meeting()):
                    continue
        elif not refers_back and not co and not names_strong_meeting() and not (
                verb.group().lower().startswith("under") and ci(BODY_MET_BEFORE.compiled).search(head)):
            continue
        elif passive_by is not None and ci(EVENT_BEFORE_PASSIVE.compiled).search(head):
            continue  # "followed by a lunch hosted by X": the passive's subject is the meal
        if ms is None:
            ms = _mentions(doc, sent)
        people: list[Mention] = []
        before = [k for k, m in enumerate(ms) if m.end <= verb.start()]
        later = [k for k, m in enumerate(ms) if m.start >= verb.end()]
        participle = verb.group().lower().split(None, 1)[0].endswith("ing")  # "presiding over" too
        if verb.group("with_idiom") is not None:
            # "with <person> presiding": the people right after "with", up to the idiom
            if before and SUBJECT_GAP.compiled.fullmatch(text, ms[before[-1]].end, verb.start()):
                chain = _chain_backward(text, ms, before[-1])
                if WITH_BEFORE.compiled.search(text, max(sent.start, chain[0].start - 12), chain[0].start):
                    people = chain
        elif verb.group("as_co") is not None:
            # "..., with X and Y as co-chairmen": the role named for this meeting, never the title
            # quoted of a person ("the co-chairmen of the Conference, X and Y, said")
            if before and AS_ROLE_GAP.compiled.fullmatch(text, ms[before[-1]].end, verb.start()):
                people = _chain_backward(text, ms, before[-1])
        elif passive or (participle and verb.start() - sent.start < 3):
            listed = later  # the people after the verb, or after "by the two heads of X,"
            list_from = verb.end()
            chain_ms = ms
            if passive_by is not None and ("two" in after or "both" in after):
                heads = ci(TWO_HEADS_APPOSITION.compiled).match(low, verb.end() + passive_by.end(), sent.end)
                if heads is not None:  # two heads: both must be named
                    list_from = heads.end()
                    listed = [k for k in later if ms[k].name_start >= list_from]
                    if len(listed) < 2:
                        listed = []
                    elif ms[listed[0]].start < list_from:
                        # "the two heads of the Committee, Mr X": the body is no post of Mr X
                        chain_ms = _mentions_trimmed(text, ms, listed[0], list_from)
            if listed and chain_ms[listed[0]].start - list_from < 60:
                people = _chain_forward(text, chain_ms, listed[0], relative_clauses=co)
                if co:  # "co-chaired by the Director of X, Mr Y, and the Vice-Governor of Z."
                    and_post = AND_POST.compiled.match(text, people[-1].end, sent.end)
                    post = and_post and post_only_at(text, and_post.end(), sent.end)
                    if post:
                        people = people + [post]
            elif passive_by is not None and not later:  # "chaired by the Chief Secretary."
                post = post_only_at(text, verb.end() + passive_by.end() + 1, sent.end)
                if post:
                    people = [post]
        elif participle and before:
            # "said after chairing the meeting": the person just before
            people = [ms[before[-1]]]
        else:
            if before and ATTENDS_OTHER_G.search(ci, low, ms[before[-1]].end, verb.start()):
                continue  # "led a delegation to attend the Forum and chaired the Joint Conference"
            if before and (SUBJECT_GAP.compiled.fullmatch(text, ms[before[-1]].end, verb.start())
                           or _who_clause(text, ms[before[-1]].end, verb.start())):
                people = _chain_backward(text, ms, before[-1])
                partner = _pronoun_partner(doc, sent, ms, before[-1] - len(people) + 1)
                if partner is not None:  # "he and Mr Z will chair": the two chair it together
                    people = [partner] + people
            elif before and co and (post := _and_post_subject(text, ms[before[-1]].end, verb.start())):
                # "Commissioner X and the Director-General of Y will co-chair": the last subject
                # named by post only, wherever the sentence starts
                people = _chain_backward(text, ms, before[-1]) + [post]
            elif before and ms[before[0]].start - sent.start < 12:
                people = [m for m in _chain_forward(text, ms, before[0]) if m.end <= verb.start()]
            elif (pron := PRONOUN_SUBJECT.compiled.match(text, sent.start)) is not None \
                    and SUBJECT_GAP.compiled.fullmatch(text, pron.end(), verb.start()):
                prev = _previous_person(doc, sent.start)
                if prev is not None:
                    people = [prev]
            elif co and not before and FIRST_PERSON.compiled.search(text, max(sent.start, verb.start() - 60),
                                                                      verb.start()):
                # "It is my pleasure to co-chair this session with Mayor X": in a speech, "I" is
                # the speaker the lead names ("Following is the speech by the Secretary, Mr Y, ...")
                speaker = _speaker(doc)
                if speaker is not None:
                    people = [speaker]
            if people and co and people[-1].end < verb.start():
                # "X, and the Vice-Governor of Fujian Province jointly presided over ..."
                and_post = AND_POST.compiled.match(text, people[-1].end, verb.start())
                post = and_post and post_only_at(text, and_post.end(), sent.end)
                if post and SUBJECT_GAP.compiled.fullmatch(text, post.end, verb.start()):
                    people = people + [post]
            if people and co:
                with_m = WITH.compiled.search(text, verb.end(), sent.end)
                with_at = with_m.start() if with_m else -1
                if with_at >= 0:
                    w = [k for k in later if ms[k].start >= with_at]
                    if w and ms[w[0]].start - with_at < 80:
                        people = people + _chain_forward(text, ms, w[0])
                    elif (post := post_only_at(text, with_m.end(), sent.end)) is not None \
                            and not any(k for k in later if ms[k].start < post.end):
                        people = people + [post]  # "co-chaired ... with Fujian's Vice-Governor"
        if verb.group("held") is not None and (len(people) < 2 or not HEADS_DELEGATIONS_G.search(ci, stext)):
            continue  # two heads who lead their delegations and hold it jointly preside over it
        if led_by and len(people) < 2:
            continue  # one person who "led" the meeting is not said to chair it
        people = [_full_name(doc, p) for p in people]
        if not any(p.name for p in people):
            if people and by_post_only is None:
                by_post_only = (co or len(people) > 1, people)
            continue
        return co or len(people) > 1, people
    return by_post_only  # a statement that names its chairs by post only, if no other does


def _speaker(doc: Document) -> Optional[Mention]:
    """The speaker of a release that is a speech: the person the lead names right after
    "speech by" ("Following is the speech by the Secretary for X, Mr Y, at ...")."""
    cache = _doc_cache(doc)
    if "speaker" not in cache:
        cache["speaker"] = _find_speaker(doc)
    return cache["speaker"]


def _find_speaker(doc: Document) -> Optional[Mention]:
    lead = doc.lead
    if lead is None:
        return None
    low, ci = _caseless(doc)
    if low.find("speech", lead.start, lead.end) < 0:
        return None
    by = ci(SPEECH_BY.compiled).search(low, lead.start, lead.end)
    if by is None:
        return None
    for m in _mentions(doc, lead):
        if m.start >= by.end():
            return m if m.start - by.end() < 8 and m.name else None
    return None


def _mentions_trimmed(text: str, ms: list[Mention], k: int, start: int) -> list[Mention]:
    """A copy of `ms` whose k-th mention starts at `start` (spaces skipped), its post dropped:
    the words before belong to an apposition ("the two heads of the Committee, Mr X")."""
    while start < ms[k].name_start and text[start] in " \t\u00a0\r\n":
        start += 1
    m = ms[k]
    trimmed = list(ms)
    trimmed[k] = Mention(start, m.end, m.name, m.honorific, None, m.name_start)
    return trimmed


def _met_under_chairmanship(stext: str) -> bool:
    """"The Council met today under the chairmanship of": "met" states the meeting, whatever
    the body is called (a cheap literal cue; the verb's own check follows)."""
    return "under the chairmanship" in stext and (" met " in stext or " meets " in stext)


def _and_post_subject(text: str, start: int, verb_start: int) -> Optional[Mention]:
    """The post named alone that closes a list of subjects: "..., and the Vice-Governor of
    Fujian Province" right before the chairing verb (after the usual subject gap)."""
    and_post = AND_POST.compiled.match(text, start, verb_start)
    post = and_post and post_only_at(text, and_post.end(), verb_start + 40)
    if post and post.end <= verb_start and SUBJECT_GAP.compiled.fullmatch(text, post.end, verb_start):
        return post
    return None


def _post_after(text: str, stop: int, upto: int) -> Optional[str]:
    """The post a list of minutes writes after a name: on the same line, or alone on the next."""
    p = stop
    while p < upto and text[p] in " \t\u00a0*":
        p += 1
    if p < upto and text[p] == "(":  # a time of attendance "(2:38 p.m. - 5:11 p.m.)"
        close = text.find(")", p, upto)
        if close < 0:
            return None
        p = close + 1
    while p < upto and text[p] in " \t\u00a0*\r\n":
        p += 1
    pat = _minutes_patterns()
    cut = pat.MINUTES_POST_END.search(text, p, upto)
    post = text[p:cut.start() if cut else upto].strip(" \t\u00a0,")
    if post.startswith("The "):
        post = post[4:]
    if not post[:1].isupper() or pat.MINUTES_NOT_POST.match(post) or len(post) > 150:
        return None
    return post


def _listed_lines_end(text: str, start: int) -> int:
    """Where a list set out one entry a line ends: at the first line that is prose (a sentence
    closed by a full stop, or a long line), or where the text ends."""
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end].strip()
        if line.endswith(".") or len(line) > 160:
            return pos
        pos = line_end + 1
    return len(text)


def _minutes_people(doc: Document) -> Optional[tuple[Optional[Person], list[Person]]]:
    """(chair, others present) from the attendance lists that head a set of minutes."""
    cache = _doc_cache(doc)
    if "minutes" not in cache:
        cache["minutes"] = _read_minutes(doc)
    found = cache["minutes"]
    return None if found is None else (found[0], list(found[1]))


def _has_minutes_heading(doc: Document) -> bool:
    """Whether the release is minutes ("Minutes of the 8th Meeting" before its list of those
    present), not a release that sets out such a list."""
    text = doc.text
    present = _minutes_patterns().MINUTES_PRESENT.search(text, 0, min(len(text), 8000))
    return present is not None and text.find("inutes", 0, present.start() + 1) >= 0 \
        and _minutes_patterns().MINUTES_HEAD.search(text, 0, present.start() + 1) is not None


def _read_minutes(doc: Document) -> Optional[tuple[Optional[Person], list[Person]]]:
    text = doc.text
    if text.find("resent", 0, 8000) < 0:
        return None
    if text.find("inutes", 0, 8000) < 0 and text.find("Present", 0, 8000) < 0 \
            and text.find("embers present", 0, 8000) < 0:
        return None  # ("resent" alone is mostly "represented", "presented": no heading of a list)
    pat = _minutes_patterns()
    present = pat.MINUTES_PRESENT.search(text, 0, min(len(text), 8000))
    if present is None:
        return None
    if text.find("inutes", 0, present.start() + 1) >= 0 and pat.MINUTES_HEAD.search(text, 0, present.start() + 1):
        head = pat.MINUTES_HEAD.search(text, max(0, present.start() - 600), present.start() + 1)
        start = head.end() if head is not None else present.start()
        end_m = pat.MINUTES_END.search(text, present.end())
        end = end_m.start() if end_m else len(text)
    else:
        # a release (no minutes) that sets out those present one a line under a "Present:"
        # heading: the list is its lines up to the first line of prose
        start = present.end()
        end = _listed_lines_end(text, start)
        if not pat.PRESENT_ENTRY.search(text, start, end):
            return None
    absent = []
    for a in pat.MINUTES_ABSENT.finditer(text, start, end):
        resume = pat.MINUTES_ABSENT_END.search(text, a.end(), end)
        absent.append((a.start(), resume.start() if resume else end))
    chair: Optional[Person] = None
    others: list[Person] = []
    listed = mentions_in(text, start, end)
    for idx, m in enumerate(listed):
        if any(a <= m.name_start < b for a, b in absent) or m.name is None:
            continue
        if idx + 1 < len(listed):
            nxt = listed[idx + 1]
            upto = text.rfind(nxt.honorific, m.end, nxt.name_start) if nxt.honorific else nxt.start
            upto = upto if upto >= m.end else nxt.name_start
        else:
            upto = min(end, m.end + 200)
        name, stop = m.name, m.end
        tail = pat.MINUTES_NAME_TAIL.match(text, m.end)
        # an English given name after the surname-first name ("CHEUNG Ching-ho, Franco"), not
        # the first word of the post that follows it ("LI Kwan-yiu, Senior Executive Officer")
        capitals = pat.CAPITALS_WORD_ASCII if name.isascii() else CAPITALS_WORD.compiled
        if tail and capitals.search(name) and is_name_word(tail.group("given")):
            name, stop = name + text[m.end:tail.end()], tail.end()
        # one entry a line: a post "before" the name that starts on an earlier line is the
        # layout or the entry above ("...Government Offices\n\nPresent\nMr X")
        above = m.title is not None and "\n" in text[m.start:m.name_start]
        lead = text[max(start, m.start - 30):m.start]
        role = pat.MINUTES_ROLE.search(lead)
        title: Optional[str] = None
        mark = None
        if role and role.group("role").lower().startswith(("chair", "vice")):
            title = role.group("role")
        elif (mark := pat.MINUTES_ROLE_MARK.match(text, stop)) is not None:
            title = mark.group("role")  # "Mr X (Chairman)", "Ms Y (Vice-chairman)"
        else:
            title = _post_after(text, stop, upto)
            # "Mr X, Director of Y (Chairman)": the role at this meeting marked after the post,
            # no part of it (as "(Head of Delegation)"; "(Port Control)" is part of the post)
            trailing = pat.TRAILING_ROLE_MARK.search(title) if title else None
            if trailing is not None:
                title = title[:trailing.start()] or None
                if trailing.group("chair"):
                    mark = trailing
            if title is None and not above:
                title = m.title
            if title is None and role and role.group("role") == "Secretary":
                title = "Secretary"  # "Secretary:\nMiss X": the heading is her post
        first = m.start
        if above:  # the words before the name on the line above are no part of this entry
            first = text.rfind(m.honorific, m.start, m.name_start) if m.honorific else -1
            first = first if first >= 0 else m.name_start
        person = Person(name, m.honorific, title, None, Evidence.of(text, first, stop))
        is_chair = (role is not None and role.group("role") in ("Chairman", "Chairperson", "Chair")) \
            or (mark is not None and mark.group("role") in ("Chairman", "Chairperson", "Chair"))
        if is_chair and chair is None:
            chair = person
        else:
            others.append(person)
    return chair, others


def find_chairs(doc: Document, meeting: Optional[Meeting]) -> tuple[list[Person], Optional[Person]]:
    """The co-chairs (text order) or the single chair of the reported meeting: the first
    chairing statement that names someone wins (headline abbreviations name no one)."""
    text = doc.text
    minutes = _minutes_people(doc)
    if minutes is not None and (minutes[0] is not None or _has_minutes_heading(doc)):
        return [], minutes[0]
    # (a release's "Present:" list that marks no chair leaves the chair to its prose)
    low, ci = _caseless(doc)
    by_post_only: Optional[tuple[bool, list[Mention]]] = None
    for sent in _sentences_with(doc, "chair"):
        st = text[sent.start:sent.end]
        if not any(k in st for k in CHAIR_KEYS[:-2]) and not (
                ("led" in st or "leading" in st) and ("delegation" in st or "representatives" in st)):
            continue
        verb = CHAIR_VERB_G.search(ci, low, sent.start, sent.end)
        if verb is None:
            continue
        # (the verbs are read from the first one on: the sentence before it is not searched again)
        if _chairs_another_numbered_meeting(doc, sent, meeting, verb.start()):
            continue
        found = _chairs_in_sentence(doc, sent, verb.start())
        if found is None:
            continue
        jointly, people = found
        if not any(p.name for p in people):  # named by post only: kept in case no one is named
            if by_post_only is None:
                by_post_only = found
            continue
        seen: set[str] = set()
        uniq = []
        for p in people:
            key = (p.name or p.title or "").lower()
            if key not in seen and not _cut_off(text, p):
                seen.add(key)
                uniq.append(p)
        if not any(p.name for p in uniq):
            continue
        if jointly:
            return [_person(text, p) for p in uniq], None
        return [], _person(text, uniq[0])
    found_chairman = _chairman_conducting(doc)  # the fallback, sought only where no one chairs
    if found_chairman is not None:
        return [], _person(text, found_chairman)
    if by_post_only is not None:  # "chaired by the Chief Secretary": a chair with no name
        jointly, people = by_post_only
        if jointly:
            return [_person(text, p) for p in people], None
        return [], _person(text, people[0])
    return [], None


def _chairs_another_numbered_meeting(doc: Document, sent: Span, meeting: Optional[Meeting], first_verb: int) -> bool:
    """The numbered meeting closest before the sentence's chairing verb is not the reported
    one: "Before the sixth plenary, the Expert Group held its third meeting, which was chaired
    by ..." is another meeting's chair when the release reports the sixth plenary session.
    (After the verb, "... reviewed the progress since the fourth plenary session" is no such
    thing.)"""
    if meeting is None or meeting.number is None:
        return False
    text = doc.text
    if not _may_hold_ordinal(text, sent.start, sent.end):
        return False
    low, ci = _caseless(doc)
    for verb in CHAIR_VERB_G.finditer(ci, low, first_verb, sent.end):
        if verb.group("held") is None and verb.group("led_by") is None:  # a chairing verb ("held",
            # "led" alone chair nothing yet)
            nearest = None  # the numbered meeting closest before the verb is the one it chairs
            if _may_number_a_meeting(text, sent.start, verb.start()):
                for nearest in NUMBERED_MEETING.compiled.finditer(text, sent.start, verb.start()):
                    pass
            return nearest is not None and ordinal_value(nearest.group("ord")) != meeting.number
    return False


# The words one of which every NUMBERED_MEETING match holds (in lower case).
NUMBERED_MEETING_WORDS = ("meeting", "session", "plenary", "conference")


def _may_number_a_meeting(text: str, start: int, end: int) -> bool:
    """A cheap test before NUMBERED_MEETING, which tries its many ordinals ignoring case at every
    character: an ASCII stretch without one of its meeting words holds no match."""
    part = text[start:end]
    if not part.isascii():
        return True  # (ignoring case, some other letters match ASCII ones: no shortcut)
    part = part.lower()
    for word in NUMBERED_MEETING_WORDS:
        if word in part:
            return True
    return False


def _may_hold_ordinal(text: str, start: int, end: int) -> bool:
    """A cheap test before NUMBERED_MEETING: every ordinal ends in one of these."""
    return any(text.find(ending, start, end) >= 0 for ending in ("st ", "nd ", "rd ", "th ", "l "))


def _chairman_conducting(doc: Document) -> Optional[Mention]:
    """The body's own Chairman shown conducting its meeting: "At the meeting, the Secretary for X
    and Chairman of the Committee, Mr Y, thanked members", or a conference's Chairman speaking
    at it ("Mr Y, who is also the Chairman of the ... Conference, at the Closing Plenary")."""
    text = doc.text
    low, ci = _caseless(doc)
    for sent in _sentences_with(doc, "chairman"):
        at_meeting = AT_THE_MEETING.compiled.match(text, sent.start)
        # the three ways below need "At the meeting", "who is" or a conducting verb: without
        # them, the sentence's people need not be found
        passive = any(low.find(k, sent.start, sent.end) >= 0 for k in PASSIVE_CONDUCT_KEYS)
        if at_meeting is None and not passive and text.find("who", sent.start, sent.end) < 0 \
                and CONDUCTS_MEETING_G.search(ci, low, sent.start, sent.end) is None:
            continue
        ms = _mentions(doc, sent)
        for m in ms:
            if m.name is None:
                continue
            if passive and m.title and CHAIRMAN_TITLE.compiled.search(m.title) and not VICE.compiled.search(m.title) \
                    and ci(CONDUCTED_BY.compiled).search(low, max(sent.start, m.start - 80), m.start):
                return m
            if passive and ci(CONDUCTED_BY_CHAIRMAN.compiled).search(low, max(sent.start, m.start - 200), m.start):
                return m
            if at_meeting and m.start - at_meeting.end() < 8 and m.title and CHAIRMAN_TITLE.compiled.search(m.title):
                return m
            if CHAIRMAN_OF_EVENT.compiled.match(text, m.end) and STRONG_MEETING_WORD_G.search(ci, low, m.end, sent.end):
                return m
            if m.title and (CHAIRMAN_TITLE.compiled.search(m.title) or OWN_CHAIRMAN.compiled.fullmatch(m.title)) \
                    and not VICE.compiled.search(m.title):
                gap = SUBJECT_GAP.compiled.match(text, _past_trailing_post(text, m), sent.end)
                if gap is not None and ci(CONDUCTS_MEETING.compiled).match(low, gap.end(), sent.end):
                    return m
    return None


def _past_trailing_post(text: str, m: Mention) -> int:
    """Where a mention's apposition ends when its post follows the name ("Dr X, Chairman of the
    Board, opened ..."): past the post, so that the verb after it is the person's; else m.end."""
    if m.title and m.name_start < m.end:
        pos = m.end
        while pos < len(text) and text[pos] in ", \t\u00a0":
            pos += 1
        if pos > m.end and text.startswith(m.title, pos):
            return pos + len(m.title)
    return m.end


# A word that may follow an event word inside a capitalised name: a capitalised word, or "and"
# or "&" before one ("Convention and Exhibition Industry Association").
_NAME_WORD_AFTER = LazyPattern(r"\s+(?:(?:and|&)\s+)?([A-Z][\w'\u2019-]*)")


def _in_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether the event word text[start:end] is written with a capital and a run of capitalised
    words after it ends in the head of an organisation's name (data/org_heads.txt): "the Hong Kong
    Convention and Exhibition Industry Association" is a body, no exhibition anyone attends."""
    if not text[start:start + 1].isupper():
        return False
    last = None
    for _ in range(6):
        word = _NAME_WORD_AFTER.compiled.match(text, end)
        if word is None:
            break
        last, end = word.group(1), word.end()
    return last is not None and last in ORG_HEAD_WORDS


def _event_word(doc: Document, start: int, end: int):
    """The first ceremony, meal, press conference... word (NOT_ATTENDING) of doc.text[start:end]
    that names an event, not a word inside an organisation's name."""
    low, ci = _caseless(doc)
    for bad in NOT_ATTENDING_G.finditer(ci, low, start, end):
        if not _in_organisation_name(doc.text, bad.start(), bad.end()):
            return bad
    return None


def _about_other_event(doc: Document, sent: Span) -> bool:
    """A sentence about a ceremony, a meal or a press conference and not a meeting: a follow-up
    ("Mr X also attended.") after it speaks of that event."""
    low, ci = _caseless(doc)
    bad = _event_word(doc, sent.start, sent.end)
    if bad is None:
        return False
    rest = low[sent.start:bad.start()] + low[bad.end():sent.end]
    return not STRONG_MEETING_WORD_G.search(ci, rest)


def _attends_an_opening(low: str, ci, sent: Span) -> bool:
    """"to attend the opening / launch of ...": a ceremony, when the release reports no meeting."""
    return any(low.find(word, sent.start, sent.end) >= 0 for word in OPENING_LITERALS) and \
        ci(ATTENDS_OPENING.compiled).search(low, sent.start, sent.end) is not None


def _has_meeting_key(doc: Document, idx: int, found: dict[int, bool], low: str, ci) -> bool:
    """Whether sentence `idx` holds one of MEETING_KEYS in lower case (kept in `found`: a
    sentence is asked about both as itself and as the one before the next)."""
    has = found.get(idx)
    if has is None:
        sent = doc.sentences[idx]
        # the lower-cased copy slices as each sentence lower-cased would, for these ASCII keys
        lowered = low[sent.start:sent.end] if ci is _same else doc.text[sent.start:sent.end].lower()
        for key in MEETING_KEYS:
            if key in lowered:
                has = True
                break
        else:
            has = False
        found[idx] = has
    return has


def _opens_with_inverted_list(low: str, ci, sent: Span) -> bool:
    """"Also in the X delegation were ...", "On the Y side were ...": the sentence opens with a
    list put after its verb (a cheap look at its first words before the pattern)."""
    return (ci is not _same or low.startswith(INVERTED_OPENERS, sent.start)) and \
        ci(INVERTED_LIST.compiled).match(low, sent.start, sent.end) is not None


def _names_any_meeting(doc: Document) -> bool:
    """Whether the release names a meeting, forum, committee... anywhere: a delegation that
    only visits attends none."""
    cache = _doc_cache(doc)
    found = cache.get("any_meeting")
    if found is None:
        low, ci = _caseless(doc)
        if ci is _same:
            # every match starts with one of the gate's literals: trying the pattern at each of
            # their places costs a few `str.find`s, where a search of the whole release tries
            # every character after the first literal ("committees" is none)
            found = _matches_at_a_literal(low, MEETING_WORD.compiled, MEETING_WORD_G.literals)
        else:
            found = MEETING_WORD_G.search(ci, low) is not None
        cache["any_meeting"] = found
    return found


def _matches_at_a_literal(string: str, pattern, literals: tuple[str, ...]) -> bool:
    """Whether `pattern`, every match of which starts with one of `literals`, matches anywhere
    in `string`."""
    find = string.find
    match = pattern.match
    for literal in literals:
        pos = find(literal)
        while pos >= 0:
            if match(string, pos) is not None:
                return True
            pos = find(literal, pos + 1)
    return False


def _reports_a_call(doc: Document) -> bool:
    """Whether the headline and the lead report a call (CALL_HEADLINE, CALL_IN_LEAD)."""
    cache = _doc_cache(doc)
    found = cache.get("call")
    if found is None:
        text = doc.text
        title, lead = doc.title_span, doc.lead
        found = title is not None and lead is not None \
            and any(text.find(word, title.start, title.end) >= 0 for word in CALL_HEADLINE_WORDS) \
            and CALL_HEADLINE.compiled.search(text, title.start, title.end) is not None \
            and CALL_IN_LEAD.compiled.search(text, lead.start, lead.end) is not None
        cache["call"] = found
    return found


def find_officials(doc: Document, meeting: Optional[Meeting], co_chairs: list[Person],
                   chair: Optional[Person]) -> list[Person]:
    """People stated as attending the reported meeting or accompanying a delegation to it."""
    text = doc.text
    minutes = _minutes_people(doc)
    if minutes is not None:
        taken = {p.name.lower() for p in co_chairs + ([chair] if chair else []) if p.name}
        return [p for p in minutes[1] if not p.name or p.name.lower() not in taken]
    if meeting is None and not _names_any_meeting(doc) and not _reports_a_call(doc):
        # every statement read below needs a meeting word in the release (the holder's "holds
        # the meeting", an attendance sentence's own word or one elsewhere) or a call reported
        # by the headline and lead: none, no one attends
        return []
    out: list[Person] = []
    taken = {p.name.lower() for p in co_chairs if p.name}
    if chair is not None and chair.name:
        taken.add(chair.name.lower())
    sentences = doc.sentences
    lead = doc.lead
    title = doc.title_span
    low, ci = _caseless(doc)
    side_forum = meeting is not None and bool(meeting.body) and "forum" not in meeting.body.lower()
    lead_has_meeting: Optional[bool] = None  # worked out on first need

    def meeting_in_lead() -> bool:
        nonlocal lead_has_meeting
        if lead_has_meeting is None:
            lead_has_meeting = any(part is not None and _has_strong_meeting_word(doc, part)
                                   for part in [lead, title] + sentences[:3]) or _reports_a_call(doc)
        return lead_has_meeting
    # the holder of the meeting, when no one is said to chair it
    if not co_chairs and chair is None:
        for sent in _sentences_with(doc, "hold"):
            h = ci(HOLDS_MEETING.compiled).search(low, sent.start, sent.end)
            if h is None:
                continue
            if MEETING_WITH.compiled.match(low, h.end()):
                continue  # "will hold a meeting with the Bureau": meeting someone, no meeting held
            ms = [m for m in _mentions(doc, sent) if m.end <= h.start()]
            if ms and SUBJECT_GAP.compiled.fullmatch(text, ms[-1].end, h.start()):
                for m in _chain_backward(text, ms, len(ms) - 1):
                    m = _full_name(doc, m)
                    if m.name and m.name.lower() not in taken:
                        taken.add(m.name.lower())
                        out.append(_person(text, m, side_of(text, sent.start, m.start)))
            break
    starts = _sentence_starts(doc)
    meeting_keys: dict[int, bool] = {}
    for sent, at_meeting in _attendance_sentences(doc):
        idx = bisect_right(starts, sent.start) - 1
        if not _has_meeting_key(doc, idx, meeting_keys, low, ci) \
                and not (idx and _has_meeting_key(doc, idx - 1, meeting_keys, low, ci)) and not meeting_in_lead():
            continue
        prev = sentences[idx - 1] if idx else None
        stext = low[sent.start:sent.end]
        meeting_word = MEETING_WORD_G.search(ci, stext) is not None
        if not (meeting_word or DELEGATION_WORDS_G.search(ci, stext)
                or ((FOLLOW_UP_CUE_G.search(ci, stext) or _opens_with_inverted_list(low, ci, sent))
                    and (meeting_in_lead() or (
                    prev is not None and MEETING_WORD_G.search(ci, low, prev.start, prev.end))))):
            continue
        if not meeting_word and not _names_any_meeting(doc) and not _reports_a_call(doc):
            continue  # "led a delegation of start-ups to Shenzhen": a visit, no meeting attended
        if prev is not None and not meeting_word and _about_other_event(doc, prev):
            continue  # "... officiated at the ceremony. Mr X also attended." is not the meeting
        invited_present = None
        if INVITED_TO_G.search(ci, stext):
            invited_present = ci(INVITED_PRESENT.compiled).search(low, sent.start, sent.end)
            if invited_present is None:
                continue  # an invitation to attend is not attendance
        if meeting is None and (_attends_an_opening(low, ci, sent) or (
                prev is not None and not meeting_word and _attends_an_opening(low, ci, prev))):
            continue  # "... to attend the opening of the Expo. Mr X accompanied him." is no meeting
        if meeting is None and "speech" in stext and _only_a_speech(stext, ci):
            continue  # "the speech by the Secretary, Mr X, at the Forum": a speaker, no meeting attended
        if side_forum and FORUM_ON_G.search(ci, stext):
            rest = ci(FORUM_ON.compiled).sub(" ", stext)
            if not STRONG_MEETING_WORD_G.search(ci, rest):
                continue
        bad = _event_word(doc, sent.start, sent.end)
        if bad is not None:
            # where the release reports no meeting, "the opening ceremony of the Green Summit"
            # is a ceremony: the summit named there is the ceremony's, no meeting of its own
            bad_start, bad_end = bad.start() - sent.start, bad.end() - sent.start
            of_event = ci(CEREMONY_OF_EVENT.compiled).match(stext, bad_start) if meeting is None else None
            rest = stext[:bad_start] + stext[of_event.end() if of_event else bad_end:]
            if not any(not MEETING_WITH.compiled.match(rest, word.end())
                       for word in STRONG_MEETING_WORD_G.finditer(ci, rest)):
                continue  # "hold a meeting with the Bureau and attend a luncheon": a meal attended
        ms = _mentions(doc, sent)
        if not ms and text[sent.start:sent.end].rstrip().endswith(":"):
            ms = _entries_listed_after(doc, idx)  # "Members of the delegation are:" and its list
        if not ms:
            continue
        if at_meeting is not None:  # only the subject of "At the meeting, X and Y signed ..."
            ms = _chain_forward(text, ms, 0) if ms[0].start - at_meeting.end() < 12 else []
            if not ms:
                continue
        if invited_present is not None:
            # the guests are the verb's subject ("Mr Lau said the Chairman, Mr X, was invited ...":
            # Mr X only), and only after a past report: one "will" before it makes an invitation
            ms = [m for m in ms if m.end <= invited_present.start()]
            if not ms or not SUBJECT_GAP.compiled.fullmatch(text, ms[-1].end, invited_present.start()) \
                    or (prev is not None and ci(FUTURE_WORD.compiled).search(low, prev.start, prev.end)):
                continue
            ms = _chain_backward(text, ms, len(ms) - 1)
        if "accompanied" in stext:
            if ci(ACCOMPANIED_ON_VISIT.compiled).search(low, sent.start, sent.end) is not None:
                continue
            accompanied = ci(IS_ACCOMPANIED.compiled).search(low, sent.start, sent.end)
            if accompanied is not None and _accompanied_in_clause_after_cue(low, ci, sent, accompanied.start()):
                accompanied = None  # "The X side will be led by Mr Y, who will be accompanied by ...": Y leads it
            if accompanied is not None:
                ms = [m for m in ms if m.start >= accompanied.end()]
                if not ms:
                    continue
        if "together" in stext and (together := ci(BROUGHT_TOGETHER.compiled).search(low, sent.start, sent.end)):
            ms = [m for m in ms if m.start >= together.end()]  # those brought together, not the speaker
            if not ms:
                continue
        if "represented" in stext and (
                represented := ci(PASSIVE_REPRESENTED_BY.compiled).search(low, sent.start, sent.end)) is not None:
            # "The Secretary for X, Mr Y, was represented by Ms Z": Mr Y stayed away, Ms Z came
            before = [m for m in ms if m.end <= represented.start()]
            if before and SUBJECT_GAP.compiled.fullmatch(text, before[-1].end, represented.start()):
                absent = {id(m) for m in _chain_backward(text, before, len(before) - 1)}
                ms = [m for m in ms if id(m) not in absent]
                if not ms:
                    continue
        joined_one = JOINED_ONE_G.match(ci, low, sent.start, sent.end)
        if joined_one is not None:
            ms = [m for m in ms if m.start >= joined_one.end()]
            if not ms:
                continue
        if "joined" in stext and (joined := ci(JOINED_SOMEONE.compiled).search(low, sent.start, sent.end)) is not None:
            ms = [m for m in ms if m.end <= joined.start()]  # "X joined Mr Y on the Z side": Y is joined
            if not ms:
                continue
        if meeting is None and (chairing := _chairs_of_sentence(doc, sent)):
            ms = [m for m in ms if m.start not in chairing]  # a chair of an unreported meeting
            if not ms:
                continue
        met = MET_WORDS_G.search(ci, low, sent.start, sent.end)
        side = side_of(text, sent.start, ms[0].start)
        for m in ms:
            if met is not None and m.start > met.end():
                break
            m = _full_name(doc, m)
            if not m.name or m.name.lower() in taken or _cut_off(text, m):
                continue
            taken.add(m.name.lower())
            out.append(_person(text, m, side))
    return out


WHO_BEFORE = LazyPattern(r"\bwho\s+$")


def _accompanied_in_clause_after_cue(low: str, ci, sent: Span, at: int) -> bool:
    """Whether "... accompanied" at `at` opens a relative clause ("..., who will be accompanied by
    officials of X") after an attendance cue of its own ("The Zhuhai side will be led by Mr Y"):
    the one accompanied is then the person that cue names, attending."""
    who = ci(WHO_BEFORE.compiled).search(low, max(sent.start, at - 12), at)
    return who is not None and _has_attend_cue(low, ci, sent.start, who.start())


def _chairs_of_sentence(doc: Document, sent: Span) -> set[int]:
    """Where the people a sentence has chair its meeting start ("Yesterday, the Secretary for X,
    Mr Y, chaired the second preparatory meeting, attended by ..."). Where the release reports
    no meeting, chairs are not sought: the chair of a meeting it only mentions is no official."""
    st = doc.text[sent.start:sent.end]
    if not any(k in st for k in CHAIR_KEYS[:-2]):
        return set()
    low, ci = _caseless(doc)
    verb = CHAIR_VERB_G.search(ci, low, sent.start, sent.end)
    found = _chairs_in_sentence(doc, sent, verb.start()) if verb is not None else None
    return {p.start for p in found[1]} if found is not None else set()


# One entry of a list set out after a colon: a person alone ("The Financial Secretary, Mr X, JP;"),
# after a bullet at most, closed by the list's punctuation ("; and").
LIST_ENTRY_HEAD = LazyPattern(r"(?:[*\u2022-]\s*)?(?:the\s+)?", re.I)
LIST_ENTRY_TAIL = LazyPattern(r"\s*[,;.]?\s*(?:and\s*)?")


def _entries_listed_after(doc: Document, idx: int) -> list[Mention]:
    """The people listed one to an entry after sentence `idx`, a cue that ends in a colon
    ("Members of the delegation are:"): the entries that follow, each a person and nothing else
    (or a person with the post and office after the name, on one line: "Ms X, Chief Engineer,
    Drainage Services Department"), up to the first sentence that is no such entry (at most 40)."""
    text = doc.text
    sentences = doc.sentences
    out: list[Mention] = []
    for sent in sentences[idx + 1:idx + 41]:
        ms = _mentions(doc, sent)
        if len(ms) != 1 or not LIST_ENTRY_HEAD.compiled.fullmatch(text, sent.start, ms[0].start):
            break
        m = ms[0]
        if not LIST_ENTRY_TAIL.compiled.fullmatch(text, m.end, sent.end):
            post = _post_closing_entry(text, m, sent.end)
            if post is None:
                break
            m = Mention(m.start, m.end, m.name, m.honorific, post, m.name_start)
        out.append(m)
    return out


# The post after a listed name that closes its line: capitalised words, the small words of a post,
# brackets and commas ("Assistant Director (Water Policy), Environmental Protection Department").
LIST_ENTRY_POST = LazyPattern(r"[ \t]*,[ \t]*(?:the[ \t]+)?([A-Z][\w'\u2019&\-(), \t]{0,200}?)[ \t]*[,;.]?[ \t]*(?:and[ \t]*)?")
_POST_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


def _post_closing_entry(text: str, m: Mention, end: int) -> Optional[str]:
    """The post written after the name of a listed person (none before it), up to the end
    of the entry's line: every word capitalised or a small word of a post, one of them a post
    head or an organisation head; None where the entry holds anything else (a clause, a second
    line)."""
    if m.honorific is None or (m.title is not None and text.find(m.title, m.end, end) < 0):
        return None  # (a post read after the name is this one: "Mr X, Government Chief Information Officer")
    found = LIST_ENTRY_POST.compiled.fullmatch(text, m.end, end)
    if found is None:
        return None
    post = found.group(1).rstrip(" ,")
    words = [w.strip("()") for w in post.replace(",", " ").split()]
    if not all(w[:1].isupper() or w in _POST_SMALL_WORDS for w in words if w):
        return None
    if not any(w.lower() in POST_HEAD_WORDS or w in ORG_HEAD_WORDS for w in words):
        return None  # a post, or the office the person comes from ("Chief Engineer, X Department")
    return post


def _cut_off(text: str, m: Mention) -> bool:
    """A name that runs into the end of a text cut short ("..., and the Deputy Director, Mr Zh"):
    not whole, so left out."""
    return m.end >= len(text.rstrip()) and text.rstrip()[-1:].isalnum()
