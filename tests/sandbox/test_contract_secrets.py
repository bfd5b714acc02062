"""No secret in any violation message or recording, for every operation.

Each operation's request and answer get a secret in every field the secret list names (and in
every URL's ``token``), then are bent so that the validator quotes them: too long, of the wrong
type, their parent or the whole body of the wrong type (a message that dumps the object, cut
short at 200 characters). Neither the violations nor a recording may hold any part of one.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from testkit.spec_walk import Operation, spec_operations
from whitebit_auth.spec import json_media, resolve
from whitebit_sandbox._spec import load_bundled_spec
from whitebit_sandbox.contract import (
    Contract,
    ContractViolation,
    RecordingTransport,
    redacted,
)

SHIPPED = load_bundled_spec()
CONTRACT = Contract(SHIPPED)
MARK = "ZQX"  # every planted secret starts so; nothing else in the spec does
OPERATIONS = list(spec_operations())
# What the facts make secrets (the test's own list, not the kit's): API keys and secrets, JWTs
# and other tokens, code passphrases, WhiteBIT codes, card numbers and card tokens.
SECRET_FIELDS = re.compile(r"secret|token|passphrase|^(code|api_?key|card|card_?number)$", re.I)
_numbers = itertools.count()
Where = tuple[str | int, ...]


def _secret() -> str:
    return f"{MARK}{next(_numbers):04d}-sk_live_0123456789abcdef"


def _secret_fields(schema: Any, where: Where = (), hidden: bool = False) -> Iterator[Where]:
    """Where a text that the secret list names can sit in a body of ``schema``."""
    schema = resolve(SHIPPED, schema)
    if not isinstance(schema, dict) or len(where) > 8:
        return
    if hidden and schema.get("type") == "string":
        yield where
    for name, prop in (schema.get("properties") or {}).items():
        yield from _secret_fields(prop, (*where, name), hidden or bool(SECRET_FIELDS.search(name)))
    if isinstance(schema.get("items"), dict):
        yield from _secret_fields(schema["items"], (*where, 0), hidden)


def _put(body: Any, where: Where, value: Any) -> Any:
    body = copy.deepcopy(body)
    node = body
    for key, after in itertools.pairwise(where):
        empty: Any = [{}] if isinstance(after, int) else {}
        if isinstance(node, list):
            node = node[key] if isinstance(key, int) and key < len(node) else empty
        else:
            if not isinstance(node.get(key), dict | list) or (
                isinstance(node[key], list) and not node[key]
            ):
                node[key] = empty
            node = node[key]
    node[where[-1]] = value
    return body


def _with_url_secrets(value: Any) -> Any:
    """Every URL with a token in the query gets a planted one instead."""
    if isinstance(value, dict):
        return {k: _with_url_secrets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_url_secrets(v) for v in value]
    if isinstance(value, str) and value.startswith("http") and "token=" in value:
        return value.split("token=")[0] + "token=" + _secret()
    return value


def _planted(schema: Any, body: Any) -> tuple[Any, list[Where]]:
    fields = list(_secret_fields(schema))
    for where in fields:
        body = _put(body, where, _secret())
    return _with_url_secrets(body), fields


def _bent(body: Any, fields: list[Where]) -> Iterator[Any]:
    yield body
    yield [body]  # the whole body quoted in one message, cut short
    for where in fields:
        yield _put(body, where, _secret() * 10)  # too long, where there is a maxLength
        yield _put(body, where, [_secret()])
        yield _put(body, where, {"value": _secret()})
        if len(where) > 1:
            parent = body
            for key in where[:-1]:
                parent = parent[key]
            yield _put(body, where[:-1], [parent])


def _request(op: Operation) -> tuple[Any, list[Where]]:
    media = json_media(SHIPPED, SHIPPED["paths"][op.path][op.method].get("requestBody"))
    body = {**op.request_example(), "request": op.path, "nonce": 1}
    return _planted(media["schema"] if media else None, body)


def _answer(op: Operation) -> tuple[int, Any, list[Where]]:
    status, answer = op.success_answer()
    response = SHIPPED["paths"][op.path][op.method]["responses"][str(status)]
    media = json_media(SHIPPED, response)
    answer, fields = _planted(media["schema"] if media else None, answer)
    return status, answer, fields


def _leaks(text: str) -> bool:
    return MARK[:2] in text or "sk_live" in text


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_no_violation_message_holds_a_secret(op: Operation) -> None:
    body, request_fields = _request(op)
    status, answer, answer_fields = _answer(op)
    said = []
    for bent in _bent(body, request_fields):
        said += [str(v) for v in CONTRACT.check_request("POST", op.path, bent)]
    for bent in _bent(answer, answer_fields):
        content = json.dumps(bent).encode()
        found = CONTRACT.check_response(op.path, status, content)
        said += [str(v) for v in found]
        if found:
            said.append(str(ContractViolation(found)))
    assert [line for line in said if _leaks(line)] == []
    assert said  # the bent bodies broke the spec: there were messages to look at


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_no_recording_holds_a_secret(op: Operation, tmp_path: Path) -> None:
    body, _ = _request(op)
    status, answer, _ = _answer(op)
    inner = httpx.MockTransport(lambda request: httpx.Response(status, json=answer))
    recording = tmp_path / "traffic.jsonl"
    with httpx.Client(transport=RecordingTransport(inner, recording)) as http:
        http.post(f"http://127.0.0.1{op.path}", json=body)
    assert not _leaks(recording.read_text())


def test_codes_and_checkout_links_are_secrets() -> None:
    answer = {
        "data": {"code": "WB0a1b2c3d", "url": "https://whitebit.com/x?token=8f3c&lang=en"},
        "errors": {"code": 0},
    }
    assert redacted(answer) == {
        "data": {"code": "***", "url": "https://whitebit.com/x?token=***&lang=en"},
        "errors": {"code": 0},  # a number: an error code, not a voucher
    }
