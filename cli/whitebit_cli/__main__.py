"""The console script: ``whitebit`` (or ``python -m whitebit_cli``).

Imports nothing of its own until the extra is known to be there, so that without it the
command says which one to install instead of a traceback.
"""

from __future__ import annotations

import sys

EXTRA_HINT = (
    "whitebit: the command line needs the 'cli' extra (click, rich, python-dateutil): "
    "pip install 'whitebit-client[cli]'"
)


def main() -> None:
    try:
        import click  # noqa: F401
        import dateutil  # noqa: F401
        import rich  # noqa: F401
    except ImportError:
        print(EXTRA_HINT, file=sys.stderr)
        raise SystemExit(1) from None
    from ._app import cli

    cli(prog_name="whitebit")


if __name__ == "__main__":
    main()
