"""Putting a freshly built tree in place, whole or not at all."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path


def swap_in(built: Path, target: Path) -> None:
    """Replace the folder ``target`` with a copy of ``built``: copied beside it first, so a
    failure leaves the old one untouched, and no file of the old one survives."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(built, staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def write_file(path: Path, text: str) -> None:
    """Write through a temporary file, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.new")
    staging.write_text(text, encoding="utf-8")
    staging.replace(path)


def tree(folder: Path) -> set[str]:
    """The files of a folder, relative; Python's bytecode caches are not part of it."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(expected: Path, actual: Path, label: str = "generated/") -> list[str]:
    """Describe each file that differs between two folders, sorted."""
    want, have = tree(expected), tree(actual) if actual.is_dir() else set()
    lines = [f"missing from {label}: {f}" for f in sorted(want - have)]
    lines += [f"not produced by make generate: {f}" for f in sorted(have - want)]
    lines += [
        f"differs: {f}"
        for f in sorted(want & have)
        if not filecmp.cmp(expected / f, actual / f, shallow=False)
    ]
    return lines
