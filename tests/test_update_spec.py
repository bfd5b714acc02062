"""make update-spec: validate first, replace and regenerate, report changes; else touch nothing."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import generate
import pytest
import yaml
from spec_walk import ROOT
from support import variant_spec


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the vendored spec and of generated/, for update-spec to work on."""
    spec = tmp_path / "openapi" / "main_api_v4.yaml"
    spec.parent.mkdir()
    shutil.copy(generate.SPEC, spec)
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out)
    return spec, out


def _snapshot(*roots: Path) -> dict[Path, bytes]:
    files: dict[Path, bytes] = {}
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        files.update({p: p.read_bytes() for p in paths if p.is_file()})
    return files


def _run(source: str, spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/update_spec.py", source, "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def http_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "served"
    root.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def _check_changes_reported(stdout: str) -> None:
    assert "+ operation getFlexInvestmentSummary" in stdout
    assert "+ response 200 field data[].riskTier: string" in stdout


def test_update_from_local_file(tmp_path: Path, workspace: tuple[Path, Path]) -> None:
    spec, out = workspace
    newer = tmp_path / "newer.yaml"
    newer.write_text(yaml.safe_dump(variant_spec(), sort_keys=False))
    done = _run(str(newer), spec, out)
    assert done.returncode == 0, done.stderr
    _check_changes_reported(done.stdout)
    assert spec.read_text() == newer.read_text()
    assert (
        out / generate.PACKAGE / "api/crypto_lending_flex/get_flex_investment_summary.py"
    ).exists()


def test_update_from_local_http_server(
    workspace: tuple[Path, Path], http_server: tuple[str, Path]
) -> None:
    spec, out = workspace
    url, root = http_server
    (root / "spec.yaml").write_text(yaml.safe_dump(variant_spec(), sort_keys=False))
    done = _run(f"{url}/spec.yaml", spec, out)
    assert done.returncode == 0, done.stderr
    _check_changes_reported(done.stdout)


def test_retyped_and_removed_fields_are_reported(
    tmp_path: Path, workspace: tuple[Path, Path]
) -> None:
    spec, out = workspace
    changed = variant_spec()
    props = changed["components"]["schemas"]["FlexInvestment"]["properties"]
    props["invested"] = {"type": "string", "format": "decimal", "example": "100"}
    del props["updatedAt"]
    newer = tmp_path / "newer.yaml"
    newer.write_text(yaml.safe_dump(changed, sort_keys=False))
    done = _run(str(newer), spec, out)
    assert done.returncode == 0, done.stderr
    assert "~ response 200 field data[].invested: string -> string (decimal)" in done.stdout
    assert "- response 200 field data[].updatedAt" in done.stdout


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{tmp}/invalid.yaml", "is invalid"),
        ("{tmp}/bad-example.yaml", "is not of type"),
        ("{tmp}/not-there.yaml", "no such file"),
        ("{tmp}/garbage.yaml", "is not YAML or JSON"),
        ("{url}/missing.yaml", "cannot fetch"),
        ("http://127.0.0.1:9/spec.yaml", "cannot fetch"),
    ],
)
def test_bad_source_changes_nothing(
    tmp_path: Path,
    workspace: tuple[Path, Path],
    http_server: tuple[str, Path],
    source: str,
    message: str,
) -> None:
    spec, out = workspace
    url, _root = http_server
    invalid = variant_spec()
    del invalid["info"]
    (tmp_path / "invalid.yaml").write_text(yaml.safe_dump(invalid))
    bad_example = variant_spec()
    bad_example["components"]["schemas"]["FlexInvestment"]["properties"]["id"]["example"] = 5
    (tmp_path / "bad-example.yaml").write_text(yaml.safe_dump(bad_example))
    (tmp_path / "garbage.yaml").write_text("openapi: [\n")
    before = _snapshot(spec, out)
    done = _run(source.format(tmp=tmp_path, url=url), spec, out)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert message in lines[0]
    assert "nothing was changed" in lines[0]
    assert _snapshot(spec, out) == before


def test_missing_source_argument_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/update_spec.py", ""], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "SOURCE=" in done.stderr
