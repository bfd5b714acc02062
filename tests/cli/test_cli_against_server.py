"""The real ``whitebit`` entry point, in a subprocess, against the sandbox server: a read, a
money move, a dry run, every exit status (faults injected through the control API), doctor,
and an export of a few hundred records, interrupted and resumed."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from testkit.cli import WHITEBIT, SandboxServer, cli_env, sandbox_server, whitebit
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
)

WITHDRAW = "/api/v4/main-account/withdraw"
TRANSFER = "/api/v4/main-account/transfer"
HISTORY = "/api/v4/main-account/history"
ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


@pytest.fixture(scope="module")
def running() -> Iterator[SandboxServer]:
    with sandbox_server() as server:
        yield server


@pytest.fixture
def server(running: SandboxServer) -> SandboxServer:
    running.control("reset")
    running.control("faults/clear")
    return running


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return cli_env(tmp_path)


def _withdraw(server: SandboxServer, *extra: str) -> list[str]:
    return [
        "withdraw", "create-withdraw", "--ticker", "USDT", "--amount", "50", "--address",
        ADDRESS, "--network", "ERC20", "--unique-id", "payout-7", "--base-url", server.url,
        *extra,
    ]  # fmt: skip


def test_a_read_prints_the_answer_as_json_with_amounts_as_received(
    server: SandboxServer, env: dict[str, str]
) -> None:
    done = whitebit(
        "main-account", "get-main-balance", "--ticker", "USDT", "--base-url", server.url, env=env
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"USDT": {"main_balance": "10000"}}


def test_a_money_move_with_yes_moves_exactly_that_amount(
    server: SandboxServer, env: dict[str, str]
) -> None:
    before = Decimal(server.balance("USDT", "spot"))
    done = whitebit(
        "transfer", "transfer-between-balances", "--ticker", "USDT", "--amount", "12.35",
        "--from", "main", "--to", "spot", "--yes", "--base-url", server.url, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Decimal(server.balance("USDT", "spot")) - before == Decimal("12.35")
    assert Decimal(server.balance("USDT", "main")) == Decimal("10000") - Decimal("12.35")


def test_a_money_move_without_a_terminal_needs_yes_and_sends_nothing(
    server: SandboxServer, env: dict[str, str]
) -> None:
    done = whitebit(*_withdraw(server), env=env)
    assert done.returncode == 2
    assert "pass --yes" in done.stderr
    assert server.balance("USDT") == "10000"


def test_a_dry_run_prints_the_body_to_be_signed_and_sends_nothing(
    server: SandboxServer, env: dict[str, str]
) -> None:
    done = whitebit(*_withdraw(server, "--amount", "50.10", "--dry-run"), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        '{"ticker":"USDT","amount":"50.10","address":"' + ADDRESS + '","uniqueId":"payout-7",'
        '"network":"ERC20","request":"/api/v4/main-account/withdraw"}\n'
    )
    assert "nothing was sent" in done.stderr
    assert server.balance("USDT") == "10000"
    assert DEMO_API_SECRET not in done.stdout + done.stderr


def test_exit_status_0_when_done(server: SandboxServer, env: dict[str, str]) -> None:
    done = whitebit(*_withdraw(server, "--yes"), env=env)
    assert done.returncode == 0, done.stderr
    assert Decimal(server.balance("USDT")) == Decimal("9950")


def test_exit_status_2_for_a_usage_error_before_anything_is_sent(
    server: SandboxServer, env: dict[str, str]
) -> None:
    done = whitebit(
        "call", "createWithdraw", "ticker=USDT", "amount=1.5e", f"address={ADDRESS}",
        "uniqueId=p-1", "--yes", "--base-url", server.url, env=env,
    )  # fmt: skip
    assert done.returncode == 2
    assert "amount: '1.5e' is not a decimal number" in done.stderr
    missing = whitebit("withdraw", "create-withdraw", "--ticker", "USDT", "--yes", env=env)
    assert missing.returncode == 2
    assert "Missing option '--amount'" in missing.stderr
    assert server.balance("USDT") == "10000"


def test_exit_status_3_when_refused_and_nothing_happened(
    server: SandboxServer, env: dict[str, str]
) -> None:
    server.fault(WITHDRAW, "documented", status=422)
    done = whitebit(*_withdraw(server, "--yes"), env=env)
    assert done.returncode == 3, done.stderr
    assert "refused, nothing happened" in done.stderr
    assert server.balance("USDT") == "10000"


def test_exit_status_4_when_the_outcome_is_unknown_says_how_to_check(
    server: SandboxServer, env: dict[str, str]
) -> None:
    server.fault(WITHDRAW, "fail_after_processing")
    done = whitebit(*_withdraw(server, "--yes"), env=env)
    assert done.returncode == 4, done.stderr
    assert "OUTCOME UNKNOWN" in done.stderr
    # The check the index gives for createWithdraw, and the idempotency key it carried.
    assert "How to check: Send it again unchanged" in done.stderr
    assert "getDepositWithdrawHistory" in done.stderr
    assert "uniqueId=payout-7" in done.stderr
    assert Decimal(server.balance("USDT")) == Decimal("9950")  # it did run, once


def test_exit_status_5_when_executed_but_unreadable(
    server: SandboxServer, env: dict[str, str]
) -> None:
    server.fault(TRANSFER, "malformed")
    done = whitebit(
        "call", "transferBetweenBalances", "ticker=USDT", "amount=5", "from=main", "to=spot",
        "--yes", "--base-url", server.url, env=env,
    )  # fmt: skip
    assert done.returncode == 5, done.stderr
    assert "EXECUTED, but the answer is unreadable" in done.stderr
    assert server.balance("USDT", "spot") != "0"


def test_doctor_checks_a_key_without_moving_money(
    server: SandboxServer, env: dict[str, str]
) -> None:
    done = whitebit("doctor", "--base-url", server.url, env=env)
    assert done.returncode == 0, done.stderr
    assert "key works: yes" in done.stdout
    assert "clock offset: +" in done.stdout or "clock offset: -" in done.stdout
    assert "ok        Main Account via getMainBalance" in done.stdout
    assert "nonces: nonceWindow" in done.stdout
    assert "rate limit: 950 requests per 10 s" in done.stdout
    assert "IP allowlist" in done.stdout
    assert DEMO_API_SECRET not in done.stdout + done.stderr
    assert server.balance("USDT") == "10000"


def test_doctor_names_the_areas_a_key_may_not_use(server: SandboxServer, tmp_path: Path) -> None:
    env = cli_env(tmp_path, NO_LENDING_API_KEY, NO_LENDING_API_SECRET)
    done = whitebit("doctor", "--json", "--base-url", server.url, env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    denied = {a["tag"] for a in report["areas"] if a["status"] == "denied"}
    assert denied == {"Crypto Lending - Flex", "Crypto Lending - Fixed"}
    assert report["key_works"] is True


def test_doctor_with_a_wrong_secret_says_the_key_fails(
    server: SandboxServer, tmp_path: Path
) -> None:
    env = cli_env(tmp_path, DEMO_API_KEY, "not-the-secret")
    done = whitebit("doctor", "--base-url", server.url, env=env)
    assert done.returncode == 3
    assert "key works: NO" in done.stdout
    assert "not-the-secret" not in done.stdout + done.stderr


def _deposits(server: SandboxServer, count: int) -> None:
    for i in range(count):
        server.control(
            "deposit", who=DEMO_API_KEY, ticker="USDT", amount=f"1.{i:02d}", confirmations=0
        )


def _total(server: SandboxServer, env: dict[str, str]) -> int:
    done = whitebit("call", "getDepositWithdrawHistory", "limit=1", "--base-url", server.url,
                    env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    total = json.loads(done.stdout)["total"]
    assert isinstance(total, int)
    return total


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _export(server: SandboxServer, out: Path) -> list[str]:
    return [
        WHITEBIT, "export", "get-deposit-withdraw-history", "--since", "2000-01-01",
        "--page-size", "40", "-o", str(out), "--base-url", server.url,
    ]  # fmt: skip


def test_export_writes_every_record_of_the_history(
    server: SandboxServer, env: dict[str, str], tmp_path: Path
) -> None:
    _deposits(server, 300)
    total = _total(server, env)
    assert total >= 300
    out = tmp_path / "history.csv"
    done = subprocess.run(_export(server, out), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = _rows(out)
    assert len(rows) == total
    assert len({r["transaction_id"] for r in rows}) == total
    first = rows[0]
    when = datetime.fromtimestamp(int(first["createdAt"]), UTC)
    assert first["createdAt_iso"] == when.isoformat()  # e.g. 2026-12-02T23:00:40+00:00
    assert {r["amount"] for r in rows} >= {"1.07", "1.99"}  # as received, exactly
    assert not out.with_name(out.name + ".partial").exists()


def test_export_resumes_after_an_interruption(
    server: SandboxServer, env: dict[str, str], tmp_path: Path
) -> None:
    _deposits(server, 300)
    total = _total(server, env)
    out = tmp_path / "history.csv"
    state = out.with_name(out.name + ".partial")
    server.fault(HISTORY, "delay", seconds=0.2, count=100)  # slow pages: time to interrupt
    first = subprocess.Popen(_export(server, out), env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (state.exists() and json.loads(state.read_text()).get("offset", 0) > 0):
            assert time.monotonic() < deadline, "the export never got past its first page"
            assert first.poll() is None, "the export finished before it could be interrupted"
            time.sleep(0.02)
        first.send_signal(signal.SIGINT)
        assert first.wait(timeout=30) == 130
    finally:
        if first.poll() is None:
            first.kill()
    assert first.stderr is not None
    assert "run the same command again to resume" in first.stderr.read()
    written = len(_rows(out))
    assert 0 < written < total
    with out.open("a") as handle:  # as if killed while writing a page, longer than the rest
        handle.write("0x9,,1796252440,2026-12-02T23:00:40+00:00,Tether\n" * 5000)
    server.control("faults/clear")
    again = subprocess.run(_export(server, out), env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "resuming" in again.stderr
    rows = _rows(out)
    assert len(rows) == total
    assert len({r["transaction_id"] for r in rows}) == total
    assert not state.exists()


def _profile_file(path: Path, server: SandboxServer, mode: int) -> None:
    path.write_text(
        f'[work]\napi_key = "{DEMO_API_KEY}"\napi_secret = "{DEMO_API_SECRET}"\n'
        f'base_url = "{server.url}"\n'
    )
    path.chmod(mode)


def test_a_named_profile_gives_the_key_and_the_server(
    server: SandboxServer, tmp_path: Path
) -> None:
    env = cli_env(tmp_path, "", "")  # nothing in the environment
    _profile_file(Path(env["WHITEBIT_CONFIG"]), server, 0o600)
    done = whitebit("main-account", "get-main-balance", "--ticker", "BTC", "--profile", "work",
                    env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"BTC": {"main_balance": "1.5"}}
    unknown = whitebit("main-account", "get-main-balance", "--profile", "home", env=env)
    assert unknown.returncode == 2
    assert "no profile 'home'" in unknown.stderr
    assert "(profiles: work)" in unknown.stderr


def test_a_profile_file_others_can_read_is_refused(server: SandboxServer, tmp_path: Path) -> None:
    env = cli_env(tmp_path, "", "")
    config = Path(env["WHITEBIT_CONFIG"])
    _profile_file(config, server, 0o644)
    done = whitebit("main-account", "get-main-balance", "--profile", "work", env=env)
    assert done.returncode == 2
    assert f"Run: chmod 600 {config}" in done.stderr
    assert "permissions 0644" in done.stderr
    assert DEMO_API_SECRET not in done.stdout + done.stderr


def test_without_any_key_it_says_where_to_put_one(tmp_path: Path) -> None:
    done = whitebit("main-account", "get-main-balance", env=cli_env(tmp_path, "", ""))
    assert done.returncode == 2
    assert "set WHITEBIT_API_KEY and WHITEBIT_API_SECRET" in done.stderr
    assert "--sandbox" in done.stderr
