"""setuptools' build backend, building in a temporary folder of its own.

setuptools writes its intermediate folders (``build/``, ``*.egg-info``) beside the sources,
so ``pip install .`` would leave them in the checkout; a fixed folder elsewhere would be
shared by every checkout on the machine, and setuptools keeps a newer file it finds there.
Each build here gets a fresh temporary folder (through ``DIST_EXTRA_CONFIG``, setuptools'
extra configuration file), removed afterwards. Everything else is setuptools' own.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import Any

from setuptools import build_meta as _setuptools  # type: ignore[import-untyped]


@contextlib.contextmanager
def _elsewhere() -> Iterator[None]:
    with tempfile.TemporaryDirectory(prefix="whitebit-client-build-") as folder:
        config = os.path.join(folder, "setup.cfg")
        with open(config, "w", encoding="utf-8") as out:
            out.write(f"[build]\nbuild_base = {folder}/build\n[egg_info]\negg_base = {folder}\n")
        before = os.environ.get("DIST_EXTRA_CONFIG")
        os.environ["DIST_EXTRA_CONFIG"] = config
        try:
            yield
        finally:
            if before is None:
                del os.environ["DIST_EXTRA_CONFIG"]
            else:
                os.environ["DIST_EXTRA_CONFIG"] = before


def build_wheel(*args: Any, **kwargs: Any) -> str:
    with _elsewhere():
        return str(_setuptools.build_wheel(*args, **kwargs))


def build_sdist(*args: Any, **kwargs: Any) -> str:
    with _elsewhere():
        return str(_setuptools.build_sdist(*args, **kwargs))


def build_editable(*args: Any, **kwargs: Any) -> str:
    with _elsewhere():
        return str(_setuptools.build_editable(*args, **kwargs))


def prepare_metadata_for_build_wheel(*args: Any, **kwargs: Any) -> str:
    with _elsewhere():
        return str(_setuptools.prepare_metadata_for_build_wheel(*args, **kwargs))


def prepare_metadata_for_build_editable(*args: Any, **kwargs: Any) -> str:
    with _elsewhere():
        return str(_setuptools.prepare_metadata_for_build_editable(*args, **kwargs))


def get_requires_for_build_wheel(*args: Any, **kwargs: Any) -> list[str]:
    with _elsewhere():
        return list(_setuptools.get_requires_for_build_wheel(*args, **kwargs))


def get_requires_for_build_sdist(*args: Any, **kwargs: Any) -> list[str]:
    with _elsewhere():
        return list(_setuptools.get_requires_for_build_sdist(*args, **kwargs))


def get_requires_for_build_editable(*args: Any, **kwargs: Any) -> list[str]:
    with _elsewhere():
        return list(_setuptools.get_requires_for_build_editable(*args, **kwargs))
