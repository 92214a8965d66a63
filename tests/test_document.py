import pytest

from hkparse.document import Document, is_chrome

RELEASE = (
    "Go to main content\n"
    "Committee on Harbourfront holds 5th meeting (with photo)\n"
    "*****************************\n\n"
    "     The Secretary for Development, Mr Lam Chi-ming, chaired the fifth meeting of the "
    "Committee on Harbourfront today (May 3). Mr Lam said the plan was on track.\n\n"
    "     Members discussed the Kai Tak waterfront.\n\n"
    "Ends/Friday, May 3, 2024\nIssued at HKT 18:30\n\nNNNN\n"
)


def test_title_skips_page_furniture():
    assert Document(RELEASE).title == "Committee on Harbourfront holds 5th meeting (with photo)"


def test_lead_is_first_prose_paragraph():
    doc = Document(RELEASE)
    assert doc.lead.of(RELEASE).startswith("The Secretary for Development, Mr Lam")


def test_sentences_do_not_break_after_honorific():
    doc = Document(RELEASE)
    texts = [s.of(RELEASE) for s in doc.sentences_in(doc.lead)]
    assert len(texts) == 2
    assert texts[1] == "Mr Lam said the plan was on track."


def test_crlf_and_lone_cr_end_lines():
    doc = Document("Headline here\r\n\r\n     Body text of the release that is long enough to be prose.\rMore")
    assert doc.title == "Headline here"
    assert [line.of(doc.text) for line in doc.lines][-1] == "More"


def test_news_dateline_is_not_the_headline():
    text = " date 2024-03-12 Secretary for Development Lam Chi-ming today chaired the meeting.\n\nMore text."
    doc = Document(text)
    assert doc.title is None
    assert doc.lead.of(text).startswith("Secretary for Development Lam")


def test_headline_is_the_line_above_the_rule_of_asterisks():
    text = ("Please use a Javascript-enabled browser.\nEmail this article\n"
            "Harbourfront Commission meets (with photo)\n********\n\n     The Commission met today (May 3) and "
            "discussed the waterfront plans for the coming year in some detail.\n")
    assert Document(text).title == "Harbourfront Commission meets (with photo)"


BUREAU_SITE_COPY = (
    "Skip to main content\n"
    "Water Supplies Bureau\n"
    "Home | About Us | News | Publications | Contact Us\n"
    "Latest: Notes of the 14th meeting (PDF, 180KB)\n"
    "Home > News > 2019\n"
    "Print this page\n\n"
    "Water Resources Committee holds 15th meeting\n\n"
    "     The Water Resources Committee held its 15th meeting today (May 3) and discussed the "
    "plans for the coming year.\n\n"
    "Back to top\n"
)


def test_a_site_name_above_its_menus_is_not_the_headline():
    doc = Document(BUREAU_SITE_COPY)
    assert doc.title == "Water Resources Committee holds 15th meeting"
    assert doc.lead.of(BUREAU_SITE_COPY).startswith("The Water Resources Committee held")


def test_a_sidebar_of_links_before_the_headline_is_skipped():
    text = ("Skip to main content\n"
            "Hong Kong Economic and Trade Office, Wuhan\n"
            "Home > Press Releases > 2015\n"
            "Related press releases\n"
            " - 3rd meeting of Hong Kong-Hubei working group held\n"
            " - SCED visits Changsha\n"
            "----------------------------------------\n"
            "Fourth Hong Kong/Hubei Co-operation Conference held in Wuhan (with photos)\n"
            "[photo]\n"
            "     The Chief Secretary and the Governor of Hubei co-chaired the Fourth Conference "
            "in Wuhan today (May 3).\n")
    doc = Document(text)
    assert doc.title == "Fourth Hong Kong/Hubei Co-operation Conference held in Wuhan (with photos)"
    assert doc.lead.of(text).startswith("The Chief Secretary and the Governor")


@pytest.mark.parametrize("furniture", [
    "Text Size  A  A  A\n\u7e41\u9ad4 | \u7b80\u4f53\nSearch\nHome\nAbout Us\nSpeeches\n"
    "Publications\nContact Us\n",
    "Text Size: A A A   \u7e41\u9ad4 | \u7b80\u4f53\nSearch   Site Map   Contact Us\n",
    "Housing Bureau\n> Home > Press Releases > 2021\n",
])
def test_menus_above_the_headline_are_no_headline(furniture):
    text = ("Skip to main content\n" + furniture + "Print this page\n \n"
            "Housing Advisory Panel holds 20th meeting\n \n"
            "     The Housing Advisory Panel held its 20th meeting today (May 3) and discussed "
            "the supply of transitional housing.\n")
    doc = Document(text)
    assert doc.title == "Housing Advisory Panel holds 20th meeting"
    assert doc.lead.of(text).startswith("The Housing Advisory Panel held")


@pytest.mark.parametrize("line", [
    "Home | About Us | News | Publications | Contact Us | Site Map | Accessibility",
    "Search   Site Map   Contact Us",
    "Text Size  A  A  A",
    "> Home > News",
    "Latest: Notes of the 14th meeting of the Harbour Committee are now available (PDF, 180KB)",
    "Related links: Committee papers",
    "Next article: Minister visits Guangzhou",
    "Previous: Committee holds 14th meeting",
    "Related press releases",
    "Other news",
])
def test_menus_and_tickers_are_page_furniture(line):
    assert is_chrome(line)
    text = f"Harbour Committee meets\n{line}\n\n     The Harbour Committee met today (May 3) and discussed plans in detail.\n"
    assert Document(text).lead.of(text).startswith("The Harbour Committee met")


@pytest.mark.parametrize("line", [
    "The Committee noted the figures for 2019 | 2020 | 2021 in a table of the paper.",
    "News agencies reported the search.",
    "Speeches by the Secretary",
    "Next year the Committee will meet four times.",
    "Latest figures show a rise.",
])
def test_prose_is_not_page_furniture(line):
    assert not is_chrome(line)


def test_a_headline_with_a_photo_line_after_it_stays_the_headline():
    text = ("Harbour Committee meets\nPhoto\n\n     The Harbour Committee met today (May 3) and "
            "discussed the plans for the coming year in detail.\n")
    assert Document(text).title == "Harbour Committee meets"


def test_hard_wrapped_first_sentence_is_not_a_headline():
    text = ("Secretary for Development Lam Chi-ming and Shenzhen Vice Mayor Wu Jun\n"
            "co-chaired the meeting of the task force in Shenzhen today.\n\nMore text.\n")
    doc = Document(text)
    assert doc.title is None
    assert doc.lead.of(text).startswith("Secretary for Development Lam")


def test_lower_keeps_offsets_even_where_unicode_lowering_would_not():
    # "İ" lowers to two code points; the shared lower-case copy must not shift offsets.
    doc = Document("Meeting at İstanbul Office\n\nThe Board MET today.")
    assert len(doc.lower) == len(doc.text)
    at = doc.lower.find("met today")
    assert doc.text[at:at + 9] == "MET today"


def test_sentence_at_finds_the_sentence_holding_an_offset():
    text = "Headline of the day\n\nThe first sentence is here. The second one follows.\n"
    doc = Document(text)
    second = doc.sentence_at(text.index("second"))
    assert second is not None and second.of(text) == "The second one follows."
    assert doc.sentence_at(text.index("first")).of(text) == "The first sentence is here."
    assert doc.sentence_at(text.index("\n\nThe")) is None


def test_sentences_with_lists_each_sentence_holding_the_word_once():
    text = ("Panel meets\n\nThe Panel met today. Members of the Panel met the Mayor and the "
            "panel. Nothing else.\n")
    doc = Document(text)
    found = [s.of(text) for s in doc.sentences_with("panel")]
    assert found == ["Panel meets", "The Panel met today.",
                     "Members of the Panel met the Mayor and the panel."]
    assert doc.sentences_with("mayor") == (doc.sentences[2],)
    assert doc.sentences_with("absent word") == ()
    # a word cut across two sentences belongs to neither
    assert doc.sentences_with("today. members") == ()


@pytest.mark.parametrize("text", [
    RELEASE,
    "  \u3000Headline\u00a0 \n\t\n\ufeffdate 2017-02-09 The lead starts here.\n  last line \t",
    "\n\n\n",
    "one line only",
])
def test_lines_are_the_same_whatever_the_line_ends(text):
    # LF-only text takes a fast path (str.split); CRLF and CR the pattern: same lines either way
    lf = [s.of(text) for s in Document(text).lines]
    for ending in ("\r\n", "\r"):
        other = text.replace("\n", ending)
        assert [s.of(other) for s in Document(other).lines] == lf


def test_sentences_end_at_any_mark_but_not_after_abbreviations():
    text = ("Headline\n\nWhat next? Mr. Chan said \"We act now!\" The Co. Ltd. agreed. "
            "He left at 5 p.m. Then? Yes!! No... Maybe. 3. Done\n")
    doc = Document(text)
    assert [s.of(text) for s in doc.sentences] == [
        "Headline", "What next?", "Mr. Chan said \"We act now!\"", "The Co. Ltd. agreed.",
        "He left at 5 p.m. Then?", "Yes!!", "No...", "Maybe.", "3.", "Done"]


def test_furniture_words_are_written_in_lower_case():
    # An ASCII text's furniture is matched against its lower-cased copy: an upper-case letter in
    # the pattern would never match there.
    from hkparse.document import CHROME_WORDS
    assert CHROME_WORDS == CHROME_WORDS.lower()


@pytest.mark.parametrize("extra", ["", "\u2019"])  # ASCII text (lower-cased copy) or not
@pytest.mark.parametrize("menu", ["HOME | ABOUT US | CONTACT US", "Home"])  # with a bar or none
def test_furniture_lines_found_in_any_case(extra, menu):
    text = (f"{menu}\nPRINT THIS PAGE\nSkip To Main Content\nLatest: Weather warning\n"
            f"Committee meets{extra}\n*****\n\n     The Committee met today.\n")
    doc = Document(text)
    chrome = [line.of(text) for line in doc.lines if line.start in doc._chrome_lines]
    assert chrome == [menu, "PRINT THIS PAGE", "Skip To Main Content", "Latest: Weather warning",
                      "*****"]
    assert chrome == [line.of(text) for line in doc.lines if is_chrome(line.of(text))]
    assert doc.title == f"Committee meets{extra}"


def test_paragraphs_the_same_whatever_the_line_ends():
    text = ("Headline\n*****\n\n     First paragraph, line one\nline two.\n\n     Second.\n"
            "   Third, indented.\nFourth")
    expected = ["Headline", "*****", "First paragraph, line one\nline two.", "Second.",
                "Third, indented.\nFourth"]
    for line_end in ("\n", "\r\n", "\r"):
        doc = Document(text.replace("\n", line_end))
        assert [p.of(doc.text).replace(line_end, "\n") for p in doc.paragraphs] == expected


def test_sentence_break_just_before_the_end_of_a_paragraph():
    text = "Headline\n*****\n\n     The Committee met today. A\n"
    doc = Document(text)
    assert [s.of(text) for s in doc.sentences] == ["Headline", "The Committee met today.", "A"]
