"""Person mentions: post, honorific, name and post-nominals in both writing styles."""
from __future__ import annotations

import pytest

from hkparse.names import mentions_in, split_person


@pytest.mark.parametrize("text, title, honorific, name", [
    ("the Secretary for Housing, Ms Anna Poon, said", "Secretary for Housing", "Ms", "Anna Poon"),
    ("The Secretary for Trade, Industry and Tourism, Professor Ho Man-kit, said",
     "Secretary for Trade, Industry and Tourism", "Professor", "Ho Man-kit"),
    ("Vice Mayor of the Zhuhai Municipal People's Government Mr Zhou Jianhua spoke",
     "Vice Mayor of the Zhuhai Municipal People's Government", "Mr", "Zhou Jianhua"),
    ("Secretary for Labour & Welfare Grace Tse said", "Secretary for Labour & Welfare", None, "Grace Tse"),
    ("Zhuhai Vice Mayor Deng Weiming arrived", "Zhuhai Vice Mayor", None, "Deng Weiming"),
    ("Chief Secretary Peter Yeung arrived", "Chief Secretary", None, "Peter Yeung"),
    ("the Secretary for Justice, Mr Alan Kwok, SC, said", "Secretary for Justice", "Mr", "Alan Kwok"),
    ("the Director of Planning, Ms Iris Lo Wai-chun, JP, said", "Director of Planning", "Ms", "Iris Lo Wai-chun"),
    ("Dr the Hon Kelvin HO Ka-lok, SBS, JP", None, "Dr the Hon", "Kelvin HO Ka-lok"),
    ("The Hon Mrs Mary TO Wai-lan", None, "The Hon Mrs", "Mary TO Wai-lan"),
    ("Chief Executive KM Leung said", "Chief Executive", None, "KM Leung"),
    ("Financial Secretary, Mr Tony K Chan, said", "Financial Secretary", "Mr", "Tony K Chan"),
    ("the Secretary for Commerce\u00a0and Economic Development, Mr Ben Wu", "Secretary for Commerce\u00a0and Economic Development", "Mr", "Ben Wu"),
    ("the Permanent Secretary for Security, Mr. Ray Choi, said", "Permanent Secretary for Security", "Mr.", "Ray Choi"),
])
def test_split_person(text, title, honorific, name):
    assert split_person(text) == (title, honorific, name)


@pytest.mark.parametrize("text", [
    "The Secretary for Development said the plan would proceed.",  # a post with no name
    "District Matters Co-ordination Task Force meets",  # a hyphenated word is no given name
    "the Joint Task Force on the Development of the Hong Kong Park",
    "Secretary for Innovation & Technology Park Development Plan",
])
def test_no_person(text):
    assert mentions_in(text, 0, len(text)) == []


def test_offsets_index_original_text():
    text = "  The Secretary for Security,\r\nMr Tony\u00a0Wong, said."
    (m,) = mentions_in(text, 0, len(text))
    assert text[m.start:m.end] == "Secretary for Security,\r\nMr Tony\u00a0Wong"
    assert m.name == "Tony\u00a0Wong"


def test_two_styles_in_one_list():
    text = ("The Secretary for Trade, Professor Ho Man-kit, and Zhuhai Vice Mayor Deng Weiming "
            "co-chaired the meeting.")
    got = [(m.title, m.name) for m in mentions_in(text, 0, len(text))]
    assert got == [("Secretary for Trade", "Ho Man-kit"), ("Zhuhai Vice Mayor", "Deng Weiming")]


def test_linear_on_long_input():
    import time
    text = "the Secretary for the Secretary for " * 30000
    t = time.perf_counter()
    mentions_in(text, 0, len(text))
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize("text, title, honorific, name", [
    # a bracketed part inside a post
    ("the Permanent Secretary for Development (Planning and Lands), Mr Ben Wu, said",
     "Permanent Secretary for Development (Planning and Lands)", "Mr", "Ben Wu"),
    ("the Under Secretary for Security (Acting), Mr Ray Choi, said", "Under Secretary for Security (Acting)",
     "Mr", "Ray Choi"),
    ("the Director of Lands (Designate), Ms Iris Lo Wai-chun, said", "Director of Lands (Designate)", "Ms",
     "Iris Lo Wai-chun"),
    # news style: a known office tells where the post ends
    ("Director of Food & Environmental Hygiene Vivian Kwok said", "Director of Food & Environmental Hygiene",
     None, "Vivian Kwok"),
    ("Director of Water Supplies Ringo Mok Kin-ip said", "Director of Water Supplies", None, "Ringo Mok Kin-ip"),
    ("Director of Audit John Chu Wai-man said", "Director of Audit", None, "John Chu Wai-man"),
    ("Director of Agriculture, Fisheries & Conservation Dr Leung Siu-fai said",
     "Director of Agriculture, Fisheries & Conservation", "Dr", "Leung Siu-fai"),
    ("Secretary for Security John Lee Ka-chiu said", "Secretary for Security", None, "John Lee Ka-chiu"),
])
def test_split_person_round_two(text, title, honorific, name):
    assert split_person(text) == (title, honorific, name)


@pytest.mark.parametrize("text", [
    "the Director of Food & Environmental Hygiene said the market would reopen.",  # a post, no name
    "Director of Water Supplies Department Plan",  # an office, no person
    "(left) and (right) (Planning and Lands)",
])
def test_no_person_round_two(text):
    assert mentions_in(text, 0, len(text)) == []


@pytest.mark.parametrize("text, name", [
    ("Venue: 15/F, Harbour Government Offices\n\nPresent\nMr Ho Siu-fai", "Ho Siu-fai"),
    ("In Attendance\nMs Iris Lo", "Iris Lo"),
    ("Harbour Government Offices\n\nMr Ho Siu-fai", "Ho Siu-fai"),
])
def test_post_stops_at_blank_lines_and_headings(text, name):
    (m,) = mentions_in(text, 0, len(text))
    assert m.name == name and m.title is None


def test_linear_on_brackets_and_offices():
    import time
    for junk in ("Director of (Planning and Lands) " * 30000, "Director of Food & " * 30000,
                 "Secretary for Food Hygiene (" * 30000):
        t = time.perf_counter()
        mentions_in(junk, 0, len(junk))
        assert time.perf_counter() - t < 5


@pytest.mark.parametrize("text, title, honorific, name", [
    # the post written after the name
    ("co-chaired by Mr Ben Wu Ka-ming, HKTC Chairperson, and", "HKTC Chairperson", "Mr", "Ben Wu Ka-ming"),
    ("Mr Lin Hao, THEC Chairman. The meeting", "THEC Chairman", "Mr", "Lin Hao"),
    ("Mr Ben Wu, Chairman of the Town Planning Board, said", "Chairman of the Town Planning Board", "Mr", "Ben Wu"),
    ("chaired by Lee Ka-ming, the Committee's Chairman, and", "Committee's Chairman", None, "Lee Ka-ming"),
    ("; and Ho Man-kit, the Council\u2019s Hong Kong Chair and Secretary for Trade of the Hong Kong Special "
     "Administrative Region (HKSAR), attended", "Council\u2019s Hong Kong Chair and Secretary for Trade of the "
     "Hong Kong Special Administrative Region", None, "Ho Man-kit"),
    # ... but not a post that belongs to the next person, nor one that runs into a name
    ("Mr Ben Wu, the Secretary for Development, Mr Ray Choi, said", None, "Mr", "Ben Wu"),
    ("Mr Ben Wu, Chairman of the Board Lee Ka-ming said", None, "Mr", "Ben Wu"),
    ("Mr Ben Wu, Hong Kong Park, said", None, "Mr", "Ben Wu"),
])
def test_post_after_name(text, title, honorific, name):
    assert split_person(text) == (title, honorific, name)


@pytest.mark.parametrize("text", [
    "in Wong Tai Sin, the District Council Chairman said",  # a place, not a person
    "Lee Ka-ming, Hong Kong, said",  # no post after the name
])
def test_no_bare_name_without_post(text):
    assert mentions_in(text, 0, len(text)) == []


@pytest.mark.parametrize("text, title, honorific, name", [
    # a bracketed part of a post that itself holds commas
    ("the Permanent Secretary for Trade and Industry (Commerce, Industry and Tourism), Ms Joan Lee, said",
     "Permanent Secretary for Trade and Industry (Commerce, Industry and Tourism)", "Ms", "Joan Lee"),
    ("the Deputy Secretary for Finance (Treasury, Budget, Tax and Revenue), Mr Ho Kin-wah, said",
     "Deputy Secretary for Finance (Treasury, Budget, Tax and Revenue)", "Mr", "Ho Kin-wah"),
])
def test_bracketed_post_with_commas(text, title, honorific, name):
    assert split_person(text) == (title, honorific, name)


def test_no_bracket_walk_over_prose():
    # a bracket of lower-case prose is no part of a post
    text = "the meeting (which was held in the morning, as planned), Mr Ho Kin-wah said"
    found = mentions_in(text, 0, len(text))
    assert [m.name for m in found] == ["Ho Kin-wah"] and found[0].title is None


@pytest.mark.parametrize("text, title", [
    ("the Vice-Governor of Hubei Province this Monday.", "Vice-Governor of Hubei Province"),
    ("a Deputy Director-General of the Guangdong Provincial Department of Transport.",
     "Deputy Director-General of the Guangdong Provincial Department of Transport"),
    ("Guangxi's Executive Vice-Governor in Nanning.", "Executive Vice-Governor"),
    ("the Chief Secretary for Administration held its meeting", "Chief Secretary for Administration"),
    # not a post named alone: a name may follow, an organisation, a post going on in unknown words
    ("the Vice-Governor of Hubei Province, Mr Wang Li.", None),
    ("the Vice Mayor Wang Li.", None),
    ("the Guangdong Provincial Department of Transport.", None),
    ("the Director of Qinghai Water Affairs.", None),
    ("the Mayor's representatives.", None),
    ("officials of the Bureau.", None),
    ("Vice-Governor Wang Li.", None),
    # an office after "of" in words not known as posts, closed by an organisation's head word
    ("the Director-General of the Coastal Survey Mapping Bureau of the National Ocean Administration "
     "will attend", "Director-General of the Coastal Survey Mapping Bureau of the National Ocean Administration"),
    ("the Deputy Director of the Harbour Pilots Centre.", "Deputy Director of the Harbour Pilots Centre"),
    # the unknown words must end in such a head: a name, a place or a topic is no office
    ("the Director of the Coastal Survey Mapping Zhang Wei.", None),
    ("the Director of the Bureau Zhang Wei will attend", None),
    ("the Director of Coastal Survey Mapping will attend", None),
])
def test_post_only_at(text, title):
    from hkparse.names import post_only_at
    found = post_only_at(text, 0, len(text))
    assert (found.title if found else None) == title
    if found:
        assert found.name is None and text[found.start:found.end] == found.title


@pytest.mark.parametrize("text, title, name", [
    # news style: a bracketed part of a post, then the name with no comma
    ("Permanent Secretary for Education (Curriculum) Olivia Lee said", "Permanent Secretary for Education (Curriculum)",
     "Olivia Lee"),
    ("Under Secretary for Justice (Acting) Chan Kin-fung attended", "Under Secretary for Justice (Acting)",
     "Chan Kin-fung"),
])
def test_news_style_post_with_bracket(text, title, name):
    found = mentions_in(text, 0, len(text))
    assert [(m.title, m.name) for m in found] == [(title, name)]


@pytest.mark.parametrize("text", [
    # an abbreviation in brackets names an office, not a part of a post
    "the Hong Kong Productivity Council (HKPC) Wong Siu-ming",
    # a bracket of lower-case words
    "the Secretary for Trade (as announced) Wong Siu-ming",
])
def test_no_news_style_name_after_other_brackets(text):
    assert [m.name for m in mentions_in(text, 0, len(text)) if m.title] == []


@pytest.mark.parametrize("text, title, name", [
    # family names in their Macao spellings, written without an honorific after the post
    ("Director of the Macao Cultural Bureau Anna Sou said", "Director of the Macao Cultural Bureau", "Anna Sou"),
    ("Macao Commissioner for Audit Kuok Sio Peng said", "Macao Commissioner for Audit", "Kuok Sio Peng"),
    ("Director of Marine Services Peter Cheang said", "Director of Marine Services", "Peter Cheang"),
])
def test_macao_spelt_family_names(text, title, name):
    assert split_person(text) == (title, None, name)


def test_macao_spelling_needs_a_post_and_a_name():
    # "Lao" alone after a post is no person ("Lao PDR" is a country)
    text = "the Minister of Trade of Lao PDR said"
    assert [m.name for m in mentions_in(text, 0, len(text))] == []


@pytest.mark.parametrize("text", [
    # words of an organisation's name after "of": a name-like run that goes on into office words
    "officials of the Bureau of Justice and the Authority of Nansha Guangzhou-Hong Kong Modern Service "
    "Industry Zone attended.",
    "staff of the Authority of Hengqin Guangdong-Macao Chan Kee Trade Centre took part.",
])
def test_no_person_inside_an_organisation_name(text):
    assert [m.name for m in mentions_in(text, 0, len(text))] == []


@pytest.mark.parametrize("text, name", [
    # a news-style name closed by a post-nominal, punctuation or a small word is still read
    ("Director of Marine Kenneth Lau Wai-kin JP attended.", "Kenneth Lau Wai-kin"),
    ("Zhuhai Vice Mayor Tang Weiguo and others attended.", "Tang Weiguo"),
])
def test_news_style_name_closed_after_it(text, name):
    assert name in [m.name for m in mentions_in(text, 0, len(text))]


@pytest.mark.parametrize("text, title, name", [
    # "Heritage" is a portfolio word (the Commissioner for Heritage): the name starts after it
    ("as well as the Commissioner for Heritage Sandra Yip attended.", "Commissioner for Heritage", "Sandra Yip"),
    ("Commissioner for Heritage Lam Ka-yan JP spoke.", "Commissioner for Heritage", "Lam Ka-yan"),
])
def test_news_style_name_after_heritage_post(text, title, name):
    assert [(m.title, m.name) for m in mentions_in(text, 0, len(text))] == [(title, name)]


# --- round 8: a lower-case qualifier that opens a post ("the non-official Co-Chairman") ---------
@pytest.mark.parametrize("text, title, name", [
    ("and the non-official Co-Chairman of the Council, Dr Winnie Kwok Sze-man, JP, said",
     "non-official Co-Chairman of the Council", "Winnie Kwok Sze-man"),
    ("the Board's non-official Chairman, Mr Dennis Yuen, spoke", "Board's non-official Chairman", "Dennis Yuen"),
])
def test_lower_case_qualifier_opens_a_post(text, title, name):
    ms = mentions_in(text, 0, len(text))
    assert [(m.title, m.name) for m in ms] == [(title, name)]
    assert text[ms[0].start:ms[0].start + len("non-official")] == "non-official" or "'s" in title


@pytest.mark.parametrize("text", [
    # the qualifier before a plain noun is no post, and the word alone is none
    "The non-official members, Mr Gary Fok and Ms Iris Lui, spoke.",
    "a non-official, Mr Gary Fok, spoke",
])
def test_lower_case_qualifier_alone_is_no_post(text):
    assert all(m.title is None for m in mentions_in(text, 0, len(text)))


@pytest.mark.parametrize("text, title, honorific, name", [
    # "Madam" before a name is an honorific, never part of it
    ("the Vice-Governor of Hainan Province, Madam Zhou Lijuan, said", "Vice-Governor of Hainan Province",
     "Madam", "Zhou Lijuan"),
    ("the Director of Audit, Madam Chan Mei-ling, said", "Director of Audit", "Madam", "Chan Mei-ling"),
])
def test_madam_is_an_honorific(text, title, honorific, name):
    assert split_person(text) == (title, honorific, name)


@pytest.mark.parametrize("text", ["Madam President, Honourable Members,", "Madam Speaker, I move that",
                                  "Madam Chairman, colleagues,"])
def test_madam_before_a_post_is_an_address_no_person(text):
    assert mentions_in(text, 0, len(text)) == []


# --- round 5 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # name words that end in an organisation's head word name a body, even with a surname in them
    "officials of the Guangdong Provincial Marine Law Enforcement Corps, the Bureau",
    "the Director of the Kwun Tong Lee Centre, and others",
    "representatives of the Fisheries Law Enforcement Corps and the Police",
])
def test_name_words_ending_in_organisation_head_are_no_person(text):
    assert [m.name for m in mentions_in(text, 0, len(text))] == []


@pytest.mark.parametrize("text, title, name", [
    ("Director of the HKETO Karen Fung said", "Director of the HKETO", "Karen Fung"),
    ("the Commissioner of ICAC Wong Siu-ming said", "Commissioner of ICAC", "Wong Siu-ming"),
    # an honorific still reads as before
    ("Director of Fisheries Mr Law Ka-ming spoke", "Director of Fisheries", "Law Ka-ming"),
])
def test_office_abbreviation_closes_news_style_post(text, title, name):
    found = mentions_in(text, 0, len(text))
    assert [(m.title, m.name) for m in found] == [(title, name)]


@pytest.mark.parametrize("text", [
    # an abbreviation not right after "<post> of|for [the]" is no office of a post
    "the HKETO Karen Fung said",
    "Director of the Shenzhen HKETO Karen Fung said",
])
def test_abbreviation_without_a_post_before_it_gives_no_person(text):
    assert [m.name for m in mentions_in(text, 0, len(text)) if m.name == "Karen Fung" and m.title] == []


def test_a_pronoun_and_before_a_post_is_no_part_of_it():
    text = "She and the Vice Governor of Hunan Province, Mr Wu Gang, will attend."
    (m,) = mentions_in(text, 0, len(text))
    assert (m.name, m.title) == ("Wu Gang", "Vice Governor of Hunan Province")
    text = "He and the Deputy Director of Water Supplies, Ms Kit Lam, met the press."
    (m,) = mentions_in(text, 0, len(text))
    assert (m.name, m.title) == ("Kit Lam", "Deputy Director of Water Supplies")


def test_the_surname_he_is_still_a_name():
    text = "The Vice Mayor of Foshan, Mr He Jianping, and the Director of Planning, Ms Iris Ng, spoke."
    assert [m.name for m in mentions_in(text, 0, len(text))] == ["He Jianping", "Iris Ng"]
    text = "Vice Mayor He Jianping and Director of Planning Iris Ng spoke."
    assert [m.name for m in mentions_in(text, 0, len(text))] == ["He Jianping", "Iris Ng"]


@pytest.mark.parametrize("text, title, name", [
    # news style: family names of Mainland officials written in Pinyin (Ou, Dai, Zhuang ...)
    ("by Secretary for Justice Paul Lam and Foshan Vice Mayor Ou Jianping in Foshan.", "Foshan Vice Mayor",
     "Ou Jianping"),
    ("and Hainan Vice Governor Dai Xiaoming said", "Hainan Vice Governor", "Dai Xiaoming"),
    ("and Xiamen Vice Mayor Zhuang Rongliang said", "Xiamen Vice Mayor", "Zhuang Rongliang"),
])
def test_news_style_pinyin_family_names(text, title, name):
    found = [(m.title, m.name) for m in mentions_in(text, 0, len(text))]
    assert (title, name) in found


@pytest.mark.parametrize("text", [
    "and Guangzhou Vice Mayor Office Plan in Guangzhou.",  # no family name: no person
    "and Foshan Deputy Director Report said",
])
def test_news_style_post_without_family_name_is_no_person(text):
    assert [m.name for m in mentions_in(text, 0, len(text)) if m.name] == []
