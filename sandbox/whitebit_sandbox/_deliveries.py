"""The sandbox delivers webhooks: each change the domain notes goes, signed, to its account's
destination, as WhiteBIT sends them.

- **Signed** like an API request with the roles reversed: ``X-TXC-APIKEY`` (the public
  webhook key), ``X-TXC-PAYLOAD`` (base64 of the exact body), ``X-TXC-SIGNATURE`` (hex
  HMAC-SHA512 of the payload under the webhook secret); ``params.nonce`` is strictly greater
  at every attempt of every delivery of a key (milliseconds of the sandbox clock, bumped).
- **Retried** when not answered 200: an hour later on the sandbox clock, 3 attempts in all,
  then dropped (WhiteBIT's best effort; polling the history is the only way back). A retry
  is signed afresh, with a new nonce, so a receiver that tracks nonces accepts it.
- **On time**: deliveries go out after each API request, each ``advance`` and each control
  request (or ``sandbox.webhooks.flush()``), oldest first, each attempt at its own time on
  the sandbox clock, as the clock's other events run; never under the sandbox's lock, so a
  receiver may call the sandbox back.
- **Faults** for tests (``sandbox.faults.deliveries``): the next deliveries dropped,
  duplicated, reordered, delayed or badly signed.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import hmac
import itertools
import json
import threading
import uuid
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

import httpx

from ._destinations import Receiver, WebhookDestination
from .domain.base import fmt
from .domain.changes import Change
from .domain.transactions import Method, Transaction

if TYPE_CHECKING:
    from ._app import Sandbox

MAX_ATTEMPTS = 3
RETRY_S = 3600  # sandbox seconds between attempts
TIMEOUT_S = 5.0  # real seconds a receiver has to answer
_IDS = uuid.uuid5(uuid.NAMESPACE_URL, "whitebit-sandbox/webhooks")
_SECRET_FIELDS = frozenset({"code"})  # shown as *** in the listing: a code is a secret


class DeliveryFaultKind(Enum):
    DROP = "drop"  # never sent: lost, as a dropped event is
    DUPLICATE = "duplicate"  # sent twice, the same bytes
    REORDER = "reorder"  # signed in turn, sent after the next delivery
    DELAY = "delay"  # sent ``seconds`` later on the sandbox clock
    BAD_SIGNATURE = "bad_signature"  # its first attempt signed with another secret


@dataclass(frozen=True)
class DeliveryFault:
    kind: DeliveryFaultKind
    seconds: int = 0


class DeliveryFaults:
    """Faults for the next deliveries, one per delivery, in order (``sandbox.faults``)."""

    def __init__(self) -> None:
        self._queue: deque[DeliveryFault] = deque()
        self._lock = threading.Lock()

    def add(self, kind: DeliveryFaultKind | str, count: int = 1, seconds: int = 0) -> None:
        fault = DeliveryFault(DeliveryFaultKind(kind), int(seconds))
        with self._lock:
            self._queue.extend([fault] * count)

    def drop(self, count: int = 1) -> None:
        self.add(DeliveryFaultKind.DROP, count)

    def duplicate(self, count: int = 1) -> None:
        self.add(DeliveryFaultKind.DUPLICATE, count)

    def reorder(self, count: int = 1) -> None:
        self.add(DeliveryFaultKind.REORDER, count)

    def delay(self, seconds: int, count: int = 1) -> None:
        self.add(DeliveryFaultKind.DELAY, count, seconds)

    def bad_signature(self, count: int = 1) -> None:
        self.add(DeliveryFaultKind.BAD_SIGNATURE, count)

    def take(self) -> DeliveryFault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()


@dataclass
class Attempt:
    at: int  # sandbox seconds
    nonce: int
    status: int | None  # the receiver's answer; None: none came
    error: str | None = None
    fault: str | None = None


@dataclass
class Delivery:
    id: str
    account: str
    method: str
    params: dict[str, Any]  # without the nonce: each attempt signs its own
    destination: WebhookDestination
    due: int
    fault: DeliveryFault | None = None
    state: str = "pending"  # pending, held, delivered, dropped, lost
    attempts: list[Attempt] = field(default_factory=list)

    def shown(self) -> dict[str, Any]:
        params = {k: "***" if k in _SECRET_FIELDS else v for k, v in self.params.items()}
        return {
            "id": self.id, "who": self.account, "method": self.method, "params": params,
            "url": self.destination.shown, "key": self.destination.key, "state": self.state,
            "fault": self.fault.kind.value if self.fault else None,
            "attempts": [a.__dict__ for a in self.attempts],
        }  # fmt: skip


@dataclass
class _Signed:
    delivery: Delivery
    at: int
    nonce: int
    headers: dict[str, str]
    body: bytes
    fault: str | None


def _sign(body: bytes, key: str, secret: str) -> dict[str, str]:
    payload = base64.b64encode(body)
    signature = hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": key,
        "X-TXC-PAYLOAD": payload.decode("ascii"),
        "X-TXC-SIGNATURE": signature,
    }


def render(change: Change) -> dict[str, Any]:
    """A change as the webhook's params show it (the nonce is added per attempt)."""
    tx = change.record
    if change.method.startswith("refund."):
        return {
            "transactionId": tx.id, "status": "completed", "refundAddress":
            change.details.get("address"), "depositAmount": fmt(tx.amount),
            "currency": tx.currency_name, "ticker": tx.ticker, "network": tx.network,
            "createdAt": tx.created_at, "processedAt": change.at, "refundNetworkFee": "0",
            "refundAmount": fmt(tx.amount),
            "refundHash": hashlib.sha256(f"refund:{tx.id}".encode()).hexdigest(),
        }  # fmt: skip
    if not isinstance(tx, Transaction):
        return dict(change.details)
    record: dict[str, Any] = {
        "address": tx.address, "amount": fmt(tx.amount), "createdAt": tx.created_at,
        "currency": tx.currency_name, "description": tx.description or None,
        "fee": fmt(tx.fee), "memo": tx.memo, "method": int(tx.method), "network": tx.network,
        "status": int(tx.status), "ticker": tx.ticker,
        "transactionHash": tx.transaction_hash or None,
        # A deposit's uniqueId is the one WhiteBIT gives it: its transaction id.
        "uniqueId": tx.unique_id if tx.method is Method.WITHDRAW else tx.unique_id or tx.id,
    }  # fmt: skip
    if tx.confirmations is not None:
        record["confirmations"] = {"actual": tx.confirmations[0], "required": tx.confirmations[1]}
    return record


class WebhookDeliveries:
    """Every account's webhook destination, what is still to go, and what went."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.faults = sandbox.faults.deliveries
        self.timeout_s = TIMEOUT_S
        self._sandbox = sandbox
        self._lock = threading.RLock()  # the records below
        self._sending = threading.Lock()  # one sender at a time: attempts in nonce order
        self._client: httpx.Client | None = None
        self._last_nonce: dict[str, int] = {}  # per webhook key, kept across a reset
        self._order = itertools.count()
        self._start(sandbox.world)

    def _start(self, world: object) -> None:
        """A fresh world (a new sandbox, or a reset): the seed's destinations, nothing due."""
        self._world = world
        self._destinations: dict[str, WebhookDestination] = {}
        self._due: list[tuple[int, int, Delivery]] = []
        self._held: _Signed | None = None
        self.log: list[Delivery] = []
        for who, destination in self._sandbox.config.webhooks.items():
            self._destinations[self._sandbox.account_of(who)] = destination

    # -- destinations -------------------------------------------------------------------------
    def register(self, who: str, url: str | Receiver, *, key: str, secret: str) -> None:
        """Deliver ``who``'s webhooks (an API key or account) to ``url`` (loopback) or, in
        process, to ``url(headers, body) -> status``, signed with ``key`` and ``secret``."""
        destination = WebhookDestination(url, key, secret)
        with self._lock:
            self._collect()
            self._destinations[self._sandbox.account_of(who)] = destination

    def unregister(self, who: str) -> None:
        with self._lock:
            self._collect()
            self._destinations.pop(self._sandbox.account_of(who), None)

    def deliveries(self, who: str | None = None) -> list[dict[str, Any]]:
        """What was sent and answered (and what is still to go), oldest first."""
        with self._lock:
            self._collect()
            account = None if who is None else self._sandbox.account_of(who)
            return [d.shown() for d in self.log if account in (None, d.account)]

    # -- the way out ------------------------------------------------------------------------
    def _collect(self) -> None:
        """Take the changes the domain noted; queue those of accounts with a destination."""
        world = self._sandbox.world
        if world is not self._world:
            self._start(world)
        for change in world.changes.take():
            destination = self._destinations.get(change.owner)
            if destination is None:
                continue
            seq = next(self._order)
            delivery = Delivery(
                str(uuid.uuid5(_IDS, str(seq))), change.owner, change.method, render(change),
                destination, change.at, self.faults.take(),
            )  # fmt: skip
            if delivery.fault and delivery.fault.kind is DeliveryFaultKind.DELAY:
                delivery.due += delivery.fault.seconds
            self.log.append(delivery)
            heapq.heappush(self._due, (delivery.due, seq, delivery))

    def flush(self) -> None:
        """Send every attempt that is due by the sandbox clock, oldest first. Returns at once
        if another thread (or this one, further up) is sending: that sender sends these too."""
        while self._sending.acquire(blocking=False):
            try:
                self._send_due()
            finally:
                self._sending.release()
            with self._lock:  # what was queued while we sent, by a thread that left it to us
                self._collect()
                if not self._is_due():
                    return

    def _is_due(self) -> bool:
        return bool(self._due) and self._due[0][0] <= self._sandbox.clock.seconds()

    def _send_due(self) -> None:
        while True:
            with self._lock:
                self._collect()
                if not self._is_due():
                    return
                _due, _seq, delivery = heapq.heappop(self._due)
                signed = self._prepare(delivery)
            if signed is None:
                continue
            self._send(signed)
            if signed.fault == DeliveryFaultKind.DUPLICATE.value:
                self._send(signed, duplicate=True)
            with self._lock:
                held, self._held = self._held, None
            if held is not None:
                self._send(held)

    def _prepare(self, delivery: Delivery) -> _Signed | None:
        """The attempt's signed bytes (None: nothing to send now). Under ``_lock``."""
        first = not delivery.attempts
        fault = delivery.fault.kind if first and delivery.fault else None
        if fault is DeliveryFaultKind.DROP:
            delivery.state = "lost"
            return None
        key, at = delivery.destination.key, delivery.due
        nonce = max(self._last_nonce.get(key, 0) + 1, at * 1000)
        self._last_nonce[key] = nonce
        body = json.dumps(
            {"method": delivery.method, "params": {**delivery.params, "nonce": nonce},
             "id": str(uuid.uuid5(_IDS, f"{delivery.id}/{len(delivery.attempts)}"))},
            separators=(",", ":"),
        ).encode()  # fmt: skip
        secret = delivery.destination.secret
        if fault is DeliveryFaultKind.BAD_SIGNATURE:
            secret = "not-" + secret
        signed = _Signed(delivery, at, nonce, _sign(body, key, secret), body,
                         fault.value if fault else None)  # fmt: skip
        if fault is DeliveryFaultKind.REORDER and self._held is None:
            delivery.state = "held"
            self._held = signed  # goes out after the next one
            return None
        return signed

    def _send(self, signed: _Signed, *, duplicate: bool = False) -> None:
        status, error = self._post(signed.delivery.destination, signed.headers, signed.body)
        fault = "duplicate (second copy)" if duplicate else signed.fault
        with self._lock:
            delivery = signed.delivery
            delivery.attempts.append(Attempt(signed.at, signed.nonce, status, error, fault))
            if duplicate:
                return  # the copy's answer decides nothing: the first one's does
            tries = sum(1 for a in delivery.attempts if a.fault != "duplicate (second copy)")
            if status == 200:
                delivery.state = "delivered"
            elif tries >= MAX_ATTEMPTS:
                delivery.state = "dropped"
            else:
                delivery.state = "pending"
                delivery.due = signed.at + RETRY_S
                heapq.heappush(self._due, (delivery.due, next(self._order), delivery))

    def _post(
        self, destination: WebhookDestination, headers: Mapping[str, str], body: bytes
    ) -> tuple[int | None, str | None]:
        if callable(destination.url):
            try:
                return int(destination.url(dict(headers), body)), None
            except Exception as exc:  # the receiver's failure is an answer like any other
                return None, f"{type(exc).__name__}: {exc}"
        if self._client is None:
            self._client = httpx.Client(trust_env=False, timeout=self.timeout_s)
        try:
            answer = self._client.post(destination.url, content=body, headers=dict(headers))
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return answer.status_code, None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
