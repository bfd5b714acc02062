"""The vendored spec against what WhiteBIT publishes: the facts it must keep exactly.

- ``openapi/published.json``: per operation, where its media-level examples are and their
  names, the messages its answers carry, and the named examples' values.
- ``openapi/NOTES.md``, "Rules carried from WhiteBIT's descriptions": the conditions property
  descriptions state, field by field; each field's description must hold the rule's words.

``published_problems(spec)`` gives one line per difference (empty: the spec keeps them all).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from whitebit_auth.spec import AUTH_FIELDS, json_media, operations, resolve

from .specfile import ROOT

PUBLISHED = ROOT / "openapi" / "published.json"
NOTES = ROOT / "openapi" / "NOTES.md"
RULES_HEADING = "## Rules carried from WhiteBIT's descriptions"


def _placement(spec: dict[str, Any], media: dict[str, Any] | None) -> Any:
    """How a media object gives its example: a list of names, "" (one), "schema" or None."""
    if media is None:
        return None
    if isinstance(media.get("examples"), dict):
        return sorted(media["examples"])
    if "example" in media:
        return ""
    schema = media.get("schema")
    return "schema" if isinstance(schema, dict) and "example" in schema else None


def _places(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any] | None]:
    found = {"request": json_media(spec, op.get("requestBody"))}
    for status, response in (op.get("responses") or {}).items():
        found[str(status)] = json_media(spec, response)
    return found


def _values(spec: dict[str, Any], media: dict[str, Any] | None, place: str) -> dict[str, Any]:
    """Each example of a media object by name (a single one by its place)."""
    if media is None:
        return {}
    named = media.get("examples")
    if isinstance(named, dict):
        return {k: (resolve(spec, v) or {}).get("value") for k, v in named.items()}
    return {place: media["example"]} if "example" in media else {}


def _same(published: Any, value: Any) -> bool:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k not in AUTH_FIELDS}
        if isinstance(published, dict) and set(published) == {"errors"}:
            return bool(value.get("errors") == published["errors"])
    return bool(value == published)


def example_problems(spec: dict[str, Any], record: dict[str, Any]) -> list[str]:
    ops = {op.get("operationId"): op for _p, _m, op in operations(spec)}
    problems = []
    for name, facts in record.items():
        op = ops.get(name)
        if op is None:
            problems.append(f"{name}: not in the spec")
            continue
        places = _places(spec, op)
        for place, wanted in facts.get("examples", {}).items():
            got = _placement(spec, places.get(place))
            wanted = sorted(wanted) if isinstance(wanted, list) else wanted
            if got != wanted:
                problems.append(f"{name} {place}: examples {got!r}, published {wanted!r}")
        values: dict[str, Any] = {}
        for place, media in places.items():
            values.update(_values(spec, media, place))
        for key, published in facts.get("values", {}).items():
            if key not in values:
                problems.append(f"{name}: no example {key!r}")
            elif not _same(published, values[key]):
                problems.append(f"{name} {key}: {json.dumps(values[key])} is not as published")
        text = json.dumps(op, ensure_ascii=False)
        lost = [m for m in facts.get("messages", []) if m not in text]
        problems += [f"{name}: the message {m!r} is missing" for m in lost]
    return problems


def carried_rules(notes: str) -> list[tuple[str, str, list[str]]]:
    """(where, field, words) from the NOTES.md table of rules."""
    section = notes.split(RULES_HEADING, 1)[1] if RULES_HEADING in notes else ""
    rules = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and line.startswith("|") and cells[0] not in ("where", "---"):
            rules.append((cells[0], cells[1], [w.strip() for w in cells[2].split("·")]))
    return rules


def _schema_of(spec: dict[str, Any], where: str) -> Any:
    name, _, status = where.partition(" ")
    schemas = (spec.get("components") or {}).get("schemas") or {}
    if name in schemas:
        return schemas[name]
    for _path, _method, op in operations(spec):
        if op.get("operationId") == name:
            holder = op["responses"].get(status) if status else op.get("requestBody")
            media = json_media(spec, holder)
            return media.get("schema") if media else None
    return None


def _field(spec: dict[str, Any], schema: Any, field: str) -> Any:
    node = resolve(spec, schema)
    for part in [p for p in re.split(r"\.|(?=\[\])", field) if p and field != "-"]:
        if not isinstance(node, dict):
            return None
        inner = node.get("items") if part == "[]" else (node.get("properties") or {}).get(part)
        node = resolve(spec, inner)
    return node


def rule_problems(spec: dict[str, Any], rules: list[tuple[str, str, list[str]]]) -> list[str]:
    problems = []
    for where, field, words in rules:
        node = _field(spec, _schema_of(spec, where), field)
        if not isinstance(node, dict):
            problems.append(f"{where} {field}: no such field")
            continue
        text = str(node.get("description", "")).casefold()
        lost = [w for w in words if w.casefold() not in text]
        if lost:
            problems.append(f"{where} {field}: the description lost {' · '.join(lost)}")
    return problems


def published_problems(
    spec: dict[str, Any], published: Path = PUBLISHED, notes: Path = NOTES
) -> list[str]:
    record = json.loads(published.read_text("utf-8"))["operations"]
    rules = carried_rules(notes.read_text("utf-8"))
    if not rules:
        return [f"{notes}: no table under {RULES_HEADING!r}"]
    return example_problems(spec, record) + rule_problems(spec, rules)
