"""make generate: deterministic, generic over the spec, every operation with its kind, and the
drift check sees every change."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from testkit.spec_walk import ROOT, vendored
from testkit.support import FLEX, variant_spec
from whitebit_auth import Kind, operation_kind
from whitebit_auth._operations import bundled_operation_kinds

from scripts import check_spec, generate
from scripts.overlay import adjust
from scripts.settings import load_settings
from scripts.specfile import SPEC
from scripts.workspace import differences

pytestmark = pytest.mark.slow  # each test runs the generator

# What each of the 65 operations does to the account, as the facts describe it.
KINDS = {
    "read": """getMainBalance getDepositAddress getDepositWithdrawHistory getMyCodes
        getCodesHistory getFees getFixedPlans getFixedInvestmentsHistory
        getInterestPaymentHistory getUserFlexInvestments getFlexInvestmentHistory getFlexPlans
        getFlexPaymentHistory listSubAccounts getSubAccountBalances getSubAccountTransferHistory
        listUnconfirmedSubAccountWithdrawals listSubAccountApiKeys listSubAccountApiKeyIpAddresses
        getSubAccountKycUrl getMiningRewards getMiningHashrate getMiningPayoutDestination
        getMiningMinerInfo getMiningWorkerNames getMiningWorkerHashrate listMiningWatcherLinks
        getMiningAccounts getCreditLineInfo getWebSocketToken getTravelRuleVasps""",
    "money": """refundDeposit createWithdraw createWithdrawPay transferBetweenBalances createCode
        applyCode createFixedInvestment closeFixedInvestment createFlexInvestment
        withdrawFromFlexInvestment closeFlexInvestment subAccountTransfer
        confirmSubAccountWithdrawal""",
    "state": """getFiatDepositUrl issueCardToken createExpressWithdrawToken createNewAddress
        updateFlexAutoReinvestment createSubAccount deleteSubAccount editSubAccount
        blockSubAccount unblockSubAccount createSubAccountApiKey editSubAccountApiKey
        deleteSubAccountApiKey resetSubAccountApiKey createSubAccountApiKeyIpAddress
        deleteSubAccountApiKeyIpAddress setMiningPayoutDestination createMiningWatcherLink
        createMiningAccount issueJwtToken submitTravelRuleDepositVerification""",
}
EXPECTED = {op_id: kind for kind, ids in KINDS.items() for op_id in ids.split()}


def test_every_operation_has_the_kind_the_facts_give_it() -> None:
    index = bundled_operation_kinds()
    assert len(EXPECTED) == 65
    found = {op.operation_id: op.kind.value for op in index.operations.values()}
    assert found == EXPECTED
    assert operation_kind("/api/v4/main-account/withdraw") is Kind.MONEY
    assert operation_kind("/api/v4/not/known") is Kind.MONEY  # the safe side for retries


def test_idempotency_keys_and_an_operations_own_server_come_from_the_spec() -> None:
    ops = {op.operation_id: op for op in bundled_operation_kinds().operations.values()}
    assert ops["createWithdraw"].idempotency == "uniqueId"
    assert ops["createWithdrawPay"].idempotency == "uniqueId"
    assert ops["createExpressWithdrawToken"].idempotency == "externalId"
    assert ops["transferBetweenBalances"].idempotency is None
    assert ops["issueCardToken"].server == "https://fgw.whitebit.com"
    assert ops["getDepositWithdrawHistory"].pages == {"default": 50, "maximum": 500}


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
    adjusted = adjust(spec, load_settings())
    other = adjusted["components"]["requestBodies"]["Other"]["content"]["application/json"]
    assert other["schema"]["required"] == ["x"]
    assert set(other["schema"]["properties"]) == {"x"}
    for item in adjusted["paths"].values():
        for op in item.values():
            media = op.get("requestBody", {}).get("content", {}).get("application/json")
            if media and "schema" in media:
                assert not {"request", "nonce"} & set(media["schema"].get("properties", {}))
                assert not {"request", "nonce"} & set(media.get("example", {}))


def test_an_operation_without_operation_id_is_refused_naming_its_path(tmp_path: Path) -> None:
    spec = variant_spec()
    spec["paths"]["/api/v4/main-account/codes"]["post"]["operationId"] = " "
    source = tmp_path / "unnamed.yaml"
    source.write_text(yaml.safe_dump(spec))
    done = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--spec", str(source), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert "POST /api/v4/main-account/codes has no operationId" in done.stderr
    assert not (tmp_path / generate.PACKAGE).exists()
    twice = vendored()
    first = twice["paths"]["/api/v4/main-account/codes"]["post"]["operationId"]
    twice["paths"]["/api/v4/main-account/codes/my"]["post"]["operationId"] = first
    assert check_spec.operation_id_problems(twice) == [
        f"POST /api/v4/main-account/codes/my has the operationId '{first}' "
        "of POST /api/v4/main-account/codes"
    ]


def test_generation_is_deterministic_wherever_it_runs(tmp_path: Path) -> None:
    first = generate.build(SPEC, _mkdir(tmp_path / "a" / "deep" / "folder"))
    second = generate.build(SPEC, _mkdir(tmp_path / "b"))
    assert differences(first.package, second.package) == []
    assert first.reference == second.reference
    committed = ROOT / "generated" / generate.PACKAGE
    assert differences(first.package, committed) == []
    assert first.reference == generate.REFERENCE.read_text("utf-8")


def test_the_reference_lists_every_operation() -> None:
    text = generate.REFERENCE.read_text("utf-8")
    for op_id in EXPECTED:
        assert f"`{op_id}`" in text, op_id
    assert "moves money**, key `uniqueId`" in text
    assert "`data[].invested`" in text  # a decimal field of an answer


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def _write(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_variant_spec_generates_and_drift_check_reports_it(tmp_path: Path) -> None:
    spec_file = _write(variant_spec(), tmp_path / "variant.yaml")
    out = tmp_path / "out"
    reference = tmp_path / "operations.md"
    done = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--spec", str(spec_file), "--out", str(out),
         "--reference", str(reference)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    package = out / generate.PACKAGE
    new_module = package / "api" / "crypto_lending_flex" / "get_flex_investment_summary.py"
    assert new_module.is_file()
    assert "risk_tier" in (package / "models" / "flex_investment.py").read_text()
    assert "getFlexInvestmentSummary" in reference.read_text()

    # The generated package imports and parses the new field, with no handwritten change.
    probe = (
        "from whitebit_main_api.models import SubAccount;"
        "from whitebit_main_api.api.crypto_lending_flex import get_flex_investment_summary;"
        "print(SubAccount.from_dict({'alias': 'B'}).alias)"
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
        [sys.executable, "-m", "scripts.generate", "--check", "--spec", str(spec_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1
    assert "missing from generated/: api/crypto_lending_flex/get_flex_investment_summary.py" in (
        check.stderr
    )
    assert "differs: models/flex_investment.py" in check.stderr
    assert "differs: docs/operations.md" in check.stderr


def test_stale_files_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = out / generate.PACKAGE / "models" / "gone.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("# from an older spec\n")
    reference = str(tmp_path / "operations.md")
    assert generate.main(["--out", str(out), "--reference", reference]) == 0
    assert not stale.exists()
    assert filecmp.cmp(
        out / generate.PACKAGE / "client.py", ROOT / "generated" / generate.PACKAGE / "client.py"
    )


@pytest.mark.parametrize("bad", ["missing.yaml", "broken.yaml"])
def test_generation_failure_leaves_package_untouched(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    reference = str(tmp_path / "operations.md")
    assert generate.main(["--out", str(out), "--reference", reference]) == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    (tmp_path / "broken.yaml").write_text("openapi: 3.0.3\npaths: [\n")
    args = ["--out", str(out), "--reference", reference, "--spec", str(tmp_path / bad)]
    assert generate.main(args) == 1
    spec_files = {"broken.yaml", "missing.yaml"}
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert {p: b for p, b in after.items() if p.name not in spec_files} == before


def test_flex_paths_are_where_the_seeds_put_them() -> None:
    assert f"{FLEX}/investments" in vendored()["paths"]


def test_bytecode_caches_are_not_drift(tmp_path: Path) -> None:
    from scripts.workspace import differences

    built, committed = tmp_path / "built", tmp_path / "committed"
    for folder in (built, committed):
        (folder / "models").mkdir(parents=True)
        (folder / "models" / "a.py").write_text("x = 1\n")
    (committed / "models" / "__pycache__").mkdir()
    (committed / "models" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert differences(built, committed) == []
    (committed / "models" / "b.py").write_text("y = 2\n")
    assert differences(built, committed) == ["not produced by make generate: models/b.py"]


def test_model_methods_import_nothing_on_each_call() -> None:
    # A function-level import runs the import machinery on every from_dict: for a page of
    # items, once per item. Models import what they refer to once, below their class.
    import ast

    models = ROOT / "generated" / "whitebit_main_api" / "models"
    calls_import = []
    for path in sorted(models.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef):
                calls_import += [
                    f"{path.name}:{inner.lineno}"
                    for inner in ast.walk(node)
                    if isinstance(inner, ast.Import | ast.ImportFrom)
                ]
    assert calls_import == []


def test_models_that_refer_to_each_other_import_in_any_order() -> None:
    # Every model module imported first, each in a fresh interpreter's view of the package.
    models = sorted(
        p.stem for p in (ROOT / "generated" / "whitebit_main_api" / "models").glob("*.py")
    )
    script = (
        "import importlib, sys\n"
        f"for name in {models!r}:\n"
        "    for key in [k for k in sys.modules if k.startswith('whitebit_main_api')]:\n"
        "        del sys.modules[key]\n"
        "    module = importlib.import_module('whitebit_main_api.models.' + name)\n"
        "    for value in vars(module).values():\n"
        "        if hasattr(value, 'from_dict') and hasattr(value, '__attrs_attrs__'):\n"
        "            value.__init__  # noqa: B018\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
