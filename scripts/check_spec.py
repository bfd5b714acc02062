"""Check an OpenAPI document: valid OpenAPI 3.0, and every example satisfies its schema.

    python -m scripts.check_spec [SPEC ...]      (default: the vendored spec)

Each problem is one line naming where it is, as a JSON pointer into the document.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from whitebit_auth.spec import pointer

from .overlay import adjust
from .settings import load_settings
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


def spec_problems(spec: dict[str, Any]) -> list[str]:
    """Everything wrong with a spec, one line each; empty when it is fine."""
    problems = structure_problems(spec)
    if problems:
        return problems
    problems = example_errors(spec)
    # The generator reads the adjusted spec: it must stay valid too.
    problems += [f"adjusted spec {p}" for p in structure_problems(adjust(spec, load_settings()))]
    return problems


def main(argv: list[str]) -> int:
    failed = False
    for path in [Path(a) for a in argv] or [SPEC]:
        try:
            problems = spec_problems(load_spec(path))
        except SpecError as exc:
            problems = [str(exc)]
        for line in problems:
            print(f"{path}: {line}", file=sys.stderr)
        failed |= bool(problems)
        if not problems:
            print(f"{path}: valid OpenAPI, all examples match their schemas")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
