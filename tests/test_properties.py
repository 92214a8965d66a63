"""Properties over any input: parse never raises, evidence always points at its own text, the record
always fits the schema; reading and HTML extraction never fail other than by refusing."""
from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hkparse import parse
from hkparse.reading import InputError, decode, html_to_text
from hkparse.schema import record_schema
from support import evidence_nodes

VALIDATOR = jsonschema.Draft202012Validator(record_schema())
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces in the genre, so that random texts reach deep into the extractors.
FRAGMENTS = [
    "the Secretary for ", "; the ", "Development", ", Mr Tony Ip,", " and ", "co-chaired ",
    "chaired ", "the 11th meeting of the ", "Joint Task Force", " today (August 30)", ".",
    " about 1 200 square metres", " of gross floor area", "1.5 million sq ft", " (CEDD)",
    "Representatives from the Planning Department attended.", "Ends/Friday, August 30, 2024",
    "Issued at HKT 18:30", "NNNN", "\r\n", "\n", "\r", "     ", "\u00a0", "\u3000", "\u2019",
    "\u201c", "\u201d", "&", "Hong Kong-Shenzhen", "Professor ", "Vice Mayor", "(", ")", ",",
    "Twentieth Plenary", " on February 23", " 2023", "\ufeff", "\u6df1\u5733", "No. 5",
]

genre_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                      max_size=60).map("".join)
long_runs = st.builds(lambda piece, n, tail: piece * n + tail,
                      st.sampled_from(["the Secretary for ", "; the ", "co-chaired the ",
                                       "Mr ", "the 1st meeting of the ", "square metres "]),
                      st.integers(0, 3000), genre_text)
any_text = st.one_of(st.text(max_size=400), genre_text, long_runs)


@SETTINGS
@given(any_text, st.one_of(st.none(), st.integers(1990, 2100)))
def test_parse_never_raises_and_evidence_holds(text: str, year) -> None:
    record = parse(text, year=year, source="P2024083000123.txt").to_dict()
    for evidence in evidence_nodes(record):
        assert 0 <= evidence["start"] <= evidence["end"] <= len(text)
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    VALIDATOR.validate(record)


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_only_ever_refuses(data: bytes) -> None:
    try:
        decoded = decode(data)
    except InputError as exc:
        assert exc.code in ("binary", "undecodable")
    else:
        assert isinstance(decoded.text, str)


markup = st.lists(st.one_of(
    st.sampled_from(["<br>", "<br/>", "<p>", "</p>", "<div>", "</div>", '<div id="PRHeadline">',
                     '<span id="pressrelease">', "</span>", "&nbsp;", "&amp;", "&#8217;", "<script>",
                     "</script>", "<nav>", "</nav>", "<pre>", "</pre>", "<td>", "<!--", "-->",
                     "Ends/Friday, August 30, 2024", "\r\n", "<", ">", "&"]),
    st.text(max_size=10)), max_size=50).map("".join)


@SETTINGS
@given(markup)
def test_html_to_text_never_raises(page: str) -> None:
    text, found = html_to_text(page)
    assert isinstance(text, str) and isinstance(found, bool)
    assert "\u00a0" not in text
