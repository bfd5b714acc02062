"""The one request pipeline: rate limit, sign (via auth), send, classify, retry, log, raise.

Every call made through a client from ``create_client`` passes here, plain generated
functions included: ``PipelineClient``/``AsyncPipelineClient`` are the httpx clients behind
the generated ``Client``. Each attempt goes through ``httpx.Client.send`` again, so the auth
hook signs it afresh with a new nonce.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import NONCE_EXTENSION, WhiteBitAuth
from ._cookies import Cookies
from ._errors import (
    MalformedResponseError,
    OutcomeUnknownError,
    RequestTimeoutError,
    TransportError,
    WhiteBitError,
    error_from_response,
    retry_after_seconds,
)
from ._operations import OperationKinds
from ._ratelimit import RateLimiter, Slot
from ._retry import RetryPolicy, certainly_not_sent, retryable_exception, retryable_status

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("whitebit_auth")

CLOCK_SKEW_WARNING_S = 2.0  # the Date header has 1 s resolution; nonceWindow allows 5 s


@dataclass
class Decision:
    retry: bool = False
    wait_s: float = 0.0
    error: WhiteBitError | None = None


def _valid_status(status: int) -> bool:
    try:
        HTTPStatus(status)
    except ValueError:
        return False
    return True


class Pipeline:
    """Everything the sync and async clients share; no I/O of its own."""

    def __init__(
        self,
        auth: WhiteBitAuth,
        *,
        kinds: OperationKinds,
        retry: RetryPolicy,
        limiter: RateLimiter | None,
        raise_errors: bool,
    ) -> None:
        self.auth = auth
        self.kinds = kinds
        self.retry = retry
        self.limiter = limiter
        self.raise_errors = raise_errors
        self._skew_checked = False

    def path(self, request: httpx.Request) -> str:
        return self.auth.request_path(request.url)

    def reserve(self, path: str) -> tuple[float, Slot | None]:
        if self.limiter is None or not self.limiter.rate.applies_to(path):
            return 0.0, None
        return self.limiter.reserve()

    def mark_sent(self, slot: Slot | None) -> None:
        if slot is not None and self.limiter is not None:
            self.limiter.mark_sent(slot)

    def log_attempt(
        self, request: httpx.Request, path: str, attempt: int, outcome: str, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            nonce = request.extensions.get(NONCE_EXTENSION, "-")
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s attempt %d: %s in %.1f ms (nonce %s)",
                request.method, path, attempt, outcome, elapsed, nonce,
            )  # fmt: skip

    def check_clock(self, response: httpx.Response) -> None:
        if self._skew_checked or not self.auth.nonce_window:
            return
        date = response.headers.get("Date")
        if not date:
            return
        self._skew_checked = True
        try:
            skew = time.time() - parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        if abs(skew) > CLOCK_SKEW_WARNING_S:
            logger.warning(
                "local clock is %.1f s %s the server's (Date header): with nonceWindow, nonces "
                "more than 5 s off are refused; synchronise this machine's clock",
                abs(skew), "ahead of" if skew > 0 else "behind",
            )  # fmt: skip

    def on_response(self, response: httpx.Response, path: str, attempt: int) -> Decision:
        status = response.status_code
        is_read = self.kinds.is_read(path)
        last = attempt >= self.retry.max_attempts
        if 200 <= status <= 299:
            if self.raise_errors and _not_json(response):
                error = MalformedResponseError(
                    "the response body is not JSON", status=status, path=path
                )
                if is_read and not last:
                    return Decision(True, self.retry.backoff(attempt), error)
                return Decision(error=error)
            return Decision()
        if retryable_status(status, is_read=is_read) and not last:
            retry_after = retry_after_seconds(response.headers)
            if retry_after is None or retry_after <= self.retry.max_retry_after_s:
                return Decision(True, self.retry.backoff(attempt, retry_after))
        if not is_read and status >= 500:
            return Decision(error=OutcomeUnknownError(path, f"HTTP {status}"))
        if self.raise_errors or not _valid_status(status):
            return Decision(
                error=error_from_response(status, response.content, path, response.headers)
            )
        return Decision()

    def on_exception(self, exc: httpx.TransportError, path: str, attempt: int) -> Decision:
        is_read = self.kinds.is_read(path)
        if retryable_exception(exc, is_read=is_read) and attempt < self.retry.max_attempts:
            return Decision(True, self.retry.backoff(attempt))
        sent = not certainly_not_sent(exc)
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if sent and not is_read:
            return Decision(error=OutcomeUnknownError(path, reason, cause=exc))
        kind = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        return Decision(error=kind(reason, path=path, sent=sent))


def _not_json(response: httpx.Response) -> bool:
    if not response.content:
        return True
    try:
        json.loads(response.content)
    except (UnicodeDecodeError, ValueError):
        return True
    return False


# httpx.Client's own pool size, when no limits are given.
HTTPX_DEFAULT_MAX_CONNECTIONS = 100


def pool_size(options: dict[str, Any]) -> int | None:
    """How many requests the client's connection pool sends at once (None: no known bound)."""
    transport = options.get("transport")
    if transport is not None:
        limits = getattr(transport, "limits", None)  # e.g. AiohttpTransport; mocks have none
    else:
        limits = options.get("limits") or httpx.Limits(
            max_connections=HTTPX_DEFAULT_MAX_CONNECTIONS
        )
    return limits.max_connections if isinstance(limits, httpx.Limits) else None


# Why the clients below hold a gate as wide as the connection pool: httpx signs a request (auth
# runs first) and only then waits for a pooled connection. In a burst larger than the pool, a
# request could wait there for seconds holding a nonce that goes stale (nonceWindow allows
# ±5 s) or is overtaken by later ones. Behind the gate, requests wait unsigned instead.


_POOL_TIMEOUT_MESSAGE = "no connection became free within the pool timeout"


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout: float | None = request.extensions.get("timeout", {}).get("pool")
    return timeout


class PipelineClient(httpx.Client):
    def __init__(self, pipeline: Pipeline, **kwargs: Any) -> None:
        super().__init__(auth=pipeline.auth, **kwargs)
        self._cookies = Cookies(self._cookies)  # httpx has no hook for its cookies class
        self.pipeline = pipeline
        size = pool_size(kwargs)
        self._gate = threading.BoundedSemaphore(size) if size else None

    @contextlib.contextmanager
    def _gate_slot(self, request: httpx.Request) -> Iterator[None]:
        if self._gate is None:
            yield
            return
        if not self._gate.acquire(timeout=_pool_timeout(request)):
            raise httpx.PoolTimeout(_POOL_TIMEOUT_MESSAGE, request=request)
        try:
            yield
        finally:
            self._gate.release()

    def _attempt(
        self, request: httpx.Request, path: str, kwargs: dict[str, Any]
    ) -> tuple[httpx.Response | httpx.TransportError, float]:
        started = time.perf_counter()
        try:
            with self._gate_slot(request):
                wait, slot = self.pipeline.reserve(path)
                if wait:
                    time.sleep(wait)
                self.pipeline.mark_sent(slot)
                started = time.perf_counter()
                return super().send(request, **kwargs), started
        except httpx.TransportError as exc:
            return exc, started

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        p = self.pipeline
        path = p.path(request)
        attempt = 0
        while True:
            attempt += 1
            response, started = self._attempt(request, path, kwargs)
            if isinstance(response, httpx.TransportError):
                exc = response
                p.log_attempt(
                    exc.request if _has_request(exc) else request,
                    path,
                    attempt,
                    type(exc).__name__,
                    started,
                )
                decision = p.on_exception(exc, path, attempt)
                if decision.retry:
                    time.sleep(decision.wait_s)
                    continue
                assert decision.error is not None
                raise decision.error from exc
            p.log_attempt(response.request, path, attempt, f"HTTP {response.status_code}", started)
            p.check_clock(response)
            if not response.is_stream_consumed:
                response.read()
            decision = p.on_response(response, path, attempt)
            if decision.retry:
                response.close()
                time.sleep(decision.wait_s)
                continue
            if decision.error is not None:
                response.close()
                raise decision.error
            return response


class AsyncPipelineClient(httpx.AsyncClient):
    def __init__(self, pipeline: Pipeline, **kwargs: Any) -> None:
        super().__init__(auth=pipeline.auth, **kwargs)
        self._cookies = Cookies(self._cookies)
        self.pipeline = pipeline
        self._gate_size = pool_size(kwargs)
        self._gate: asyncio.Semaphore | None = None
        self._gate_loop: object = None

    @contextlib.asynccontextmanager
    async def _gate_slot(self, request: httpx.Request) -> AsyncIterator[None]:
        if not self._gate_size:
            yield
            return
        import asyncio  # lazily: see _sleep

        loop = asyncio.get_running_loop()
        if self._gate is None or self._gate_loop is not loop:  # a Semaphore has one loop
            self._gate = asyncio.Semaphore(self._gate_size)
            self._gate_loop = loop
        gate = self._gate
        if gate.locked():  # wait_for costs a task: only when there is something to wait for
            try:
                await asyncio.wait_for(gate.acquire(), _pool_timeout(request))
            except TimeoutError:
                raise httpx.PoolTimeout(_POOL_TIMEOUT_MESSAGE, request=request) from None
        else:
            await gate.acquire()
        try:
            yield
        finally:
            gate.release()

    async def _attempt(
        self, request: httpx.Request, path: str, kwargs: dict[str, Any]
    ) -> tuple[httpx.Response | httpx.TransportError, float]:
        started = time.perf_counter()
        try:
            async with self._gate_slot(request):
                wait, slot = self.pipeline.reserve(path)
                if wait:
                    await _sleep(wait)
                self.pipeline.mark_sent(slot)
                started = time.perf_counter()
                return await super().send(request, **kwargs), started
        except httpx.TransportError as exc:
            return exc, started

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        p = self.pipeline
        path = p.path(request)
        attempt = 0
        while True:
            attempt += 1
            response, started = await self._attempt(request, path, kwargs)
            if isinstance(response, httpx.TransportError):
                exc = response
                p.log_attempt(
                    exc.request if _has_request(exc) else request,
                    path,
                    attempt,
                    type(exc).__name__,
                    started,
                )
                decision = p.on_exception(exc, path, attempt)
                if decision.retry:
                    await _sleep(decision.wait_s)
                    continue
                assert decision.error is not None
                raise decision.error from exc
            p.log_attempt(response.request, path, attempt, f"HTTP {response.status_code}", started)
            p.check_clock(response)
            if not response.is_stream_consumed:
                await response.aread()
            decision = p.on_response(response, path, attempt)
            if decision.retry:
                await response.aclose()
                await _sleep(decision.wait_s)
                continue
            if decision.error is not None:
                await response.aclose()
                raise decision.error
            return response


async def _sleep(seconds: float) -> None:
    # asyncio is imported here, not at the top: it is a quarter of this package's import time,
    # and sync-only programs never need it.
    import asyncio

    await asyncio.sleep(seconds)


def _has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018 (httpx raises when the error has no request)
    except RuntimeError:
        return False
    return True
