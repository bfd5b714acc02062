"""The console script: ``whitebit`` (or ``python -m whitebit_cli``).

Imports nothing of its own until the extra is known to be there, so that without it the
command says which one to install instead of a traceback.
"""

from __future__ import annotations

import importlib.util
import sys

EXTRA_HINT = (
    "whitebit: the command line needs the 'cli' extra (click, rich, python-dateutil): "
    "pip install 'whitebit-client[cli] @ <path or URL>' (README: Installing)"
)


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def main() -> None:
    # Found, not imported: rich and dateutil load only for the commands that use them.
    if not all(_installed(name) for name in ("click", "rich", "dateutil")):
        print(EXTRA_HINT, file=sys.stderr)
        raise SystemExit(1)
    from ._app import cli

    cli(prog_name="whitebit")


if __name__ == "__main__":
    main()
