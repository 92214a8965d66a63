"""Co-chairs, the chair and the other officials attending the reported meeting.

Anchors are verbs: a chairing verb ("co-chaired", "chaired by", "jointly presided over", "hosted
... meeting") near a meeting word gives the chairs; an attendance verb ("attended", "accompanying",
"joined the meeting", "the delegation includes") gives the officials. People are the mentions
found by `names.mentions_in` in the same sentence, taken as a co-ordinated list ("X, and Y")
next to the verb, so that people merely named elsewhere in the sentence are left out.
Minutes ("Present / Chairman: Mr X / Members: ... / In Attendance") are read as lists.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import regex as re

from .document import Document, Span
from .model import Evidence, Meeting, Person
from .names import Mention, mentions_in
from .sides import side_of

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
    r"(?:\bwho\s+(?:also\s+)?(?:is\s+|has\s+|had\s+|have\s+)?(?:also\s+)?|\bwhich\s+(?:is\s+)?|\bappointed\s+(?:\w+\s+){0,3}?to\s+|"
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
    r"(?:\s*\([^()\n]{1,40}\))?(?:,\s*(?:the\s+)?\p{Lu}[\w'\u2019&\- \u00a0]{0,60}?(?=\s*,))?"
    r"\s*[,;]?\s*(?:and|&|as\s+well\s+as)?\s*,?\s*(?:the\s+)?")
# The subject attends one event and chairs another, smaller one within it.
ATTENDS_OTHER = re.compile(r"\bto\s+attend\b[^.;]{1,200}\band\s+(?:then\s+|also\s+)?$", re.I)
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
    r"officials\s+led\s+by|(?:They|Others|Other\s+officials|Officials)\b[^.;]{0,80}?\binclud(?:e|es|ed)|"
    r"(?:speaks|spoke|speaking)\s+at)\b",
    re.I)
# "X will hold the first meeting of ...": the holder, when not said to chair, attends it.
HOLDS_MEETING = re.compile(
    r"\b(?:will\s+hold|held|holds|is\s+holding)\s+(?:the|a|an|its|his|her)\b[^.;]{0,80}?"
    r"\b(?:meeting|session|conference|plenary)\b", re.I)
# "At the meeting, the ... Chairman of the Committee, Mr X, said": the body's own Chairman
# conducting its meeting.
AT_THE_MEETING = re.compile(
    r"\s*At\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|plenary|conference)\b[^,.;]{0,30},")
CHAIRMAN_TITLE = re.compile(r"\b(?:Chairman|Chairperson|Chairwoman|Chair)\s+of\b")
CHAIRMAN_OF_EVENT = re.compile(
    r",?\s*who\s+is\s+(?:also\s+)?the\s+(?:Chairman|Chairperson|Chair)\s+of\s+the\s+[^,.;:]{0,120}?"
    r"\b(?:Conference|Summit|Forum|Meeting)\b")
# Cues that speak of the meeting already named in the sentence before.
FOLLOW_UP_CUE = re.compile(
    r"\b(?:in\s+attendance|also\s+present|also\s+attending|accompan(?:y|ies|ied|ying)|briefed\s+members|"
    r"They\s+included|delegation)\b", re.I)
NOT_ATTENDING = re.compile(
    r"\b(?:press\s+conference|media\s+(?:session|briefing)|ceremony|reception|dinner|lunch(?:eon)?|"
    r"banquet|exhibition|seminar|forum\s+on|webinar)\b", re.I)
# People after these words in an attendance sentence are met, not attending with the speaker.
INVITED_TO = re.compile(r"\binvit\w*\b[^.;]{0,150}?\bto\s+(?:attend|join)\b", re.I)
MET_WORDS = re.compile(
    r"\b(?:met|meets?|by\s+meeting|meeting\s+with|call(?:ed|s)?\s+on|visit(?:ed|s)?|invit(?:ed|es|ing))\b", re.I)

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
MINUTES_NAME_TAIL = re.compile(r",[ \t\u00a0]*(?P<given>[A-Z][a-z]+)\b(?![ \t\u00a0]*[,-])")
# Where the post written after a listed name stops: the next heading of the list.
MINUTES_POST_END = re.compile(
    r"\b(?:Remarks|Action|In\s+Attendance|Item\s+\d+|Absent|Members?(?:\s+absent)?\s*:|Secretary\s*:|"
    r"Public\s+officers?|Clerks?\s+in|Staff\s+in|Opening\s+Remarks)|[*\r\n]")
MINUTES_NOT_POST = re.compile(r"(?:Members?|Remarks|Absent|Action|In\s+Attendance|Item)\b")


def _person(text: str, m: Mention, side: Optional[str] = None) -> Person:
    return Person(m.name, m.honorific, m.title, side, Evidence.of(text, m.start, m.end))


# Literal keys that every cue contains: a cheap scan picks the few sentences worth a regex.
# (the last two, "held" and "hold", count only where two heads lead delegations)
CHAIR_KEYS = ("chair", "Chair", "presid", "Presid", "host", "Host", "conven", "Conven", "leadership",
              "held", "hold")
ATTEND_KEYS = ("attend", "Attend", "accompan", "Accompan", "joined", "present", "guest", "briefed",
               "addressed", "speech", "delegation", "led", "leading", "Leading", "includ", "At",
               "speak", "spoke")


MEETING_KEYS = ("meeting", "plenar", "session", "conference", "forum", "summit", "dialogue", "group",
                "task", "committee", "commission", "delegation", "joined by", "guest")


def _sentences_with(doc: Document, keys: tuple[str, ...]) -> list[Span]:
    """The sentences (in order) that contain one of the literal keys."""
    text = doc.text
    sents = doc.sentences
    if not sents:
        return []
    starts = [x.start for x in sents]
    picked: set[int] = set()
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < sents[k].end:
                picked.add(k)
                pos = text.find(key, sents[k].end)
            else:
                pos = text.find(key, pos + 1)
    return [sents[k] for k in sorted(picked)]


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


def _sentence_at(doc: Document, pos: int) -> Optional[Span]:
    sents = doc.sentences
    k = bisect_right([x.start for x in sents], pos) - 1
    if k >= 0 and sents[k].start <= pos < sents[k].end:
        return sents[k]
    return None


def _full_name(doc: Document, m: Mention, cache: dict) -> Mention:
    """A one-word name ("Mr Yang") completed from a fuller mention of the same person, found
    in a sentence that contains the word (a literal search, then one sentence's mentions)."""
    if m.name is None or len(m.name.split()) > 1:
        return m
    key = m.name.strip()
    pos = doc.text.find(key)
    while pos >= 0:
        sent = _sentence_at(doc, pos)
        if sent is not None:
            if sent.start not in cache:
                cache[sent.start] = _mentions(doc, sent)
            for other in cache[sent.start]:
                if other.name and len(other.name.split()) > 1 and \
                        key.lower() in other.name.lower().replace("-", " ").split():
                    return Mention(m.start, m.end, other.name, m.honorific, m.title or other.title,
                                   m.name_start)
            pos = doc.text.find(key, sent.end)
        else:
            pos = doc.text.find(key, pos + 1)
    return m


def _previous_person(doc: Document, before: int, cache: dict) -> Optional[Mention]:
    """The last person named before a position ("He co-chaired ..." refers back to him)."""
    sents = [x for x in doc.sentences if x.end <= before]
    for sent in reversed(sents[-6:]):
        if sent.start not in cache:
            cache[sent.start] = _mentions(doc, sent)
        named = [m for m in cache[sent.start] if m.name]
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
        m = WRAP_CONTINUES.match(text, end)
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


WRAP_CONTINUES = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]{0,2}(?=[\p{L}\p{N}(])")


def _chairs_in_sentence(doc: Document, sent: Span, cache: dict) -> Optional[tuple[bool, list[Mention]]]:
    """(jointly, people) for the first chairing statement of one sentence, else None."""
    text = doc.text
    sent = _unwrapped(doc, sent)
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
            if before and ATTENDS_OTHER.search(text, ms[before[-1]].end, verb.start()):
                continue  # "led a delegation to attend the Forum and chaired the Joint Conference"
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
    cut = MINUTES_POST_END.search(text, p, upto)
    post = text[p:cut.start() if cut else upto].strip(" \t\u00a0,")
    if post.startswith("The "):
        post = post[4:]
    if not post[:1].isupper() or MINUTES_NOT_POST.match(post) or len(post) > 150:
        return None
    return post


def _minutes_people(doc: Document) -> Optional[tuple[Optional[Person], list[Person]]]:
    """(chair, others present) from the attendance lists that head a set of minutes."""
    text = doc.text
    head_text = text[:8000]
    if "resent" not in head_text or "inutes" not in head_text:
        return None
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
        tail = MINUTES_NAME_TAIL.match(text, m.end)
        if tail and re.search(r"\b\p{Lu}{2,}\b", name):
            name, stop = name + text[m.end:tail.end()], tail.end()
        lead = text[max(start, m.start - 30):m.start]
        role = MINUTES_ROLE.search(lead)
        title: Optional[str] = None
        if role and role.group("role").lower().startswith(("chair", "vice")):
            title = role.group("role")
        else:
            title = _post_after(text, stop, upto) or m.title
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
    found_chairman = _chairman_conducting(doc, cache)
    for sent in _sentences_with(doc, CHAIR_KEYS):
        st = text[sent.start:sent.end]
        if not any(k in st for k in CHAIR_KEYS[:-2]) and not (
                ("led" in st or "leading" in st) and ("delegation" in st or "representatives" in st)):
            continue
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
    if found_chairman is not None:
        return [], _person(text, found_chairman)
    return [], None


def _chairman_conducting(doc: Document, cache: dict) -> Optional[Mention]:
    """The body's own Chairman shown conducting its meeting: "At the meeting, the Secretary for X
    and Chairman of the Committee, Mr Y, thanked members", or a conference's Chairman speaking
    at it ("Mr Y, who is also the Chairman of the ... Conference, at the Closing Plenary")."""
    text = doc.text
    for sent in _sentences_with(doc, ("Chairman", "Chairperson", "Chairwoman", "Chair")):
        at_meeting = AT_THE_MEETING.match(text, sent.start)
        ms = _mentions(doc, sent)
        for m in ms:
            if m.name is None:
                continue
            if at_meeting and m.start - at_meeting.end() < 8 and m.title and CHAIRMAN_TITLE.search(m.title):
                return m
            if CHAIRMAN_OF_EVENT.match(text, m.end) and STRONG_MEETING_WORD.search(text, m.end, sent.end):
                return m
    return None


def find_officials(doc: Document, meeting: Optional[Meeting], co_chairs: list[Person],
                   chair: Optional[Person]) -> list[Person]:
    """People stated as attending the reported meeting or accompanying a delegation to it."""
    text = doc.text
    minutes = _minutes_people(doc)
    if minutes is not None:
        return minutes[1]
    out: list[Person] = []
    taken = {p.name.lower() for p in co_chairs if p.name}
    if chair is not None and chair.name:
        taken.add(chair.name.lower())
    cache: dict = {}
    sentences = doc.sentences
    index = {x.start: k for k, x in enumerate(sentences)}
    lead = doc.lead
    title = doc.title_span
    lead_has_meeting = any(part is not None and STRONG_MEETING_WORD.search(text, part.start, part.end)
                           for part in [lead, title] + sentences[:3])
    # the holder of the meeting, when no one is said to chair it
    if not co_chairs and chair is None:
        for sent in _sentences_with(doc, ("hold", "held")):
            h = HOLDS_MEETING.search(text, sent.start, sent.end)
            if h is None:
                continue
            ms = [m for m in _mentions(doc, sent) if m.end <= h.start()]
            if ms and SUBJECT_GAP.fullmatch(text, ms[-1].end, h.start()):
                for m in _chain_backward(text, ms, len(ms) - 1):
                    if m.name and m.name.lower() not in taken:
                        taken.add(m.name.lower())
                        out.append(_person(text, m, side_of(text, sent.start, m.start)))
            break
    for sent in _sentences_with(doc, ATTEND_KEYS):
        low = text[sent.start:sent.end].lower()
        idx = index[sent.start]
        if not any(k in low for k in MEETING_KEYS) and not (
                idx and any(k in text[sentences[idx - 1].start:sentences[idx - 1].end].lower()
                            for k in MEETING_KEYS)) and not lead_has_meeting:
            continue
        cue = AT_THE_MEETING.match(text, sent.start, sent.end) or ATTEND_CUE.search(text, sent.start, sent.end)
        if cue is None:
            continue
        prev = sentences[idx - 1] if idx else None
        stext = text[sent.start:sent.end]
        if not (MEETING_WORD.search(stext) or re.search(r"delegation|joined\s+by|special\s+guest", stext, re.I)
                or (FOLLOW_UP_CUE.search(stext) and (lead_has_meeting or (
                    prev is not None and MEETING_WORD.search(text, prev.start, prev.end))))):
            continue
        if INVITED_TO.search(stext):
            continue  # an invitation to attend is not attendance
        bad = NOT_ATTENDING.search(stext)
        if bad is not None and not STRONG_MEETING_WORD.search(stext[:bad.start()] + stext[bad.end():]):
            continue
        ms = _mentions(doc, sent)
        if not ms:
            continue
        if cue.re is AT_THE_MEETING:  # only the subject of "At the meeting, X and Y signed ..."
            ms = _chain_forward(text, ms, 0) if ms[0].start - cue.end() < 12 else []
            if not ms:
                continue
        met = MET_WORDS.search(text, sent.start, sent.end)
        side = side_of(text, sent.start, ms[0].start)
        for m in ms:
            if met is not None and m.start > met.end():
                break
            m = _full_name(doc, m, cache)
            if not m.name or m.name.lower() in taken:
                continue
            taken.add(m.name.lower())
            out.append(_person(text, m, side))
    return out
