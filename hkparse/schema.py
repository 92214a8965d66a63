"""The JSON Schema (draft 2020-12) of one output record: a `ParseResult.to_dict()` or an error.

Written to mirror `model.py` field by field and in the same order; `tests/test_schema.py` checks
that a fully filled `ParseResult` and every error record validate, and that no key is missing or
extra, so the two cannot drift apart unnoticed.
"""
from __future__ import annotations

from typing import Any

from .model import SCHEMA_ID

DRAFT = "https://json-schema.org/draft/2020-12/schema"
YEAR_SOURCES = ("text", "closing line", "option", "file name")
ERROR_CODES = (
    "not_found", "permission_denied", "is_directory", "not_a_file", "symlink_loop", "too_large",
    "empty", "binary", "undecodable", "read_failed", "no_matching_files", "parse_failed",
    "worker_died",
)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(description: str, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "description": description, "properties": properties,
            "required": list(properties), "additionalProperties": False}


STR = {"type": "string"}
OPT_STR = {"type": ["string", "null"]}
OPT_INT = {"type": ["integer", "null"]}
EVIDENCE_REF = {"$ref": "#/$defs/evidence"}


def record_schema() -> dict[str, Any]:
    """The schema of one record of the `hkparse extract` stream (a fresh dict each call)."""
    defs = {
        "evidence": _object(
            "Where the value was found: text[start:end] == text, offsets into the parsed text "
            "(see `hkparse text`).",
            start={"type": "integer", "minimum": 0},
            end={"type": "integer", "minimum": 0},
            text=STR,
        ),
        "meeting": _object(
            "The meeting the release reports.",
            number=OPT_INT, ordinal=OPT_STR, body=OPT_STR, location=OPT_STR,
            evidence=EVIDENCE_REF,
        ),
        "date": _object(
            "The day of the reported meeting or event; year null unless known.",
            year=OPT_INT,
            month={"type": "integer", "minimum": 1, "maximum": 12},
            day={"type": ["integer", "null"], "minimum": 1, "maximum": 31},
            iso={"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            year_source={"enum": [*YEAR_SOURCES, None]},
            evidence=EVIDENCE_REF,
        ),
        "issued": _object(
            "The release's closing line (Ends/..., Issued at HKT ...).",
            date=OPT_STR, time=OPT_STR, evidence=EVIDENCE_REF,
        ),
        "person": _object(
            "A person: name without honorifics, post as the text gives it.",
            name=OPT_STR, honorific=OPT_STR, title=OPT_STR, side=OPT_STR, evidence=EVIDENCE_REF,
        ),
        "floor_area": _object(
            "A floor area figure as written and in square metres.",
            text=STR, value={"type": "number"}, unit=STR,
            square_metres={"type": "number", "minimum": 0},
            qualifier=OPT_STR, measure=OPT_STR, evidence=EVIDENCE_REF,
        ),
        "department": _object(
            "An organisation attending or represented at the reported meeting.",
            name=STR, abbreviation=OPT_STR, side=OPT_STR, evidence=EVIDENCE_REF,
        ),
    }
    result = _object(
        "The facts of one release.",
        schema={"const": SCHEMA_ID},
        source=OPT_STR,
        title=OPT_STR,
        meeting=_nullable({"$ref": "#/$defs/meeting"}),
        date=_nullable({"$ref": "#/$defs/date"}),
        issued=_nullable({"$ref": "#/$defs/issued"}),
        co_chairs={"type": "array", "items": {"$ref": "#/$defs/person"}},
        chair=_nullable({"$ref": "#/$defs/person"}),
        floor_areas={"type": "array", "items": {"$ref": "#/$defs/floor_area"}},
        departments={"type": "array", "items": {"$ref": "#/$defs/department"}},
        officials={"type": "array", "items": {"$ref": "#/$defs/person"}},
        warnings={"type": "array", "items": STR},
    )
    error = _object(
        "An input that could not be read or parsed.",
        schema={"const": SCHEMA_ID},
        source=OPT_STR,
        error=_object("Why.", code={"enum": list(ERROR_CODES)}, message=STR),
    )
    defs["result"] = result
    defs["error"] = error
    return {
        "$schema": DRAFT,
        "$id": "https://hkparse.invalid/schema/hkparse-1.json",
        "title": SCHEMA_ID,
        "description": "One record of `hkparse extract`: the facts of a release, or an error.",
        "oneOf": [{"$ref": "#/$defs/result"}, {"$ref": "#/$defs/error"}],
        "$defs": defs,
    }
