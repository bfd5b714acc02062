"""The sandbox: edge (routing, rate limit, auth, spec validation) around the Flex domain.

Transport-neutral: ``handle`` takes the parts of a request and returns the parts of a
response; the in-process transport and the HTTP server are thin adapters around it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

from ._config import SandboxConfig, default_config
from ._domain import ActionType, FlexBook, Rejection
from ._edge import Authenticator, EdgeError, Headers
from ._faults import FaultPlan
from ._ratelimit import SlidingWindow, retry_after_header
from ._spec import Operation, SpecIndex
from ._wire import Reply, after_processing, unprocessed

DAY_S = 86_400


class Sandbox:
    """A local fake WhiteBIT. One instance, one independent state."""

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        clock: Callable[[], float] = time.time,
        spec: SpecIndex | None = None,
    ) -> None:
        self.config = config or default_config()
        self.clock = clock
        self.spec = spec or SpecIndex()
        self.book = FlexBook(
            plans={p.id: p for p in self.config.plans},
            balances={k: dict(v) for k, v in self.config.balances.items()},
            clock=self._now,
        )
        self.auth = Authenticator(
            self.config.keys,
            clock_ms=lambda: int(self._now() * 1000),
            window_ms=self.config.window_ms,
        )
        self.limiter = (
            SlidingWindow(self.config.rate_limit, self.config.rate_window_s, time.monotonic)
            if self.config.rate_limit
            else None
        )
        self.faults = FaultPlan()
        self.offset_s = 0.0  # how far the sandbox clock has been advanced
        book = self.book
        self._handlers: dict[str, Callable[[str, dict[str, Any]], Any]] = {
            "getFlexPlans": book.list_plans,
            "getUserFlexInvestments": lambda k, q: book.list_investments(k, q).to_json(),
            "getFlexInvestmentHistory": lambda k, q: book.investment_history(k, q).to_json(),
            "getFlexPaymentHistory": lambda k, q: book.investment_history(
                k, q, action_types={ActionType.DAILY_EARNING}
            ).to_json(),
            "createFlexInvestment": book.invest,
            "withdrawFromFlexInvestment": book.withdraw,
            "closeFlexInvestment": book.close,
            "updateFlexAutoReinvestment": book.set_auto_reinvest,
        }
        self._accrued_through = self._day(self._now())

    def _now(self) -> float:
        return self.clock() + self.offset_s

    @staticmethod
    def _day(timestamp: float) -> int:
        return int(timestamp // DAY_S)

    def _accrue(self) -> None:
        """Pay interest for every midnight (UTC) the sandbox clock has passed. Under the lock."""
        today = self._day(self._now())
        while self._accrued_through < today:
            self._accrued_through += 1
            self.book.accrue_day(self._accrued_through * DAY_S)

    def operation(self, path: str) -> Operation | None:
        return self.spec.operations.get(path)

    def handle(self, method: str, path: str, headers: Headers, body: bytes) -> Reply:
        op = self.operation(path)
        if op is None or op.operation_id not in self._handlers:
            return Reply.error(404, "Not found.")
        if method.upper() != op.method:
            return Reply.error(405, "Method not allowed.", headers={"Allow": op.method})
        fault = self.faults.take(path)
        if fault is not None and not fault.processes:
            return unprocessed(fault)
        key = headers.get("X-TXC-APIKEY") or ""
        # Only keys it knows count: a stream of made-up keys must not grow its memory.
        if self.limiter is not None and key in self.config.keys:
            wait = self.limiter.admit(key)
            if wait is not None:
                return Reply.error(
                    429, "Too many requests.", headers={"Retry-After": retry_after_header(wait)}
                )
        reply = self._process(op, path, headers, body)
        # The sandbox clock's time, as a server's Date header: clients follow it.
        reply.headers["Date"] = formatdate(self._now(), usegmt=True)
        if fault is not None:
            return after_processing(fault, reply, op.success_status)
        return reply

    def _process(self, op: Operation, path: str, headers: Headers, body: bytes) -> Reply:
        with self.book.lock:  # one request at a time: no lost update, nonces in order
            self._accrue()
            try:
                api_key, data = self.auth.authenticate(path, headers, body)
            except EdgeError as exc:
                return Reply.json(exc.status, exc.body())
            errors = self.spec.request_errors(op, data)
            if errors:
                return Reply.json(
                    400, {"code": 0, "message": "Validation failed", "errors": errors}
                )
            query = {k: v for k, v in data.items() if k not in ("request", "nonce", "nonceWindow")}
            try:
                result = self._handlers[op.operation_id](api_key, query)
            except Rejection as exc:
                return Reply.json(exc.status, exc.body())
            return Reply.json(op.success_status, result)

    # -- conveniences for tests and the demo -----------------------------------------------
    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward, paying the interest of every midnight passed.

        nonceWindow checks use this clock too: a client on the real clock falls out of the
        window after a jump of more than 5 s (use strict nonces against an advanced sandbox).
        """
        with self.book.lock:
            self.offset_s += seconds
            self._accrue()

    def advance_days(self, days: int) -> None:
        self.advance(days * DAY_S)
