"""Check an OpenAPI document: valid OpenAPI 3.0, and every example satisfies its schema.

Usage: python scripts/check_spec.py [SPEC ...]   (default: the vendored spec)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adjust_spec import adjust, load_spec
from spec_examples import example_errors

DEFAULT = Path(__file__).resolve().parent.parent / "openapi" / "main_api_v4.yaml"


def spec_problems(spec: dict[str, Any]) -> list[str]:
    """Everything wrong with a spec, one line each; empty when it is fine."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        return [f"not a valid OpenAPI document: {_one_line(exc.message)}"]
    problems = example_errors(spec)
    # The generator reads the adjusted spec: it must stay valid too.
    try:
        validate(adjust(spec_copy(spec)))
    except OpenAPIValidationError as exc:
        problems.append(f"adjusted spec is invalid: {_one_line(exc.message)}")
    return problems


def _one_line(message: str, limit: int = 200) -> str:
    first = " ".join(message.split())
    return first if len(first) <= limit else first[: limit - 1] + "…"


def spec_copy(spec: dict[str, Any]) -> dict[str, Any]:
    import copy

    return copy.deepcopy(spec)


def main(argv: list[str]) -> int:
    failed = False
    for path in [Path(a) for a in argv] or [DEFAULT]:
        problems = spec_problems(load_spec(path))
        for line in problems:
            print(f"{path}: {line}", file=sys.stderr)
        failed |= bool(problems)
        if not problems:
            print(f"{path}: valid OpenAPI, all examples match their schemas")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
