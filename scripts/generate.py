"""Generate the client from the vendored spec, deterministically: ``python -m scripts.generate``.

    python -m scripts.generate            regenerate generated/ and docs/operations.md
    python -m scripts.generate --check    build into a temporary folder and compare

Two targets: the API client (``whitebit_main_api``, from openapi/main_api_v4.yaml) and the
webhook events (``whitebit_webhooks``, from openapi/webhooks.yaml; see scripts/webhooks.py).

Built in a temporary folder and swapped in whole, so a failed run leaves the previous package
untouched and no stale file survives a rename in the spec. Besides the generator's package,
the build holds the spec it came from with the client's rules written in (``openapi.json``, for
contract tests: see ``scripts/shipped.py``), the operation index (``operations.json``, for the
client at run time) and the reference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .check_spec import operation_id_problems
from .index import answer_fields, build_index
from .introspect import generated_names
from .overlay import adjust
from .reference import render
from .settings import Settings, load_settings
from .shipped import shipped_spec
from .specfile import CONFIG, ROOT, SPEC, SpecError, dump_json, load_spec
from .webhooks import PACKAGE as WEBHOOK_PACKAGE
from .webhooks import WEBHOOK_SPEC, build_webhooks
from .workspace import differences, swap_in, write_file

PACKAGE = "whitebit_main_api"
GENERATED = ROOT / "generated"
REFERENCE = ROOT / "docs" / "operations.md"
TEMPLATES = ROOT / "openapi" / "templates"
SPEC_RESOURCE = "openapi.json"
INDEX_RESOURCE = "operations.json"


class GenerationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Build:
    package: Path
    reference: str


def _tool_env() -> dict[str, str]:
    # The post-hooks call `ruff` by name: make it the pinned one beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def run_generator(
    spec_path: Path, out: Path, *, templates: Path | None = TEMPLATES, config: Path = CONFIG
) -> None:
    """openapi-python-client on ``spec_path``, writing the package to ``out``."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    cmd = [
        str(generator), "generate", "--path", str(spec_path), "--config", str(config),
        "--meta", "none", "--output-path", str(out), "--fail-on-warning",
    ]  # fmt: skip
    if templates is not None:
        cmd += ["--custom-template-path", str(templates)]
    done = subprocess.run(cmd, cwd=out.parent, env=_tool_env(), capture_output=True, text=True)
    if done.returncode != 0 or not out.is_dir():
        raise GenerationError((done.stdout + done.stderr).strip() or "generator failed")


def build(spec_path: Path, workdir: Path, settings: Settings | None = None) -> Build:
    """Build the package into ``workdir``; return it and the reference text."""
    settings = settings or load_settings()
    vendored = load_spec(spec_path)
    unnamed = operation_id_problems(vendored)
    if unnamed:
        raise SpecError(f"{spec_path}: {unnamed[0]}")
    adjusted_path = workdir / "spec.adjusted.json"
    dump_json(adjust(vendored, settings), adjusted_path)
    out = workdir / PACKAGE
    run_generator(adjusted_path, out)
    index = build_index(vendored, settings, generated_names(out))
    (out / "py.typed").write_text("")
    shipped = shipped_spec(vendored, settings)
    dump_json(shipped, out / SPEC_RESOURCE, indent=1)
    # In the spec's order (operations, fields, enum values), as the models and the CLI offer them.
    (out / INDEX_RESOURCE).write_text(json.dumps(index, indent=1) + "\n")
    return Build(out, render(index, answer_fields(shipped)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.generate", description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--webhooks-spec", type=Path, default=WEBHOOK_SPEC)
    parser.add_argument("--out", type=Path, default=GENERATED, help="folder holding the package")
    parser.add_argument("--reference", type=Path, default=REFERENCE)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="whitebit-gen-") as tmp:
        try:
            built = build(args.spec, Path(tmp))
            webhooks = build_webhooks(args.webhooks_spec, Path(tmp))
        except (GenerationError, SpecError, OSError) as exc:
            print(f"make generate: failed: {exc}", file=sys.stderr)
            return 1
        target = args.out / PACKAGE
        webhook_target = args.out / WEBHOOK_PACKAGE
        if args.check:
            diff = differences(built.package, target)
            diff += differences(webhooks, webhook_target, f"generated/{WEBHOOK_PACKAGE}/")
            current = args.reference.read_text("utf-8") if args.reference.is_file() else None
            if current != built.reference:
                diff.append(f"differs: {args.reference.relative_to(ROOT)}")
            if diff:
                print("generated files differ from what `make generate` produces:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in diff), file=sys.stderr)
                print("Run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print("generated/ and docs/operations.md are up to date")
            return 0
        swap_in(built.package, target)
        swap_in(webhooks, webhook_target)
        write_file(args.reference, built.reference)
    print(f"generated {target}, {webhook_target} and {args.reference}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
