import pytest
import regex as re

from hkparse.numbers import ORDINAL_PATTERN, ordinal_value, roman_value


@pytest.mark.parametrize("word, value", [
    ("1st", 1), ("2nd", 2), ("3rd", 3), ("11th", 11), ("22nd", 22), ("1St", 1),
    ("52th", 52),  # misspelt in agenda pages, still a number
    ("first", 1), ("Ninth", 9), ("TENTH", 10), ("Twentieth", 20), ("fiftieth", 50),
    ("twenty-first", 21), ("Thirty-Fourth", 34), ("forty ninth", 49),
    ("inaugural", 1), ("No. 5", 5), ("No 12", 12),
    ("sixtieth", 60), ("fifty-first", 51), ("Seventy-Second", 72), ("eighty third", 83),
    ("ninety-ninth", 99), ("Ninetieth", 90), ("hundredth", 100),
])
def test_ordinal_value(word, value):
    assert ordinal_value(word) == value


@pytest.mark.parametrize("word", ["", "five", "25", "0th", "firstly", "twenty", "No.", "anniversary",
                                  "sixty", "ninety-nine", "hundred", "hundreds"])
def test_not_an_ordinal(word):
    assert ordinal_value(word) is None


@pytest.mark.parametrize("text, found", [
    ("the Twenty-first and 3rd and fourteenth", ["Twenty-first", "3rd", "fourteenth"]),
    ("tenths and firstly are words, not ordinals", []),
    ("the 4th Plenary", ["4th"]),
    ("the Sixty-fifth and the one hundredth", ["Sixty-fifth", "hundredth"]),
    ("seventy members and eighty-five votes", []),
])
def test_ordinal_pattern(text, found):
    assert re.findall(r"\b" + ORDINAL_PATTERN, text, flags=re.I) == found


@pytest.mark.parametrize("word, value", [
    ("I", 1), ("IV", 4), ("VI", 6), ("IX", 9), ("XIV", 14), ("XIX", 19), ("XXIV", 24),
    ("XXXIX", 39),
])
def test_roman_value(word, value):
    assert roman_value(word) == value


@pytest.mark.parametrize("word", ["", "vi", "IIII", "VX", "IIV", "XL", "XXXX", "MIX", "VV", "IL"])
def test_not_a_roman_number(word):
    assert roman_value(word) is None
