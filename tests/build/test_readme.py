"""Every Python block of the README runs, as a user would paste it, against the sandbox server:
a script with python, a test module with pytest; the credentials and base URL come from the
environment, as the README says they do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from testkit.cli import SandboxServer, sandbox_server
from testkit.spec_walk import ROOT
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET

pytestmark = pytest.mark.slow  # runs every README block in a subprocess

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.DOTALL)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with sandbox_server() as running:
        yield running


def _first_line(block: str) -> str:
    return block.strip().splitlines()[0][:60]


def test_the_readme_has_its_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize(
    "block", BLOCKS, ids=[f"{n}:{_first_line(b)}" for n, b in enumerate(BLOCKS)]
)
def test_every_readme_block_runs_against_the_sandbox(
    block: str, server: SandboxServer, tmp_path: Path
) -> None:
    server.control("reset")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHITEBIT_")}
    env.update(
        WHITEBIT_API_KEY=DEMO_API_KEY,
        WHITEBIT_API_SECRET=DEMO_API_SECRET,
        WHITEBIT_BASE_URL=server.url,
        WHITEBIT_WEBHOOK_KEY="readme-hook-key",
        WHITEBIT_WEBHOOK_SECRET="readme-hook-secret",
    )
    if "def test_" in block:
        script = tmp_path / "test_readme_block.py"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(script)]
    else:
        script = tmp_path / "readme_block.py"
        command = [sys.executable, str(script)]
    script.write_text(block)
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
