"""Check an OpenAPI document: valid OpenAPI 3.0, every operation named by a unique
``operationId`` (the generated module and the index are named by it), and every example
satisfies its schema, in the vendored spec and in the spec the package ships. The vendored
spec itself is also held to what WhiteBIT publishes (``scripts/published.py``): its named
examples, messages and the conditions of its field descriptions.

    python -m scripts.check_spec [SPEC ...]      (default: the vendored spec)

Each problem is one line naming where it is, as a JSON pointer into the document.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from whitebit_auth.spec import operations, pointer

from .overlay import adjust
from .published import published_problems
from .settings import load_settings
from .shipped import shipped_spec
from .spec_examples import example_errors
from .specfile import SPEC, SpecError, load_spec


def _short(message: str, validator: str, limit: int = 160) -> str:
    """The validator's message without the schema and instance dumps it may append."""
    text = " ".join(message.split("\n\n")[0].split())
    return text if len(text) <= limit else f"fails the '{validator}' rule"


def structure_problems(spec: dict[str, Any]) -> list[str]:
    """Where the document is not valid OpenAPI 3.0 (JSON pointer: the rule broken)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    errors = list(OpenAPIV30SpecValidator(spec).iter_errors())
    if not errors:
        return []
    error = _precise(spec) or errors[0]
    where = pointer(*error.absolute_path) or "/"
    return [f"not valid OpenAPI 3.0 at {where}: {_short(error.message, str(error.validator))}"]


def _precise(spec: dict[str, Any]) -> Any:
    """The deepest broken rule, found with the OpenAPI 3.0 JSON schema itself: the validator
    above stops at the object that fails (a whole request body), this names the keyword."""
    from jsonschema import Draft4Validator
    from jsonschema.exceptions import best_match
    from openapi_spec_validator.schemas import schema_v30

    error = best_match(Draft4Validator(schema_v30).iter_errors(spec))
    while error is not None and error.context:
        error = best_match(error.context)
    return error


def operation_id_problems(spec: dict[str, Any]) -> list[str]:
    """Operations without an ``operationId``, or sharing one: the generator would name the
    module after the path and the change report would show a blank name."""
    problems = []
    seen: dict[str, str] = {}
    for path, method, op in operations(spec):
        name = op.get("operationId")
        where = f"{method.upper()} {path}"
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where} has no operationId (every operation needs one)")
        elif name in seen:
            problems.append(f"{where} has the operationId {name!r} of {seen[name]}")
        else:
            seen[name] = where
    return problems


def spec_problems(spec: dict[str, Any]) -> list[str]:
    """Everything wrong with a spec, one line each; empty when it is fine."""
    problems = structure_problems(spec) or operation_id_problems(spec)
    if problems:
        return problems
    problems = example_errors(spec)
    settings = load_settings()
    # The generator reads the adjusted spec, and users test against the shipped one: both must
    # stay valid, and the examples must hold under the client's rules too.
    problems += [f"adjusted spec {p}" for p in structure_problems(adjust(spec, settings))]
    shipped = shipped_spec(spec, settings)
    shipped_problems = structure_problems(shipped) or example_errors(shipped)
    problems += [f"shipped spec {p}" for p in shipped_problems]
    return problems


def main(argv: list[str]) -> int:
    failed = False
    for path in [Path(a) for a in argv] or [SPEC]:
        try:
            spec = load_spec(path)
            problems = spec_problems(spec)
            if path.resolve() == SPEC.resolve():
                problems += published_problems(spec)
        except SpecError as exc:
            problems = [str(exc)]
        for line in problems:
            print(f"{path}: {line}", file=sys.stderr)
        failed |= bool(problems)
        if not problems:
            print(f"{path}: valid OpenAPI, all examples match their schemas")
            if path.resolve() == SPEC.resolve():
                print(f"{path}: the examples, messages and field rules WhiteBIT publishes are kept")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
