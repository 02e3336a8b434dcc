"""JSON Schema for each entry type and each vocabulary, exported from the
one declaration in model.py (never edited by hand: `build.py schemas`)."""

from __future__ import annotations

import json
from pathlib import Path

from .model import ORGANISATION_FIELDS, TOPIC_FIELDS, TYPES, Field

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _object(title: str, description: str, fields: list[Field]) -> dict:
    return {
        "$schema": DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: f.json_schema() for f in fields},
    }


def export() -> dict[str, dict]:
    """File name → schema."""
    schemas = {
        f"{spec.name}.schema.json": _object(
            spec.label, f"Front matter of a {spec.name} in {spec.folder}/", spec.fields)
        for spec in TYPES.values()
    }
    for name, fields, what in (("topics", TOPIC_FIELDS, "topic"), ("organisations", ORGANISATION_FIELDS, "organisation")):
        item = _object(what.capitalize(), f"One {what}.", fields)
        del item["$schema"]
        schemas[f"{name}.schema.json"] = {"$schema": DRAFT, "title": f"content/{name}.yml",
                                          "type": "array", "items": item}
    return schemas


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in export().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
