"""The operation index's ``request`` key: each body's fields as the client checks them and the
command line offers them, for every operation, in step with the generated body models."""

from __future__ import annotations

import enum
import json
import types
import typing
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs
import pytest
from testkit.spec_walk import Operation, spec_operations
from whitebit_main_api.types import Unset

from scripts.index import request_entry
from scripts.settings import load_settings
from scripts.shipped import shipped_spec
from scripts.specfile import SPEC, load_spec

OPERATIONS = list(spec_operations())
INDEX = resources.files("whitebit_main_api").joinpath("operations.json").read_text("utf-8")
ENTRIES: dict[str, Any] = json.loads(INDEX)
ERROR = "#/components/schemas/Error"


def _inner(hint: Any) -> list[Any]:
    """The types a field's annotation allows, without Unset and None."""
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return [a for a in args if a not in (Unset, type(None))]


def _compare(model: type, fields: dict[str, Any], where: str) -> list[str]:
    problems = []
    hints = typing.get_type_hints(model)
    attributes = {a.name: a for a in attrs.fields(model) if a.name != "additional_properties"}
    named = {f["python"]: (wire, f) for wire, f in fields.items()}
    if set(named) != set(attributes):
        problems.append(f"{where}: index {sorted(named)} != model {sorted(attributes)}")
    for python, (wire, field) in named.items():
        if python not in attributes:
            continue
        here = f"{where}.{wire}"
        required = attributes[python].default is attrs.NOTHING
        if field["required"] != required:
            problems.append(f"{here}: required {field['required']}, model says {required}")
        kinds = _inner(hints[python])
        if (field["type"] == "decimal") != (Decimal in kinds):
            problems.append(f"{here}: type {field['type']}, model {kinds}")
        enums = [k for k in kinds if isinstance(k, type) and issubclass(k, enum.Enum)]
        if enums and sorted(m.value for m in enums[0]) != sorted(field.get("enum", [])):
            problems.append(f"{here}: enum {field.get('enum')}, model {list(enums[0])}")
        if field["nullable"] != (type(None) in typing.get_args(hints[python])):
            problems.append(f"{here}: nullable {field['nullable']}")
        nested = [k for k in kinds if attrs.has(k)]
        if nested and "fields" in field:
            problems += _compare(nested[0], field["fields"], here)
    return problems


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_the_request_key_matches_the_body_model(op: Operation) -> None:
    entry = ENTRIES[op.path]
    assert _compare(op.body_class, entry["request"]["fields"], op.operation_id) == []


def test_the_request_key_holds_what_the_client_and_the_command_line_need() -> None:
    withdraw = ENTRIES["/api/v4/main-account/withdraw"]["request"]["fields"]
    assert withdraw["uniqueId"]["python"] == "unique_id"
    assert withdraw["amount"]["type"] == "decimal"
    assert withdraw["amount"]["required"] is True
    assert not {"request", "nonce"} & set(withdraw)  # the signer's
    rule = withdraw["travelRule"]["fields"]
    assert rule["walletType"]["enum"] == ["hosted", "unhosted"]
    assert rule["beneficiary"]["fields"]["type"]["enum"] == ["individual", "entity"]
    beneficiary = withdraw["beneficiary"]["fields"]
    assert beneficiary["birthDate"]["format"] == "date"
    assert "USD_VISAMASTER" in beneficiary["phone"]["description"]
    history = ENTRIES["/api/v4/main-account/history"]["request"]["fields"]
    assert history["limit"] | {"description": ""} == {
        "python": "limit", "type": "integer", "required": False, "nullable": False,
        "default": 50, "minimum": 1, "maximum": 500, "description": "",
    }  # fmt: skip
    assert history["status"]["items"] == {"type": "integer", "nullable": False}
    links = ENTRIES["/api/v4/mining/watcher-links/create"]["request"]["fields"]
    assert links["permissions"]["items"]["enum"] == ["dashboard", "rewards", "workers"]


def test_the_request_key_is_generic_over_operations() -> None:
    spec = shipped_spec(load_spec(SPEC), load_settings())
    op = {
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["from", "nonce"],
                        "properties": {
                            "from": {"type": "string", "nullable": True},
                            "nonce": {"type": "integer"},
                            "tags": {"type": "array", "items": {"$ref": ERROR}},
                        },
                    }
                }
            }
        }
    }
    fields = request_entry(spec, op)["fields"]  # type: ignore[index]
    assert fields["from"]["python"] == "from_"
    assert fields["from"]["nullable"] is True
    assert "nonce" not in fields
    assert set(fields["tags"]["items"]["fields"]) == {"code", "message", "errors"}
    assert request_entry(spec, {"responses": {}}) is None
