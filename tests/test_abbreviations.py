"""Abbreviations a release defines: "Full Name (ABBR)"."""
import pytest

from hkparse.abbreviations import find_abbreviations


@pytest.mark.parametrize("text, abbr, full", [
    ("Staff of the Civil Engineering and Development Department (CEDD) reported.", "CEDD",
     "Civil Engineering and Development Department"),
    ("The Government of the Hong Kong Special Administrative Region (HKSAR) said.", "HKSAR",
     "Hong Kong Special Administrative Region"),
    ("the National Development and Reform Commission (NDRC) and others", "NDRC",
     "National Development and Reform Commission"),
    ("a meeting of the Commission on Poverty (CoP) today", "CoP", "Commission on Poverty"),
    ("the Belt and Road Initiative (B&RI) will", "B&RI", "Belt and Road Initiative"),
    ("staff of the Lands\u00a0Department\n(LandsD) visited", "LandsD", "Lands Department"),
    ('the Eastern District Office ("EDO") welcomed', "EDO", "Eastern District Office"),
    ("the Kowloon-Canton Rail Services Company Limited's (KCRSCL) plans", "KCRSCL",
     "Kowloon-Canton Rail Services Company Limited"),
    # short forms that are not the initials, and names with commas: known to the gazetteer
    ("The Development Bureau (DEVB) briefed members.", "DEVB", "Development Bureau"),
    ("a spokesman for the Culture, Sports and Tourism Bureau (CSTB) said", "CSTB",
     "Culture, Sports and Tourism Bureau"),
    ("officers of the Culture, Sports and\nTourism Bureau  (CSTB) attended", "CSTB",
     "Culture, Sports and Tourism Bureau"),
])
def test_defined(text, abbr, full):
    found = find_abbreviations(text)
    assert found[abbr][0] == full
    span = found[abbr][1]
    assert " ".join(text[span.start:span.end].split()) == full


@pytest.mark.parametrize("text", [
    "The figure (HK$3 billion) was approved.",
    "He said (in Cantonese) that the plan works.",
    "The office (ABC) opened.",  # no words before fit the letters
])
def test_not_defined(text):
    assert find_abbreviations(text) == {}


def test_first_definition_wins():
    text = "the Housing Department (HD) and later the Highways Department (HD)"
    assert find_abbreviations(text)["HD"][0] == "Housing Department"


@pytest.mark.parametrize("text, abbr, full", [
    # a Mainland place shortened to the initials of its syllables: "GD", "SZ", "ZH"
    ("the Director of the Guangdong Provincial Water Resources Department (GDWRD), Mr Li",
     "GDWRD", "Guangdong Provincial Water Resources Department"),
    ("staff of the Shenzhen Municipal Housing Bureau (SZMHB) said", "SZMHB",
     "Shenzhen Municipal Housing Bureau"),
    # ... with a qualifier left out ("Provincial" gives no letter)
    ("the Guangdong Provincial Public Security Department (GDPSD) said", "GDPSD",
     "Guangdong Provincial Public Security Department"),
    ("officers of the Zhuhai Ports Office (ZHPO) visited", "ZHPO", "Zhuhai Ports Office"),
])
def test_place_syllables(text, abbr, full):
    assert find_abbreviations(text)[abbr][0] == full


@pytest.mark.parametrize("text", [
    # only a place's word gives a second letter: "Planning" is no place
    "the Planning Housing Bureau (PLHB) said",
    # the letters of a place not written there give nothing; a place gives at most two
    "the Provincial Planning Bureau (GDPB) said",
    "the Guangdong Bureau (GDGB) said",
])
def test_place_syllables_not_defined(text):
    assert find_abbreviations(text) == {}
