"""The command line's start-up: ``whitebit --help`` against ``python -c "import httpx"``.

Both are whole processes, timed from start to exit (interpreter start-up included, as a
user waits for it), interleaved, medians after a warm-up run that compiles the bytecode.
The goal (issue 26): at most 2x.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

QUICK = os.environ.get("BENCH_QUICK") == "1"


def bench_cli() -> dict[str, Any]:
    runs = 1 if QUICK else 15
    whitebit = str(Path(sys.executable).with_name("whitebit"))
    commands = {
        "httpx": [sys.executable, "-c", "import httpx"],
        "help": [whitebit, "--help"],
    }
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
            if run:
                samples[name].append(time.perf_counter() - started)
    httpx_s, help_s = (statistics.median(samples[n]) for n in ("httpx", "help"))
    return {"help_ms": help_s * 1000, "httpx_ms": httpx_s * 1000, "ratio": help_s / httpx_s}
