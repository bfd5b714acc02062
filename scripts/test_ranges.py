"""make test-ranges: the client's tests with the lowest and the highest allowed versions of its
runtime libraries (httpx, attrs, and the aiohttp and redis of its extras), on every Python that
``requires-python`` allows and this machine has, each in a throwaway environment.

    python -m scripts.test_ranges              every Python found, lowest and highest
    python -m scripts.test_ranges --python 3.13 --bound lowest

The ranges come from pyproject.toml itself (the base dependencies, the aiohttp and redis
extras), so a range that is widened there is tested at its new end. A range that fails here is
narrowed.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")
LIBRARIES = ("httpx", "attrs", "aiohttp", "redis")
# What the client's tests need besides the package and its sandbox extra (pinned as in dev).
TEST_TOOLS = ("pytest", "hypothesis", "pyyaml")


def _requirements() -> dict[str, str]:
    """Each library's requirement as pyproject.toml states it, e.g. ``httpx>=0.26,<0.29``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    found: dict[str, str] = {}
    for spec in [
        *project["dependencies"],
        *(s for e in ("aiohttp", "redis") for s in project["optional-dependencies"][e]),
    ]:
        name = re.split(r"[<>=!~ \[]", spec, maxsplit=1)[0].lower()
        if name in LIBRARIES:
            found[name] = spec.replace(" ", "")
    return found


def _pins() -> list[str]:
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = []
    for spec in dev["optional-dependencies"]["dev"]:
        name = spec.split("==", 1)[0].lower()
        if name in TEST_TOOLS:
            wanted.append(spec)
    return wanted


def lowest(requirement: str) -> str:
    """``name>=X,<Y`` → ``name==X`` (a lower bound is the version pip would install at least)."""
    name = re.split(r"[<>=!~]", requirement, maxsplit=1)[0]
    floor = re.search(r">=\s*([0-9][0-9a-zA-Z.]*)", requirement)
    if floor is None:
        raise SystemExit(f"{requirement}: no lower bound to test (write one in pyproject.toml)")
    return f"{name}=={floor.group(1)}"


def find_python(version: str) -> str | None:
    """A working interpreter of ``version``: one of pyenv's, else one on PATH (a pyenv shim on
    PATH may name a version that is not selected, so each candidate is tried)."""
    root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates = sorted(glob.glob(f"{root}/versions/{version}.*/bin/python"), reverse=True)
    on_path = shutil.which(f"python{version}")
    if on_path:
        candidates.append(on_path)
    for candidate in candidates:
        probe = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True, text=True,
        )  # fmt: skip
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def run(python: str, bound: str, wheel: Path, pytest_args: list[str]) -> bool:
    requirements = _requirements()
    chosen = [lowest(spec) if bound == "lowest" else spec for spec in requirements.values()]
    with tempfile.TemporaryDirectory(prefix="whitebit-ranges-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run(
            [*pip, f"{wheel}[sandbox]", *chosen, *_pins()],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        versions = subprocess.run(
            [str(venv / "bin" / "python"), "-c",
             "import importlib.metadata as m, sys; print(sys.version.split()[0], "
             "*(f'{n}=={m.version(n)}' for n in ('httpx', 'attrs', 'aiohttp', 'redis')))"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip
        print(f"== {bound}: Python {versions}", flush=True)
        # From the checkout (its tests and their helpers), importing the installed package: its
        # sources are in auth_plugin/, generated/, sandbox/, none of them on the path.
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pytest", "-p", "no:cacheprovider",
             "tests/auth", *pytest_args],
            cwd=ROOT,
        )  # fmt: skip
        return done.returncode == 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.test_ranges", description=__doc__)
    parser.add_argument("--python", action="append", choices=PYTHONS)
    parser.add_argument("--bound", action="append", choices=("lowest", "highest"))
    args, pytest_args = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="whitebit-wheel-") as out:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, str(ROOT)],
            check=True,
        )
        wheel = next(Path(out).glob("*.whl"))
        failed: list[str] = []
        for version in args.python or PYTHONS:
            python = find_python(version)
            if python is None:
                print(f"== Python {version}: not on this machine, not tested", flush=True)
                continue
            for bound in args.bound or ("lowest", "highest"):
                if not run(python, bound, wheel, pytest_args):
                    failed.append(f"Python {version}, {bound}")
    if failed:
        print("make test-ranges: failed on " + "; ".join(failed), file=sys.stderr)
        return 1
    print("make test-ranges: every allowed range passes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
