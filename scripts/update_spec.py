"""Replace the vendored spec with a newer one, regenerate, and report what changed.

Usage: python scripts/update_spec.py SOURCE     (SOURCE: a file path or an http(s) URL)

The new spec is validated first; if it is invalid, or generation fails, the vendored spec and
generated/ are left exactly as they were.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
from adjust_spec import load_spec
from check_spec import spec_problems
from spec_diff import describe_changes


class UpdateError(Exception):
    pass


def fetch(source: str, timeout: float = 30.0) -> str:
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=timeout) as response:  # noqa: S310
                data: bytes = response.read()
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise UpdateError(f"cannot fetch {source}: {reason}") from None
        return data.decode("utf-8")
    path = Path(source)
    if not path.is_file():
        raise UpdateError(f"no such file: {source}")
    return path.read_text(encoding="utf-8")


def parse(text: str, source: str) -> dict[str, Any]:
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise UpdateError(f"{source} is not YAML or JSON{where}") from None
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise UpdateError(f"{source} is not an OpenAPI document (no 'openapi' key)")
    return spec


def update(
    source: str, spec_path: Path = generate.SPEC, out: Path = generate.GENERATED
) -> list[str]:
    text = fetch(source)
    new = parse(text, source)
    problems = spec_problems(new)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UpdateError(f"{source} is invalid: {problems[0]}{more}")
    old = load_spec(spec_path)
    with tempfile.TemporaryDirectory(prefix="whitebit-update-") as tmp:
        candidate = Path(tmp) / "main_api_v4.yaml"
        candidate.write_text(text, encoding="utf-8")
        try:
            built = generate.build(candidate, Path(tmp))
        except generate.GenerationError as exc:
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "generator failed"
            raise UpdateError(f"generation from {source} failed: {first}") from None
        # Only now, with a valid spec and a built package, touch the work tree.
        target = out / generate.PACKAGE
        staging = out / f".{generate.PACKAGE}.new"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(built, staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        spec_path.write_text(text, encoding="utf-8")
    return describe_changes(old, new)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make update-spec", add_help=False)
    parser.add_argument("source", nargs="?", default="")
    parser.add_argument("--spec", type=Path, default=generate.SPEC)
    parser.add_argument("--out", type=Path, default=generate.GENERATED)
    args = parser.parse_args(argv)
    if not args.source:
        print("make update-spec: usage: make update-spec SOURCE=<url or path>", file=sys.stderr)
        return 2
    try:
        changes = update(args.source, args.spec, args.out)
    except UpdateError as exc:
        print(f"make update-spec: {exc}; nothing was changed", file=sys.stderr)
        return 1
    print(f"updated {args.spec.name} from {args.source} and regenerated")
    print("\n".join(changes) if changes else "no operation or field changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
