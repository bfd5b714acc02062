"""The contract checker and the client judge answers alike: every answer one accepts, the other
reads, and every answer one refuses, the other refuses too.

The answers: each operation's documented success answer, and from it every way the client's
rules can be broken or stretched (a field it requires left out, a decimal that is no decimal
string, a code it does not know yet, null where the spec allows it, NaN in a number), plus the
malformed answers of issue 22. (Every sandbox answer of the whole suite is held to both as well:
see ``_contract`` in tests/conftest.py.)
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from testkit.reading import ClientReader
from testkit.spec_walk import spec_operations
from whitebit_auth.spec import json_media, resolve
from whitebit_sandbox._spec import load_bundled_spec
from whitebit_sandbox.contract import Contract

SHIPPED = load_bundled_spec()
CONTRACT = Contract(SHIPPED)
READER = ClientReader()
JWT = "/api/v4/jwt"
NOT_DECIMALS = ["ten", 5, 0.5, "1e5", "1E+3", " 1", "1_0", "\u0661", "NaN", "", None]
Path = tuple[str | int, ...]


def _nodes(schema: Any, value: Any, path: Path = ()) -> Iterator[tuple[Path, dict[str, Any], Any]]:
    """Each value of an answer with the schema it is judged by."""
    schema = resolve(SHIPPED, schema)
    if not isinstance(schema, dict):
        return
    yield path, schema, value
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            inner = props.get(key, extra if isinstance(extra, dict) else None)
            if inner is not None:
                yield from _nodes(inner, item, (*path, key))
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value[:2]):
            yield from _nodes(schema["items"], item, (*path, i))


def _set(answer: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(answer)
    if not path:
        return value
    node = changed
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return changed


def _without(answer: Any, path: Path) -> Any:
    changed = copy.deepcopy(answer)
    node = changed
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return changed


def _stretched(schema: Any, answer: Any) -> Iterator[tuple[str, Any]]:
    """(what was done, the answer) for every way to bend one documented answer."""
    yield "as documented", answer
    for path, node, value in _nodes(schema, answer):
        where = "/".join(map(str, path)) or "the answer"
        if isinstance(value, dict):
            for name in node.get("required", ()):
                if name in value:
                    yield f"{where}: without {name}", _without(answer, (*path, name))
        if node.get("x-whitebit-decimal") and isinstance(value, str):
            for bad in NOT_DECIMALS:
                yield f"{where} = {bad!r}", _set(answer, path, bad)
            yield f"{where} = '-0.5'", _set(answer, path, "-0.5")
        known = node.get("x-extensible-enum")
        if known:
            new: Any = 987654 if node.get("type") == "integer" else "brand-new-code"
            yield f"{where} = a code not known yet", _set(answer, path, new)
            wrong: Any = "one" if node.get("type") == "integer" else 5
            yield f"{where} = {wrong!r}", _set(answer, path, wrong)
        if node.get("nullable") and value is not None:
            yield f"{where} = null", _set(answer, path, None)
        if node.get("type") == "number":
            for bad in (float("nan"), float("inf")):
                yield f"{where} = {bad}", _set(answer, path, bad)


def _cases() -> Iterator[tuple[str, str, int, Any]]:
    for op in spec_operations():
        status, answer = op.success_answer()
        response = (op.spec.get("responses") or {}).get(str(status))
        media = json_media(SHIPPED, resolve(SHIPPED, response))
        if media is None:
            continue  # no body is promised: nothing to read
        schema = SHIPPED["paths"][op.path][op.method]["responses"][str(status)]
        schema = json_media(SHIPPED, schema)["schema"]  # type: ignore[index]
        for what, stretched in _stretched(schema, answer):
            yield op.operation_id, op.path, status, (what, stretched)


CASES = list(_cases())
# The ones issue 22 found: 0 violations, yet MalformedResponseError in the client.
ISSUE = [{}, {"data": {}}, {"data": {"token": "t"}}]


def _verdicts(path: str, status: int, answer: Any) -> tuple[list[str], str | None]:
    content = json.dumps(answer).encode()  # NaN and Infinity as Python writes them
    checker = [str(v) for v in CONTRACT.check_response(path, status, content)]
    return checker, READER.refusal(path, status, content)


def test_the_checker_and_the_client_agree_on_every_bent_answer() -> None:
    disagreements, refused = [], 0
    for op_id, path, status, (what, answer) in CASES:
        checker, client = _verdicts(path, status, answer)
        if bool(checker) != (client is not None):
            said = f"checker: {checker or 'fine'}; client: {client or 'reads it'}"
            disagreements.append(f"{op_id} {what}: {said}")
        refused += bool(checker)
    assert disagreements == []
    assert len(CASES) > 1200
    assert refused > 1000  # the bent answers are mostly refused, by both


@pytest.mark.parametrize("answer", ISSUE, ids=json.dumps)
def test_the_checker_refuses_the_jwt_answers_the_client_cannot_read(answer: Any) -> None:
    checker, client = _verdicts(JWT, 200, answer)
    assert client is not None
    assert checker
    assert all(v.endswith("[required]") for v in checker)
