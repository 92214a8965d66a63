"""Co-chairs, the chair and the other officials attending the reported meeting.

Anchors are verbs: a chairing verb ("co-chaired", "chaired by", "jointly presided over", "hosted
... meeting") near a meeting word gives the chairs; an attendance verb ("attended", "accompanying",
"joined the meeting", "the delegation includes") gives the officials. People are the mentions
found by `names.mentions_in` in the same sentence, taken as a co-ordinated list ("X, and Y")
next to the verb, so that people merely named elsewhere in the sentence are left out.
Minutes ("Present / Chairman: Mr X / Members: ... / In Attendance") are read as lists.
"""
from __future__ import annotations

from typing import Optional

import regex as re

from .document import Document, Span
from .model import Evidence, Meeting, Person
from .names import Mention, mentions_in

# --- chairing ------------------------------------------------------------------------------
CHAIR_VERB = re.compile(
    r"\b(?P<co>co-?\s?chair(?:s|ed|ing)?|co-?\s?host(?:s|ed|ing)?|"
    r"jointly\s+(?:chair(?:s|ed)?|presid(?:e|es|ed)\s+over|host(?:s|ed)?|conven(?:e|es|ed)))\b"
    r"|\b(?P<solo>chair(?:s|ed|ing)?|presid(?:e|es|ed|ing)\s+over|host(?:s|ed|ing)?\s+and\s+conven(?:ed|es)"
    r"|host(?:s|ed|ing)?|conven(?:ed|es|ing)|under\s+the\s+leadership\s+of)\b"
    r"|\b(?P<held>held|hold)\b",
    re.I,
)
MEETING_WORD = re.compile(
    r"\b(?:meetings?|plenary|plenaries|sessions?|conferences?|forum|summit|dialogue|"
    r"working\s+group|task\s+force|committee|commission)\b", re.I)
STRONG_MEETING_WORD = re.compile(r"\b(?:meetings?|plenary|sessions?|conferences?|forum|summit)\b", re.I)
NOT_A_MEETING = re.compile(
    r"\b(?:signing|ceremony|lunch(?:eon)?|dinner|banquet|reception|webinar|visit|seminar|"
    r"press\s+conference|exhibition|gala|briefing)\b", re.I)
# A standing role, not this meeting: "who chairs the Committee", "appointed to co-chair".
STANDING_ROLE = re.compile(
    r"(?:\bwho\s+(?:also\s+)?(?:is\s+)?|\bwhich\s+(?:is\s+)?|\bappointed\s+(?:\w+\s+){0,3}?to\s+|"
    r"\bto\s+elect\s+)$", re.I)
HEADS_DELEGATIONS = re.compile(r"\b(?:led|leading)\b[^.;]{0,120}?\b(?:delegations?|representatives)\b", re.I)
PASSIVE_BY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*)?by\b|\s+and\s+\w+\s+by\b", re.I)
# Between a subject and its verb: adverbs, dates in brackets, auxiliaries.
SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?[\s,]*"
    r"(?:(?:today|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|will|would|also|jointly|"
    r"have|has|had|to|be|then|successfully|together|respectively|\([^()\n]{1,40}\))[\s,]*)*",
    re.I)
# Between two people of one list: "X, and the Y", "X (left) and Y", "X; the Y".
LIST_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:,\s*(?:the\s+)?\p{Lu}[\w'\u2019&\- ]{0,60}?(?=\s*,))?"
    r"\s*[,;]?\s*(?:and|&|as\s+well\s+as)?\s*,?\s*(?:the\s+)?")
WITH = re.compile(r"\swith\s")
PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")

# --- attending -----------------------------------------------------------------------------
ATTEND_CUE = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|in\s+attendance|accompan(?:y|ies|ied|ying)|joined\s+(?:the|by)|"
    r"also\s+present|special\s+guests?|briefed\s+members|addressed\s+by|"
    r"speech(?:es)?\s+(?:made\s+|delivered\s+|given\s+)?by|"
    r"delegation[^.;]{0,30}?\b(?:includes?|included|comprises?|comprised|(?:will|would)\s+include|"
    r"was\s+made\s+up)|"
    r"members\s+of\s+the\s+[^.;]{0,60}?delegation|led\s+(?:a|an|the)\s+[^.;]{0,80}?delegations?|"
    r"led\s+delegations|leading\s+(?:a|an|the)?\s*[^.;]{0,80}?(?:delegations?|officials)|"
    r"officials\s+led\s+by|(?:They|Others|Other\s+officials|Officials)\b[^.;]{0,80}?\binclud(?:e|es|ed))\b",
    re.I)
# Cues that speak of the meeting already named in the sentence before.
FOLLOW_UP_CUE = re.compile(
    r"\b(?:in\s+attendance|also\s+present|also\s+attending|accompan(?:y|ies|ied|ying)|briefed\s+members|"
    r"They\s+included|delegation)\b", re.I)
NOT_ATTENDING = re.compile(
    r"\b(?:press\s+conference|media\s+(?:session|briefing)|ceremony|reception|dinner|lunch(?:eon)?|"
    r"banquet|exhibition|seminar|forum\s+on|webinar)\b", re.I)
# People after these words in an attendance sentence are met, not attending with the speaker.
MET_WORDS = re.compile(r"\b(?:met|meets?|by\s+meeting|meeting\s+with|call(?:ed|s)?\s+on|visit(?:ed|s)?)\b", re.I)
SIDE_OF = re.compile(
    r"\b(?:from|of)\s+the\s+(?P<a>[A-Z][\w ]{1,30}?)\s+side\b|\bthe\s+(?P<b>[A-Z][\w ]{1,30}?)\s+delegation\b"
    r"|\bofficials\s+from\s+(?P<c>[A-Z][\w]+)")
SIDE_NAMES = {"hksar": "Hong Kong", "hong kong": "Hong Kong", "mainland": "Mainland"}

# --- minutes -------------------------------------------------------------------------------
MINUTES_PRESENT = re.compile(
    r"(?:^|\n|\s)(?:Members?\s+present|Present)\s*:?\s*(?=\r?\n|Chairman\s*:|Members\s*:)")
MINUTES_HEAD = re.compile(r"\bMinutes\s+of\s+the\b", re.I)
MINUTES_ABSENT = re.compile(r"\b(?:Members?\s+absent|Absent(?:\s+with\s+apolog(?:y|ies))?)\b\s*:?")
MINUTES_ATTEND = re.compile(
    r"\b(?:In\s+Attendance|Public\s+officers?\s+attending|Attending|Also\s+present)\b\s*:?", re.I)
MINUTES_END = re.compile(
    r"\b(?:Opening\s+Remarks|Clerks?\s+in\s+attendance|Staff\s+in\s+attendance|"
    r"Confirmation\s+of\s+(?:the\s+)?minutes)\b", re.I)
MINUTES_ROLE = re.compile(r"(?P<role>Chairman|Chairperson|Chair|Vice-?\s?[Cc]hairman|Vice-?\s?[Cc]hairperson|"
                          r"Members?|Secretary)\s*:\s*$")
MINUTES_CHAIR_MARK = re.compile(r"^\s*\(\s*(?:Chairman|Chairperson|Chair)\s*\)")
MINUTES_NAME_TAIL = re.compile(r",[ \t]*(?P<given>[A-Z][a-z]+)\b(?![ \t]*[,-])")
MINUTES_POST = re.compile(r"[*\s]*(?:\([^()\n]{0,30}\)\s*)?(?P<post>(?:The\s+)?[A-Z][^\n*]*?)"
                          r"(?=\s+(?:(?:The\s+)?(?:Hon|Mr|Mrs|Ms|Miss|Dr|Prof|Ir|Sr)\b|Item\s+\d|Absent\b|"
                          r"Members?\s+absent|Opening\b|Action\b)|\s*\n|\s*$)")


def _person(text: str, m: Mention, side: Optional[str] = None, title: Optional[str] = "keep") -> Person:
    return Person(m.name, m.honorific, m.title if title == "keep" else title, side,
                  Evidence.of(text, m.start, m.end))


def _mentions(doc: Document, span: Span) -> list[Mention]:
    return mentions_in(doc.text, span.start, span.end)


def _chain_forward(text: str, ms: list[Mention], first: int) -> list[Mention]:
    """The co-ordinated list that starts with ms[first]."""
    out = [ms[first]]
    for k in range(first + 1, len(ms)):
        if not LIST_GAP.fullmatch(text, out[-1].end, ms[k].start):
            break
        out.append(ms[k])
    return out


def _chain_backward(text: str, ms: list[Mention], last: int) -> list[Mention]:
    """The co-ordinated list that ends with ms[last]."""
    out = [ms[last]]
    for k in range(last - 1, -1, -1):
        if not LIST_GAP.fullmatch(text, ms[k].end, out[0].start):
            break
        out.insert(0, ms[k])
    return out


def _full_name(doc: Document, m: Mention, cache: dict) -> Mention:
    """A one-word name ("Mr Yang") completed from a fuller mention of the same person."""
    if m.name is None or " " in m.name.strip():
        return m
    if "all" not in cache:
        cache["all"] = mentions_in(doc.text, 0, len(doc.text))
    key = m.name.lower()
    for other in cache["all"]:
        if other.name and " " in other.name and key in other.name.lower().replace("-", " ").split():
            return Mention(m.start, m.end, other.name, m.honorific, m.title or other.title, m.name_start)
    return m


def _previous_person(doc: Document, before: int, cache: dict) -> Optional[Mention]:
    if "all" not in cache:
        cache["all"] = mentions_in(doc.text, 0, len(doc.text))
    prev = [m for m in cache["all"] if m.end <= before and m.name]
    return prev[-1] if prev else None


WRAPPED_LINE_BEFORE = re.compile(r"[^\r\n.!?:]{0,200}[^\s.!?:;)][ \t\u00a0]*\r?\n[ \t\u00a0]{0,2}\Z")


def _unwrapped(text: str, sent: Span) -> Span:
    """A sentence that starts on a hard-wrapped line continues the line before it (a wrapped
    headline-like first line otherwise cuts a subject off its verb)."""
    start = sent.start
    for _ in range(3):
        m = WRAPPED_LINE_BEFORE.search(text, max(0, start - 200), start)
        if m is None or not text[start:start + 1].isupper():
            break
        line_start = text.rfind("\n", 0, m.start() + 1) + 1
        start = max(line_start, m.start())
        while start < sent.start and text[start] in " \t\u00a0":
            start += 1
    return Span(start, sent.end)


def _chairs_in_sentence(doc: Document, sent: Span, cache: dict) -> Optional[tuple[bool, list[Mention]]]:
    """(jointly, people) for the first chairing statement of one sentence, else None."""
    text = doc.text
    sent = _unwrapped(text, sent)
    stext = text[sent.start:sent.end]
    if not MEETING_WORD.search(stext):
        return None
    ms: Optional[list[Mention]] = None
    for verb in CHAIR_VERB.finditer(text, sent.start, sent.end):
        co = verb.group("co") is not None
        head = text[max(sent.start, verb.start() - 40):verb.start()]
        if STANDING_ROLE.search(head):
            continue
        after = text[verb.end():min(sent.end, verb.end() + 160)]
        passive = PASSIVE_BY.match(after) is not None or verb.group().lower().startswith("under")
        if not passive:
            # the object must be a meeting, not a ceremony or a meal
            meet = MEETING_WORD.search(after)
            bad = NOT_A_MEETING.search(after)
            if meet is None or (bad is not None and bad.start() < meet.start()):
                if not (co and STRONG_MEETING_WORD.search(stext)):
                    continue
        elif not STRONG_MEETING_WORD.search(stext) and not co:
            continue
        if ms is None:
            ms = _mentions(doc, sent)
        people: list[Mention] = []
        before = [k for k, m in enumerate(ms) if m.end <= verb.start()]
        later = [k for k, m in enumerate(ms) if m.start >= verb.end()]
        participle = verb.group().lower().endswith("ing")
        if passive or (participle and verb.start() - sent.start < 3):
            if later and ms[later[0]].start - verb.end() < 60:
                people = _chain_forward(text, ms, later[0])
        elif participle and before:
            # "said after chairing the meeting": the person just before
            people = [ms[before[-1]]]
        else:
            if before and SUBJECT_GAP.fullmatch(text, ms[before[-1]].end, verb.start()):
                people = _chain_backward(text, ms, before[-1])
            elif before and ms[before[0]].start - sent.start < 12:
                people = [m for m in _chain_forward(text, ms, before[0]) if m.end <= verb.start()]
            elif (pron := PRONOUN_SUBJECT.match(text, sent.start)) is not None \
                    and SUBJECT_GAP.fullmatch(text, pron.end(), verb.start()):
                prev = _previous_person(doc, sent.start, cache)
                if prev is not None:
                    people = [prev]
            if people and co:
                with_m = WITH.search(text, verb.end(), sent.end)
                with_at = with_m.start() if with_m else -1
                if with_at >= 0:
                    w = [k for k in later if ms[k].start >= with_at]
                    if w and ms[w[0]].start - with_at < 80:
                        people = people + _chain_forward(text, ms, w[0])
        if verb.group("held") is not None and (len(people) < 2 or not HEADS_DELEGATIONS.search(stext)):
            continue  # two heads who lead their delegations and hold it jointly preside over it
        people = [_full_name(doc, p, cache) for p in people]
        if not any(p.name for p in people):
            continue
        return co or len(people) > 1, people
    return None


def _minutes_people(doc: Document) -> Optional[tuple[Optional[Person], list[Person]]]:
    """(chair, others present) from the attendance lists that head a set of minutes."""
    text = doc.text
    present = MINUTES_PRESENT.search(text, 0, min(len(text), 8000))
    if present is None or not MINUTES_HEAD.search(text, 0, present.start() + 1):
        return None
    head = MINUTES_HEAD.search(text, max(0, present.start() - 600), present.start() + 1)
    start = head.end() if head is not None else present.start()
    end_m = MINUTES_END.search(text, present.end())
    end = end_m.start() if end_m else len(text)
    absent = []
    for a in MINUTES_ABSENT.finditer(text, start, end):
        resume = MINUTES_ATTEND.search(text, a.end(), end)
        absent.append((a.start(), resume.start() if resume else end))
    chair: Optional[Person] = None
    others: list[Person] = []
    for m in mentions_in(text, start, end):
        if any(a <= m.name_start < b for a, b in absent) or m.name is None:
            continue
        name, stop = m.name, m.end
        tail = MINUTES_NAME_TAIL.match(text, m.end)
        if tail and re.search(r"\b\p{Lu}{2,}\b", name):
            name, stop = name + text[m.end:tail.end()], tail.end()
        lead = text[max(start, m.start - 30):m.start]
        role = MINUTES_ROLE.search(lead)
        title: Optional[str] = None
        if role and role.group("role").lower().startswith(("chair", "vice", "secretary")):
            title = role.group("role")
        else:
            post = MINUTES_POST.match(text, stop, end)
            if post and not re.match(r"(?:Members?|Remarks|Absent|Action|In\s+Attendance)\b", post.group("post")):
                title = re.sub(r"^The\s+", "", post.group("post").strip()) or None
            elif m.title:
                title = m.title
        person = Person(name, m.honorific, title, None, Evidence.of(text, m.start, stop))
        is_chair = (role is not None and role.group("role") in ("Chairman", "Chairperson", "Chair")) \
            or MINUTES_CHAIR_MARK.match(text, stop) is not None
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
    if minutes is not None:
        return [], minutes[0]
    cache: dict = {}
    for sent in doc.sentences:
        if not CHAIR_VERB.search(text, sent.start, sent.end):
            continue
        found = _chairs_in_sentence(doc, sent, cache)
        if found is None:
            continue
        jointly, people = found
        seen: set[str] = set()
        uniq = []
        for p in people:
            key = (p.name or p.title or "").lower()
            if key not in seen:
                seen.add(key)
                uniq.append(p)
        if jointly:
            return [_person(text, p) for p in uniq], None
        return [], _person(text, uniq[0])
    return [], None


def _side(sentence: str) -> Optional[str]:
    m = SIDE_OF.search(sentence)
    if not m:
        return None
    raw = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    raw = re.sub(r"^(?:HKSAR|Hong Kong SAR)\s+Government$", "Hong Kong", raw)
    raw = re.sub(r"\s+(?:Municipal(?:ity)?|Municipal\s+Government|Provincial\s+Government|Government)$", "", raw)
    return SIDE_NAMES.get(raw.lower(), raw) or None


def find_officials(doc: Document, meeting: Optional[Meeting], co_chairs: list[Person],
                   chair: Optional[Person]) -> list[Person]:
    """People stated as attending the reported meeting or accompanying a delegation to it."""
    text = doc.text
    minutes = _minutes_people(doc)
    if minutes is not None:
        return minutes[1]
    taken = {p.name.lower() for p in co_chairs if p.name}
    if chair is not None and chair.name:
        taken.add(chair.name.lower())
    cache: dict = {}
    out: list[Person] = []
    sentences = doc.sentences
    for idx, sent in enumerate(sentences):
        cue = ATTEND_CUE.search(text, sent.start, sent.end)
        if cue is None:
            continue
        prev = sentences[idx - 1] if idx else None
        stext = text[sent.start:sent.end]
        if not (MEETING_WORD.search(stext) or re.search(r"delegation|joined\s+by|special\s+guest", stext, re.I)
                or (FOLLOW_UP_CUE.search(stext) and prev is not None
                    and MEETING_WORD.search(text, prev.start, prev.end))):
            continue
        bad = NOT_ATTENDING.search(stext)
        if bad is not None and not STRONG_MEETING_WORD.search(stext[:bad.start()] + stext[bad.end():]):
            continue
        ms = _mentions(doc, sent)
        if not ms:
            continue
        met = MET_WORDS.search(text, sent.start, sent.end)
        side = _side(text[sent.start:ms[0].start])
        for m in ms:
            if met is not None and m.start > met.end():
                break
            m = _full_name(doc, m, cache)
            if not m.name or m.name.lower() in taken:
                continue
            taken.add(m.name.lower())
            out.append(_person(text, m, side))
    return out
