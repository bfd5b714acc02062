"""The sandbox: every operation of the vendored spec behind WhiteBIT's edge.

Two tiers. Every operation is served without code of its own: the auth edge and the rate
limit, the request checked against the spec, and an answer from the spec (its example, else
one built from the schema). Where money moves, a route in ``routes/`` answers instead from the
domain (``domain/``): one ledger, one clock, exact decimals. An operation that appears in a
regenerated spec is served at once by the first tier.

Transport-neutral: ``handle`` takes the parts of a request and returns the parts of an answer;
the in-process transport and the HTTP server are thin adapters around it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from email.utils import formatdate
from typing import Any

from whitebit_auth.spec import AUTH_FIELDS, json_media

from ._answers import documented_answer, success_answer
from ._config import ApiKey, SandboxConfig, default_config
from ._deliveries import WebhookDeliveries
from ._edge import NO_PERMISSION, Authenticator, EdgeError, Headers
from ._faults import FaultPlan
from ._ratelimit import SlidingWindow, retry_after_header
from ._seed import build_world
from ._spec import Operation, SpecIndex
from ._wire import Reply, after_processing, unprocessed
from .domain.base import Refusal, RefusalKind
from .domain.clock import DAY_S, Clock
from .domain.flex import FlexBook
from .domain.ledger import Bucket, Place
from .domain.sub_account_keys import INFO_AND_TRADING
from .domain.transactions import Transaction
from .routes import Call, Handler, handlers

# Where a request comes from when nothing says otherwise (the in-process transport, tests).
LOCAL_CLIENT = "127.0.0.1"
LENDING_TAG_PREFIX = "Crypto Lending"
# Areas a type-1 sub-account key (information and trading) may not reach.
MONEY_OUT_TAGS = frozenset({"Deposit", "Withdraw"})
_STATUS = {
    RefusalKind.INVALID: 400,
    RefusalKind.RULE: 422,
    RefusalKind.UNAUTHORIZED: 401,
    RefusalKind.FORBIDDEN: 403,
    RefusalKind.NOT_FOUND: 404,
    RefusalKind.PRECONDITION: 412,
}


class Sandbox:
    """A local fake WhiteBIT. One instance, one independent state.

    ``check_answers=True`` makes every answer built from the spec or the domain validate
    against the spec before it leaves (an AssertionError otherwise): the test suite runs so.
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        clock: Callable[[], float] = time.time,
        spec: SpecIndex | None = None,
        check_answers: bool = False,
    ) -> None:
        self.config = config or default_config()
        self.clock = Clock(clock)
        self.spec = spec or SpecIndex()
        self.check_answers = check_answers
        self.lock = threading.RLock()  # one request at a time: no lost update, nonces in order
        self.world = build_world(self.config, self.clock)
        self.auth = Authenticator(
            self._key,
            clock_ms=lambda: int(self.clock.now() * 1000),
            window_ms=self.config.window_ms,
        )
        self.limiter = (
            SlidingWindow(self.config.rate_limit, self.config.rate_window_s, time.monotonic)
            if self.config.rate_limit
            else None
        )
        self.faults = FaultPlan(self._documented)
        self.routes: dict[str, Handler] = handlers()
        self._spec_answers: dict[str, tuple[int, Any]] = {}
        self.webhooks = WebhookDeliveries(self)  # each change the domain notes, delivered

    # -- keys ------------------------------------------------------------------------------
    def _key(self, api_key: str) -> ApiKey | None:
        """The record of a key: one from the config, or a sub-account's key made through the
        API (usable at once; refused while its sub-account is blocked)."""
        found = self.config.keys.get(api_key)
        if found is not None:
            return found
        sub_key = self.world.sub_account_keys.by_api_key(api_key)
        if sub_key is None:
            return None
        active = self.world.sub_accounts.is_active(sub_key.sub_account)
        return ApiKey(sub_key.api_secret, sub_key.sub_account, enabled=sub_key.enabled and active)

    def account_of(self, who: str) -> str:
        """The account an API key (or an account id itself) stands for."""
        key = self._key(who)
        if key is not None:
            return key.account
        if who in self.world.accounts:
            return who
        raise ValueError(f"no account or API key {who!r} in this sandbox")

    def _refusal_for(self, op: Operation, api_key: str) -> Reply | None:
        """403 where the key may not use this area (lending; a sub-account key's limits)."""
        key = self._key(api_key)
        tags = op.raw.get("tags") or []
        if (
            key is not None
            and not key.lending_access
            and any(t.startswith(LENDING_TAG_PREFIX) for t in tags)
        ):
            return Reply.error(403, NO_PERMISSION)
        sub_key = self.world.sub_account_keys.by_api_key(api_key)
        if sub_key is not None:
            sub_key.last_activity = self.clock.seconds()
            if not sub_key.allows(op.path) or (
                sub_key.type == INFO_AND_TRADING and MONEY_OUT_TAGS.intersection(tags)
            ):
                return Reply.error(403, NO_PERMISSION)
        return None

    # -- answers from the spec ---------------------------------------------------------------
    def _documented(self, path: str, status: int, example: str | None) -> Any:
        op = self.operation(path)
        if op is None:
            raise ValueError(f"the spec has no operation at {path!r}")
        return documented_answer(self.spec.spec, op.raw, status, example)

    def _spec_answer(self, op: Operation) -> tuple[int, Any]:
        found = self._spec_answers.get(op.path)
        if found is None:
            found = self._spec_answers[op.path] = success_answer(
                self.spec.spec, op.raw, self.spec.shape(op)
            )
        return found

    def _status_for(self, op: Operation, kind: RefusalKind) -> int:
        """A refusal's status; for request errors, the one the operation documents (WhiteBIT
        answers some of them 422, and a few operations document only one of 400/422)."""
        status = _STATUS[kind]
        if status in (400, 422):
            documented = self.spec.documented_statuses(op)
            other = 422 if status == 400 else 400
            if str(status) not in documented and str(other) in documented:
                return other
        return status

    def _error(self, op: Operation, status: int, body: dict[str, Any]) -> Reply:
        response = (op.raw.get("responses") or {}).get(str(status))
        if response is not None and json_media(self.spec.spec, response) is None:
            return Reply(status, b"", headers={})  # documented without a body
        return Reply.json(status, body)

    # -- the request's way through ----------------------------------------------------------
    def operation(self, path: str) -> Operation | None:
        return self.spec.operations.get(path)

    def handle(
        self, method: str, path: str, headers: Headers, body: bytes, client: str = LOCAL_CLIENT
    ) -> Reply:
        """Answer one API request that arrived from the address ``client`` (WhiteBIT counts
        rate limits and checks a key's IP allowlist by the address a request comes from)."""
        op = self.operation(path)
        if op is None:
            return Reply.error(404, "Not found.")
        if method.upper() != op.method:
            return Reply.error(405, "Method not allowed.", headers={"Allow": op.method})
        fault = self.faults.take(path)
        if fault is not None and not fault.processes:
            return unprocessed(fault)
        key = headers.get("X-TXC-APIKEY") or ""
        # Only keys it knows count: a stream of made-up keys must not grow its memory.
        if self.limiter is not None and self._key(key) is not None:
            wait = self.limiter.admit(key)
            if wait is not None:
                return Reply.error(
                    429, "Too many requests.", headers={"Retry-After": retry_after_header(wait)}
                )
        reply = self._process(op, path, headers, body)
        # The sandbox clock's time, as a server's Date header: clients follow it.
        reply.headers["Date"] = formatdate(self.clock.now(), usegmt=True)
        if fault is not None:
            return after_processing(fault, reply, op.success_status)
        return reply

    def _process(self, op: Operation, path: str, headers: Headers, body: bytes) -> Reply:
        with self.lock:
            self.world.catch_up()
            try:
                api_key, data = self.auth.authenticate(path, headers, body)
            except EdgeError as exc:
                reply = Reply.json(exc.status, exc.body())
                reply.edge = True
                return reply
            refused = self._refusal_for(op, api_key)
            if refused is not None:
                return refused
            errors = self.spec.request_errors(op, data)
            if errors:
                status = self._status_for(op, RefusalKind.INVALID)
                return self._error(
                    op, status, {"code": 0, "message": "Validation failed", "errors": errors}
                )
            reply = self._answer(op, api_key, data)
        self.webhooks.flush()
        if self.check_answers:
            self._check(op, reply)
        return reply

    def _answer(self, op: Operation, api_key: str, data: dict[str, Any]) -> Reply:
        handler = self.routes.get(op.operation_id)
        if handler is None:
            status, answer = self._spec_answer(op)
            return Reply(status, b"", headers={}) if answer is None else Reply.json(status, answer)
        fields = {k: v for k, v in data.items() if k not in AUTH_FIELDS}
        call = Call(self.world, self.account_of(api_key), fields, self.spec.page_defaults(op))
        try:
            result = handler(call)
        except Refusal as exc:
            return self._error(op, self._status_for(op, exc.kind), exc.body())
        return Reply.json(op.success_status, result)

    def _check(self, op: Operation, reply: Reply) -> None:
        body = json.loads(reply.body) if reply.body else None
        problems = self.spec.response_errors(op, reply.status, body, empty=not reply.body)
        if problems:
            raise AssertionError(
                f"the sandbox's {reply.status} answer to {op.operation_id} breaks the spec: "
                + "; ".join(problems)
            )

    # -- conveniences for tests, the demo and the control endpoints -----------------------
    @property
    def flex(self) -> FlexBook:
        return self.world.flex

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward, running what falls due on the way: Flex interest
        at each midnight (UTC), Fixed maturities, deposit confirmations, withdrawal payouts.

        nonceWindow checks use this clock too: a client on the real clock falls out of the
        window after a jump of more than 5 s (use strict nonces against an advanced sandbox,
        or a client that follows the server's Date header, as ``whitebit_auth`` does).
        """
        with self.lock:
            self.world.advance(seconds)
        self.webhooks.flush()

    def advance_days(self, days: int) -> None:
        self.advance(days * DAY_S)

    def reset(self) -> None:
        """Back to the seed state (the clock keeps its time; nonces already used stay used)."""
        with self.lock:
            self.world = build_world(self.config, self.clock)
            self.faults.clear()

    def balance(self, who: str, ticker: str, bucket: str = Bucket.MAIN) -> Decimal:
        """One balance of an account (or of the account behind an API key)."""
        with self.lock:
            self.world.catch_up()
            return self.world.ledger.held(Place(self.account_of(who), Bucket(bucket)), ticker)

    def balances(self, who: str) -> dict[str, dict[str, Decimal]]:
        """Every non-zero reported balance: ``{"main": {"USDT": Decimal(...)}, ...}``."""
        with self.lock:
            self.world.catch_up()
            found: dict[str, dict[str, Decimal]] = {}
            for (bucket, ticker), amount in self.world.ledger.holdings(
                self.account_of(who)
            ).items():
                if bucket in {b.value for b in Bucket}:
                    found.setdefault(bucket, {})[ticker] = amount
            return found

    def deposit(
        self,
        who: str,
        ticker: str,
        amount: Decimal | str,
        *,
        network: str | None = None,
        address: str | None = None,
        memo: str = "",
        confirmations: int | None = None,
        canceled: bool = False,
    ) -> Transaction:
        """Money arrives for an account, as if sent from outside.

        It shows in the history as pending (status 15) and is credited once its network's
        confirmations have passed, one a minute on the sandbox clock (``advance``), less the
        deposit fee. ``confirmations=0`` credits at once; ``canceled=True`` (or an amount
        outside the deposit limits) leaves a canceled deposit that ``refundDeposit`` can
        send back.
        """
        if isinstance(amount, float):
            raise TypeError("amount must be a Decimal or a decimal string, not a float")
        with self.lock:
            self.world.catch_up()
            owner = self.account_of(who)
            if address is not None and memo == "":
                found = self.world.deposits.owner_of(address)
                if found is not None and found != owner:
                    raise ValueError(f"{address!r} is another account's deposit address")
            return self.world.deposits.receive(
                owner, ticker, Decimal(amount), network=network, address=address, memo=memo,
                confirmations=confirmations, cancel=canceled,
            )  # fmt: skip

    def settle_withdrawal(self, reference: str, status: int = 3) -> Transaction:
        """End a pending withdrawal now (by transaction id or uniqueId): 3 sent, 4 canceled
        (the money comes back), 21 frozen by compliance (held)."""
        with self.lock:
            self.world.catch_up()
            tx = self.world.withdrawals.find(reference)
            self.world.withdrawals.settle(tx, status)
            return tx

    def pay_express(self, token: str, payer: str) -> None:
        """A WhiteBIT user pays an express-withdraw token (what its web page would do)."""
        with self.lock:
            self.world.catch_up()
            self.world.express.pay(token, self.account_of(payer))
