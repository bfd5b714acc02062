"""Replace the vendored spec with a newer one, regenerate, and report what changed in Python.

    python -m scripts.update_spec SOURCE      (SOURCE: a file path or an http(s) URL)

The new spec is validated first; if it is invalid, or generation fails, the vendored spec,
generated/ and the reference are left exactly as they were. The report (also prepended to
openapi/CHANGES.md) names each module, model class and field that changed, and whether code
written against the old client breaks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from . import generate
from .check_spec import spec_problems
from .spec_diff import python_changes, summary
from .specfile import ROOT, SPEC, SpecError, parse
from .workspace import swap_in, write_file

CHANGES = ROOT / "openapi" / "CHANGES.md"


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


def record(changes_file: Path, source: str, lines: list[str]) -> None:
    """Prepend this update's report to the changes file (newest first)."""
    title = "# Changes of the vendored spec, in Python terms\n\n"
    old = changes_file.read_text("utf-8") if changes_file.is_file() else title
    body = old[len(title) :] if old.startswith(title) else old
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    entry = f"## {day}: {source}\n\n```\n" + "\n".join(lines) + "\n```\n\n"
    write_file(changes_file, title + entry + body)


def update(
    source: str,
    spec_path: Path = SPEC,
    out: Path = generate.GENERATED,
    reference: Path = generate.REFERENCE,
    changes_file: Path = CHANGES,
) -> list[str]:
    text = fetch(source)
    try:
        new = parse(text, source)
    except SpecError as exc:
        raise UpdateError(str(exc)) from None
    problems = spec_problems(new)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UpdateError(f"{source} is invalid: {problems[0]}{more}")
    with tempfile.TemporaryDirectory(prefix="whitebit-update-") as tmp:
        candidate = Path(tmp) / "main_api_v4.yaml"
        candidate.write_text(text, encoding="utf-8")
        try:
            built = generate.build(candidate, Path(tmp))
        except generate.GenerationError as exc:
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "generator failed"
            raise UpdateError(f"generation from {source} failed: {first}") from None
        target = out / generate.PACKAGE
        lines = summary(python_changes(target, built.package))
        # Only now, with a valid spec and a built package, touch the work tree.
        swap_in(built.package, target)
        write_file(reference, built.reference)
        spec_path.write_text(text, encoding="utf-8")
    record(changes_file, source, lines)
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make update-spec", add_help=False)
    parser.add_argument("source", nargs="?", default="")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=generate.GENERATED)
    parser.add_argument("--reference", type=Path, default=generate.REFERENCE)
    parser.add_argument("--changes", type=Path, default=CHANGES)
    args = parser.parse_args(argv)
    if not args.source:
        print("make update-spec: usage: make update-spec SOURCE=<url or path>", file=sys.stderr)
        return 2
    try:
        lines = update(args.source, args.spec, args.out, args.reference, args.changes)
    except UpdateError as exc:
        print(f"make update-spec: {exc}; nothing was changed", file=sys.stderr)
        return 1
    print(f"updated {args.spec.name} from {args.source} and regenerated")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
