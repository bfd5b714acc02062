"""What the command line reads from the index and the spec by rule: histories, their paging and
date fields; date ranges as people write them; exit statuses by error family."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

import click
import pytest
import whitebit_auth as wa
from testkit.spec_walk import ROOT
from whitebit_cli._exit import Exit, status_of
from whitebit_cli._export import date_range, windows
from whitebit_cli._history import histories
from whitebit_cli._profiles import resolve
from whitebit_cli._session import Settings, connect

INDEX = json.loads((ROOT / "generated" / "whitebit_main_api" / "operations.json").read_text())


def test_the_histories_come_from_the_index_and_the_spec() -> None:
    found = {h.op.operation_id: h for h in histories().values()}
    assert {
        "getDepositWithdrawHistory", "getCodesHistory", "getFlexInvestmentHistory",
        "getFlexPaymentHistory", "getFixedInvestmentsHistory", "getInterestPaymentHistory",
        "getSubAccountTransferHistory",
    } <= set(found)  # fmt: skip
    for history in found.values():
        pages = INDEX[history.op.path]["pages"]
        assert history.page_default == pages["default"]
        assert history.page_maximum == pages.get("maximum")
    deposits = found["getDepositWithdrawHistory"]
    assert (deposits.items_at, deposits.time_field, deposits.total_at) == (
        "records", "createdAt", "total",
    )  # fmt: skip
    assert deposits.offset_maximum == 10000
    assert (deposits.date_from, deposits.date_to) == (None, None)
    flex = found["getFlexInvestmentHistory"]
    assert (flex.date_from, flex.date_to, flex.time_field) == ("dateFrom", "dateTo", "createdAt")
    assert found["getFixedInvestmentsHistory"].times == ("created", "updated", "paymentTime")
    assert "getMainBalance" not in found  # no pages
    assert "listSubAccounts" not in found  # its records carry no time


def _utc(year: int, month: int, day: int, hour: int = 0) -> int:
    return int(datetime(year, month, day, hour, tzinfo=UTC).timestamp())


def test_date_ranges_as_people_write_them() -> None:
    assert date_range(None, None, "2026-10") == (_utc(2026, 10, 1), _utc(2026, 11, 1))
    assert date_range(None, None, "2026-12") == (_utc(2026, 12, 1), _utc(2027, 1, 1))
    assert date_range("2026-01-01", "2026-11-30 18:00", None) == (
        _utc(2026, 1, 1), _utc(2026, 11, 30, 18),
    )  # fmt: skip
    assert date_range("2026-01-01T02:00+02:00", None, None) == (_utc(2026, 1, 1), None)
    for since, until, month in [
        ("2026-02-01", "2026-01-01", None),
        (None, None, None),
        ("2026-01-01", None, "2026-10"),
        (None, None, "2026/10"),
        ("yesterday-ish", None, None),
    ]:
        with pytest.raises(click.UsageError):
            date_range(since, until, month)


def test_date_windows_only_for_operations_that_filter_by_date() -> None:
    by_id = {h.op.operation_id: h for h in histories().values()}
    start, end = _utc(2026, 1, 1), _utc(2026, 3, 2)
    assert windows(by_id["getDepositWithdrawHistory"], start, end, 30) == [(start, end)]
    spans = windows(by_id["getFlexInvestmentHistory"], start, end, 30)
    assert spans == [(start, _utc(2026, 1, 31)), (_utc(2026, 1, 31), end)]


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (wa.RequestBodyError("x"), Exit.USAGE),
        (wa.CredentialsError("x"), Exit.USAGE),
        (wa.ValidationError("x", status=400, path="/p"), Exit.REFUSED),
        (wa.PermissionDeniedError("x", status=403, path="/p"), Exit.REFUSED),
        (wa.TransportError("x", path="/p", sent=False), Exit.REFUSED),
        (wa.OutcomeUnknownError("/p", "timeout"), Exit.OUTCOME_UNKNOWN),
        (wa.MalformedResponseError("x", status=200, path="/p"), Exit.UNREADABLE),
        (wa.WhiteBitError("x"), Exit.FAILED),
    ],
)
def test_exit_statuses_follow_the_error_families(error: Exception, status: Exit) -> None:
    assert status_of(error) == status
    assert [int(s) for s in Exit] == [0, 1, 2, 3, 4, 5, 130]


def test_the_secret_is_in_no_repr_and_no_traceback_local(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[work]\napi_key = "k"\napi_secret = "s3cr3t-value"\n')
    config.chmod(0o600)
    monkeypatch.setenv("WHITEBIT_CONFIG", str(config))
    key = resolve("work", interactive=False)
    assert "s3cr3t-value" not in repr(key) + str(key)
    with pytest.raises(wa.InsecureTransportError) as caught:  # a failure after the key is read
        connect(Settings(profile="work", base_url="http://example.com"))
    shown = "".join(
        traceback.TracebackException.from_exception(caught.value, capture_locals=True).format()
    )
    assert "connect" in shown
    assert "s3cr3t-value" not in shown
    with pytest.raises(TypeError):
        pickle.dumps(key)


def test_whitebit_sandbox_starts_the_sandbox_server() -> None:
    whitebit = str(Path(sys.executable).with_name("whitebit"))
    process = subprocess.Popen(
        [whitebit, "sandbox", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("WhiteBIT sandbox listening on http://127.0.0.1:")
        assert process.stdout.readline().strip() == "WHITEBIT_API_KEY=sandbox-demo-key"
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_the_fields_never_offered_are_the_signers() -> None:
    # The command line keeps its own copy (importing whitebit_auth would bring httpx into
    # `whitebit --help`); it must stay the signer's list.
    from whitebit_auth.spec import AUTH_FIELDS
    from whitebit_cli._fields import AUTH_FIELDS as CLI_AUTH_FIELDS

    assert CLI_AUTH_FIELDS == AUTH_FIELDS
