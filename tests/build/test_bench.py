"""`make bench` keeps working: a quick run measures everything and writes its results.

Nothing here judges the figures (they are noise at this length, and timing assertions have no
place on a shared machine); it checks that every measurement ran and produced a number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a quick make bench

ROOT = Path(__file__).resolve().parents[2]


def test_quick_bench_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = os.environ | {"BENCH_QUICK": "1", "BENCH_OUT": str(out)}
    done = subprocess.run(
        [sys.executable, "-m", "scripts.bench"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(out.read_text())
    for section, key in [
        ("sync", "overhead"),
        ("async", "overhead"),
        ("signing", "hook_ratio"),
        ("signing", "core_ratio"),
        ("import", "ratio"),
        ("cli", "ratio"),
        ("limiter", "utilisation"),
        ("generate", "seconds"),
        ("generate", "ratio"),
        ("webhooks", "verify_delivery_ratio"),
        ("webhooks", "verify_ratio"),
    ]:
        assert isinstance(results[section][key], float), (section, key)
    assert isinstance(results["limiter"]["rejected_429"], int)
    assert isinstance(results["memory"]["blocks_grown"], int)
    assert results["memory"]["idle_client_bytes"] > 0
    assert "| sync sequential calls/s |" in done.stdout
