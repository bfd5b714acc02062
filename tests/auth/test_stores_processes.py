"""Stores shared between processes and machines (issue 24, items 3, 4 and 6).

FileStore: forked children and separately started processes decide as one. RedisStore: two
"machines" (two processes, each with its own connection and StoreNonce) never hand out the same
nonce; Redis down refuses before anything is sent; webhook workers sharing a store refuse a
replayed delivery.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from testkit.deliveries import DEPOSIT, WEBHOOK_KEY, WEBHOOK_SECRET, delivery_body, signed_headers
from testkit.redis_server import free_port
from testkit.support import wired
from whitebit_auth import TransportError
from whitebit_auth.stores import FileStore, MemoryStore, RedisStore, StoreNonce, Window
from whitebit_auth.stores._redis import mask_url
from whitebit_auth.webhooks import WebhookReplayError, WebhookVerifier
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.models import GetUserFlexInvestmentsBody
from whitebit_sandbox import DEMO_API_KEY, Sandbox

TESTS = Path(__file__).resolve().parents[1]
WINDOW = Window("w", 10, 1000)
EACH = 40  # decisions per worker

# A worker as a separately started process: its store from argv, its answers as JSON lines.
WORKER = """
import json, sys
from whitebit_auth.stores import FileStore, RedisStore, StoreNonce, Window
kind, where, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
# The caller's clock (now = 0 throughout), so that the starts are exact on either store.
store = FileStore(where) if kind == "file" else RedisStore(where, clock="caller")
window = Window("w", 10, 1000)
nonces = StoreNonce(store, "the-shared-api-key", nonce_window=False)
print("ready", flush=True)
sys.stdin.readline()  # every worker starts together
starts = [store.take([window], 0) for _ in range(count)]
handed = [nonces() for _ in range(count)]
print(json.dumps({"starts": starts, "nonces": handed}), flush=True)
"""


def _run_workers(kind: str, where: str, workers: int) -> list[dict[str, list[int]]]:
    env = os.environ | {"PYTHONPATH": str(TESTS)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, kind, where, str(EACH)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(workers)
    ]
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        results.append(json.loads(out))
    return results


def _as_one_window(starts: list[int], total: int) -> None:
    """Every start granted as one log would: ten per second, each second full, none twice
    over its budget (the decisions of all workers interleaved, yet atomic)."""
    assert sorted(starts) == [k * 1000 for k in range(total // 10) for _ in range(10)]


def test_filestore_separately_started_processes_decide_as_one(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    results = _run_workers("file", str(path), 3)
    _as_one_window([s for r in results for s in r["starts"]], 3 * EACH)
    nonces = [n for r in results for n in r["nonces"]]
    assert len(set(nonces)) == len(nonces)
    for r in results:
        assert r["nonces"] == sorted(r["nonces"])
    # And this process, which has not opened it yet, continues after them.
    assert FileStore(path).take([WINDOW], 0) == 3 * EACH // 10 * 1000


def test_filestore_forked_children_decide_as_one(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "forked.sqlite3")
    # The parent's connection is open before the forks.
    assert [store.take([WINDOW], 0) for _ in range(10)] == [0] * 10
    assert store.add("seen", "parent")
    outs = []
    pids = []
    for child in range(4):
        out = tmp_path / f"child-{child}.json"
        outs.append(out)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 1
            try:
                starts = [store.take([WINDOW], 0) for _ in range(EACH)]
                nonces = [store.next_nonce("n", 1) for _ in range(EACH)]
                firsts = [store.add("seen", "parent"), store.add("seen", f"child-{child}")]
                out.write_text(json.dumps({"starts": starts, "nonces": nonces, "add": firsts}))
                code = 0
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    results = [json.loads(out.read_text()) for out in outs]
    _as_one_window([0] * 10 + [s for r in results for s in r["starts"]], 10 + 4 * EACH)
    nonces = [n for r in results for n in r["nonces"]]
    assert sorted(nonces) == list(range(1, 4 * EACH + 1))
    assert all(r["add"] == [False, True] for r in results)
    # The parent's connection still works after its children used the file.
    assert store.next_nonce("n", 1) == 4 * EACH + 1


def test_filestore_threads_of_one_process_decide_as_one(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "threads.sqlite3")
    starts: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        mine = [store.take([WINDOW], 0) for _ in range(EACH)]
        with lock:
            starts.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    _as_one_window(starts, 4 * EACH)


def test_memorystore_forked_child_starts_empty() -> None:
    store = MemoryStore()
    store.put("v", "parent")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.write(write, repr(store.get("v")).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 100) == b"None"
    os.close(read)
    os.close(write)


# -- Redis: two machines, one key ----------------------------------------------------------
def test_two_machines_on_one_redis_never_repeat_a_nonce(redis_url: str) -> None:
    results = _run_workers("redis", redis_url, 2)
    nonces = [n for r in results for n in r["nonces"]]
    assert len(set(nonces)) == len(nonces) == 2 * EACH
    for r in results:
        assert r["nonces"] == sorted(r["nonces"])
    _as_one_window([s for r in results for s in r["starts"]], 2 * EACH)


def test_two_machines_whose_clocks_differ_share_the_redis_clock(redis_url: str) -> None:
    ahead = StoreNonce(RedisStore(redis_url), "key", clock=lambda: 2_000_000_000_000)
    behind = StoreNonce(RedisStore(redis_url), "key", clock=lambda: 1_000_000_000_000)
    handed = []
    for _ in range(50):
        handed += [ahead.reserve().nonce, behind.reserve().nonce]
    assert handed == sorted(handed)
    assert len(set(handed)) == len(handed)
    # The floor is Redis's TIME, not either machine's clock.
    now = RedisStore(redis_url).now_ms()
    assert handed[-1] <= now + len(handed)  # at most one ahead of the clock per nonce
    assert handed[0] > 1_700_000_000_000


def test_the_store_holds_a_hash_of_the_api_key_never_the_key(redis_url: str) -> None:
    import redis

    nonce = StoreNonce(RedisStore(redis_url), "my-real-api-key-0123")
    nonce()
    raw = redis.Redis.from_url(redis_url)
    keys = [k.decode() if isinstance(k, bytes) else k for k in raw.keys("*")]
    raw.close()
    assert len(keys) == 1
    assert "my-real-api-key" not in keys[0]
    assert "my-real-api-key" not in repr(nonce)


def test_redis_down_refuses_the_call_and_sends_nothing() -> None:
    url = f"redis://:pw-0123@127.0.0.1:{free_port()}/0"
    store = RedisStore(url, timeout_s=0.5)
    client, wire = wired(Sandbox(), nonce_source=StoreNonce(store, DEMO_API_KEY))
    with pytest.raises(TransportError) as caught:
        get_user_flex_investments.sync_detailed(client=client, body=GetUserFlexInvestmentsBody())
    assert caught.value.sent is False
    assert mask_url(url) in str(caught.value)
    assert "pw-0123" not in str(caught.value)
    assert wire.paths == []  # nothing reached the wire


def test_a_fleet_nonce_signs_calls_the_sandbox_accepts(redis_url: str) -> None:
    sandbox = Sandbox()
    store = RedisStore(redis_url)
    first, wire_a = wired(sandbox, nonce_source=StoreNonce(store, DEMO_API_KEY))
    second, wire_b = wired(sandbox, nonce_source=StoreNonce(RedisStore(redis_url), DEMO_API_KEY))
    for _ in range(5):
        for client in (first, second):
            r = get_user_flex_investments.sync_detailed(
                client=client, body=GetUserFlexInvestmentsBody()
            )
            assert r.status_code == 200
    nonces = wire_a.nonces + wire_b.nonces
    assert len(set(nonces)) == 10


# -- webhook workers sharing a store --------------------------------------------------------
VERIFY = """
import json, sys
from whitebit_auth.stores import FileStore, RedisStore
from whitebit_auth.webhooks import WebhookReplayError, WebhookVerifier
kind, where, key, secret = sys.argv[1:5]
store = FileStore(where) if kind == "file" else RedisStore(where)
verifier = WebhookVerifier(key, secret, nonces=store)
for line in sys.stdin:
    delivery = json.loads(line)
    try:
        verifier.verify(delivery["headers"], delivery["body"].encode())
        print("accepted", flush=True)
    except WebhookReplayError:
        print("replay", flush=True)
"""


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_webhook_workers_sharing_a_store_refuse_a_replayed_delivery(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    where = (
        str(tmp_path / "hooks.sqlite3") if kind == "file" else request.getfixturevalue("redis_url")
    )
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", VERIFY, kind, where, WEBHOOK_KEY, WEBHOOK_SECRET],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]

    def deliver(worker: subprocess.Popen[str], nonce: int) -> str:
        body = delivery_body("deposit.processed", DEPOSIT, nonce)
        line = json.dumps({"headers": signed_headers(body), "body": body.decode()})
        assert worker.stdin is not None
        assert worker.stdout is not None
        worker.stdin.write(line + "\n")
        worker.stdin.flush()
        return worker.stdout.readline().strip()

    try:
        assert deliver(workers[0], 7) == "accepted"
        assert deliver(workers[1], 7) == "replay"  # the other worker saw it first
        assert deliver(workers[1], 8) == "accepted"
        assert deliver(workers[0], 8) == "replay"
        assert deliver(workers[0], 6) == "replay"  # older than the last seen
    finally:
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.close()
            worker.wait(timeout=30)
    # The same store in this process agrees.
    verifier = WebhookVerifier(
        WEBHOOK_KEY,
        WEBHOOK_SECRET,
        nonces=FileStore(where) if kind == "file" else RedisStore(where),
    )
    body = delivery_body("deposit.processed", DEPOSIT, 8)
    with pytest.raises(WebhookReplayError):
        verifier.verify(signed_headers(body), body)
