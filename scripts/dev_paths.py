"""Put the source folders on the dev environment's path: ``python -m scripts.dev_paths``.

pip's editable install finds the packages through an import hook that mypy and IDEs cannot
see; a ``.pth`` file of plain folders is read by all of them (and by Python first).
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

from .specfile import ROOT

SOURCES = ("generated", "auth_plugin", "sandbox", "cli")
PTH = "whitebit_client_sources.pth"


def main() -> int:
    target = Path(sysconfig.get_paths()["purelib"]) / PTH
    target.write_text("".join(f"{ROOT / folder}\n" for folder in SOURCES), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
