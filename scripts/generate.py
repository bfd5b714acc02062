"""Generate ``generated/whitebit_main_api`` from the vendored spec, deterministically.

    python scripts/generate.py            regenerate generated/ in place
    python scripts/generate.py --check    regenerate into a temporary folder and compare

The package is built in a temporary folder and swapped in whole, so a failed run leaves the
previous package untouched and no stale file survives a rename in the spec.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from adjust_spec import adjust, load_spec  # noqa: E402

PACKAGE = "whitebit_main_api"
SPEC = ROOT / "openapi" / "main_api_v4.yaml"
CONFIG = ROOT / "generator-config.yaml"
GENERATED = ROOT / "generated"
# The vendored spec, shipped inside the package so that users (and the sandbox) can validate
# traffic against exactly the spec their client was generated from. JSON, so reading it at run
# time needs only the standard library.
SPEC_RESOURCE = "openapi.json"


class GenerationError(RuntimeError):
    pass


def _tool_env() -> dict[str, str]:
    # The post-hooks call `ruff` by name: make it the pinned one beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def build(spec_path: Path, workdir: Path) -> Path:
    """Build the package into ``workdir`` and return its folder."""
    vendored = load_spec(spec_path)
    adjusted_path = workdir / "spec.adjusted.json"
    adjusted_path.write_text(json.dumps(adjust(load_spec(spec_path)), indent=2) + "\n")
    out = workdir / PACKAGE
    generator = Path(sys.executable).parent / "openapi-python-client"
    cmd = [
        str(generator), "generate", "--path", str(adjusted_path), "--config", str(CONFIG),
        "--meta", "none", "--output-path", str(out), "--fail-on-warning",
    ]  # fmt: skip
    done = subprocess.run(cmd, cwd=workdir, env=_tool_env(), capture_output=True, text=True)
    if done.returncode != 0 or not out.is_dir():
        raise GenerationError((done.stdout + done.stderr).strip() or "generator failed")
    (out / "py.typed").write_text("")
    (out / SPEC_RESOURCE).write_text(json.dumps(vendored, indent=1, ensure_ascii=False) + "\n")
    return out


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def differences(expected: Path, actual: Path) -> list[str]:
    """Describe each file that differs between two package folders, sorted."""
    want, have = tree(expected), tree(actual)
    lines = [f"missing from generated/: {f}" for f in sorted(want - have)]
    lines += [f"not produced by make generate: {f}" for f in sorted(have - want)]
    lines += [
        f"differs: {f}"
        for f in sorted(want & have)
        if not filecmp.cmp(expected / f, actual / f, shallow=False)
    ]
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=GENERATED, help="folder holding the package")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="whitebit-gen-") as tmp:
        try:
            built = build(args.spec, Path(tmp))
        except (GenerationError, OSError, ValueError) as exc:
            print(f"make generate: failed: {exc}", file=sys.stderr)
            return 1
        target = args.out / PACKAGE
        if args.check:
            diff = differences(built, target) if target.is_dir() else [f"missing: {target}"]
            if diff:
                print("generated/ differs from what `make generate` produces:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in diff), file=sys.stderr)
                print("Run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        staging = args.out / f".{PACKAGE}.new"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(built, staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    print(f"generated {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
