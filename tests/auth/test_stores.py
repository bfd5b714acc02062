"""The stores (issue 24, items 3 and 4): every backend makes the same six decisions alike.

One contract test runs on MemoryStore, FileStore and RedisStore (a real ``redis-server``,
started by tests/conftest.py; skipped, saying so, where none is installed).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from testkit.redis_server import free_port
from whitebit_auth import ConfigurationError, TransportError
from whitebit_auth.stores import FileStore, MemoryStore, RedisStore, Store, Window
from whitebit_auth.stores._redis import mask_url

BACKENDS = ["memory", "file", "redis"]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    kind = request.param
    if kind == "memory":
        yield MemoryStore()
    elif kind == "file":
        made = FileStore(tmp_path / "store.sqlite3")
        yield made
        made.close()
    else:
        url = request.getfixturevalue("redis_url")
        # The caller's clock, so that the figures match the other stores' exactly.
        redis_store = RedisStore(url, clock="caller")
        yield redis_store
        redis_store.close()


def test_advance_records_only_greater_values(store: Store) -> None:
    assert store.advance("k", 5)
    assert not store.advance("k", 5)
    assert not store.advance("k", 4)
    assert store.advance("k", 6)
    assert store.advance("other", 1)
    # Beyond a double's exact range: still compared exactly.
    big = 2**63 + 1
    assert store.advance("big", big)
    assert not store.advance("big", big - 1)
    assert store.advance("big", big + 1)
    assert store.advance("neg", -12)
    assert store.advance("neg", -5)
    assert not store.advance("neg", -7)


def test_add_is_true_once_per_member(store: Store) -> None:
    assert store.add("s", "a")
    assert not store.add("s", "a")
    assert store.add("s", "b")
    assert store.add("t", "a")


def test_put_replaces_and_get_reads(store: Store) -> None:
    assert store.get("v") is None
    store.put("v", "one")
    assert store.get("v") == "one"
    store.put("v", "two ünïcode")
    assert store.get("v") == "two ünïcode"


def test_take_reserves_one_start_in_every_window(store: Store) -> None:
    scope = Window("scope", 3, 1000)
    endpoint = Window("endpoint", 2, 500)
    # The endpoint's window is full after two: the third waits for it, and the scope's
    # window records the same start (no place held while waiting for another window).
    assert [store.take([scope, endpoint], 0) for _ in range(3)] == [0, 0, 500]
    # The scope's three are used (0, 0, 500): the next is 1000 after the first.
    assert store.take([scope], 100) == 1000
    # Never before the last start of a window (first come, first served) nor before now:
    # the endpoint's last two are 0 and 500, so 500 (its window allows it, and it is last).
    assert store.take([endpoint], 0) == 500
    assert store.take([endpoint], 0) == 1000
    assert store.take([Window("fresh", 5, 10)], 42) == 42


def test_take_matches_the_documented_rule(store: Store) -> None:
    """A seeded random run against the rule of stores/_base.py, written out here."""
    rng = random.Random(24)
    windows = [Window("a", 3, 100), Window("b", 5, 250), Window("c", 1, 40)]
    logs: dict[str, list[int]] = {w.key: [] for w in windows}
    now = 0
    for _ in range(200):
        now += rng.choice([0, 0, 1, 7, 30, 120])
        chosen = rng.sample(windows, rng.randint(1, 3))
        expected = now
        for w in chosen:
            log = logs[w.key]
            if log:
                expected = max(expected, log[-1])
            if len(log) >= w.limit:
                expected = max(expected, log[-w.limit] + w.span_ms)
        for w in chosen:
            logs[w.key].append(expected)
        assert store.take(chosen, now) == expected


def test_next_nonce_is_above_every_one_before(store: Store) -> None:
    assert store.next_nonce("n", 1000) == 1000
    assert store.next_nonce("n", 1000) == 1001
    assert store.next_nonce("n", 5) == 1002
    assert store.next_nonce("n", 5000) == 5000
    clock = store.next_nonce("m", None)  # the store's own clock, in ms since the epoch
    assert clock > 1_700_000_000_000
    assert store.next_nonce("m", None) > clock


def test_stores_are_stores() -> None:
    assert isinstance(MemoryStore(), Store)
    assert isinstance(FileStore("/nonexistent/never-opened.sqlite3"), Store)


# -- Redis: its own clock, and what happens when it is unreachable ---------------------------
@pytest.mark.parametrize(("clock", "a_waits_past_b_s_clock"), [("server", False), ("caller", True)])
def test_redis_takes_on_the_servers_clock_when_callers_clocks_differ(
    redis_url: str, clock: Literal["server", "caller"], a_waits_past_b_s_clock: bool
) -> None:
    a = RedisStore(redis_url, clock=clock)
    b = RedisStore(redis_url, clock=clock)
    window = Window("shared", 1, 100)
    a_now = 1_000_000
    b_now = a_now + 5_000  # machine b's clock reads 5 s ahead of a's
    b.take([window], b_now)
    # On the server's clock, a's turn comes one span after b's (b's start was the server's
    # now then, not later): a waits at most 100 ms. On the callers' clocks a would wait for
    # b's clock to be reached, 5 s late.
    waited = a.take([window], a_now) - a_now
    assert (waited >= 5_000) is a_waits_past_b_s_clock
    assert waited <= 5_100


def test_redis_take_answers_in_the_callers_clock(redis_url: str) -> None:
    store = RedisStore(redis_url)
    window = Window("w", 2, 60_000)
    first = store.take([window], 0)
    second = store.take([window], 0)
    third = store.take([window], 0)
    assert 0 <= first <= second < 1_000  # about now, on a clock that reads 0 now
    assert third >= first + 59_000  # a minute after the first, whatever the caller's clock


def test_unreachable_redis_refuses_naming_the_store_without_its_password() -> None:
    url = f"redis://:hunter2-secret@127.0.0.1:{free_port()}/0"
    store = RedisStore(url, timeout_s=0.5)
    assert "hunter2" not in repr(store)
    for decide in (
        lambda: store.take([Window("w", 1, 10)], 0),
        lambda: store.next_nonce("n", None),
        lambda: store.advance("k", 1),
        lambda: store.add("s", "m"),
        lambda: store.get("v"),
        lambda: store.put("v", "x"),
    ):
        with pytest.raises(TransportError) as caught:
            decide()
        assert caught.value.sent is False
        assert "RedisStore" in str(caught.value)
        assert "Redis unreachable" in str(caught.value)
        assert "hunter2" not in str(caught.value)
        assert caught.value.__cause__ is None
        assert caught.value.__suppress_context__


def test_unreachable_redis_in_local_mode_plans_a_share_of_the_budget() -> None:
    store = RedisStore(
        f"redis://127.0.0.1:{free_port()}/0", timeout_s=0.5, when_unreachable="local",
        local_share=0.25,
    )  # fmt: skip
    window = Window("w", 8, 1000)
    # A quarter of 8 per second in this process: the third waits a window.
    assert [store.take([window], 0) for _ in range(3)] == [0, 0, 1000]
    assert store.next_nonce("n", 77) == 77
    with pytest.raises(TransportError):
        store.advance("webhook", 1)  # facts that must be shared still refuse


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:pw@host:6379/0", "redis://:***@host:6379/0"),
        ("redis://user:pw@host/1", "redis://user:***@host/1"),
        ("rediss://host:6380", "rediss://host:6380"),
        ("unix:///run/redis.sock?db=0&password=pw", "unix:///run/redis.sock?db=0&password=***"),
    ],
)
def test_redis_urls_are_shown_without_passwords(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_redis_store_settings_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="when_unreachable"):
        RedisStore("redis://127.0.0.1:1/0", when_unreachable="ignore")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="local_share"):
        RedisStore("redis://127.0.0.1:1/0", local_share=0)
    with pytest.raises(ConfigurationError, match="url or a client"):
        RedisStore()
