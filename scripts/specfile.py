"""Reading and writing spec files: YAML or JSON in, JSON out (key order kept)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

# The C loader when PyYAML has it: the spec is large, and the pure-Python one takes seconds.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "main_api_v4.yaml"
CONFIG = ROOT / "generator-config.yaml"


class SpecError(ValueError):
    """A spec that cannot be read, or is not an OpenAPI document."""


def parse(text: str, source: str) -> dict[str, Any]:
    try:
        spec = yaml.load(text, Loader=_Loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise SpecError(f"{source} is not YAML or JSON{where}") from None
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise SpecError(f"{source} is not an OpenAPI document (no 'openapi' key)")
    return spec


def load_spec(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    return parse(text, str(path))


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506


def dump_json(document: Any, path: Path, *, indent: int = 2) -> None:
    # JSON keeps the key order and is read by the generator as well as YAML is; sorted keys
    # would reorder operations and so the generated files.
    path.write_text(json.dumps(document, indent=indent, ensure_ascii=False) + "\n", "utf-8")
