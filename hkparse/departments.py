"""Departments and other organisations attending the reported meeting, grouped by side.

Releases state attendance in a few set ways: "representatives from A; B; and C", "officials of
X also attended", "HKSAR Government officials attending the conference", "X and Y attended the
meeting", "attended ... on behalf of X". Each such cue opens a list; the list is read item by
item while the items look like organisation names (known to the gazetteer, or shaped like one:
"... Bureau", "Ministry of ...", "People's Government of ..."). Organisations merely mentioned,
briefed about, or said to hold the meeting have no such cue and are not picked up.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import chain
from operator import itemgetter
from functools import lru_cache
from typing import Iterator, Optional

import re

from .abbreviations import find_abbreviations
from .datafiles import read_data
from .document import Document, Span, computed_once
from .gazetteer import gazetteer, name_key
from .model import Department, Evidence, Meeting
from .patterns import LazyPattern
from .sides import (LIST_SIDE_TAIL, PLACE_CLOSING_NAME, PLACE_REPRESENTED, PRONOUN_START,
                    SAR_GOVERNMENT_CLOSING_NAME, SECOND_LIST_OPENING,
                    SIDE_AFTER, SIDE_FROM_AFTER, SIDE_GROUP_FROM, SIDE_GROUP_INCLUDED, SIDE_OPENER, SIDE_PHRASE, SIDE_SUBJECT_BEFORE_INCLUDE,
                    is_place, own_place_side, places_named, possessive_place, side_name, side_of)

# -- building blocks ---------------------------------------------------------------------------
# Whitespace between two words of one name: spaces, NBSP, at most one line break (a blank
# line ends the paragraph, and the name with it). Possessive: no backtracking inside. Kept
# short: it is repeated dozens of times in the patterns below, and their compile time at
# import grows with its length.
WS = r"(?:(?=[ \t\u00a0\r\n])[ \t\u00a0]*+\r?+\n?+[ \t\u00a0]*+)"
# A short form with "&" inside ("C&ED", "B&RI") is one word: the "&" joins no two names there.
CAP_WORD = r"(?:[A-Z][A-Za-z'\u2019\-&]*+(?<=[A-Za-z])|[A-Z])"
CONNECTOR = r"(?:of|and|&|the|for|on)"
# "(Huizhou CIQ)": a short form may open on the place word of its body
ABBR_DEF = (r"\(\s*+[\"'\u201c\u2018]?(?:[A-Z][a-z]++[ \u00a0])?[A-Z][A-Za-z&]{0,11}[A-Z]"
            r"[\"'\u201d\u2019]?\s*+\)")
ABBR_DEF_RE = LazyPattern(r"[\s\u00a0]*" + ABBR_DEF)
TRAILING_ABBR = LazyPattern(r"[\s\u00a0]*" + ABBR_DEF + r"\Z")
HK_REGION = (r"(?:HKSAR|(?:Hong" + WS + r"Kong|Maca[ou])" + WS + r"(?:SAR|Special" + WS
             + r"Administrative" + WS + r"Region))")
# "Hong Kong Economic and Trade Office in Guangdong", "Office of ... in Chengdu": the place an
# office sits in is part of its name (not a month: "the Office in January").
OFFICE_IN = (r"(?:(?<=Office)|(?<=Offices)|(?<=ETO))" + WS + r"in" + WS
             + r"(?!(?:January|February|March|April|May|June|July|August|September|October"
             r"|November|December|The)\b)" + CAP_WORD)
# A run of capitalised words joined by connectors: "Office of Port of Entry & Exit of the
# Shenzhen Municipal People's Government", "Hong Kong Special Administrative Region (HKSAR)
# Government", "Liaison Office ... in the HKSAR". Runs may hold several names joined by "and".
# "on/for the Hong Kong side" after a name says its side, and is no part of it: a connector
# "on"/"for" stops the run where "the", one to five capitalised words and "side" follow.
SIDE_WORDING_AHEAD = (r"(?!" + WS + r"the" + WS + r"(?:" + CAP_WORD + WS + r"){1,5}sides?\b)")
NAME_CONNECTOR = r"(?:of|and|&|the|(?:for|on)" + SIDE_WORDING_AHEAD + r")"
# "Conde S. Januario Hospital": a single capital with a full stop, between two capitalised
# words of one name, is an initial (the stop ends no sentence there).
NAME_INITIAL = r"\.(?<=[ \t\u00a0][A-Z]\.)(?=[ \t\u00a0][A-Z][a-z])"  # the stop tried first
NAME_RUN = (CAP_WORD + r"(?:" + WS + r"(?:" + NAME_CONNECTOR + WS + r"){0,2}" + CAP_WORD
            + r"|" + WS + r"?" + ABBR_DEF + r"|" + WS + r"in" + WS + r"the" + WS + HK_REGION
            + r"|" + OFFICE_IN + r"|" + NAME_INITIAL + r")*+")
NAME_RUN_RE = LazyPattern(NAME_RUN)
# A name run that ends where the search ends: the organisation just before "officials".
# (compiled on first use)
NAME_RUN_BEFORE = NAME_RUN + r"(?=" + WS + r"\Z)"

# What may stand before an item: the list separator, "the", and a generic head that names no
# body itself ("relevant ministries of the Central Government", "the delegation of X").
SEPARATOR = (
    r"(?P<sep>" + WS + r"?(?:;|,|:)?)" + WS + r"?+"
    r"(?P<conj>(?:and|&|as" + WS + r"well" + WS + r"as|together" + WS + r"with)" + WS
    + r"(?:(?:of|from)" + WS + r")?+)?+"  # "representatives of A and of B"
    r"(?:(?:the" + WS + r")?(?:delegations?|representatives|officials|members)" + WS
    + r"(?:of|from)" + WS + r")?+"
    r"(?:(?:(?:relevant|various|other)" + WS + r")?(?:ministries|bureaux|bureaus|departments|units"
    r"|authorities|offices)(?:" + WS + r"and" + WS + r"(?:departments|bureaux|offices))?" + WS
    + r"(?:of|under)" + WS + r")?+"
    # "Macao was represented by its Transport Office and Transport Bureau": a possessive stands
    # where "the" would (the body is the subject's own)
    r"(?:(?:the|its|their)" + WS + r"|The" + WS + r")?+"
)
# One item of a list: what stands before it (SEPARATOR, taken as it alone would match: an
# atomic group) and the run of capitalised words it is made of. One match per item instead of
# one for the separator and one for the run.
LIST_ITEM = LazyPattern(r"(?>" + SEPARATOR + r")(?P<run>" + NAME_RUN + r")")

# Cues that open a list of attending organisations ("Hong Kong delegation members came from A
# and B": where the members of the delegation came from is who attends).
STRONG_CUE = (
    r"\b(?:[Rr]epresentatives?|[Oo]fficials?|[Dd]elegates|[Pp]eople|[Dd]elegations?(?:" + WS
    + r"members)?)"
    r"(?:" + WS + r"(?:attending|present" + WS + r"at)" + WS + r"the" + WS + r"\w++" + WS
    + r"were)?" + WS + r"(?:came" + WS + r"from|from|of)\b(?:" + WS + r"?:)?"
    r"|\battended" + WS + r"by\b"
)
# Words that also name people at work elsewhere ("technical staff of X had adopted ..."): they
# open a list only in a sentence about attendance.
# "friends from X" only in a speech's "I am glad to see friends from A and B here with us",
# and only of bodies (see FRIENDS_CUE_WORDS): "our friends from Macao" are people of a place.
WEAK_CUE = (r"\b(?:members|leaders|heads|[Ss]taff|[Oo]fficers|[Cc]olleagues|[Ee]xperts"
            r"|[Ff]riends)" + WS + r"(?:from|of)\b")
FRIENDS_CUE_WORDS = ("friends", "Friends")
MEMBERS_CUE_WORDS = ("members", "Members")
BEHALF_CUE = r"(?<=\bon[ \u00a0\r\n])behalf" + WS + r"of\b"
# "the Guangdong side was represented by A, B and C": the bodies that make up a side. Taken in
# a sentence about attendance, or where the clause names the side (see _cue_lists).
REPRESENTED_CUE = r"represented" + WS + r"by\b"
# "to hear the latest reports and risk assessment by X, Y and Z": the bodies reporting to it.
REPORT_CUE = (
    r"\b(?:hear|hears|heard|receive|receives|received)\b(?:\W++\w++){0,8}?\W++"
    r"(?:reports?|presentations?|assessments?|accounts?)(?:\W++\w++){0,5}?\W++by\b"
)
# "Participants from Macao included A, B and C": participants only with a place labelling the
# list ("participants from the industry" may be anyone anywhere).
PARTICIPANTS_CUE = (r"[Pp]articipants" + WS + r"(?:from|of)" + WS + r"(?="
                    + SIDE_GROUP_INCLUDED.source + r")")
# "led delegations representing the governments of the HKSAR and Shenzhen respectively".
PLACE_NAME = (r"(?:Hong" + WS + r"Kong" + WS + r"Special" + WS + r"Administrative" + WS
              + r"Region|HKSAR|Hong" + WS + r"Kong(?:" + WS + r"SAR)?|[A-Z][a-z]++)")
GOVERNMENTS_OF = (
    r"\bdelegations?" + WS + r"(?:representing|of)" + WS + r"the" + WS + r"governments" + WS
    + r"of" + WS + r"(?:the" + WS + r")?(?P<a>" + PLACE_NAME + r")" + WS + r"and" + WS
    + r"(?:the" + WS + r")?(?P<b>" + PLACE_NAME + r")\b"
)
# "HKSAR Government officials attending ...": the organisation named just before the word.
GROUP_WORD = r"\b(?:officials|leaders|representatives)\b"
GROUP_WORDS = ("officials", "leaders", "representatives")
# "The Hong Kong Monetary Authority and the Insurance Authority also attended the meeting."
# A preview says the same in the future: "A, B and C will take part." / "... will be represented
# on the Hong Kong side" (attend, join, participate, take part: only where what is joined is the
# meeting or a side is named, see find_departments). "A and B sent representatives." (to the
# meeting, if anything is said).
# "sent representatives.", "will also send officials to the meeting": who is sent, and to what
# (the meeting, if anything is said).
SENT_OBJECT = (
    r"(?:their" + WS + r")?(?:representatives|officials|delegates|delegations?)"
    r"(?=" + WS + r"?[.;,]|" + WS + r"to" + WS + r"(?:the|this|today['\u2019]s)" + WS
    + r"(?:[\w\-]++" + WS + r"){0,3}?(?:meeting|plenary|session|conference|discussions?|forum"
    r"|talks)\b)"
)
SUBJECT_VERB = (
    r"\b(?:also" + WS + r")?(?:attended|joined|participated|took" + WS + r"part|were" + WS
    + r"(?:also" + WS + r")?(?:present|represented)|represented(?=" + WS + r"the" + WS + r")"
    r"|(?:will|(?:are|is)" + WS + r"(?:also" + WS + r")?expected" + WS + r"to)" + WS
    + r"(?:also" + WS + r")?(?:attend|join|participate|take" + WS + r"part|be"
    + WS + r"(?:present|represented)|send" + WS + SENT_OBJECT + r")|was" + WS + r"(?:also" + WS + r")?represented(?!" + WS
    + r"by\b)"
    r"|sent" + WS + SENT_OBJECT + r")\b"
)
DELEGATION_CUE_WORDS = ("delegation", "Delegation")  # a cue that makes its list a delegation
SIDE_OPENER_WORDS = ("From ", "On ", "For ")  # a cheap test before SIDE_OPENER (sentences
# start on a word)
GROUP_VERB_REACH = 80  # characters after "representatives of" in which "included" may stand
FUTURE_NEEDS_OBJECT = ("attend", "join", "participate", "part")  # not "be present/represented"
FUTURE_WORDS = ("will", "are", "is")  # "will attend", "are expected to attend"
# "took part", "participated", "joined" say attendance only where what was joined is the
# meeting ("took part in the meeting", "took part.", "took part on the Hong Kong side"), not
# "took part in the joint operation". (compiled on first use)
TAKE_PART_VERBS = ("joined", "participated", "part")
MEETING_OBJECT = LazyPattern(
    WS + r"?+(?:[.,;]|(?:(?:in|at)" + WS + r")?(?:the|this|today['\u2019]s)" + WS
    + r"(?:[\w\-]++" + WS + r"){0,3}?(?:meeting|plenary|session|conference|discussions?|forum"
    r"|talks)\b|in" + WS + r"it\b)"
)
# "..., and the Macao Government Tourism Office on the Macao side": a second list, elliptical.
# After a semicolon too ("...; the Maritime Administration on the Macao side."), where the
# second clause ends at its side label (see find_departments).
ELLIPSIS_AND = LazyPattern(r"[\s\u00a0]*(?:,?[\s\u00a0]*(?:and|while)|(?P<semicolon>;))" + WS)
# "Mr Albert Lee, representing the Planning Department": the body a person attends for.
REPRESENTING_CUE = r"\brepresenting\b"
# A sentence about another (earlier) meeting: "Its last meeting, the sixth meeting, was ...",
# "At the previous meeting, ...". Not "since the last meeting" (a look back from this one).
# Checked at the start of a sentence or clause. (compiled on first use)
OTHER_MEETING = LazyPattern(
    r"(?i:(?:at|in|during|for)" + WS + r")?(?i:its|the|their)" + WS
    + r"(?i:last|previous|earlier|preceding|prior|past)" + WS + r"(?:[\w\-]++" + WS
    + r")?(?i:meetings?|plenary|plenaries|sessions?)\b"
)
OTHER_MEETING_IN_CLAUSE = LazyPattern(r"[,;][\s\u00a0]*+" + OTHER_MEETING.source)
THAT_MEETING_WORDS = ("That meeting", "That\u00a0meeting")
OTHER_MEETING_WORDS = ("last", "previous", "earlier", "preceding", "prior", "past")
# Where a cue can start: the first word of each cue, found with plain `str.find` (several
# times faster than one regex alternation, which is tried at every position of the text),
# then the cue patterns that can begin with that word, in the order they are tried.
# (word as searched, letters allowed just before it, cue kinds)
CUE_WORDS = (
    ("epresentativ", "Rr", ("strong", "group")), ("fficial", "Oo", ("strong", "group")),
    ("elegat", "Dd", ("strong",)), ("eople", "Pp", ("strong",)), ("members", "", ("weak",)),
    ("leaders", "", ("weak", "group")), ("heads", "", ("weak",)), ("taff", "Ss", ("weak",)),
    ("fficers", "Oo", ("weak",)), ("olleagues", "Cc", ("weak",)), ("xperts", "Ee", ("weak",)),
    ("riends", "Ff", ("weak",)),
    ("attended", "", ("strong", "subject")), ("behalf", "", ("behalf",)),
    ("hear", "", ("report",)), ("receiv", "", ("report",)), ("joined", "", ("subject",)),
    ("participated", "", ("subject",)), ("were", "", ("subject",)), ("took", "", ("subject",)),
    ("representing", "", ("representing",)), ("represented", "", ("represented", "subject")),
    ("articipants", "Pp", ("participants",)),
)
# Cue words searched for through a shorter word they share (one search for both): cue word ->
# what is searched for. ("joined" and "xperts" are searched for whole: through "j" and "x"
# each of the many words holding the letter cost more than the quicker one-letter search saved,
# 738k against 743k instructions per document on the bench.) "present" also tells whether
# "were" can open a cue.
CUE_NEEDLE_OF = {"epresentativ": "present", "representing": "present", "represented": "present",
                 "participated": "articipa", "articipants": "articipa", "fficial": "ffic",
                 "fficers": "ffic", "hear": "hea", "heads": "hea"}


def _cue_needles() -> tuple[tuple[str, tuple[tuple[str, str, int, tuple[str, ...]], ...]], ...]:
    """(word searched for, ((cue word, letters allowed before it, where the searched word
    stands in it, cue kinds), ...)), "present" before "were"."""
    needles: dict[str, list] = {}
    for word, first_letters, cue_kinds in CUE_WORDS:
        needle = CUE_NEEDLE_OF.get(word, word)
        needles.setdefault(needle, []).append(
            (needle if needle == word else word, first_letters, word.index(needle), cue_kinds))
    for needle, words in needles.items():
        for k, (a, _, a_at, _) in enumerate(words):
            for b, _, b_at, _ in words[k + 1:]:
                if _may_overlap(a, a_at, b, b_at):
                    raise ValueError(f"cue words {a!r} and {b!r} can stand at one {needle!r}")
    order = sorted(needles, key=lambda n: n == "were")
    return tuple((n, tuple(needles[n])) for n in order)


def _may_overlap(a: str, a_at: int, b: str, b_at: int) -> bool:
    """Can the words `a` and `b`, their shared needle at `a_at` in one and `b_at` in the other,
    both stand at one place of a text (no letter differs where they overlap)? _cue_word_starts
    stops at the first word found at a needle, which is right only where they cannot."""
    shift = a_at - b_at  # where b starts within a
    return all(a[shift + k] == ch for k, ch in enumerate(b) if 0 <= shift + k < len(a))


CUE_NEEDLES = _cue_needles()
# One pattern per kind of cue, tried in the order strong, weak, behalf, report, group,
# subject. GOVERNMENTS_OF, tried before them all, needs the word "governments", which few
# releases hold. All are compiled on first use.
CUE_PATTERNS = {
    "strong": LazyPattern(STRONG_CUE), "weak": LazyPattern(WEAK_CUE),
    "behalf": LazyPattern(BEHALF_CUE), "report": LazyPattern(REPORT_CUE),
    "group": LazyPattern(GROUP_WORD), "subject": LazyPattern(SUBJECT_VERB),
    "representing": LazyPattern(REPRESENTING_CUE), "represented": LazyPattern(REPRESENTED_CUE),
    "participants": LazyPattern(PARTICIPANTS_CUE),
}
# "Also taking part are experts from X", "took part in the meeting"; not "took part in the
# joint operation" (what is taken part in, if said, is the meeting).
ATTENDANCE = LazyPattern(
    r"\b(?i:attend\w*|participat\w*|joined|present|welcomed"
    r"|(?:tak(?:e|es|ing)|took)" + WS + r"part(?!" + WS + r"in" + WS
    + r"(?!(?:the|this|today['\u2019]s)" + WS + r"(?:[\w\-]++" + WS
    + r"){0,3}?(?:meeting|plenary|session|conference|discussions?|forum|talks)\b)))\b")
# Composition, not attendance: "members of the Committee consist of representatives of ...",
# "The task force has 15 non-official members, including representatives of ...".
# (compiled on first use)
MEMBERSHIP = (
    r"\b(?i:consists?|comprises?|comprising|composed|composition|membership|members"
    + WS + r"of" + WS + r"the" + WS + r"(?:Committee|Commission|Council|Task" + WS
    + r"Force|Board|Group|Conference)|side" + WS + r"of" + WS + r"the" + WS
    + r"(?:Committee|Commission|Council|Task" + WS + r"Force|Board|Group|Joint))\b"
)
# "Members of the Committee attended": the verb after "members of the <body>" that makes it
# the members at the meeting, not what the body is made of.
# "Members of the Task Force on the Hong Kong side attending the meeting included ...": the
# members at the meeting too (an optional side label, then "attending"/"present at" the meeting).
MEMBERS_ATTENDED = LazyPattern(
    WS + r"(?:on" + WS + r"the" + WS + r"(?:[A-Z][\w\-]*+" + WS + r"){1,3}side" + WS
    + r")?(?:(?:also" + WS + r")?(?:attended|participated|joined|took" + WS + r"part|were" + WS
    + r"(?:also" + WS + r")?present)|(?:attending|present" + WS + r"at)" + WS
    + r"(?:the|this|today['\u2019]s)" + WS + r"(?:[\w\-]++" + WS
    + r"){0,3}?(?:meeting|plenary|session|conference|discussions?|forum|talks))\b")
GOVERNMENTS_OF_RE = LazyPattern(GOVERNMENTS_OF)
NAME_RUN_BEFORE_RE = LazyPattern(NAME_RUN_BEFORE)
MEMBERSHIP_RE = LazyPattern(MEMBERSHIP)
# What a delegation to the meeting is made of is attendance, not a body's membership: "The
# Macao delegation will comprise officials from X", "the delegation consisted of ...".
DELEGATION_BEFORE = LazyPattern(
    r"(?i:\bdelegations?)" + WS + r"(?:(?:will|would|shall|is|was|are|were)" + WS
    + r"(?:be" + WS + r")?)?(?:also" + WS + r")?\Z")  # "will also comprise"
DELEGATION_LOOK_BACK = 40
# "The Shenzhen delegation, led by ..., will comprise officials of X": the same, with the
# delegation's leader set off by commas between. (matched from the word "delegation")
# "A Guangzhou delegation led by ..., Mr Z, and comprising officials of X": the same, with the
# leader's clause joined by "and".
DELEGATION_LED = LazyPattern(
    r"delegations?,?+" + WS + r"(?:led|headed)" + WS + r"by\b[^;.]*," + WS
    + r"(?:and" + WS + r")?(?:(?:will|would|shall|is|was|are|were)" + WS + r"(?:be" + WS
    + r")?)?(?:also" + WS + r")?\Z")
DELEGATION_LED_LOOK_BACK = 300
# "Mr Lam was joined by ...", "Ms Ho will be accompanied by ...": a person the list joins.
JOINED_LEADER = LazyPattern(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?" + WS + r"(?P<surname>[A-Z][A-Za-z'\u2019\-]*+)"
    + WS + r"(?:(?:was|were|is|will" + WS + r"be|would" + WS + r"be|has" + WS + r"been)" + WS
    + r")(?:also" + WS + r")?(?:joined|accompanied)" + WS + r"by\b")
# "I am joined today by colleagues from ...": in a speech, the speaker the list joins.
SPEAKER_JOINED = LazyPattern(
    r"I" + WS + r"(?:am|was|have" + WS + r"been|will" + WS + r"be)" + WS + r"(?:also" + WS
    + r")?joined" + WS + r"(?:(?:today|here|this" + WS + r"(?:morning|afternoon|evening))" + WS
    + r")?by\b")
# "Following is the speech by the Secretary for Constitutional Affairs, Mr X, at ...": the
# speaker's post, in the release's opening lines.
SPEECH_BY_POST = LazyPattern(r"\b[Ss]peech" + WS + r"(?:delivered" + WS + r")?by" + WS
                             + r"(?:the" + WS + r")?(?P<post>[A-Z][^,;.\n]{2,150}?)," + WS
                             + r"(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\b")
SPEECH_HEAD_CHARS = 1000
SPEAKER_CUE_REACH = 30  # "I am joined by (my) colleagues from": the list's cue right after "by"
POST_LOOK_BACK = 200
MENTIONS_TRIED = 3  # earlier mentions of the person looked at for the post written with it
POST_LEAD = LazyPattern(r"^(?:(?:by|and|with)\s+)?(?:the\s+|The\s+)?")
# "will meet with representatives of X" is another meeting, not attendance at this one.
# So is "meet senior officials of X", "call on officials of X", "visit X".
MEET_WITH = LazyPattern(
    r"\b(?:meet|meets|met|meeting|(?:call|calls|called|calling)" + WS + r"on|visit|visits"
    r"|visited|visiting)" + WS + r"(?:with" + WS + r")?(?:the" + WS + r")?(?:(?:senior|other"
    r"|relevant|local|top|leading|key)" + WS + r")?$")
# The words a MEET_WITH match can end with (a cheap test before the search).
MEET_WITH_LAST_WORDS = frozenset(
    "meet meets met meeting on visit visits visited visiting with the senior other relevant"
    " local top leading key".split())
HELD = LazyPattern(r"\b(?:hold|holds|held|holding)\b")
# The words (lower case) every match of each sentence test above begins with: the pattern is
# tried only where one occurs, not at every position of the sentence. Case-insensitive tests
# look in a lower-cased copy of the text.
ATTENDANCE_WORDS = ("attend", "participat", "joined", "present", "welcomed", "tak", "took")
MEMBERSHIP_WORDS = ("consist", "compris", "compos", "members", "side")
# "The task force has 15 non-official members": what a body has is its membership. Read back
# from "members" (tried only where the word is).
HAS_MEMBERS = LazyPattern(r"\b(?:has|have|had)" + WS + r"(?:[\w\-]++" + WS + r"){0,3}?members\b")
HAS_MEMBERS_LOOK_BACK = 60
HELD_WORDS = ("hold", "held")
RESPECTIVELY_WORDS = ("respectively",)
# Characters the case-insensitive match of an ASCII letter accepts but str.lower() does not
# turn into it (dotless i, long s): with them in the text, the lower-cased copy is not used.
UNFOLDED = ("\u0131", "\u017f")
LEADING_FILLER = LazyPattern(
    r"(?:(?:[A-Z][a-z]+(?:ing|ed)|The|Other|Relevant|All|Both|Senior|Also|Principal)" + WS
    + r"(?:the" + WS + r")?)+"
)
# "A and the B", "officials of A and of B": "the" or "of" after "and" opens a name of its own
# ("and of" repeats the "of" of the list's cue; no body's name holds it).
AND_JOIN = LazyPattern(WS + r"(?:and|&)" + WS + r"(?P<the>(?:the|of)" + WS + r")?")
TRAILING_CUT = LazyPattern(r"(?:" + WS + r"|" + CONNECTOR + r")*+")

# Words (and two-word phrases: "Customs District") that head an organisation's name:
# "... Bureau", "Ministry of ..." (data/org_heads.txt).
HEADS = frozenset(
    line.strip() for line in
    read_data("org_heads.txt").splitlines()
    if line.strip() and not line.startswith("#"))
# Words that head a part of a body ("Branch", "Division"): a head only with the body after "of".
PART_HEADS = frozenset(
    line.strip() for line in
    read_data("org_part_heads.txt").splitlines()
    if line.strip() and not line.startswith("#"))
HEAD_FIRST = frozenset("Ministry Department Office Bureau Commission Federation Council".split())
OF_WORDS = frozenset({"of", "on", "for", "in"})
WORD_RE = LazyPattern(r"[A-Za-z][A-Za-z'\u2019\-&]*|&|\(")  # "C&ED": one word
HKSAR_GOVERNMENT = "Hong Kong Special Administrative Region Government"
HKSAR_GOV_FORM = LazyPattern(
    r"^(?:(?:the )?Government of (?:the )?(?:HKSAR|Hong Kong (?:SAR|Special Administrative Region))"
    r"|(?:HKSAR|Hong Kong (?:SAR|Special Administrative Region)) Government)$"
)
REGION_TOKEN = LazyPattern(r"\bHKSAR\b")
ABBR_TOKEN = LazyPattern(r"\b[A-Z][A-Za-z&]*[A-Z]\b")
SPACES = LazyPattern(r"[\s\u00a0]+")
BEFORE_VERB = LazyPattern(r"[\s\u00a0,]*(?:also[\s\u00a0]*)?")
RESPECTIVELY = LazyPattern(r"\brespectively\b")
SIDE_LOOKBACK = 400  # characters of a clause searched for its side phrase
MAX_COMMA_PIECES = 4  # pieces after the first of a name commas divide ("Culture, Radio, ...")
LONE_WORD = LazyPattern(CAP_WORD)  # a piece between two commas of one name: one word
MAX_JOINS = 12  # "and"s one run of a list may hold (real lists: a handful)
_SPAN = itemgetter(0, 1)  # the sort key of a found name: its span
MAX_CUES = 400  # a release has a handful; bounds the work on pathological input


# -- minutes: attendance blocks ------------------------------------------------------------------
# Minutes of committees list who came in blocks: "Present", "In Attendance", "Absent". Officers
# in attendance are written "Mr X, Post, Organisation" (one a line, or run together where a
# table was flattened: "... Home Affairs Department Ms Y Assistant District Officer ..."); the
# organisation at the end of such an entry attends. Nothing in an "Absent" block attends.
HSP = r"[ \t\u00a0]"
HONORIFIC = (r"(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof|Professor|Ir|Sr|Sir|Dame|Hon|Rev)\.?+"
             r"(?=[ \t\u00a0\r\n])")
# Block headers, found from their key word: "In Attendance", "Present", "Members present",
# "Public officers attending", "Absent with apologies", "Apologies". The key word (first
# group of HEADER_WORDS) is matched where a plain `str.find` found it; the words before it are
# checked by HEADER_PREFIX in a short stretch of text before.
HEADER_WORDS = (("Attendance", "attend"), ("attendance", "attend"), ("Present", "present"),
                ("present", "present"), ("attending", "attend"), ("Absent", "absent"),
                ("absent", "absent"), ("Apologies", "absent"))
# What follows a header: a line break, or (text run together) a person or a "Chairman:" label.
AFTER_HEADER = (HSP + r"*+[:\uff1a]?" + HSP + r"*+(?:\r?\n|\Z|(?=" + HONORIFIC + r"|The" + HSP
                + r"++Hon\b|[A-Z][A-Za-z\-]*+(?:" + HSP + r"[A-Za-z\-]++)?" + HSP + r"*+:))")
# A header written as a sentence that sets the list out below it: "Also in attendance were:",
# "Present were:" (the colon and the line break say the entries follow one to a line).
HEADER_VERB = (HSP + r"++(?:were|are)" + HSP + r"*+[:\uff1a]" + HSP + r"*+(?:\r?\n|\Z)")
HEADER_REST = LazyPattern(
    r"(?:[Aa]ttendance|[Pp]resent|attending|(?:Absent|absent)(?:" + HSP + r"++with" + HSP
    + r"++[Aa]polog(?:y|ies))?|Apologies(?:" + HSP + r"++for" + HSP + r"++absence)?)\b"
    + r"(?:" + HEADER_VERB + r"|" + AFTER_HEADER + r")")
HEADER_PREFIX = LazyPattern(
    r"(?<![A-Za-z])(?:(?:In|Also|Members?|Public|[Oo]fficers?|Officials?|Others?|in)" + HSP
    + r"++){1,3}\Z")
HEADER_PREFIX_CHARS = 40
# A "Minutes of ..." heading: the text is minutes, so headers run into other text count too.
MINUTES_HEADING = LazyPattern(r"Minutes" + WS + r"of\b")
MINUTES_HEAD_CHARS = 2000
# Where a block ends before the next header: a blank line before a line that is not another
# entry, or a word of the minutes' own narrative (entries are names and posts, never sentences).
BLOCK_END = LazyPattern(
    r"\r?\n" + HSP + r"*+\r?\n[\s\u00a0]*+(?!(?:(?:Agenda" + HSP + r"++)?Items?" + HSP
    + r"++[\w.]++" + HSP + r"*+:?" + HSP + r"*+)?(?:" + HONORIFIC + r"|The" + HSP + r"++Hon\b))"
    r"|\b(?:welcomed|said|was|were|noted|agreed|confirmed|reported|briefed|informed|thanked"
    r"|declared|opened)\b")
MAX_BLOCK = 4000  # characters one attendance block may span
# ", Organisation" ending an entry: the name run after the comma.
ENTRY_ORG = LazyPattern(r"," + HSP + r"*+(?:the" + HSP + r"++)?(?=[A-Z])")
# Where an entry ends inside a run of capitalised words: the next person, item or label.
ENTRY_STOP = LazyPattern(
    WS + r"(?=" + HONORIFIC + r"|The" + HSP + r"++Hon\b|(?:Agenda" + HSP + r"++)?Items?\b"
    r"|Absent\b|Present\b|Apologies\b|In" + HSP + r"++Attendance\b|[A-Z][A-Za-z\-]*+" + HSP
    + r"*+:)")
ENTRY_END = LazyPattern(
    HSP + r"*+(?:\([^()\r\n]{0,60}\)" + HSP + r"*+)?[;.*]?" + HSP + r"*+(?:\r?\n|\Z)")
# A post before the organisation, for the members' "Present" block ("Senior Executive Officer
# (District Council), North District Office"): a member's own affiliation is no post.
POST_WORD = LazyPattern(
    r"\b(?:Officer|Director|Secretary|Engineer|Manager|Controller|Commissioner|Architect"
    r"|Surveyor|Planner|Chief|Head|Inspector|Superintendent|Adviser|Advisor|Administrator"
    r"|Registrar|Assistant|Deputy|Principal|Senior|Representative|Consultant|Executive"
    r"|Officer-in-charge|Curator|Coordinator|Co-ordinator|Analyst|Counsel)\b")
HONORIFIC_RE = LazyPattern(r"\b" + HONORIFIC)
# Words one of which every block header holds (a cheap test before the header scan).


class _Names:
    """Which stretches of a text read as organisation names, and how a run of them joined by
    "and" divides. What counts as a one-word name (an abbreviation) is left to subclasses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._names: dict[tuple[int, int], bool] = {}
        self._splits: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def is_abbreviation(self, word: str) -> bool:
        raise NotImplementedError

    def is_name(self, start: int, end: int) -> bool:
        """Does text[start:end] read as one organisation's whole name? (memoised: list
        reading asks about the same spans several times)"""
        key = (start, end)
        got = self._names.get(key)
        if got is None:
            got = self._names[key] = self._is_name(start, end)
        return got

    def _is_name(self, start: int, end: int) -> bool:
        shape = _name_shape(self.text[start:end])
        return shape if shape.__class__ is bool else self.is_abbreviation(shape)

    def ends_in_head(self, start: int, end: int) -> bool:
        """Does the name end in its head word? The short form it defines after it does not
        count: "Leisure and Cultural Services Department (LCSD)" ends in "Department"."""
        written = self.text[start:end]
        if written.endswith(")") and (defined := TRAILING_ABBR.search(written)):
            written = written[:defined.start()]
        words = WORD_RE.findall(written)
        return _is_head(words, len(words) - 1)

    def holds_names(self, start: int, end: int) -> bool:
        """Does the whole of text[start:end] read as one or more organisation names ("A and
        the B")? (list reading asks through _Context.reading, which remembers the answer)"""
        if self.is_name(start, end):
            return True
        parts = self.split_and(start, end)
        return bool(parts) and parts[-1][1] == end

    def split_and(self, start: int, end: int) -> list[tuple[int, int]]:
        """A run such as "Immigration Department and the Customs and Excise Department" cut
        into its names; names that contain "and" stay whole. A run with more "and"s than any
        list of names holds is no list (this bounds the work on pathological input)."""
        key = (start, end)
        got = self._splits.get(key)
        if got is None:
            joins = []
            if self.text.find("and", start, end) >= 0 or self.text.find("&", start, end) >= 0:
                for m in AND_JOIN.finditer(self.text, start, end):
                    joins.append(m)
                    if len(joins) > MAX_JOINS:
                        break
            if len(joins) > MAX_JOINS:
                got = []
            else:
                got = self._split_and(start, end, joins)
            self._splits[key] = got
        return got

    def _split_and(self, start: int, end: int, joins: list) -> list[tuple[int, int]]:
        if _is_known_written(self.text[start:end]):
            return [(start, end)]
        for m in joins:
            right = m.end()
            if not self.is_name(start, m.start()):
                continue
            right_first = WORD_RE.match(self.text, right)
            clear_break = (m.group("the") is not None or self.ends_in_head(start, m.start())
                           or (right_first is not None and right_first.group() in HEAD_FIRST)
                           or _ends_in_office_place(self.text, start, m.start())
                           or (right_first is not None
                               and right_first.group().endswith(("'s", "\u2019s"))
                               and possessive_place(self.text, right, end) is not None))
            if not clear_break:
                continue
            rest = self.split_and(right, end)
            if rest and all(self.is_name(s, e) for s, e in rest):
                if m.group("the") is None and _is_known_written(self.text[start:rest[0][1]]):
                    # "Customs and Excise Department (C&ED)": the "and" is inside a known name
                    return [(start, rest[0][1])] + rest[1:]
                return [(start, m.start())] + rest
            if m.group("the") is not None and not rest:
                return [(start, m.start())]  # "... Office and the Secretariat": no body after "and"
        return [(start, end)] if self.is_name(start, end) else []



def _ends_in_office_place(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in an office and the one place it sits in ("Hong Kong Economic
    and Trade Office in Wuhan")? The place closes the name: an "and" after it opens the next
    ("... Office in Wuhan and Invest Hong Kong")."""
    if text.find("in", max(start, end - 30), end) < 0:
        return False  # the common case: no "in" near the end
    words = WORD_RE.findall(text, max(start, end - 40), end)
    return len(words) >= 3 and words[-2] == "in" and words[-3] in ("Office", "Offices", "ETO") \
        and words[-1][:1].isupper()


def _is_known_written(written: str) -> bool:
    """A known name, also as written with the short form its definition ends in:
    "Customs and Excise Department (C&ED)" is one name."""
    return _is_known(written) or ("(" in written and _is_known(ABBR_DEF_RE.sub("", written)))


class _MembershipTest:
    """MEMBERSHIP_RE, and HAS_MEMBERS read back from the word "members" ("has 15 non-official
    members"), as the `match` that _Context._says tries where a word of MEMBERSHIP_WORDS is,
    and as a search (the earliest of the two)."""

    def match(self, text: str, i: int, end: int):
        m = MEMBERSHIP_RE.match(text, i, end)
        if m is None and text.startswith("members", i):
            m = HAS_MEMBERS.search(text, max(0, i - HAS_MEMBERS_LOOK_BACK), min(end, i + 8))
        return m

    def search(self, text: str, pos: int, end: int):
        found = MEMBERSHIP_RE.search(text, pos, end)
        i = text.find("members", pos, end)
        while i >= 0 and (found is None or i < found.start()):
            m = HAS_MEMBERS.search(text, max(0, i - HAS_MEMBERS_LOOK_BACK), min(end, i + 8))
            if m is not None:
                return m if found is None or m.start() < found.start() else found
            i = text.find("members", i + 1, end)
        return found


MEMBERSHIP_TEST = _MembershipTest()


class _ReleaseDefined(Exception):
    """The answer depends on the abbreviations the release defines for itself."""


# What a short form a release defines looks like (abbreviations.DEFINITION), as one word.
ABBREVIATION_SHAPE = LazyPattern(r"[A-Z][A-Za-z&]{0,11}[A-Z]")


class _RunNames(_Names):
    """_Names for one run of text on its own, with only the gazetteer's abbreviations: a word
    that a release could define as its own abbreviation leaves the answer open."""

    def is_abbreviation(self, word: str) -> bool:
        if gazetteer().lookup_abbreviation(word) is not None:
            return True
        if ABBREVIATION_SHAPE.fullmatch(word):
            raise _ReleaseDefined(word)
        return False


@lru_cache(maxsize=2048)
def _reading_of(run: str) -> Optional[tuple[bool, tuple[tuple[int, int], ...]]]:
    """How a run of text reads on its own: (does all of it read as names, the names it divides
    into, offsets into the run: _Names.holds_names and split_and); None when the release's own
    abbreviations decide. Memoised across releases: lists of bodies recur."""
    names = _RunNames(run)
    try:
        holds = names.holds_names(0, len(run))
        return holds, tuple(names.split_and(0, len(run)))
    except _ReleaseDefined:
        return None


def _list_runs(text: str, pos: int, limit: int) -> Iterator[tuple[int, int, str]]:
    """The runs of capitalised words a list from `pos` is made of, (start, end, what stands
    before: "start", ",", ";" or ""), read one at a time as the list reading asks for them."""
    item_at = LIST_ITEM.match
    first = True
    while pos < limit:
        item = item_at(text, pos, limit)
        if item is None:
            return  # no capitalised run where the next item would be
        if first:
            mark = "start"
            first = False
        else:
            sep_text, conj = item.group("sep", "conj")
            mark = "," if "," in sep_text else (";" if ";" in sep_text else "")
            if not mark and not conj:
                return  # two runs with nothing between them: the list has ended
        pos = item.end()
        yield item.start("run"), pos, mark


class _Context(_Names):
    """What one document's search needs: text, sentences, abbreviations."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc.text)
        self.doc = doc
        self.sentences = doc.sentences
        self.starts = doc.sentence_starts
        self._said: dict[tuple[str, int], bool] = {}  # (kind of statement, sentence start)
        self._other: dict[int, bool] = {}
        self._other_here: dict[int, bool] = {}
        self._readings: dict[tuple[int, int], tuple[bool, list[tuple[int, int]]]] = {}
        self.possessive_sides: dict[int, str] = {}  # name start -> the place written as its owner
        # sentence start -> the side of "Representing the HKSAR Government were ..." (_represented_bodies)
        self.representing_sides: dict[int, Optional[str]] = {}
        self.shared_owner: dict[int, str] = {}  # name start -> "of the X" it shares (_share_owners)

    @computed_once
    def text_end(self) -> int:
        """Where the text ends, trailing whitespace aside."""
        return len(self.text.rstrip())

    @computed_once
    def abbreviations(self) -> dict[str, tuple[str, Span]]:
        """Short forms the text defines; only read once a list is found (most text has none)."""
        return find_abbreviations(self.text)

    @computed_once
    def abbreviation_by_key(self) -> dict[str, str]:
        """name_key(full name) -> the first short form defined for it."""
        by_key: dict[str, str] = {}
        for abbr, (full, _) in self.abbreviations.items():
            by_key.setdefault(_key(full), abbr)
        return by_key

    def about_attendance(self, sentence: Span) -> bool:
        """Does the sentence speak of attending ("attended", "took part in the meeting")?"""
        return self._says_once("attendance", sentence, ATTENDANCE, ATTENDANCE_WORDS, self.lowered)

    def about_membership(self, sentence: Span) -> bool:
        """Does the sentence say what a body is made of ("consists of representatives of")?"""
        return self._says_once("membership", sentence, MEMBERSHIP_TEST, MEMBERSHIP_WORDS,
                               self.lowered, unless=self._attendance_not_makeup)

    def says_respectively(self, sentence: Span) -> bool:
        return self._says_once("respectively", sentence, RESPECTIVELY, RESPECTIVELY_WORDS, self.text)

    def says_held(self, sentence: Span) -> bool:
        return self._says_once("held", sentence, HELD, HELD_WORDS, self.text)

    def _says_once(self, kind: str, sentence: Span, pattern, words, text, unless=None) -> bool:
        """`_says` for one sentence, worked out once per kind of statement."""
        key = (kind, sentence.start)
        got = self._said.get(key)
        if got is None:
            got = self._said[key] = self._says(pattern, words, text, sentence.start, sentence.end,
                                               unless=unless)
        return got

    @computed_once
    def delegation_leader_side(self) -> Optional[str]:
        """The side of the one delegation the release has someone lead (see
        _delegation_leader_side)."""
        return _delegation_leader_side(self)

    @computed_once
    def lowered(self) -> Optional[str]:
        """text.lower(), if it keeps every offset and every case-insensitive match."""
        if self.text.isascii():
            return self.doc.lower  # the same as text.lower() for ASCII text, and shared
        lowered = self.text.lower()
        if len(lowered) != len(self.text) or any(ch in self.text for ch in UNFOLDED):
            return None
        return lowered

    def _says(self, pattern: re.Pattern | LazyPattern, words: tuple[str, ...], where: Optional[str],
              start: int, end: int, unless=None) -> bool:
        """pattern.search(text, start, end) is not None, trying the pattern only where one of
        `words` (which every match begins with) occurs in `where`, a same-length copy.
        A match for which `unless(start, match_start)` is true does not count."""
        if where is None:
            pos = start
            while (m := pattern.search(self.text, pos, end)) is not None:
                if unless is None or not unless(start, m.start()):
                    return True
                pos = m.end()
            return False
        for word in words:
            i = where.find(word, start, end)
            while i >= 0:
                if pattern.match(self.text, i, end) and (unless is None or not unless(start, i)):
                    return True
                i = where.find(word, i + 1, end)
        return False

    def _attendance_not_makeup(self, start: int, at: int) -> bool:
        """Does the membership wording at `at` speak of attendance after all: what a
        delegation is made of, or the members of a body who attended ("non-official members
        of the Task Force attended, joined by officials from A and B")?"""
        if self._delegation_makeup(start, at):
            return True
        if self.text[at:at + 1] not in "Mm":
            return False
        members = MEMBERSHIP_RE.match(self.text, at)
        return members is not None and MEMBERS_ATTENDED.match(self.text, members.end()) is not None

    def _delegation_makeup(self, start: int, at: int) -> bool:
        """Does "comprise"/"consist" at `at` say what a delegation is made of?"""
        text = self.text
        if DELEGATION_BEFORE.search(text, max(start, at - DELEGATION_LOOK_BACK), at) is not None:
            return True
        word = text.rfind("delegation", max(start, at - DELEGATION_LED_LOOK_BACK), at)
        return word >= 0 and DELEGATION_LED.match(text, word, at) is not None

    def side_before(self, pos: int) -> Optional[str]:
        """The side of the clause leading up to `pos` (see sides.side_at), looking back a
        bounded distance; a "They included ..." sentence takes the previous one's side."""
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        window_start = max(s.start, pos - SIDE_LOOKBACK)
        side = side_of(self.text, window_start, pos)
        if self.text.find(" side", window_start, pos) >= 0:
            named = _named_side_after(self.text, window_start, pos)
            if named is not None:
                side = named or None  # "": the nearest side phrase names no place
        if side is None and i > 0 and PRONOUN_START.match(self.text, s.start):
            prev = self.sentences[i - 1]
            side = side_of(self.text, max(prev.start, prev.end - SIDE_LOOKBACK), prev.end)
        return side

    def joined_leader_side(self, sentence: Span, cue: int) -> Optional[str]:
        """The side of the person a sentence opens on, where the list at `cue` joins or
        accompanies him or her ("Mr Lam will be accompanied by ... representatives of X"): the
        person's delegation. The side is read off the post given with the person's first
        mention ("the Director of Lands, Mr Lam Ka-keung"): a post naming a place ("Vice-Mayor
        of Zhuhai") is that place's; one naming none is a Hong Kong post (in HKSAR releases
        only officials of elsewhere have their place written). In a speech, "I am joined by"
        is the speaker, whose post the release's "speech by the <post>, Mr X" gives."""
        text = self.text
        if text.find("joined", sentence.start, cue) < 0 \
                and text.find("accompanied", sentence.start, cue) < 0:
            return None  # JOINED_LEADER's verbs: most lists join nobody
        clause = _clause_start(text, sentence.start, cue) or sentence.start
        while clause < cue and text[clause] in " \t\u00a0\r\n":
            clause += 1
        leader = JOINED_LEADER.match(text, clause, cue)
        if leader is None:
            speaker = SPEAKER_JOINED.match(text, clause, cue)
            if speaker is None or cue - speaker.end() > SPEAKER_CUE_REACH:
                return None  # (a later list of the sentence: "..., and I am glad to see X")
            # "I am joined today by colleagues from ...": the speaker's own side
            speech = SPEECH_BY_POST.search(text, 0, min(len(text), SPEECH_HEAD_CHARS))
            if speech is None:
                return None
            elsewhere = [p for p in places_named(speech.group("post")) if p != "Hong Kong"]
            return elsewhere[0] if elsewhere else "Hong Kong"
        surname = leader.group("surname")
        mention = re.compile(HONORIFIC + r"(?:" + WS + r"[A-Z][A-Za-z'\u2019\-]*+){0,3}?" + WS
                             + re.escape(surname) + r"\b")
        for tried, m in enumerate(mention.finditer(text, 0, sentence.start)):
            if tried == MENTIONS_TRIED:
                break
            post = _post_before_name(text, m.start())
            if post is None:
                continue
            elsewhere = [p for p in places_named(post) if p != "Hong Kong"]
            return elsewhere[0] if elsewhere else "Hong Kong"
        return None

    def about_other_meeting(self, sentence: Span) -> bool:
        """Does the sentence, or the one before it in its paragraph, open on another (earlier)
        meeting ("Its last meeting ... was co-chaired by ... Representatives from X attended.")?"""
        got = self._other_here.get(sentence.start)
        if got is None:
            got = self._other_here[sentence.start] = self._about_other_meeting(sentence)
        return got

    def _about_other_meeting(self, sentence: Span) -> bool:
        i = bisect_right(self.starts, sentence.start) - 1
        for j in (i, i - 1):
            if j < 0:
                return False
            s = self.sentences[j]
            if j < i and "\n" in self.text[s.end:sentence.start]:
                return False  # the previous sentence is in another paragraph
            if self._opens_on_other_meeting(s):
                return True
        return False

    def _opens_on_other_meeting(self, sentence: Span) -> bool:
        got = self._other.get(sentence.start)
        if got is None:
            text, s, e = self.text, sentence.start, sentence.end
            # "Before the plenary, the Sub-group held its third meeting. That meeting was chaired
            # by ...": a release calls its own meeting "the meeting"; "that" points at another
            got = text.startswith(THAT_MEETING_WORDS, s)
            for word in () if got else OTHER_MEETING_WORDS:
                if text.find(word, s, e) >= 0:
                    got = (OTHER_MEETING.match(text, s, e) is not None
                           or OTHER_MEETING_IN_CLAUSE.search(text, s, e) is not None)
                    break
            self._other[s] = got
        return got

    def sentence_of(self, pos: int) -> Optional[Span]:
        i = bisect_right(self.starts, pos) - 1
        if i < 0 or pos > self.sentences[i].end:
            return None
        return self.sentences[i]

    # -- names ---------------------------------------------------------------------------
    def is_abbreviation(self, word: str) -> bool:
        if gazetteer().lookup_abbreviation(word) is not None:
            return True
        # Only a word shaped like a short form can be one the text defines (and only then
        # are the text's definitions worth looking for).
        return ABBREVIATION_SHAPE.fullmatch(word) is not None and word in self.abbreviations

    def reading(self, start: int, end: int) -> tuple[bool, list[tuple[int, int]]]:
        """(holds_names, split_and) of text[start:end], read from the memo of runs seen in
        earlier releases unless the answer depends on this release's own abbreviations."""
        key = (start, end)
        got = self._readings.get(key)
        if got is None:
            known = _reading_of(self.text[start:end])
            if known is None:
                got = (self.holds_names(start, end), self.split_and(start, end))
            else:
                got = (known[0], [(start + s, start + e) for s, e in known[1]])
            self._readings[key] = got
        return got

    def is_cut_off(self, end: int) -> bool:
        """A name the excerpt ends in the middle of ("... and the Office of the Government of the")."""
        ahead = self.text[end:end + 16].lstrip(" \t\u00a0\r\n")
        if ahead and ahead[0] not in "oa&tf":
            return False  # what follows is neither space nor a connector: the text goes on
        m = TRAILING_CUT.match(self.text, end)
        return m is not None and m.end() >= self.text_end

    # -- lists ---------------------------------------------------------------------------
    def read_list(self, pos: int, limit: int,
                  end_if_none: bool = True) -> tuple[list[tuple[int, int]], int]:
        """Organisation names listed from `pos`, in order, and where the list ends (the end of
        its last name; with no name, the end of the last capitalised run, if `end_if_none`)."""
        text = self.text
        runs = _list_runs(text, pos, limit)
        reading = self.reading
        # Join pieces that a comma inside a name cut apart ("Health, Welfare & Food Bureau";
        # "Office of Hong Kong, Macao and Taiwan Affairs of the Ministry of Culture").
        # (start, end, the names it divides into) of each piece kept
        merged: list[tuple[int, int, list[tuple[int, int]]]] = []
        read_to = pos  # the end of the last run read
        run = next(runs, None)
        while run is not None:
            s, e, mark = run
            read_to = e
            holds, parts = reading(s, e)
            if not holds:
                after = next(runs, None)
                if after is not None:
                    read_to = after[1]
                joined_to = None
                if after is not None and after[2] == "," and not _opens_on_the(text, e, after[0]):
                    if (joined := reading(s, after[1]))[0] \
                            and not self._ends_name_before(merged, mark, s, e, joined[1]):
                        joined_to = after[1]  # "Health," + "Welfare & Food Bureau" (not ", the ...")
                    elif text.find(" and the ", after[0], after[1]) >= 0 \
                            and not reading(after[0], after[1])[0] \
                            and (third := next(runs, None)) is not None:
                        # "Agriculture," + "Fisheries and Conservation Department and the
                        # Environment," + "Transport and Works Bureau": the middle piece closes
                        # one name with commas and opens the next
                        if third[2] == "," and not _opens_on_the(text, after[1], third[0]) \
                                and (joined := reading(s, third[1]))[0] \
                                and not self._ends_name_before(merged, mark, s, e, joined[1]):
                            joined_to = read_to = third[1]
                        else:
                            runs = chain((third,), runs)  # read again as the list goes on
                if joined_to is None and after is not None:
                    many, runs = self._join_comma_pieces(merged, mark, s, e, after, runs)
                    if many is not None:
                        joined = many
                        joined_to = read_to = many[1][-1][1]
                if joined_to is not None:
                    e = joined_to
                    parts = joined[1]
                else:
                    if merged and mark == "," and not _opens_on_the(text, merged[-1][1], s) \
                            and not self.ends_in_head(merged[-1][0], merged[-1][1]) \
                            and (joined := reading(merged[-1][0], e))[0]:
                        # "Department of Tourism, Culture": the piece closes the name before;
                        # not ", the X ...", which opens a name of its own, nor after a name
                        # closed by its head word ("... Department, Council members received")
                        merged[-1] = (merged[-1][0], e, joined[1])
                        run = after
                        continue
                    if parts:
                        merged.append((s, e, parts))  # "A Bureau and the B Zone": A, and the list ends
                    break  # not an organisation: the list of organisations ends here
            merged.append((s, e, parts))
            run = next(runs, None)
        names = [name for _, _, parts in merged for name in parts]
        if names and (text.find("'s", pos, names[-1][1]) >= 0
                      or text.find("\u2019s", pos, names[-1][1]) >= 0) \
                and text.find("s ", pos, names[-1][1]) >= 0:  # the rare test first
            names = self._without_possessive_places(merged)
        if not names:
            if not end_if_none:
                return [], pos
            for run in runs:
                if _group_word_between(text, read_to, run[0]):
                    break  # "Mr Arthur Chan, and officials of the X": a list of its own, read at its cue
                read_to = run[1]
            return [], read_to
        end = names[-1][1]
        # Evidence is the name itself, without the abbreviation the text defines after it.
        out = []
        for s, e in names:
            if text[e - 1] == ")" and (t := TRAILING_ABBR.search(text, s, e)):
                e -= len(t.group())
            if self.is_cut_off(e):
                continue
            if text.startswith(POST_FIRST_WORDS, s) and (
                    text.startswith(",", e) and COMMA_PERSON.match(text, e) is not None
                    or _is_post(text, s, e)):
                # "the Commissioner for Tourism, Mr Joe Wong": a post, its holder after it;
                # "Commissioner for Transport Kenneth Choi" (news style): a person
                continue
            out.append((s, e))
        if len(out) > 1 and text.find(" of the ", out[0][0], end) >= 0:
            self._share_owners(out)
        return out, end

    def _join_comma_pieces(self, merged: list, mark: str, s: int, e: int,
                           after: tuple[int, int, str], runs: Iterator):
        """"Guangzhou Municipal Culture," + "Radio," + "Television and Tourism Bureau": a name
        whose words a run of commas divides, each piece between one lone word naming nothing
        (up to MAX_COMMA_PIECES pieces). (the reading joined or None, the runs left to read:
        those after `after` as they were, if none joined)."""
        text = self.text
        pieces = [after]
        while len(pieces) < MAX_COMMA_PIECES:
            piece = pieces[-1]
            before_end = pieces[-2][1] if len(pieces) > 1 else e
            if piece[2] != "," or _opens_on_the(text, before_end, piece[0]) or not \
                    LONE_WORD.fullmatch(text, piece[0], piece[1]) or self.reading(*piece[:2])[0]:
                break
            nxt = next(runs, None)
            if nxt is None:
                break
            pieces.append(nxt)
            if nxt[2] != "," or _opens_on_the(text, piece[1], nxt[0]):
                break
            joined = self.reading(s, nxt[1])
            if joined[0] and joined[1][0][0] == s and joined[1][0][1] > piece[1] \
                    and not self._ends_name_before(merged, mark, s, e, joined[1]):
                return joined, runs
        return None, chain(pieces[1:], runs)

    def _share_owners(self, names: list[tuple[int, int]]) -> None:
        """"the Department of A and the Department of B of the X Administration": two names of
        one shape (head word and "of", the first ending in no head word of its own) joined by
        "and the", the second's owner ("of the X Administration", ending in a head word) is
        the first's too: its full name takes it (kept in `shared_owner` by where it starts)."""
        text = self.text
        for (s1, e1), (s2, e2) in zip(names, names[1:]):
            head = WORD_RE.match(text, s1)
            if head is None or head.group() not in HEAD_FIRST:
                continue
            shape = head.group() + " of "  # "Department of "
            if not (text.startswith(shape, s1) and text.startswith(shape, s2)
                    and AND_THE_ONLY.fullmatch(text, e1, s2)):
                continue
            if text.find(" of ", s1 + len(shape) - 1, e1) >= 0 or self.ends_in_head(s1, e1):
                continue  # the first has an owner, or a head word, of its own
            owner_at = text.rfind(" of the ", s2 + len(shape), e2)
            if owner_at < 0 or not text[owner_at + 8:owner_at + 9].isupper() \
                    or not self.ends_in_head(owner_at + 8, e2):
                continue
            self.shared_owner[s1] = " ".join(text[owner_at:e2].split())

    def _ends_name_before(self, merged: list, mark: str, start: int, end: int,
                          joined: list[tuple[int, int]]) -> bool:
        """Does the piece text[start:end], which is no name, close the name before it rather
        than open the next? So where it ends a list of portfolios after "of" ("Department of
        Tourism, Culture, Radio, Television and Sports, Hainan Provincial Development and
        Reform Commission"): the name before takes it, the next name is whole without it.
        Not where the piece and the next make a known name ("Health, Welfare and Food Bureau";
        `joined`: the names the two read as together)."""
        if not merged or mark != "," or " of " not in self.text[merged[-1][0]:start]:
            return False
        if not self.reading(merged[-1][0], end)[0]:
            return False
        return not (joined and _is_known_written(self.text[joined[0][0]:joined[0][1]]))

    def _without_possessive_places(self, merged: list[tuple[int, int, list[tuple[int, int]]]]
                                   ) -> list[tuple[int, int]]:
        """The names of a list, a place written before them as owner ("Macao's Cultural Affairs
        Bureau and Sports Bureau") taken off: it is their side, for every name of the run joined
        by "and" (not "and the") that it opens, which `possessive_sides` keeps (by where each
        name starts)."""
        names = []
        for _, _, parts in merged:
            side = None
            last_end = -1
            for s, e in parts:
                owner = possessive_place(self.text, s, e)
                if owner is not None:
                    s, side = owner
                elif side is not None and _opens_on_the(self.text, last_end, s):
                    side = None  # "Zhuhai's Housing Bureau and the Marine Department": not shared
                if side is not None:
                    self.possessive_sides[s] = side
                names.append((s, e))
                last_end = e
        return names

    def government_of(self, start: int, end: int) -> Optional[str]:
        """The full name of the government of the place written at text[start:end], as the
        text gives it elsewhere ("Shenzhen Municipal Government"); None if it gives none."""
        place = SPACES.sub(" ", self.text[start:end])
        if place in ("HKSAR", "Hong Kong SAR", "Hong Kong Special Administrative Region",
                     "Hong Kong"):
            return HKSAR_GOVERNMENT
        words = WS.join(re.escape(w) for w in place.split(" "))
        m = re.search(r"\b" + words + WS + r"(?:Municipal|Provincial)" + WS + r"(?:People['\u2019]s"
                      + WS + r")?Government\b", self.text)
        return SPACES.sub(" ", m.group()) if m else None

    # -- output --------------------------------------------------------------------------
    def written_name(self, start: int, end: int) -> tuple[str, Optional[str]]:
        """The full name for text[start:end] and the abbreviation the text defines for it."""
        written = " ".join(self.text[start:end].split())  # = SPACES.sub(" ", ...).strip()
        if "(" in written:
            written = ABBR_DEF_RE.sub("", written)
        abbreviations = self.abbreviations
        if not abbreviations:
            return _written_out(written), None
        abbreviation = None
        if written in abbreviations:
            abbreviation = written
            written = abbreviations[written][0]
        else:
            abbreviation = self.abbreviation_by_key.get(_key(written))
            # Abbreviations inside a name ("Liaison Office ... in the HKSAR") written out.
            if any(abbr in written for abbr in abbreviations):
                written = ABBR_TOKEN.sub(lambda m: abbreviations[m.group()][0]
                                         if m.group() in abbreviations and m.group() != written
                                         else m.group(), written)
        return _written_out(written), abbreviation


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """name_key, memoised across releases (the same names recur)."""
    return name_key(name)


@lru_cache(maxsize=4096)
def _written_out(written: str) -> str:
    """A name with the HKSAR written out, and the HKSAR Government in its one full form."""
    if "HKSAR" in written:
        written = REGION_TOKEN.sub("Hong Kong Special Administrative Region", written)
    if "Government" in written and (HKSAR_GOV_FORM.match(written) or HKSAR_GOV_FORM.match(
            written.replace("Hong Kong Special Administrative Region", "HKSAR"))):
        written = HKSAR_GOVERNMENT
    return written


@lru_cache(maxsize=4096)
def _is_known(written: str) -> bool:
    """Is `written` a name the gazetteer knows? (memoised across releases, like _name_shape)"""
    return gazetteer().lookup(written) is not None


@lru_cache(maxsize=4096)
def _name_shape(written: str) -> "bool | str":
    """Does `written` read as one organisation's whole name? True or False; or, for a single
    word, that word (it is a name if it is an abbreviation, which depends on the release).
    Memoised across releases: the same names recur in release after release."""
    if "(" in written:  # cheap test first: most names define no abbreviation
        written = ABBR_DEF_RE.sub("", written)
    if _is_known(written):
        return True
    if "," in written and COMMA_PERSON.search(written):
        return False  # "Commissioner for Tourism, Mr Joe Wong": a post and its holder
    words = [w for w in WORD_RE.findall(written) if w != "("]
    if not words or words[-1] in OF_WORDS or words[-1] in ("the", "and", "&"):
        return False
    if len(words) == 1:
        return words[0]
    head_at = -2
    for i, w in enumerate(words):
        if w in OF_WORDS and head_at == -2:
            head_at = i - 1
        elif w == "the" and i and words[i - 1] in ("and", "&"):
            return False  # "X and the Y": two names (names with "and the" are in the gazetteer)
    if head_at >= 0 and words[head_at] in PART_HEADS:
        # "Logistics Branch of the Transport and Logistics Bureau": a part, named with its body
        # (the body ends in its head word, or is one the gazetteer knows: "Shenzhen Branch of
        # the People's Bank of China")
        return words[head_at + 1] == "of" and (_is_head(words, len(words) - 1)
                                               or _part_of_known_body(written))
    return _is_head(words, len(words) - 1 if head_at == -2 else head_at)


PART_OF_BODY = LazyPattern(r"[\s\u00a0]of[\s\u00a0]++(?:the[\s\u00a0]++)?")


def _part_of_known_body(written: str) -> bool:
    """Is what follows the first "of [the]" of `written` a whole name the gazetteer knows?"""
    m = PART_OF_BODY.search(written)
    return m is not None and _is_known(written[m.end():])


AND_THE_ONLY = LazyPattern(WS + r"and" + WS + r"the" + WS)  # between two names joined by "and the"


def _group_word_between(text: str, sep_start: int, run_start: int) -> bool:
    """Does a list's separator text[sep_start:run_start] hold "officials/representatives/
    members/delegation(s) of", which opens a list of its own?"""
    return any(text.find(word, sep_start, run_start) >= 0 for word in GROUP_SEPARATOR_WORDS)


GROUP_SEPARATOR_WORDS = ("fficials", "epresentatives", "embers", "elegation")


def _opens_on_the(text: str, sep_start: int, run_start: int) -> bool:
    """Does the separator text[sep_start:run_start] end in "the"? ", the X" opens a new name:
    "Department of Tourism, Culture, Radio, Television and Sports, the Development and Reform
    Commission" is two names, not "Television and Sports, the ... Commission"."""
    return text[sep_start:run_start].rstrip(" \t\u00a0\r\n").endswith((" the", ",the", "\nthe"))


def _shared_own_place(ctx: "_Context", names: list[tuple[int, int]]) -> Optional[str]:
    """The side every name of a list places itself on by its own name ("Macao Economic
    Services", "Public Security Police Force of Macao") or by the place written as its owner
    ("Macao's Sports Bureau"), if they all agree."""
    owners = ctx.possessive_sides
    shared = None
    for s, e in names:  # stops at the first name with no place, or another place
        side = owners.get(s) or own_place_side(ctx.text[s:e])
        if side is None or (shared is not None and side != shared):
            return None
        shared = side
    return shared


# Head words of government units that are never named "<head> of <place>" by themselves:
# after them a bare place closing a list is the list's side ("the Lands Department and the
# Planning Department of Hong Kong"). Not "Society", "University", "Authority", "Force":
# "Law Society of Hong Kong", "Monetary Authority of Macao" are whole names.
LABEL_BEFORE_PLACE_HEADS = ("Department", "Bureau", "Office", "Commission")
# Head words after which "of the HKSAR Government" names the owner ("Beijing Office of the HKSAR
# Government" is a name of its own: not "Office").
SAR_GOVERNMENT_HEADS = ("Department", "Bureau", "Commission")


def _place_closing_list(ctx: "_Context", names: list[tuple[int, int]]
                        ) -> Optional[tuple[int, int, str, bool]]:
    """(index, end of the name proper, side, whether it labels the list) where "of <place>" after a list's second or later
    name labels the names up to it: "officials from the AFCD and the Environmental Protection
    Department of Hong Kong, and from ...". Only where the words before "of" are a government
    unit's whole name ending in its head word, the text defines no short form for the name
    with the place (that is one name) and no earlier name of the list places itself: where
    they do ("Macao Government Tourism Office and the Cultural Affairs Bureau of Macao"), the
    place after the last is its own name's too. "of the HKSAR Government" (a SAR's government)
    after such a name owns the names up to it in the same way, unless one of them places itself
    elsewhere; after a list's only or first name it is read as part of that name ("the
    Transport Bureau of the MSAR Government and the ...": nothing before it for it to own)."""
    text = ctx.text
    for i in range(1, len(names)):
        s, e = names[i]
        of_at = text.rfind(" of ", s, e)
        if of_at < 0:
            continue
        if text.startswith(" of the ", of_at) and text.endswith(SAR_GOVERNMENT_HEADS, s, of_at) \
                and (owner := SAR_GOVERNMENT_CLOSING_NAME.match(text, of_at, e)) is not None:
            # "A, B and the C Department of the HKSAR Government": the government owns them all
            side = side_name(owner.group("place"))
            if ctx.is_name(s, owner.start()) and not _is_known_written(text[s:e]) and all(
                    own_place_side(text[a:b]) in (None, side) for a, b in names[:i]):
                return i, owner.start(), side, False  # whose they are, as their own names say
            continue
        if not text.endswith(LABEL_BEFORE_PLACE_HEADS, s, of_at):
            continue  # the head word test first: "Department of Justice" stops here
        closing = PLACE_CLOSING_NAME.match(text, of_at, e)
        if closing is None:
            continue
        cut = closing.start()
        if not ctx.is_name(s, cut) or _is_known_written(text[s:e]) or ABBR_DEF_RE.match(text, e):
            continue
        if any(a in ctx.possessive_sides or own_place_side(text[a:b]) for a, b in names[:i]):
            # "the Macao Economic Services and the Fire Services Bureau of Macao": the names
            # place themselves, the last one too (its place is its name's)
            return None
        return i, cut, side_name(closing.group("place")), True
    return None


def _split_at_closing_place(ctx: "_Context", names: list[tuple[int, int]], side: Optional[str],
                            by_label: bool, respectively: bool, found: list
                            ) -> tuple[list[tuple[int, int]], Optional[str], bool]:
    """"A and the B of Hong Kong, and from C and D": where a place closes a name of the list
    (_place_closing_list), the names up to it go into `found` with that place's side; the names
    after it are returned, with the side and label they keep. The names after it are tried in
    the same way: "A and B of the HKSAR Government, as well as C and D of the MSAR Government"
    closes two lists, each with its own government."""
    while len(names) > 1:
        closing = _place_closing_list(ctx, names)
        if closing is None:
            break
        last, cut, place_side, labels = closing
        labels = labels or (by_label and side == place_side)
        found.extend((s, e, place_side, respectively, None, labels) for s, e in names[:last])
        found.append((names[last][0], cut, place_side, respectively, None, labels))
        names = names[last + 1:]
        if names:
            side = _shared_own_place(ctx, names) or (side if side != place_side else None)
            by_label = False
    return names, side, by_label


# "..., while the Yantian side will be joined by officials from ...": a side named by a place
# that is no delegation's in sides.py (a district, a county). Capitalised words only, and none
# that names no place ("the Government side", "the Chinese side": whose, the text must say).
NAMED_SIDE = LazyPattern(r"\bthe" + WS + r"(?P<place>[A-Z][a-z]++(?:" + WS + r"[A-Z][a-z]++){0,2})"
                         + WS + r"side\b")
COMMON_SIDE_PLACES = ("Kong", "Macao", "Mainland", "Shenzhen", "Guangdong")
NAMED_SIDE_REACH = 60  # characters before " side" in which its "the" stands
NOT_PLACE_WORDS = frozenset({"Government", "Governments", "Administration", "Other", "Two",
                             "Both", "Each", "Same", "Opposite", "Chinese", "Central", "National",
                             "Local", "Municipal", "Provincial", "Council", "Committee", "Sides"})


def _named_side_after(text: str, start: int, end: int) -> Optional[str]:
    """The place of the last "the <Place> side" in text[start:end], where it is a place that
    sides.py does not know and no side phrase it knows stands after it (that would be nearer);
    "" where that last phrase names no place ("while the Chinese side was joined by"): no side
    before it is this clause's. None where side_of's answer stands."""
    last = None
    at = text.rfind(" side", start, end)
    while at >= 0 and last is None:  # the phrases ending at each " side", the last first
        if text.endswith(COMMON_SIDE_PLACES, start, at):
            return None  # "the Hong Kong side": side_of's (the quick test first)
        word_start = text.rfind(" ", max(start, at - NAMED_SIDE_REACH), at) + 1
        if text[word_start:word_start + 1].isupper():  # "both sides", "two sides": no name
            the_at = text.rfind("the", max(start, at - NAMED_SIDE_REACH), at)
            if the_at >= 0:
                last = NAMED_SIDE.match(text, the_at, end)
                if last is not None and last.end() != at + 5:
                    last = None
        at = text.rfind(" side", start, at)
    if last is None or is_place(last.group("place")) \
            or side_of(text, last.end(), end) is not None:
        return None  # none, or a known place here or after: side_of has it
    if not NOT_PLACE_WORDS.isdisjoint(last.group("place").split()):
        return ""
    return " ".join(last.group("place").split())


def _post_before_name(text: str, name_start: int) -> Optional[str]:
    """The post written before a person's name, set off by a comma ("..., the Director of
    Lands, Mr Lam"): from the clause's start (a comma, "by", "with", the sentence) to the comma."""
    before = text[max(0, name_start - POST_LOOK_BACK):name_start].rstrip(" \t\u00a0\r\n")
    if not before.endswith(","):
        return None
    before = before[:-1]
    cut = max(before.rfind(","), before.rfind("."), before.rfind(";"), before.rfind(" by "),
              before.rfind(" with "), before.rfind("\n"))
    post = before[cut + 1:].strip()
    post = POST_LEAD.sub("", post)
    return post if post[:1].isupper() else None


def _briefing_at_meeting(ctx: _Context) -> list[tuple[int, int, Optional[str], bool,
                                                      Optional[str], bool]]:
    """Bodies that brief, report or present at the meeting, in a sentence opened by "At the
    meeting," ("At the meeting, the Lands Department, which ..., reported on ...")."""
    text = ctx.text
    found = []
    i = text.find(AT_MEETING_NEEDLE)
    while i >= 0:
        after = i + len(AT_MEETING_NEEDLE) + 1
        opener_start = i - 3 if text.startswith("At", i - 3) else i - 7
        if not text.startswith(("At", "During"), opener_start) \
                or not (text.startswith("the ", after) or text[after:after + 1].isupper()) \
                or not any(text.find(verb, after, after + BRIEFING_REACH) >= 0
                           for verb in BRIEFING_WORDS):
            i = text.find(AT_MEETING_NEEDLE, i + 1)
            continue  # "... of the meeting, ...", "At the meeting, members ...": no body opens it
        sentence = ctx.sentence_of(i)
        if sentence is not None and sentence.start == opener_start \
                and not ctx.about_other_meeting(sentence):
            opener = AT_MEETING_OPENER.match(text, sentence.start, sentence.end)
            if opener is not None:
                names, end = ctx.read_list(opener.end(), sentence.end, end_if_none=False)
                if names and BRIEFING_VERB.match(text, end, sentence.end) and not any(
                        text.startswith(POST_FIRST_WORDS, s)
                        or GENERIC_BODY_WORDS.issuperset(text[s:e].split()) for s, e in names):
                    found.extend((s, e, None, False, None, False) for s, e in names)
        i = text.find(AT_MEETING_NEEDLE, i + 1)
    return found


# "At the meeting, X, the body responsible for ..., briefed members": the opener, and what may
# follow the list (its short form or an apposition set off by commas) before the verb.
AT_MEETING_NEEDLE = "the meeting,"
AT_MEETING_OPENER = LazyPattern(
    r"(?:At|During)" + WS + r"the" + WS + r"meeting," + WS)
BRIEFING_VERB = LazyPattern(
    r"(?:" + WS + r"?" + ABBR_DEF + r")?(?:," + r"[^,;.()]{1,150}" + r",)?" + WS
    + r"(?:also" + WS + r")?(?:briefed|reported|presented|gave" + WS + r"(?:an?" + WS
    + r")?(?:account|briefing|presentation|report))\b")
BRIEFING_WORDS = ("briefed", "reported", "presented", "gave")  # a cheap test before the pattern
BRIEFING_REACH = 400  # characters after the opener searched for one of them
# A post, not a body ("the Commissioner for Tourism briefed members")
POST_FIRST_WORDS = ("Commissioner", "Secretary", "Director", "Deputy", "Assistant", "Under",
                    "Permanent", "Chairman", "Chief Secretary", "Financial Secretary")
POST_WORDS = frozenset(w.split()[0] for w in POST_FIRST_WORDS)  # "Chief": only "Chief Secretary"
# A person after a comma: no name of a body goes on into one.
COMMA_PERSON = LazyPattern(r"," + WS + r"(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Professor|Prof|Ir|Sr|Sir"
                           r"|Dame)\.?" + WS + r"[A-Z]")
# Names that are only the generic words of a body's name ("the Task Force", "the Committee"):
# at "At the meeting," they are the body whose meeting it is.
GENERIC_BODY_WORDS = frozenset(
    "Task Force Working Group Committee Commission Council Board Panel Sub-committee"
    " Subcommittee Joint Expert Steering Advisory Liaison Conference Meeting Secretariat".split())
CLAUSE_OPENERS = ("while", "whereas")


def _clause_start(text: str, start: int, end: int) -> Optional[int]:
    """Where the last clause of text[start:end] opened by "while"/"whereas" or a semicolon
    begins (after the opener), if one is."""
    best = text.rfind(";", start, end)
    at = best + 1 if best >= 0 else -1
    for word in CLAUSE_OPENERS:
        i = text.rfind(word, start, end)
        after = i + len(word)
        if i > start and i + 1 > at and not text[i - 1].isalnum() and after < end \
                and text[after] in " \t\u00a0\r\n":
            at = after
    return at if at > start else None


def _and_clause_start(text: str, start: int, end: int) -> Optional[int]:
    """Where the last clause of text[start:end] opened by ", and" begins (after "and"), if
    one is."""
    i = text.rfind(", and ", start, end)
    return i + 5 if i > start else None


def _is_post(text: str, start: int, end: int) -> bool:
    """Is text[start:end], which opens on a post word, a post (and maybe its holder, written
    after it without a comma in news style: "Commissioner for Transport Kenneth Choi") rather
    than a body named after one ("Commissioner for Heritage's Office")? A post word opens it
    as a whole word, and its last word heads no body."""
    first = text[start:end].split(None, 1)[0]
    if first.split("-", 1)[0] not in POST_WORDS:
        return False  # "Directorate of ...", "Secretariat"
    last = text[start:end].rsplit(None, 1)[-1]
    return last not in HEADS or last in POST_WORDS


# "Representatives of A and B will also join the delegation": the list is put in a delegation
# named without its place, which the release names elsewhere (see _sole_delegation_side).
JOIN_THE_DELEGATION = LazyPattern(
    WS + r"(?:(?:will|would)" + WS + r")?(?:also" + WS + r")?(?:join|joined)" + WS + r"the" + WS
    + r"delegation\b")
DELEGATION_MENTIONS_TRIED = 8  # mentions of "delegation" read for their place
DELEGATION_PLACE_AFTER = 60  # "a delegation of the HKSAR Government": the place written after


def _delegation_mentions(text: str, needle: str) -> Iterator[int]:
    """Where the first DELEGATION_MENTIONS_TRIED mentions of `needle` start (a release names
    its delegations early; the cap keeps freak input cheap)."""
    at = text.find(needle)
    for _ in range(DELEGATION_MENTIONS_TRIED):
        if at < 0:
            return
        yield at
        at = text.find(needle, at + 1)


def _one_side(sides: set) -> Optional[str]:
    """The side when every delegation read is of one place, else None."""
    return next(iter(sides)) if len(sides) == 1 else None


def _sole_delegation_side(ctx: _Context) -> Optional[str]:
    """The place of the one delegation the release names ("will lead a Hong Kong Special
    Administrative Region Government delegation", "a delegation of the Macao SAR Government");
    None where it names delegations of two places, or none with its place."""
    text = ctx.text
    places = set()
    for at in _delegation_mentions(text, "delegation"):
        sentence = ctx.sentence_of(at)
        if sentence is not None:
            word_end = at + len("delegation")
            before = side_of(text, max(sentence.start, at - SIDE_LOOKBACK), word_end)
            after = side_of(text, at, min(sentence.end, word_end + DELEGATION_PLACE_AFTER))
            places.update(p for p in (before, after) if p is not None)
    return _one_side(places)


# "Members of the delegation include ...": a sentence on the makeup of a delegation named
# without its place.
MEMBERS_OF_DELEGATION = LazyPattern(
    r"[\s\u00a0]*+(?:Members|The" + WS + r"members)" + WS + r"of" + WS + r"the" + WS
    + r"delegation" + WS + r"(?:will" + WS + r")?(?:include|includes|included|comprise|comprises"
    r"|comprised)\b")
# "..., Mr Ronald Ip Chi-wing, will lead a delegation": the leader, just before the verb.
PERSON_BEFORE_LEAD = LazyPattern(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?" + WS + r"[A-Z][A-Za-z'\u2019\-]*+(?:" + WS
    + r"[A-Z][A-Za-z'\u2019\-]*+){0,4}+," + WS + r"(?:(?:will|would)" + WS + r")?\Z")
LEAD_VERBS = ("lead ", "leads ", "led ", "leading ")  # before "a delegation"
LEADER_LOOK_BACK = 150  # characters before the verb in which the leader's name stands
MEMBERS_REACH = 20  # characters from a sentence's start in which its "Members" stands


def _delegation_members_side(ctx: _Context, sentence: Span) -> Optional[str]:
    """"Members of the delegation include ... representatives of A and B": the side of the one
    delegation the release has someone lead ("The Secretary for X, Mr Y, will lead a delegation
    to ..."), read off the leader's post as for a person a list joins (see
    _Context.joined_leader_side). None where the sentence opens otherwise, or where the leaders
    of the release's delegations are of different sides."""
    text = ctx.text
    if text.find("embers", sentence.start, sentence.start + MEMBERS_REACH) < 0:
        return None  # a cheap test first: most sentences open otherwise
    if MEMBERS_OF_DELEGATION.match(text, sentence.start, sentence.end) is None:
        return None
    return ctx.delegation_leader_side


def _delegation_leader_side(ctx: _Context) -> Optional[str]:
    """The side of the leaders of the delegations the release has someone lead (one side for
    all, or None): see _delegation_members_side."""
    text = ctx.text
    sides = set()
    for at in _delegation_mentions(text, " a delegation"):
        verb = next((v for v in LEAD_VERBS if text.endswith(v, 0, at + 1)), None)
        if verb is not None:
            verb_start = at + 1 - len(verb)
            person = PERSON_BEFORE_LEAD.search(text, max(0, verb_start - LEADER_LOOK_BACK),
                                               verb_start)
            post = person and _post_before_name(text, person.start())
            if post:
                elsewhere = [p for p in places_named(post) if p != "Hong Kong"]
                sides.add(elsewhere[0] if elsewhere else "Hong Kong")
    return _one_side(sides)


def _place_represented(ctx: _Context, sentence: Span, cue: int) -> Optional[str]:
    """The side of "Hong Kong was represented by A, B and C": the place that the sentence or
    its last clause opens on (its subject), "represented" being at `cue`."""
    text = ctx.text
    for start in (sentence.start, _clause_start(text, sentence.start, cue)):
        if start is None:
            continue
        while start < cue and text[start] in " \t\u00a0\r\n":
            start += 1
        m = PLACE_REPRESENTED.match(text, start, cue)
        if m is not None:
            return side_name(m.group("place"))
    return None


def _last_word_in(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Is the last word of text[start:end], followed by whitespace, one of `words`?"""
    q = end
    while q > start and text[q - 1] in " \t\u00a0\r\n":
        q -= 1
    if q == end:
        return False
    k = q
    while k > start and text[k - 1].isalpha():
        k -= 1
    return text[k:q] in words


def _may_end_run(text: str, start: int, end: int) -> bool:
    """Can a NAME_RUN in text[start:end] end just before the spaces that end the stretch?
    (NAME_RUN_BEFORE; a run ends in a word with a capital in it, or in a bracket.) A cheap
    test that spares the search, which tries the run from every capital of the stretch."""
    q = end
    while q > start and text[q - 1] in " \t\u00a0\r\n":
        q -= 1
    if q == end or q == start:
        return False
    if text[q - 1] == ")":
        return True
    k = q
    while k > start and text[k - 1] in _RUN_WORD_CHARS:
        k -= 1
    word = text[k:q]
    return word.lower() != word  # a capital A-Z in it (its other characters have no case)


_RUN_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\u2019-")


def _is_head(words: list[str], i: int) -> bool:
    """Is words[i] the head of an organisation's name, alone or with the word before it
    ("Bureau", "Customs District", "People's Government")?"""
    if i < 0:
        return False
    word = words[i]
    if word in HEADS or (i > 0 and f"{words[i - 1]} {word}" in HEADS):
        return True
    # A unit under a body of the same kind ("Sub-administration", "Sub-bureau", "Sub-office")
    return word.startswith("Sub-") and word[4:].capitalize() in HEADS


def _scan(ctx: _Context) -> dict[str, list]:
    """The cues of the text, by kind, in text order (at most MAX_CUES in all)."""
    kinds: dict[str, list] = {k: [] for k in ("govs", "strong", "weak", "behalf", "report",
                                               "group", "subject", "representing",
                                               "represented", "participants")}
    text = ctx.text
    governments = None  # does the text hold "governments", which every GOVERNMENTS_OF match
    # holds? (looked for at the first "delegation": most releases have none)
    count = 0
    for start, cue_kinds in _cue_word_starts(text):
        m = None
        if text.startswith("delegation", start):
            if governments is None:
                governments = "governments" in text
            if governments:
                m = GOVERNMENTS_OF_RE.match(text, start)
                kind = "govs"
        if m is None:
            for kind in cue_kinds:
                m = CUE_PATTERNS[kind].match(text, start)
                if m is not None:
                    break
            else:
                continue
        count += 1
        if count > MAX_CUES:
            break
        kinds[kind].append(m)
        if kind in ("strong", "weak") and m.group().startswith(GROUP_WORDS):
            kinds["group"].append(m)  # "officials of X" may follow "HKSAR Government"
    return kinds


def _cue_word_starts(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Where a word of CUE_WORDS starts a word of the text, in text order, with the kinds of
    cue that may start there."""
    starts = []
    find = text.find
    startswith = text.startswith
    has_present = False
    for needle, words in CUE_NEEDLES:
        if needle == "were" and not has_present:
            continue  # "were" opens a cue only as "were present" / "were represented"
        j = find(needle)
        if needle == "present":
            has_present = j >= 0
        while j >= 0:
            for word, first_letters, offset, cue_kinds in words:
                i = j - offset
                if i < 0 or (word is not needle and not startswith(word, i)):
                    continue
                # the words of one needle exclude each other (_cue_needles): none other
                # stands here
                start = i - 1 if first_letters else i
                if start >= 0 and (not first_letters or text[start] in first_letters) and not (
                        start and (text[start - 1].isalnum() or text[start - 1] == "_")):
                    # (a regex \w before it: not the start of a word)
                    starts.append((start, cue_kinds))
                    if word in SENT_OBJECTS and text[start - 2:start] in ("t ", "r "):
                        sent = _sent_before(text, start)
                        if sent >= 0:
                            starts.append((sent, SUBJECT_KINDS))
                    elif word == "represented" and text[start - 2:start] in ("s ", "o "):
                        was = _was_before(text, start)
                        if was >= 0:
                            starts.append((was, SUBJECT_KINDS))
                break
            j = find(needle, j + 1)
    j = find("will")  # "will take part": only where the next word can go on into a cue
    while j >= 0:
        if startswith(WILL_FOLLOWERS, j + 4) and not (j and (text[j - 1].isalnum()
                                                           or text[j - 1] == "_")):
            starts.append((j, SUBJECT_KINDS))
        j = find("will", j + 4)
    j = find(" expected to ")  # "are expected to be represented": a preview's other future
    while j >= 0:
        if startswith(EXPECTED_FOLLOWERS, j + 12):
            are = _are_before(text, j)
            if are >= 0:
                starts.append((are, SUBJECT_KINDS))
        j = find(" expected to ", j + 13)
    starts.sort()
    return starts


def _side_includes(ctx: _Context) -> list[tuple[int, int, Optional[str], bool, Optional[str],
                                                  bool]]:
    """"The Hong Kong delegation included A and B", "The Macao side will include C": the
    bodies a side is made of, after "include" ("comprise", "consist of"; tried only where
    "side"/"delegation", perhaps with "also"/"will", stands just before it)."""
    found = []
    for needle in SIDE_MAKEUP_NEEDLES:
        found.extend(_side_makeup_at(ctx, needle))
    return found


def _side_makeup_at(ctx: _Context, needle: str) -> list:
    """_side_includes for the verbs found at `needle`."""
    text = ctx.text
    found = []
    j = text.find(needle)
    while j >= 0:
        if text.endswith(INCLUDE_AFTER, max(0, j - 12), j) and (
                verb := INCLUDE_VERB.match(text, j)) is not None:
            sentence = ctx.sentence_of(j)
            subject = sentence and SIDE_SUBJECT_BEFORE_INCLUDE.search(
                text, max(sentence.start, j - SIDE_SUBJECT_REACH), j)
            if subject and not ctx.about_other_meeting(sentence):
                # "The Fujian delegation included the heads of A, B and C": the bodies whose
                # people make up the side
                group = INCLUDE_GROUP_LEAD.match(text, verb.end(), sentence.end)
                names, _ = ctx.read_list(group.end() if group else verb.end(), sentence.end,
                                         end_if_none=False)
                if names and names[0][0] - verb.end() <= LIST_OPENING_REACH:
                    # "... the Labour Bureau of the Macao SAR Government": a place closing the
                    # list owns the names up to it, as at a cue (read there the same way)
                    names, side, by_label = _split_at_closing_place(
                        ctx, names, side_name(subject.group("place")), True, False, found)
                    found.extend((s, e, side, False, None, by_label) for s, e in names)
        j = text.find(needle, j + len(needle))
    return found


INCLUDE_AFTER = ("side ", "delegation ", "also ", "will ")  # what stands before "include"
# "The Hong Kong side comprised officers of A, B and C": what a side consists of is said with
# "include", "comprise" or "consist of" alike.
SIDE_MAKEUP_NEEDLES = ("includ", "compris", "consist")
INCLUDE_VERB = LazyPattern(r"(?:included|includes|include|comprised|comprises|comprise"
                           r"|(?:consisted|consists|consist)" + WS + r"of)\b")
INCLUDE_GROUP_LEAD = LazyPattern(
    WS + r"(?:the" + WS + r")?(?:(?:senior|other)" + WS + r")?(?:heads|representatives|officials"
    r"|officers|leaders|delegates)" + WS + r"(?:of|from)\b")
SIDE_SUBJECT_REACH = 100  # characters before "include" searched for "The X side (will)"
LIST_OPENING_REACH = 40  # "included representatives of the ...": the list opens near the verb


def _acting_for_government(ctx: _Context, names: list[tuple[int, int]], sentence: Span,
                           cue_start: int, found: list) -> bool:
    """Is "on behalf of" followed only by whole governments ("the Central Government"), in a
    sentence whose attending bodies were already read before the cue ("officials from A and B,
    who attended on behalf of the Central Government")? Then the government is whom those bodies
    act for, not one more attendee."""
    text = ctx.text
    if not all(text.endswith(GOVERNMENT_WORDS, s, e) for s, e in names):
        return False
    return any(sentence.start <= f[0] < cue_start for f in found)


GOVERNMENT_WORDS = ("Government", "Governments")


def _meeting_named_after(text: str, pos: int, end: int) -> bool:
    """Does the meeting itself follow at `pos` ("at the meeting", "in the session"), not
    merely the end of the clause?"""
    m = MEETING_OBJECT.match(text, pos, end)
    return m is not None and m.group().strip(" \t\u00a0\r\n")[:1] not in (".", ",", ";")


def _sent_before(text: str, start: int) -> int:
    """Where "sent " (or "sent their ") stands just before the word at `start`
    ("... sent representatives."), or -1."""
    for k in (start - 5, start - 11):
        if k >= 0 and text.startswith(SENT_WORDS[k == start - 11], k) \
                and not (k and (text[k - 1].isalnum() or text[k - 1] == "_")):
            return k
    return -1


# Cues of the future ("will take part") are found at "will" followed by a word that can go on
# into one (most "will"s go on into none): a look at the next word, not a pattern at each one.
# "sent representatives" is found at the cue word's own search (see _cue_word_starts).
WILL_FOLLOWERS = (" attend", " join", " particip", " take part", " be present",
                  " be represented", " send ", " also ")
EXPECTED_FOLLOWERS = tuple(w for w in WILL_FOLLOWERS if w != " also ")
ARE_WORDS = ("are", "is", "are also", "is also")


def _are_before(text: str, space: int) -> int:
    """Where "are"/"is" (perhaps "also" after it) ends just before the space at `space`
    ("... are expected to attend"), or -1."""
    for word in ARE_WORDS:
        k = space - len(word)
        if k >= 0 and text.startswith(word, k) and not (k and (text[k - 1].isalnum()
                                                                or text[k - 1] == "_")):
            return k
    return -1


SENT_WORDS = ("sent ", "sent their ")
WAS_WORDS = ("was ", "was also ")


def _was_before(text: str, start: int) -> int:
    """Where "was " (or "was also ") stands just before "represented" at `start` ("The X
    Bureau was represented on the Foshan side"), or -1."""
    for k in (start - 4, start - 9):
        if k >= 0 and text.startswith(WAS_WORDS[k == start - 9], k) \
                and not (k and (text[k - 1].isalnum() or text[k - 1] == "_")):
            return k
    return -1


SENT_OBJECTS = frozenset({"epresentativ", "fficial", "elegat"})
SUBJECT_KINDS = ("subject",)


def _cue_lists(ctx: _Context, kinds: dict[str, list]) -> Iterator[tuple[int, int, Span]]:
    """(cue start, list start, sentence) for every cue that opens an attendance list."""
    text = ctx.text
    for kind, needs_attendance in (("strong", False), ("weak", True), ("behalf", True),
                                   ("report", False), ("representing", False),
                                   ("represented", True), ("participants", False)):
        for m in kinds[kind]:
            sentence = ctx.sentence_of(m.start())
            if sentence is None or ctx.about_other_meeting(sentence):
                continue
            if kind == "representing" and not text[max(0, m.start() - 3):m.start()].strip(
                    " \t\u00a0\r\n").endswith(","):
                continue  # only "Mr X, representing the Y": a person attending for a body
            if ctx.about_membership(sentence) or (
                    needs_attendance and not ctx.about_attendance(sentence)
                    and sentence.start not in ctx.representing_sides
                    and not _names_delegation_members(text, sentence)
                    and not (kind == "represented" and (ctx.side_before(m.start())
                                                        or _place_represented(ctx, sentence,
                                                                              m.start())))):
                continue
            if _last_word_in(text, max(sentence.start, m.start() - 40), m.start(),
                             MEET_WITH_LAST_WORDS) and MEET_WITH.search(
                    text, max(sentence.start, m.start() - 40), m.start()):
                continue
            if m.group().lower().startswith("delegation") and ctx.says_held(sentence):
                continue  # "leading the delegations of ... held the meeting": the holders
            yield m.start(), m.end(), sentence


# "Other members of the Hong Kong delegation were ... and officers of A and B": who a delegation
# to the meeting is made of attends it (tried only in a sentence holding "delegation").
DELEGATION_MEMBERS = LazyPattern(
    r"\b[Mm]embers" + WS + r"of" + WS + r"the" + WS + r"(?:[A-Z][\w\-]*+" + WS
    + r"){1,3}delegation" + WS + r"(?:were|are|included|includes|include|will" + WS + r"be)\b")


def _names_delegation_members(text: str, sentence: Span) -> bool:
    """Does the sentence say who the members of a delegation are?"""
    return text.find("delegation", sentence.start, sentence.end) >= 0 and \
        DELEGATION_MEMBERS.search(text, sentence.start, sentence.end) is not None


def _represented_bodies(ctx: _Context) -> list:
    """"Representing the HKSAR Government were Mr X; and officers of A and B.": a sentence
    opening on "Representing" and a body, then "were/was/will be", says that body is
    represented at the meeting (the side its own name places it on), and the lists in the rest
    of the sentence attend for it (read at their cues, see _cue_lists). Only bodies ending in a
    head word ("Representing the Chief Executive was ..." names a person)."""
    text = ctx.text
    found = []
    j = text.find("Representing ")
    while j >= 0:
        sentence = ctx.sentence_of(j)
        if sentence is not None and j - sentence.start < 16 and not text[sentence.start:j].strip() \
                and not ctx.about_other_meeting(sentence):
            names, end = ctx.read_list(j + 13, sentence.end, end_if_none=False)
            verb = REPRESENTING_VERB.match(text, end) if names else None
            if verb is not None and all(ctx.ends_in_head(s, e) for s, e in names):
                sides = {_place_side(text[s:e]) for s, e in names}
                side = sides.pop() if len(sides) == 1 else None
                ctx.representing_sides[sentence.start] = side
                found.extend((s, e, side, False, None, side is not None) for s, e in names)
        j = text.find("Representing ", j + 13)
    return found


# A sentence that opens on its attendance verb and puts the attendees after "were": "Also
# attending the meeting were ...", "Taking part on the Hong Kong side were ...", "Present at the
# session were ...". Between verb and "were" only the meeting and a side label may stand.
INVERTED_OPENERS = ("Also ", "Attending ", "Taking ", "Participating ", "Present ")
INVERTED_ATTENDANCE = LazyPattern(
    r"(?:Also" + WS + r")?(?:[Aa]ttending|[Tt]aking" + WS + r"part|[Pp]articipating|[Pp]resent)"
    r"(?:" + WS + r"(?:(?:in|at)" + WS + r")?(?:the|this|today['\u2019]s)" + WS
    + r"(?:[\w\-]++" + WS + r"){0,3}?(?:meeting|plenary|session|conference|discussions?|forum"
    r"|talks)\b)?"
    r"(?P<side>" + WS + r"(?:on" + WS + r"the" + WS + r"(?:[A-Z][\w\-]*+" + WS + r"){1,4}side"
    r"|for" + WS + r"(?:the" + WS + r")?[A-Z][\w\-]*+(?:" + WS + r"[A-Z][\w\-]*+){0,3}))?"
    + WS + r"were(?:" + WS + r"also)?" + WS)
# After a person in such a list, what may come before the next item.
PERSON_ENTRY_END = LazyPattern(r"[ \t\u00a0]*+,[ \t\u00a0]*+(?:and" + WS + r")?")
PERSON_NAME = LazyPattern(r"[A-Z][A-Za-z'\u2019\-]*+(?:[ \t\u00a0][A-Z][A-Za-z'\u2019\-]*+){0,5}")
POST_OPENERS = frozenset({"Acting", "Permanent", "Under", "Vice", "Mayor", "Government"})
PERSON_POST_REACH = 120  # characters a post before a person's name may take
LIST_GAP = LazyPattern(r"[ \t\u00a0]*+(?:,[ \t\u00a0]*+(?:and" + WS + r")?|(?<=[ \t\u00a0])and" + WS + r")")
MAX_INVERTED_ITEMS = 12  # persons and runs of names one such list is read through


def _inverted_attendance(ctx: _Context) -> list:
    """The organisations listed after "were" in a sentence opening on its attendance verb
    ("Also attending the meeting on the Hong Kong side were the Director of Fire Services,
    Mr X, the Security Bureau and the Fire Services Department"): the persons among them are
    passed over. A side label before "were" is the list's side. Only the first word of each
    sentence is looked at (cheaper than a `str.find` through the text for each opener)."""
    text = ctx.text
    if text.find(" were") < 0:
        return []  # every such sentence has its "were"
    startswith = text.startswith
    found = []
    for j in ctx.starts:
        if not startswith(INVERTED_OPENERS, j):
            continue
        sentence = ctx.sentence_of(j)
        if sentence is None:
            continue
        m = INVERTED_ATTENDANCE.match(text, j, sentence.end)
        if m is None or m.end() >= sentence.end \
                or not _names_directly(text, m.end(), sentence.end):
            continue
        names = _names_among_persons(ctx, m.end(), sentence.end)
        if names and not ctx.about_other_meeting(sentence):
            side = ctx.side_before(m.end()) if m.group("side") else None
            found.extend((s, e, side, False, None, side is not None) for s, e in names)
    return found


def _names_directly(text: str, pos: int, limit: int) -> bool:
    """Does the list at `pos` open on a name (or a post), not on a word like "officials from",
    whose own cue reads it (with the places that close such lists)?"""
    words = text[pos:min(limit, pos + 40)].split(None, 2)
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _names_among_persons(ctx: _Context, pos: int, limit: int) -> list[tuple[int, int]]:
    """Organisation names listed from `pos`, passing over persons written "the Post, Mr X,"."""
    text = ctx.text
    names: list[tuple[int, int]] = []
    for _ in range(MAX_INVERTED_ITEMS):
        after_person = _after_person(text, pos, limit)
        if after_person is not None:
            if not _names_directly(text, after_person, limit):
                break  # "..., Mr X, and representatives from A": read at that cue
            pos = after_person
            continue
        got, end = ctx.read_list(pos, limit, end_if_none=False)
        if not got:
            break
        names.extend(got)
        gap = LIST_GAP.match(text, end, limit)
        if gap is None or _after_person(text, gap.end(), limit) is None:
            break
        pos = gap.end()
    return names


def _after_person(text: str, pos: int, limit: int) -> Optional[int]:
    """Where the list goes on after a person standing at `pos` ("the Director of Lands, Mr
    Lam Ka-ho, "): a post, a comma, an honorific and a name closed by a comma; else None."""
    comma = text.find(",", pos, min(limit, pos + PERSON_POST_REACH))
    if comma < 0 or text.find(".", pos, comma) >= 0 or not POST_WORD.search(text, pos, comma):
        return None
    post = text[pos:comma].split()
    if post and post[0] in ("the", "The"):
        post = post[1:]
    if not post or not (post[0] in POST_OPENERS or POST_WORD.fullmatch(post[0])):
        return None  # "the Labour Department and the Director of Marine, Mr X": no post alone
    at = comma + 1
    while at < limit and text[at] in " \t\u00a0":
        at += 1
    honorific = HONORIFIC_RE.match(text, at)
    if honorific is None:
        return None
    at = honorific.end()
    while at < limit and text[at] in " \t\u00a0":
        at += 1
    name = PERSON_NAME.match(text, at, limit)
    if name is None:
        return None
    close = PERSON_ENTRY_END.match(text, name.end(), limit)
    return close.end() if close is not None else None


REPRESENTING_VERB = LazyPattern(WS + r"(?:were|was|are|is|will" + WS + r"be)\b")


def _side_label_after(text: str, end: int, limit: int):
    """The side label that closes a list ending at `end`: "... on the Hong Kong side", "... for
    the Macao side" (one with "side": "for Hong Kong" alone may be part of what follows)."""
    if text.find("side", end, end + SIDE_LABEL_REACH) < 0:
        return None
    label = SIDE_AFTER.match(text, end, limit)
    return label if label is not None and label.group().endswith("side") else None


SIDE_LABEL_REACH = 80  # characters after a list in which its "on the X side" ends
LIST_CLOSE = LazyPattern(r"[ \t\u00a0]*+(?:[.;]|\Z)")  # the sentence or clause ends there


def _labelled_list_after(ctx: _Context, pos: int, limit: int
                         ) -> Optional[tuple[list[tuple[int, int]], int, str]]:
    """After "representatives of A and B on the Hong Kong side", a second list with the cue
    left out and its own label: ", and from C and D on the Macao side" -> (names, end, side).
    ", and, from the Mainland, C and D.": the place opening it is its side, where the list ends
    the sentence. Only so (else: nothing)."""
    text = ctx.text
    opening = SECOND_LIST_OPENING.match(text, pos, limit)
    if opening is None:
        return None
    names, end = ctx.read_list(opening.end(), limit, end_if_none=False)
    if not names:
        return None
    if opening.group("place") is not None:
        if not LIST_CLOSE.match(text, end):
            return None
        return names, end, side_name(opening.group("place"))
    label = _side_label_after(text, end, limit)
    if label is None:
        return None
    return names, label.end(), side_name(label.group("place"))


def find_departments(doc: Document, meeting: Optional[Meeting]) -> list[Department]:
    """Organisations stated as attending or represented at the reported meeting, text order.

    `meeting` is not needed: attendance is read from its own cues (core.py drops the result
    when no meeting is found).
    """
    ctx = _Context(doc)
    text = ctx.text
    if _is_question_and_reply(text):
        return []
    # start, end, side, "respectively" in the clause, name if not the written one, side stated
    # by a label of the list ("On the Shenzhen side, ...") rather than read off the name
    found: list[tuple[int, int, Optional[str], bool, Optional[str], bool]] = []
    # Minutes: the organisations of the officers listed as attending.
    attend_blocks, absent_blocks = _minutes_blocks(text)
    if attend_blocks:
        found.extend((s, e, None, False, None, False)
                     for s, e in _attending_officers(ctx, attend_blocks))
    # "At the meeting, the Planning Department briefed members on ...": who briefs or reports
    # at the meeting is there.
    found.extend(_briefing_at_meeting(ctx))
    # "The Hong Kong delegation included A and B": what a side is made of.
    found.extend(_side_includes(ctx))
    # "Representing the HKSAR Government were ...": that body, and the side of the lists after
    if text.find("Representing ") >= 0:
        found.extend(_represented_bodies(ctx))
    # "Also attending the meeting on the Hong Kong side were A, B and C": the list after "were"
    found.extend(_inverted_attendance(ctx))
    covered_to = -1
    kinds = _scan(ctx)
    if not any(kinds.values()):
        return _finish(ctx, found) if found else []
    cues = sorted(_cue_lists(ctx, kinds))
    for cue_start, list_start, sentence in cues:
        if list_start < covered_to:
            continue
        limit = sentence.end
        if text.startswith("representing", cue_start):
            line_end = text.find("\n", list_start, limit)
            if line_end >= 0:
                limit = line_end  # "Mr X, representing the Y" lines of a minutes' attendance list
        # "Representatives of the Hong Kong side included A; B ...": the place labels the list
        group = SIDE_GROUP_INCLUDED.match(text, list_start, limit) if text.find(
            "includ", list_start, list_start + GROUP_VERB_REACH) >= 0 else None
        if group is None and text.find("from", list_start, list_start + GROUP_VERB_REACH) >= 0:
            # "officials of the Hong Kong side from A and B": the side labels the list after it
            group = SIDE_GROUP_FROM.match(text, list_start, limit)
        if group is not None:
            list_start = group.end()
        names, end = ctx.read_list(list_start, limit)
        covered_to = end
        if names and text.startswith(FRIENDS_CUE_WORDS, cue_start) and not all(
                ctx.ends_in_head(s, e) for s, e in names):
            continue  # "friends from" a place, or from what may be no body: no list
        if names and text.startswith(MEMBERS_CUE_WORDS, cue_start) and all(
                GENERIC_BODY_WORDS.issuperset(text[s:e].split()) for s, e in names):
            continue  # "members of the Task Force attended": the meeting's own body, referred back
        if names and text.startswith("behalf", cue_start) and _acting_for_government(
                ctx, names, sentence, cue_start, found):
            continue  # "officials from A and B, who attended on behalf of the Central Government"
        if not names:
            if text.startswith(":", list_start - 1) \
                    or text.find("following", list_start, list_start + FOLLOWING_REACH) >= 0:
                listed = _following_list(ctx, list_start, cue_start)
                if listed is not None:
                    items, covered_to = listed
                    found.extend((s, e, side, False, None, side is not None)
                                 for s, e, side in items)
            continue
        # "representatives of A and B on the Hong Kong side": a side label closing the list is
        # nearest to it (before a side written earlier in the sentence for another list)
        label = _side_label_after(text, end, limit)
        if group is not None:
            side = side_name(group.group("place"))
        elif label is not None:
            side = side_name(label.group("place"))
        else:  # "..., while Hong Kong was represented by": the clause's own subject is nearest
            side = (text.startswith("represented", cue_start)
                    and _place_represented(ctx, sentence, cue_start))
            if not side:
                # "A attended on the Hong Kong side, while officials of B attended on the Macao
                # side": the verb clause closing the list is nearer than a side before its cue
                # side of the clause up to the list, its cue with it: "..., while Macao
                # officials from A and B attended" (the place standing before the cue word)
                tail = LIST_SIDE_TAIL.match(text, end, limit)
                side = side_name(tail.group("place")) if tail else ctx.side_before(list_start)
                if side is None and tail is None and JOIN_THE_DELEGATION.match(text, end, limit):
                    side = _sole_delegation_side(ctx)  # "... will also join the delegation"
        if side is None:  # "Representing the HKSAR Government were ... officers of A"
            side = ctx.representing_sides.get(sentence.start)
        by_label = side is not None
        if side is None:  # no side wording: the leader they join, or their own names
            side = ctx.joined_leader_side(sentence, cue_start)
            by_label = side is not None and text.startswith(DELEGATION_CUE_WORDS, cue_start)
            if side is None:
                # "Members of the delegation include ...": the sentence sets them out as the
                # delegation's (a label), whose side its leader's post gives
                side = _delegation_members_side(ctx, sentence)
                by_label = side is not None
            if side is None:
                side = _shared_own_place(ctx, names)
                # "together with a delegation from A and B" (all of one place by their names):
                # the text sets them apart as a delegation, which their place names
                by_label = side is not None and text.startswith(DELEGATION_CUE_WORDS, cue_start)
        respectively = ctx.says_respectively(sentence)
        names, side, by_label = _split_at_closing_place(ctx, names, side, by_label, respectively,
                                                        found)
        found.extend((s, e, side, respectively, None, by_label) for s, e in names)
        if label is not None:
            more = _labelled_list_after(ctx, label.end(), limit)
            if more is not None:
                names, covered_to, side = more
                found.extend((s, e, side, False, None, True) for s, e in names)

    # "HKSAR Government officials attending ...", "the Shenzhen Municipal People's Government
    # leaders ... and their participation in the meeting".
    for m in sorted(kinds["group"], key=lambda m: m.start()):
        sentence = ctx.sentence_of(m.start())
        if sentence is None:
            continue
        window_start = max(sentence.start, m.start() - 200)
        if not _may_end_run(text, window_start, m.start()):
            continue  # "... and officials of": no capitalised name just before the word
        if ctx.about_other_meeting(sentence) or not ctx.about_attendance(sentence) \
                or ctx.about_membership(sentence):
            continue
        run = NAME_RUN_BEFORE_RE.search(text, window_start, m.start())
        if run is None:
            continue
        s, e = run.span()
        filler = LEADING_FILLER.match(text, s, e)
        if filler:
            if text.startswith("Other", s):
                continue  # "Other HKSAR Government officials": the co-chair's side, listed below
            s = filler.end()
        if s < e and ctx.is_name(s, e) and ctx.ends_in_head(s, e):
            side = None
            phrase = SIDE_PHRASE.search(text, s, m.end())
            if phrase:
                side = side_name(phrase.group("place"))
            found.append((s, e, side, False, None, False))

    # "led delegations representing the governments of the HKSAR and Shenzhen respectively for
    # the meeting": each government, in the full form the text gives it elsewhere.
    for m in kinds["govs"]:
        sentence = ctx.sentence_of(m.start())
        if sentence is None or ctx.says_held(sentence):
            continue  # delegations that "held" the meeting are its holders, not attendees
        for group in ("a", "b"):
            s, e = m.span(group)
            full = ctx.government_of(s, e)
            if full is not None:
                found.append((s, e, _place_side(text[s:e]), False, full, False))

    # "The Hong Kong Monetary Authority and the Insurance Authority also attended the meeting."
    for m in kinds["subject"]:
        sentence = ctx.sentence_of(m.start())
        if sentence is None or ctx.about_other_meeting(sentence):
            continue
        label = SIDE_AFTER.match(text, m.end(), sentence.end)
        if label is None and text.startswith(" from ", m.end()):  # "attended from Macao"
            label = SIDE_FROM_AFTER.match(text, m.end(), sentence.end)
        verb = m.group()
        if label is None and (verb.endswith(TAKE_PART_VERBS) or verb.startswith(FUTURE_WORDS)
                              and verb.endswith(FUTURE_NEEDS_OBJECT)) \
                and not MEETING_OBJECT.match(text, m.end(), sentence.end):
            continue  # "took part in the joint operation", "will attend the ceremony"
        if label is None and text.startswith("represented", m.start()):
            continue  # "X represented the company": only "represented the Shenzhen side" counts
        if label is None and verb.startswith("was") and not _meeting_named_after(
                text, m.end(), sentence.end):
            continue  # "The company was represented": only on a side, or at the meeting
        opener = SIDE_OPENER.match(text, sentence.start, m.start()) if text.startswith(
            SIDE_OPENER_WORDS, sentence.start) else None  # "From Macao, ..."
        if opener is not None and any(opener.end() <= f[0] < m.start() for f in found):
            continue  # "On the X side, officials of A and B attended": read at its cue
        names, end = ctx.read_list(opener.end() if opener else sentence.start, m.start(),
                                   end_if_none=False)
        if not names or not BEFORE_VERB.fullmatch(text, end, m.start()):
            # "A attended for Hong Kong, while B and C were represented on the Shenzhen side":
            # the subject of the clause the verb ends
            clause = _clause_start(text, sentence.start, m.start())
            if clause is None and label is not None:
                # "A attended, and the B Bureau was also represented on the Y side": with a
                # side label after the verb, a clause after ", and" has its own subject
                clause = _and_clause_start(text, sentence.start, m.start())
            if clause is None:
                continue
            names, end = ctx.read_list(clause, m.start(), end_if_none=False)
            if not names or not BEFORE_VERB.fullmatch(text, end, m.start()):
                continue
        side = side_name(label.group("place")) if label else None
        if side is None:  # "..., while Macao's A and B will send officials": their owner
            owners = {ctx.possessive_sides.get(s) for s, _ in names}
            side = owners.pop() if len(owners) == 1 else None
        if side is None:  # "From Shenzhen, A, B and C will take part": the clause's opening
            side = ctx.side_before(names[0][0])
        if side is None:  # "The Foshan Municipal X will attend": the place the names open on,
            # if not Hong Kong's ("Hong Kong Design Centre" sets out no side by its name alone)
            side = _shared_own_place(ctx, names)
            side = None if side == "Hong Kong" else side
        # "the A and the B of Macao were represented": the place closing the list is its side
        names, side, by_label = _split_at_closing_place(ctx, names, side, side is not None, False,
                                                        found)
        found.extend((s, e, side, False, None, by_label) for s, e in names)
        # "..., and the Z on the Macao side": the same verb, understood.
        if label is not None and (more := ELLIPSIS_AND.match(text, label.end(), sentence.end)):
            second = SIDE_AFTER.search(text, more.end(), sentence.end)
            if second is not None:
                names, end = ctx.read_list(more.end(), second.start(), end_if_none=False)
                if names and end == second.start() and (
                        more.group("semicolon") is None or LIST_CLOSE.match(text, second.end())):
                    found.extend((s, e, side_name(second.group("place")), False, None, True)
                                 for s, e in names)

    if absent_blocks:  # nobody listed as absent attends, whatever the entry says
        found = [f for f in found if not any(s <= f[0] < e for s, e in absent_blocks)]
    if meeting is not None and meeting.body and found:
        _hong_kong_list_before_other_side(ctx, found, meeting.body)
    return _finish(ctx, found)


def _hong_kong_list_before_other_side(ctx: _Context, found: list, body: str) -> None:
    """In a release on a meeting of Hong Kong and one other place ("Hong Kong/Sichuan
    Co-operation Conference"), whose lists with a side are all that place's ("On the Sichuan
    side, ...", a label and not only their own names), the names set out without side wording
    before them are the Hong Kong delegation's: "Representatives of the Trade and Industry
    Department also attended. From Macao, ...". Only where every one of them is a Hong Kong
    body (by its own name or the gazetteer): a national ministry listed first is no Hong Kong
    delegate. Sides set in place."""
    if "Hong Kong" not in body:
        return
    sides = set(map(itemgetter(2), found))
    sides.discard(None)
    if len(sides) != 1:
        return  # no side, or two sides already
    other = sides.pop()
    if other == "Hong Kong":
        return
    if not any(f[5] and f[2] == other for f in found):
        return  # no label sets the other side's list apart: the text may not group them
    first_other = min(f[0] for f in found if f[2] == other)
    before = [i for i, f in enumerate(found) if f[2] is None and f[0] < first_other]
    if not before or other not in places_named(body) \
            or not all(_is_hong_kong_body(ctx, found[i]) for i in before):
        return
    for i in before:
        found[i] = found[i][:2] + ("Hong Kong",) + found[i][3:]


def _is_hong_kong_body(ctx: _Context, item: tuple) -> bool:
    """Is the found name a Hong Kong body: one placed in Hong Kong by its own name ("Hong Kong
    Police Force") or one the gazetteer lists as the Hong Kong Government's?"""
    start, end, given = item[0], item[1], item[4]
    name = given or ctx.written_name(start, end)[0]
    if own_place_side(name) == "Hong Kong":
        return True
    org = gazetteer().lookup(name)
    return org is not None and org.side == "Hong Kong"


# "The meeting was attended by officials of the following Sichuan departments:" and the names
# set out one to a line below, each after a dash or bullet ("- Sichuan Provincial Department of
# Commerce;"). The words between "following" and the colon may name the side.
FOLLOWING_REACH = 60  # characters after the cue in which "following" is looked for
# "Officials from the following bureaux and departments were also present:": the verb may
# stand between the kind of body and the colon.
FOLLOWING_VERB = (WS + r"(?:(?:were|was)(?:" + WS + r"also)?" + WS + r"(?:present|in" + WS
                  + r"attendance)|(?:also" + WS + r")?(?:attended|participated))")
FOLLOWING_LEAD = LazyPattern(
    r"(?<=:)"  # "Attending were representatives of:" (the cue took the colon), the list set out
    r"|" + WS + r"?+(?:(?:the" + WS + r")?(?:officials|representatives|delegates|staff)" + WS
    + r"(?:of|from)" + WS + r")?the" + WS + r"following(?P<kind>(?:" + WS
    + r"[A-Za-z'\u2019\-]++){0,4}?)(?:" + FOLLOWING_VERB + r")?" + WS + r"?+:")
BULLET_ITEM = LazyPattern(
    r"[ \t\u00a0]*+\r?\n[\s\u00a0]*?(?:[-\u2013\u2014\u2022*\u00b7]|\(?[a-z0-9]{1,2}[.)])"
    r"[ \t\u00a0]++(?:the[ \t\u00a0]++)?(?P<run>" + NAME_RUN.replace(WS, r"(?:[ \t\u00a0]++)")
    + r")[ \t\u00a0]*+(?:[;,.](?:[ \t\u00a0]++and"
    r"|[ \t\u00a0]++or)?)?+(?=[ \t\u00a0]*+(?:\r?\n|\Z))")
# The same list set out under side headings, one name to a line and no bullet: "Hong Kong
# side:" (or "Guangdong delegation:") on its own line after a blank one, then its names. A line
# with no bullet is read as an item only inside such a headed list, and only when the whole line
# is a name.
SIDE_HEADING = LazyPattern(
    r"[ \t\u00a0]*+\r?\n(?:[ \t\u00a0]*+\r?\n)*+[ \t\u00a0]*+(?:(?:On|For)[ \t\u00a0]++)?(?:the"
    r"[ \t\u00a0]++|The[ \t\u00a0]++)?(?P<place>[A-Z][a-z]++(?:[ \t\u00a0]++[A-Z][a-z]++){0,2})"
    r"[ \t\u00a0]++(?:side|delegation)[ \t\u00a0]*+:[ \t\u00a0]*+(?=\r?\n)")
LINE_RUN = NAME_RUN.replace(WS, r"(?:[ \t\u00a0]++)")  # a name run that stays on its line
PLAIN_ITEM = LazyPattern(
    r"[ \t\u00a0]*+\r?\n[ \t\u00a0]*+(?:the[ \t\u00a0]++)?(?P<run>" + LINE_RUN + r"(?:,[ \t\u00a0]++"
    + LINE_RUN + r")*+)[ \t\u00a0]*+(?:[;,.](?:[ \t\u00a0]++and)?)?+"
    r"(?=[ \t\u00a0]*+(?:\r?\n|\Z))")


def _following_list(ctx: _Context, list_start: int, cue_start: int
                    ) -> Optional[tuple[list[tuple[int, int, Optional[str]]], int]]:
    """The names set out one to a line after "... attended by officials of the following
    Sichuan departments:", each with its side (the one place the words before the colon name,
    else the side of the clause; under side headings, its heading's), and where the list ends;
    None if no such list follows."""
    text = ctx.text
    lead = FOLLOWING_LEAD.match(text, list_start)
    if lead is None:
        return None
    items: list[tuple[int, int]] = []
    pos = lead.end()
    while (item := BULLET_ITEM.match(text, pos)) is not None:
        pos = item.end()
        items.extend(_line_names(ctx, *item.span("run")))
    if not items and (headed := _headed_lists(ctx, lead.end())) is not None:
        return headed
    if not items:
        return None
    places = set(places_named(lead.group("kind") or ""))
    side = places.pop() if len(places) == 1 else ctx.side_before(cue_start)
    return [(s, e, side) for s, e in items], pos


def _line_names(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a name set out on its own line (the line ends it), without a short form
    defined after it; none if the line does not read as names."""
    text = ctx.text
    holds, parts = ctx.reading(start, end)
    names = []
    if holds:
        for ps, pe in parts:
            if text[pe - 1] == ")" and (defined := TRAILING_ABBR.search(text, ps, pe)):
                pe -= len(defined.group())  # evidence: the name, without its short form
            if not ctx.is_cut_off(pe):
                names.append((ps, pe))
    return names


def _headed_lists(ctx: _Context, pos: int
                  ) -> Optional[tuple[list[tuple[int, int, Optional[str]]], int]]:
    """The names set out under side headings after "Officials from the following bureaux and
    departments were also present:": "Hong Kong side:" on its own line, then one name to a
    line, until a line that is not a whole name. Each name takes the side of its heading; the
    list ends at the first group without a name."""
    text = ctx.text
    items: list[tuple[int, int, str]] = []
    while (heading := SIDE_HEADING.match(text, pos)) is not None:
        place = heading.group("place")
        if not is_place(place):
            break
        side = side_name(place)
        group = []
        pos_in = heading.end()
        while (item := PLAIN_ITEM.match(text, pos_in)) is not None:
            names = _line_names(ctx, *item.span("run"))
            if not names:
                break  # a line that is no name ends the group
            group.extend(names)
            pos_in = item.end()
        if not group:
            break
        items.extend((s, e, side) for s, e in group)
        pos = pos_in
    if not items:
        return None
    return items, pos


def _minutes_blocks(text: str) -> tuple[list[tuple[int, int, bool]], list[tuple[int, int]]]:
    """The attendance blocks of minutes ("Present", "In Attendance"; with a flag for a
    members' "Present" block) and their "Absent" blocks, as spans. A header counts at the start of a line; in text headed "Minutes of ..."
    also where lines were run together. A block runs to the next header, to a blank line before
    a line that is no entry, or to the minutes' narrative."""
    minutes = _has_minutes_heading(text)
    if not minutes and "ttendance" not in text and "Present" not in text:
        return [], []  # most releases: no block can start a line
    headers = _block_headers(text, minutes)
    attend: list[tuple[int, int, bool]] = []
    absent: list[tuple[int, int]] = []
    for i, (header_start, start, kind, members) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        end = min(end, start + MAX_BLOCK)
        stop = BLOCK_END.search(text, start, end)
        if stop is not None:
            end = stop.start()
        if kind == "absent":
            absent.append((start, end))
        else:
            attend.append((start, end, members))
    return attend, absent


def _has_minutes_heading(text: str) -> bool:
    """Does "Minutes of" stand near the top of the text?"""
    i = text.find("Minutes", 0, MINUTES_HEAD_CHARS)
    while i >= 0:
        if MINUTES_HEADING.match(text, i):
            return True
        i = text.find("Minutes", i + 1, MINUTES_HEAD_CHARS)
    return False


def _block_headers(text: str, minutes: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, "attend" or "absent", members' "Present" block) of each block header, in
    text order. A header counts at the start of a line; in minutes also after other text on
    its line (a flattened table)."""
    headers: dict[int, tuple[int, int, str, bool]] = {}
    find = text.find
    for word, kind in HEADER_WORDS:
        i = find(word)
        while i >= 0:
            after = i + len(word)
            if (i == 0 or not text[i - 1].isalpha()) and (
                    after == len(text) or not text[after].isalpha()):
                header = _header_at(text, i, word, kind, minutes)
                if header is not None:
                    headers.setdefault(header[0], header)
            i = find(word, after)
    return [headers[k] for k in sorted(headers)]


def _header_at(text: str, i: int, word: str, kind: str,
               minutes: bool) -> Optional[tuple[int, int, str, bool]]:
    """The header whose key word `word` (of kind `kind`) is at `i`, if it is one."""
    rest = HEADER_REST.match(text, i)
    if rest is None:
        return None
    prefix = HEADER_PREFIX.search(text, max(0, i - HEADER_PREFIX_CHARS), i)
    start = prefix.start() if prefix else i
    words = text[start:i].split()
    if word[0].islower():  # "Members present", "in attendance", "Public officers attending"
        if not words:
            return None
        if word == "attending" and not any(w.lower().startswith(("officer", "official", "member"))
                                           for w in words):
            return None
    if kind == "attend" and word.lower() == "attendance" and not any(
            w.lower() == "in" for w in words):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = not text[line_start:start].strip(" \t\u00a0\r")
    if not (at_line_start or (minutes and start and text[start - 1] in " \t\u00a0")):
        return None
    members = kind == "present" and not any(w.lower().startswith(("officer", "official"))
                                            for w in words)
    return start, rest.end(), "absent" if kind == "absent" else "attend", members


def _attending_officers(ctx: "_Context",
                        blocks: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Organisations ending the entries of attendance blocks ("Mr X, Post, Organisation").
    In a members' "Present" block only after a post: a member's own affiliation is no
    officer attending."""
    text = ctx.text
    found: list[tuple[int, int]] = []
    for block_start, block_end, members in blocks:
        if text.find(",", block_start, block_end) < 0:
            continue
        for m in ENTRY_ORG.finditer(text, block_start, block_end):
            run = NAME_RUN_RE.match(text, m.end(), block_end)
            if run is None or run.end() == run.start():
                continue
            s, e = run.span()
            stop = ENTRY_STOP.search(text, s, e)
            if stop is not None:
                e = stop.start()
            elif (block_end - e > 8 or text[e:block_end].strip(" \t\u00a0\r\n")) \
                    and not ENTRY_END.match(text, e) \
                    and not ENTRY_STOP.match(text, e, min(block_end, e + 40)):
                continue  # the entry goes on: this is a post or a place, not its end
            if s >= e:
                continue
            s = _known_name_across_commas(text, block_start, m.start(), s, e)
            if len(text[s:e].split()) < 2 and not _is_known(text[s:e]):
                continue
            if not ctx.is_name(s, e):
                continue
            if members and not _post_before(text, block_start, m.start()):
                continue
            found.append((s, e))
    return found


MAX_COMMA_PIECES = 2  # "Agriculture, Fisheries and Conservation Department": pieces before


def _known_name_across_commas(text: str, block_start: int, comma: int, s: int, e: int) -> int:
    """Where the organisation ending an entry starts, taking in the capitalised pieces before
    `comma` that a comma inside its name cut off ("..., Senior Officer, Agriculture, Fisheries
    and Conservation Department"), where the whole is a name the gazetteer knows: a post
    before it never is."""
    line_start = max(block_start, text.rfind("\n", block_start, comma) + 1)
    best = s
    for _ in range(MAX_COMMA_PIECES):
        piece_start = max(line_start, text.rfind(",", line_start, comma) + 1)
        while piece_start < comma and text[piece_start] in " \t\u00a0":
            piece_start += 1
        if piece_start >= comma or not text[piece_start].isupper():
            break
        if _is_known(text[piece_start:e]):
            best = piece_start
        comma = piece_start - 1
        if comma < line_start or text[comma] != ",":
            break
    return best


def _post_before(text: str, block_start: int, comma: int) -> bool:
    """Is the part of the entry before `comma` (after the previous comma, line break or
    honorific) a post?"""
    seg_start = max(block_start, comma - 150, text.rfind(",", block_start, comma) + 1,
                    text.rfind("\n", block_start, comma) + 1)
    last = None
    for last in HONORIFIC_RE.finditer(text, seg_start, comma):
        pass
    if last is not None:
        seg_start = last.end()
    return POST_WORD.search(text, seg_start, comma) is not None


def _is_question_and_reply(text: str) -> bool:
    """A Legislative Council question and its reply ("Following is a question by ... and a
    written reply by ..."): its attendance sentences describe meetings other than a reported one."""
    head = text.find("question by", 0, 3000)
    return head >= 0 and text.find("reply by", head, head + 600) >= 0


def _place_side(name: str) -> Optional[str]:
    """The side a government's own name places it on, for "X and Y respectively"."""
    m = SIDE_PHRASE.search(name + " officials")
    return side_name(m.group("place")) if m else None


def _finish(ctx: _Context,
            found: list[tuple[int, int, Optional[str], bool, Optional[str], bool]]
            ) -> list[Department]:
    """Names written out, deduplicated in text order. Sides are kept where the text groups the
    attendees into two or more delegations, or where a label sets out the one delegation a list
    belongs to ("On the Shenzhen side, ...", "The Hong Kong delegation will include ..."); a
    side read only off the name itself ("HKSAR Government officials") is no grouping."""
    text = ctx.text
    rows: list[tuple[str, Optional[str], Optional[str], int, int, bool]] = []
    row_of: dict[str, int] = {}  # name key -> its row
    shared_owner = ctx.shared_owner  # (mostly empty)
    for start, end, side, respectively, given, by_label in sorted(found, key=_SPAN):
        name, abbreviation = (given, None) if given else ctx.written_name(start, end)
        if shared_owner and start in shared_owner and not given:
            name += " " + _written_out(shared_owner[start])
        key = _key(name)
        if side is None and respectively:
            side = _place_side(name)
        at = row_of.get(key)
        if at is not None:
            # "At the meeting, the TID reported ..." then "Also in the Hong Kong delegation
            # were ... representatives of the TID": the later mention gives the side
            if side is not None and rows[at][2] is None:
                rows[at] = rows[at][:2] + (side,) + rows[at][3:5] + (by_label,)
            continue
        row_of[key] = len(rows)
        rows.append((name, abbreviation, side, start, end, by_label))
    if len(rows) > 1 and text.find("(") >= 0:
        rows = _without_short_names(text, rows)
    # a side is kept where the text groups attendees into two sides or more, or where a label
    # sets out a delegation: then also the sides read off the text for the other names ("a
    # delegation of the HKSAR Government" beside "The HKSAR delegation will include A and B")
    keep_sides = len({row[2] for row in rows if row[2]}) >= 2 or any(
        row[5] and row[2] for row in rows)
    evidence = Evidence.of  # the quick way to make one
    return [_department(name, abbreviation, side if keep_sides or by_label else None,
                        evidence(text, start, end))
            for name, abbreviation, side, start, end, by_label in rows]


_new_object = object.__new__


def _department(name: str, abbreviation: Optional[str], side: Optional[str],
                evidence: Evidence) -> Department:
    """Department(name, abbreviation, side, evidence), made without the frozen dataclass's
    __init__ (four object.__setattr__ calls; about 40% dearer): the same fields, the same
    value (==, hash, repr), still frozen to any later assignment."""
    made = _new_object(Department)
    made.__dict__.update(name=name, abbreviation=abbreviation, side=side, evidence=evidence)
    return made


# "the Authority of Qianhai ... Zone of Shenzhen (Qianhai Authority)": a short name the text
# defines in brackets straight after a full name (words, not only an abbreviation's capitals).
SHORT_NAME_DEFINED = LazyPattern(
    r"[\s\u00a0]*\([\"'\u201c\u2018]?(?:the[\s\u00a0]+)?(?P<short>[A-Z][^()\"'\u201c\u201d\u2018\u2019]"
    r"{0,80})[\"'\u201d\u2019]?\)")


SHORT_NAME_OPENINGS = ("(", " (", "\u00a0(", "\n(", " \n(")  # a cheap test before the pattern


def _without_short_names(text: str, rows: list) -> list:
    """The rows less those whose name is a short name the text defines in brackets after
    another row's full name ("... Zone of Shenzhen (Qianhai Authority)", later "the Qianhai
    Authority briefed members"): one organisation, reported once under its full name (which
    takes the short name's side if it has none)."""
    defined: dict[str, int] = {}  # key of the short name -> the row of the full name
    for i, row in enumerate(rows):
        if text.startswith(SHORT_NAME_OPENINGS, row[4]):
            m = SHORT_NAME_DEFINED.match(text, row[4])
            if m is not None:
                defined.setdefault(_key(m.group("short")), i)
    if not defined:
        return rows
    dropped = set()
    for i, row in enumerate(rows):
        full = defined.get(_key(row[0]))
        if full is None or full == i:
            continue
        dropped.add(i)
        if rows[full][2] is None and row[2] is not None:
            rows[full] = rows[full][:2] + (row[2],) + rows[full][3:5] + (row[5],)
    return [row for i, row in enumerate(rows) if i not in dropped]
