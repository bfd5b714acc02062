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

import pytest
import yaml
from testkit.spec_walk import ROOT
from testkit.support import variant_spec

from scripts import generate
from scripts.specfile import SPEC

pytestmark = pytest.mark.slow  # each test regenerates the client


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the vendored spec, generated/ and the reference, for update-spec to work on."""
    spec = tmp_path / "openapi" / "main_api_v4.yaml"
    spec.parent.mkdir()
    shutil.copy(SPEC, spec)
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out)
    shutil.copy(generate.REFERENCE, tmp_path / "operations.md")
    return spec, out


def _snapshot(*roots: Path) -> dict[Path, bytes]:
    files: dict[Path, bytes] = {}
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        files.update({p: p.read_bytes() for p in paths if p.is_file()})
    return files


def _run(source: str, spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    side = out.parent
    return subprocess.run(
        [sys.executable, "-m", "scripts.update_spec", source, "--spec", str(spec),
         "--out", str(out), "--reference", str(side / "operations.md"),
         "--changes", str(side / "CHANGES.md")],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip


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


def _check_changes_reported(stdout: str, changes: Path) -> None:
    new_op = (
        "new operation getFlexInvestmentSummary: "
        "whitebit_main_api.api.crypto_lending_flex.get_flex_investment_summary"
    )
    assert new_op in stdout
    assert "FlexInvestment: new field risk_tier: str | Unset" in stdout
    assert "BREAKING" not in stdout  # only additions
    recorded = changes.read_text()
    assert recorded.startswith("# Changes of the vendored spec, in Python terms")
    assert new_op in recorded


def test_update_from_local_file(tmp_path: Path, workspace: tuple[Path, Path]) -> None:
    spec, out = workspace
    newer = tmp_path / "newer.yaml"
    newer.write_text(yaml.safe_dump(variant_spec(), sort_keys=False))
    done = _run(str(newer), spec, out)
    assert done.returncode == 0, done.stderr
    _check_changes_reported(done.stdout, tmp_path / "CHANGES.md")
    assert spec.read_text() == newer.read_text()
    assert "getFlexInvestmentSummary" in (tmp_path / "operations.md").read_text()
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
    _check_changes_reported(done.stdout, out.parent / "CHANGES.md")


def test_retyped_and_removed_fields_are_reported(
    tmp_path: Path, workspace: tuple[Path, Path]
) -> None:
    spec, out = workspace
    changed = variant_spec()
    props = changed["components"]["schemas"]["FlexInvestment"]["properties"]
    props["invested"] = {"type": "string", "format": "byte", "example": "MTAw"}
    del props["updatedAt"]
    for example in _examples_holding(changed, "updatedAt"):
        del example["updatedAt"]
    media = changed["paths"]["/api/v4/main-account/smart-flex/investments/invest"]["post"]
    media = media["requestBody"]["content"]["application/json"]
    media["schema"]["properties"]["riskTier"] = {"type": "string", "example": "B"}
    media["schema"]["required"].append("riskTier")
    media["example"]["riskTier"] = "B"
    newer = tmp_path / "newer.yaml"
    newer.write_text(yaml.safe_dump(changed, sort_keys=False))
    done = _run(str(newer), spec, out)
    assert done.returncode == 0, done.stderr
    assert "BREAKING  FlexInvestment.invested: Decimal -> str" in done.stdout
    assert "BREAKING  FlexInvestment: removed field updated_at" in done.stdout
    assert "BREAKING  CreateFlexInvestmentBody: new required field risk_tier: str" in done.stdout


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{tmp}/invalid.yaml", "not valid OpenAPI 3.0 at /: 'info' is a required property"),
        (
            "{tmp}/bad-type.yaml",
            "at /components/schemas/FlexInvestment/properties/id/type: 'uuid' is not one of",
        ),
        ("{tmp}/bad-example.yaml", "example at /components/schemas/FlexInvestment/properties/id"),
        ("{tmp}/not-there.yaml", "no such file"),
        ("{tmp}/garbage.yaml", "is not YAML or JSON"),
        ("{tmp}/unnamed.yaml", "POST /api/v4/main-account/codes has no operationId"),
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
    bad_type = variant_spec()
    bad_type["components"]["schemas"]["FlexInvestment"]["properties"]["id"]["type"] = "uuid"
    (tmp_path / "bad-type.yaml").write_text(yaml.safe_dump(bad_type))
    bad_example = variant_spec()
    bad_example["components"]["schemas"]["FlexInvestment"]["properties"]["id"]["example"] = 5
    (tmp_path / "bad-example.yaml").write_text(yaml.safe_dump(bad_example))
    (tmp_path / "garbage.yaml").write_text("openapi: [\n")
    unnamed = variant_spec()
    del unnamed["paths"]["/api/v4/main-account/codes"]["post"]["operationId"]
    (tmp_path / "unnamed.yaml").write_text(yaml.safe_dump(unnamed))
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
        [sys.executable, "-m", "scripts.update_spec", ""], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "SOURCE=" in done.stderr


def _examples_holding(node: object, key: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(node, dict):
        if key in node and not isinstance(node[key], dict):
            found.append(node)
        for value in node.values():
            found += _examples_holding(value, key)
    elif isinstance(node, list):
        for value in node:
            found += _examples_holding(value, key)
    return found
