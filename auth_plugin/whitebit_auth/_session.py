"""The one request path: the httpx clients behind ``WhiteBitClient``, sync and async.

Every call, whatever made it (a generated function, ``post``, ``build_request`` + ``send``),
takes the same way down, one layer per method, written twice as twins that read alike:

    request / send          the call prepared once (``_call``): URL, path, body, headers
    _send_call              the one retry loop: attempt, judge (``_judge``), wait, again
    _send_attempt           a place at the gate, a slot of the rate limit, signed afresh
    _send_signed            the request made, hooks, the transport, the answer read

What one layer hands the next is a typed value (``Call``, ``SignedAttempt``, ``Answer``), never
state hidden in a request. httpx's own ``send`` is not used: it would run its auth, redirect and
cookie machinery on every attempt, where this path needs only the transport; event hooks and
cookies are honoured here, explicitly.
"""

from __future__ import annotations

import logging
import threading
import time
from types import ModuleType
from typing import Any, NoReturn

import httpx

from ._answer import Answer, aread_answer, read_answer
from ._call import Call, CallBuilder
from ._clock import ServerClock
from ._errors import RequestBodyError, UsageError, WhiteBitError
from ._gate import AsyncGate
from ._httpx_private import make_request, transport_for
from ._idempotency import give_key
from ._judge import Judge
from ._policy import FIRST_ATTEMPT, Action, Attempt, Verdict
from ._ratelimit import RateLimiter, Slot
from ._signer import SignedAttempt, Signer
from ._signing import compact_json

logger = logging.getLogger("whitebit_auth")

# httpx's own defaults, for the transport the session makes when none is given.
HTTPX_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
_POOL_TIMEOUT_MESSAGE = "no connection became free within the pool timeout"

Outcome = Answer | httpx.TransportError


def pool_size(transport: object, limits: object) -> int | None:
    """How many requests the connection pool sends at once (None: no known bound)."""
    if transport is not None:
        limits = getattr(transport, "limits", None)  # e.g. AiohttpTransport; mocks have none
    return limits.max_connections if isinstance(limits, httpx.Limits) else None


def _transport_options(options: dict[str, Any]) -> dict[str, Any]:
    # What httpx.Client hands its own default transport, from the same options.
    return {
        "verify": options.get("verify", True),
        "cert": options.get("cert"),
        "trust_env": options.get("trust_env", True),
        "http1": options.get("http1", True),
        "http2": options.get("http2", False),
        "limits": options.get("limits", HTTPX_DEFAULT_LIMITS),
    }


def _refuse_unsigned(data: Any, files: Any, cookies: Any, auth: Any, extensions: Any) -> None:
    """Options a signed request cannot honour, refused before anything is spent. (A redirect
    is never followed, whatever ``follow_redirects`` asks: it answers as an error.)"""
    if data is not None or files is not None:
        raise RequestBodyError("WhiteBIT takes a JSON body: pass json= or content=, not data/files")
    if cookies is not None:
        raise UsageError("per-request cookies are not supported: set them on the client")
    if auth is not httpx.USE_CLIENT_DEFAULT and auth is not None:
        raise UsageError("every request is signed by this client: auth= cannot replace it")
    if extensions:
        raise UsageError("request extensions are not supported: pass timeout= instead")


def _attach(error: httpx.TransportError, request: httpx.Request) -> None:
    # httpx's own send names the request on a transport's error; so does this path.
    try:
        error.request  # noqa: B018 - raises RuntimeError when it has none
    except RuntimeError:
        error.request = request


def _strip_tracebacks(error: BaseException | None) -> None:
    """Drop the frames of httpx's and httpcore's internals from an exception chain: their
    locals hold the bytes on the wire (the signature and payload headers), and reporters that
    capture locals would print them."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        if error.__cause__ is not None:
            _strip_tracebacks(error.__cause__)
        error = error.__context__


def _raise(error: WhiteBitError, outcome: Outcome) -> NoReturn:
    cause = outcome if isinstance(outcome, BaseException) else None
    _strip_tracebacks(cause)
    raise error from cause


def _log(signed: SignedAttempt, attempt: Attempt, outcome: str | int, started: float) -> None:
    """One line per attempt (DEBUG): never the signature, payload or secret."""
    if logger.isEnabledFor(logging.DEBUG):
        if isinstance(outcome, int):
            outcome = f"HTTP {outcome}"
        logger.debug(
            "%s %s attempt %d: %s in %.1f ms (nonce %s)",
            signed.call.method, signed.call.path, attempt.number, outcome,
            (time.perf_counter() - started) * 1000, signed.nonce,
        )  # fmt: skip


class _Parts:
    """What both sessions of a client share, and set up alike."""

    def _setup(
        self,
        builder: CallBuilder,
        signer: Signer,
        judge: Judge,
        limiter: RateLimiter | None,
        max_answer_bytes: int,
        own: Any,
        default_encoding: Any,
    ) -> None:
        self.builder = builder
        self.signer = signer
        self.judge = judge
        self.limiter = limiter
        self.max_answer_bytes = max_answer_bytes
        self._own = own  # the transport for plain http, and for https unless a mount serves it
        self._default_encoding = default_encoding
        self._clock = ServerClock(signer.follow_server_clock, lambda: signer.server_offset_ms)

    # At most as many requests signed at once as the pool can send: a request waits at the
    # gate unsigned, never holding a nonce that goes stale while it waits for a connection.
    _gate: threading.BoundedSemaphore | AsyncGate | None

    def _enter_at_once(self) -> bool:
        """Take a place at the gate if one is free now (True), else the caller must wait."""
        gate = self._gate
        if gate is None:
            return True
        if isinstance(gate, AsyncGate):
            return gate.try_enter()
        return gate.acquire(blocking=False)

    def _leave(self) -> None:
        gate = self._gate
        if gate is not None:
            gate.release() if isinstance(gate, threading.BoundedSemaphore) else gate.leave()

    def _reserve_slot(self, call: Call) -> tuple[float, Slot | None]:
        limiter = self.limiter
        if limiter is None:
            return 0.0, None
        return limiter.reserve(call.path)

    def _slot_used(self, slot: Slot | None) -> None:
        # A waiter that overslept pushes the window on, not back.
        if self.limiter is not None:
            self.limiter.mark_sent(slot)

    def _verdict(self, call: Call, outcome: Outcome, attempt: Attempt) -> Verdict:
        if isinstance(outcome, Answer):
            return self.judge.after_answer(call, outcome, attempt)
        return self.judge.after_failure(call, outcome, attempt)

    def _error(self, call: Call, outcome: Outcome, verdict: Verdict) -> WhiteBitError:
        if isinstance(outcome, Answer):
            return self.judge.answer_error(call, outcome, verdict)
        return self.judge.failure_error(call, outcome, verdict)

    def _request(self, signed: SignedAttempt, cookies: httpx.Cookies) -> httpx.Request:
        call = signed.call
        request = make_request(
            call.method, call.url, signed.header_entries(), signed.body, {"timeout": call.timeout}
        )
        if cookies:  # asking is cheap: nearly always the jar is empty
            cookies.set_cookie_header(request)
        return request

    def _received(
        self, answer: Answer, signed: SignedAttempt, attempt: Attempt, started: float
    ) -> httpx.Response:
        response = answer.response
        response.default_encoding = self._default_encoding
        if answer.headed.sets_cookies:
            self.cookies.extract_cookies(response)  # type: ignore[attr-defined]
        if self._clock is not None:
            self._clock.observe(answer.headed.date)
        _log(signed, attempt, response.status_code, started)
        return response


class SyncSession(_Parts, httpx.Client):
    def __init__(
        self,
        *,
        builder: CallBuilder,
        signer: Signer,
        judge: Judge,
        limiter: RateLimiter | None,
        max_answer_bytes: int,
        transport: httpx.BaseTransport | None = None,
        **options: Any,
    ) -> None:
        own = transport or httpx.HTTPTransport(**_transport_options(options))
        super().__init__(transport=own, follow_redirects=False, **options)
        self._setup(
            builder, signer, judge, limiter, max_answer_bytes, own,
            options.get("default_encoding", "utf-8"),
        )  # fmt: skip
        size = pool_size(transport, options.get("limits", HTTPX_DEFAULT_LIMITS))
        self._gate = threading.BoundedSemaphore(size) if size else None

    # -- httpx's surface -------------------------------------------------------------------
    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        # JSON the way WhiteBIT takes it: a Decimal exact, a float refused naming its field.
        if kwargs.get("json") is not None and kwargs.get("content") is None:
            kwargs["content"] = compact_json(kwargs.pop("json"))
        return super().build_request(method, url, **kwargs)

    def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Response:
        _refuse_unsigned(data, files, cookies, auth, extensions)
        call = self.builder.build(
            method, url, base=self.base_url, client_headers=self.headers, timeout=self.timeout,
            content=content, json=json, headers=headers, params=params, request_timeout=timeout,
        )  # fmt: skip
        return self._send_call(give_key(call))

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """A request built elsewhere takes the same path (and is read whole, streamed or not)."""
        _refuse_unsigned(None, None, None, auth, None)
        return self._send_call(give_key(self.builder.from_request(request, base=self.base_url)))

    # -- the one path ----------------------------------------------------------------------
    def _send_call(self, call: Call) -> httpx.Response:
        """Attempts until one is returned or raised: the one retry loop."""
        attempt = FIRST_ATTEMPT
        while True:
            outcome = self._send_attempt(call, attempt)
            verdict = self._verdict(call, outcome, attempt)
            if verdict.action is Action.RETURN:
                assert isinstance(outcome, Answer)
                return outcome.response
            if verdict.action is Action.RETRY:
                attempt = verdict.next_attempt(attempt)
                time.sleep(verdict.wait_s)
                continue
            _raise(self._error(call, outcome, verdict), outcome)

    def _send_attempt(self, call: Call, attempt: Attempt) -> Outcome:
        """One attempt: a place at the gate, a slot of the rate limit, signed afresh, sent."""
        try:
            if not self._enter_at_once():
                self._enter(call)
            try:
                wait_s, slot = self._reserve_slot(call)
                if wait_s > 0:
                    time.sleep(wait_s)
                    self._slot_used(slot)
                nonce, wait_s = self.signer.reserve()
                if wait_s > 0:
                    time.sleep(wait_s)
                return self._send_signed(self.signer.sign(call, nonce), attempt)
            finally:
                self._leave()
        except httpx.TransportError as error:
            return error

    def _enter(self, call: Call) -> None:
        gate = self._gate
        assert isinstance(gate, threading.BoundedSemaphore)
        if not gate.acquire(timeout=call.timeout.get("pool")):
            raise httpx.PoolTimeout(_POOL_TIMEOUT_MESSAGE)

    def _send_signed(self, signed: SignedAttempt, attempt: Attempt) -> Outcome:
        """The attempt on the wire: the request made, hooks, the transport, the answer read."""
        request = self._request(signed, self.cookies)
        for hook in self.event_hooks["request"]:
            hook(request)
        started = time.perf_counter()
        try:
            response = transport_for(self, self._own, request.url).handle_request(request)
            response.request = request
            answer = read_answer(response, self.max_answer_bytes, started)
        except httpx.TransportError as error:
            _attach(error, request)
            _log(signed, attempt, type(error).__name__, started)
            return error
        for hook in self.event_hooks["response"]:
            hook(answer.response)
        self._received(answer, signed, attempt, started)
        return answer


class AsyncSession(_Parts, httpx.AsyncClient):
    def __init__(
        self,
        *,
        builder: CallBuilder,
        signer: Signer,
        judge: Judge,
        limiter: RateLimiter | None,
        max_answer_bytes: int,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        own = transport or httpx.AsyncHTTPTransport(**_transport_options(options))
        super().__init__(transport=own, follow_redirects=False, **options)
        self._setup(
            builder, signer, judge, limiter, max_answer_bytes, own,
            options.get("default_encoding", "utf-8"),
        )  # fmt: skip
        size = pool_size(transport, options.get("limits", HTTPX_DEFAULT_LIMITS))
        self._gate = AsyncGate(size) if size else None

    # -- httpx's surface -------------------------------------------------------------------
    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        # JSON the way WhiteBIT takes it: a Decimal exact, a float refused naming its field.
        if kwargs.get("json") is not None and kwargs.get("content") is None:
            kwargs["content"] = compact_json(kwargs.pop("json"))
        return super().build_request(method, url, **kwargs)

    async def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Response:
        _refuse_unsigned(data, files, cookies, auth, extensions)
        call = self.builder.build(
            method, url, base=self.base_url, client_headers=self.headers, timeout=self.timeout,
            content=content, json=json, headers=headers, params=params, request_timeout=timeout,
        )  # fmt: skip
        return await self._send_call(give_key(call))

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """A request built elsewhere takes the same path (and is read whole, streamed or not)."""
        _refuse_unsigned(None, None, None, auth, None)
        return await self._send_call(
            give_key(self.builder.from_request(request, base=self.base_url))
        )

    # -- the one path ----------------------------------------------------------------------
    async def _send_call(self, call: Call) -> httpx.Response:
        """Attempts until one is returned or raised: the one retry loop."""
        attempt = FIRST_ATTEMPT
        while True:
            outcome = await self._send_attempt(call, attempt)
            verdict = self._verdict(call, outcome, attempt)
            if verdict.action is Action.RETURN:
                assert isinstance(outcome, Answer)
                return outcome.response
            if verdict.action is Action.RETRY:
                attempt = verdict.next_attempt(attempt)
                await _sleep(verdict.wait_s)
                continue
            _raise(self._error(call, outcome, verdict), outcome)

    async def _send_attempt(self, call: Call, attempt: Attempt) -> Outcome:
        """One attempt: a place at the gate, a slot of the rate limit, signed afresh, sent."""
        try:
            if not self._enter_at_once():
                await self._enter(call)
            try:
                wait_s, slot = self._reserve_slot(call)
                if wait_s > 0:
                    await _sleep(wait_s)
                    self._slot_used(slot)
                nonce, wait_s = self.signer.reserve()
                if wait_s > 0:
                    await _sleep(wait_s)  # never time.sleep: that would stall the event loop
                return await self._send_signed(self.signer.sign(call, nonce), attempt)
            finally:
                self._leave()
        except httpx.TransportError as error:
            return error

    async def _enter(self, call: Call) -> None:
        gate = self._gate
        assert isinstance(gate, AsyncGate)
        try:
            await gate.enter(call.timeout.get("pool"))
        except TimeoutError:
            raise httpx.PoolTimeout(_POOL_TIMEOUT_MESSAGE) from None

    async def _send_signed(self, signed: SignedAttempt, attempt: Attempt) -> Outcome:
        """The attempt on the wire: the request made, hooks, the transport, the answer read."""
        request = self._request(signed, self.cookies)
        for hook in self.event_hooks["request"]:
            await hook(request)
        started = time.perf_counter()
        try:
            transport = transport_for(self, self._own, request.url)
            response = await transport.handle_async_request(request)
            response.request = request
            answer = await aread_answer(response, self.max_answer_bytes, started)
        except httpx.TransportError as error:
            _attach(error, request)
            _log(signed, attempt, type(error).__name__, started)
            return error
        for hook in self.event_hooks["response"]:
            await hook(answer.response)
        self._received(answer, signed, attempt, started)
        return answer


def _asyncio() -> ModuleType:
    # asyncio is imported when first needed, not at the top: it is a quarter of this package's
    # import time, and sync-only programs never need it.
    global _ASYNCIO
    if _ASYNCIO is None:
        import asyncio

        _ASYNCIO = asyncio
    return _ASYNCIO


_ASYNCIO: ModuleType | None = None


async def _sleep(seconds: float) -> None:
    if seconds > 0:
        await _asyncio().sleep(seconds)
