"""The contract-testing kit users get: the checking transport (strict and report), recording,
``python -m whitebit_sandbox.contract check``, and the pytest fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from testkit.spec_walk import ROOT, vendored
from testkit.support import sandbox_client
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, SUB_ACCOUNT, Sandbox, SandboxTransport
from whitebit_sandbox.contract import (
    Contract,
    ContractTransport,
    ContractViolation,
    RecordingTransport,
    check_recording,
)
from whitebit_sandbox.pytest_plugin import ContractWatch

BALANCE = "/api/v4/main-account/balance"
MY_CODES = "/api/v4/main-account/codes/my"
AUTH = {"request": MY_CODES, "nonce": 1}


def test_a_request_that_breaks_the_spec_is_not_sent() -> None:
    sandbox = Sandbox()
    checked = ContractTransport(SandboxTransport(sandbox))
    http = sandbox_client(sandbox, raw=True, transport=checked).get_httpx_client()
    with pytest.raises(ContractViolation) as caught:
        http.post(MY_CODES, json={"limit": 1000})
    (violation,) = caught.value.violations
    assert (violation.operation, violation.direction, violation.pointer, violation.rule) == (
        "getMyCodes",
        "request",
        "/limit",
        "maximum: 100",
    )
    assert sandbox.auth.nonces.last == {}  # nothing reached the sandbox
    assert "getMyCodes request at /limit" in str(caught.value)


def _answering(status: int, body: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body))


def test_an_answer_that_breaks_the_spec_names_the_field() -> None:
    checked = ContractTransport(_answering(200, {"USDT": {"main_balance": 5}}))
    client = sandbox_client(Sandbox(), raw=True, transport=checked)
    with pytest.raises(ContractViolation) as caught:
        client.get_httpx_client().post(BALANCE, json={})
    (violation,) = caught.value.violations
    assert (violation.direction, violation.status, violation.pointer, violation.rule) == (
        "response",
        200,
        "/USDT/main_balance",
        "type: string",
    )


def test_report_mode_collects_and_lets_traffic_through() -> None:
    checked = ContractTransport(_answering(418, {"teapot": True}), strict=False)
    client = sandbox_client(Sandbox(), raw=True, transport=checked)
    response = client.get_httpx_client().post(MY_CODES, json={"limit": 0})
    assert response.status_code == 418
    rules = [(v.direction, v.rule) for v in checked.violations]
    assert rules == [("request", "minimum: 1"), ("response", "status")]


def test_statuses_any_operation_may_answer_are_not_violations() -> None:
    for status in (401, 429, 503):
        checked = ContractTransport(_answering(status, {"code": 0, "message": "x"}))
        sandbox_client(Sandbox(), raw=True, transport=checked, retry=None).get_httpx_client().post(
            BALANCE, json={}
        )
        assert checked.violations == []


def test_a_conforming_session_against_the_sandbox_has_no_violations() -> None:
    sandbox = Sandbox()
    checked = ContractTransport(SandboxTransport(sandbox))
    http = sandbox_client(sandbox, transport=checked).get_httpx_client()
    for path, body in [
        (BALANCE, {}),
        ("/api/v4/main-account/transfer", {"ticker": "USDT", "amount": "1", "method": "deposit"}),
        ("/api/v4/sub-account/balances", {"id": SUB_ACCOUNT}),
    ]:
        assert http.post(path, json=body).is_success
    assert checked.violations == []


def _record(tmp_path: Path) -> Path:
    sandbox = Sandbox()
    recording = tmp_path / "traffic.jsonl"
    transport = RecordingTransport(SandboxTransport(sandbox), recording)
    http = sandbox_client(sandbox, transport=transport).get_httpx_client()
    http.post(BALANCE, json={"ticker": "USDT"})
    http.post(
        "/api/v4/main-account/codes",
        json={"ticker": "USDT", "amount": "5", "passphrase": "hunter2"},
    )
    http.post(
        "/api/v4/sub-account/api-key/create",
        json={"type": 1, "subAccountId": SUB_ACCOUNT, "title": "bot"},
    )
    return recording


def test_a_recording_holds_no_credentials_and_no_secrets(tmp_path: Path) -> None:
    recording = _record(tmp_path)
    text = recording.read_text()
    lines = [json.loads(line) for line in text.splitlines()]
    assert [(e["method"], e["path"], e["status"]) for e in lines] == [
        ("POST", BALANCE, 200),
        ("POST", "/api/v4/main-account/codes", 201),
        ("POST", "/api/v4/sub-account/api-key/create", 201),
    ]
    assert lines[0]["request"] == {"ticker": "USDT"}  # no request, nonce or nonceWindow
    assert lines[1]["request"]["passphrase"] == "***"
    assert lines[2]["response"]["apiSecret"] == "***"
    for secret in (DEMO_API_KEY, DEMO_API_SECRET, "hunter2", "X-TXC", "nonce"):
        assert secret not in text


@pytest.mark.slow
def test_a_recording_is_checked_against_a_newer_spec(tmp_path: Path) -> None:
    recording = _record(tmp_path)
    assert check_recording(recording) == []
    newer = vendored()
    balance = newer["paths"][BALANCE]["post"]["responses"]["200"]["content"]["application/json"]
    balance["schema"]["additionalProperties"]["properties"]["main_balance"]["type"] = "number"
    spec_file = tmp_path / "newer.yaml"
    spec_file.write_text(yaml.safe_dump(newer))
    ((line, violation),) = check_recording(recording, Contract(spec_file))
    assert line == 1
    assert (violation.operation, violation.pointer) == ("getMainBalance", "/USDT/main_balance")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "whitebit_sandbox.contract", "check", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )

    ok = cli(str(recording))
    assert (ok.returncode, ok.stdout.strip()) == (0, "3 exchanges, all conform to the bundled spec")
    bad = cli(str(recording), "--spec", str(spec_file))
    assert bad.returncode == 1
    assert f"{recording}:1: getMainBalance response 200 at /USDT/main_balance" in bad.stdout
    assert "1 of 3 exchanges break" in bad.stderr
    missing = cli(str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2


def test_the_watch_fixture_reports_what_its_transports_saw() -> None:
    watch = ContractWatch()
    checked = watch.wrap(_answering(200, {"USDT": {"main_balance": 1}}))
    sandbox_client(Sandbox(), raw=True, transport=checked).get_httpx_client().post(BALANCE, json={})
    assert [v.pointer for v in watch.violations()] == ["/USDT/main_balance"]


@pytest.mark.whitebit_contract
def test_the_marker_makes_the_sandbox_client_strict(whitebit_sandbox_client: Any) -> None:
    http = whitebit_sandbox_client.get_httpx_client()
    with pytest.raises(ContractViolation):
        http.post(MY_CODES, json={"offset": -1})


def test_a_422_documented_without_a_body_is_checked_in_the_error_shape() -> None:
    # Published without a body; WhiteBIT answers field errors in its error shape, and the
    # shipped spec says so (the vendored file stays as published).
    history = "/api/v4/sub-account/transfer/history"
    shaped = json.dumps({"code": 0, "message": "Account is not confirmed"}).encode()
    contract = Contract()
    assert contract.check_response(history, 422, shaped) == []
    assert [v.rule for v in contract.check_response(history, 422, b"")] == ["content"]
    assert [v.rule for v in contract.check_response(history, 422, b"[1]")] == ["type: object"]
    published = vendored()["paths"][history]["post"]["responses"]["422"]
    assert "content" not in published


def test_nan_and_infinity_are_no_json_numbers() -> None:
    contract = Contract()
    hashrate = "/api/v4/mining/hashrate"
    answer = b'{"data": {"hashrate": [{"rejectRate": NaN}, {"rejectRate": -Infinity}]}}'
    found = contract.check_response(hashrate, 200, answer)
    assert [(v.pointer, v.rule) for v in found] == [
        ("/data/hashrate/0/rejectRate", "finite"),
        ("/data/hashrate/1/rejectRate", "finite"),
    ]
    found = contract.check_request("POST", MY_CODES, {"limit": float("inf"), **AUTH})
    assert ("/limit", "finite") in [(v.pointer, v.rule) for v in found]
