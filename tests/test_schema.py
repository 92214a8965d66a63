"""The JSON Schema of a record matches model.py: every record validates, no key is missing."""
from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

from hkparse import model
from hkparse.model import (Department, EventDate, Evidence, FloorArea, Issued, Meeting,
                           ParseResult, Person)
from hkparse.output import error_record
from hkparse.schema import ERROR_CODES, record_schema

TEXT = ("     The Secretary for Works, Mr Ken Au, and the Vice-Governor, Ms Yu Lan, co-chaired "
        "the 3rd meeting of the Bridge Panel today (May 4). Officials of the Highways Department "
        "attended. The depot has 2 000 square metres of floor space.")


def ev(phrase: str) -> Evidence:
    start = TEXT.index(phrase)
    return Evidence.of(TEXT, start, start + len(phrase))


def full_result() -> ParseResult:
    person = Person("Ken Au", "Mr", "Secretary for Works", "Hong Kong", ev("Mr Ken Au"))
    return ParseResult(
        source="P2024050400100.txt", title="Bridge Panel meets",
        meeting=Meeting(3, "3rd", "Bridge Panel", None, ev("3rd meeting of the Bridge Panel")),
        date=EventDate(2024, 5, 4, "file name", ev("today (May 4)")),
        issued=Issued("2024-05-04", "18:00", ev("today")),
        co_chairs=[person, Person(None, None, "Vice-Governor", None, ev("Vice-Governor"))],
        chair=person,
        floor_areas=[FloorArea("2 000 square metres", 2000.0, "square metres", 2000.0, None,
                               "floor space", ev("2 000 square metres"))],
        departments=[Department("Highways Department", None, None, ev("Highways Department"))],
        officials=[person], warnings=["a warning"])


def validator():
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_full_record_validates_and_keys_follow_model_order() -> None:
    record = full_result().to_dict()
    validator().validate(record)
    schema = record_schema()
    assert list(schema["$defs"]["result"]["properties"]) == list(record)
    assert list(schema["$defs"]["meeting"]["properties"]) == list(record["meeting"])
    assert list(schema["$defs"]["date"]["properties"]) == list(record["date"])
    assert list(schema["$defs"]["issued"]["properties"]) == list(record["issued"])
    assert list(schema["$defs"]["person"]["properties"]) == list(record["chair"])
    assert list(schema["$defs"]["floor_area"]["properties"]) == list(record["floor_areas"][0])
    assert list(schema["$defs"]["department"]["properties"]) == list(record["departments"][0])
    assert list(schema["$defs"]["evidence"]["properties"]) == list(record["chair"]["evidence"])


@pytest.mark.parametrize("cls, definition", [
    (Meeting, "meeting"), (EventDate, "date"), (Issued, "issued"), (Person, "person"),
    (FloorArea, "floor_area"), (Department, "department"), (Evidence, "evidence"),
])
def test_every_model_field_is_in_the_schema(cls, definition: str) -> None:
    properties = record_schema()["$defs"][definition]["properties"]
    names = cls._fields if hasattr(cls, "_fields") else [f.name for f in dataclasses.fields(cls)]
    assert set(names) <= set(properties)


def test_empty_result_validates() -> None:
    validator().validate(ParseResult().to_dict())
    validator().validate(ParseResult(source="-").to_dict())


@pytest.mark.parametrize("code", ERROR_CODES)
def test_error_records_validate(code: str) -> None:
    validator().validate(error_record("a.txt", code, "message"))


@pytest.mark.parametrize("bad", [
    {"schema": "hkparse/2", "source": None, "error": {"code": "empty", "message": "x"}},
    {"schema": model.SCHEMA_ID, "source": None, "error": {"code": "nonsense", "message": "x"}},
    {**ParseResult().to_dict(), "extra": 1},
    {k: v for k, v in ParseResult().to_dict().items() if k != "warnings"},
    {**ParseResult().to_dict(), "co_chairs": [{"name": "x"}]},
])
def test_malformed_records_are_refused(bad: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(bad)


def test_schema_is_json_and_fresh_each_call() -> None:
    first = record_schema()
    first["$defs"].clear()
    assert record_schema()["$defs"]
    json.dumps(record_schema())


def test_corpus_records_validate(shared_dir) -> None:
    from hkparse import parse
    check = validator()
    for path in sorted((shared_dir / "corpus" / "dev").glob("*.txt")):
        check.validate(parse(path.read_text(encoding="utf-8"), source=path.name).to_dict())
