"""Which side (delegation) a clause of a release speaks for.

Releases about two-sided meetings introduce each list of attendees with the delegation they
belong to: "Other officials from the Hong Kong side attending the meeting included ...",
"Officials from Shenzhen Municipality included ...", "Mainland officials led by him ...",
"HKSAR Government officials attending the conference ...". `side_of` names that delegation.

Stable API (people.py uses it):
    side_of(text, start=0, end=None) -> "Hong Kong" | "Shenzhen" | "Guangdong" | "Macao" |
                                        "Mainland" | <other place> | None
    side_at(doc, position) -> the side of the clause that leads up to `position`.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from .document import Document
from .patterns import LazyPattern

_W = r"[\s\u00a0]+"  # any whitespace between words, line breaks and NBSP included
_APOS = r"['\u2019]"

# Places that send delegations, as written, with the side name reported for each.
_PLACES = {
    "hong kong special administrative region": "Hong Kong",
    "hong kong sar": "Hong Kong",
    "hksar": "Hong Kong",
    "hong kong": "Hong Kong",
    "mainland": "Mainland",
    "central government": "Mainland",
    "central": "Mainland",
    "macao special administrative region": "Macao",
    "macau special administrative region": "Macao",
    "macao sar": "Macao",
    "macau sar": "Macao",
    "masar": "Macao",
    "msar": "Macao",
    "macao": "Macao",
    "macau": "Macao",
}
_PLACE = (
    r"(?P<place>Hong" + _W + r"Kong" + _W + r"Special" + _W + r"Administrative" + _W + r"Region"
    r"|Hong" + _W + r"Kong" + _W + r"SAR|HKSAR|Hong" + _W + r"Kong"
    r"|Maca[ou]" + _W + r"Special" + _W + r"Administrative" + _W + r"Region|Maca[ou]" + _W
    # "Constitutional and Mainland Affairs": a Hong Kong portfolio, not the Mainland side
    + r"SAR|MSAR|Maca[ou]|Mainland(?!" + _W + r"Affairs)|Central(?=" + _W + r"Government)"
    r"|(?:Shenzhen|Guangdong|Guangzhou|Fujian|Sichuan|Shanghai|Beijing|Zhuhai|Dongguan|Hainan"
    r"|Jiangsu|Zhejiang|Taiwan|Qianhai|Hubei|Hunan|Guangxi|Yunnan|Jiangxi|Chongqing|Tianjin"
    r"|Foshan|Huizhou|Zhongshan|Jiangmen|Zhaoqing|Nansha|Hengqin"
    # the other provinces and regions, and cities that meet Hong Kong on their own
    r"|Guizhou|Shaanxi|Shanxi|Shandong|Henan|Hebei|Anhui|Liaoning|Jilin|Heilongjiang|Gansu"
    r"|Qinghai|Ningxia|Xinjiang|Tibet|Xizang|Inner" + _W + r"Mongolia|Wuhan|Chengdu|Xiamen"
    r"|Hangzhou|Nanjing|Qingdao"
    # the other provincial capitals and the other cities of Guangdong ("the Nanning side")
    r"|Nanning|Kunming|Guiyang|Changsha|Fuzhou|Nanchang|Zhengzhou|Jinan|Shijiazhuang|Taiyuan"
    r"|Lanzhou|Hefei|Harbin|Changchun|Shenyang|Haikou|Xining|Yinchuan|Urumqi|Lhasa|Hohhot"
    r"|Shantou|Zhanjiang|Shaoguan|Shanwei|Qingyuan|Yangjiang|Maoming|Meizhou|Heyuan|Chaozhou"
    r"|Jieyang|Yunfu))"
)
# The government words that may stand between a place and "officials"/"delegation".
_GOV = (r"(?:" + _W + r"(?:Municipal|Provincial|City|Special" + _W + r"Administrative" + _W
        + r"Region))?(?:" + _W + r"People" + _APOS + r"s)?(?:" + _W + r"Government)?")
_GROUP = r"(?:officials|delegations?|representatives|leaders|delegates|side|team)"

# The place is written once in the pattern (it is its bulk: compiling it three times made the
# import slow); what may stand before it decides what must follow it.
SIDE_PHRASE = LazyPattern(
    r"\b(?:"
    # "Officials from Shenzhen Municipality", "delegation of the Guangdong Provincial Government"
    r"(?P<lead>(?i:officials|delegations?|representatives)" + _W + r"(?:from|of)" + _W
    + r"(?:the" + _W + r")?)"
    r"|(?:the" + _W + r")?)"
    # "From Macao, the meeting was attended by ...", "For Shanghai, representatives of ...": a
    # place opening the sentence, set off by a comma (the opener is looked at behind the place)
    r"(?P<opener>(?<=\bFrom[ \u00a0])|(?<=\bFor[ \u00a0]))?"
    # "Joining Mr Chan from Macao were officials of A and B": the place the group after the
    # inverted verb comes from (the lookbehind is tried only where "opener" did not match)
    r"(?P<inverted>(?<=\bfrom[ \u00a0]))?"
    # "Also attending from Hong Kong were the Director of X, Mr Y, and representatives of A":
    # after "attending from <place> were" the whole inverted subject is that place's
    r"(?P<attending>(?<=\battending[ \u00a0]from[ \u00a0]))?" + _PLACE
    + r"(?(lead)(?:" + _W + r"(?:Municipality|Province))?" + _GOV + r"\b(?!" + _W
    + r"(?:side" + _W + r"of|[A-Z]))"
    r"|(?(opener)(?:" + _W + r"(?:Municipality|Province))?" + _GOV + r","
    # "from the Hong Kong side", "the Shenzhen side", "Mainland side"
    r"|(?:" + _W + r"side\b"
    # "Macao's delegation comprised ...", "Shenzhen's side"
    r"|" + _APOS + r"s" + _W + r"(?:delegations?|side|team)\b"
    # "HKSAR Government officials", "Shenzhen Municipal Government delegation", "Mainland officials"
    r"|" + _GOV + _W + _GROUP + r"\b"
    # (the group word, or where the stretch looked at ends: at the cue, see side_of)
    r"|(?(attending)(?=" + _W + r"(?:were|was)\b)"
    r"|(?(inverted)(?=" + _W + r"(?:were|was)(?:" + _W + r"also)?(?:[\s\u00a0]*\Z|" + _W
    + _GROUP + r"\b))"
    r"|(?!))))))"
)


# "... took part on the Hong Kong side", "and the X on the Macao side": a side named after the
# list it labels.
# Also "... attended for Hong Kong", "... represented the Shenzhen side", "... attended the
# meeting on the Hong Kong side".
SIDE_AFTER = LazyPattern(
    _W + r"(?:(?P<on_the>(?:in" + _W + r"(?:the|it)(?:" + _W + r"meeting)?" + _W + r"|the" + _W
    + r"(?:meeting|session|conference|plenary)" + _W + r")?(?:on"
    + _W + r")?the" + _W + r")|for" + _W + r"(?:the" + _W + r")?)" + _PLACE
    + r"(?(on_the)" + _W + r"side\b|(?:" + _W + r"side)?\b(?![\'\u2019]))")


# "attended from Hong Kong": "from" a place ending the clause (not a name going on after it,
# "from Shenzhen Bay Port", nor "from Hong Kong's ...").
FROM_PLACE_ALONE = (r"from(?=" + _W + r"(?:the" + _W + r")?" + _PLACE.replace("(?P<place>", "(?:")
                    + r"(?:" + _W + r"side)?\b(?![\'\u2019])(?!" + _W + r"[A-Z0-9]))")
# "Representatives from A, B and C also attended on the Hong Kong side", "... will also join the
# Hong Kong delegation", "... were also present on the Hong Kong side", "... attended for (from) Hong
# Kong", "... were in the Hong Kong delegation": a list whose side is named by the verb clause
# that follows it.
LIST_SIDE_TAIL = LazyPattern(
    r"[\s\u00a0]*(?:(?:will|would|were|was)" + _W + r")?(?:also" + _W + r")?(?:be" + _W + r")?"
    r"(?:attended|attend|present|took" + _W + r"part|take" + _W + r"part"
    r"|participated|participate|joined|join|in" + _W + r"attendance"
    # "A and B were in the Hong Kong delegation": only after the verb, before "the X side/delegation"
    r"|(?:(?<=were[ ])|(?<=was[ ])|(?<=also[ ]))in(?=" + _W + r"the" + _W + r"))"
    r"(?:" + _W + r"(?:in" + _W + r")?the" + _W + r"(?:meeting|session|conference|plenary))?"
    + _W + r"(?:(?P<on_the>(?:on" + _W + r")?the" + _W + r")|(?:for|" + FROM_PLACE_ALONE + r")"
    + _W + r"(?:the" + _W + r")?)"
    + _PLACE + r"(?(on_the)" + _W + r"(?:side|delegation)\b"
    r"|(?:" + _W + r"(?:side|delegation))?\b(?![\'\u2019]))"
)
# "A, B and C attended from Hong Kong, while ...": the place the verb says they came from. Not
# a name going on after the place ("attended from Shenzhen Bay Port"), nor "Hong Kong's".
SIDE_FROM_AFTER = LazyPattern(_W + FROM_PLACE_ALONE + _W + r"(?:the" + _W + r")?" + _PLACE)


# "Representatives of the Hong Kong side included A; B ...", "Participants from Macao included
# A, B and C", "officials from the Hong Kong side, including A and B": the place (or its side) is the label of the list after the verb, not a body
# attending. Matched where the words after "representatives of"/"participants from" start.
SIDE_GROUP_INCLUDED = LazyPattern(
    r"[\s\u00a0]*(?:the" + _W + r")?" + _PLACE + r"(?:" + _W + r"(?:side|delegation))?"
    + r"(?:" + _W + r"(?:also" + _W + r")?(?:included|includes|include|will" + _W + r"include)"
    # "Joined by officials from the Hong Kong side, including A, B and C, ...": the side, then
    # the bodies it is made of set off by a comma
    + r"|(?<=side|tion),[\s\u00a0]*including)" + _W)


# "officials of the Hong Kong side from A, B and C": the side, then "from" and the bodies that
# make it up. Matched where the words after "officials of" start; "side"/"delegation" must be
# written (bare "officials of Macao from ..." is no such label).
SIDE_GROUP_FROM = LazyPattern(
    r"[\s\u00a0]*the" + _W + _PLACE + _W + r"(?:side|delegation)" + _W + r"from" + _W)


# "The Hong Kong delegation included A and B", "the Macao side will include A": the words
# before "include", read up to it (searched in a short stretch ending there).
SIDE_SUBJECT_BEFORE_INCLUDE = LazyPattern(
    r"\b(?:The|the)" + _W + _PLACE + r"(?:" + _W + r"(?:Municipal|Provincial|SAR))?(?:" + _W
    + r"Government)?" + _W + r"(?:side|delegation)" + _W + r"(?:also" + _W + r")?(?:will" + _W
    + r"(?:also" + _W + r")?)?\Z")


# "A and B on the Hong Kong side, and from C and D on the Macao side", "... and, from the
# Mainland, C and D.": a second list after a labelled one, its cue understood; a place that
# opens it, set off by commas, is its side. "attended by A on the Hong Kong side, and by C on
# the Macao side": "by" repeats the passive's agent.
SECOND_LIST_OPENING = LazyPattern(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:and|while),?" + _W + r"(?:from" + _W + r"(?:the" + _W + r")?"
    + _PLACE + r"(?:" + _W + r"side)?," + _W + r"|(?:from|of|by)" + _W + r")?")


# "From Shenzhen, A, B and C will take part.", "On the Mainland side, A and B sent
# representatives.": a place opening the sentence before its subject list.
SIDE_OPENER = LazyPattern(
    r"[\s\u00a0]*(?:From|On|For)" + _W + r"(?:the" + _W + r")?" + _PLACE + r"(?:" + _W
    + r"(?:side|delegation))?,[\s\u00a0]*")


# "Hong Kong was represented by A, B and C": a place as the subject whose bodies represent it.
# Matched from the start of the clause up to "represented".
PLACE_REPRESENTED = LazyPattern(
    r"(?:the" + _W + r"|The" + _W + r")?" + _PLACE + r"(?:" + _W + r"(?:side|delegation))?"
    + _W + r"(?:was|were|is|will" + _W + r"be)" + _W + r"(?:also" + _W + r")?\Z")


@lru_cache(maxsize=512)
def side_name(place: str) -> str:
    """The side a place phrase stands for: "HKSAR" -> "Hong Kong", "Macau" -> "Macao"."""
    key = " ".join(place.split()).lower()
    return _PLACES.get(key, " ".join(w.capitalize() for w in key.split()))


# Where a place of _PLACE can start (a superset: a bare word is enough). Every side phrase
# holds a place, so a stretch without one of these words has no side phrase; and one that has
# them is matched only near them (see side_of), not at every position.
_PLACE_START = LazyPattern(
    r"H(?:ong|KSAR|ainan|ubei|unan|uizhou|engqin|enan|ebei|eilongjiang|angzhou)|Maca|MSAR"
    r"|Mainland|Central|S(?:henzhen|ichuan|hanghai|ha[a]?nxi|handong)"
    r"|G(?:uangdong|uangzhou|uangxi|uizhou|ansu)|F(?:ujian|oshan)|Beijing"
    r"|Zh(?:uhai|ejiang|ongshan|aoqing)|Dongguan|J(?:iangsu|iangxi|iangmen|ilin)|Taiwan"
    r"|Q(?:ianhai|inghai|ingdao)|Yunnan|Chongqing|Tianjin|Nansha|Anhui|Liaoning|Ningxia"
    r"|Xinjiang|Xizang|Xiamen|Tibet|Inner|Wuhan|Chengdu|Nanjing"
    r"|Nanning|Kunming|Guiyang|Changsha|Fuzhou|Nanchang|Zhengzhou|Jinan|Shijiazhuang|Taiyuan"
    r"|Lanzhou|Hefei|Harbin|Changchun|Shenyang|Haikou|Xining|Yinchuan|Urumqi|Lhasa|Hohhot"
    r"|Shantou|Zhanjiang|Shaoguan|Shanwei|Qingyuan|Yangjiang|Maoming|Meizhou|Heyuan|Chaozhou"
    r"|Jieyang|Yunfu")
# First letters of the words a phrase can begin with before its place: "the", and the lead
# words, which are case-insensitive ("officials", "delegation(s)", "representatives").
_LEAD_INITIALS = frozenset("tOoDdRr")
_PLACES_TRIED = 8  # places side_of tries one by one before it scans the rest of the stretch
_LEAD_WORDS = 3  # "representatives from the Hong Kong side": words a phrase may hold before its place


# The words a phrase may hold before its place ("the", "officials from", "officials from the"),
# read backwards in the reversed text just before the place.
_LEAD_REVERSED = LazyPattern(
    r"\s+(?:(?P<the>eht)(?:\s+(?:morf|fo)\s+(?P<lead>(?i:slaiciffo|s?noitageled|sevitatneserper)))?"
    r"|(?:morf|fo)\s+(?P<bare_lead>(?i:slaiciffo|s?noitageled|sevitatneserper)))")
_LOOK_BACK = 100  # characters looked back at once (longer runs of spaces are walked)
_NOT_IN_WORDS = LazyPattern(r"[^\s\w]|[\d_]")  # a character no lead word or space is


def _phrase_starts(text: str, place: int, low: int) -> list[int]:
    """Where (not before `low`) a side phrase whose place is at `place` may start, latest
    first: the place itself, and the start of the words a phrase may hold before it."""
    if place <= low or not text[place - 1].isspace():
        return [place]  # "(Hong Kong", a place at the start: no words before it
    window_start = max(low, place - _LOOK_BACK)
    if window_start > low and _NOT_IN_WORDS.search(text, window_start, place) is None:
        return _phrase_starts_walked(text, place, low)  # the words may go on beyond the window
    m = _LEAD_REVERSED.match(text[window_start:place][::-1])
    if m is None:
        return [place]
    starts = [place]
    for group in ("the", "lead", "bare_lead"):
        end = m.end(group)
        if end >= 0:
            starts.append(place - end)
    return starts


def _phrase_starts_walked(text: str, place: int, low: int) -> list[int]:
    """_phrase_starts, one character at a time."""
    starts = [place]
    i = place
    for _ in range(_LEAD_WORDS):
        j = i
        while j > low and text[j - 1].isspace():  # isspace() is exactly the regex \s
            j -= 1
        k = j
        while k > low and text[k - 1].isalpha():
            k -= 1
        if j == i or k == j:
            break
        if text[k] in _LEAD_INITIALS:
            starts.append(k)
        i = k
    return starts


def side_of(text: str, start: int = 0, end: Optional[int] = None) -> Optional[str]:
    """The delegation named in text[start:end]: the last side phrase wins, being nearest."""
    end = len(text) if end is None else end
    place = _PLACE_START.search(text, start, end)
    if place is None:
        return None  # no place, no side phrase (the common case: one quick scan)
    # The last match of SIDE_PHRASE.finditer(text, start, end), SIDE_PHRASE being tried only
    # where a phrase can start: at a place or a few words before it. The phrase found from
    # `pos` is the one that starts first. Places are taken in order: the first whose starts
    # give a match gives the first phrase (the starts of an earlier place all failed, and a
    # later place's words before it that come earlier are words before this place too).
    match = SIDE_PHRASE.match
    search = _PLACE_START.search
    pos = start
    found = None
    tries = 0
    while place is not None:
        tries += 1
        if tries > _PLACES_TRIED:  # places are dense here: the plain scan is cheaper
            for m in SIDE_PHRASE.finditer(text, pos, end):
                found = m
            break
        here = place.start()
        m = None
        for s in reversed(_phrase_starts(text, here, pos)):
            m = match(text, s, end)
            if m is not None:
                break
        if m is not None:
            found = m
            pos = m.end()
            place = search(text, max(pos, place.end()), end)
        else:
            place = search(text, place.end(), end)
    return side_name(found.group("place")) if found else None


PRONOUN_START = LazyPattern(r"(?:They|These|Those|The" + _W + r"(?:officials|delegation))\b")


def side_at(doc: Document, position: int) -> Optional[str]:
    """The side of the clause that leads up to `position`, in its sentence.

    A sentence that opens with "They included ..." continues the previous one, whose side it
    takes when it names none itself.
    """
    sentences = doc.sentences
    i = bisect_right([s.start for s in sentences], position) - 1
    if i < 0 or position > sentences[i].end:
        return None
    s = sentences[i]
    side = side_of(doc.text, s.start, position)
    if side is None and i > 0 and PRONOUN_START.match(doc.text, s.start):
        prev = sentences[i - 1]
        side = side_of(doc.text, prev.start, prev.end)
    return side


# A body whose own name places it: "Macao Economic Services", "Shenzhen Municipal Bureau of
# ...", "Public Security Police Force of Macao", "Department of Commerce of Guangxi Zhuang
# Autonomous Region" (not "Hong Kong-Shenzhen ...": a joint body).
NAME_OPENS_ON_PLACE = LazyPattern(r"(?:the" + _W + r")?" + _PLACE + r"(?=" + _W + r"[A-Z])")
NAME_ENDS_IN_PLACE = LazyPattern(
    r"\bof" + _W + r"(?:the" + _W + r")?" + _PLACE + r"(?:" + _W + r"(?:Province|Municipality"
    r"|Special" + _W + r"Administrative" + _W + r"Region|SAR|(?:Zhuang" + _W + r")?Autonomous"
    + _W + r"Region))?"
    # "... Affairs Office of the Guangxi Zhuang Autonomous Region People's Government"
    r"(?:(?:" + _W + r"(?:Municipal|Provincial))?(?:" + _W + r"People" + _APOS + r"s)?" + _W
    + r"Government)?\Z")


@lru_cache(maxsize=4096)
def own_place_side(name: str) -> Optional[str]:
    """The side a body's own name places it on, if its name opens with a place or ends in
    "of <place>"; None otherwise."""
    m = NAME_OPENS_ON_PLACE.match(name) or ("of" in name and NAME_ENDS_IN_PLACE.search(name))
    return side_name(m.group("place")) if m else None


# "... the Architectural Services Department and the Planning Department of Hong Kong, as well
# as from ...": a bare place after the last name of a list (searched for at the end of a name).
# Whether it labels the list or belongs to the name is departments.py's to decide.
PLACE_CLOSING_NAME = LazyPattern(_W + r"of" + _W + _PLACE + r"\Z")


# "... and the Agriculture, Fisheries and Conservation Department of the HKSAR Government": the
# government of a Special Administrative Region after a unit's name says whose unit it is (its
# side), no part of the name. Only the SAR governments: "General Office of the Shenzhen
# Municipal People's Government" is a Mainland body's whole name.
SAR_GOVERNMENT_CLOSING_NAME = LazyPattern(
    _W + r"of" + _W + r"the" + _W + r"(?P<place>HKSAR|MSAR|(?:Hong" + _W + r"Kong|Maca[ou])"
    + _W + r"(?:SAR|Special" + _W + r"Administrative" + _W + r"Region))" + _W + r"Government\Z")


# "Macao's Cultural Affairs Bureau and Sports Bureau": a place written before the names it
# owns. The place is no part of the name; it is the side of the names it is written before.
POSSESSIVE_PLACE = LazyPattern(r"(?:the" + _W + r")?" + _PLACE + _APOS + r"s" + _W + r"(?=[A-Z])")


def possessive_place(text: str, start: int, end: int) -> Optional[tuple[int, str]]:
    """(where the name proper starts, the side) if text[start:end] opens on "<place>'s "."""
    if text.find("s", start, min(end, start + 60)) < 0:
        return None
    m = POSSESSIVE_PLACE.match(text, start, end)
    return (m.end(), side_name(m.group("place"))) if m else None


PLACE_WORDS = LazyPattern(r"\b" + _PLACE + r"\b")


@lru_cache(maxsize=256)
def is_place(words: str) -> bool:
    """Are the words (all of them) a place that sends a delegation: "Hong Kong", "Guizhou"?"""
    return PLACE_WORDS.fullmatch(words) is not None


def places_named(text: str) -> list[str]:
    """The sides of the places a stretch names, in order: "Director-General of the Zhuhai
    Municipal ... Bureau" -> ["Zhuhai"]."""
    if _PLACE_START.search(text) is None:
        return []
    return [side_name(m.group("place")) for m in PLACE_WORDS.finditer(text)]
