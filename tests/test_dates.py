"""The event date and the closing line, on short texts written in the style of releases."""
from __future__ import annotations

import re
import time

import pytest

from hkparse.dates import NO_YEAR_WARNING, find_date, find_issued
from hkparse.document import Document
from hkparse.model import Evidence, Meeting

HEAD = "Task force meeting held (with photos)\n\n"
CLOSE_2024 = "\n\nEnds/Friday, August 30, 2024\nIssued at HKT 18:30\n\nNNNN\n"


def date_of(text: str, meeting: Meeting | None = None, **kw):
    found, warnings = find_date(Document(text), meeting, **kw)
    if found is not None:
        assert text[found.evidence.start:found.evidence.end] == found.evidence.text
    return found, warnings


def ymd(text: str, **kw):
    found, _ = date_of(text, **kw)
    return None if found is None else (found.year, found.month, found.day)


@pytest.mark.parametrize("lead, expected, evidence", [
    ("     The Secretary for Development chaired the third meeting of the Harbourfront "
     "Committee today (August 30).", (None, 8, 30), "today (August 30)"),
    ("     The Chief Executive will attend the opening of the forum this Thursday (June 27).",
     (None, 6, 27), "this Thursday (June 27)"),
    ("     The Financial Secretary will visit Shenzhen tomorrow (May 16) to attend a meeting.",
     (None, 5, 16), "tomorrow (May 16)"),
    ("     The Secretary for Security will attend the conference in Beijing on February 23.",
     (None, 2, 23), "on February 23"),
    ("     The advisory council held its meeting on 30 August 2024 at the Central Government "
     "Offices.", (2024, 8, 30), "on 30 August 2024"),
    ("     The committee met on August 30, 2024 to review the work plan of the year.",
     (2024, 8, 30), "on August 30, 2024"),
    ("     The panel was briefed today (Nov 8) on the progress of the cycle track works.",
     (None, 11, 8), "today (Nov 8)"),
    ("     The Secretary for Labour and Welfare met district leaders this afternoon (July 2) "
     "at the office.", (None, 7, 2), "this afternoon (July 2)"),
    ("     Following is the transcript of remarks by the Secretary after the meeting this "
     "(February 23) afternoon:", (None, 2, 23), "this (February 23) afternoon"),
    ("     The 84th meeting of the Board will be held on Tuesday, 17 September 2019 at 2:30pm.",
     (2019, 9, 17), "on Tuesday, 17 September 2019"),
    ("     The Joint Liaison Group held its first meeting in London from 22 to 25 July 1985.",
     (1985, 7, 22), "from 22 to 25 July 1985"),
    ("     The Hospital Authority\u2019s March 25th board meeting is open to the public.",
     (None, 3, 25), "March 25th"),
    ("     The Secretary chaired the meeting today\u00a0(August\u00a030) in Shenzhen.",
     (None, 8, 30), "today\u00a0(August\u00a030)"),
    ("     The Secretary chaired the meeting of the committee today\r\n(August 30) in "
     "Shenzhen.", (None, 8, 30), "today\r\n(August 30)"),
    ("     The Buildings Department approved 21 building plans in January, with six on Hong "
     "Kong Island.", (None, 1, None), "in January"),
])
def test_event_date_phrases(lead, expected, evidence):
    found, _ = date_of(HEAD + lead + "\n")
    assert (found.year, found.month, found.day) == expected
    assert found.evidence.text == evidence


@pytest.mark.parametrize("text, expected, source", [
    # the closing line dates "today"
    (HEAD + "     The Secretary co-chaired the meeting today (August 30)." + CLOSE_2024,
     (2024, 8, 30), "closing line"),
    # a weekday tied to the closing line: the Friday before a Saturday
    (HEAD + "     The committee held its annual meeting on Friday at the Government offices."
     "\n\nEnds/Saturday, May 22, 2004\nIssued at HKT 17:00\n", (2004, 5, 21), "closing line"),
    # the news dateline dates a bare "today"
    (" date 2017-02-09 The Secretary and the Vice Mayor co-chaired the first meeting of the "
     "joint task force in Shenzhen today.\n", (2017, 2, 9), "text"),
    # "yesterday" counts back from the dateline
    (" date 2018-09-06 The Chief Executive led a delegation to the forum.\n\nSpeaking at the "
     "forum yesterday, she said the region holds many opportunities.\n", (2018, 9, 5), "text"),
    # a date line above a headline, and an announced day five days after it
    ("July 30, 2004\n\nCE to attend joint conference\n\nThe Chief Executive will lead a "
     "delegation to attend the plenary in Guangzhou to be held on August 4.\n",
     (2004, 8, 4), "text"),
    # the dateline with "tomorrow (Friday)": the next day
    ("23 Oct 2014\nDevelopers invited\nThe Authority will invite interested developers to "
     "submit expressions of interest beginning tomorrow (Friday).\n", (2014, 10, 24), "text"),
    # year in the same phrase
    ("     The Co-operation Meeting 2023 was held in Shenzhen on February 22.\n",
     (2023, 2, 22), "text"),
    # a release from abroad gives the day by the clock there, the closing line by Hong Kong's
    (HEAD + "     The Secretary continued his visit to Madrid today (March 2, Madrid time), "
     "meeting bankers.\n\nEnds/Tuesday, March 3, 2026\nIssued at HKT 07:10\n",
     (2026, 3, 2), "closing line"),
    # a weekday's tense is read in its whole sentence: "will lead ... on Friday" is the coming one
    (" date 2025-05-14 Secretary for Home Affairs Alice Wu will lead a delegation to Zhuhai on "
     "Friday to attend the third meeting of the working group.\n", (2025, 5, 16), "text"),
    (" date 2025-05-14 Secretary for Home Affairs Alice Wu led a delegation to Zhuhai on "
     "Friday to attend the third meeting of the working group.\n", (2025, 5, 9), "text"),
    (HEAD + "     The delegation arrived in New York this evening (May 5, local time)."
     "\n\nEnds/Wednesday, May 6, 2015\nIssued at HKT 09:00\n", (2015, 5, 5), "closing line"),
])
def test_year_from_the_text(text, expected, source):
    found, warnings = date_of(text)
    assert (found.year, found.month, found.day) == expected
    assert found.year_source == source
    assert warnings == []


@pytest.mark.parametrize("text, expected", [
    # a repost dateline three days after "yesterday (December 23)" does not date the event
    (" date 2021-12-26 Seizure of cigarettes\n\nCustoms yesterday (December 23) seized about "
     "20 million suspected illicit cigarettes in Yuen Long.\n", (None, 12, 23)),
    # a month without a day is never tied to a date line
    ("February 27, 2012\nPlans approved\nThe Buildings Department approved 20 building plans in "
     "January, with five on Hong Kong Island.\n", (None, 1, None)),
    # a year elsewhere in the lead is another event's
    (HEAD + "     The Secretary announced the programme today (April 1). Applications close on "
     "July 17, 2026.\n", (None, 4, 1)),
])
def test_year_not_tied(text, expected):
    assert ymd(text) == expected


@pytest.mark.parametrize("text", [
    HEAD + "     The Secretary chaired the meeting of the task force today in Shenzhen.\n",
    HEAD + "     The Chief Executive spoke at a dinner today (Wednesday) in Sydney.\n",
    HEAD + "     Customs seized goods in a special operation from November 12 to 25, the sales "
    "period.\n",
    HEAD + "     The Observatory said the accumulated rainfall was about 67% above normal, the "
    "second highest since 1884.\n",
    HEAD + "     The Pilot Scheme, which commenced in April 2014, completed in August this year.\n",
    "",
    "Ends/",
])
def test_no_date(text):
    assert ymd(text) is None


def test_year_from_option_file_name_or_warning():
    text = HEAD + "     The Secretary co-chaired the meeting today (August 30).\n"
    found, warnings = date_of(text, year=2023)
    assert (found.year, found.year_source, warnings) == (2023, "option", [])
    found, warnings = date_of(text, source="/x/202408/30/P2024083000123.txt")
    assert (found.year, found.year_source, warnings) == (2024, "file name", [])
    found, warnings = date_of(text, source="releases/2022-08-30-jtf.txt")
    assert (found.year, found.year_source) == (2022, "file name")
    found, warnings = date_of(text, source="en-0001.txt")
    assert found.year is None and warnings == [NO_YEAR_WARNING]


def test_the_text_year_beats_the_option():
    found, _ = date_of(HEAD + "     The advisory council met on 30 August 2024 to review the "
                       "plan.\n", year=2020)
    assert (found.year, found.year_source) == (2024, "text")


def test_meeting_sentence_is_preferred():
    text = (HEAD + "     Further to the Council meeting today (January 13), the Chairman of the "
            "Panel on Housing decided that the Panel will meet tomorrow (January 14) by video "
            "conference.\n")
    start = text.index("the Panel will meet")
    meeting = Meeting(None, None, "Panel on Housing", None,
                      Evidence.of(text, start, start + len("the Panel will meet")))
    found, _ = date_of(text, meeting)
    assert (found.month, found.day) == (1, 14)
    assert found.evidence.text == "tomorrow (January 14)"


def test_caption_then_lead():
    text = (" date 2019-04-02 Chief Secretary (front row, second left) speaks at the meeting.\n\n"
            "Chief Secretary and the Mayor chaired the Co-operation Meeting in Shenzhen today.\n")
    assert ymd(text) == (2019, 4, 2)


def test_headline_carries_the_date_of_a_speech():
    text = ("Following is the speech by the Chief Secretary at a gala dinner in Sydney today "
            "(September 17):\n\nDistinguished guests, ladies and gentlemen,\nIt is a pleasure "
            "to welcome you to tonight's dinner.\n")
    assert ymd(text) == (None, 9, 17)


@pytest.mark.parametrize("text, expected", [
    ("     The Board held a meeting on 2 December 2025, presided over by its Chairman.",
     (2025, 12, 2)),
    ("     The Board met on Tuesday, 18 March 2025, to review the plan.", (2025, 3, 18)),
    ("     The Board met on March 18, 2025, to review the plan.", (2025, 3, 18)),
    # a comma and digits after it make it no year: a count runs on
    ("     The Board met on March 18, 2025,500 visitors came.", (None, 3, 18)),
])
def test_a_year_closing_its_clause_with_a_comma_is_the_date_s(text, expected):
    assert ymd(text) == expected


def test_an_event_this_afternoon_takes_the_year_of_an_end_line():
    text = ("     The Provisional Regional Council held its ninth meeting this afternoon to "
            "consider the plan.\n\nEnd/Monday, March 9, 1998\n")
    assert ymd(text) == (1998, 3, 9)


_NOTICE_END = "\n\nEnds/Wednesday, October 8, 2014\nIssued at HKT 16:00\n"


@pytest.mark.parametrize("lead, expected", [
    # a bare "today" only dates the announcing: the lead's dated event is the release's event
    ("     The Highways Department today announced that, to make way for resurfacing works on "
     "Saturday (October 11), a section of Lung Cheung Road will be closed.", (2014, 10, 11)),
    ("     The Water Supplies Department reminded today that the fresh water supply to Tai Po "
     "will be suspended on October 14 for mains repairs.", (2014, 10, 14)),
    ("     The Leisure and Cultural Services Department announced today that a lantern carnival "
     "will be held at Victoria Park this Friday (October 10).", (2014, 10, 10)),
    # "today" with its own date stays: the text dates the announcing itself
    ("     The Highways Department announced today (October 8) that a section of Lung Cheung "
     "Road will be closed on Saturday (October 11).", (2014, 10, 8)),
    # a "today" that dates what was done, not an announcing
    ("     The Secretary for Development visited the Kai Tak site today and was told that the "
     "first pier would open on October 20.", (2014, 10, 8)),
    # nothing dated after the announcing: the closing line dates "today"
    ("     The Highways Department announced today that a section of Lung Cheung Road will be "
     "closed for resurfacing works.", (2014, 10, 8)),
    # the dated phrase is in another sentence: not what the announcing announces
    ("     The Highways Department announced today that works will start soon. A briefing was "
     "given on October 3.", (2014, 10, 8)),
])
def test_a_bare_today_announcing_a_dated_event_yields_to_the_event(lead, expected):
    assert ymd(lead + _NOTICE_END) == expected


@pytest.mark.parametrize("text, date, time_, evidence", [
    ("Body.\n\nEnds/Friday, August 30, 2024\nIssued at HKT 18:30\n\nNNNN",
     "2024-08-30", "18:30", "Ends/Friday, August 30, 2024\nIssued at HKT 18:30"),
    ("Body.\r\n\r\nEnds/Tuesday, May 27, 2008\r\nIssued at HKT 9:05\r\n",
     "2008-05-27", "09:05", "Ends/Tuesday, May 27, 2008\r\nIssued at HKT 9:05"),
    ("Body.\n\nEnds/Saturday, May 22, 2004\n", "2004-05-22", None,
     "Ends/Saturday, May 22, 2004"),
    # the releases of the late 1990s close with "End/"
    ("Body.\n\nEnd/Monday, March 9, 1998\n", "1998-03-09", None, "End/Monday, March 9, 1998"),
])
def test_issued(text, date, time_, evidence):
    issued = find_issued(Document(text))
    assert (issued.date, issued.time, issued.evidence.text) == (date, time_, evidence)
    assert text[issued.evidence.start:issued.evidence.end] == evidence


@pytest.mark.parametrize("text", ["Body only.", "Ends/Friday, February 30, 2024", "Ends/",
                                  "The End/Monday marks no date.", "Endless/Monday, March 9, 1998"])
def test_no_issued(text):
    assert find_issued(Document(text)) is None


@pytest.mark.parametrize("filler", ["the Secretary for ", "; the ", "today (", "on 1 ", "May 1 "])
def test_linear_on_huge_input(filler):
    text = HEAD + "     " + filler * (1_000_000 // len(filler))
    t0 = time.perf_counter()
    find_date(Document(text), None)
    find_issued(Document(text))
    assert time.perf_counter() - t0 < 5


def _meeting_at(text: str, words: str) -> Meeting:
    start = text.index(words)
    return Meeting(1, "first", None, None, Evidence.of(text, start, start + len(words)))


def test_date_after_the_meeting_phrase_wins():
    text = (HEAD + "     The Chief Executive will depart in the evening of October 23 and will "
            "attend the 4th Co-operation Conference on October 24.\n")
    found, _ = date_of(text, _meeting_at(text, "4th Co-operation Conference"))
    assert (found.month, found.day, found.evidence.text) == (10, 24, "on October 24")


def test_a_later_mention_of_the_meeting_dates_it():
    text = ("Written answers 26 July 1985\n\nMr Smith asked the Secretary of State if he will make "
            "a statement on the first meeting of the liaison group.\n\nThe communique was issued "
            "on 25 July, on the conclusion of the first meeting. The group held its first meeting "
            "in London from 22 to 25 July 1985.\n")
    found, _ = date_of(text, _meeting_at(text, "first meeting"))
    assert (found.year, found.month, found.day) == (1985, 7, 22)


def test_bare_today_takes_the_day_the_text_gives_elsewhere():
    text = ("Following is the transcript of remarks by the Financial Secretary after the council "
            "meeting this afternoon (December 16):\n\nFinancial Secretary: The council held its "
            "last meeting today because we decided to reconstitute it.\n")
    found, _ = date_of(text, _meeting_at(text, "held its last meeting"))
    assert (found.month, found.day) == (12, 16)


def test_a_dated_headline_is_not_the_event():
    text = "Debate of 26 July 1985\n\nThe member asked the Secretary about the liaison group.\n"
    assert ymd(text) is None


MINUTES = ("Minutes of the 9th Meeting of the Task Force on Harbour Logistics\n\n"
           "Date: 3 May 2024\nTime: 2:30 pm\nVenue: Conference Room, 6/F\n\n"
           "Item 1 Confirmation of Minutes of the 8th Meeting\n"
           "1.1 The minutes of the 8th meeting held on 5 March 2024 were confirmed without "
           "amendments.\n\nItem 2 Harbour works\n2.1 Members noted the progress of the works.\n")


@pytest.mark.parametrize("text, expected", [
    (MINUTES, (2024, 5, 3)),
    (MINUTES.replace("Date: 3 May 2024", "Date : 03 May 2024"), (2024, 5, 3)),
    (MINUTES.replace("Date: 3 May 2024", "Date:\u00a03 May 2024"), (2024, 5, 3)),
])
def test_a_date_header_dates_the_minutes(text, expected):
    found, _ = date_of(text, _meeting_at(text, "9th Meeting of the Task Force on Harbour Logistics"))
    assert (found.year, found.month, found.day) == expected
    assert found.evidence.text.strip().endswith("May 2024")


def test_a_date_line_after_the_lead_is_no_header():
    text = (HEAD + "     The Committee held its 9th meeting today (August 30) to discuss the "
            "plan.\n\nDate: 3 May 2024 was the day the plan was first proposed.\n" + CLOSE_2024)
    assert ymd(text) == (2024, 8, 30)


def test_a_bare_month_yields_to_the_leads_full_date():
    text = ("Appointments to the Harbour Advisory Committee\n\n"
            "     The Government announced today (December 28) the appointment of Mr Chan as "
            "Chairman of the Harbour Advisory Committee for two years.\n\n"
            "     The Secretary thanked Dr Lee, who chaired the Committee's last meeting in "
            "October, for her work.\n" + CLOSE_2024.replace("August 30", "December 28"))
    found, _ = date_of(text, _meeting_at(text, "the Committee's last meeting"))
    assert (found.month, found.day) == (12, 28)
    assert found.evidence.text == "today (December 28)"


def test_a_bare_month_stays_when_the_lead_has_no_day():
    text = (HEAD + "     The Committee held its 9th meeting in October to discuss the plan.\n")
    found, _ = date_of(text, _meeting_at(text, "held its 9th meeting"))
    assert (found.month, found.day) == (10, None)


# -- the fast scans find exactly what the plain patterns find ---------------------------------
from hkparse import dates as D  # noqa: E402

# Odd spellings on purpose: words inside words ("todays", "anon Monday", "TODAyesterday"),
# upper case, a digit that is not ASCII, dates cut by the window's edges.
SCAN_TEXTS = [
    "The Committee met today (July 25). Members discussed the plan on Monday, 3 May 2024.",
    "anon Monday and last  Tuesday, then next\u00a0FRIDAY (June 27) and this (February 23) "
    "afternoon; todays TODAyesterday Mondays THU.",
    "From 22 to 25 July 1985, November 12 to 25, 22-25 July, 22nd and 25th July 2024, "
    "on \u0663.5.2020, dated 1.12.2019, 2019-01-05 and 12019-01-05-1.",
    # triggers just far enough apart that only a look past a window's end joins them
    "It met today" + " and so on" * 7 + " Monday," + " and so on" * 8 + " in July 2024.",
    "Mayor Sept. 5, September 5th, Sep 5, 05 Sept 2024, 5 of May, MARCH 2 2020, in January "
    "during Oct 2020, for Dec this year, tonight (Wednesday) and tomorrow morning (May 16).",
]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def _windows_of(text):
    """Every (start, end) window over a text: a scan must agree wherever it is cut."""
    n = len(text)
    return [(a, b) for a in range(0, n, 7) for b in range(a + 1, n + 1, 11)]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_fast_scans_equal_the_plain_patterns(text):
    trigger = re.compile(
        rf"(?=[ADFJMNOSTWYty0-9])(?:(?<![A-Za-z]){D._trie(D.TRIGGER_WORDS)}(?![a-z])"
        rf"|(?<!\d)(?:19|20)\d\d-[01]\d-|\d\.[01]?\d\.(?:19|20)\d\d)")
    rel_hint = re.compile(r"[Tt]o(?:day|morrow|night)|[Yy]esterday|[Tt]his|day\b|"
                          r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b")
    for a, b in _windows_of(text):
        assert [m.span() for m in D.TRIGGER.finditer(text, a, b)] == \
            [m.span() for m in trigger.finditer(text, a, b)]
        assert (D.REL_HINT.search(text, a, b) is None) == (rel_hint.search(text, a, b) is None)
        word = D.REL_START.search(text, a, b)
        assert _spans(D._relative_matches(text, a, b, word)) == \
            _spans(D.RELATIVE.finditer(text, a, b))
        assert _spans(D._explicit_matches(text, a, b)) == _spans(D.EXPLICIT.finditer(text, a, b))
        plain_month = D.MONTH_ONLY.search(text, a, b)
        fast_month = D._month_only(text, a, b)
        assert (fast_month and (fast_month.start, fast_month.end)) == \
            (plain_month and plain_month.span())


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_lazy_windows_equal_the_windows_of_every_trigger(text):
    for a, b in _windows_of(text):
        plain: list[list[int]] = []
        for n, m in enumerate(D.TRIGGER.finditer(text, a, b)):
            if n >= 60:
                break
            lo, hi = max(a, m.start() - D.WINDOW_BACK), min(b, m.end() + D.WINDOW_AHEAD)
            if plain and lo <= plain[-1][1]:
                plain[-1][1] = hi
            else:
                plain.append([lo, hi])
        assert D._windows(text, a, b) == plain


# (text, whether the fast path decides it): the general path decides the rest
PLAIN_PHRASE_TEXTS = [
    ("The Panel met today (July 25) to discuss it.", True),
    ("The Panel met Today (May 3).", True),
    ("The Panel met today. It agreed.", True),
    ("The Panel met today, and agreed.", True),
    ("The Panel will meet this Thursday (December 25) in Hong Kong.", True),
    ("The Panel met this Monday (March 3).", True),
    ("The Panel met today (July 3) and 4 August 2019.", True),
    ("The Panel met todays.", False),
    ("The Panel met today (February 30), then today (March 1).", False),
    ("The Panel met today (July 05).", False),
    ("The Panel met today  (July 5).", False),
    ("The Panel met today afternoon.", False),
    ("The Panel met this afternoon (June 2).", False),
    ("The 3rd Panel met today (July 25).", False),
    ("The Panel of Xtoday met today (July 25).", False),
    ("The Panel held on Monday met today (July 25).", False),
    ("The Panel met today (July 31, 2024).", False),
]


@pytest.mark.parametrize("text,decided", PLAIN_PHRASE_TEXTS)
@pytest.mark.parametrize("near", [None, 4])
def test_plain_phrase_path_finds_what_the_windows_find(text, decided, near):
    """The fast path for "today (July 25)" gives the general path's phrase or leaves it to it."""
    fast = D._plain_phrase_first(text, 0, len(text), near, [])
    assert (fast is not None) == decided
    if fast is not None:
        assert fast == D._RegionPhrases(text, 0, len(text), "meeting", []).first(near or -1)


def test_heading_dates_come_from_the_short_heading_lines_near_the_top():
    """The heading lines are picked out in the pass over the lines that finds the dated lines;
    asked first, the headings still get them."""
    text = ("Meeting on 17 March 2020\n\nDate: 3 May 2024\n\nThe meeting of 4 June 2021 was "
            "long: " + "x" * 200 + ".\n\n" + "y\n" * 2000 + "Meeting on 5 May 2019\n")
    doc = Document(text)
    found = [(c.year, c.month, c.day) for c in D._heading_dates(doc, [])]
    assert found == [(2020, 3, 17), (2024, 5, 3)]
    assert D._heading_dates(Document(text), D._anchors(Document(text))[1]) == D._heading_dates(doc, [])
