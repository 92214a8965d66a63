import time

import pytest

from hkparse.document import Document
from hkparse.meeting import find_meeting


def release(headline: str, *paragraphs: str) -> str:
    body = "\n\n".join("     " + p for p in paragraphs)
    return f"{headline}\n*********************************\n\n{body}\n\nEnds/Friday, May 3, 2024\n"


def meeting_of(text: str):
    m = find_meeting(Document(text))
    if m is not None:
        assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    return m


# Lead sentences written in the style of releases: (sentence, number, ordinal, body).
NUMBERED = [
    ("The Secretary for Development, Mr Lam Chi-ming, chaired the fifth meeting of the Committee "
     "on Harbourfront Planning today (May 3).", 5, "fifth", "Committee on Harbourfront Planning"),
    ("The Secretary for Transport and Logistics and the Vice Mayor of Zhuhai co-chaired the 11th "
     "meeting of the Joint Task Force on Cross-boundary Transport in Zhuhai today (May 3).",
     11, "11th", "Joint Task Force on Cross-boundary Transport"),
    ("The Chief Secretary co-chaired the 23rd Working Meeting of the Hong Kong/Guangdong "
     "Co-operation Joint Conference in Hong Kong this afternoon (May 3).",
     23, "23rd", "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("The Chief Executive and the Mayor co-chaired the Fifth Plenary Session of the Hong "
     "Kong/Tianjin Co-operation Conference today (May 3).", 5, "Fifth",
     "Hong Kong/Tianjin Co-operation Conference"),
    ("The Financial Secretary will lead a delegation to attend the Ninth Hong Kong-Hainan "
     "Co-operation Conference on May 5.", 9, "Ninth", "Hong Kong-Hainan Co-operation Conference"),
    ("The Secretary for Culture attended the 21st Greater Bay Area Heritage Co-operation Meeting "
     "held in Macao today (May 3).", 21, "21st", "Greater Bay Area Heritage Co-operation Meeting"),
    ("The Secretary for the Environment co-chaired the 20th Hong Kong-Guangdong Joint Working "
     "Group on Marine Ecology (JWGME) meeting today (May 3).", 20, "20th",
     "Hong Kong-Guangdong Joint Working Group on Marine Ecology"),
    ("The Elderly Services Advisory Council (ESAC), chaired by Dr Chan Ka-wai, held its "
     "twenty-first meeting today (May 3).", 21, "twenty-first", "Elderly Services Advisory Council"),
    ("The Task Force on Harbour Logistics held its eighth and last meeting today.", 8, "eighth",
     "Task Force on Harbour Logistics"),
    ("The Secretary for Commerce spoke at a plenary session of the 31st Asia-Pacific Economic "
     "Cooperation Ministerial Meeting in Lima today.", 31, "31st", "Asia-Pacific Economic Cooperation"),
    ("The Chief Secretary chaired the inaugural meeting of the Steering Committee on Youth "
     "Housing today (May 3).", 1, "inaugural", "Steering Committee on Youth Housing"),
    ("The Chief Secretary chaired the first meeting of the new-term Commission on Elderly Care "
     "today (May 3).", 1, "first", "Commission on Elderly Care"),
    ("The Deputy Financial Secretary chaired today (May 3) the second meeting of the Task Force "
     "on Port Facilities (Task Force).", 2, "second", "Task Force on Port Facilities"),
    ("The Secretary and the Vice Mayor co-chaired the Joint Task Force on the Development of "
     "the Hong Kong-Shenzhen Smart Port\u2019s third meeting today.", 3, "third",
     "Joint Task Force on the Development of the Hong Kong-Shenzhen Smart Port"),
    ("The Secretary for Innovation, Technology and Industry chaired the Committee on Data, "
     "Science & Industry\u2019s first meeting.", 1, "first", "Committee on Data, Science & Industry"),
    ("The 92nd meeting of the Board of the Kai Tak Sports Park Authority will be held on "
     "Tuesday, 14 May 2024 at 2:30pm.", 92, "92nd", "Board of the Kai Tak Sports Park Authority"),
    ("The first Harbourfront Vision Commission (HVC) meeting was held at the Central Government "
     "Offices today (May 3).", 1, "first", "Harbourfront Vision Commission"),
]


@pytest.mark.parametrize("sentence, number, ordinal, body", NUMBERED)
def test_numbered_meeting(sentence, number, ordinal, body):
    m = meeting_of(release("Meeting held (with photo)", sentence))
    assert m is not None
    assert (m.number, m.ordinal, m.body) == (number, ordinal, body)


UNNUMBERED = [
    ("The Chief Secretary and the Mayor of Zhuhai co-chaired the Hong Kong/Zhuhai Co-operation "
     "Meeting in Zhuhai today (May 3).", "Hong Kong/Zhuhai Co-operation Meeting"),
    ("Following is the transcript of remarks by the Secretary for Housing after attending the "
     "meeting of the Legislative Council Panel on Housing today (May 3):",
     "Legislative Council Panel on Housing"),
    ("The Chief Secretary co-chaired the Hong Kong/Zhuhai Co-operation Meeting 2024 today.",
     "Hong Kong/Zhuhai Co-operation Meeting"),
    ("The 2024 Pan-Pearl River Delta (PPRD) Regional Co-operation Chief Executive Joint "
     "Conference was held in Nanning today (May 3).",
     "Pan-Pearl River Delta Regional Co-operation Chief Executive Joint Conference"),
]


@pytest.mark.parametrize("sentence, body", UNNUMBERED)
def test_unnumbered_named_meeting(sentence, body):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None
    assert m.number is None and m.ordinal is None
    assert m.body == body


NO_MEETING = [
    "The Chief Executive welcomed the passage of the 15th Five-Year Plan today (March 11).",
    "The Chief Secretary officiated at the launch ceremony of the 30th anniversary celebrations.",
    "The Lands Department announced today that the 2nd batch of sites will be sold by tender.",
    "The Chief Executive met the Mayor of Shenzhen today to exchange views on co-operation.",
    "The Chief Executive had a brief meeting-point chat with reporters this morning.",
    "The Hospital Authority said the hospital would stay open on March 25th as usual.",
    "The Chief Secretary, who chairs the Steering Committee on Celebrations, spoke today.",
    "The Chief Executive and the Party Secretary presided over the signing of the agreement.",
    "The Secretary said the next meeting will be held in July.",
    "The Chief Secretary attended meetings with business leaders in Tokyo today.",
    # background: a past meeting in a relative clause or dated in the past
    "The Bureau released a paper today on the Ten-Year Blueprint, which was endorsed at the "
    "Third Plenary Session of the Port Development Council last year.",
    "The Secretary thanked Dr Wong, who chaired the Commission's 12th meeting in June, for "
    "her service.",
    "The Government published today a report on the Scheme, which was agreed at the 8th "
    "meeting of the Joint Task Force on Youth Exchange.",
    "The plan adopted at the Fifth Session of the Regional People's Congress last year was "
    "welcomed today.",
    "The Mayor, who hosted a meeting last year on the scheme, visited Hong Kong today.",
    # a meeting held "last <month>" is months ago
    "The Secretary for Trade met the Vice Governor of Yunnan today and reviewed the items "
    "agreed at the Fourth Plenary of the Hong Kong/Yunnan Co-operation Conference held in "
    "Kunming last September.",
    "The Bureau reported today on the measures endorsed at the 7th meeting of the Task Force "
    "on Coastal Hazards last March.",
]


@pytest.mark.parametrize("sentence", NO_MEETING)
def test_no_meeting(sentence):
    assert meeting_of(release("News of the day", sentence)) is None


# Reported meetings with no name and no number: (sentence, evidence, location).
UNNAMED = [
    ("The Government convened an inter-departmental meeting today to review typhoon "
     "preparations.", "an inter-departmental meeting", None),
    ("The Secretary for Food chaired the second co-ordinating meeting on influenza this week.",
     "the second co-ordinating meeting", None),
    ("The Chief Executive hosted a meeting today to gauge the views of the business sector.",
     "a meeting", None),
    ("The Secretary for Health chaired a co-ordinating meeting on avian influenza today.",
     "a co-ordinating meeting", None),
    ("The Secretary for Security and the Vice Mayor of Shenzhen co-chaired a task force meeting "
     "in Shenzhen today on boundary crossings.", "a task force meeting", "Shenzhen"),
    ("The Government will remain vigilant, the Director said after chairing a committee "
     "meeting of representatives from 12 departments.", "a committee meeting", None),
    ("The Chief Executive and the Governor held the High-Level Meeting cum Signing Ceremony "
     "today.", "the High-Level Meeting", None),
    ("The Secretary for Transport will attend a meeting in Beijing tomorrow (May 4).",
     "a meeting", "Beijing"),
]


@pytest.mark.parametrize("sentence, evidence, location", UNNAMED)
def test_unnamed_reported_meeting(sentence, evidence, location):
    m = meeting_of(release("News of the day", sentence))
    assert m is not None
    assert (m.number, m.ordinal, m.body) == (None, None, None)
    assert m.evidence.text == evidence
    assert m.location == location


def test_unnamed_meeting_in_a_headline():
    m = meeting_of(release("Government convenes inter-departmental meeting on heat",
                           "The Government reviewed its heat-stress measures today (May 3)."))
    assert m is not None and m.body is None and m.evidence.text == "inter-departmental meeting"


def test_unnamed_meeting_deep_in_the_body_is_not_reported():
    text = release(
        "New scheme launched",
        "The Government launched a scheme today (May 3) to help small shops go digital.",
        "The scheme offers grants of up to $50,000 to each shop.",
        "The Secretary said officials attended a meeting with traders last week.",
        "Applications open on June 1.")
    assert meeting_of(text) is None


def test_past_meeting_in_an_appointments_release():
    text = release(
        "Appointments to Advisory Committee on Harbour Logistics",
        "The Government announced today (December 28) the appointment of Mr Chan as Chairman "
        "of the Advisory Committee on Harbour Logistics for two years.",
        "The Secretary thanked the outgoing Chairman, Dr Lee, who chaired the Committee's 40th "
        "meeting in November, for her contribution.")
    assert meeting_of(text) is None


def test_relative_clause_dated_now_is_still_the_meeting():
    m = meeting_of(release(
        "Commission meets",
        "The Chief Secretary, who chaired the fourth meeting of the Commission on Harbour "
        "Logistics today, said members supported the plan."))
    assert m is not None and m.number == 4 and m.body == "Commission on Harbour Logistics"


def test_reference_takes_the_whole_capitalised_name():
    text = release(
        "Advisory Committee on Harbour Logistics meets",
        "The Advisory Committee on Harbour Logistics met for the first time on Monday. "
        "Members elected officers at the Committee's first meeting today.")
    m = meeting_of(text)
    assert m.number == 1 and m.body == "Advisory Committee on Harbour Logistics"


MINUTES_HEADINGS = [
    ("Minutes of the 17th Meeting of the Task Force on Harbourfront Enhancement\n\n"
     "Date: 3 May 2024\nTime: 2:30 pm\n\nItem 1 Confirmation of Minutes of the 16th Meeting\n"
     "1.1 The minutes of the 16th meeting held on 5 March 2024 were confirmed.\n",
     17, "Task Force on Harbourfront Enhancement"),
    ("  Minutes of the Fifth Meeting of the Advisory Council on Food Safety\r\n\r\n"
     "Present\r\nMr Chan (Chairman)\r\n", 5, "Advisory Council on Food Safety"),
]


@pytest.mark.parametrize("text, number, body", MINUTES_HEADINGS)
def test_minutes_heading_is_the_meeting(text, number, body):
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("text", [
    "Agenda\n\nItem 1 Confirmation of Minutes of the 16th Meeting\nItem 2 Matters arising\n",
    "Papers\n\nThe minutes of the 16th meeting of the Task Force on Harbourfront Enhancement "
    "were confirmed without amendments.\n",
])
def test_minutes_of_an_earlier_meeting_are_not_the_meeting(text):
    m = meeting_of(text)
    assert m is None or m.number is None


SERIES_NUMBER = [
    ("Greater Bay Area Heritage Co-ordination Meeting No. 3 was hosted by the Commissioner in "
     "Zhuhai on Tuesday.", 3, "Greater Bay Area Heritage Co-ordination Meeting",
     "Greater Bay Area Heritage Co-ordination Meeting No. 3"),
    ("The Pearl River Delta Tourism Liaison Meeting No. 12 was held in Macao today.", 12,
     "Pearl River Delta Tourism Liaison Meeting", "Pearl River Delta Tourism Liaison Meeting No. 12"),
    ("Officials of the three sides attended Meeting No. 4 in Zhuhai today to plan joint "
     "promotions.", 4, None, "Meeting No. 4"),
]


@pytest.mark.parametrize("sentence, number, body, evidence", SERIES_NUMBER)
def test_meeting_number_names_its_series(sentence, number, body, evidence):
    m = meeting_of(release("Tourism meeting held", sentence))
    assert m is not None and (m.number, m.ordinal, m.body) == (number, f"No. {number}", body)
    assert m.evidence.text == evidence


def test_earlier_meeting_is_not_the_number():
    text = release(
        "Committee on Harbourfront holds 12th meeting",
        "The Committee on Harbourfront held its 12th meeting today (May 3). Since the 11th "
        "meeting of the Committee on Harbourfront, members have visited two sites.")
    m = meeting_of(text)
    assert m.number == 12 and m.body == "Committee on Harbourfront"


def test_lead_preferred_over_headline_for_fuller_body():
    text = release(
        "HK/Fujian Co-operation Conference holds 6th Working Meeting",
        "The Chief Secretary co-chaired the 6th Working Meeting of the Hong Kong/Fujian "
        "Co-operation Conference in Hong Kong today (May 3).")
    m = meeting_of(text)
    assert m.number == 6 and m.body == "Hong Kong/Fujian Co-operation Conference"
    assert m.evidence.text.startswith("6th Working Meeting of the Hong Kong/Fujian")
    assert m.location == "Hong Kong"


def test_lower_case_reference_resolved_to_the_name():
    text = release(
        "Task force meets",
        "The Task Force on Harbour Logistics has agreed to study berth use. This was the "
        "message after the task force's first meeting today.")
    m = meeting_of(text)
    assert m.number == 1 and m.body == "Task Force on Harbour Logistics"


def test_first_meeting_announced_at_the_end_of_an_appointments_release():
    text = release(
        "Advisory committee appointed",
        "The Government announced the establishment of the Advisory Committee on Ports today.",
        "The committee will advise the Government on port policy.",
        "Members are drawn from the industry and academia.",
        "The committee will hold its first meeting on June 15.")
    assert meeting_of(text) is None


def test_tolerant_whitespace_and_crlf():
    text = ("Meeting held\r\n*****\r\n\r\n     The Secretary chaired the\u00a0fourth meeting of the\r\n"
            "Committee on\u00a0Harbourfront Planning today.\r\n")
    m = meeting_of(text)
    assert m.number == 4 and m.body == "Committee on Harbourfront Planning"
    assert m.evidence.text == "fourth meeting of the\r\nCommittee on\u00a0Harbourfront Planning"


def test_minutes_number():
    text = "No. 3\nMinutes of the meeting held on Wednesday 6 October 1999 at 2:30 pm\nMembers present:\n"
    m = meeting_of(text)
    assert m.number == 3 and m.ordinal == "No. 3"


@pytest.mark.parametrize("text", [
    "the Secretary for the Secretary for " * 30000,
    "; the ; the " * 80000,
    "first meeting of the Meeting of the " * 20000,
    "The Committee " * 50000 + " held its first meeting",
])
def test_pathological_input_returns_promptly(text):
    start = time.perf_counter()
    find_meeting(Document(text))
    assert time.perf_counter() - start < 2.0


# The fast ordinal search must find exactly what the plain pattern finds, cut anywhere.
@pytest.mark.parametrize("text", [
    "The Committee held its Twenty-first meeting; the 3rd and FOURTEENTH were in May.",
    "xfirst, firstly, thirty\u2013second, 1ST, 52th, 2024th, inaugural and forty ninth",
    "the ſecond meeting and the \u0130naugural one",  # case folds that move offsets
    "seventeenth-twentieth, fiftieth. 11th(12th)",
])
def test_fast_ordinals_equal_plain_pattern(text):
    from hkparse import meeting
    low = meeting._lowered(text, len(text))
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            fast = [m.span() for m in meeting._ordinals_in(text, low, start, end)]
            plain = [m.span() for m in meeting.ORD_RX.finditer(text, start, end)]
            assert fast == plain


def test_meeting_a_speaker_talks_about_is_not_the_reported_one():
    text = release(
        "New Chairman of Harbour Heritage Committee appointed",
        "The Government announced today (June 2) that Ms Ho Wing-sze will chair the Harbour "
        "Heritage Committee for two years from July 1.",
        "The Secretary for Development said, \u201cUnder his leadership the Committee held its "
        "32nd meeting in March this year and endorsed a new trail.\u201d")
    assert meeting_of(text) is None


def test_short_quoted_name_does_not_hide_the_meeting():
    m = meeting_of(release(
        "Task force meets",
        "The Secretary chaired the fifth meeting of the \"Smart Port\" Task Force today (June 2)."))
    assert m is not None and m.number == 5


@pytest.mark.parametrize("place", ["Haikou", "Nanning", "Kunming", "Hengqin"])
def test_city_after_the_body_is_its_location(place):
    m = meeting_of(release(
        "Task force meets",
        f"The two sides co-chaired the second meeting of the Hong Kong-Coast Trade Task Force "
        f"in {place} today (June 2)."))
    assert m.body == "Hong Kong-Coast Trade Task Force" and m.location == place


# Round 4: the body after "Meeting No. N", and "X will hold its Nth (special) meeting".
BODY_AFTER_NUMBER = [
    ("Meeting No. 7 of the Hong Kong/Zhuhai Heritage Liaison Committee will be held in Zhuhai "
     "next Friday (May 10), a spokesman said today.", 7, "No. 7",
     "Hong Kong/Zhuhai Heritage Liaison Committee",
     "Meeting No. 7 of the Hong Kong/Zhuhai Heritage Liaison Committee"),
    ("The Legislative Council Panel on Housing will hold its second special meeting on "
     "Monday, 6 May 2024, at 10am in Conference Room 2.", 2, "second",
     "Legislative Council Panel on Housing",
     "Legislative Council Panel on Housing will hold its second special meeting"),
    ("The Advisory Committee on Water Resources will convene its fourth meeting on Tuesday "
     "to review the annual report.", 4, "fourth", "Advisory Committee on Water Resources",
     "Advisory Committee on Water Resources will convene its fourth meeting"),
]


@pytest.mark.parametrize("sentence, number, ordinal, body, evidence", BODY_AFTER_NUMBER)
def test_body_after_number_and_will_hold(sentence, number, ordinal, body, evidence):
    m = meeting_of(release("Committee to meet", sentence))
    assert m is not None and (m.number, m.ordinal, m.body) == (number, ordinal, body)
    assert m.evidence.text == evidence


@pytest.mark.parametrize("sentence", [
    # "of the" followed by no body: the number stands alone
    "Meeting No. 9 of the year was held in the Central Government Offices this morning, "
    "a spokesman said.",
    "Meeting No. 9 of the Working Plan was held in the Central Government Offices this "
    "morning, a spokesman said.",
])
def test_no_body_after_number_without_a_body_head(sentence):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and m.number == 9 and m.body is None


# Round 5: "X held Meeting No. N" (the body before the verb), and a minutes heading whose
# body is named on the line above it.
HELD_MEETING_NO = [
    ("The Sai Kung Rural Planning Advisory Board held Meeting No. 5/2011 on 3 June 2011 to "
     "review the village layout plans.", 5, "Sai Kung Rural Planning Advisory Board",
     "Sai Kung Rural Planning Advisory Board held Meeting No. 5"),
    ("The Harbourfront Working Group (HWG) today held Meeting No. 2 at the Central Government "
     "Offices.", 2, "Harbourfront Working Group", "Harbourfront Working Group (HWG) today held "
     "Meeting No. 2"),
    ("The Advisory Council on Heritage Conservation convened Meeting No. 14 yesterday.", 14,
     "Advisory Council on Heritage Conservation",
     "Advisory Council on Heritage Conservation convened Meeting No. 14"),
    # "its" before the number, with "Meeting" in either case
    ("The Tai Po District Liaison Committee held its Meeting No. 6 today (May 9) in the Tai "
     "Po Government Offices.", 6, "Tai Po District Liaison Committee",
     "Tai Po District Liaison Committee held its Meeting No. 6"),
    ("The Marine Parks Advisory Board held its meeting No. 21 this afternoon to discuss the "
     "new zoning plan.", 21, "Marine Parks Advisory Board",
     "Marine Parks Advisory Board held its meeting No. 21"),
]


@pytest.mark.parametrize("sentence, number, body, evidence", HELD_MEETING_NO)
def test_body_that_held_meeting_number(sentence, number, body, evidence):
    m = meeting_of(release("Board meets", sentence))
    assert m is not None and (m.number, m.ordinal, m.body) == (number, f"No. {number}", body)
    assert m.evidence.text == evidence


@pytest.mark.parametrize("sentence", [
    # a lower-case "meeting" before "No. N" is a number only after "its"
    "Members asked whether the meeting No. 8 signal procedure had been followed.",
    "After the meeting No. 3 Road was closed for the works.",
])
def test_lower_case_meeting_before_a_number_without_its_is_none(sentence):
    m = meeting_of(release("Board meets", sentence))
    assert m is None or m.number is None


@pytest.mark.parametrize("sentence", [
    # the subject is no body ("Mr Wong", "Officials"), or a body whose head is not known
    "Mr Wong Tai-man held Meeting No. 3 with the operators on Friday.",
    "The Kwun Tong Town Centre Project held Meeting No. 3 on Friday.",
])
def test_no_body_before_held_meeting_number_without_a_body_head(sentence):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and m.number == 3 and m.body is None


MINUTES_UNDER_BODY = [
    ("Advisory Committee on Road Safety\nMinutes of the 21st Meeting\n"
     "held on 2012-06-05 at 10:00 am in Conference Room 1\n\nPresent\nMr Chan (Chairman)\n",
     21, "Advisory Committee on Road Safety"),
    ("Harbourfront Task Force\r\n\r\nMinutes of the Third Meeting\r\nDate: 4 May 2010\r\n",
     3, "Harbourfront Task Force"),
    ("  Antiquities Advisory Board (AAB)\n  Minutes of the 140th Meeting\n", 140,
     "Antiquities Advisory Board"),
]


@pytest.mark.parametrize("text, number, body", MINUTES_UNDER_BODY)
def test_minutes_heading_takes_the_body_on_the_line_above(text, number, body):
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (number, body)


HELD_IN_ROOM = "held on 2010-05-03 at 2:30 pm in Conference Room 5, Central Government Offices\n"


@pytest.mark.parametrize("text", [
    # the line above is no body's name: a date, a sentence, a name with no body head word
    "3 May 2010\nMinutes of the 12th Meeting\n" + HELD_IN_ROOM,
    "The paper was tabled by the Committee\nMinutes of the 12th Meeting\n" + HELD_IN_ROOM,
    "Kai Tak Development Project\nMinutes of the 12th Meeting\n" + HELD_IN_ROOM,
])
def test_minutes_heading_without_a_body_line_above(text):
    m = meeting_of(text)
    assert m is not None and m.number == 12 and m.body is None


def test_minutes_of_an_earlier_meeting_deep_in_the_text_take_no_body_above():
    text = ("Agenda\n\n" + "Item 1 Matters arising from the last meeting.\n" * 12
            + "Transport Advisory Committee\nMinutes of the 11th Meeting\n")
    m = meeting_of(text)
    assert m is None or m.body is None


# The shortcuts that skip work must find exactly what the plain patterns find.
_SHORTCUT_TEXTS = [
    "The Secretary co-chaired the 13th meeting of the Steering Committee on Healthy Ageing "
    "today. The meeting of the Town Planning Board (TPB) and the Board's first-ever meeting "
    "were held at the Conference. THE Council meeting; the committee meeting; a meeting.",
    "the 13th meeting, the Committee of the 13th meeting, the 2nd (ABC) meeting, "
    "the Board\u2019s last three meeting, xthe Panel meeting, the  Forum\nmeeting",
    "Meeting No. 5 of the Hong Kong/Macao Tourism Co-ordination Committee; the Joint "
    "Task Force's fourth meeting; sessions of the Third-term Commission on Poverty. The "
    "Panel HELD its 3rd meeting and convenes its Twenty-first session; it had 2 meetings.",
]


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS)
def test_name_at_equals_the_name_pattern(text):
    import re
    from hkparse import meeting
    plain = re.compile(meeting.NAME)
    for pos in range(len(text)):
        for end in (len(text), pos + 25):
            fast = meeting._NAME_AT.match(text, pos, end)
            slow = plain.match(text, pos, end)
            assert (fast and fast.span()) == (slow and slow.span())


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS)
def test_trigger_search_at_cues_equals_the_regex_scan(text):
    from hkparse import meeting
    low = meeting._lowered(text, len(text))
    for trigger_name in (meeting.MEETING_OF_THE, meeting.THE_BODY_MEETING):
        for pos in range(0, len(text), 5):
            fast = trigger_name.search(text, pos, len(text), low)
            slow = trigger_name.search(text, pos, len(text))
            assert (fast and (fast.start(), fast.end())) == (slow and (slow.start(), slow.end()))
    for start in range(0, len(text), 9):
        fast = [m.span() for m in meeting._held_its_triggers(text, low, start, len(text))]
        slow = [m.span() for m in meeting.HELD_ITS_TRIGGER.finditer(text, start, len(text))]
        assert fast == slow


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS + [
    "They co-chaired the Hong Kong/Shenzhen Co-operation meeting and attended the Pan-Pearl "
    "River Delta Regional Co-operation Pre-meeting; Ministers hosted the APEC SUMMIT.",
    "the co-operation meeting was chaired at the joint conference and the forum",
])
def test_series_names_are_never_skipped(text):
    """_may_name_a_series says False only where no VERB_THE_SERIES name ends in a series head."""
    from hkparse import meeting
    low = meeting._lowered(text, len(text))
    for start in range(0, len(text), 13):
        for end in range(start, len(text) + 1, 17):
            if meeting._may_name_a_series(text, low, start, end):
                continue
            for m in meeting.VERB_THE_SERIES.finditer(text, start, end):
                value, _, _ = meeting._clean_name(text, m.start("name"), m.end("name"))
                assert not value or meeting._last_word(value) not in meeting.SERIES_HEADS


_ORDINAL_TEXTS = _SHORTCUT_TEXTS + [
    "the twenty-first and Twenty first, 1St, 22nd, x3rd, fourteenth-ever, the inaugural "
    "meeting; its thirtieth\u00a0session on March 25th since the 4th Plenary",
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
]


@pytest.mark.parametrize("text", _ORDINAL_TEXTS)
def test_ordinals_in_finds_every_ordinal_ending_before_its_limit(text):
    """_ordinals_in equals ORD_RX's scan; with `before`, it finds at least every match that
    ends by then (the ordinals a meeting word after them can still use)."""
    from hkparse import meeting
    low = meeting._lowered(text, len(text))
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            slow = [m.span() for m in meeting.ORD_RX.finditer(text, start, end)]
            assert [m.span() for m in meeting._ordinals_in(text, low, start, end)] == slow
            for before in range(start, end + 1, 5):
                fast = [m.span() for m in meeting._ordinals_in(text, low, start, end, before)]
                assert set(fast) <= set(slow)
                assert {s for s in slow if s[1] <= before} <= set(fast)


# Words before an ordinal that the word test must tell apart: "the" after a verb, "on" ending a
# word, and the follow-up phrases whose "to"/"on" are whole words.
_EXCLUDED_TEXTS = [
    "The Secretary chaired the 5th meeting; the co-chair the 6th; since the 4th meeting; "
    "the preceding the 3rd; the Commission 2nd Session; follow-up to the 7th; follow up on\n"
    "the 8th; follow-up work of 9th; bathe 10th; Session\u00a0on 11th; Minutes of the 12th",
]


@pytest.mark.parametrize("text", _ORDINAL_TEXTS + _EXCLUDED_TEXTS)
def test_excluded_equals_its_patterns(text):
    """The word test in _excluded only skips the patterns where they cannot match."""
    from hkparse import meeting
    for pos in range(1, len(text)):
        before = text[max(0, pos - 40):pos]
        expected = before[-1:].isspace() and (
            bool(meeting.MONTH_BEFORE.search(before)) or bool(
                (other := meeting.OTHER_MEETING_BEFORE.search(before))
                and not meeting._minutes_heading(text, pos - len(before) + other.start())))
        assert meeting._excluded(text, pos, 0) == expected


def test_every_written_ordinal_holds_a_hint():
    from hkparse import meeting
    from hkparse.numbers import ORDINAL_WORDS
    for word in ORDINAL_WORDS:
        assert any(hint in word for hint in meeting._ORDINAL_HINTS), word


@pytest.mark.parametrize("sentence, number, body", [
    ("The Hong Kong-Fujian Expert Group on Food Safety met for the fifth time in Fuzhou on "
     "Tuesday. The meeting was co-chaired by the two sides' heads of delegation.", 5,
     "Hong Kong-Fujian Expert Group on Food Safety"),
    ("The Advisory Committee on Arts Education (ACAE) met for the first time this morning. "
     "At the meeting, members elected a vice-chairman.", 1, "Advisory Committee on Arts Education"),
    # with no meeting word anywhere near
    ("The Commission on Youth Mobility met for the twenty-first time this morning to review "
     "the exchange programmes.", 21, "Commission on Youth Mobility"),
])
def test_body_that_met_for_the_nth_time(sentence, number, body):
    m = meeting_of(release("Expert group meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)
    assert m.evidence.text.endswith("time")


@pytest.mark.parametrize("sentence", [
    # a person meeting someone for the Nth time is no meeting of a body
    "The Secretary for Security, Mr Lam Tak-ming, met for the second time with the operators "
    "today. The meeting discussed the new rules.",
    "Mr Lam met for the first time with the new Board of the museum today.",
])
def test_person_who_met_for_the_nth_time_names_no_meeting(sentence):
    m = meeting_of(release("Secretary meets operators", sentence))
    assert m is None or m.number is None


# Round 7: a capitalised ordinal and "Meeting" after "held its"; "Meeting No. N of the X
# Group on ..."; "At its Nth meeting, the board ..." resolved to the holder named before.
CAPITALISED_HELD_ITS = [
    ("The Hong Kong-Zhuhai Joint Expert Group on Air Quality held its Fifteenth Meeting by "
     "video conference on 3 May 2024.", 15, "Hong Kong-Zhuhai Joint Expert Group on Air Quality"),
    ("The Advisory Committee on Ferry Services held its 7th Meeting today (May 3).", 7,
     "Advisory Committee on Ferry Services"),
]


@pytest.mark.parametrize("sentence, number, body", CAPITALISED_HELD_ITS)
def test_held_its_capitalised_ordinal_and_meeting(sentence, number, body):
    m = meeting_of(release("Group meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_held_its_capitalised_ordinal_needs_a_meeting_noun():
    m = meeting_of(release("Dinner held", "The Advisory Committee on Ferry Services held its "
                                          "Fifth Anniversary Dinner in Central today."))
    assert m is None or m.number is None


@pytest.mark.parametrize("sentence, body", [
    ("Meeting No. 4 of the Hong Kong-Zhuhai Joint Working Group on Heritage Trails was held in "
     "Zhuhai on Monday.", "Hong Kong-Zhuhai Joint Working Group on Heritage Trails"),
    ("Meeting No. 8 of the Steering Committee for Cross-boundary Ferries took place today.",
     "Steering Committee for Cross-boundary Ferries"),
])
def test_body_after_number_with_its_head_before_on_or_for(sentence, body):
    m = meeting_of(release("Group meets", sentence))
    assert m is not None and (m.number, m.body) == (int(sentence.split()[2]), body)


def test_no_body_after_number_without_a_head_before_on():
    m = meeting_of(release("Series meets", "Meeting No. 2 of the Series on Urban Design was held "
                                           "in Central this morning."))
    assert m is not None and m.number == 2 and m.body is None


AT_ITS_MEETING_THE_BODY = [
    (("Harbour & Islands Advisory Board members have backed a plan to widen two piers.",
      "At its 42nd meeting on Monday, the board was briefed on the pier works."),
     42, "Harbour & Islands Advisory Board"),
    (("The Rural Roads Committee has endorsed a five-year repair programme.",
      "At its ninth meeting today (May 3), the Committee also reviewed the lighting of "
      "village paths."), 9, "Rural Roads Committee"),
    # the nearest holder named before the reference
    (("The Sha Tin Arts Council was set up in 2020. The Sha Tin Heritage Council was set up "
      "last year to advise on old buildings.",
      "At its second meeting yesterday, the council discussed three proposals."),
     2, "Sha Tin Heritage Council"),
]


@pytest.mark.parametrize("paragraphs, number, body", AT_ITS_MEETING_THE_BODY)
def test_at_its_meeting_the_body_named_before(paragraphs, number, body):
    m = meeting_of(release("Board backs plan", *paragraphs))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("paragraphs", [
    # a body named only after the reference is not its holder
    ("At its fifth meeting today, the committee reviewed the plan of the Harbour Advisory "
     "Committee.",),
    # a body mentioned before, but not as the subject of its sentence
    ("Officials briefed the Lantau Development Committee last month on the new roads.",
     "At its 12th meeting today, the committee agreed to visit the sites."),
    # a holder with another head word
    ("The Kowloon Rail Board has supported the new station.",
     "At its third meeting today, the committee discussed the fares."),
])
def test_at_its_meeting_the_body_without_a_holder_before(paragraphs):
    m = meeting_of(release("Members meet", *paragraphs))
    assert m is not None and m.number in (3, 5, 12) and m.body is None


def test_reference_resolved_to_a_name_joined_by_ampersand():
    text = release(
        "Task force meets",
        "The Heritage & Arts Task Force has agreed to study museum use. This was the "
        "message after the task force's first meeting today.")
    m = meeting_of(text)
    assert m.number == 1 and m.body == "Heritage & Arts Task Force"


def test_short_body_takes_its_remit_written_out_further_on():
    text = release(
        "Third Meeting of the Review Committee held on 3 May 2024",
        "Papers for members are listed below.",
        "Notes of the meeting will follow.",
        "The Review Committee on Harbour Ferry Licensing held its third meeting this morning "
        "to check the progress of the licence review.")
    m = meeting_of(text)
    assert m.number == 3 and m.body == "Review Committee on Harbour Ferry Licensing"


@pytest.mark.parametrize("later", [
    # other words after the head, or a word before the same words: other bodies
    "The Review Committee Secretariat on Harbour Row will send the papers.",
    "The Ferry Review Committee on Harbour Licensing met last year.",
])
def test_short_body_keeps_its_name_without_its_own_remit(later):
    text = release("Third Meeting of the Review Committee held on 3 May 2024",
                   "Papers for members are listed below.", later)
    m = meeting_of(text)
    assert m.number == 3 and m.body == "Review Committee"


@pytest.mark.parametrize("text, number, body", [
    ("Kwai Tsing District Council Traffic, Transport and Housing Committee\n"
     "Minutes of Meeting No. 12/2023\n\nDate: 5 June 2023\n", 12,
     "Kwai Tsing District Council Traffic, Transport and Housing Committee"),
    ("Islands Heritage Advisory Board\r\nMinutes of Meeting No. 3\r\n\r\nPresent:\r\n", 3,
     "Islands Heritage Advisory Board"),
])
def test_minutes_of_meeting_number_take_the_body_above(text, number, body):
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("text", [
    # "Minutes of Meeting" is a heading, never a series; a line above that is no body
    "Papers for members\nMinutes of Meeting No. 5\n\nDate: 5 June 2023\n",
    "Minutes of Meeting No. 5\n\nDate: 5 June 2023\n",
])
def test_minutes_of_meeting_number_without_a_body_above(text):
    m = meeting_of(text)
    assert m is None or m.body is None


@pytest.mark.parametrize("sentence, number, body", [
    ("The Hong Kong-Zhuhai Joint Working Group on Ferry Piers held the fifth meeting in Zhuhai "
     "today (May 3).", 5, "Hong Kong-Zhuhai Joint Working Group on Ferry Piers"),
    ("The Tai Po Trail Committee convened the 15th meeting this afternoon.", 15,
     "Tai Po Trail Committee"),
    ("The Council for Heritage Paths held the Fourth Meeting of its current term today.", 4,
     "Council for Heritage Paths"),
    # "of the X" after the meeting: X's, not the subject's
    ("The Government held the sixth meeting of the Harbour Paths Committee today.", 6,
     "Harbour Paths Committee"),
])
def test_body_that_held_the_nth_meeting(sentence, number, body):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_person_who_held_the_nth_meeting_names_no_body():
    m = meeting_of(release("Meeting held", "The Secretary for Housing, Mr Wong Siu-ming, held "
                                           "the second meeting with tenants today (May 3)."))
    assert m is None or m.body is None


@pytest.mark.parametrize("sentence, body", [
    ("The Task Force on Street Stalls's Fourth Meeting was held today.",
     "Task Force on Street Stalls"),
    ("The Advisory Committee on Night Markets' Second Meeting was held today.",
     "Advisory Committee on Night Markets"),
])
def test_possessive_before_a_capitalised_ordinal_cuts_the_body(sentence, body):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and m.body == body


def test_possessive_of_a_person_before_a_capitalised_ordinal_names_no_body():
    m = meeting_of(release("Meeting held", "The Mayor's Third Meeting with business leaders "
                                           "was held today."))
    assert m is None or m.body is None


@pytest.mark.parametrize("sentence, number, body", [
    ("At its 57th meeting on Monday (May 6), the Roadside Trees Committee discussed pruning.",
     57, "Roadside Trees Committee"),
    ("At its fifth meeting today, the Board of Review on Ferry Fares heard two appeals.", 5,
     "Board of Review on Ferry Fares"),
])
def test_at_its_meeting_the_body_named_right_after(sentence, number, body):
    m = meeting_of(release("Committee meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_at_its_meeting_the_person_after_names_no_body():
    m = meeting_of(release("Committee meets", "At its fifth meeting today, the Government Chief "
                                              "Information Officer presented a plan."))
    assert m is not None and m.number == 5 and m.body is None


@pytest.mark.parametrize("sentence", [
    # an earlier or a later meeting of a body is no meeting the release reports
    "Members reviewed progress since the 12th meeting of the Roadside Trees Committee.",
    "The next meeting of the Roadside Trees Committee will be held in June.",
    "Works have started since the last meeting of the Roadside Trees Committee in March.",
])
def test_another_meeting_of_a_named_body_is_not_reported(sentence):
    assert meeting_of(release("Trees pruned", sentence)) is None


def test_meeting_of_a_named_body_is_still_reported():
    m = meeting_of(release("Trees", "The Secretary chaired the special meeting of the Roadside "
                                    "Trees Committee today."))
    assert m is not None and m.body == "Roadside Trees Committee"


# "first-ever meeting": the emphatic suffix between ordinal and noun is read like "first".
FIRST_EVER = [
    ("The Panel on Water Safety held its first-ever meeting today (May 3) at the Central "
     "Government Offices.", "Panel on Water Safety"),
    ("The Deputy Secretary chaired the first-ever meeting of the Joint Committee on Elderly "
     "Housing today (May 3).", "Joint Committee on Elderly Housing"),
    ("The Deputy Secretary chaired the Committee on Elderly Housing's first-ever meeting today "
     "(May 3).", "Committee on Elderly Housing"),
    ("At its first-ever meeting this afternoon (May 3), the Harbour Trails Committee endorsed "
     "its work plan.", "Harbour Trails Committee"),
    ("The Youth Sports Commission held its first ever meeting today (May 3).",
     "Youth Sports Commission"),
]


@pytest.mark.parametrize("sentence, body", FIRST_EVER)
def test_first_ever_meeting_is_the_first(sentence, body):
    m = meeting_of(release("Committee meets", sentence))
    assert m is not None and (m.number, m.body) == (1, body)


@pytest.mark.parametrize("sentence", [
    "The Secretary opened the first-ever Hong Kong Children's Book Fair today (May 3) at the "
    "Convention Centre.",
    "The Secretary visited the first-evergreen meeting hall of the district today (May 3).",
])
def test_first_ever_needs_a_meeting_noun_right_after(sentence):
    m = meeting_of(release("Book fair opens", sentence))
    assert m is None or m.number is None


# A short form in words in brackets after the name: "X (the Task Force) held ...".
SHORT_FORM_IN_WORDS = [
    ("The Working Group on Cycle Parking (the Working Group) held Meeting No. 12 today (May 3).",
     12, "Working Group on Cycle Parking"),
    ("The Advisory Committee on Harbour Water Quality (the Committee) held its fourth meeting "
     "today (May 3).", 4, "Advisory Committee on Harbour Water Quality"),
    ("The Steering Group on Rural Signage (the Steering Group) met for the ninth time today "
     "(May 3).", 9, "Steering Group on Rural Signage"),
]


@pytest.mark.parametrize("sentence, number, body", SHORT_FORM_IN_WORDS)
def test_short_form_in_words_between_body_and_verb(sentence, number, body):
    m = meeting_of(release("Group meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_short_form_in_words_after_a_person_names_no_body():
    m = meeting_of(release("Trade meeting", "Professor Lee Wai-man (the Chairman) held Meeting "
                                            "No. 5 today (May 3) in Wan Chai with the trade."))
    assert m is not None and m.number == 5 and m.body is None


# Page furniture of a web copy (a link to a file, a ticker line) names other pages' meetings.
def test_file_link_before_the_headline_does_not_outrank_it():
    text = ("Skip to main content\nTransport Department\n"
            "Latest: Notes of the 12th meeting (PDF, 95KB)\n\n"
            "Road Safety Council holds 13th meeting\n\n"
            "     The Road Safety Council held its 13th meeting today (May 3). Members discussed "
            "the new campaign on the roads.\n")
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (13, "Road Safety Council")


@pytest.mark.parametrize("furniture", [
    "Agenda of the 8th meeting [PDF]",
    "Paper for the 8th meeting (DOCX, 1.2MB)",
    "Summary of the 8th meeting (PDF 210 KB)",
    "Related: Summary of the 8th meeting",
    "What's new: Minutes of the 8th meeting",
    "Previous: Road Safety Council holds 8th meeting",
    "Next article: Harbour Council holds 8th meeting",
])
def test_furniture_line_gives_no_number(furniture):
    text = (f"{furniture}\n\nRoad Safety Council meets\n\n     The Road Safety Council held a "
            "meeting today (May 3). Members discussed the new campaign on the roads of the "
            "city.\n")
    m = meeting_of(text)
    assert m is not None and m.number is None and m.body == "Road Safety Council"


def test_a_prose_line_mentioning_a_pdf_is_no_furniture():
    sentence = ("The Road Safety Council held its 13th meeting today (May 3) and put its "
                "new leaflet (PDF version) online.")
    m = meeting_of(release("Road Safety Council meets", sentence))
    assert m is not None and (m.number, m.body) == (13, "Road Safety Council")


# A release about something else (an appointment) reports no meeting: a numbered meeting first
# named after the lead counts only if the headline or lead reports one.
APPOINTMENT = [
    "The Government announced today (May 3) the appointment of Dr Mary Tse Hoi-lam as the "
    "Chairperson of the Advisory Committee on Cycling Safety for two years from June 1.",
    "Dr Tse succeeds Mr Albert Wu Ka-ho, who has chaired the Committee since 2016. \"Under his "
    "leadership, the Committee held 31 meetings and advised on many matters,\" the Secretary said.",
]


@pytest.mark.parametrize("later", [
    "Dr Tse is a transport engineer. She was a member of the Organising Committee of the 3rd "
    "Asia Cycling Safety Forum and serves on several boards.",
    "The Committee advises the Government on cycling safety. Its first meeting of the new term "
    "is expected to be held in July.",
    "Under the new chair, the Advisory Committee on Cycling Safety will hold its 32nd meeting "
    "in July.",
])
def test_appointment_release_reports_no_meeting(later):
    m = meeting_of(release("Chairperson of cycling safety committee appointed",
                           *APPOINTMENT, later))
    assert m is None


def test_number_after_a_lead_that_reports_a_meeting_still_counts():
    m = meeting_of(release(
        "Cycling safety committee meets",
        "Photo caption: the Secretary (centre) attends a meeting with members today (May 3).",
        "Members of the community joined the session and discussed cycling along the harbour "
        "front today.",
        "The Advisory Committee on Cycling Safety held its 32nd meeting, at which members were "
        "briefed."))
    assert m is not None and (m.number, m.body) == (32, "Advisory Committee on Cycling Safety")


def test_web_menu_read_as_the_lead_does_not_hide_the_meeting():
    text = ("Skip to main content\nWorks Bureau\n"
            "Home | About Us | Press Releases | Publications | Contact Us | Sitemap | Links\n"
            "Text Size  A  A  A  |  Accessibility | Mobile version | RSS feeds | Subscribe now\n\n"
            "Quick links | Planning | Lands | Works | Greening | Harbourfront | Building safety\n\n"
            "Harbour Council holds 12th meeting\n\n"
            "     The Harbour Council held its 12th meeting today (May 3). Members discussed the "
            "new promenade.\n\n     More text here about the waterfront of Kowloon.\n")
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (12, "Harbour Council")


# Round 3 of blind sets: where a body's name ends, Roman-numbered meetings, liaison mechanisms.
NAME_ENDS_BEFORE_PLACE_AND_TIME = [
    ("The Secretary for Tourism and the Vice Governor of Hainan co-chaired the Third Meeting of "
     "the Hong Kong/Hainan Tourism Co-operation Forum in Haikou on Wednesday.", 3,
     "Hong Kong/Hainan Tourism Co-operation Forum"),
    ("Officials chaired the 7th meeting of the Hong Kong/Macao Joint Group on Ferry Services "
     "in Macao on Monday (March 4).", 7, "Hong Kong/Macao Joint Group on Ferry Services"),
    ("The Rural Fisheries Advisory Board held its 40th meeting on Friday to review the "
     "licensing scheme.", 40, "Rural Fisheries Advisory Board"),
    ("The 15th meeting of the Task Force on Ageing in Place was held on Sunday.", 15,
     "Task Force on Ageing in Place"),
]


@pytest.mark.parametrize("sentence, number, body", NAME_ENDS_BEFORE_PLACE_AND_TIME)
def test_name_ends_before_place_and_weekday(sentence, number, body):
    m = meeting_of(release("Co-operation meeting held", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_on_opening_a_remit_is_no_time():
    m = meeting_of(release("Committee meets", "The Committee on Mondays and Holidays Traffic "
                           "held its second meeting today (May 3)."))
    assert m is not None and (m.number, m.body) == (2, "Committee on Mondays and Holidays Traffic")


ROMAN = [
    ("Meeting IV of the Steering Committee on Harbour Water Quality was held this morning "
     "(May 3).", 4, "Steering Committee on Harbour Water Quality"),
    ("The Secretary chaired Plenary XII of the Hong Kong/Xiamen Trade Liaison Committee today.",
     12, "Hong Kong/Xiamen Trade Liaison Committee"),
    ("Session XXIV of the Advisory Board on Coastal Parks opened today (May 3).", 24,
     "Advisory Board on Coastal Parks"),
    ("The Pearl River Estuary Ports Liaison Meeting IX was held in Zhuhai today.", 9,
     "Pearl River Estuary Ports Liaison Meeting"),
    ("The Western District Road Safety Board held Meeting II today (May 3).", 2,
     "Western District Road Safety Board"),
    ("Meeting I of the Working Group on Slope Greening was held today (May 3).", 1,
     "Working Group on Slope Greening"),
]


@pytest.mark.parametrize("sentence, number, body", ROMAN)
def test_roman_numeral_after_a_meeting_noun(sentence, number, body):
    m = meeting_of(release("Committee meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence", [
    # the pronoun after a capitalised meeting noun
    "At the close of the Plenary I thanked the members of the Harbour Trade Council.",
    "After the Meeting I will brief the press, the Chairman of the Harbour Trade Council said.",
    # a Roman numeral after other nouns, out of range, or not written the usual way
    "The Harbour Trade Council discussed Stage II and Phase IV of the study today.",
    "The Harbour Trade Council discussed the Meeting XL papers and the Session IIII notes.",
    "The Harbour Trade Council reviewed the Meeting Venue plans and Session Vote counts.",
])
def test_roman_numeral_not_a_meeting_number(sentence):
    m = meeting_of(release("Trade council news", sentence))
    assert m is None or m.number is None


def test_liaison_mechanism_is_a_body():
    m = meeting_of(release("Chongqing and HK co-operation", "The Chief Secretary and the Vice "
                           "Mayor of Chongqing today co-chaired the Third Plenary of the "
                           "Chongqing-Hong Kong Co-operation Liaison Mechanism in Chongqing."))
    assert m is not None and (m.number, m.body) == (
        3, "Chongqing-Hong Kong Co-operation Liaison Mechanism")


def test_a_lower_case_mechanism_names_no_body():
    m = meeting_of(release("New complaint channel", "The Housing Department today set up a new "
                           "complaint mechanism, which tenants can use from June."))
    assert m is None


@pytest.mark.parametrize("sentence, number, body", [
    ("The Secretary co-chaired the Fourth Meeting of the Hong Kong/Jiangxi Trade Forum in "
     "Ganzhou on Tuesday.", 4, "Hong Kong/Jiangxi Trade Forum"),
    ("The Secretary co-chaired the 6th meeting of the Hong Kong/Yunnan Logistics Committee in "
     "Dali today (May 3).", 6, "Hong Kong/Yunnan Logistics Committee"),
])
def test_unlisted_place_after_a_head_word_ends_the_name_before_the_time(sentence, number, body):
    m = meeting_of(release("Trade forum meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence, number, body", [
    # "in" inside the remit (the word before it is no head word)
    ("The Secretary chaired the 9th meeting of the Joint Working Group on Logistics in Ganzhou "
     "on Tuesday.", 9, "Joint Working Group on Logistics in Ganzhou"),
    # no time after the place: the name is kept whole
    ("The third meeting of the Advisory Committee in Tai Po was held after a site visit.", 3,
     "Advisory Committee in Tai Po"),
    # a weekday before a capitalised word opens a remit
    ("The Working Group on Sunday Markets held its 5th meeting today (May 3).", 5,
     "Working Group on Sunday Markets"),
])
def test_in_or_on_inside_a_name_is_kept(sentence, number, body):
    m = meeting_of(release("Group meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


def test_session_of_a_conference_named_in_generic_words_takes_its_full_name():
    m = meeting_of(release(
        "Minister speaks at Closing Plenary",
        "Following is a speech by the Secretary, who is also the Chairman of the Indian Ocean "
        "Trade Organisation (IOTO) Hong Kong Ministerial Conference, at the Closing Plenary today:",
        "Distinguished Ministers, Ladies and Gentlemen, thank you all for your patience over the "
        "past days of our work together.",
        "It has been an honour to host the Ninth Session of the Ministerial Conference, and I "
        "thank every delegation."))
    assert m is not None and (m.number, m.body) == (9, "Indian Ocean Trade Organisation")


def test_session_of_a_joint_conference_takes_the_name_written_before():
    m = meeting_of(release(
        "Guangxi and HK co-operation",
        "The Chief Secretary and the Vice Chairman of Guangxi co-chaired the Third Session of the "
        "Joint Conference today (May 3). The Hong Kong/Guangxi Joint Conference was set up in "
        "2019 to steer co-operation in trade and tourism."))
    assert m is not None and (m.number, m.body) == (3, "Hong Kong/Guangxi Joint Conference")


def test_session_of_a_generic_conference_named_nowhere_in_full_has_no_body():
    m = meeting_of(release("Secretary attends conference", "The Secretary attended the Fourth "
                           "Session of the Ministerial Conference in Geneva today (May 3)."))
    assert m is not None and (m.number, m.body) == (4, None)


def test_appointment_release_naming_a_session_of_a_generic_conference_reports_none():
    m = meeting_of(release(
        "New trade representative appointed",
        "The Government announced today (May 3) that Ms Carol Tse Wing-yan has been appointed "
        "as the Special Trade Representative for two years from June 1.",
        "Ms Tse joined the Administrative Service in 1995 and has served in several bureaux.",
        "She led the delegation to the Second Session of the Ministerial Conference of the "
        "Pacific Fisheries Forum in 2016."))
    assert m is None


@pytest.mark.parametrize("sentence", [
    "The Smart Mobility Symposium opened today (May 3). Session II: Data for transport planning.",
    "Speakers at Plenary III of the symposium discussed electric buses today (May 3).",
])
def test_roman_session_with_no_body_numbers_a_part_of_a_programme(sentence):
    m = meeting_of(release("Smart mobility symposium", sentence))
    assert m is None or m.number is None


# --- Round 4: releases that report no meeting, and the meeting a release itself reports ---

def question_and_reply(question: str, reply: str, lead: str = "") -> str:
    lead = lead or ("Following is a question by the Hon Leung Siu-ping and a written reply by "
                    "the Secretary for Housing, Ms Iris Fong Wai-man, in the Legislative "
                    "Council today (May 3):")
    return release("LCQ7: Transitional housing in Yuen Long", lead,
                   "Question:", question, "Reply:", "President,", reply)


@pytest.mark.parametrize("question,reply", [
    ("At the 5th meeting of the Yuen Long District Council in 2023, members raised concerns "
     "about the supply of transitional housing. Will the Government inform this Council of "
     "the progress?",
     "The Government has completed 3 000 units of transitional housing so far."),
    ("It has been reported that the two sides discussed housing co-operation. Will the "
     "Government inform this Council of the outcome?",
     "The Hong Kong-Shenzhen Joint Working Group on Housing Supply held its ninth meeting in "
     "October 2022 and agreed to exchange data on land supply."),
    ("Will the Government inform this Council of the work of the Task Force on Land Supply?",
     "The Task Force on Land Supply will hold its Meeting No. 4 on June 2 to review the sites."),
])
def test_question_and_reply_reports_no_meeting(question, reply):
    assert meeting_of(question_and_reply(question, reply)) is None


def test_oral_question_and_reply_reports_no_meeting():
    text = question_and_reply(
        "Will the Government report on the 12th meeting of the Advisory Committee on Elderly "
        "Services?", "The Committee discussed the long-term care plan at the meeting.",
        lead="Following is a question by the Hon Wong Kin-fai and an oral reply by the "
             "Secretary for Labour and Welfare, Mr Ho Chun-yip, in the Legislative Council "
             "today (May 3):")
    assert meeting_of(text) is None


@pytest.mark.parametrize("lead", [
    # a speech at a meeting or a transcript is no question and reply: its meeting is read
    "Following is the speech by the Secretary for Housing, Ms Iris Fong Wai-man, at the 5th "
    "meeting of the Advisory Committee on Housing Supply today (May 3):",
    # a question raised AT a meeting, with no reply, is a meeting release
    "Following is a question raised by members at the 5th meeting of the Advisory Committee "
    "on Housing Supply today (May 3), which the Committee will study further.",
])
def test_following_is_without_a_question_and_reply_keeps_the_meeting(lead):
    m = meeting_of(release("Housing supply", lead, "Members discussed land supply."))
    assert m is not None and (m.number, m.body) == (5, "Advisory Committee on Housing Supply")


def test_links_listed_under_a_related_heading_are_page_furniture():
    text = ("Home > News > 2015 > March\n"
            "Related news\n"
            " - 7th meeting of Hong Kong-Zhuhai tourism group held\n"
            " - SED visits Zhuhai\n"
            "----------------------------------------\n"
            "Third Hong Kong/Jiangxi Trade Co-operation Forum held in Nanchang\n"
            "     The Secretary for Commerce, Mr Paul Yim Chi-keung, and the Vice Governor of "
            "Jiangxi co-chaired the third Hong Kong/Jiangxi Trade Co-operation Forum in Nanchang "
            "today (March 12).\n\nEnds/Thursday, March 12, 2015\n")
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (3, "Hong Kong/Jiangxi Trade Co-operation Forum")


@pytest.mark.parametrize("heading", ["See also:", "Other press releases"])
def test_a_bulleted_list_under_any_links_heading_names_other_releases(heading):
    text = (f"{heading}\n\n"
            "* 15th meeting of the Harbourfront Commission held\n\n"
            "Lantau panel meets\n"
            "     The Lantau Development Panel met today (March 12) to discuss the trail network "
            "and the visitor centre at Tai O.\n\nEnds/Thursday, March 12, 2015\n")
    m = meeting_of(text)
    assert m is None or m.number != 15


def test_a_bulleted_list_in_the_release_keeps_its_meeting():
    text = release("Environment panel meets",
                   "The Secretary for the Environment attended the following today (May 3):",
                   "- the 6th meeting of the Advisory Council on Recycling, at which members "
                   "reviewed the plastic bag levy.")
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (6, "Advisory Council on Recycling")


@pytest.mark.parametrize("status", ["Confirmed", "Draft", "Approved"])
def test_minutes_heading_with_a_status_word_numbers_the_minutes(status):
    text = (f"Harbour Water Quality Committee\n\n{status} Minutes of the 41st Meeting\n\n"
            "Date: 3 May 2018 (Thursday)\nTime: 10:00 am\n\nPresent:\nDr Alan Ko (Chairman)\n\n"
            "Item 1: Confirmation of the Minutes of the 40th Meeting\n\n"
            "1.1 The minutes of the 40th meeting were confirmed without amendment.\n")
    m = meeting_of(text)
    assert m is not None and (m.number, m.body) == (41, "Harbour Water Quality Committee")


def test_a_status_word_does_not_make_minutes_named_in_a_sentence_the_release_s():
    text = release("Committee publishes papers",
                   "The Harbour Water Quality Committee published today (May 3) the Confirmed "
                   "Minutes of the 40th Meeting and the papers for its next meeting.")
    m = meeting_of(text)
    assert m is None or m.number != 40


@pytest.mark.parametrize("headline,lead", [
    ("Advisory Council on Coastal Parks to hold Meeting No. 9",
     "The Advisory Council on Coastal Parks (ACCP) will hold its Meeting No. 9 on Monday "
     "(May 6) at the Central Government Offices."),
    ("Coastal parks council meeting",
     "The Advisory Council on Coastal Parks will convene Meeting No. 9 on Monday (May 6)."),
])
def test_will_hold_meeting_no_takes_the_body_holding_it(headline, lead):
    m = meeting_of(release(headline, lead))
    assert m is not None and (m.number, m.body) == (9, "Advisory Council on Coastal Parks")


def test_a_person_who_will_hold_meeting_no_names_no_body():
    m = meeting_of(release("Meeting announced", "Mr Chan Tak-wing will hold Meeting No. 9 with "
                           "district leaders on Monday (May 6)."))
    assert m is not None and (m.number, m.body) == (9, None)


def test_series_named_with_its_year_is_reported_without_a_number():
    m = meeting_of(release(
        "Hong Kong/Zhuhai Co-operation Meeting 2021 held",
        "The Hong Kong/Zhuhai Co-operation Meeting 2021 was held in Zhuhai today (May 3). The "
        "Chief Secretary and the Mayor of Zhuhai co-chaired the meeting.",
        "The two sides reviewed the work since last year's meeting.",
        "On transport, they noted that the sixth meeting of the joint task force on the bridge "
        "port, held in March, had agreed on new traffic arrangements."))
    assert m is not None and (m.number, m.body) == (None, "Hong Kong/Zhuhai Co-operation Meeting")


def test_a_number_further_down_of_the_body_the_lead_names_is_kept():
    m = meeting_of(release(
        "Hong Kong/Zhuhai Co-operation Meeting held",
        "The Hong Kong/Zhuhai Co-operation Meeting was held in Zhuhai today (May 3). The Chief "
        "Secretary and the Mayor of Zhuhai co-chaired the meeting.",
        "The two sides reviewed the work since last year's meeting.",
        "It was the sixth Hong Kong/Zhuhai Co-operation Meeting since the mechanism was set up."))
    assert m is not None and (m.number, m.body) == (6, "Hong Kong/Zhuhai Co-operation Meeting")


@pytest.mark.parametrize("sentence", [
    "They discussed the follow-up work of the third Hong Kong/Hunan Co-operation Forum held in "
    "2020.",
    "They recalled the third Hong Kong/Hunan Co-operation Forum, which was held in May 2019.",
])
def test_a_meeting_dated_by_a_year_alone_is_a_past_one(sentence):
    m = meeting_of(release(
        "SED visits Changsha",
        "The Secretary for Commerce began a two-day visit to Changsha today (May 3) and met the "
        "Vice Governor of Hunan Province this afternoon.", sentence))
    assert m is None or m.number != 3


@pytest.mark.parametrize("sentence,number", [
    ("The third Hong Kong/Hunan Co-operation Forum will be held in 2025 in Changsha.", 3),
    ("The Secretary co-chaired the third Hong Kong/Hunan Co-operation Forum held in Changsha "
     "today (May 3).", 3),
])
def test_a_meeting_to_be_held_in_a_year_or_held_today_is_reported(sentence, number):
    m = meeting_of(release("Hong Kong/Hunan Co-operation Forum", sentence))
    assert m is not None and m.number == number


@pytest.mark.parametrize("lead,later", [
    ("The Chief Secretary called on the Governor of Anhui today (May 3).",
     "They reviewed the outcome of the Second Hong Kong/Anhui Co-operation Conference held in "
     "Hefei in 2022."),
    ("The Government issued a statement today (May 3) on the slope works.",
     "The Steering Committee on Slope Safety held its 7th meeting in February 2024 and approved "
     "the works."),
    ("The Marine Department reminded boat owners today (May 3) of the new licence fees.",
     "The fees were endorsed at the 9th meeting of the Port Operations Committee in 2023."),
])
def test_a_meeting_dated_by_a_year_or_a_month_of_a_year_is_background(lead, later):
    m = meeting_of(release("Notice to the public", lead, later))
    assert m is None


@pytest.mark.parametrize("lead,number", [
    ("The Steering Committee on Slope Safety held its 7th meeting in Hong Kong today (May 3).", 7),
    ("The Steering Committee on Slope Safety will hold its 7th meeting on May 6, 2024.", 7),
    ("The Steering Committee on Slope Safety will hold its 7th meeting in Hong Kong on May 6, "
     "2024.", 7),
])
def test_a_meeting_dated_by_its_day_is_reported(lead, number):
    m = meeting_of(release("Slope safety committee meets", lead))
    assert m is not None and (m.number, m.body) == (number, "Steering Committee on Slope Safety")


@pytest.mark.parametrize("lead", [
    "Following is the speech by the Secretary for Home Affairs, Mr Tam Kin-lok, at the opening "
    "of the Youth Arts Festival today (May 3):",
    "Following is the transcript of remarks by the Secretary for Labour, Ms Ng Hoi-yan, at a "
    "media session after visiting an elderly centre today (May 3):",
])
def test_meetings_recalled_in_a_speech_are_background(lead):
    m = meeting_of(release(
        "Speech at opening", lead,
        "Good morning, everyone. At the 20th meeting of the Youth Development Commission in "
        "spring, we agreed to expand the internship scheme, and the meeting of the Commission "
        "on Children also backed it."))
    assert m is None


def test_a_speech_keeps_the_meeting_its_lead_names():
    m = meeting_of(release(
        "Speech by SED at closing session",
        "Following is the speech by the Secretary for Trade, Mr Kwok Man-lung, who chairs the "
        "Asia Ocean Trade Ministers Conference, at its closing session today (May 3):",
        "Ministers, it has been an honour to host this Fourth Session of the Ministers "
        "Conference in Hong Kong."))
    assert m is not None and m.number == 4


def test_transcript_after_a_numbered_meeting_keeps_it():
    m = meeting_of(release(
        "Transcript of remarks by CS",
        "Following is the transcript of remarks by the Chief Secretary, Mr Lau Wing-kei, at a "
        "media session after chairing the third meeting of the Task Force on Youth Housing "
        "today (May 3):",
        "Reporter: What did the meeting decide?"))
    assert m is not None and (m.number, m.body) == (3, "Task Force on Youth Housing")


@pytest.mark.parametrize("sentence", [
    "They exchanged views on the follow-up work of the third Hong Kong/Hunan Co-operation Forum.",
    "They discussed the follow-up to the Third Hong Kong/Hunan Co-operation Forum.",
    "They agreed on the follow up on the third meeting of the Hong Kong/Hunan Trade Committee.",
])
def test_the_follow_up_of_a_meeting_names_an_earlier_one(sentence):
    m = meeting_of(release(
        "SED visits Changsha",
        "The Secretary for Commerce began a two-day visit to Changsha today (May 3) and met the "
        "Vice Governor of Hunan Province this afternoon.", sentence))
    assert m is None


def test_a_meeting_on_follow_up_work_is_still_reported():
    m = meeting_of(release(
        "Hong Kong/Hunan Co-operation Forum held",
        "The Secretary for Commerce co-chaired the fourth Hong Kong/Hunan Co-operation Forum in "
        "Changsha today (May 3) to map out the follow-up work of the third Hong Kong/Hunan "
        "Co-operation Forum."))
    assert m is not None and (m.number, m.body) == (4, "Hong Kong/Hunan Co-operation Forum")


# "The X Council met today": an unnumbered meeting of the body named, told with its time or
# its purpose; a person who "met" someone, or a body that "met with" someone, reports none.
@pytest.mark.parametrize("headline, sentence, body", [
    ("Harbour Water Quality Council meets",
     "The Harbour Water Quality Council met today (March 4) under the chairmanship of its "
     "Chairman, Mr Ho Ka-lun, to review progress of the cleanup plan.",
     "Harbour Water Quality Council"),
    ("Heritage board meets",
     "The Kowloon Heritage Advisory Board met on Tuesday to discuss the grading of twelve "
     "historic buildings in the district.", "Kowloon Heritage Advisory Board"),
    ("Panel on cycle tracks",
     "The Rural Roads Review Panel met to discuss the design of cycle tracks for the New "
     "Territories, the Government said today (May 3).", "Rural Roads Review Panel"),
    ("Library commission endorses work plan",
     "The Commission on Rural Libraries (CRL) met yesterday (June 9) and endorsed its work plan "
     "for the coming year, the Government announced today.", "Commission on Rural Libraries"),
    ("Council on sea safety",
     "The Council for Small Craft Safety met this afternoon (May 3), chaired by its Chairman, "
     "Professor Yim Siu-fung.", "Council for Small Craft Safety"),
])
def test_a_body_that_met_today_reports_its_meeting(headline, sentence, body):
    m = meeting_of(release(headline, sentence))
    assert m is not None and (m.number, m.body) == (None, body)
    assert m.evidence.text.endswith(("met today (March 4)", "met on Tuesday", "met to discuss",
                                     "met yesterday (June 9)", "met this afternoon (May 3)"))


@pytest.mark.parametrize("sentence", [
    # a person meets someone: a call, not a body's meeting
    "The Secretary for Transport met the Mayor of Nanning today to exchange views on "
    "cross-boundary traffic between the two cities.",
    "Mr Lam Chi-wing met the press this afternoon after visiting the Harbour Water Quality "
    "Council exhibition in Central.",
    # a person whose post names a body, or members of it
    "The Chairman of the Harbour Water Quality Council met today (May 2) the Director of "
    "Drainage Services to discuss sewage works.",
    "Mr Ho, Chairman of the Harbour Water Quality Council, met today (May 2) the Mayor of "
    "Zhuhai to discuss water issues in the estuary.",
    "Members of the Harbour Water Quality Council met this morning with green groups to discuss "
    "the beach closures in the district.",
    "Dr Chan of the Harbour Water Quality Council met today with fishermen to hear their views.",
    # a body that met with someone: a call on them
    "The Harbour Water Quality Council met today with representatives of fishermen's groups to "
    "hear their concerns about the works.",
    # "met" without the meeting's time or purpose
    "The Harbour Water Quality Council met the Director of Drainage Services in Tuen Mun.",
    "The Harbour Water Quality Council, which met in March, has issued its annual report.",
])
def test_met_without_a_body_meeting_is_none(sentence):
    assert meeting_of(release("Water quality", sentence)) is None


def test_body_that_met_today_yields_to_a_numbered_meeting_of_it():
    m = meeting_of(release(
        "Harbour Water Quality Council meets",
        "The Harbour Water Quality Council met today (March 4) to review the cleanup plan. It "
        "was the council's 45th meeting."))
    assert m is not None and (m.number, m.body) == (45, "Harbour Water Quality Council")


def test_body_met_adversarial_input_is_fast():
    text = "The Harbour Water Quality Council met today " * 25000
    start = time.perf_counter()
    find_meeting(Document(text))
    assert time.perf_counter() - start < 2.0


def test_furniture_line_is_looked_for_only_as_far_back_as_a_short_line():
    """A ticker line far down a text with no carriage return is still furniture; a position
    on a line longer than FURNITURE_LINE_MAX is not, wherever that line starts."""
    from hkparse import meeting
    prose = "The Committee discussed the plan for the harbourfront in detail. " * 10
    ticker = "Latest: Committee holds 8th meeting"
    text = f"{prose}\n{ticker}\n{prose}8th meeting\n"
    assert meeting._on_page_furniture(text, text.index("8th"))
    assert not meeting._on_page_furniture(text, text.rindex("8th"))
    assert not meeting._on_page_furniture("Latest: " + prose, len(prose))


@pytest.mark.parametrize("text", [
    "The Board held a meeting; it holds its meeting, convened its\u00a0meeting, "
    "withheld a meeting, upheld its meeting, reconvenes a meeting, _held a meeting",
    "the Plan, which was approved at X; whose term, whoever, somewhere, that was it, "
    "thatwas, xwhich, _that had, Who, which\n, where it is",
])
def test_patterns_skipping_to_a_letter_equal_their_word_break_forms(text):
    """A pattern written "h(?<=\\bh)eld" matches wherever "\\bheld" does."""
    import re
    from hkparse import meeting
    S = meeting.S
    plain_held = re.compile(rf"\b(?:held|holds|convened|convenes){S}(?:a|its){S}meeting\b")
    plain_clause = re.compile(
        rf"\b(?:who|which|whose|where|that{S}(?:was|were|had))\b[^,;.!?:\n()]{{0,100}}$")
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 5):
            assert ([m.span() for m in meeting.HELD_A_MEETING_TRIGGER.finditer(text, start, end)]
                    == [m.span() for m in plain_held.finditer(text, start, end)])
            fast = meeting.RELATIVE_CLAUSE_BEFORE.search(text, start, end)
            plain = plain_clause.search(text, start, end)
            assert (fast and fast.span()) == (plain and plain.span())


# A speech or transcript given at a forum or summit: the event is where the words were spoken,
# not a body's meeting that the release reports.
@pytest.mark.parametrize("lead", [
    "Following is the speech by the Secretary for Innovation, Mr Yeung Ka-fai, at the Smart "
    "Mobility Forum 2024 today (May 3):",
    "Following is the speech by the Financial Secretary, Mr Ho Wai-lun, at the opening session "
    "of the Asian Insurance Summit this morning (May 3):",
    "Following is the transcript of remarks by the Secretary for Tourism, Ms Lee Mei-ling, at "
    "the Cruise Tourism Symposium today (May 3):",
])
def test_a_speech_at_a_forum_or_summit_reports_no_meeting(lead):
    m = meeting_of(release(
        "Speech at forum", lead,
        "Distinguished guests, ladies and gentlemen, it is a pleasure to join you. I wish the "
        "Forum every success."))
    assert m is None


def test_a_speech_at_a_numbered_forum_keeps_its_number():
    m = meeting_of(release(
        "Speech at forum",
        "Following is the speech by the Secretary for Commerce, Mr Chow Tak-ming, at the 12th "
        "Hong Kong-Yunnan Co-operation Forum in Kunming today (May 3):",
        "Vice Governor, distinguished guests, good morning."))
    assert m is not None and m.number == 12


@pytest.mark.parametrize("lead, body", [
    # a body's meeting is still reported in a speech
    ("Following is the transcript of remarks by the Secretary for Welfare, Mr Chan Kin-wai, "
     "after the meeting of the Commission on Youth Mental Health today (May 3):",
     "Commission on Youth Mental Health"),
    # outside a speech, attending a forum is the reported event
    ("The Secretary for Financial Services, Ms Wong Siu-lan, will attend the Greater Bay Area "
     "Fintech Forum 2024 in Shenzhen on Tuesday (May 7).", "Greater Bay Area Fintech Forum"),
])
def test_a_body_in_a_speech_or_a_forum_attended_is_kept(lead, body):
    m = meeting_of(release("Headline", lead, "Reporter: What was discussed?"))
    assert m is not None and m.body == body


@pytest.mark.parametrize("sentence, number", [
    # "last" with no month after it is not a date: the series' last meeting is reported
    ("The Secretary co-chaired the 6th and last meeting of the Task Force on Coastal Hazards "
     "today (May 3).", 6),
    # a month named without "last" is the meeting's own (announced) date
    ("The Secretary will co-chair the Fifth Plenary of the Hong Kong/Yunnan Co-operation "
     "Conference in Kunming on September 4.", 5),
    ("The Secretary will attend the 8th meeting of the Task Force on Coastal Hazards in March, "
     "the Bureau announced today.", 8),
])
def test_a_month_without_last_is_no_past_date(sentence, number):
    m = meeting_of(release("News of the day", sentence))
    assert m is not None and m.number == number


# Two bodies that "held their first joint meeting": the meeting is told under the first.
@pytest.mark.parametrize("sentence, number, body", [
    ("The Hong Kong-Hainan Tourism Promotion Council (HHTPC) and the Hainan-Hong Kong Tourism "
     "Co-operation Committee (HKTCC) held their second joint meeting in Haikou today (May 3).",
     2, "Hong Kong-Hainan Tourism Promotion Council"),
    ("The Greater Bay Area Youth Council and the Macao Youth Affairs Committee held their first "
     "meeting today (May 3).", 1, "Greater Bay Area Youth Council"),
])
def test_two_bodies_holding_their_meeting_report_the_first(sentence, number, body):
    m = meeting_of(release("Joint meeting held", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence", [
    # two people, each named by a post in a body
    "The Chairman of the Arts Development Council and the President of the Sports Commission "
    "held their first meeting today (May 3).",
    # places, not bodies
    "Hong Kong and Yunnan held their fifth meeting on tourism today (May 3).",
    # one body only, its name holding "and"
    "The Trade and Industry Advisory Board and its members held their first meeting today.",
])
def test_their_meeting_needs_two_bodies(sentence):
    m = meeting_of(release("Meeting held", sentence))
    assert m is None or m.body is None


# Past words after a meeting dated now date something else, not the meeting.
@pytest.mark.parametrize("sentence", [
    "The Standing Committee on Slope Safety held its 5th meeting today to review progress "
    "since last year.",
    "The Secretary chaired the 5th meeting of the Standing Committee on Slope Safety this "
    "morning to review the works completed since last September.",
])
def test_a_meeting_dated_now_before_past_words_is_reported(sentence):
    m = meeting_of(release("Committee meets", sentence))
    assert m is not None and (m.number, m.body) == (5, "Standing Committee on Slope Safety")


def test_past_words_before_any_now_word_still_make_background():
    m = meeting_of(release(
        "News of the day",
        "The Bureau today reported on the plan endorsed at the 5th meeting of the Standing "
        "Committee on Slope Safety last year and on its next steps."))
    assert m is None


# "<Body> (ABBR) of the <Parent>, at its Nth meeting ...": the subject opening the sentence,
# set off by a comma, is the body whose meeting it is.
@pytest.mark.parametrize("sentence, number, body", [
    ("The Rural Works Committee (RWC) of the Lands Advisory Board, at its 212th meeting today "
     "(May 3), approved two applications for village houses.",
     212, "Rural Works Committee of the Lands Advisory Board"),
    ("The Rural Works Committee of the Lands Advisory Board, at its 212th meeting today, "
     "approved two applications.", 212, "Rural Works Committee of the Lands Advisory Board"),
    ("The Advisory Council on Coastal Parks, at its ninth meeting this afternoon, endorsed the "
     "new visitor code.", 9, "Advisory Council on Coastal Parks"),
    ("The Lantau Heritage Panel (the Panel), at its 33rd meeting yesterday, noted the survey "
     "results.", 33, "Lantau Heritage Panel"),
])
def test_a_body_at_its_meeting_is_the_subject(sentence, number, body):
    m = meeting_of(release("Committee decides", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence", [
    # a person as the subject
    "The Chairman of the Lands Advisory Board, at its 212th meeting today, thanked members.",
    "Mr Leung Ka-wing, Chairman of the Lands Advisory Board, at its 212th meeting today, "
    "thanked members.",
    # the body is not the sentence's subject
    "Members noted that the Lands Advisory Board, at its 212th meeting today, approved the plan.",
    # no body's name ("Government" heads no body)
    "The Government, at its 212th meeting today, approved the plan.",
    # no comma: "at its" does not follow the subject
    "Papers the Lands Advisory Board discussed at its 212th meeting today were released.",
])
def test_at_its_meeting_needs_a_body_opening_the_sentence(sentence):
    m = meeting_of(release("Papers released", sentence))
    assert m is None or m.body is None


# "<Body> met (in <place>) (<time>) for its Nth meeting": the body opening the sentence is
# the one whose meeting it is.
@pytest.mark.parametrize("sentence, number, body", [
    ("The Hong Kong/Zhongshan Task Force on Yacht Tourism met in Zhongshan on March 14 for its "
     "seventh meeting. It was co-chaired by the Commissioner for Tourism.",
     7, "Hong Kong/Zhongshan Task Force on Yacht Tourism"),
    ("The Advisory Committee on Coastal Footpaths (ACCF) met today (May 3) for its 21st "
     "meeting.", 21, "Advisory Committee on Coastal Footpaths"),
    ("The Kowloon West Heritage Panel convened yesterday for its 4th meeting under the new "
     "chairman.", 4, "Kowloon West Heritage Panel"),
    ("The Joint Working Group on Border Wetlands gathered in Shenzhen for its first-ever "
     "meeting this morning.", 1, "Joint Working Group on Border Wetlands"),
])
def test_a_body_met_for_its_meeting_is_the_subject(sentence, number, body):
    m = meeting_of(release("Group meets", sentence))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence", [
    # a person as the subject
    "The Chairman of the Coastal Footpaths Board met in Macao today for its 21st meeting.",
    # the body is not the sentence's subject
    "Officials said that the Coastal Footpaths Board met in Macao today for its 21st meeting.",
    # no body's name ("Government" heads no body)
    "The Zhongshan Municipal Government met in Zhongshan today for its 21st meeting.",
    # another clause between the verb and "for its"
    "The Coastal Footpaths Board met the Mayor, who was in town for its 21st meeting.",
    "The Coastal Footpaths Board met the Mayor and stayed for its 21st meeting.",
    # "for its" not right before the ordinal, or no "met" after the name
    "The Coastal Footpaths Board met in Macao today for the 21st meeting of its partners.",
    "The Coastal Footpaths Board thanked the Mayor for its 21st meeting.",
])
def test_met_for_its_meeting_needs_a_body_that_met(sentence):
    m = meeting_of(release("Papers released", sentence))
    assert m is None or m.body is None


# A kind of meeting between the ordinal and "meeting" (meeting_qualifiers): the ordinal still
# counts the body's meetings.
@pytest.mark.parametrize("sentence, number, body", [
    ("The Secretary for Works convened the ninth tripartite meeting of the Pearl Estuary "
     "Tunnel Liaison Committee in Macao today (May 3).", 9, "Pearl Estuary Tunnel Liaison Committee"),
    ("Officials of the three sides held the 4th trilateral meeting of the Regional Air Quality "
     "Monitoring Group in Hong Kong today.", 4, "Regional Air Quality Monitoring Group"),
    ("The Under Secretary attended the twelfth bilateral meeting of the Joint Commission on "
     "Fisheries Management this morning.", 12, "Joint Commission on Fisheries Management"),
    ("The Advisory Council on Heritage Trails held its 3rd extraordinary meeting today (May 3).",
     3, "Advisory Council on Heritage Trails"),
    ("The Board of Governors of the Riverside Arts Academy held its thirty-second regular "
     "meeting today.", 32, "Board of Governors of the Riverside Arts Academy"),
])
def test_kind_of_meeting_between_ordinal_and_noun(sentence, number, body):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and m.number == number and m.body == body


@pytest.mark.parametrize("sentence", [
    # A topic or manner before "meeting" counts something else, not the body's meetings.
    "The Secretary chaired the second co-ordinating meeting on avian influenza convened this week.",
    "This is the first face-to-face meeting between officials of the two cities since 2020.",
    "The Director attended the third informal meeting on coastal litter today.",
])
def test_other_words_between_ordinal_and_meeting_give_no_number(sentence):
    m = meeting_of(release("Officials meet", sentence))
    assert m is None or m.number is None


def test_a_bare_kind_of_meeting_is_no_body():
    m = meeting_of(release("Tripartite Meeting held",
                           "The Tripartite Meeting was held in Zhuhai today (May 3)."))
    assert m is None or m.body is None


@pytest.mark.parametrize("sentence, number", [
    ("The Harbour Users Council held its sixty-third meeting today (May 3).", 63),
    ("The Rural Roads Committee held its seventieth meeting today (May 3).", 70),
    ("The Standing Committee on Water Supplies held its ninety-ninth meeting today.", 99),
    ("The Urban Greening Board held its hundredth meeting today (May 3).", 100),
])
def test_spelled_ordinals_past_fifty(sentence, number):
    m = meeting_of(release("Meeting held", sentence))
    assert m is not None and m.number == number


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS + [
    "Attending the meeting were the Orchard Valley Committee meeting members and the "
    "Board's regular meeting clerk; the Riverside Forum (RF) meeting ended at the next "
    "meeting-room.",
    "the Northern Ports Authority meeting, then a co-ordination meeting and the 5th meeting "
    "of the Lantau Shore Group meeting\u00a0\nmeeting",
    "at the meeting the meeting (the meeting) the Harbour Council\u2019s first meeting",
])
def test_body_meeting_triggers_skipped_only_where_nothing_matches(text):
    """_may_end_the_body_meeting says False only for a "meeting" word for which
    _ending_at_triggers would find no THE_BODY_MEETING match."""
    from hkparse import meeting
    from hkparse.document import Span
    low = meeting._lowered(text, len(text))
    for start in range(0, len(text), 11):
        for end in range(start, len(text) + 1, 23):
            span = Span(start, end)
            for t in meeting.MEETING_WORD.finditer(text, start, end):
                if meeting._may_end_the_body_meeting(text, t, start, end):
                    continue
                assert meeting._ending_at_triggers(
                    meeting.THE_BODY_MEETING, [t], text, span, low) == []


_WIDENING_RELEASES = [
    release("Harbour Committee holds 12th meeting",
            "The Harbour Committee held its 12th meeting today (May 3). Members of the "
            "Harbour Committee on Waterfront Access attended the meeting of the Harbour "
            "Committee on Waterfront Access and Promenades."),
    release("5th meeting of Hill Trails Group",
            "The Secretary chaired the fifth meeting of the Hill Trails Group today. The "
            "Country Hill Trails Group meeting and the Hill Trails Group on Signage meeting "
            "followed.", "Attending the meeting were officials of the Lands Department."),
    release("Valley Forum meets",
            "The Chief Secretary attended the Valley Forum today and chaired the 3rd meeting "
            "of the Valley Forum Steering Group (VFSG)."),
    release("Arts Board holds meeting",
            "The Arts Board (AB) met today (May 3) to discuss the budget. The second "
            "meeting of the Arts Board & Museum Council was held afterwards."),
]


@pytest.mark.parametrize("text", _WIDENING_RELEASES + [release("x", s) for s, *_ in NUMBERED])
def test_unnumbered_read_only_where_they_may_widen_the_body(text, monkeypatch):
    """_LeadUnnumbered.that_may_widen leaves out only windows whose names _fullest could not
    take: the meeting found is the same as with every unnumbered name read."""
    from hkparse import meeting
    fast = meeting_of(text)
    monkeypatch.setattr(meeting._LeadUnnumbered, "that_may_widen",
                        lambda self, body: self.all())
    assert meeting_of(text) == fast


# "<Body>'s Meeting No. N": the possessive ends the body's name; a possessive of no named
# body gives no body.
@pytest.mark.parametrize("sentence, number, body", [
    ("The Secretary for Security and the Macao Secretary for Security co-chaired the "
     "Hong Kong-Macao Boundary Crossing Facilitation Working Group's Meeting No. 6 in "
     "Macao today (May 3).", 6, "Hong Kong-Macao Boundary Crossing Facilitation Working Group"),
    ("The Northern Lantau Coastal Planning Committee\u2019s Meeting No. 12 was held today "
     "(May 3).", 12, "Northern Lantau Coastal Planning Committee"),
    ("Members of the Pearl River Estuary Water Quality Panel's Meeting No. 2 today (May 3) "
     "reviewed the monitoring data.", 2, "Pearl River Estuary Water Quality Panel"),
    # no possessive: the series name runs up to "Meeting", as before
    ("The Fujian-Hong Kong Trade Promotion Meeting No. 4 was held today (May 3).", 4,
     "Fujian-Hong Kong Trade Promotion Meeting"),
])
def test_possessive_before_meeting_no_ends_the_body(sentence, number, body):
    m = meeting_of(release("x", sentence))
    assert (m.number, m.body) == (number, body)


@pytest.mark.parametrize("sentence", [
    "The Secretary's Meeting No. 4 with district leaders was held today (May 3).",
    "The Joint Working Group's Meeting No. 4 was held today (May 3).",  # generic: no name
])
def test_possessive_of_no_named_body_gives_no_body(sentence):
    m = meeting_of(release("x", sentence))
    assert m.number == 4 and m.body is None
    assert "'s" not in m.evidence.text or m.body is None


# A meeting dated "in <Month>" alone, in a sentence telling no coming event, is a past one:
# the release reports something else.
@pytest.mark.parametrize("headline, lead", [
    ("Public engagement on Tai Po market square redesign launched",
     "The Planning Department today (May 3) launched a six-week public engagement exercise on "
     "the redesign of the Tai Po market square. The scheme was presented to the Tai Po "
     "District Planning Committee at its 27th meeting in March, and members supported "
     "consulting the public."),
    ("Cycle track extension to open",
     "The Transport Department announced today (May 3) that the Sha Tin cycle track extension "
     "will open next week. The Cycle Track Advisory Panel endorsed the alignment at its "
     "ninth meeting held in January."),
    ("New subsidy for rural clinics",
     "The Health Bureau today (May 3) announced a new subsidy for rural clinics. The proposal "
     "had been discussed at the 15th meeting of the Rural Health Services Council in February."),
])
def test_meeting_dated_by_a_month_alone_in_the_past_is_background(headline, lead):
    m = meeting_of(release(headline, lead))
    assert m is None or m.number is None


@pytest.mark.parametrize("lead, number", [
    # a coming meeting dated by a month: announced, so reported
    ("The Rural Health Services Council will hold its 16th meeting in June to review the "
     "subsidy scheme.", 16),
    ("The 16th meeting of the Rural Health Services Council, to be held in June, will "
     "review the subsidy scheme.", 16),
    ("The Rural Health Services Council is scheduled to hold its 16th meeting in June.", 16),
    # dated by its day: the meeting reported
    ("The Rural Health Services Council held its 16th meeting today (May 3) and reviewed "
     "the subsidy scheme set up in March.", 16),
    ("The Rural Health Services Council held its 16th meeting on May 2 in Sha Tin.", 16),
    # "in <Month> next year" is a coming one
    ("The Secretary said that the Rural Health Services Council would hold its 16th meeting "
     "in June next year.", 16),
])
def test_meeting_dated_by_a_month_but_coming_or_dated_by_its_day_stays(lead, number):
    m = meeting_of(release("x", lead))
    assert m is not None and m.number == number


def test_an_earlier_meeting_dated_by_a_month_leaves_the_reported_one():
    m = meeting_of(release(
        "Harbour Access Committee holds 27th meeting",
        "The Harbour Access Committee held its 27th meeting today (May 3). Since its 26th "
        "meeting in March, three new stretches of promenade have opened."))
    assert (m.number, m.body) == (27, "Harbour Access Committee")


# Places (or their governments) that "hold" a numbered meeting are the parties to it, not the
# body whose meeting it is: the body is the one the lead names, or none.
@pytest.mark.parametrize("headline, lead, number, body", [
    ("Guangdong and Hong Kong hold 21st plenary meeting on trade",
     "The Twenty-first Plenary Meeting of the Guangdong-Hong Kong Trade Liaison Panel was held "
     "in Guangzhou today (May 3) under the joint chairmanship of two officials.",
     21, "Guangdong-Hong Kong Trade Liaison Panel"),
    ("Shenzhen, Hong Kong and Macao hold 4th meeting on water safety",
     "The Fourth Meeting of the Tripartite Committee on Cross-boundary Water Safety took place "
     "in Shenzhen today (May 3).", 4, "Tripartite Committee on Cross-boundary Water Safety"),
    ("HKSAR and Macao SAR Governments hold 7th meeting on heritage",
     "The Seventh Meeting of the Joint Panel on Built Heritage was convened today (May 3).",
     7, "Joint Panel on Built Heritage"),
    ("Zhuhai Municipal Government holds 2nd meeting with Hong Kong on transport",
     "The Second Meeting of the Zhuhai-Hong Kong Transport Liaison Group was held today (May 3).",
     2, "Zhuhai-Hong Kong Transport Liaison Group"),
])
def test_places_holding_a_meeting_leave_the_body_to_the_lead(headline, lead, number, body):
    m = meeting_of(release(headline, lead))
    assert m is not None and (m.number, m.body) == (number, body)


@pytest.mark.parametrize("headline, lead", [
    ("Hong Kong and Fujian hold 6th meeting on tourism",
     "Officials of the two places met in Fuzhou today (May 3) to review tourism promotion."),
    ("Hong Kong/Sichuan hold 3rd meeting",
     "Officials exchanged views on trade today (May 3) and agreed to meet again next year."),
])
def test_places_holding_a_meeting_are_no_body(headline, lead):
    m = meeting_of(release(headline, lead))
    assert m is not None and m.body is None


# Not only places: a body named with places keeps being the holder.
@pytest.mark.parametrize("headline, number, body", [
    ("Hong Kong-Fujian Tourism Council holds 6th meeting", 6, "Hong Kong-Fujian Tourism Council"),
    ("Macao and Hong Kong Ferry Services Board holds 9th meeting", 9,
     "Macao and Hong Kong Ferry Services Board"),
    ("Guangdong Provincial Government Liaison Committee holds 3rd meeting", 3,
     "Guangdong Provincial Government Liaison Committee"),
])
def test_a_body_named_after_places_still_holds_its_meeting(headline, number, body):
    m = meeting_of(release(headline, "Members exchanged views on co-operation today (May 3)."))
    assert m is not None and (m.number, m.body) == (number, body)


def test_places_holder_adversarial_input_is_fast():
    text = release("Hong Kong and Macao hold 1st meeting",
                   "Hong Kong and Macao and Shenzhen, Zhuhai / " * 20000 + "hold 2nd meeting.")
    t0 = time.perf_counter()
    meeting_of(text)
    assert time.perf_counter() - t0 < 5
