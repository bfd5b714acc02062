"""``python -m whitebit_sandbox.contract check FILE [--spec PATH]``: check a recording.

Exits 0 when every exchange conforms, 1 when one does not (each printed with its line), 2 for
a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._checker import Contract
from ._recording import check_recording


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whitebit_sandbox.contract")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a recording (JSON lines) against a spec")
    check.add_argument("recording", type=Path)
    check.add_argument(
        "--spec", help="an OpenAPI file (JSON or YAML); default: the one bundled with the client"
    )
    args = parser.parse_args(argv)
    try:
        contract = Contract(args.spec)
        found = check_recording(args.recording, contract)
        lines = sum(1 for line in args.recording.read_text("utf-8").splitlines() if line.strip())
    except (OSError, ValueError, ImportError) as exc:
        print(f"contract check: {exc}", file=sys.stderr)
        return 2
    for number, violation in found:
        print(f"{args.recording}:{number}: {violation}")
    spec = args.spec or "the bundled spec"
    if found:
        bad = len({n for n, _ in found})
        print(f"{bad} of {lines} exchanges break {spec}", file=sys.stderr)
        return 1
    print(f"{lines} exchanges, all conform to {spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
