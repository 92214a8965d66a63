"""side_of: the delegation a clause speaks for."""
import pytest

from hkparse.document import Document
from hkparse.sides import SIDE_AFTER, possessive_place, side_at, side_name, side_of


@pytest.mark.parametrize("clause, side", [
    ("Other officials from the Hong Kong side attending the meeting included", "Hong Kong"),
    ("Officials from Guangzhou Municipality included representatives of", "Guangzhou"),
    ("Officials from Shenzhen Municipality included", "Shenzhen"),
    ("attended the forum with Mainland officials led by her, including", "Mainland"),
    ("led HKSAR Government officials to attend the session", "Hong Kong"),
    ("Other Hong Kong Special Administrative Region Government officials present included", "Hong Kong"),
    ("Other Hong Kong\u00a0SAR Government\nofficials present included", "Hong Kong"),
    ("welcomed the Shenzhen Municipal People\u2019s Government leaders as well as", "Shenzhen"),
    ("the delegation of the Guangdong Provincial Government", "Guangdong"),
    ("the Macao side was represented by", "Macao"),
    ("Mainland officials; Hong Kong officials attending included", "Hong Kong"),  # nearest wins
])
def test_side_of(clause, side):
    assert side_of(clause) == side


@pytest.mark.parametrize("clause", [
    "representatives of the Hong Kong Monetary Authority",
    "the Hong Kong Trade Development Council",
    "The meeting discussed cross-boundary traffic.",
    "",
])
def test_no_side(clause):
    assert side_of(clause) is None


def test_side_of_window():
    text = "Mainland officials came. Then representatives of the Trade Bureau"
    assert side_of(text, 25) is None
    assert side_of(text, 0, 24) == "Mainland"


def test_side_at_follows_pronoun_sentence():
    text = ("Heading\n\n     The Secretary led HKSAR Government officials to attend the meeting. "
            "They included representatives from the Lands Department.")
    doc = Document(text)
    pos = text.index("Lands")
    assert side_at(doc, pos) == "Hong Kong"


@pytest.mark.parametrize("after, side", [
    (" on the Hong Kong side, and", "Hong Kong"),
    (" in the meeting on the Macao side.", "Macao"),
    ("\non the\u00a0Shenzhen side", "Shenzhen"),
])
def test_side_after(after, side):
    m = SIDE_AFTER.match(after)
    assert m is not None and side_name(m.group("place")) == side


@pytest.mark.parametrize("after", [
    " on the Hong Kong Monetary Authority's side project",
    " in the joint operation",
    "on the Hong Kong side",  # must follow the list it labels, after a space
])
def test_no_side_after(after):
    assert SIDE_AFTER.match(after) is None


@pytest.mark.parametrize("clause, side", [
    # the lead words ("officials from the") are found before the place, however far away
    ("officials from" + " " * 150 + "Shenzhen Municipality", "Shenzhen"),
    ("officials from" + " " * 150 + "the Shenzhen Municipality", "Shenzhen"),
    ("OFFICIALS from Shenzhen Municipality", "Shenzhen"),  # the lead word in any case
    ("Shenzhen Municipality", None),  # no lead: "Municipality" is no side phrase
    # a phrase takes the words it matched: "officials" is not read again as a lead
    ("Shenzhen Municipal Government officials from Guangzhou attended", "Shenzhen"),
    # places outside any phrase are passed over, the last phrase wins
    ("in Hong Kong, the Mainland Affairs unit and the Shenzhen side", "Shenzhen"),
    ("delegation of\n  the Guangdong Province, and the Macao side", "Macao"),
    ("(Hong Kong side)", "Hong Kong"),
    ("the HongKong side", None),
])
def test_side_of_lead_words_and_places(clause, side):
    assert side_of(clause) == side


@pytest.mark.parametrize("clause, side", [
    # a place opening the sentence, set off by a comma, names the side of what follows
    ("From Zhuhai, the meeting was attended by", "Zhuhai"),
    ("For Shanghai, representatives of", "Shanghai"),
    ("From Macao SAR Government, officials of", "Macao"),
    # not without the comma, nor "from" inside a sentence, nor a route
    ("From Zhuhai Port, the", None),
    ("visitors from Zhuhai, the", None),
    ("From Macao to Zhuhai, the", None),
])
def test_side_of_place_opening_the_sentence(clause, side):
    assert side_of(clause) == side


def test_possessive_place():
    text = "Officials from Macao\u2019s Sports Bureau attended"
    start = text.index("Macao")
    assert possessive_place(text, start, len(text)) == (text.index("Sports"), "Macao")
    assert possessive_place("People's Bank of China", 0, 22) is None


@pytest.mark.parametrize("text, place", [
    ("the Hong Kong side included the ", "Hong Kong"),
    (" Macao delegation will include ", "Macao"),
    ("Zhuhai also included ", "Zhuhai"),
    ("the Hong Kong Trade Development Council included ", None),  # a body, not a place
    ("Macao visited ", None),
])
def test_side_group_included(text, place):
    from hkparse.sides import SIDE_GROUP_INCLUDED
    m = SIDE_GROUP_INCLUDED.match(text)
    assert (side_name(m.group("place")) if m else None) == place


@pytest.mark.parametrize("text, place", [
    ("Hong Kong was ", "Hong Kong"),
    ("The Shenzhen side was also ", "Shenzhen"),
    ("Macao will be ", "Macao"),
    ("Hong Kong Tourism Board was ", None),
    ("Hong Kong was warmly ", None),
])
def test_place_represented(text, place):
    from hkparse.sides import PLACE_REPRESENTED
    m = PLACE_REPRESENTED.match(text)
    assert (side_name(m.group("place")) if m else None) == place


@pytest.mark.parametrize("text, matched", [
    ("From Shenzhen, ", True), ("On the Mainland side, ", True), ("For Macao, ", True),
    ("From Shenzhen Bay, ", False), ("From the Shenzhen Municipal Government, ", False),
])
def test_side_opener(text, matched):
    from hkparse.sides import SIDE_OPENER
    assert (SIDE_OPENER.match(text) is not None) == matched


def test_possessive_place_names_the_delegation_round10():
    from hkparse.sides import side_of
    assert side_of("Zhuhai's delegation comprised officials of") == "Zhuhai"
    assert side_of("Macao\u2019s side was represented by") == "Macao"
    # a possessive before anything but a delegation word names no side
    assert side_of("Macao's tourism sector grew") is None


@pytest.mark.parametrize("clause, side", [
    # the other provinces and cities that meet Hong Kong
    ("On the Shaanxi side, officials of", "Shaanxi"),
    ("the delegation of the Anhui Provincial Government", "Anhui"),
    ("Officials from Xiamen Municipality included", "Xiamen"),
    ("the Inner Mongolia side was represented by", "Inner Mongolia"),
])
def test_side_of_more_places(clause, side):
    assert side_of(clause) == side


@pytest.mark.parametrize("name, side", [
    ("Foreign Affairs Office of the Xiamen Municipal People's Government", "Xiamen"),
    ("Hong Kong & Macao Affairs Office of the Yunnan Provincial People's Government", "Yunnan"),
    ("Foreign Affairs Office of the Hunan Provincial Government", "Hunan"),
    ("Department of Commerce of Shandong Province", "Shandong"),
    # no place at the end, or none before "Government"
    ("Liaison Office of the Central People's Government in the HKSAR", None),
    ("Office of the Government Chief Information Officer", None),
])
def test_own_place_side_with_government(name, side):
    from hkparse.sides import own_place_side
    assert own_place_side(name) == side


@pytest.mark.parametrize("clause, side", [
    # "Joining <person> from <place> were <group>": the inverted subject's place
    ("Joining Mr Ho from Macao were officials", "Macao"),
    ("Joining the Secretary from Hong Kong were also representatives", "Hong Kong"),
    ("Joining Dr Wu from Shenzhen were ", "Shenzhen"),  # the clause ends at the cue
])
def test_side_of_inverted_from(clause, side):
    assert side_of(clause) == side


@pytest.mark.parametrize("clause", [
    "Tourists from Macao were welcomed by",
    "Exports from Guangdong were up by",
    "Joining Mr Ho from Macao was the Director",
])
def test_no_side_of_inverted_from(clause):
    assert side_of(clause) is None


def test_mainland_affairs_is_no_mainland_side_round17():
    assert side_of("the Secretary for Constitutional and Mainland Affairs, Mr Lee, joined by") is None
    assert side_of("the Mainland officials attending included") == "Mainland"


def test_more_cities_as_side_places_round17():
    assert side_of("Officials from the Kunming side included") == "Kunming"
    assert side_of("the Shantou Municipal People's Government delegation") == "Shantou"
