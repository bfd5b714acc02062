"""On a terminal (a pseudo-terminal here): tables for people, a question before money moves."""

from __future__ import annotations

import os
import pty
import select
import subprocess
from pathlib import Path

from testkit.cli import WHITEBIT, cli_env

TRANSFER = ("transfer", "transfer-between-balances", "--ticker", "USDT", "--amount", "7.5",
            "--from", "main", "--to", "spot", "--sandbox")  # fmt: skip


def on_terminal(*args: str, env: dict[str, str], answer: str | None = None) -> tuple[int, str]:
    """Run whitebit with a terminal for stdin, stdout and stderr; answer its question."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [WHITEBIT, *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, f"no output for 60 s: {seen!r}"
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the other end closed: the command is done
                break
            if not chunk:
                break
            seen += chunk
            if answer is not None and b"Send it?" in seen:
                os.write(master, answer.encode() + b"\n")
                answer = None
    finally:
        os.close(master)
    return process.wait(timeout=30), seen.decode("utf-8", "replace")


def _env(tmp_path: Path) -> dict[str, str]:
    env = cli_env(tmp_path)
    env.update(TERM="xterm", NO_COLOR="1")
    return env


def test_a_money_move_asks_first_and_a_no_sends_nothing(tmp_path: Path) -> None:
    status, shown = on_terminal(*TRANSFER, env=_env(tmp_path), answer="n")
    assert "transferBetweenBalances moves money" in shown
    assert '"amount": "7.5"' in shown
    assert status == 3
    assert "not sent" in shown


def test_a_money_move_asks_first_and_a_yes_sends_it(tmp_path: Path) -> None:
    status, shown = on_terminal(*TRANSFER, env=_env(tmp_path), answer="y")
    assert status == 0, shown
    assert "Send it?" in shown


def test_yes_skips_the_question(tmp_path: Path) -> None:
    status, shown = on_terminal(*TRANSFER, "--yes", env=_env(tmp_path))
    assert status == 0, shown
    assert "Send it?" not in shown


def test_a_terminal_gets_a_table_and_json_on_request(tmp_path: Path) -> None:
    read = ("main-account", "get-main-balance", "--sandbox")
    status, shown = on_terminal(*read, env=_env(tmp_path))
    assert status == 0, shown
    assert "main_balance" in shown
    assert any(line.split() and line.split()[0] in "│┃|" for line in shown.splitlines())
    assert '"main_balance"' not in shown
    status, shown = on_terminal(*read, "--json", env=_env(tmp_path))
    assert status == 0, shown
    assert '"main_balance": "10000"' in shown
