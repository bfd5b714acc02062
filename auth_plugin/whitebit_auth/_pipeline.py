"""The one request pipeline: rate limit, sign (via auth), send, judge, retry, log, raise.

Every call made through a client from ``create_client`` passes here, plain generated
functions included: ``PipelineClient``/``AsyncPipelineClient`` are the httpx clients behind
the generated ``Client``. Each attempt goes through ``httpx.Client.send`` again, so the auth
hook signs it afresh with a new nonce. What to do after each attempt is ``_policy``'s call.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import threading
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Any, NoReturn

import httpx

from ._auth import NONCE_EXTENSION, PREFIX_EXTENSION, WhiteBitAuth
from ._cookies import Cookies, has_cookies
from ._errors import (
    NONCE_OUT_OF_WINDOW,
    MalformedResponseError,
    OutcomeUnknownError,
    RequestTimeoutError,
    TransportError,
    WhiteBitError,
    error_from_response,
    error_message,
    is_nonce_rejection,
    retry_after_seconds,
)
from ._exchange import header_entries, new_request
from ._gate import AsyncGate
from ._idempotency import already_executed, give_key, sent_body
from ._operations import AnswerProblem, Operation, OperationKinds, answer_problem
from ._policy import (
    FIRST_ATTEMPT,
    RETURN,
    Action,
    Attempt,
    Raise,
    RetryPolicy,
    Verdict,
    after_answer,
    after_failure,
)
from ._ratelimit import RateLimiter, Slot
from ._signing import compact_json, prefix_of, unsigned_body
from ._urls import EU_SERVER, GLOBAL_SERVER, check_secure

logger = logging.getLogger("whitebit_auth")

CLOCK_SKEW_WARNING_S = 2.0  # the Date header has 1 s resolution; nonceWindow allows 5 s
_NOT_PARSED = object()


def _server_offset_ms(response: httpx.Response) -> int | None:
    """The server's clock minus ours, from its Date header (1 s resolution: ±0.5 s)."""
    date = response.headers.get("Date")
    if not date:
        return None
    try:
        server_s = parsedate_to_datetime(date).timestamp() + 0.5
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return int((server_s - time.time()) * 1000)


def _strip_tracebacks(exc: BaseException | None) -> None:
    """Drop the frames of httpx's and httpcore's internals from an exception chain.

    Their locals hold the bytes on the wire (headers with the signature and payload), and
    reporters that capture locals would print them.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc.__traceback__ = None
        if exc.__cause__ is not None:
            _strip_tracebacks(exc.__cause__)
        exc = exc.__context__


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
        limiter = self.limiter
        if limiter is None or not limiter.rate.applies_to(path):
            return 0.0, None
        return limiter.reserve()

    def mark_sent(self, slot: Slot | None) -> None:
        if slot is not None and self.limiter is not None:
            self.limiter.mark_sent(slot)

    def log_attempt(
        self, request: httpx.Request, path: str, attempt: int, outcome: str | int, started: float
    ) -> None:
        """``outcome``: an HTTP status, or the name of what went wrong."""
        if logger.isEnabledFor(logging.DEBUG):
            if isinstance(outcome, int):
                outcome = f"HTTP {outcome}"
            nonce = request.extensions.get(NONCE_EXTENSION, "-")
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s attempt %d: %s in %.1f ms (nonce %s)",
                request.method, path, attempt, outcome, elapsed, nonce,
            )  # fmt: skip

    def check_clock(self, response: httpx.Response) -> None:
        """Once: with nonceWindow, follow the server's clock if ours is seconds away from it."""
        if self._skew_checked or not self.auth.nonce_window:
            return
        offset = _server_offset_ms(response)
        if offset is None:
            return
        self._skew_checked = True
        if abs(offset) > CLOCK_SKEW_WARNING_S * 1000:
            logger.warning(
                "local clock is %.1f s %s the server's (Date header): nonces now follow the "
                "server's clock; synchronise this machine's clock",
                abs(offset) / 1000, "behind" if offset > 0 else "ahead of",
            )  # fmt: skip
            self.auth.follow_server_clock(offset)

    def unreadable(self, body: Any, path: str) -> AnswerProblem | None:
        """Why a success answer's ``body`` (parsed, or _NOT_PARSED) cannot be read (None: it
        holds what the spec promises)."""
        op = self.kinds.get(path)
        if op is not None and not op.content:
            return None  # the spec promises no body
        if body is _NOT_PARSED:
            return AnswerProblem("the answer is not JSON")
        if op is not None and op.answer:
            return answer_problem(op.answer, body)
        return None

    def judge_answer(self, response: httpx.Response, path: str, attempt: Attempt) -> Verdict:
        status = response.status_code
        body = _json_body(response)
        if 200 <= status <= 299:
            problem = self.unreadable(body, path)
            response.extensions["whitebit_problem"] = problem
            if problem is None:
                return RETURN  # what after_answer says of every readable success
            nonce_rejected = False
        else:
            problem = None
            nonce_rejected = is_nonce_rejection(status, body)
        if nonce_rejected and error_message(body) == NONCE_OUT_OF_WINDOW:
            # Our idea of the server's clock is wrong (or it jumped): take its Date instead.
            offset = _server_offset_ms(response)
            if offset is not None:
                self.auth.follow_server_clock(offset)
        return after_answer(
            status,
            is_read=self.kinds.is_read(path),
            attempt=attempt,
            policy=self.retry,
            raise_errors=self.raise_errors,
            readable=problem is None,
            nonce_rejected=nonce_rejected,
            retry_after=retry_after_seconds(response.headers) if status == 429 else None,
        )

    def judge_failure(self, exc: httpx.TransportError, path: str, attempt: Attempt) -> Verdict:
        return after_failure(
            exc, is_read=self.kinds.is_read(path), attempt=attempt, policy=self.retry
        )

    def answer_error(self, verdict: Verdict, response: httpx.Response, path: str) -> WhiteBitError:
        status = response.status_code
        if verdict.error is Raise.MALFORMED:
            problem = response.extensions.get("whitebit_problem") or AnswerProblem(
                "the answer is unreadable"
            )
            return MalformedResponseError(
                problem.text, status=status, path=path, field=problem.field
            )
        if verdict.error is Raise.OUTCOME_UNKNOWN:
            return self.outcome_unknown(response.request, path, f"HTTP {status}")
        body = _json_body(response)
        error = error_from_response(
            status,
            response.content,
            path,
            response.headers,
            body=None if body is _NOT_PARSED else body,
        )
        return already_executed(self.kinds.get(path), error, response.request) or error

    def outcome_unknown(
        self,
        request: httpx.Request,
        path: str,
        reason: str,
        cause: BaseException | None = None,
    ) -> OutcomeUnknownError:
        op = self.kinds.get(path)
        return OutcomeUnknownError(
            path,
            reason,
            cause=cause,
            operation_id=op.operation_id if op else None,
            idempotency_key=_idempotency_key(op, request),
            check=op.check if op else None,
            request_body=sent_body(request),
        )

    def failure_error(
        self, verdict: Verdict, exc: httpx.TransportError, request: httpx.Request, path: str
    ) -> WhiteBitError:
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if verdict.error is Raise.OUTCOME_UNKNOWN:
            return self.outcome_unknown(request, path, reason, exc)
        kind = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        return kind(reason, path=path, sent=verdict.sent)


def _idempotency_key(op: Operation | None, request: httpx.Request) -> tuple[str, Any] | None:
    """The request's own idempotency key (name, value), for an operation that has one."""
    if op is None or op.idempotency is None:
        return None
    try:
        prefix = request.extensions.get(PREFIX_EXTENSION)
        body = json.loads(unsigned_body(prefix) if prefix is not None else request.content)
    except (ValueError, TypeError):
        return None
    if isinstance(body, dict) and op.idempotency in body:
        return op.idempotency, body[op.idempotency]
    return None


_JSON = json.JSONDecoder()
# A JSON text's first byte in UTF-8 (an ASCII character; never NUL nor a byte order mark).
_UTF8_STARTS = frozenset(bytes([b]) for b in range(1, 128))


def _json_body(response: httpx.Response) -> Any:
    """The answer's JSON, parsed once and handed to the generated code; _NOT_PARSED if none."""
    extensions = response.extensions
    data: Any = extensions.get("whitebit_json", _NOT_PARSED)
    if data is not _NOT_PARSED or "whitebit_json" in extensions:
        return data
    content = response.content
    try:
        if not content:
            data = _NOT_PARSED
        elif content[:1] in _UTF8_STARTS:
            data = _JSON.decode(content.decode("utf-8"))  # what json.loads does, less its steps
        else:
            data = json.loads(content)  # UTF-16/32, a byte order mark: json.loads tells them
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = _NOT_PARSED
    extensions["whitebit_json"] = data
    if data is not _NOT_PARSED:
        # The generated code calls response.json(); it gets this parse instead of a second one.
        response.json = lambda **_: data  # type: ignore[method-assign]
    return data


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


def _raise(error: WhiteBitError, cause: BaseException | None = None) -> NoReturn:
    _strip_tracebacks(cause)
    raise error from cause


_WHITEBIT_HOSTS = frozenset({httpx.URL(GLOBAL_SERVER).host, httpx.URL(EU_SERVER).host})


# What the generated functions pass to ``request``: built the quick way, below.
_MAX_CACHED_TARGETS = 1024


def _attach(exc: httpx.TransportError, request: httpx.Request) -> None:
    # httpx's own send names the request on a transport's error; so does this one.
    try:
        exc.request  # noqa: B018 - raises RuntimeError when it has none
    except RuntimeError:
        exc.request = request


class _Signed:
    """What both clients add to httpx's: their own JSON encoding, routing to an operation's
    own server, no proxy for plain http, and the quick way through for every call.

    httpx builds a request by parsing and merging its URL, headers and cookies anew, and
    sends it through its auth, redirect and hook machinery: most of a call's cost on a fast
    transport. This client keeps what a call needs and nothing else: the URL of each path
    is merged and routed once, the body is checked and serialised once (its signed bytes
    are then one concatenation per attempt), and each attempt goes straight to the
    transport. A client with event hooks takes httpx's own way, hooks and all.
    """

    pipeline: Pipeline
    _targets: dict[str, httpx.URL]
    _targets_base: object = None
    _templates: dict[tuple[int, Any], tuple[httpx.URL, httpx.Headers]]
    _templates_for: list[Any] | None = None
    _timeouts_for: tuple[httpx.Timeout, dict[str, float | None]] | None = None

    def _route(self, request: httpx.Request) -> httpx.Request:
        request.url = self._route_url(request.url)
        return request

    def _route_url(self, url: httpx.URL) -> httpx.URL:
        # An operation the spec serves elsewhere (issueCardToken: the Fiat Gateway) goes there
        # when this client talks to WhiteBIT itself; a sandbox or a proxy serves it as it is.
        if url.host not in _WHITEBIT_HOSTS:
            return url
        op = self.pipeline.kinds.get(self.pipeline.auth.request_path(url))
        if op is not None and op.server and op.server.startswith("https://"):
            server = httpx.URL(op.server)
            return url.copy_with(host=server.host, port=server.port)
        return url

    def _encode_json(self, kwargs: dict[str, Any]) -> None:
        # A Decimal goes out as its exact string, and a float is refused naming its field,
        # instead of httpx's bare "TypeError: Object of type Decimal is not JSON serializable".
        if kwargs.get("json") is not None and kwargs.get("content") is None:
            kwargs["content"] = compact_json(kwargs.pop("json"))
            headers = httpx.Headers(kwargs.get("headers"))
            headers.setdefault("Content-Type", "application/json")
            kwargs["headers"] = headers

    def _hooked(self) -> bool:
        hooks = self._event_hooks  # type: ignore[attr-defined]  # httpx's property returns it
        return bool(hooks["request"] or hooks["response"])

    def _target(self, url: str) -> httpx.URL:
        base = self.base_url  # type: ignore[attr-defined]
        if base is not self._targets_base:  # a new base_url: the merged URLs are stale
            self._targets, self._targets_base = {}, base
        found = self._targets.get(url)
        if found is None:
            found = self._route_url(self._merge_url(url))  # type: ignore[attr-defined]
            if len(self._targets) < _MAX_CACHED_TARGETS:
                self._targets[url] = found
        return found

    def _template(self, target: httpx.URL, headers: Any) -> httpx.Headers:
        """The headers every request to ``target`` starts with (the client's, the call's and
        Host), made once per target and call headers while the client's stay the same."""
        client_headers = self.headers  # type: ignore[attr-defined]
        mine = header_entries(client_headers)  # compared as it is: .raw copies it every call
        if mine is None:
            mine = client_headers.raw
        if mine != self._templates_for:  # new client headers: the templates are stale
            self._templates, self._templates_for = {}, list(mine)
        # The target by identity (an httpx URL hashes by its text, made anew each time); it
        # is kept in the value, so that its id cannot be another URL's meanwhile.
        key = (id(target), tuple(headers.items()) if isinstance(headers, dict) else id(headers))
        known = self._templates.get(key)
        if known is not None and known[0] is target:
            return known[1]
        merged = httpx.Headers(self.headers)  # type: ignore[attr-defined]
        if headers:
            merged.update(headers)
        merged.setdefault("Host", target.netloc.decode("ascii"))
        raw = merged.raw
        ascii_only = all(k.isascii() and v.isascii() for k, v in raw)
        found = httpx.Headers(raw, encoding="ascii" if ascii_only else None)
        if isinstance(headers, dict) and len(self._templates) < _MAX_CACHED_TARGETS:
            self._templates[key] = (target, found)
        return found

    def _quick_request(
        self, method: str, url: httpx.URL | str, options: dict[str, Any]
    ) -> httpx.Request | None:
        """The request, built the quick way; None if this call needs httpx's own way (query
        parameters, form data, files, its own cookies, auth or timeout, hooks)."""
        if not isinstance(url, str) or self._hooked():
            return None
        json = content = headers = None
        for name, value in options.items():
            if name == "json":
                json = value
            elif name == "headers":
                headers = value
            elif name == "content":
                content = value
            elif name != "follow_redirects" and (  # never followed, whatever is asked
                value is not None and value is not httpx.USE_CLIENT_DEFAULT
            ):
                return None
        target = self._target(url)
        extensions: dict[str, Any] = {"timeout": self._timeouts()}
        if content is None:
            # The body checked (a JSON object, no float, no field the signer sets) and
            # serialised once: each attempt only appends its nonce to these bytes.
            extensions[PREFIX_EXTENSION] = prefix_of(json if json is not None else {})
            body = b""
        else:
            body = content.encode() if isinstance(content, str) else content
        # The template itself: the signer gives each attempt headers of its own, and nothing
        # before it changes them but the cookies, which get a copy.
        template = self._template(target, headers)
        request = new_request(method.upper(), target, template, body, extensions)
        cookies = self.cookies  # type: ignore[attr-defined]
        if has_cookies(cookies):
            request.headers = httpx.Headers(template)
            httpx.Cookies(cookies).set_cookie_header(request)
        return request

    def _timeouts(self) -> dict[str, float | None]:
        """The client's timeouts as httpx hands them to a transport (a copy for each call)."""
        timeout = self.timeout  # type: ignore[attr-defined]
        known = self._timeouts_for
        if known is None or known[0] is not timeout:
            known = self._timeouts_for = (timeout, timeout.as_dict())
        return dict(known[1])

    def _received(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        response.request = request
        response.elapsed = datetime.timedelta(0, time.perf_counter() - started)
        response.default_encoding = getattr(self, "_default_encoding", "utf-8")  # httpx ≥ 0.24
        self._cookies.extract_cookies(response)  # type: ignore[attr-defined]


class PipelineClient(_Signed, httpx.Client):
    def __init__(self, pipeline: Pipeline, **kwargs: Any) -> None:
        kwargs["follow_redirects"] = False
        super().__init__(auth=pipeline.auth, **kwargs)
        self._cookies = Cookies(self._cookies)  # httpx has no hook for its cookies class
        self.pipeline = pipeline
        size = pool_size(kwargs)
        self._gate = threading.BoundedSemaphore(size) if size else None

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        self._encode_json(kwargs)
        return self._route(super().build_request(method, url, **kwargs))

    def request(self, method: str, url: httpx.URL | str, **options: Any) -> httpx.Response:
        quick = self._quick_request(method, url, options)
        if quick is not None:
            return self.send(quick)
        return super().request(method, url, **options)

    def _deliver(self, request: httpx.Request) -> httpx.Response:
        """One attempt: signed afresh, handed to the transport, its answer read."""
        if self._hooked():
            return super().send(request, follow_redirects=False)  # httpx's way, hooks and all
        if PREFIX_EXTENSION not in request.extensions:  # else its body is the prefix
            request.read()
        auth = self.pipeline.auth
        check_secure(request.url)  # before a nonce is spent on a request that cannot go
        nonce, wait_s = auth.reserve_nonce()
        if wait_s:
            time.sleep(wait_s)
        auth.sign_request(request, nonce)
        transport = self._transport_for_url(request.url)
        started = time.perf_counter()
        try:
            response = transport.handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        except httpx.TransportError as exc:
            _attach(exc, request)
            raise
        self._received(request, response, started)
        return response

    def _transport_for_url(self, url: httpx.URL) -> httpx.BaseTransport:
        # Plain http goes to loopback only, and never through a proxy (HTTP_PROXY would
        # otherwise get the signed headers in clear text).
        if url.scheme == "http":
            return self._transport
        return super()._transport_for_url(url)

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
        self, request: httpx.Request, path: str
    ) -> tuple[httpx.Response | httpx.TransportError, float]:
        started = time.perf_counter()
        try:
            with self._gate_slot(request):
                wait, slot = self.pipeline.reserve(path)
                if wait:  # else the slot is taken now, as it is used
                    time.sleep(wait)
                    self.pipeline.mark_sent(slot)
                started = time.perf_counter()
                return self._deliver(request), started
        except httpx.TransportError as exc:
            return exc, started

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        # Whatever the caller asked (redirects, another auth, streaming): a signed request is
        # signed by this client's auth, never follows a redirect, and is read whole.
        p = self.pipeline
        path = p.path(request)
        give_key(p.kinds.get(path), request)  # once per call: every attempt carries it
        attempt = FIRST_ATTEMPT
        while True:
            response, started = self._attempt(request, path)
            if isinstance(response, httpx.TransportError):
                exc = response
                p.log_attempt(request, path, attempt.number, type(exc).__name__, started)
                verdict = p.judge_failure(exc, path, attempt)
                if verdict.action is Action.RETRY:
                    attempt = verdict.next_attempt(attempt)
                    time.sleep(verdict.wait_s)
                    continue
                _raise(p.failure_error(verdict, exc, request, path), exc)
            p.log_attempt(response.request, path, attempt.number, response.status_code, started)
            p.check_clock(response)
            verdict = p.judge_answer(response, path, attempt)
            if verdict.action is Action.RETURN:
                return response
            response.close()
            if verdict.action is Action.RETRY:
                attempt = verdict.next_attempt(attempt)
                time.sleep(verdict.wait_s)
                continue
            _raise(p.answer_error(verdict, response, path))


class AsyncPipelineClient(_Signed, httpx.AsyncClient):
    def __init__(self, pipeline: Pipeline, **kwargs: Any) -> None:
        kwargs["follow_redirects"] = False
        super().__init__(auth=pipeline.auth, **kwargs)
        self._cookies = Cookies(self._cookies)
        self.pipeline = pipeline
        size = pool_size(kwargs)
        self._gate = AsyncGate(size) if size else None

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        self._encode_json(kwargs)
        return self._route(super().build_request(method, url, **kwargs))

    async def request(self, method: str, url: httpx.URL | str, **options: Any) -> httpx.Response:
        quick = self._quick_request(method, url, options)
        if quick is not None:
            return await self.send(quick)
        return await super().request(method, url, **options)

    def _transport_for_url(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        if url.scheme == "http":
            return self._transport
        return super()._transport_for_url(url)

    async def _attempt(
        self, request: httpx.Request, path: str
    ) -> tuple[httpx.Response | httpx.TransportError, float]:
        """One attempt: a place at the gate (the pool's width), a slot of the rate limit,
        signed afresh, handed to the transport, its answer read.

        One coroutine, not one per step as in the sync client: every time the transport
        waits, the event loop resumes each coroutine on the way down to it.
        """
        started = time.perf_counter()
        try:
            gate = self._gate
            if gate is not None and not gate.try_enter():
                try:
                    await gate.enter(_pool_timeout(request))
                except TimeoutError:
                    raise httpx.PoolTimeout(_POOL_TIMEOUT_MESSAGE, request=request) from None
            try:
                wait, slot = self.pipeline.reserve(path)
                if wait:  # else the slot is taken now, as it is used
                    await _sleep(wait)
                    self.pipeline.mark_sent(slot)
                started = time.perf_counter()
                if self._hooked():
                    return await super().send(request, follow_redirects=False), started
                if PREFIX_EXTENSION not in request.extensions:  # else its body is the prefix
                    await request.aread()
                auth = self.pipeline.auth
                check_secure(request.url)  # before a nonce is spent on a request that cannot go
                nonce, wait_s = auth.reserve_nonce()
                if wait_s:
                    await _sleep(wait_s)  # never time.sleep: that would stall the event loop
                auth.sign_request(request, nonce)
                transport = self._transport_for_url(request.url)
                started = time.perf_counter()
                try:
                    response = await transport.handle_async_request(request)
                    if _in_memory(response):
                        response.is_closed = True  # read already, and nothing to close
                    else:
                        try:
                            await response.aread()
                        finally:
                            await response.aclose()
                except httpx.TransportError as exc:
                    _attach(exc, request)
                    raise
                self._received(request, response, started)
                return response, started
            finally:
                if gate is not None:
                    gate.leave()
        except httpx.TransportError as exc:
            return exc, started

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        p = self.pipeline
        path = p.path(request)
        give_key(p.kinds.get(path), request)  # once per call: every attempt carries it
        attempt = FIRST_ATTEMPT
        while True:
            response, started = await self._attempt(request, path)
            if isinstance(response, httpx.TransportError):
                exc = response
                p.log_attempt(request, path, attempt.number, type(exc).__name__, started)
                verdict = p.judge_failure(exc, path, attempt)
                if verdict.action is Action.RETRY:
                    attempt = verdict.next_attempt(attempt)
                    await _sleep(verdict.wait_s)
                    continue
                _raise(p.failure_error(verdict, exc, request, path), exc)
            p.log_attempt(response.request, path, attempt.number, response.status_code, started)
            p.check_clock(response)
            verdict = p.judge_answer(response, path, attempt)
            if verdict.action is Action.RETURN:
                return response
            await response.aclose()
            if verdict.action is Action.RETRY:
                attempt = verdict.next_attempt(attempt)
                await _sleep(verdict.wait_s)
                continue
            _raise(p.answer_error(verdict, response, path))


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
    if seconds <= 0:
        return
    await _asyncio().sleep(seconds)


def _in_memory(response: httpx.Response) -> bool:
    """Whether the answer is read whole already, from a stream in memory (as the aiohttp
    transport hands it over): aread would return it as it is, aclose close nothing."""
    return "_content" in response.__dict__ and isinstance(response.stream, httpx.ByteStream)
