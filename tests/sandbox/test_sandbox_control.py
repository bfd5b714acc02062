"""Driving a running sandbox without Python: the ``/sandbox/`` control endpoints (loopback
only) and the seed file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from testkit.support import Api
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    Sandbox,
    SeedError,
    config_from_seed,
    serve,
)
from whitebit_sandbox._control import answer

ROOT = Path(__file__).resolve().parents[2]


def control(http: httpx.Client, name: str, **body: Any) -> Any:
    response = http.post(f"/sandbox/{name}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_control_endpoints_over_http() -> None:
    sandbox = Sandbox(check_answers=True)
    with serve(sandbox) as server, httpx.Client(base_url=server.url) as http:
        made = control(http, "deposit", who=DEMO_API_KEY, ticker="BTC", amount="0.5")
        assert made["status"] == 15
        assert control(http, "balances", who=DEMO_API_KEY)["main"]["BTC"] == "1.5"
        control(http, "advance", seconds=120)  # two confirmations
        assert control(http, "balances", who="demo-partner")["main"]["BTC"] == "2"
        path = "/api/v4/main-account/withdraw"
        control(http, "faults", path=path, kind="documented", status=422, example="invalidAddress")
        api = Api(sandbox)  # the same sandbox, in process
        refused = api(
            "createWithdraw", ticker="ETH", amount="1", address="0x" + "1" * 40, uniqueId="c1"
        )
        assert refused.json() == {
            "code": 2,
            "message": "Inner validation failed",
            "errors": {"address": ["The address is invalid"]},
        }
        assert (
            api(
                "createWithdraw", ticker="ETH", amount="1", address="0x" + "1" * 40, uniqueId="c1"
            ).status_code
            == 201
        )
        assert control(http, "withdrawals/settle", reference="c1", status=4)["status"] == 4
        control(http, "faults", path=path, kind="status", status=503, count=2)
        control(http, "faults/clear")
        assert (
            api(
                "createWithdraw", ticker="ETH", amount="1", address="0x" + "1" * 40, uniqueId="c2"
            ).status_code
            == 201
        )
        control(http, "reset")
        assert control(http, "balances", who=DEMO_API_KEY)["main"]["ETH"] == "5"
        missing = http.post("/sandbox/nope", json={})
        assert missing.status_code == 404
        assert "/sandbox/deposit" in missing.json()["endpoints"]
        bad = http.post(
            "/sandbox/deposit", json={"who": DEMO_API_KEY, "ticker": "BTC", "amount": 1}
        )
        assert (bad.status_code, bad.json()) == (
            400,
            {"error": "'amount' must be a decimal string"},
        )


def test_control_is_for_loopback_clients_only() -> None:
    sandbox = Sandbox()
    refused = answer(sandbox, "POST", "/sandbox/reset", {}, b"{}", local=False)
    assert refused.status == 403
    assert answer(sandbox, "POST", "/sandbox/reset", {}, b"{}", local=True).status == 200


def test_express_tokens_can_be_paid_through_control() -> None:
    sandbox = Sandbox()
    api = Api(sandbox)
    url = api.ok("createExpressWithdrawToken", ticker="USDT", amount="5", externalId="o1")["url"]
    token = url.rsplit("=", 1)[1]
    assert (
        answer(
            sandbox,
            "POST",
            "/sandbox/express/pay",
            {},
            json.dumps({"token": token, "who": "sandbox-other-key"}).encode(),
            local=True,
        ).status
        == 200
    )
    assert str(sandbox.balance(DEMO_API_KEY, "USDT")) == "10005"


SEED = {
    "base": "empty",
    "keys": {"ci-key": {"secret": "ci-secret", "account": "acme"}},
    "accounts": [{"id": "acme", "twoFactor": True}],
    "balances": {"acme": {"main": {"USDT": "2500.5"}, "spot": {"BTC": "0.1"}}},
    "flexPlans": [
        {
            "id": "p1",
            "ticker": "USDT",
            "minInvestment": "1",
            "maxInvestment": "100",
            "maxRate": "0.1",
        }
    ],
    "rateLimit": None,
}


def test_a_seed_file_describes_the_starting_state() -> None:
    sandbox = Sandbox(config_from_seed(SEED), check_answers=True)
    api = Api(sandbox, "ci-key", "ci-secret")
    assert api.ok("getMainBalance", ticker="USDT") == {"USDT": {"main_balance": "2500.5"}}
    assert [p["id"] for p in api.ok("getFlexPlans")] == ["p1"]
    assert sandbox.limiter is None
    assert Api(sandbox)("getMainBalance").status_code == 401  # the demo key is not in it


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ({"balances": {"acme": {"main": {"USDT": 1.5}}}}, "write amounts as strings"),
        ({"balances": {"acme": {"main": {"USDT": "x"}}}}, r"balances.acme.main.USDT: 'x' is not"),
        (
            {"flexPlans": [{"id": "p", "ticker": "USDT", "colour": "red"}]},
            r"flexPlans\[0\]: unknown",
        ),
        ({"keys": {"k": {"secret": 5}}}, r"keys.k.secret: expected str"),
        ({"balances": {"acme": {"savings": {}}}}, "unknown balance 'savings'"),
        ({"plans": []}, "unknown section 'plans'"),
        ({"base": "nothing"}, "'default' or 'empty'"),
    ],
)
def test_seed_errors_name_where(tmp_path: Path, seed: dict[str, Any], message: str) -> None:
    from whitebit_sandbox import load_seed

    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    with pytest.raises(SeedError, match=message):
        load_seed(path)


def test_a_seed_that_breaks_a_rule_is_refused() -> None:
    seed = {"codes": [{"code": "WBx", "owner": "demo-partner", "ticker": "ETH", "amount": "99"}]}
    with pytest.raises(ValueError, match=r"the seed breaks a rule.*Not enough money"):
        Sandbox(config_from_seed(seed))


def test_the_server_starts_from_a_seed_file(tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(SEED))
    proc = subprocess.Popen(
        [sys.executable, "-m", "whitebit_sandbox", "--seed", str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ},
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        with httpx.Client(base_url=url) as http:
            assert control(http, "balances", who="ci-key") == {
                "main": {"USDT": "2500.5"},
                "spot": {"BTC": "0.1"},
            }
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_bad_seed_file_stops_the_server_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text('{"balances": {"acme": {"main": {"USDT": 1.5}}}}')
    done = subprocess.run(
        [sys.executable, "-m", "whitebit_sandbox", "--seed", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert done.returncode == 2
    assert "write amounts as strings" in done.stderr
    assert DEMO_API_SECRET not in done.stderr
