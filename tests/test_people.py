"""Chairs, co-chairs and attending officials, from short releases written in the genre."""
from __future__ import annotations

import time

import pytest

from hkparse.document import Document
from hkparse.people import find_chairs, find_officials


def _doc(body: str, headline: str = "Joint meeting held (with photos)") -> Document:
    paras = "\n\n".join("     " + p for p in body.split("\n"))
    return Document(f"{headline}\n\n{paras}\n\nEnds/Monday, March 3, 2025\nIssued at HKT 18:00\n\nNNNN\n")


def _names(people):
    return [p.name for p in people]


def _officials(doc: Document) -> list:
    """The officials found in a release, each checked to point at its own words."""
    co_chairs, chair = find_chairs(doc, None)
    officials = find_officials(doc, None, co_chairs, chair)
    for p in officials:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text
    return officials


@pytest.mark.parametrize("body, names", [
    ("The Secretary for Trade, Industry and Tourism, Professor Ho Man-kit, and the Vice Mayor of the "
     "Zhuhai Municipal People's Government, Mr Zhou Jianhua, co-chaired the fifth meeting of the Joint "
     "Working Group in Zhuhai today (March 3).", ["Ho Man-kit", "Zhou Jianhua"]),
    ("Secretary for Labour & Welfare Grace Tse and Zhuhai Vice Mayor Deng Weiming co-chaired the "
     "second meeting of the task force in Hong Kong today.", ["Grace Tse", "Deng Weiming"]),
    ("The meeting was co-chaired by the Financial Secretary, Mr Tony K Chan, and the Vice Minister of "
     "Commerce, Mr Liu Jianguo.", ["Tony K Chan", "Liu Jianguo"]),
    ("Financial Secretary Tony Chan today co-chaired the Ninth High Level Meeting with Macao's "
     "Secretary for Economy & Finance Ho Weng-kei.", ["Tony Chan", "Ho Weng-kei"]),
    ("Chief Secretary Peter Yeung and Zhuhai Mayor Huang Zhihao chaired the Co-operation Meeting "
     "in Zhuhai today.", ["Peter Yeung", "Huang Zhihao"]),
    ("Chief Executive Mary Lo and Fujian Governor Wang Dahai will jointly preside over the meeting, "
     "which will review progress.", ["Mary Lo", "Wang Dahai"]),
    ("Secretary for Trade Grace Tse (left) and Vice-Minister of Science Prof Sun Jie (right) hosted the "
     "eighth Co-operation Committee meeting in Hong Kong today.", ["Grace Tse", "Sun Jie"]),
    ("Co-chairing the meeting, the Secretary for the Environment, Mr Wong Chi-ming (left), and the "
     "Deputy Director of the Guangdong Development and Reform Commission, Mr Zhou Li, outlined the work.",
     ["Wong Chi-ming", "Zhou Li"]),
    ("The Secretary for the Environment, Mr Ken Wong, attended the first meeting of the new Joint "
     "Working Group today.\nHe co-chaired the meeting with Guangdong Department of Ecology Director-General "
     "Zhou Li.", ["Ken Wong", "Zhou Li"]),
    ("The Secretary for Innovation, Mr Nelson Yau, will lead a delegation to Shenzhen tomorrow.\nThe "
     "meeting of the task force will be co-chaired by Mr Yau and Shenzhen Vice Mayor Lin Hao.",
     ["Nelson Yau", "Lin Hao"]),
    ("The Secretary for Constitutional Affairs, Mr Kelvin Tse Ka-lok, and the Vice Mayor of Shenzhen, "
     "Mr Zhang Wei, leading the representatives of the two governments respectively, held the first "
     "meeting of the task force today.", ["Kelvin Tse Ka-lok", "Zhang Wei"]),
])
def test_co_chairs(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names
    assert chair is None


def test_co_chair_evidence_is_the_mention():
    body = ("The Secretary for Development, Mr Ben Wu, and the Vice Mayor of Zhuhai, Mr Zhou Li, "
            "co-chaired the meeting today.")
    doc = _doc(body)
    co_chairs, _ = find_chairs(doc, None)
    ev = co_chairs[0].evidence
    assert ev.text == "Secretary for Development, Mr Ben Wu"
    assert doc.text[ev.start:ev.end] == ev.text
    assert co_chairs[0].honorific == "Mr" and co_chairs[0].title == "Secretary for Development"
    assert co_chairs[1].title == "Vice Mayor of Zhuhai"


@pytest.mark.parametrize("body, name", [
    ("The Chief Secretary for Administration, Mr Peter Yeung, chaired the third meeting of the Steering "
     "Committee on Ports today (March 3).", "Peter Yeung"),
    ("The Deputy Financial Secretary, Mr Alan Ma, chaired today (March 3) the first meeting of the Task "
     "Force on Housing.", "Alan Ma"),
    ("The Youth Commission, chaired by Chief Secretary Peter Yeung, held its sixth meeting today.",
     "Peter Yeung"),
    ("Chaired by the Chief Secretary for Administration, Mrs Mary Lo, the Steering Committee held its "
     "first meeting today.", "Mary Lo"),
    ("Chief Executive KM Leung hosted a meeting today to gauge the views of different sectors.",
     "KM Leung"),
    ("Health Consultant Dr Lee Ka-wai said after chairing an inter-departmental meeting today that "
     "vigilance is needed.", "Lee Ka-wai"),
    ("The first Council meeting, under the leadership of the Chief Executive, Mr KM Leung, was held "
     "today.", "KM Leung"),
])
def test_chair(body, name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == []
    assert chair is not None and chair.name == name


@pytest.mark.parametrize("body", [
    # leading a delegation is not chairing
    "The Financial Secretary, Mr Tony Chan, led a delegation to attend the fifth meeting in Beijing today.",
    # a ceremony or a meal is not a meeting
    "The Chief Executive, Mr KM Leung, and the Premier, Mr Wang Dahai, presided over the signing ceremony today.",
    "Chief Executive Mary Lo hosted a lunch for the delegation after the meeting.",
    # a standing role quoted without the meeting
    "Mr Yeung, who chairs the Steering Committee on Ports, said the work would continue.",
    "Professor Ho Man-kit and Ms Grace Tse have been appointed to co-chair the Task Force from April.",
    # no meeting at all
    "The Secretary for Development, Mr Ben Wu, visited a construction site in Tuen Mun today.",
    # two heads leading delegations to it, with no holding or chairing word
    "Deputy Financial Secretary Alan Ma and Shenzhen Vice Mayor Lin Hao led delegations to the meeting.",
    "Mr Yeung, who has chaired the Ports Committee since 2019, attended its meeting today.",
    # a city or a government hosting is no person chairing
    "Hong Kong will host the fifth meeting of the Joint Conference next year.",
    # a headline abbreviation names no one
    "SED to co-chair meeting of the Joint Working Group tomorrow.",
    # chaired by post only, no name: nothing to report
    "The Plenary, to be co-chaired by the Chief Executive and the Governor of Guangdong, will be held in August.",
])
def test_no_chairs(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    ("The Secretary for Trade, Professor Ho Man-kit, and Zhuhai Vice Mayor Deng Weiming co-chaired the "
     "meeting today.\nOther officials from the Hong Kong side attending the meeting today included the "
     "Permanent Secretary for Trade, Mr Alan Kwok, and representatives from the Development Bureau.",
     ["Alan Kwok"]),
    ("The Deputy Financial Secretary, Mr Alan Ma, will hold the first meeting of the Task Force with "
     "Shenzhen tomorrow.\nThe officials who will go with Mr Ma to the meeting include the Secretary "
     "for Development, Ms Anna Poon; the Secretary for Transport, Mr Lam Ka-ho; and the Under Secretary "
     "for Security, Mr Ray Choi.", ["Alan Ma", "Anna Poon", "Lam Ka-ho", "Ray Choi"]),
    ("Secretary for Home Affairs Lee Siu-ming, Secretary for Education Tony Yip and Secretary for "
     "Health Prof Grace Lo also joined the meeting.", ["Lee Siu-ming", "Tony Yip", "Grace Lo"]),
    ("The Chief Executive, Mrs Mary Lo, will attend the 5th Co-operation Conference in Beijing.\n"
     "Financial Secretary Tony Chan and Secretary for Trade Grace Tse will accompany her.",
     ["Mary Lo", "Tony Chan", "Grace Tse"]),
    ("The Hong Kong delegation includes Permanent Secretary for Trade Alan Kwok and Commissioner for "
     "Tourism Iris Lo.", ["Alan Kwok", "Iris Lo"]),
])
def test_officials(body, names):
    assert _names(_officials(_doc(body))) == names


def test_official_side_from_group():
    body = ("Other officials from the Hong Kong side attending the meeting included the Permanent "
            "Secretary for Trade, Mr Alan Kwok.")
    doc = _doc(body)
    (p,) = find_officials(doc, None, [], None)
    assert p.side == "Hong Kong"
    assert p.title == "Permanent Secretary for Trade"


@pytest.mark.parametrize("body", [
    # a press conference is not a meeting
    "The Director of Lands, Ms Iris Lo, and the Director of Planning, Mr Alan Kwok, attended the press conference.",
    # people met are not attending with the speaker
    "Chief Executive Mary Lo today met Guangdong Governor Wang Dahai at Government House.",
    # invited to a later event
    "Mrs Mary Lo invited the Governor, Mr Wang Dahai, to attend the summit next year.",
    # a ceremony
    "Accompanied by the Chairman of the District Council, Mr Ng Ka-wai, he officiated at the opening ceremony.",
])
def test_no_officials(body):
    assert find_officials(_doc(body), None, [], None) == []


def test_chairs_not_repeated_as_officials():
    body = ("Financial Secretary Tony Chan and Macao Secretary for Economy Ho Weng-kei co-chaired the "
            "meeting today.\nFinancial Secretary Tony Chan and Under Secretary for Trade Alan Kwok "
            "attended the meeting.")
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["Alan Kwok"]


MINUTES = (
    "Minutes of the 3rd Meeting of the Harbour District Council\n\n"
    "Date : 3 March 2025 Time : 2:30 p.m. Present Chairman: Mr CHAN Ka-ming* "
    "Vice-chairman: Ms LEE Wai-ling* Members: Mr HO Siu-fai, Peter* Dr the Hon WONG Kin-yip* "
    "Secretary: Ms LAM Mei-yee Senior Executive Officer (District Council), Harbour District Office "
    "In Attendance Mr TSE Chi-keung, JP District Officer (Harbour), Home Affairs Department "
    "Absent Mr YIP Ka-lun Ms NG, Ada Opening Remarks The Chairman welcomed members.\n"
)


def test_minutes_lists():
    doc = Document(MINUTES)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair is not None and chair.name == "CHAN Ka-ming"
    officials = find_officials(doc, None, co_chairs, chair)
    assert _names(officials) == ["LEE Wai-ling", "HO Siu-fai, Peter", "WONG Kin-yip", "LAM Mei-yee",
                                 "TSE Chi-keung"]
    assert officials[-1].title == "District Officer (Harbour), Home Affairs Department"


def test_linear_on_pathological_input():
    for junk in ("the Secretary for " * 40000, "; the " * 100000, "Mr Chan and " * 50000,
                 "co-chaired the meeting with " * 30000):
        doc = Document("Headline\n\n     " + junk)
        t = time.perf_counter()
        co, ch = find_chairs(doc, None)
        find_officials(doc, None, co, ch)
        assert time.perf_counter() - t < 10


from hypothesis import given, settings, strategies as st

_PIECES = st.sampled_from([
    "The Secretary for Trade, ", "Mr Ho Man-kit", ", and ", "Zhuhai Vice Mayor Deng Weiming", " co-chaired ",
    "the meeting", " today.", "\n", "\r\n", "     ", "At the meeting, ", "He ", "attended ", "with ",
    "Chairman: ", "Present ", "Minutes of the ", "(left)", "; ", "\u00a0", "Dr the Hon ", "CHAN Ka-ming*",
    ", JP", "chaired by ", "Members: ", "Absent ", "will hold the first meeting", "Hong Kong", "’s ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_never_fails_and_evidence_points_into_text(pieces):
    text = "".join(pieces)
    doc = Document(text)
    co_chairs, chair = find_chairs(doc, None)
    people = co_chairs + ([chair] if chair else []) + find_officials(doc, None, co_chairs, chair)
    for p in people:
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text


@pytest.mark.parametrize("text, names", [
    # a hard-wrapped news item whose first line reads like a headline
    ("Chief Secretary Peter Yeung and Zhuhai Mayor Huang Zhihao co-chaired the\n5th Plenary Session "
     "of the Hong Kong/Zhuhai Co-operation Conference\nin Zhuhai today.\n", ["Peter Yeung", "Huang Zhihao"]),
    ("Secretary for Labour & Welfare Grace Tse and Zhuhai Vice Mayor Deng\nWeiming co-chaired the "
     "second meeting of the task force today.\n", ["Grace Tse", "Deng\nWeiming"]),
    # non-breaking spaces everywhere
    ("Headline\n\n     The\u00a0Secretary\u00a0for\u00a0Trade,\u00a0Mr\u00a0Ho\u00a0Man-kit,\u00a0and\u00a0the"
     "\u00a0Vice\u00a0Mayor\u00a0of\u00a0Zhuhai,\u00a0Mr\u00a0Zhou\u00a0Li,\u00a0co-chaired\u00a0the\u00a0meeting"
     "\u00a0today.\n", ["Ho\u00a0Man-kit", "Zhou\u00a0Li"]),
    # Government style with the honorifics left out
    ("Headline\n\n     The Secretary for Trade, Ho Man-kit, and the Vice Mayor of Zhuhai, Zhou Li, "
     "co-chaired the meeting today.\n", ["Ho Man-kit", "Zhou Li"]),
])
def test_co_chairs_in_copies(text, names):
    co_chairs, _ = find_chairs(Document(text), None)
    assert _names(co_chairs) == names


def test_chairing_a_smaller_meeting_within_the_attended_event():
    body = ("The Chief Executive, Mr KM Leung, led a delegation to attend the 12th Regional Forum and "
            "chaired the Leaders Joint Conference this morning.")
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert (co_chairs, chair) == ([], None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["KM Leung"]


# --- round 2: posts with brackets, side groups, bare follow-ups, joiners, minutes marks ---------

@pytest.mark.parametrize("body, names, titles", [
    ("The meeting was co-chaired by the Permanent Secretary for Housing (Policy), Mr Alan Kwok Wai-man, "
     "and the Vice Mayor of Zhuhai, Mr Zhou Li.", ["Alan Kwok Wai-man", "Zhou Li"],
     ["Permanent Secretary for Housing (Policy)", "Vice Mayor of Zhuhai"]),
    ("The Under Secretary for Security (Acting), Mr Ray Choi, and the Deputy Director of the Guangdong "
     "Public Security Department, Mr Lin Hao, co-chaired the fourth meeting today.", ["Ray Choi", "Lin Hao"],
     ["Under Secretary for Security (Acting)", "Deputy Director of the Guangdong Public Security Department"]),
])
def test_co_chairs_with_bracketed_posts(body, names, titles):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names and [p.title for p in co_chairs] == titles
    assert chair is None


@pytest.mark.parametrize("body, names", [
    # the side-group sentence of a meeting release is itself attendance
    ("The Secretary for Trade, Professor Ho Man-kit, and Zhuhai Vice Mayor Deng Weiming co-chaired the "
     "meeting today.\nOther officials from the Hong Kong side included the Director of Lands, Ms Iris Lo, "
     "and the Director of Highways, Mr Ben Wu; representatives of the Lands Department also attended.",
     ["Iris Lo", "Ben Wu"]),
    # a bare "also attended" right after the meeting sentence
    ("The Secretary for Transport, Mr Lam Ka-ho, convened the fifth meeting of the Steering Committee "
     "today. The Under Secretary for Transport, Mr Ray Choi Wing-kit, also attended.", ["Ray Choi Wing-kit"]),
    # joiners: the one joined is not among them
    ("The Secretary for Home Affairs, Mr Tony Yip, met the Vice Minister of Culture, Mr Du Jian, in "
     "Beijing today.\nJoining Mr Yip at the meeting were the Permanent Secretary for Home Affairs, Ms Anna "
     "Poon, and the Director of Leisure Services, Mr Ng Ka-wai.", ["Anna Poon", "Ng Ka-wai"]),
    ("The Secretary for Trade, Ms Grace Tse, attended the Joint Conference in Shenzhen today.\n"
     "Accompanying Ms Tse at the meeting was the Commissioner for Tourism, Ms Iris Lo.", ["Grace Tse", "Iris Lo"]),
    # news style, a post naming an office the word list does not know
    ("Secretary for Health Grace Lo and Shenzhen Vice Mayor Lin Hao co-chaired the meeting today.\n"
     "Director of Food & Environmental Hygiene Vivian Kwok also joined the meeting.", ["Vivian Kwok"]),
])
def test_officials_round_two(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # "also attended" after a ceremony speaks of the ceremony
    "The Secretary for Development, Mr Ben Wu, officiated at the opening ceremony of the park today. "
    "The Under Secretary for Development, Mr Ray Choi, also attended.",
    # other officials, but no meeting anywhere
    "The Secretary for Trade, Ms Grace Tse, visited a trade fair in Tokyo today.\nOther officials from the "
    "Hong Kong side included the Commissioner for Tourism, Ms Iris Lo.",
    # joining someone for a dinner
    "Joining Mr Yip at the dinner were the Director of Lands, Ms Iris Lo, and Mr Ben Wu.",
])
def test_no_officials_round_two(body):
    doc = _doc(body, headline="Officials visit (with photos)")
    co_chairs, chair = find_chairs(doc, None)
    assert find_officials(doc, None, co_chairs, chair) == []


MINUTES_LINES = (
    "Minutes of the 8th Meeting of the Task Force on Harbourfront Parks\n\n"
    "Date: 3 March 2025\nVenue: Room 1, 15/F, Harbour Government Offices\n\n"
    "Present\nMr Ho Siu-fai (Chairman)\nMs Anna Poon Mei-yee\nDr Lam Ka-ho, JP\n\n"
    "In Attendance\nMr Ben Wu, representing the Lands Department\nMs Iris Lo, representing the Harbour Office\n\n"
    "Item 1 Confirmation of Minutes of the 7th Meeting\n1.1 The minutes were confirmed.\n"
)


def test_minutes_chair_mark_and_layout_titles():
    doc = Document(MINUTES_LINES)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair is not None and chair.name == "Ho Siu-fai"
    assert chair.title == "Chairman" and chair.evidence.text == "Mr Ho Siu-fai"
    officials = find_officials(doc, None, co_chairs, chair)
    assert _names(officials) == ["Anna Poon Mei-yee", "Lam Ka-ho", "Ben Wu", "Iris Lo"]
    assert [p.title for p in officials] == [None, None, None, None]
    for p in officials:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text


@pytest.mark.parametrize("body, name", [
    ("The Advisory Committee on Harbour Logistics held its twelfth meeting today (May 6) under the "
     "chairmanship of its Chairman, Dr Ho Kin-wah.", "Ho Kin-wah"),
    ("The Council held its third meeting today under the chairmanship of Mr Lam Siu-ming, Chairman of "
     "the Council.", "Lam Siu-ming"),
    ("The Panel held its fifth meeting today, chaired by its Chairman, Professor Wong Ka-ho.", "Wong Ka-ho"),
    ("The meeting was presided over by the Chairman of the Board, Dr Lee Siu-ming.", "Lee Siu-ming"),
])
def test_chair_round_three(body, name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name == name


@pytest.mark.parametrize("body", [
    # a standing chairmanship, no meeting
    "The scheme was set up in 2019 under the chairmanship of Mr Lam Siu-ming.",
    "Under the chairmanship of Dr Ho Kin-wah, the Fund has supported 300 projects.",
])
def test_no_chair_round_three(body):
    assert find_chairs(_doc(body, headline="Scheme report"), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    # "officials attending from the X side included", after a co-chaired meeting
    ("The Secretary for Trade, Mr Ho Man-kit, and the Vice Mayor of Shanghai, Ms Zhou Li, co-chaired the "
     "meeting today.\nOfficials attending from the Hong Kong side included the Permanent Secretary for "
     "Trade and Industry (Commerce, Industry and Tourism), Ms Joan Lee, and representatives from Invest "
     "Hong Kong.", ["Joan Lee"]),
    # a delegation led to an unnamed forum, and those accompanying the leader
    ("Secretary for Youth Affairs Anna Poon Mei-yee today led a delegation of 50 students to attend a "
     "forum on youth innovation in Shenzhen.\nMs Poon was accompanied by Commissioner for Youth Iris Lo.",
     ["Anna Poon Mei-yee", "Iris Lo"]),
])
def test_officials_round_three(body, names):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == names


def test_forum_on_is_a_side_event_of_a_named_meeting():
    from hkparse.model import Evidence, Meeting
    body = ("The Joint Working Group on Ports held its third meeting today.\nIn the afternoon, the "
            "Secretary for Transport, Mr Lam Ka-ho, attended a forum on smart logistics.")
    doc = _doc(body, headline="Working group meets")
    meeting = Meeting(3, "third", "Joint Working Group on Ports", None, Evidence.of(doc.text, 0, 5))
    assert find_officials(doc, meeting, [], None) == []


MINUTES_NUMBERED = (
    "Harbour District Council Culture and Leisure Committee\nMinutes of Meeting No. 4/2024\n\n"
    "Date: 3 March 2024 (Monday)\nVenue: Conference Room\n\n"
    "Present:\nMr CHAN Tai-man (Chairman)\nMs LEE Mei-yee (Vice-chairman)\nDr HO Kin-wah\n\n"
    "In Attendance:\nMr WONG Siu-ming, Senior Executive Officer (District Council), Harbour District Office\n"
    "Ms LAM Ka-yan, District Leisure Manager (Harbour), Leisure and Cultural Services Department\n"
    "Mr CHEUNG Chi-keung, Andy\n\n"
    "Absent with apologies:\nMr TO Wai-lun\n\n"
    "Opening Remarks\n1. The Chairman welcomed members.\n"
)


def test_minutes_numbered_heading_and_posts_after_names():
    doc = Document(MINUTES_NUMBERED)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair is not None and chair.name == "CHAN Tai-man"
    assert chair.title == "Chairman"
    officials = find_officials(doc, None, co_chairs, chair)
    assert _names(officials) == ["LEE Mei-yee", "HO Kin-wah", "WONG Siu-ming", "LAM Ka-yan",
                                 "CHEUNG Chi-keung, Andy"]
    assert [p.title for p in officials] == [
        "Vice-chairman", None, "Senior Executive Officer (District Council), Harbour District Office",
        "District Leisure Manager (Harbour), Leisure and Cultural Services Department", None]
    for p in officials:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text


# --- round four: chairing and attending phrasings met in more releases -----------------------

@pytest.mark.parametrize("body, names", [
    ("The Fifth Plenary of the Hong Kong/Fujian Co-operation Conference was held in Fuzhou today "
     "(May 6), chaired jointly by the Financial Secretary, Mr Alan Ma Wing-kit, and the Vice-Governor "
     "of Fujian Province, Mr Lin Dong.", ["Alan Ma Wing-kit", "Lin Dong"]),
    ("The ninth meeting of the Task Force, jointly chaired by Secretary for Transport Lam Ka-ho and "
     "Zhuhai Vice Mayor Deng Weiming, was held in Zhuhai today.", ["Lam Ka-ho", "Deng Weiming"]),
    ("Officials met in Zhuhai today for the fourth meeting of the Joint Working Group on Ports, which "
     "was held under the co-chairmanship of Secretary for Transport Lam Ka-ho and Zhuhai Vice Mayor "
     "Deng Weiming.", ["Lam Ka-ho", "Deng Weiming"]),
    ("Officials met in Zhuhai today for the fourth meeting of the Joint Working Group on Ports, which "
     "was co-chaired by Secretary for Transport Lam Ka-ho and Zhuhai Vice Mayor Deng Weiming.",
     ["Lam Ka-ho", "Deng Weiming"]),
    ("The delegations will be led by the Secretary for Labour, Ms Grace Tse Wing-yee, and the Secretary "
     "for Economy of the Macao Special Administrative Region, Mr Ho Weng-kei, who will co-chair the "
     "meeting.", ["Grace Tse Wing-yee", "Ho Weng-kei"]),
    ("The two sides were led by Secretary for Trade Iris Lo and Shenzhen Vice Mayor Lin Hao, who "
     "co-chaired the meeting.", ["Iris Lo", "Lin Hao"]),
])
def test_co_chairs_round_four(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names
    assert chair is None
    assert all(p.evidence.text.endswith(p.name) for p in co_chairs)


@pytest.mark.parametrize("body", [
    # a standing role in a relative clause is not this meeting
    "The Secretary for Trade, Ms Iris Lo, who chairs the Task Force, visited Zhuhai today.",
    "The Secretary for Trade, Ms Iris Lo, who chairs the meetings of the Task Force, visited Zhuhai today.",
    # a chairmanship held by a government, not a person
    "The meeting was held under the co-chairmanship of the two governments.",
])
def test_no_co_chairs_round_four(body):
    assert find_chairs(_doc(body), None) == ([], None)


def test_who_will_co_chair_leader_not_also_an_official():
    body = ("The delegations will be led by the Secretary for Labour, Ms Grace Tse Wing-yee, and the "
            "Secretary for Economy of Macao, Mr Ho Weng-kei, who will co-chair the meeting.\nMs Tse will "
            "be accompanied by the Commissioner for Labour, Mr Alan Kwok Chi-ming.")
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["Alan Kwok Chi-ming"]


@pytest.mark.parametrize("body, names", [
    ("The Committee held its 12th meeting today.\nThe Secretary for Housing, Mr Ray Choi Ka-lun, also "
     "joined part of the meeting.", ["Ray Choi Ka-lun"]),
    ("The Committee held its 12th meeting today.\nThe Secretary for Housing, Mr Ray Choi Ka-lun, "
     "joined the meeting for part of it.", ["Ray Choi Ka-lun"]),
    ("The 7th meeting of the Expert Group opened in Shenzhen today.\nAlso taking part are experts from "
     "the Drainage Services Department. The Hong Kong team includes the Chief Engineer (Sewage), "
     "Mr Tony Yip Kin-wai.", ["Tony Yip Kin-wai"]),
])
def test_officials_round_four(body, names):
    assert _names(_officials(_doc(body, headline="Committee meets"))) == names


@pytest.mark.parametrize("body", [
    # leading a delegation on a visit, with no meeting, forum or conference: no attendance
    "Secretary for Innovation Sunny Ho led a delegation of 30 start-ups to Shenzhen today to explore "
    "business opportunities.\nThe delegation comprised representatives of Cyberport.",
    "The Secretary for Labour, Ms Grace Tse, will lead a delegation of young people to Guangzhou "
    "tomorrow to visit technology firms.",
    # a sports team is no delegation to a meeting
    "The Hong Kong team includes swimmer Mr Chan Tai-man and cyclist Ms Lee Wai-ling.",
])
def test_no_officials_round_four(body):
    doc = _doc(body, headline="Delegation visits Shenzhen")
    assert find_officials(doc, None, [], None) == []


@pytest.mark.parametrize("body, name", [
    # the body's own Chairman conducting its meeting
    ("The Harbour Logistics Advisory Committee held its ninth meeting today.\nThe Chairman of the "
     "Committee, Professor Lam Ka-ho, conducted the meeting.", "Lam Ka-ho"),
    ("The Board met this morning. Its Chairman, Mr Ho Siu-fai, led the meeting and thanked members.",
     "Ho Siu-fai"),
    ("The Chairperson of the Panel, Ms Iris Lo Mei-yee, will conduct the special meeting on Friday.",
     "Iris Lo Mei-yee"),
])
def test_chairman_conducting_round_four(body, name):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair is not None and chair.name == name
    assert doc.text[chair.evidence.start:chair.evidence.end] == chair.evidence.text


@pytest.mark.parametrize("body", [
    # a Vice-Chairman conducting is not the body's own Chairman (and not a guideline case)
    "The Committee met today. The Vice-Chairman of the Committee, Dr Lee Siu-ming, conducted the meeting.",
    # a Chairman conducting something other than a meeting
    "The Chairman of the Council, Mr Lam Siu-ming, conducted a survey of members today.",
    "The Chairman of the Board, Dr Ho Kin-wah, led the delegation to Beijing today.",
    # someone without a Chairman post conducting it
    "The Director of Lands, Mr Ben Wu, conducted the meeting with developers today.",
])
def test_no_chairman_conducting_round_four(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    # an announced meeting: "will also attend / be present / join"
    ("The Secretary for Development, Mr Ben Wu, will chair the tenth meeting of the Harbour Committee "
     "on Thursday.\nRepresentatives of the Lands Department will attend the meeting. The Director of "
     "Lands, Ms Iris Lo Mei-yee, will also attend.", ["Iris Lo Mei-yee"]),
    ("The Secretary for Transport, Mr Lam Ka-ho, will convene the meeting of the Steering Committee "
     "tomorrow. The Commissioner for Transport, Ms Grace Tse, will also be present.", ["Grace Tse"]),
    ("The Secretary for Trade, Ms Anna Poon, will chair the meeting of the Task Force tomorrow. The "
     "Director-General of Trade, Mr Ng Ka-wai, will also join.", ["Ng Ka-wai"]),
])
def test_officials_future_round_four(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # "will also attend" after a ceremony speaks of the ceremony
    "The Secretary for Development, Mr Ben Wu, will officiate at the opening ceremony of the park "
    "tomorrow. The Under Secretary for Development, Mr Ray Choi, will also attend.",
    # "will also join" something else than the meeting
    "The Director of Lands, Ms Iris Lo, will also join the Government's visit to the site next week.",
])
def test_no_officials_future_round_four(body):
    doc = _doc(body, headline="Officials visit (with photos)")
    co_chairs, chair = find_chairs(doc, None)
    assert find_officials(doc, None, co_chairs, chair) == []


# --- the cheap pre-checks must agree with the patterns they stand in front of ----------------

_CUE_SENTENCES = [
    "Mr X attended the meeting.", "Also in attendance were Y and Z.", "accompanying him were",
    "Ms Y joined part of the meeting.", "Joining Mr X at the meeting were Y and Z.",
    "Mr X will also join the meeting.", "Mr X will also join.", "Ms Y will also join the visit.",
    "Mr Z was also present.", "Ms Y will also be present.", "special guests included Mr X",
    "Mr X briefed members on the plan.", "The forum was addressed by Mr X.",
    "speeches delivered by Mr X and Ms Y", "The delegation comprised Mr X and Ms Y.",
    "the team will include Mr X", "members of the Hong Kong SAR delegation",
    "Mr X led a 20-member delegation", "Mr X led delegations", "leading the officials, Mr X",
    "officials led by Mr X", "They included Mr X.", "other officials include Mr Y",
    "Mr X spoke at the summit.", "The Zhuhai delegation, led by Mr X, will", "the delegation was led by Ms Y",
    "the Macao side was headed by Mr X", "Heading the delegation was Mr X", "Mr X also took part in the meeting.",
    "Participating in today's plenary session were", "Ms Y will also participate in the talks.",
    "Ms Y will also join the discussion.", "Mr X will also join the talks.",
    # near misses
    "the group, led by Mr X", "to take part in the development of", "participating in the scheme",
    "the attendee list", "the spokesman said", "Members were briefed by the SWD.",
    "including the reduction of marine refuse", "join the scheme", "a team of 20",
    "called the meeting", "they agreed to include", "Mr X speaking to reporters",
    "MR X ATTENDED THE MEETING.", "the team; included", "present the plan",
    # parts tried only where a literal they hold is found, a longer one inside a shorter
    # ("attendance" in "attend", "represented" in "present", "participat" in "part")
    "Mr X was invited to attend the meeting.", "Mr X and Ms Y were among those present.",
    "The Hong Kong side was represented by Mr X.", "The Guangdong side comprised Mr X and Ms Y.",
    "On the Macao side were Mr X and Ms Y.", "The meeting brought together Mr X and Ms Y.",
    "The President of the Department said the residents would be consulted.",
    "the departmental representative was present", "Mr X represented the Department.",
    "together with the President", "participants from the department",
    # "were present." ends the sentence or goes on "at the meeting"; not "present at the dinner"
    "Mr X and Ms Y were present.", "Ms Y was also present at the meeting.", "Mr X will be present too.",
    "Mr X was present at the dinner.", "They were present in the hall.",
]


@pytest.mark.parametrize("sentence", _CUE_SENTENCES)
def test_attend_cue_parts_agree_with_the_whole_cue(sentence):
    from hkparse.people import ATTEND_CUE, _has_attend_cue, _ignorecase, _same
    low = "x. " + sentence.lower() + " y"
    start, end = 3, 3 + len(sentence)
    expected = ATTEND_CUE.search(low, start, end) is not None
    assert _has_attend_cue(low, _same, start, end) == expected
    text = "x. " + sentence + " y"  # the path for texts that lower-casing would change
    assert _has_attend_cue(text, _ignorecase, start, end) == expected


def test_key_sentences_follow_the_written_case():
    from hkparse.people import _sentences_with
    doc = _doc("Attending were the guests. JOINING us were others. At noon, she left.\n"
               "They had lunch at noon. Joining them was a friend. The spokesman called.")
    picked = [doc.text[s.start:s.end] for s in _sentences_with(doc, "attend")]
    assert picked == ["Attending were the guests.", "At noon, she left.", "Joining them was a friend.",
                      "The spokesman called."]  # "spoke" and "led" count wherever they stand
    chair = [doc.text[s.start:s.end] for s in _sentences_with(doc, "chair")]
    assert chair == ["Joint meeting held (with photos)"]  # the headline's "held"


@pytest.mark.parametrize("gap", [", and ", " and the ", " (left) and ", "; the ", ", Chairman of the Board, and ",
                                 ", as well as ", " said ", ", chairman of the board, and ", " & "])
def test_ascii_list_gap_agrees_with_the_unicode_one(gap):
    from hkparse.people import LIST_GAP, LIST_GAP_ASCII
    text = "Mr X" + gap + "Mr Y"
    assert (LIST_GAP_ASCII.fullmatch(text, 4, 4 + len(gap)) is None) == \
        (LIST_GAP.fullmatch(text, 4, 4 + len(gap)) is None)


_GATE_TEXTS = [
    "The Secretary for Development chaired the meeting of the Task Force today.",
    "After the signing ceremony, the two sides held a working group session and a press conference.",
    "Members were briefed at the plenary; a dinner and a forum on youth followed the summit.",
    "co-chaired jointly by the two heads, who presided over the commission's dialogue",
    "Nothing here at all.",
    "As Ms Ho was away, Mr Li took the chair; Mrs Lo will be in the chair at this meeting.",
]


@pytest.mark.parametrize("name", ["MEETING_WORD_G", "STRONG_MEETING_WORD_G", "NOT_A_MEETING_G", "NOT_ATTENDING_G",
                                  "CHAIR_VERB_G", "FORUM_ON_G", "INVITED_TO_G", "DELEGATION_WORDS_G", "MET_WORDS_G"])
def test_gated_search_finds_what_the_pattern_finds(name):
    import hkparse.people as people
    gate = getattr(people, name)
    pattern = gate.pattern.compiled
    long_text = " ".join(_GATE_TEXTS * 12).lower()  # past the short-stretch length: the other way
    for text in [t.lower() for t in _GATE_TEXTS] + [long_text]:
        for pos, endpos in ((0, len(text)), (4, len(text) - 3), (10, 40)):
            expected = pattern.search(text, pos, endpos)
            found = gate.search(people._same, text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (text[pos:endpos], name)


def test_no_one_attends_where_no_meeting_is_named_anywhere():
    body = ("The Secretary for Innovation, Mr Alan Kwok, led a delegation to Shenzhen today. "
            "The Under Secretary, Dr Lee Ka-ming, also attended.")
    # a meeting word only in the headline still counts: the delegation goes to that meeting
    assert _names(find_officials(_doc(body), None, [], None)) == ["Alan Kwok", "Lee Ka-ming"]
    assert find_officials(_doc(body, headline="Secretary visits Shenzhen"), None, [], None) == []


@pytest.mark.parametrize("body, names", [
    ("The session was presided over jointly by the Secretary for Transport, Mr Lam Ka-ho, and the "
     "Vice Mayor of Zhuhai, Mr Deng Weiming.", ["Lam Ka-ho", "Deng Weiming"]),
    ("The third plenary was convened jointly by Secretary for Trade Iris Lo and Shenzhen Vice Mayor "
     "Lin Hao in Shenzhen today.", ["Iris Lo", "Lin Hao"]),
])
def test_verbs_followed_by_jointly_name_co_chairs(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names and chair is None


def _reported(number: int):
    from hkparse.model import Evidence, Meeting
    return Meeting(number, None, "Joint Working Group", None, Evidence(0, 1, "J"))


def test_the_chair_of_another_numbered_meeting_is_not_the_reported_meetings():
    # the release reports the sixth plenary; the sub-group's third meeting had its own chair
    body = ("Before the sixth plenary session, the Expert Group on Red Tides held its third meeting, "
            "which was chaired by an Assistant Director of Environmental Protection, Dr Mary Ho.\n"
            "Members exchanged views on monitoring.")
    assert find_chairs(_doc(body), _reported(6)) == ([], None)
    assert find_chairs(_doc(body), _reported(3))[1].name == "Mary Ho"


def test_a_numbered_meeting_after_the_chairing_verb_does_not_hide_the_chairs():
    body = ("The session, co-chaired by the Chief Secretary, Mrs Ann Cheung, and the Mayor of Fuzhou, "
            "Mr Zhang Li, reviewed the progress made since the fourth plenary session.")
    co_chairs, chair = find_chairs(_doc(body), _reported(5))
    assert _names(co_chairs) == ["Ann Cheung", "Zhang Li"]


# --- round five: wordings from blind releases ------------------------------------------------

@pytest.mark.parametrize("body, names", [
    # the time of the meeting between a passive chairing verb and its "by"
    ("The Fourth Plenary of the Hong Kong/Zhuhai Transport Liaison Committee was jointly chaired today "
     "(April 2) by the Secretary for Transport, Mr Lau Chi-ming, and the Vice Mayor of Zhuhai, Mr Fan "
     "Weidong, in Zhuhai.", ["Lau Chi-ming", "Fan Weidong"]),
    ("The second meeting of the Expert Group was co-chaired yesterday by the Director of Marine, Ms "
     "Wendy Kwan, and the Director-General of the Guangdong Maritime Bureau, Mr Qiu Hong.",
     ["Wendy Kwan", "Qiu Hong"]),
    ("The fifth session was co-chaired this morning by Secretary for Trade Iris Lo and Macao's "
     "Secretary for Economy Tam Wai-man.", ["Iris Lo", "Tam Wai-man"]),
])
def test_passive_co_chairs_with_the_time_before_by(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names and chair is None


def test_time_before_by_does_not_make_a_passive_of_other_words():
    # "by" after the time but not after a chairing verb names no chair
    body = ("The Secretary for Transport, Mr Lau Chi-ming, hosted a dinner today (April 2) for the "
            "delegates, followed by a meeting with the Mayor of Zhuhai, Mr Fan Weidong.")
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, name", [
    ("The Advisory Committee on Harbour Safety held its 9th meeting today (May 5). The meeting was "
     "conducted by the Chairman of the Committee, Professor Mak Ho-yin.", "Mak Ho-yin"),
    ("The Panel on Elderly Care met this afternoon. The session was presided over by its Chairman of "
     "the Panel, Ms Cheng Lai-kuen.", "Cheng Lai-kuen"),
    ("The Council will meet on Friday. The meeting will be led by the Chairperson of the Council, Dr "
     "Wong Kit-ying.", "Wong Kit-ying"),
])
def test_chairman_conducting_in_the_passive(body, name):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair is not None and chair.name == name
    assert doc.text[chair.evidence.start:chair.evidence.end] == chair.evidence.text


@pytest.mark.parametrize("body", [
    # the Vice-Chairman is not the body's own Chairman
    "The Board met today. The meeting was conducted by the Vice-Chairman of the Board, Mr Tam Siu-kei.",
    # someone without a Chairman post conducting it is not in the guideline
    "The Board met today. The meeting was conducted by the Director of Housing, Ms Lee Wing-sze.",
    # a Chairman conducting something that is not a meeting
    "The Chairman of the Council, Dr Ho Kin-wah, gave a talk. The survey was conducted by the "
    "Chairman of the Council, Dr Ho Kin-wah.",
])
def test_no_chairman_conducting_in_the_passive(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    # the head of the other side's delegation: "The X delegation, led by ..."
    ("The Secretary for Security, Mr Tang Wai-kin, will chair the 8th meeting of the Boundary Liaison "
     "Group on Friday.\nThe Zhuhai delegation, led by the Deputy Mayor of Zhuhai, Mr Liang Wei, will "
     "comprise officials of the Zhuhai Public Security Bureau.", ["Liang Wei"]),
    ("The Task Force held its third meeting today. The Guangdong delegation, which was led by the "
     "Director of Commerce of Guangdong Province, Ms Zhang Yu, took part in the discussion.", ["Zhang Yu"]),
    # "will also join the discussion" in news style
    ("Secretary for Housing Winnie Ho will chair the first meeting of the Task Force on Land Supply "
     "tomorrow.\nDirector of Lands Andy Lai will also join the discussion.", ["Andy Lai"]),
])
def test_officials_round_five(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # "led by" a delegation that is not said: a tour group
    "The Commissioner for Tourism, Ms Kwan Lai-ha, will chair the meeting on Friday. A tour group, "
    "led by the guide Mr Ho Ka-chun, visited the park.",
    # "will also join" something else
    "The Secretary for Housing, Ms Winnie Ho, will chair the meeting tomorrow. The Director of Lands, "
    "Mr Andy Lai, will also join the site visit.",
])
def test_no_officials_round_five(body):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == []


def test_attending_an_opening_where_no_meeting_is_reported_is_a_ceremony():
    body = ("The Secretary for Development, Mr Fung Wai-lam, visited Zhuhai today (June 3) to attend the "
            "opening of the Zhuhai International Green Building Forum and Expo.\n"
            "Mr Fung was accompanied by the Director of Buildings, Mr Yip Chi-kin.")
    doc = _doc(body, headline="SDEV visits Zhuhai")
    assert find_officials(doc, None, [], None) == []
    body = ("The Secretary for Development, Mr Fung Wai-lam, travelled to Nansha today to attend the launch of "
            "the Nansha Youth Innovation Forum.")
    assert find_officials(_doc(body, headline="SDEV visits Nansha"), None, [], None) == []
    # attending the forum itself still counts where no meeting is reported
    body = ("The Secretary for Development, Mr Fung Wai-lam, visited Zhuhai today (June 3) to attend the "
            "Zhuhai International Green Building Forum.")
    assert _names(find_officials(_doc(body, headline="SDEV visits Zhuhai"), None, [], None)) == ["Fung Wai-lam"]


# --- chairs named by post only (guideline: a co-chair named only by post has name null) ------

@pytest.mark.parametrize("body, names, titles", [
    ("The Secretary for Education, Ms Lily Kwan Mei-ling, co-chaired the third meeting of the "
     "Hong Kong/Hubei Education Co-operation Conference with Hubei's Vice-Governor in Wuhan today.",
     ["Lily Kwan Mei-ling", None], ["Secretary for Education", "Vice-Governor"]),
    ("The Commissioner for Transport, Mr Paul Tse Chi-wah, will co-chair the meeting with the Deputy "
     "Director-General of the Guangdong Provincial Department of Transport this Monday (May 5).",
     ["Paul Tse Chi-wah", None],
     ["Commissioner for Transport", "Deputy Director-General of the Guangdong Provincial Department of Transport"]),
    ("The meeting was co-chaired by the Commissioner for Tourism, Mr Ivan Lo Ka-ming, and the "
     "Director of the Zhuhai Municipal Bureau of Culture and Tourism.",
     ["Ivan Lo Ka-ming", None],
     ["Commissioner for Tourism", "Director of the Zhuhai Municipal Bureau of Culture and Tourism"]),
    ("The Financial Secretary, Mr Ken Yau Siu-kei, and the Vice Mayor of Shenzhen jointly presided over "
     "the sixth plenary session.", ["Ken Yau Siu-kei", None], ["Financial Secretary", "Vice Mayor of Shenzhen"]),
])
def test_co_chair_named_by_post_only(body, names, titles):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(co_chairs) == names and [p.title for p in co_chairs] == titles and chair is None
    for p in co_chairs:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text


@pytest.mark.parametrize("body, names", [
    # a name after the post: the named mention, never a post alone
    ("The Secretary for Education, Ms Lily Kwan, co-chaired the meeting with Hubei's Vice-Governor, "
     "Mr Zhao Hai.", ["Lily Kwan", "Zhao Hai"]),
    # "with" followed by no post: only the named co-chair
    ("The Director of Marine, Mr Paul Tse, co-chaired the meeting with officials of the Guangdong "
     "Maritime Bureau.", ["Paul Tse"]),
    ("The Director of Marine, Mr Paul Tse, co-chaired the meeting with the Guangdong Maritime Bureau.",
     ["Paul Tse"]),
    # a post cut by a comma may still have its name to come: not taken
    ("The Director of Marine, Mr Paul Tse, co-chaired the meeting with the Director-General of the "
     "Guangdong Maritime Bureau, who arrived today.", ["Paul Tse"]),
    # a word that is no post word ends the post before a capital: not taken
    ("The Secretary for Justice, Ms Ada Ma, co-chaired the meeting with the Director of Qinghai Bureau "
     "Affairs.", ["Ada Ma"]),
])
def test_co_chair_by_post_only_not_taken(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names


def test_chair_named_by_post_only_is_the_fallback():
    body = ("The Steering Committee on Water Supply chaired by the Chief Secretary for Administration held its "
            "third meeting today.")
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name is None
    assert chair.title == "Chief Secretary for Administration"
    # a statement that names the chair wins over one that gives the post only
    body = ("The Steering Committee on Water Supply chaired by the Chief Secretary for Administration held its "
            "third meeting today.\nThe Chief Secretary for Administration, Mr Wong Ka-lok, chaired the meeting.")
    assert find_chairs(_doc(body), None)[1].name == "Wong Ka-lok"
    # an organisation is no post
    body = ("The Steering Committee on Water Supply chaired by the Hong Kong Productivity Council held its third "
            "meeting today.")
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    # other wordings of a delegation's head
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "Heading the Guangxi delegation was the Vice-Governor of Guangxi, Mr Lin Bo.", ["Lin Bo"]),
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "The Hainan delegation was headed by the Vice-Governor of Hainan, Ms Fang Li.", ["Fang Li"]),
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "The Macao side was led by the Director of Economic Services, Mr Tam Chi-hou.", ["Tam Chi-hou"]),
    # taking part in the meeting or its discussion
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "The Director of Trade, Mr Ho Wai, also took part in the meeting.", ["Ho Wai"]),
    ("The Secretary for Trade, Ms Anna Poon, will chair the meeting of the Task Force tomorrow.\n"
     "The Commissioner for Labour, Ms Ivy Kam, will also take part in the discussion.", ["Ivy Kam"]),
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "Participating in today's plenary session were the Director of Trade, Mr Ho Wai, and the "
     "Commissioner for Labour, Ms Ivy Kam.", ["Ho Wai", "Ivy Kam"]),
    ("The Secretary for Trade, Ms Anna Poon, chaired the fifth meeting of the Joint Working Group today.\n"
     "The Director of Trade, Mr Ho Wai, also joined the discussion.", ["Ho Wai"]),
])
def test_officials_heads_and_participants(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # taking part in something that is no meeting, or urging others to
    "The Secretary for Trade, Ms Anna Poon, chaired the meeting today.\nMs Poon said at the meeting that Hong "
    "Kong looked forward to participating in the development of the Bay Area.",
    "The Secretary for Trade, Ms Anna Poon, chaired the meeting today.\nThe Director of Trade, Mr Ho Wai, "
    "urged young people to take part in the meeting of the youth panel.",
    "The Secretary for Trade, Ms Anna Poon, chaired the meeting today.\nThe Director of Trade, Mr Ho Wai, "
    "took part in the opening ceremony of the exhibition.",
])
def test_no_officials_heads_and_participants(body):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == []


@pytest.mark.parametrize("body, co_names, chair_name", [
    ("Presiding over the meeting was the Director of Housing, Ms Lee Wing-sze.", [], "Lee Wing-sze"),
    ("The Chairperson of the Council, Dr Wong Kit-ying, presided at the meeting.", [], "Wong Kit-ying"),
    ("The third plenary session was jointly chaired yesterday afternoon by the Secretary for Transport, "
     "Mr Lau Chi-ming, and the Vice Mayor of Foshan, Mr Qiao Ning.", ["Lau Chi-ming", "Qiao Ning"], None),
    ("The sixth meeting was chaired this morning in Foshan by the Director of Lands, Mr Andy Lai.",
     [], "Andy Lai"),
])
def test_chairing_wordings_round_five(body, co_names, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == co_names and (chair.name if chair else None) == chair_name


@pytest.mark.parametrize("body", [
    "The Director of Lands, Mr Andy Lai, presided at the opening ceremony of the meeting venue.",
    "Presiding over the ceremony was the Director of Lands, Mr Andy Lai, before the meeting.",
    "The sixth meeting was held this morning in Foshan, followed by a lunch hosted by the Director of "
    "Lands, Mr Andy Lai.",
    "After the fourth meeting, the delegates went to a reception, which was co-hosted by Mr Andy Lai and "
    "Ms Lee Wing-sze.",
])
def test_no_chair_round_five(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, co_names, chair_name", [
    # "It" is the meeting of the sentence before
    ("The third meeting of the Hong Kong-Zhuhai Liaison Group on Tourism took place in Zhuhai today. It "
     "was co-chaired by the Commissioner for Tourism, Mr Ivan Lo Ka-ming, and the Director of the Zhuhai "
     "Tourism Bureau, Ms Xu Lan.", ["Ivan Lo Ka-ming", "Xu Lan"], None),
    ("The Harbour Advisory Panel held its seventh meeting today. It was chaired by the Director of "
     "Marine, Ms Wendy Kwan.", [], "Wendy Kwan"),
    # the place before the time, and the chairs after an apposition ("the group's two heads, X and Y")
    ("The sixth meeting of the Joint Working Group was convened in Foshan today by the group's two "
     "heads, Secretary for Transport Lau Chi-ming and Foshan Vice Mayor Qiao Ning.",
     ["Lau Chi-ming", "Qiao Ning"], None),
    # "led jointly by" in the passive: the heads of the meeting
    ("The meeting was led jointly by the Permanent Secretary for Labour, Ms Ivy Kam, and the Chairman "
     "of the Logistics Council, Mr Ho Wai.", ["Ivy Kam", "Ho Wai"], None),
])
def test_chairing_by_reference_and_jointly_led(body, co_names, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == co_names and (chair.name if chair else None) == chair_name


@pytest.mark.parametrize("body", [
    # "It" after a sentence about no meeting
    "The new gallery opened in Zhuhai today. It was co-hosted by Mr Ivan Lo Ka-ming and Ms Xu Lan.",
    # "jointly led" a delegation, not the meeting
    "Mr Ivan Lo Ka-ming and Ms Xu Lan jointly led a delegation to the meeting in Zhuhai.",
])
def test_no_chairs_by_reference_and_jointly_led(body):
    assert find_chairs(_doc(body), None) == ([], None)


def test_a_side_s_attendance_follows_the_meeting():
    body = ("The fifth meeting of the Joint Working Group on Culture took place in Macao today. It was "
            "co-chaired by Mr Ivan Lo Ka-ming and Ms Xu Lan.\n"
            "On the Hong Kong side, the Director of Leisure and Cultural Services, Ms Grace Yip Wai-man, and "
            "representatives of the Home Affairs Bureau attended.")
    assert _names(_officials(_doc(body))) == ["Grace Yip Wai-man"]
    # without a meeting before it, a side's attendance at a visit is no meeting's
    body = ("The Commissioner for Tourism visited a theme park today.\nOn the Hong Kong side, the Director "
            "of Leisure and Cultural Services, Ms Grace Yip Wai-man, attended.")
    assert _officials(_doc(body, headline="Commissioner visits theme park")) == []


def test_co_chairs_named_as_the_meetings_co_chairmen():
    body = ("The Fifth Plenary Session of the Hong Kong/Fujian Conference was held in Xiamen today, with the "
            "Chief Secretary, Mr Ho Wai-kit, and the Vice-Governor of Fujian, Mr Lin Bo, as co-chairmen.")
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == ["Ho Wai-kit", "Lin Bo"] and chair is None
    # the title quoted of people, not their role at this meeting
    for body in ("Mr Ho Wai-kit and Mr Lin Bo, the co-chairmen of the Conference, met the media after the meeting.",
                 "The co-chairmen of the meeting, Mr Ho Wai-kit and Mr Lin Bo, met the media."):
        assert find_chairs(_doc(body), None) == ([], None)


def test_a_name_cut_off_where_the_text_ends_is_left_out():
    text = ("Joint meeting held\n\n     The Secretary for Transport, Mr Lau Chi-ming, chaired the fifth meeting of "
            "the Joint Working Group today.\n\n     Also attending the meeting were the Director of Highways, "
            "Ms Iris Lo Mei-yee, and the Deputy Director of the Zhuhai Transport Bureau, Mr Zh")
    doc = Document(text)
    co_chairs, chair = find_chairs(doc, None)
    assert chair.name == "Lau Chi-ming"
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["Iris Lo Mei-yee"]
    # a whole name at the very end (a full stop after it) is kept
    doc = Document(text + "ou Bin.")
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["Iris Lo Mei-yee", "Zhou Bin"]


# --- round 2: taking the chair, more attendance wordings, visits and ceremonies ------------------

@pytest.mark.parametrize("body, name", [
    # the deputy takes the chair for an absent chairman (the sentence names no meeting itself)
    ("The Legislative Council Panel on Housing held its 14th meeting today. As the Chairman of the Panel, "
     "Mr Lo Kin-sang, was overseas, the Deputy Chairman, Dr Hui Wing-yan, took the chair.", "Hui Wing-yan"),
    ("The District Council held its sixth meeting this evening. The Chairman of the Council, "
     "Mrs Tam Yuk-lan, was in the chair.", "Tam Yuk-lan"),
    ("The Committee met this morning, and its Vice-Chairman, Mr Kwan Tsz-lok, took the chair at the "
     "meeting.", "Kwan Tsz-lok"),
])
def test_taking_the_chair(body, name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and (chair.name if chair else None) == name


@pytest.mark.parametrize("body", [
    # a standing appointment, not this meeting
    "The Council held its first meeting today. Dr Yau Pui-shan took the chair of the Council in 2019.",
    # the idiom with no meeting just before it
    "The Secretary visited the school today. Mr Chow Ka-lun, the head teacher, was in the chair.",
    # furniture
    "The Board held its fourth meeting today. Mr Leung Siu-ming sat in the chair by the window.",
])
def test_no_chair_taken(body):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is None


@pytest.mark.parametrize("body, names", [
    # post and name run together, a bracketed part of the post between (news style), joining the
    # co-chair on a side
    ("Secretary for Housing Wong Ka-yan and Guangzhou Vice Mayor Li Ming co-chaired the fourth meeting "
     "of the Joint Group today.\nDeputy Secretary for Housing (Policy) Carol Ho and Director of "
     "Lands Jimmy Siu joined Ms Wong on the Hong Kong side.", ["Carol Ho", "Jimmy Siu"]),
    ("The Panel held its fifth meeting today.\nThe Director of Housing, Mr Fong Chi-wai, joined Dr Lam "
     "Sze-ki at the meeting.", ["Fong Chi-wai"]),
    # members named without a post
    ("The Advisory Council on Parks held its ninth meeting today. The meeting was chaired by the "
     "Chairman of the Council, Dr Ng Ho-yin.\nTwelve members attended, including Ms Lui Wai-kam and "
     "Mr Ko Tin-yau.", ["Lui Wai-kam", "Ko Tin-yau"]),
    ("The Working Group held its third meeting today.\nThe Deputy Director of Water Supplies, "
     "Mr Tang Kwok-fai, also took part.", ["Tang Kwok-fai"]),
    ("The meeting was convened by the Secretary for Transport, Mr Yiu Man-hon.\nThe Director of "
     "Highways, Ms Joyce Lai Yuk-sim, and the Commissioner for Transport, Mr Ben Au, were among "
     "those present.", ["Joyce Lai Yuk-sim", "Ben Au"]),
    ("The Council held its 30th meeting today.\nAmong those attending were the Director of Audit, "
     "Mr Sin Wai-lok, and Professor Chow Ka-yan.", ["Sin Wai-lok", "Chow Ka-yan"]),
])
def test_officials_round_six(body, names):
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    assert _names(find_officials(doc, None, co_chairs, chair)) == names


@pytest.mark.parametrize("body", [
    # joining someone in something other than the meeting
    "The Panel held its fifth meeting today.\nThe Director of Housing, Mr Fong Chi-wai, joined Dr Lam "
    "Sze-ki in visiting an estate.",
    # taking part in something the sentence names, not the meeting
    "The Working Group held its third meeting today.\nStudents took part.",
    # a visit: the one accompanied is no attendant, and those who accompany him join the visit
    "The Secretary for Development, Mr Kan Wing-tak, visited Wuhan today and met the Mayor of Wuhan, "
    "Mr Zhang Jun.\nDuring the meeting, Mr Kan introduced the Northern Metropolis.\nMr Kan was "
    "accompanied on the visit by the Director of Lands, Mr Yuen Siu-kei.",
    # a speech at the opening ceremony of a summit, where the release reports no meeting
    "Following is the speech by the Secretary for Health, Dr Lo Ka-wai, at the opening ceremony of the "
    "Asia Health Summit 2030 today (May 2):\nThe Council held its third meeting last year.",
])
def test_no_officials_round_six(body):
    doc = _doc(body, headline="Secretary visits")
    co_chairs, chair = find_chairs(doc, None)
    assert find_officials(doc, None, co_chairs, chair) == []


def test_a_ceremony_of_the_reported_meeting_is_attending_it():
    # where the meeting is reported, attending its opening ceremony is attending it
    body = ("Chief Secretary Lam Chi-ho attended the opening ceremony of the third session of the "
            "Regional Assembly in Beijing today.")
    doc = _doc(body)
    assert _names(find_officials(doc, _reported(3), [], None)) == ["Lam Chi-ho"]


def test_the_one_accompanied_is_not_an_attendant():
    body = ("The Joint Committee held its second meeting today.\nThe Secretary for Labour, Mr Ip Wai-shun, "
            "was accompanied by the Commissioner for Labour, Ms Chan Mei-fun.")
    doc = _doc(body)
    assert _names(find_officials(doc, None, [], None)) == ["Chan Mei-fun"]


@pytest.mark.parametrize("phrase", ["Mr Wong joined Mr Chan Tai ", "ceremony of the big ", "was accompanied on the ",
                                    "took the chair, ", "also took part "])
def test_round_six_patterns_take_linear_time(phrase):
    text = "The Committee held its first meeting today. " + phrase * (300000 // len(phrase)) + "."
    started = time.perf_counter()
    doc = Document(text)
    co_chairs, chair = find_chairs(doc, None)
    find_officials(doc, None, co_chairs, chair)
    assert time.perf_counter() - started < 20


# --- round 7: inverted attendance lists, a side's list, a post-only co-chair, minutes' Secretary ---

@pytest.mark.parametrize("body, names", [
    # a list put after its verb, opening the sentence
    ("The third meeting of the Joint Panel on Ports was held in Xiamen today.\nAlso in the Hong Kong "
     "delegation were the Director of Marine, Ms Rita Kwan Yuet-ling; the Commissioner for Logistics, "
     "Mr Owen Tse Ho-man; and officers of the Marine Department.", ["Rita Kwan Yuet-ling", "Owen Tse Ho-man"]),
    ("The Fifth Plenary of the Joint Forum on Heritage was held in Hong Kong today.\nRepresenting the "
     "Macao SAR Government were the Director of Cultural Affairs, Mr Ung Kin Fai, and the Deputy "
     "Director of Tourism, Ms Lao Sio Man.", ["Ung Kin Fai", "Lao Sio Man"]),
    ("The Fifth Plenary of the Joint Forum on Heritage was held in Hong Kong today.\nThe plenary drew "
     "about 40 officials. On the Fujian side were the Deputy Director of the Fujian Provincial Department "
     "of Culture, Mr Zheng Hao, and officials of the Department.", ["Zheng Hao"]),
    # a side's list: "comprised", "was represented by"
    ("The Joint Panel on Ports held its third meeting in Xiamen today.\nThe Hong Kong delegation "
     "comprised the Director of Marine, Ms Rita Kwan.\nThe Fujian side comprised the Deputy "
     "Secretary-General of the Fujian Provincial People's Government, Mr Lin Dong, and officials of "
     "the Department of Transport.", ["Rita Kwan", "Lin Dong"]),
    ("The Joint Panel on Ports held its third meeting in Xiamen today.\nThe Hong Kong side was "
     "represented by the Commissioner for Logistics, Mr Owen Tse Ho-man, and officers of the Marine "
     "Department.", ["Owen Tse Ho-man"]),
])
def test_officials_round_seven(body, names):
    doc = _doc(body)
    assert _names(_officials(doc)) == names


@pytest.mark.parametrize("body", [
    # inside a sentence, "in the delegation were" is no list of attendants
    "The Joint Panel on Ports held its third meeting today.\nThe Director of Marine, Ms Rita Kwan, "
    "said those in the delegation were impressed by the new terminal.",
    # "representing" inside a sentence names no list
    "The Joint Panel on Ports held its third meeting today.\nThe Director of Marine, Ms Rita Kwan, "
    "said the companies representing the shipping trade were consulted.",
    # a meeting held with someone is meeting them; the meal attended is no meeting
    "The Secretary for Labour, Mr Owen Tse Ho-man, began a visit to Kunming today, following the "
    "fifth Joint Conference last year.\nTomorrow, Mr Tse will hold a meeting with the Kunming Bureau "
    "of Commerce and attend a dinner hosted by the local chamber.",
])
def test_no_officials_round_seven(body):
    doc = _doc(body, headline="Secretary visits Kunming")
    assert _officials(doc) == []


def test_a_meeting_held_with_someone_names_no_holder():
    body = ("The Secretary for Labour, Mr Owen Tse Ho-man, is visiting Kunming.\nMr Tse will hold a "
            "meeting with the Kunming Bureau of Commerce tomorrow.")
    doc = _doc(body, headline="Secretary visits Kunming")
    assert _officials(doc) == []
    # holding a meeting of a body is still attending it, under the full name given before
    body = ("The Secretary for Labour, Mr Owen Tse Ho-man, is in Kunming.\nMr Tse will hold the first "
            "meeting of the Joint Labour Panel tomorrow.")
    assert _names(_officials(_doc(body))) == ["Owen Tse Ho-man"]


@pytest.mark.parametrize("body, names", [
    # news style, the second co-chair named by post only, the sentence opening after a dateline
    ("dateline 2030-05-06\nCommissioner for Transport Amy Kwan and the Director-General of the Coastal Survey "
     "Bureau of the National Ocean Administration will co-chair the third meeting of the Joint Panel "
     "in Xiamen.", ["Amy Kwan", None]),
    ("The Secretary for Labour, Mr Owen Tse Ho-man, and the Vice-Governor of Yunnan Province jointly "
     "presided over the second meeting of the Joint Labour Panel today.", ["Owen Tse Ho-man", None]),
])
def test_co_chair_by_post_only_after_a_named_one(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert [p.name for p in co_chairs] == names and chair is None
    assert co_chairs[1].title.startswith(("Director-General of the Coastal", "Vice-Governor of Yunnan"))


def test_co_chair_by_post_only_needs_the_verb_next():
    body = ("Commissioner for Transport Amy Kwan and the Director-General of the Coastal Survey Bureau met "
            "reporters, and later co-chaired the meeting of the Joint Panel.")
    co_chairs, _ = find_chairs(_doc(body), None)
    assert None not in [p.name for p in co_chairs]


MINUTES_WITH_SECRETARY = (
    "Harbour Safety Council\n\nConfirmed Minutes of the 12th Meeting\n\nDate: 3 March 2031\n\n"
    "Present:\nDr Ivan Ma Kwok-leung, SBS (Chairman)\nMs Tina Yeung Sau-lan\n\n"
    "In Attendance:\nMr Ray Fok Chi-wai, Chief Engineer, Marine Department\n\n"
    "Absent with Apologies:\nMr Sam Lui Kin-on\n\nSecretary:\nMs Fanny Ko Mei-yan\n\n"
    "Item 1: Matters Arising\n1.1 The Secretary reported progress.\n"
)


def test_minutes_chair_after_postnominal_and_secretary_after_the_absent():
    doc = Document(MINUTES_WITH_SECRETARY)
    co_chairs, chair = find_chairs(doc, None)
    assert chair is not None and chair.name == "Ivan Ma Kwok-leung" and chair.title == "Chairman"
    officials = find_officials(doc, None, co_chairs, chair)
    assert [(p.name, p.title) for p in officials] == [
        ("Tina Yeung Sau-lan", None), ("Ray Fok Chi-wai", "Chief Engineer, Marine Department"),
        ("Fanny Ko Mei-yan", "Secretary")]
    for p in officials:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text


@pytest.mark.parametrize("phrase", ["Also in the big delegation ", "On the side ", "Representing the ",
                                    "side was represented ", "a meeting with ", "meeting brought together "])
def test_round_seven_patterns_take_linear_time(phrase):
    text = "The Committee held its first meeting today. " + phrase * (300000 // len(phrase)) + "."
    started = time.perf_counter()
    doc = Document(text)
    co_chairs, chair = find_chairs(doc, None)
    find_officials(doc, None, co_chairs, chair)
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize("body, names", [
    ("The Joint Panel on Ports held its third meeting in Xiamen today.\nThe meeting brought together the "
     "Director of Marine, Ms Rita Kwan Yuet-ling, and the Deputy Director of the Fujian Provincial "
     "Department of Transport, Mr Lin Dong.", ["Rita Kwan Yuet-ling", "Lin Dong"]),
    # only those brought together, not the one who says so
    ("The Joint Panel on Ports held its third meeting in Xiamen today.\nThe Commissioner for Logistics, "
     "Mr Owen Tse Ho-man, said the session had brought together the Director of Marine, Ms Rita Kwan.",
     ["Rita Kwan"]),
])
def test_those_brought_together_by_the_meeting_attend(body, names):
    assert _names(_officials(_doc(body))) == names


def test_a_number_brought_together_names_no_one():
    body = ("The Joint Panel on Ports held its third meeting in Xiamen today.\nThe meeting brought together "
            "some 30 officials of the two governments.")
    assert _officials(_doc(body)) == []


@pytest.mark.parametrize("body, names", [
    # a guest of the meeting just reported, said to have been invited to it: he was there
    ("The Task Force on Cycling Routes held its second meeting today.\nOfficials of the Highways "
     "Department attended the meeting. The Chairwoman of the Cycling Council, Ms Olivia Pang Mei-yee, "
     "was also invited to join the discussion.", ["Olivia Pang Mei-yee"]),
    ("The Advisory Group on Piers held its fourth meeting this morning. The President of the Boating "
     "Association, Mr Derek Fung, and the Director of Marine, Mr Raymond Siu, were invited to attend the "
     "meeting.", ["Derek Fung", "Raymond Siu"]),
])
def test_guests_invited_to_the_reported_meeting_attend(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # an invitation to a later event, or asking someone to come: not attendance
    "The Task Force on Cycling Routes held its second meeting today.\nThe Chairwoman, Ms Olivia Pang, "
    "invited the Director of Highways, Mr Ken Lo, to attend the next meeting.",
    "The Task Force on Cycling Routes held its second meeting today.\nThe President of the Boating "
    "Association, Mr Derek Fung, was invited to attend the meeting of the Port Board in June.",
    "The Task Force on Cycling Routes held its second meeting today.\nMr Derek Fung has been invited to "
    "join the discussion.",
])
def test_invitations_that_are_not_attendance(body):
    assert _officials(_doc(body)) == []


def test_invited_guest_only_the_subject():
    # the person named after the cue is not the guest
    body = ("The Task Force on Cycling Routes held its second meeting today.\nThe Director of Marine, "
            "Mr Raymond Siu, was invited to join the session; the Chairwoman, Ms Olivia Pang, said.")
    assert _names(_officials(_doc(body))) == ["Raymond Siu"]


def test_macao_spelt_family_name_in_news_style_delegation():
    body = ("Secretary for Transport Alan Tse and Macao Secretary for Transport Ip Kin-man co-chaired the "
            "fourth meeting of the working group today.\nMacao's delegation comprised Director of the "
            "Macao Marine and Water Bureau Lucia Vong and officials from the Transport Bureau.")
    assert _names(_officials(_doc(body))) == ["Lucia Vong"]


def test_invited_guest_is_the_subject_not_the_speaker():
    body = ("The Joint Panel on Ports held its third meeting today.\nMr Lau said the Chairman of the Port "
            "Board, Mr Derek Fung, was invited to attend the meeting.")
    assert _names(_officials(_doc(body))) == ["Derek Fung"]


def test_invited_to_a_coming_meeting_is_no_attendance():
    body = ("The Joint Panel on Ports will hold its third meeting tomorrow.\nThe Chairman of the Port "
            "Board, Mr Derek Fung, was invited to attend the meeting.")
    assert _officials(_doc(body)) == []


@pytest.mark.parametrize("body, co_names, chair_name", [
    # a passive convening verb, the time (date in brackets) then the place before "by", and the
    # chairs after an apposition naming them the body's two leaders
    ("The fifth meeting of the Hong Kong/Dongguan Joint Task Force on Air Quality was convened "
     "yesterday (March 2) in Dongguan by the two leaders of the Task Force, the Director of "
     "Environmental Protection, Ms Alice Chan Mei-lan, and the Deputy Director of the Dongguan "
     "Ecology and Environment Bureau, Mr Zhou Jun.", ["Alice Chan Mei-lan", "Zhou Jun"], None),
    # another chairing verb, a two-word place, "heads" and names without posts
    ("The ninth plenary session of the Pearl River Estuary Ferry Liaison Committee was chaired this "
     "morning (June 8) in Hong Kong by the two heads of the Committee, Mr Leung Siu-fai and Ms Tang Yue.",
     ["Leung Siu-fai", "Tang Yue"], None),
    # "both co-chairmen" with no determiner, place first
    ("The annual meeting of the Guangdong-Hong Kong Food Safety Forum was hosted in Zhaoqing today "
     "(July 1) by both co-chairmen of the Forum, Dr Ho Ka-lun and Mr Liang Wen.",
     ["Ho Ka-lun", "Liang Wen"], None),
])
def test_passive_chairs_after_two_heads_apposition(body, co_names, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == co_names and (chair.name if chair else None) == chair_name


@pytest.mark.parametrize("body", [
    # the two heads named, but only one of them by name: no guess at a lone chair
    "The fifth meeting of the Joint Task Force was convened today (March 2) in Dongguan by the two "
    "leaders of the Task Force, Ms Alice Chan Mei-lan.",
    # a ceremony hosted by the two heads, not the meeting
    "After the meeting, the signing ceremony was hosted today (March 2) in Dongguan by the two leaders "
    "of the Task Force, Ms Alice Chan Mei-lan and Mr Zhou Jun.",
    # the heads of a body merely described, with no passive chairing verb before them
    "The meeting today (March 2) in Dongguan reviewed a report by the two leaders of the Task Force, "
    "Ms Alice Chan Mei-lan and Mr Zhou Jun.",
])
def test_no_chairs_after_two_heads_apposition(body):
    assert find_chairs(_doc(body), None) == ([], None)


def test_two_heads_apposition_is_linear():
    """A long run of the apposition's words (no comma closing it) stays fast."""
    import time
    body = ("The meeting was convened today (March 2) in Dongguan by the two leaders of the "
            + "Task Force " * 20000 + ".")
    t0 = time.perf_counter()
    find_chairs(_doc(body), None)
    assert time.perf_counter() - t0 < 2.0


@pytest.mark.parametrize("body, chair_name", [
    # the body's meeting named by "met", chaired "under the chairmanship of" its Chairman
    ("The Advisory Council on Heritage Trails met today (May 9) under the chairmanship of its Chairman, "
     "Professor Wong Tin-yau, to review the new routes.", "Wong Tin-yau"),
    ("The Harbourfront Rowing Panel meets this afternoon under the chairmanship of Ms Fung Lai-ping.",
     "Fung Lai-ping"),
])
def test_body_met_under_the_chairmanship(body, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name == chair_name


@pytest.mark.parametrize("body", [
    # a panel that met at another time, in a relative clause
    "The report was drawn up by the Heritage Panel, which met in 2019 under the chairmanship of "
    "Professor Wong Tin-yau.",
    # a person who met someone: no meeting of a body
    "Mr Chan, who met the delegation under the chairmanship of Professor Wong Tin-yau, spoke.",
    # set up under a chairmanship: no meeting at all
    "The Rowing Panel was set up in 2019 under the chairmanship of Ms Fung Lai-ping.",
])
def test_no_chair_without_the_body_meeting(body):
    assert find_chairs(_doc(body), None) == ([], None)


# --- round 6: more wordings of joint chairing, a chairman named by apposition, observers ------
@pytest.mark.parametrize("body, co_names", [
    # a passive chairing verb with a written-out date before its "by"
    ("The third meeting of the Hong Kong-Zhuhai Liaison Group on Port Services was convened on 4 June "
     "2024 by the Director of Marine, Mr Kenneth Lau Wai-kin, and the Director of the Zhuhai Port "
     "Bureau, Mr Tang Weiguo, by video conference.", ["Kenneth Lau Wai-kin", "Tang Weiguo"]),
    ("The sixth meeting of the Joint Panel was chaired on September 12, 2023 by the Commissioner for "
     "Tourism, Ms Vivian Yip Sau-man, and the Director of the Macao Tourism Office, Ms Ho Man Sin.",
     ["Vivian Yip Sau-man", "Ho Man Sin"]),
    # "under the joint chairmanship of"
    ("The fourth meeting of the Hong Kong-Dongguan Working Group on Water Supply was held in Dongguan "
     "on Monday (May 6) under the joint chairmanship of the Director of Water Supplies, Mr Roger Tse "
     "Ka-ho, and the Deputy Director of the Dongguan Water Affairs Bureau, Ms Fang Lijuan.",
     ["Roger Tse Ka-ho", "Fang Lijuan"]),
    # an announced meeting: two take the chair jointly (the meeting is named the sentence before)
    ("The Tai Po-Longgang Liaison Group will hold its third meeting in Tai Po tomorrow (April 9).\n"
     "The District Officer (Tai Po), Ms Winnie Ip Wing-yan, and the Deputy Director of the Longgang "
     "District Bureau of Commerce, Mr Zeng Hao, will take the chair jointly.",
     ["Winnie Ip Wing-yan", "Zeng Hao"]),
    ("The Liaison Group held its third meeting in Sheung Shui today (April 9).\nMr Derek Hui Kin-pong and Ms Lin Qiaoyun "
     "jointly took the chair.", ["Derek Hui Kin-pong", "Lin Qiaoyun"]),
])
def test_round_six_joint_chairing_wordings(body, co_names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == co_names and chair is None


@pytest.mark.parametrize("body", [
    # a date before "by" of something that is no chairing: an award given on a date
    "The award was presented on 4 June 2024 by the Director of Marine, Mr Kenneth Lau Wai-kin.",
    # taking the chair of a body (a standing role), not of the meeting, even jointly
    "Mr Derek Hui Kin-pong and Ms Lin Qiaoyun will take the chair of the new Board jointly from May.",
    # "joint chairmanship" of a body set up, no meeting
    "The Panel was set up in 2019 under the joint chairmanship of Mr Derek Hui Kin-pong and Ms Lin Qiaoyun.",
])
def test_round_six_no_joint_chairs(body):
    assert find_chairs(_doc(body), None)[0] == []


@pytest.mark.parametrize("body, chair_name", [
    # the body's Chairman named by that title, then by the post the person holds
    ("The Hong Kong-Nansha Committee on Legal Services held its fifth meeting in Nansha today. The meeting "
     "was conducted by the Chairman of the Committee, the Secretary for Justice, Mr Kelvin Mok Ting-fung.",
     "Kelvin Mok Ting-fung"),
    ("The Advisory Board met today. The session was presided over by the Chairperson of the Advisory "
     "Board, the Permanent Secretary for Housing, Ms Amy Lo Yuet-mei.", "Amy Lo Yuet-mei"),
])
def test_meeting_conducted_by_chairman_named_by_apposition(body, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name == chair_name


@pytest.mark.parametrize("body", [
    # a Vice-Chairman conducting: no Chairman of the body
    "The Advisory Board met today. The meeting was conducted by the Vice-Chairman of the Advisory Board, "
    "the Permanent Secretary for Housing, Ms Amy Lo Yuet-mei.",
    # the Chairman of another body, who only briefed the meeting
    "The Advisory Board met today. A briefing was given by the Chairman of the Port Board, the Director "
    "of Marine, Mr Kenneth Lau Wai-kin.",
])
def test_no_chair_conducting_without_the_chairman(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    ("The Joint Panel on Wetlands held its second meeting in Shenzhen today. The meeting was chaired by "
     "Professor Chiu Ka-lok.\nThe Permanent Secretary for Development, Ms Bonnie Yau Wing-sze, attended "
     "as an observer.", ["Bonnie Yau Wing-sze"]),
    ("The Joint Panel on Wetlands will hold its second meeting tomorrow.\nThe Deputy Director of "
     "Agriculture, Fisheries and Conservation, Dr Ivan Kam Ho-yin, will attend as an observer.",
     ["Ivan Kam Ho-yin"]),
])
def test_observers_at_the_meeting_attend(body, names):
    assert _names(_officials(_doc(body))) == names


def test_observer_at_a_ceremony_is_no_attendant():
    body = ("Mr Chan officiated at the opening ceremony of the Wetland Park exhibition today.\nThe "
            "Permanent Secretary for Development, Ms Bonnie Yau Wing-sze, attended as an observer.")
    assert _officials(_doc(body, headline="Exhibition opens")) == []


@pytest.mark.parametrize("phrase", [
    "was conducted by the Chairman of the Committee of ",
    "convened on 4 June 2024 ",
    "will take the chair jointly ",
])
def test_round_six_patterns_take_linear_time(phrase):
    body = "The Liaison Group held its meeting today. " + phrase * 30000 + "."
    t0 = time.perf_counter()
    doc = _doc(body)
    co_chairs, chair = find_chairs(doc, None)
    find_officials(doc, None, co_chairs, chair)
    assert time.perf_counter() - t0 < 5.0


@pytest.mark.parametrize("body, names", [
    # a delegation's members listed one to an entry after the cue's colon
    ("The Secretary for Housing, Ms Winnie Ho Wing-yin, will lead a delegation to Shenzhen tomorrow to "
     "attend the Seventh Meeting of the Joint Panel on Housing.\nMembers of the delegation are:\n"
     "The Director of Housing, Mr Rex Tam Pak-lun, JP;\nThe Director of Lands, Ms Flora Lau Siu-ying; and\n"
     "The Director of Buildings, Mr Kelvin Ng Wai-chung.\nThe delegation will return in the evening.",
     ["Winnie Ho Wing-yin", "Rex Tam Pak-lun", "Flora Lau Siu-ying", "Kelvin Ng Wai-chung"]),
    ("The Joint Panel on Housing will hold its seventh meeting in Shenzhen tomorrow.\nThe Hong Kong "
     "delegation will include:\n* the Director of Housing, Mr Rex Tam Pak-lun;\n* the Director of Lands, "
     "Ms Flora Lau Siu-ying.", ["Rex Tam Pak-lun", "Flora Lau Siu-ying"]),
])
def test_delegation_listed_after_a_colon(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # a body's membership set out after a colon: no one attends (no attendance cue)
    "The Joint Panel on Housing will hold its first meeting next month.\nThe Panel comprises:\n"
    "The Director of Housing, Mr Rex Tam Pak-lun;\nThe Director of Lands, Ms Flora Lau Siu-ying.",
    # the line after the colon is prose, not an entry of people
    "The Joint Panel on Housing will hold its seventh meeting in Shenzhen tomorrow.\nMembers of the "
    "delegation are:\nThe delegation will be received by Mr Rex Tam Pak-lun at the border.",
])
def test_no_list_after_a_colon_without_entries(body):
    assert _officials(_doc(body)) == []


def test_list_after_a_colon_stops_at_prose():
    body = ("The Joint Panel on Housing will hold its seventh meeting in Shenzhen tomorrow.\nMembers of the "
            "delegation are:\nThe Director of Housing, Mr Rex Tam Pak-lun;\nThe delegation will meet "
            "Mr Zhou Ming at the border.")
    assert _names(_officials(_doc(body))) == ["Rex Tam Pak-lun"]


def test_list_after_a_colon_is_bounded():
    body = ("The Joint Panel on Housing held its seventh meeting today.\n"
            + "Members of the delegation are:\nThe Director of Housing, Mr Rex Tam Pak-lun;\n" * 20000)
    t0 = time.perf_counter()
    _officials(_doc(body))
    assert time.perf_counter() - t0 < 10.0


@pytest.mark.parametrize("body, names", [
    # an "exhibition gallery" is a place: the sentence before speaks of the meeting still
    ("The Heritage Board held its 90th meeting today. Members also heard about a hotel with an exhibition "
     "gallery.\nThe Executive Secretary (Heritage), Ms Joyce Wan Siu-lan, briefed Members on the gradings.",
     ["Joyce Wan Siu-lan"]),
])
def test_exhibition_place_is_no_other_event(body, names):
    assert _names(_officials(_doc(body))) == names


def test_attending_an_exhibition_is_no_meeting():
    body = ("The Heritage Board held its 90th meeting today.\nMr Chan later opened an exhibition.\n"
            "The Executive Secretary (Heritage), Ms Joyce Wan Siu-lan, also attended.")
    assert _officials(_doc(body)) == []


def test_only_dotted_capital_i_lengthens_in_lower_case():
    # _caseless takes the document's lower-cased copy for any text without U+0130 or a long s
    import sys
    longer = [c for c in range(sys.maxunicode + 1)
              if not 0xD800 <= c < 0xE000 and len(chr(c).lower()) != 1]
    assert longer == [0x130]


def test_caseless_copy_is_the_lower_cased_text():
    from hkparse.people import _caseless, _ignorecase, _same
    text = "The Chairman, Mr \u201cX\u201d Wong, CH\u00c9RIE \u00c5NGSTR\u00d6M, chaired the meeting."
    doc = _doc(text)
    low, ci = _caseless(doc)
    assert ci is _same and low == doc.text.lower() and text.lower() in low
    doc = _doc("\u0130stanbul: Mr X chaired the meeting.")
    low, ci = _caseless(doc)
    assert ci is _ignorecase and low == doc.text


@pytest.mark.parametrize("stretch", ["Before the sixth plenary, the Group held its third meeting, which was",
                                     "THE 12TH PLENARY SESSION of the Conference was", "its 2nd Conference",
                                     "the twenty-first regular meeting", "the first time the Committee",
                                     "the sixth plenar y", "at 5th Floor"])
def test_meeting_number_gate_keeps_every_numbered_meeting(stretch):
    from hkparse.people import NUMBERED_MEETING, _may_number_a_meeting
    if NUMBERED_MEETING.search(stretch) is not None:
        assert _may_number_a_meeting(stretch, 0, len(stretch))
    assert _may_number_a_meeting(stretch, 0, len(stretch)) == any(
        w in stretch.lower() for w in ("meeting", "session", "plenary", "conference"))


# --- a side named by its place alone: "Macao was represented by X" -------------------------------

@pytest.mark.parametrize("body, names", [
    # news style, the official at the end of a list of represented bodies (no commas round the name)
    ("Guangxi Vice Chairman Lu Xinhua and Secretary for Housing Anita Ng co-chaired the third meeting "
     "of the Guangxi-Hong Kong Joint Panel in Nanning today.\nMacao was represented by the Transport "
     "Bureau and the Lands Department, as well as the Commissioner for Heritage Daniel Poon.",
     ["Daniel Poon"]),
    # the same with commas, and in the future
    ("The Joint Panel on Ports will hold its fourth meeting in Fuzhou tomorrow.\nHong Kong will be "
     "represented by the Director of Marine, Ms Karen Lui, and the Assistant Commissioner for "
     "Transport, Mr Dennis Ko.", ["Karen Lui", "Dennis Ko"]),
    # one stood in for a person: only the one who came attends
    ("The Joint Panel on Ports held its fourth meeting in Fuzhou today.\nThe Director of Marine, "
     "Ms Karen Lui, was represented by the Deputy Director of Marine, Mr Alan Sze.", ["Alan Sze"]),
])
def test_officials_place_was_represented_by(body, names):
    doc = _doc(body)
    assert _names(_officials(doc)) == names


@pytest.mark.parametrize("body", [
    # no meeting anywhere: a team at a games is no meeting attended
    ("Athletes win medals", "Hong Kong athletes won four medals today.\nHong Kong was represented by the "
     "swimmer Ms Karen Lui and the cyclist Mr Dennis Ko."),
    # active "represented": a person speaking for a body, no passive list of attendants
    "The Joint Panel on Ports held its fourth meeting in Fuzhou today.\nThe Director of Marine, "
    "Ms Karen Lui, said she represented the shipping trade well.",
])
def test_officials_place_was_represented_by_negatives(body):
    headline, body = body if isinstance(body, tuple) else ("Joint meeting held", body)
    doc = _doc(body, headline)
    assert _names(_officials(doc)) == []


@pytest.mark.parametrize("sentence", ["Macao was represented by Mr X.", "Hong Kong will be represented by Ms Y.",
                                      "The Bureau is also represented by Mr X."])
def test_attend_cue_parts_agree_place_represented(sentence):
    from hkparse.people import ATTEND_CUE, _has_attend_cue, _same
    low = "x. " + sentence.lower() + " y"
    start, end = 3, 3 + len(sentence)
    assert ATTEND_CUE.search(low, start, end) is not None
    assert _has_attend_cue(low, _same, start, end)


def test_place_was_represented_by_takes_linear_time():
    phrase = "was represented by the "
    text = "The Committee held its first meeting today. " + phrase * (300000 // len(phrase)) + "."
    started = time.perf_counter()
    doc = Document(text)
    co_chairs, chair = find_chairs(doc, None)
    find_officials(doc, None, co_chairs, chair)
    assert time.perf_counter() - started < 20


def _speech(occasion: str) -> str:
    return (f"Speech by SLW at {occasion}\n"
            "********************************\n\n"
            "     Following is the speech by the Secretary for Labour and Welfare, Mr Wong Kam-fai, "
            f"at the {occasion} today (May 4):\n\n"
            "Distinguished guests, ladies and gentlemen,\n\n"
            "     Good morning. It is my pleasure to join you. Thank you.\n\n"
            "Ends/Thursday, May 4, 2023\nIssued at HKT 12:30\n")


def test_the_speaker_of_a_speech_reporting_no_meeting_attends_nothing():
    import hkparse
    result = hkparse.parse(_speech("Elderly Care Forum 2023"))
    assert result.meeting is None
    assert result.officials == []


def test_the_speaker_at_a_numbered_meeting_attends_it():
    import hkparse
    result = hkparse.parse(_speech("Plenary Session of the 12th Ministerial Meeting of the Pacific Trade Council"))
    assert result.meeting is not None and result.meeting.number == 12
    assert _names(result.officials) == ["Wong Kam-fai"]


@pytest.mark.parametrize("sentence, only", [
    ("following is the speech by the secretary, mr wong, at the forum today:", True),
    ("the speech delivered by the secretary, mr wong, opened the summit.", True),
    # another cue in the sentence still counts
    ("the speech by the secretary, mr wong, was followed by a session attended by ms lee.", False),
    ("no speech here, officials also attended.", False),
])
def test_a_speech_as_the_only_attendance_cue(sentence, only):
    from hkparse.people import _only_a_speech, _same
    assert _only_a_speech(sentence, _same) is only


# --- round 8: attendance with no object ("will attend.", "attended with the ...") -------------
@pytest.mark.parametrize("body, names", [
    ("The Harbourfront Council will hold its ninth meeting on Monday. Members will discuss the cycle "
     "track.\nThe Director of Highways, Mr Gordon Sze Kin-yip, the Commissioner for Transport, Ms Rita "
     "Kwan Po-yee, and the Chief Executive of the Harbour Trust, Mr Felix Ng, will attend.",
     ["Gordon Sze Kin-yip", "Rita Kwan Po-yee", "Felix Ng"]),
    ("The Panel on Housing held its third meeting today. The meeting was chaired by Mr Oscar Lam.\n"
     "The Secretary for Housing, Ms Queenie Tam Lok-yan, attended with the Director of Housing, "
     "Mr Victor Ho Chun-wai.", ["Queenie Tam Lok-yan", "Victor Ho Chun-wai"]),
])
def test_attendance_without_an_object_is_of_the_meeting(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body, headline", [
    # the event just named is a ceremony, not a meeting
    ("Mr Chan officiated at the opening ceremony of the Lantau Trail exhibition today.\nThe Director "
     "of Highways, Mr Gordon Sze Kin-yip, attended.", "Exhibition opens"),
    # "attended with interest", "attended with enthusiasm": no person follows "with"
    ("The Panel on Housing held its third meeting today. Members spoke on rents.\nThe Secretary for "
     "Housing, Ms Queenie Tam Lok-yan, attended with great interest to the views.", "Joint meeting held"),
    # no meeting anywhere in the release
    ("The Director of Highways, Mr Gordon Sze Kin-yip, will attend.", "Trail reopens"),
])
def test_attendance_without_an_object_needs_the_meeting(body, headline):
    assert _officials(_doc(body, headline=headline)) == []


@pytest.mark.parametrize("body, names", [
    ("The Council on Sports Development will hold its fifth meeting today. The meeting will be jointly "
     "presided over by the Secretary for Home Affairs, Mr Gilbert Yau Kin-fai, JP, and the non-official "
     "Co-Chairman of the Council, Dr Winnie Kwok Sze-man, BBS.", ["Gilbert Yau Kin-fai", "Winnie Kwok Sze-man"]),
])
def test_non_official_co_chair_is_listed(body, names):
    assert _names(find_chairs(_doc(body), None)[0]) == names


def test_non_official_members_listed_after_chairs_are_no_chairs():
    body = ("The Council on Sports Development will hold its fifth meeting today. The meeting will be chaired "
            "by the Secretary for Home Affairs, Mr Gilbert Yau Kin-fai, JP. The non-official members, Dr Winnie "
            "Kwok Sze-man and Mr Gary Fok, will attend.")
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name == "Gilbert Yau Kin-fai"


# --- round 9: "Attending on the X side were ..." and the people who accompany a reported call ---
@pytest.mark.parametrize("body, names", [
    ("The Hong Kong-Macao Joint Committee on Ferry Safety held its fourth meeting in Macao today. The "
     "meeting was co-chaired by the Director of Marine, Mr Kelvin Shum, and the Director of Maritime "
     "Affairs of Macao, Mr Chao Kin-ian.\nAttending on the Hong Kong side were the Deputy Director of "
     "Marine, Ms Connie Lei Sio-man; the Chief Officer of the Port Division, Mr Edwin Ma Chun-yin; and "
     "representatives of the Transport Department.", ["Connie Lei Sio-man", "Edwin Ma Chun-yin"]),
    ("The Shenzhen-Hong Kong Task Force on Cross-boundary Buses held its second meeting today.\n"
     "Attending from Shenzhen were the Deputy Director of the Shenzhen Port Office, Mr Tan Weiming, and "
     "the Chief Engineer of the Transport Bureau, Ms Huang Lixia.", ["Tan Weiming", "Huang Lixia"]),
    ("The Sports Commission held its 12th meeting today under the chairmanship of the Secretary for "
     "Culture, Sports and Tourism, Mr Francis Lau.\nAttending were the Commissioner for Sports, Mr Ivan "
     "Leung Ka-ho, and the Director of Leisure and Cultural Services, Ms Vivian Sum.",
     ["Ivan Leung Ka-ho", "Vivian Sum"]),
])
def test_attending_opens_an_inverted_list(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body, headline", [
    # a meal after the meeting: those at the banquet are not said to attend the meeting
    ("The Joint Committee on Ferry Safety held its fourth meeting today.\nAttending the banquet in the "
     "evening were the Director of Marine, Mr Kelvin Shum, and Ms Connie Lei.", "Joint meeting held"),
    # no meeting anywhere in the release
    ("The Director of Leisure officiated at the reopening of the Lantau Trail today.\nAttending on the "
     "Hong Kong side were the Commissioner for Sports, Mr Ivan Leung Ka-ho, and Ms Vivian Sum.",
     "Trail reopens"),
])
def test_attending_opener_needs_the_meeting(body, headline):
    assert _officials(_doc(body, headline=headline)) == []


def test_inverted_list_takes_attending_openers_only_at_the_start():
    from hkparse.people import INVERTED_LIST
    match = INVERTED_LIST.compiled.match
    for opener in ("attending on the hong kong side were", "attending from the macao side were",
                   "attending from zhuhai were", "attending were", "also attending were"):
        assert match(opener + " the director"), opener
    assert match("those attending on the hong kong side were the director") is None
    assert match("attending the opening were the director") is None


_CALL_LEAD = ("The Secretary for Education, Dr Ivy Lam Wing-sze, met the Vice Governor of Hunan Province, "
              "Mr Zhou Haibin, in Changsha today to exchange views on student exchanges.\n")


@pytest.mark.parametrize("second, names", [
    ("Dr Lam was accompanied by the Permanent Secretary for Education, Mr Dennis Ko Siu-fung, and the "
     "Director of the Hong Kong Economic and Trade Office in Wuhan, Ms Tracy Wong.",
     ["Dennis Ko Siu-fung", "Tracy Wong"]),
    ("She was joined by the Under Secretary for Education, Mr Sam Fung Kin-on.", ["Sam Fung Kin-on"]),
])
def test_people_accompanying_a_reported_call_attend_it(second, names):
    # the headline and the lead report a call: the call is the meeting, its principals are no officials
    doc = _doc(_CALL_LEAD + second, headline="SED meets Vice Governor of Hunan in Changsha")
    assert _names(_officials(doc)) == names


@pytest.mark.parametrize("second, headline", [
    # a visit: the call is one stop of it, and those accompanying the Secretary accompany the visit
    ("Dr Lam was accompanied by the Permanent Secretary for Education, Mr Dennis Ko Siu-fung.",
     "SED visits Hunan"),
    # the headline has a group meet, no call on a person
    ("Dr Lam was accompanied by the Permanent Secretary for Education, Mr Dennis Ko Siu-fung.",
     "Education task force meets in Changsha"),
    # accompanied on the visit, not at the call
    ("Dr Lam was accompanied on the visit by the Permanent Secretary for Education, Mr Dennis Ko Siu-fung.",
     "SED meets Vice Governor of Hunan in Changsha"),
])
def test_accompanying_needs_a_reported_call(second, headline):
    assert _officials(_doc(_CALL_LEAD + second, headline=headline)) == []


def test_a_call_needs_the_lead_to_report_it():
    body = ("The Secretary for Education, Dr Ivy Lam Wing-sze, arrived in Changsha today for a three-day "
            "visit.\nDr Lam was accompanied by the Permanent Secretary for Education, Mr Dennis Ko Siu-fung.")
    assert _officials(_doc(body, headline="SED meets Vice Governor of Hunan in Changsha")) == []


@pytest.mark.parametrize("body", [
    "The Joint Committee held its fourth meeting today.\nAttending on the Hong Kong side were the Director of "
    "Marine, Mr Kelvin Shum, and representatives of the Marine Department.\nAt the meeting, the two sides "
    "agreed on drills. The president of the council spoke briefly.",
    "Representing the HKSAR Government were the Secretary for Housing, Ms Queenie Tam, and Mr Ben Wu.\n"
    "THE DIRECTOR ATTENDED THE MEETING. Also Present: Mr Chan Tai-man.\nOfficials Led By Mr Lee took part "
    "in the meeting, and the department's partners joined later.",
    "No one attends anything here.",
    "The Forum held its second session today. Mr Lee led a delegation of 20 members. Members of the Macao "
    "delegation included Ms Ho. He was heading a large delegation. The members led the talks.",
])
def test_attendance_sentences_are_the_keyed_sentences_with_a_cue(body):
    # the sentences read for officials, found from the cue's literals, are exactly those with one
    # of the keys and either "At the meeting, ..." or the attendance cue
    from hkparse import people
    doc = _doc(body)
    low, ci = people._caseless(doc)
    expected = []
    for sent in people._sentences_with(doc, "attend"):
        at_meeting = people.AT_THE_MEETING.compiled.match(doc.text, sent.start, sent.end)
        if at_meeting is not None or people._has_attend_cue(low, ci, sent.start, sent.end):
            expected.append((sent, at_meeting is not None))
    got = [(sent, at is not None) for sent, at in people._attendance_sentences(doc)]
    assert got == expected and got


# --- round 9: "with X presiding", a Chairman who opens the meeting and leads its discussion,
# "Among others attending were", a "Present:" list in a release, a speaker who co-chairs ---------

@pytest.mark.parametrize("body, name", [
    ("The 14th meeting of the Harbourfront Liaison Board was held this morning (April 2), with the "
     "Chairman of the Board, Ms Carmen Yiu Siu-ling, presiding.", "Carmen Yiu Siu-ling"),
    ("The Joint Panel on Coastal Parks held its fifth meeting in Macao today, with Dr Victor Kam Wai-lun "
     "in the chair.", "Victor Kam Wai-lun"),
    ("Ir Dr Simon Kwok Tak-wing, Chairman of the Board, opened the meeting and led the discussion on "
     "flood control works.", "Simon Kwok Tak-wing"),
    ("The Chairperson of the Council, Professor Helen Szeto Mei-ki, opened the session and chaired the "
     "discussions on the annual plan.", "Helen Szeto Mei-ki"),
])
def test_chair_round_nine(body, name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert co_chairs == [] and chair is not None and chair.name == name


@pytest.mark.parametrize("body", [
    # a ceremony, not a meeting
    "The opening ceremony of the exhibition was held today, with the Secretary for Development, "
    "Mr Owen Lam Chi-kin, presiding.",
    # "with" a person, but no idiom closing the clause
    "The meeting with the Chairman of the Council, Mr Ivan Lau Ka-fai, was held today.",
    # opening an exhibition and leading a tour is no chairing
    "Dr Helen Szeto Mei-ki, Chairman of the Council, opened the exhibition and led the guests on a tour "
    "of the meeting rooms.",
    # opening the meeting alone says nothing of who runs it
    "Mr Jason Poon Ka-ho, Chairman of the Committee, opened the meeting.",
    # a Vice-Chairman is not the body's Chairman
    "Ms Ada Chung Siu-wai, Vice-Chairman of the Committee, opened the meeting and led the discussion on fares.",
])
def test_no_chair_round_nine(body):
    assert find_chairs(_doc(body), None) == ([], None)


@pytest.mark.parametrize("body, names", [
    ("The Joint Housing Forum held its sixth meeting in Foshan today.\nThe Chairman thanked members for "
     "their work. Among others attending were the Deputy Director of Housing, Ms Kitty Lau Wing-sze, and "
     "the Director of the Foshan Housing Bureau, Mr Guo Ming.", ["Kitty Lau Wing-sze", "Guo Ming"]),
    ("The Liaison Group held its 30th meeting today.\nMembers reviewed the quotas. Among others present "
     "were the Commissioner for Tourism, Mr Alvin Ng Ka-chun.", ["Alvin Ng Ka-chun"]),
])
def test_officials_round_nine(body, names):
    assert _names(_officials(_doc(body))) == names


def test_among_others_attending_a_ceremony_is_no_attendance():
    body = ("The Liaison Group held its 30th meeting today.\nAmong others attending the opening ceremony "
            "of the exhibition were the Commissioner for Tourism, Mr Alvin Ng Ka-chun.")
    assert _officials(_doc(body)) == []


_PRESENT_RELEASE = (
    "Harbour Pilotage Liaison Committee meets\n\n"
    "     The Harbour Pilotage Liaison Committee held its 31st meeting today.\n\n"
    "     Present:\n\n"
    "     Hong Kong side\n"
    "     Ms Winnie Shek Wai-man, Director of Port Works (Chairman)\n"
    "     Mr Hugo Lai Kin-pong, Chief Engineer (Dredging)\n\n"
    "     Shenzhen side\n"
    "     Mr Tan Guoqiang, Deputy Director of the Shenzhen Port Authority (Head of Delegation)\n\n"
    "     The Committee reviewed the dredging works. The Secretary for Works, Mr Ray Pang Chi-hung, "
    "attended the meeting and spoke of the plans.\n\n"
    "Ends/Monday, March 3, 2025\nIssued at HKT 18:00\n\nNNNN\n")


def test_present_list_in_a_release():
    # one person a line under "Present:" (no minutes heading): the member marked "(Chairman)" after
    # the post chairs, the others attend with their posts as written, a delegation's head mark dropped;
    # the list ends at the first line of prose, whose people are not read as listed
    doc = Document(_PRESENT_RELEASE)
    co_chairs, chair = find_chairs(doc, None)
    assert co_chairs == [] and chair.name == "Winnie Shek Wai-man" and chair.title == "Director of Port Works"
    officials = find_officials(doc, None, co_chairs, chair)
    assert [(p.name, p.title) for p in officials] == [
        ("Hugo Lai Kin-pong", "Chief Engineer (Dredging)"),
        ("Tan Guoqiang", "Deputy Director of the Shenzhen Port Authority")]
    for p in [chair] + officials:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text


def test_present_heading_without_people_listed_is_no_list():
    body = ("The Harbour Pilotage Liaison Committee held its 31st meeting today, chaired by the Director of "
            "Port Works, Ms Winnie Shek Wai-man.\nPresent:\nRepresentatives of the Marine Department\n"
            "The Committee reviewed the dredging works.")
    doc = Document("Committee meets\n\n" + body + "\n\nNNNN\n")
    co_chairs, chair = find_chairs(doc, None)
    assert chair is not None and chair.name == "Winnie Shek Wai-man"


_SPEECH_LEAD = ("Following is the speech by the Secretary for Commerce, Mrs Ellen Chiu Wai-man, at the third "
                "plenary session of the Hong Kong/Foshan Co-operation Conference in Foshan today (June 3):\n"
                "Mayor Liu, ladies and gentlemen,\n")


def test_speaker_who_co_chairs_in_the_first_person():
    body = _SPEECH_LEAD + ("Good morning. It is my honour to co-chair this third plenary session with Mayor "
                           "Liu Qiang of the Foshan Municipal People's Government. Thank you.")
    doc = _doc(body, headline="Speech by SCO at Hong Kong/Foshan Co-operation Conference")
    co_chairs, chair = find_chairs(doc, None)
    assert _names(co_chairs) == ["Ellen Chiu Wai-man", "Liu Qiang"] and chair is None
    assert _officials(doc) == []  # the speaker co-chairs: no attending official


@pytest.mark.parametrize("body", [
    # a quoted "I" in a release that is no speech: no lead "speech by" names who "I" is
    "The Joint Conference held its third plenary session today.\n\"It is my honour to co-chair this "
    "session with Mayor Liu Qiang,\" Mr Wong said.",
    # someone else co-chairs: a person named before the verb is its subject
    _SPEECH_LEAD + "It is my pleasure to welcome Mayor Liu Qiang, who co-chairs this session with me.",
])
def test_no_first_person_co_chairs(body):
    co_chairs, _ = find_chairs(_doc(body), None)
    assert "Ellen Chiu Wai-man" not in _names(co_chairs) and "Wong" not in _names(co_chairs)
    assert _names(co_chairs) in ([], ["Liu Qiang"])


def test_present_list_marking_no_chair_leaves_the_chair_to_the_prose():
    release = (
        "Harbour Pilotage Liaison Committee meets\n\n"
        "     The Harbour Pilotage Liaison Committee held its 31st meeting today, chaired by the Director of "
        "Port Works, Ms Winnie Shek Wai-man.\n\n"
        "     Present:\n\n"
        "     Ms Winnie Shek Wai-man, Director of Port Works\n"
        "     Mr Hugo Lai Kin-pong, Chief Engineer (Dredging)\n\n"
        "     The Committee reviewed the dredging works.\n\nNNNN\n")
    doc = Document(release)
    co_chairs, chair = find_chairs(doc, None)
    assert chair is not None and chair.name == "Winnie Shek Wai-man"
    assert _names(find_officials(doc, None, co_chairs, chair)) == ["Hugo Lai Kin-pong"]


# --- round ten: wordings from blind releases (sentences written for these tests) -------------

@pytest.mark.parametrize("body, names", [
    # "attended as well" / "attended too": a follow-up of the meeting named before, as "attended."
    ("The Joint Task Force on Ferry Services held its seventh meeting in Macao today.\nThe Director of "
     "Marine, Mr Felix Wan Hok-lun, attended as well.", ["Felix Wan Hok-lun"]),
    ("The Expert Group on Air Quality held its fourth meeting today.\nThe Assistant Director of "
     "Environmental Protection, Dr Grace Mok, and the Deputy Director of the Foshan Ecology Bureau, "
     "Mr Xu Peng, attended too.", ["Grace Mok", "Xu Peng"]),
    # "joined <person> at the <place> venue": they attend with the one joined (a meeting held at two venues)
    ("The Youth Exchange Conference was held by video link today, co-chaired by the Secretary for Home "
     "Affairs, Ms Nora Lui Ka-yan, in Hong Kong and the Vice-Governor of Hainan, Mr Wu Tao, in Haikou.\n"
     "The Deputy Secretary for Home Affairs, Mr Ivan Kwok Sai-ho, and the Director of Leisure and "
     "Cultural Services, Ms Rita Chow, joined Ms Lui at the Hong Kong venue.",
     ["Ivan Kwok Sai-ho", "Rita Chow"]),
    ("The Ferry Liaison Group held its 12th meeting today.\nThe Commissioner for Transport, Mr Kelvin "
     "Sze, joined Mr Ho at the main venue.", ["Kelvin Sze"]),
])
def test_officials_round_ten(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # no closing stop after "as well": not a follow-up of attending the meeting
    "The Liaison Group held its 30th meeting today.\nMr Simon Kan Tsz-wai attended as well as spoke at a seminar.",
    # joining someone at a venue that is no meeting's, or in doing something else
    "The Liaison Group held its 30th meeting today.\nMs Iris Ma Ching joined Ms Lui at the exhibition.",
    "The Liaison Group held its 30th meeting today.\nMs Iris Ma Ching joined Ms Lui in visiting the venue.",
])
def test_no_officials_round_ten(body):
    assert _officials(_doc(body)) == []


def test_the_chair_of_a_meeting_the_release_does_not_report_is_no_official():
    # a warning release: a later paragraph mentions a meeting the Secretary chaired; with no meeting
    # reported, chairs are not sought, and the chair of that meeting must not come out as attending it
    body = ("The Observatory issued the Amber Rainstorm Signal at 6 am today (June 2).\n"
            "On Sunday, the Secretary for Development, Ms Carmen Yip Hoi-ling, chaired an "
            "inter-departmental meeting on slope safety, attended by representatives of 12 departments.")
    doc = _doc(body, headline="Amber Rainstorm Warning Signal issued")
    assert find_officials(doc, None, [], None) == []


def test_the_chair_of_an_unreported_meeting_leaves_its_attendees():
    # the rule drops the chairs only: one said to attend in the same sentence still attends
    body = ("The Chief Secretary, Mr Dennis Hui Wing-fat, chaired the third meeting of the Steering "
            "Committee on Flood Control today, attended by the Director of Drainage Services, "
            "Mr Owen Lai Chun-kit.")
    doc = _doc(body, headline="Flood control preparations stepped up")
    assert _names(find_officials(doc, None, [], None)) == ["Owen Lai Chun-kit"]


def test_a_qualified_numbered_meeting_counts_as_another_meeting():
    # the kinds of a body's own meetings (data/meeting_words.txt [meeting_qualifiers]) may stand
    # between the ordinal and "meeting": "the fourth trilateral meeting" is numbered 4
    body = ("Before the sixth plenary session, the three sides held the fourth trilateral meeting, "
            "which was chaired by the Director of Trade, Ms Hilda Fok.")
    assert find_chairs(_doc(body), _reported(6)) == ([], None)
    assert find_chairs(_doc(body), _reported(4))[1].name == "Hilda Fok"
    body = ("Before the sixth plenary session, the Group held its second extraordinary meeting, "
            "which was chaired by the Director of Trade, Ms Hilda Fok.")
    assert find_chairs(_doc(body), _reported(6)) == ([], None)


# --- round 11: a relative clause inside a list of two co-chairs; an event word inside the name of
# an organisation ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body, names", [
    ("The meeting was jointly chaired by the Commissioner for Transport, Ms Rosanna Lee Wai-kwan, who "
     "headed the Hong Kong side, and the Director of the Transport Bureau of Macao, Mr Lam Hou-san.",
     ["Rosanna Lee Wai-kwan", "Lam Hou-san"]),
    ("The fourth plenary session was co-chaired by Secretary for Education Mrs Olivia Kwan, who "
     "is also the Chairman of the Youth Council, and Guangxi Vice-Chairman Mr Huang Wen.",
     ["Olivia Kwan", "Huang Wen"]),
    ("The Joint Conference was co-hosted by the Director of Food, Dr Eric Pun (left), who led a "
     "12-member delegation, and the Deputy Director of Fujian's Market Bureau, Ms Xu Ying (right).",
     ["Eric Pun", "Xu Ying"]),
])
def test_co_chairs_past_a_relative_clause(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names
    assert chair is None
    # the second co-chair is no official for having "led a delegation" in the same sentence
    assert _officials(_doc(body)) == []


@pytest.mark.parametrize("body, co_chairs, chair", [
    # one chair only: a clause after him and a person later are no second chair
    ("The meeting was chaired by the Director of Audit, Mr Sam Ko, who welcomed new members, and "
     "the Deputy Director, Ms Tina Fu, briefed them.", [], "Sam Ko"),
    # a third person after a clause about the second starts a new clause
    ("The meeting was co-chaired by the Secretary for Transport, Mr Alan Fung, and the Vice Mayor of "
     "Foshan, Mr Gao Lin, who said the link would open in 2027, and the Director of Highways, "
     "Mr Peter Lo, briefed members.", ["Alan Fung", "Gao Lin"], None),
    # a clause with a person in it: no list runs through it (to him or past him)
    ("The meeting was co-chaired by the Secretary for Transport, Mr Alan Fung, who thanked Mr Ivan "
     "Choi for his work, and the Vice Mayor of Foshan, Mr Gao Lin.", ["Alan Fung"], None),
])
def test_relative_clause_does_not_lengthen_other_lists(body, co_chairs, chair):
    found, found_chair = find_chairs(_doc(body), None)
    assert _names(found) == co_chairs
    assert (found_chair.name if found_chair else None) == chair


@pytest.mark.parametrize("body, names", [
    # "Exhibition" inside "... Convention and Exhibition Industry Association": a body, no event
    ("The Secretary for Commerce, Mr Victor Lam, will co-chair the first meeting of the Joint Working "
     "Group in Xiamen on Friday.\nMembers of the delegation include the Deputy Secretary for Commerce, "
     "Ms Carol Pang Wing-sze; the Assistant Commissioner for Tourism, Mr Dick Lau Chi-man; and "
     "representatives of the Hong Kong Exhibition and Convention Industry Association.",
     ["Carol Pang Wing-sze", "Dick Lau Chi-man"]),
    ("The Tourism Liaison Group held its fifth meeting today.\nThe Chairman of the Reception Services "
     "Council, Mr Bosco Yim, also attended.", ["Bosco Yim"]),
])
def test_event_word_inside_an_organisation_name_is_no_event(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # capitalised events: a reception or a ceremony named in capitals is still one
    "The Tourism Liaison Group held its fifth meeting today.\nMr Chan later hosted the Spring Reception "
    "for consuls.\nThe Director of Marine, Ms Iris Hung, also attended.",
    "The Tourism Liaison Group held its fifth meeting today.\nMr Chan later officiated at the Food "
    "Exhibition Opening Ceremony.\nThe Director of Marine, Ms Iris Hung, also attended.",
    # a lower-case event word before capitals is an event whatever follows
    "The Tourism Liaison Group held its fifth meeting today.\nMr Chan later opened an exhibition "
    "Hong Kong Council members had set up.\nThe Director of Marine, Ms Iris Hung, also attended.",
])
def test_capitalised_events_are_still_events(body):
    assert _officials(_doc(body)) == []


# --- round 5 ----------------------------------------------------------------------------------
def _doc_lines(lead: str, cue: str, lines: list[str], after: str = "The two sides reviewed the work plan.") -> Document:
    """A release whose attendance list is set out one person a line after a cue ending in a colon."""
    listed = "\n".join("     " + line for line in lines)
    return Document(f"Joint working group meets\n\n     {lead}\n\n     {cue}\n\n{listed}\n\n     {after}\n\n"
                    "Ends/Monday, March 3, 2025\nIssued at HKT 18:00\n\nNNNN\n")


_LEAD5 = ("The fourth meeting of the Hong Kong/Huizhou Working Group on River Management was held "
          "in Huizhou today, co-chaired by the Director of Drainage Services, Mr Alan Tsui Ka-lok, and "
          "the Director of the Huizhou Municipal Water Bureau, Mr Gao Ming.")


@pytest.mark.parametrize("cue, lines, expected", [
    # "Name, Post, Office" a line: the post is all the text after the name
    ("Also in attendance were:",
     ["Ms Winnie Kwok Sau-ling, Chief Engineer (Drainage Projects), Drainage Services Department",
      "Mr Li Zhenhua, Deputy Director, Huizhou Municipal Ecology Bureau",
      "Dr Brian Mok, Senior Fisheries Officer, Agriculture, Fisheries and Conservation Department"],
     [("Winnie Kwok Sau-ling", "Chief Engineer (Drainage Projects), Drainage Services Department"),
      ("Li Zhenhua", "Deputy Director, Huizhou Municipal Ecology Bureau"),
      ("Brian Mok", "Senior Fisheries Officer, Agriculture, Fisheries and Conservation Department")]),
    # a team that "consisted of" the officials listed, a post alone after each name
    ("The Hong Kong team consisted of the following officials:",
     ["Mr Kevin Szeto Wai-hung, Permanent Secretary for Environment and Ecology",
      "Ms Rita Chow Mei-kuen, Government Chief Engineer"],
     [("Kevin Szeto Wai-hung", "Permanent Secretary for Environment and Ecology"),
      ("Rita Chow Mei-kuen", "Government Chief Engineer")]),
])
def test_one_person_a_line_with_post_after_name(cue, lines, expected):
    found = _officials(_doc_lines(_LEAD5, cue, lines))
    assert [(p.name, p.title) for p in found] == expected


@pytest.mark.parametrize("lines", [
    # the text after the name is a clause, not a post: no entry of a list
    ["Mr Kevin Szeto Wai-hung, who spoke on the works programme"],
    ["Mr Kevin Szeto Wai-hung, and several engineers of the Department"],
    # capitalised words with neither a post nor an office head
    ["Mr Kevin Szeto Wai-hung, Shenzhen River Project"],
])
def test_line_after_name_that_is_no_post_is_no_entry(lines):
    assert _officials(_doc_lines(_LEAD5, "Also in attendance were:", lines)) == []


def test_team_consisted_of_is_attendance_but_not_of_a_plan():
    body = (_LEAD5 + "\nThe Hong Kong team consisted of the Deputy Director of Drainage Services, Mr Eric Ngai "
            "Chi-wing, and the Chief Engineer, Ms Fiona Hui.")
    assert _names(_officials(_doc(body))) == ["Eric Ngai Chi-wing", "Fiona Hui"]
    # "consisted of" said of something else than a team or delegation attends nothing
    body = (_LEAD5 + "\nThe plan consisted of works proposed by the Director of Water Supplies, "
            "Mr Eric Ngai Chi-wing.")
    assert _officials(_doc(body)) == []


@pytest.mark.parametrize("body, names", [
    # "took part, led by X": the leader of those taking part attends
    (_LEAD5 + "\nOn the Huizhou side, officials from the Huizhou Municipal Ecology Bureau took part, led by "
     "Huizhou Municipal Ecology Bureau Deputy Director Tang Weiguo.", ["Tang Weiguo"]),
    # the side's leader "who will be accompanied by" officials is still its leader
    ("The fourth meeting of the Hong Kong/Huizhou Working Group will be held in Huizhou on Friday. It will "
     "be chaired by the Director of Drainage Services, Mr Alan Tsui Ka-lok.\nThe Huizhou side will be led by "
     "the Vice Mayor of Huizhou, Mr Qin Dongsheng, who will be accompanied by officials of the Huizhou "
     "Municipal Water Bureau.", ["Qin Dongsheng"]),
])
def test_leader_of_a_side_in_other_wordings(body, names):
    assert _names(_officials(_doc(body))) == names


def test_accompanied_person_without_a_cue_of_his_own_is_still_left_out():
    # no attendance cue before "who will be accompanied": the one accompanied is not taken from it
    body = ("The fourth meeting of the Hong Kong/Huizhou Working Group will be held in Huizhou on Friday.\n"
            "Mr Alan Tsui Ka-lok, who will be accompanied by the Chief Engineer, Ms Fiona Hui, will travel "
            "to Huizhou in the morning.")
    assert "Alan Tsui Ka-lok" not in _names(_officials(_doc(body)))


def test_office_abbreviation_closes_a_post_in_news_style():
    body = ("Secretary for Development Bella Chan and Huizhou Vice Mayor Qin Dongsheng presided over the "
            "fourth meeting of the working group.\nDeputy Secretary for Development Ivan Lau and Director "
            "of the HKETO Karen Fung were also present.")
    found = _officials(_doc(body))
    assert [(p.name, p.title) for p in found] == [("Ivan Lau", "Deputy Secretary for Development"),
                                                    ("Karen Fung", "Director of the HKETO")]


@pytest.mark.parametrize("body, names", [
    # "where he and <person> will chair": the pronoun is the person opening the sentence
    ("The Secretary for Housing, Mr Martin Leung Ka-chun, will leave for Nanning tomorrow (June 4), "
     "where he and the Vice Chairman of the Guangxi Zhuang Autonomous Region, Mr Qin Haolin, will chair "
     "the third meeting of the Hong Kong/Guangxi Housing Liaison Group.", ["Martin Leung Ka-chun", "Qin Haolin"]),
    ("Commissioner for Innovation Dr Ada Ho arrived in Xiamen this morning and she and the Vice Mayor of "
     "Xiamen, Ms Lin Qiuyue, co-chaired the second plenary session of the Technology Co-operation Panel.",
     ["Ada Ho", "Lin Qiuyue"]),
    ("The Director of Marine, Mr Felix Tsoi, said he and Macao's Director of Maritime Services, "
     "Mr Rui Sequeira, would chair the seventh meeting of the joint committee in June.",
     ["Felix Tsoi", "Rui Sequeira"]),
    # a sentence opening on the pronoun: the last person named before it
    ("The Secretary for Culture, Ms Helen Yau, will visit Chengdu next week.\nShe and the Vice Governor "
     "of Sichuan Province, Mr Deng Yong, will chair the fourth meeting of the Hong Kong/Sichuan "
     "Cultural Co-operation Conference.", ["Helen Yau", "Deng Yong"]),
    ("The Secretary for Labour, Mr Simon Fok, will depart for Changsha on Monday.\nHe will then travel to "
     "Zhuzhou, where he and the Vice Mayor of Zhuzhou, Mr Tan Liang, will chair the first meeting of the "
     "Employment Co-operation Group.", ["Simon Fok", "Tan Liang"]),
])
def test_pronoun_and_person_chair_together(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names
    assert chair is None
    assert [p.name for p in _officials(_doc(body))] == []


@pytest.mark.parametrize("body, co_chairs, chair", [
    # two people named before the pronoun: which one it means is not said
    ("The Secretary for Housing, Mr Martin Leung, and the Under Secretary, Mr Kelvin Chow, will leave for "
     "Nanning, where he and the Vice Chairman of Guangxi, Mr Qin Haolin, will chair the third meeting of "
     "the Liaison Group.", [], "Qin Haolin"),
    # the pronoun's sex is not the honorific's: someone else is meant
    ("The Director of Marine, Ms Fiona Tsoi, said he and Macao's Director of Maritime Services, "
     "Mr Rui Sequeira, would chair the seventh meeting of the joint committee.", [], "Rui Sequeira"),
    ("The Secretary for Culture, Mr Harold Yau, will visit Chengdu.\nShe and the Vice Governor of Sichuan "
     "Province, Mr Deng Yong, will chair the fourth meeting of the Cultural Co-operation Conference.",
     [], "Deng Yong"),
    # the person named first does not open the sentence: no subject for the pronoun
    ("After meeting the Secretary for Housing, Mr Martin Leung, the delegation said he and the Vice "
     "Chairman of Guangxi, Mr Qin Haolin, would chair the third meeting of the Liaison Group.",
     [], "Qin Haolin"),
    # "his deputy and": no pronoun subject (the one who will chair chairs alone)
    ("The Secretary for Housing, Mr Martin Leung, welcomed his deputy and the Vice Chairman of Guangxi, "
     "Mr Qin Haolin, who will chair the third meeting of the Liaison Group.", [], "Qin Haolin"),
])
def test_pronoun_and_person_without_a_clear_referent(body, co_chairs, chair):
    found, found_chair = find_chairs(_doc(body), None)
    assert _names(found) == co_chairs
    assert (found_chair.name if found_chair else None) == chair


def test_pronoun_and_person_on_a_long_input_stays_fast():
    body = "The Secretary, Mr Ken Wu, said he and the Mayor, Mr Li Bo, will chair the meeting. " * 12000
    start = time.perf_counter()
    find_chairs(_doc(body), None)
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize("body, names", [
    # the meeting led by two: they head it together (a clause on the body's standing co-chairs after)
    ("The meeting was led by the Secretary for Transport, Ms Olivia Kwan, and the Vice Governor of "
     "Hainan Province, Mr Feng Xiaodong, who have co-chaired the working group since 2019.",
     ["Olivia Kwan", "Feng Xiaodong"]),
    ("The third meeting of the Hong Kong/Fujian Tourism Liaison Group was jointly led by the Commissioner "
     "for Tourism, Mr Derek Lam, and the Director of the Fujian Provincial Tourism Bureau, Ms Ye Hong, "
     "who co-chair the group.", ["Derek Lam", "Ye Hong"]),
    ("The meeting will be led by Secretary for Housing Winnie Ho and Nanning Vice Mayor Qin Li, who "
     "co-chair the task force.", ["Winnie Ho", "Qin Li"]),
])
def test_meeting_led_by_two_makes_co_chairs(body, names):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == names
    assert chair is None


@pytest.mark.parametrize("body", [
    # a delegation led by two, or a discussion at the meeting: not the meeting's heads
    "The Hong Kong delegation to the meeting was led by the Secretary for Transport, Ms Olivia Kwan, and "
    "the Under Secretary, Mr Ben Tse, who co-chaired the working group last year.",
    "The discussion at the meeting was led by the Commissioner for Tourism, Mr Derek Lam, and the "
    "Director of the Fujian Provincial Tourism Bureau, Ms Ye Hong, who co-chair the group.",
    # one person who led the meeting: not said to chair it
    "The meeting was led by the Commissioner for Tourism, Mr Derek Lam, who co-chairs the group.",
])
def test_led_by_not_the_meeting_or_one_person_makes_no_co_chairs(body):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == []
    assert chair is None


def test_meeting_led_by_on_a_long_input_stays_fast():
    body = ("The meeting of the group of the council of the board of the panel was led by the team "
            "of the group, who co-chaired it. ") * 8000
    start = time.perf_counter()
    find_chairs(_doc(body), None)
    assert time.perf_counter() - start < 10


def test_convened_by_two_news_style_with_pinyin_family_name():
    body = ("The sixth Hong Kong/Foshan Co-operation Meeting was convened today by Secretary for Justice "
            "Paul Lam and Foshan Vice Mayor Ou Jianping in Foshan.")
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == ["Paul Lam", "Ou Jianping"]
    assert chair is None


# --- "X and Y were present.": present with nothing after it is attending -------------------------

@pytest.mark.parametrize("body, names", [
    # after a sentence listing departments (no meeting word of its own), the lead names the meeting
    ("The Shenzhen/Hong Kong Panel on River Ecology held its fourth meeting in Shenzhen today, chaired "
     "by the Secretary for Environment, Mr Patrick Yeung Kin-fai.\nOfficers of the Drainage Services "
     "Department and the Water Bureau of Shenzhen also took part. The Deputy Director of Drainage "
     "Services, Ms Cora Ip, and the Assistant Director of Water Supplies, Mr Hugo Tsui, were present.",
     ["Cora Ip", "Hugo Tsui"]),
    # one person, "also", and "at the meeting"
    ("The Joint Task Force on Ferry Services met in Macao today.\nThe Commissioner for Transport, "
     "Ms Ada Fung, was also present at the meeting.", ["Ada Fung"]),
    ("The Liaison Group on Tourism held its ninth meeting today.\nThe Permanent Secretary for "
     "Tourism, Mr Kelvin Shum, was present as well.", ["Kelvin Shum"]),
    # an announced meeting
    ("The Secretary for Labour, Mr Louis Ho, will chair the meeting of the Skills Council tomorrow.\n"
     "The Commissioner for Labour, Ms Rita Chow, will be present.", ["Rita Chow"]),
])
def test_officials_were_present(body, names):
    assert _names(_officials(_doc(body))) == names


@pytest.mark.parametrize("body", [
    # present at something else than the meeting
    "The Advisory Board on Coastal Parks held its meeting today.\nThe Director of Parks, Mr Owen Tam, "
    "was present at the signing ceremony in the afternoon.",
    "The Advisory Board on Coastal Parks held its meeting today.\nThe Director of Parks, Mr Owen Tam, "
    "and the District Officer, Ms Pia Lau, were present in the district during the typhoon.",
    # "present" as a verb: presenting something is no attendance
    "The Advisory Board on Coastal Parks held its meeting today.\nThe Director of Parks, Mr Owen Tam, "
    "will present the plan to the Legislative Council next month.",
    # present at a ceremony named just before
    "The Secretary for Culture, Mr Yuen Chi-kit, officiated at the opening ceremony of the museum "
    "today. The Director of Museums, Ms Wing Lo, was present.",
])
def test_no_officials_were_present(body):
    doc = _doc(body, headline="Officials out and about (with photos)")
    co_chairs, chair = find_chairs(doc, None)
    assert find_officials(doc, None, co_chairs, chair) == []


def test_were_present_takes_linear_time():
    body = ("The Panel held its meeting today.\nThe Director of X, Mr Ho Tin, " +
            "was also present at the big new " * 30000 + "meeting hall.")
    started = time.perf_counter()
    _officials(_doc(body))
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("body, co_names, chair_name", [
    # "Heading the meeting were X and Y": those who head the meeting co-chair it
    ("The sixth meeting of the Zhuhai-Hong Kong Expert Group on Ports took place in Zhuhai today. Heading "
     "the meeting were the Under Secretary for Transport, Miss Olivia Kwan Mei-ling, and the Vice-Mayor "
     "of Zhuhai Municipality, Mr Deng Haoran.", ["Olivia Kwan Mei-ling", "Deng Haoran"], None),
    ("The Committee held its plenary session yesterday. Heading this plenary were Dr Felix Chow Tsz-lun "
     "and Professor Lin Yue.", ["Felix Chow Tsz-lun", "Lin Yue"], None),
    # one person heading it is its chair
    ("The Advisory Panel on Harbour Fronts held its 12th meeting today. Heading the meeting was the "
     "Chairman of the Panel, Mr Victor Leung Chun-hei.", [], "Victor Leung Chun-hei"),
    # "presided over / chaired the meeting jointly with X": the two co-chair it
    ("The Hong Kong-Fujian Working Group on Trade met in Fuzhou today. The Under Secretary for Commerce, "
     "Mr Dominic Yau Kin-pong, led the Hong Kong delegation and presided over the meeting jointly with the "
     "Deputy Director of the Fujian Provincial Department of Commerce, Ms Gao Xiaoyan, who headed the "
     "Fujian delegation.", ["Dominic Yau Kin-pong", "Gao Xiaoyan"], None),
    ("Ms Carmen Sze Wing-yan chaired the third session jointly with Mr Peng Bo, Deputy Mayor of Foshan.",
     ["Carmen Sze Wing-yan", "Peng Bo"], None),
])
def test_heading_the_meeting_and_chaired_jointly_with(body, co_names, chair_name):
    co_chairs, chair = find_chairs(_doc(body), None)
    assert _names(co_chairs) == co_names and (chair.name if chair else None) == chair_name


@pytest.mark.parametrize("body", [
    # heading a delegation to the meeting chairs nothing
    "The Joint Conference met in Macao today. Heading the delegation to the meeting was Mr Ivan Lo Ka-ming.",
    "Heading the Guangdong delegation at the meeting were Mr Zhou Tao and Ms Xu Lan.",
    # "heading the meeting" in the middle of a sentence is no statement of who heads it
    "Mr Ivan Lo Ka-ming said the officials heading the meeting was a good sign for the Conference.",
    # "jointly with" after a meal or a ceremony, or a meeting held jointly with a body
    "Mr Ivan Lo Ka-ming hosted a dinner jointly with Ms Xu Lan after the meeting.",
])
def test_no_chairs_from_heading_a_delegation_or_jointly_with_no_meeting(body):
    assert find_chairs(_doc(body), None) == ([], None)
