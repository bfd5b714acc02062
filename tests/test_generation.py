"""make generate: deterministic, generic over the spec, and the drift check sees changes."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path
from typing import Any

import generate
import pytest
import yaml
from adjust_spec import adjust
from spec_walk import ROOT
from support import variant_spec


def _write(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_adjustment_is_generic(tmp_path: Path) -> None:
    spec = variant_spec()
    spec["paths"]["/api/v4/main-account/other"] = {
        "post": {
            "operationId": "other",
            "requestBody": {"$ref": "#/components/requestBodies/Other"},
            "responses": {"200": {"description": "ok"}},
        }
    }
    spec["components"]["requestBodies"] = {
        "Other": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["request", "nonce", "x"],
                        "properties": {
                            "x": {"type": "string"},
                            "request": {"type": "string"},
                            "nonce": {"type": "integer"},
                        },
                    }
                }
            }
        }
    }
    adjusted = adjust(spec)
    other = adjusted["components"]["requestBodies"]["Other"]["content"]["application/json"]
    assert other["schema"]["required"] == ["x"]
    assert set(other["schema"]["properties"]) == {"x"}
    for item in adjusted["paths"].values():
        for op in item.values():
            media = op.get("requestBody", {}).get("content", {}).get("application/json")
            if media and "schema" in media:
                assert not {"request", "nonce"} & set(media["schema"].get("properties", {}))
                assert not {"request", "nonce"} & set(media.get("example", {}))


def test_generation_is_deterministic_wherever_it_runs(tmp_path: Path) -> None:
    first = generate.build(generate.SPEC, _mkdir(tmp_path / "a" / "deep" / "folder"))
    second = generate.build(generate.SPEC, _mkdir(tmp_path / "b"))
    assert generate.differences(first, second) == []
    committed = ROOT / "generated" / generate.PACKAGE
    assert generate.differences(first, committed) == []


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def test_variant_spec_generates_and_drift_check_reports_it(tmp_path: Path) -> None:
    spec_file = _write(variant_spec(), tmp_path / "variant.yaml")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "scripts/generate.py", "--spec", str(spec_file), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    package = out / generate.PACKAGE
    new_module = package / "api" / "crypto_lending_flex" / "get_flex_investment_summary.py"
    assert new_module.is_file()
    assert "risk_tier" in (package / "models" / "flex_investment.py").read_text()

    # The generated package imports and parses the new field, with no handwritten change.
    probe = (
        "from whitebit_main_api.models import FlexInvestment;"
        "from whitebit_main_api.api.crypto_lending_flex import get_flex_investment_summary;"
        "print(FlexInvestment.from_dict({'riskTier': 'B'}).risk_tier)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
    )
    assert ran.stdout.strip() == "B", ran.stderr

    # Against the committed generated/, the drift check names what changed.
    check = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check", "--spec", str(spec_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1
    assert "missing from generated/: api/crypto_lending_flex/get_flex_investment_summary.py" in (
        check.stderr
    )
    assert "differs: models/flex_investment.py" in check.stderr


def test_stale_files_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = out / generate.PACKAGE / "models" / "gone.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("# from an older spec\n")
    assert generate.main(["--out", str(out)]) == 0
    assert not stale.exists()
    assert filecmp.cmp(
        out / generate.PACKAGE / "client.py", ROOT / "generated" / generate.PACKAGE / "client.py"
    )


@pytest.mark.parametrize("bad", ["missing.yaml", "broken.yaml"])
def test_generation_failure_leaves_package_untouched(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    assert generate.main(["--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (tmp_path / "broken.yaml").write_text("openapi: 3.0.3\npaths: [\n")
    assert generate.main(["--out", str(out), "--spec", str(tmp_path / bad)]) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
