"""Checking a recording (JSON lines from ``RecordingTransport``) against a spec."""

from __future__ import annotations

import json
from pathlib import Path

from ._checker import Contract, Violation


def check_recording(
    path: str | Path, contract: Contract | None = None
) -> list[tuple[int, Violation]]:
    """(line number, violation) for every exchange of the recording that breaks the spec."""
    contract = contract or Contract()
    found: list[tuple[int, Violation]] = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            exchange = json.loads(line)
        except ValueError:
            found.append((number, Violation("-", "request", "", "json", "not a JSON line")))
            continue
        if not isinstance(exchange, dict):
            found.append((number, Violation("-", "request", "", "json", "not a JSON object")))
            continue
        found += [(number, v) for v in contract.check_recorded(exchange)]
    return found
