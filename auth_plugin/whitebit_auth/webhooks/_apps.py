"""A webhook endpoint as a plain ASGI app and a plain WSGI app: no framework needed.

Both answer the same way: ``POST`` (at whatever path they are mounted on) is a delivery,
verified and handed to ``handler(event)``; 200 once the handler returned, the refusal's own
status (400, 401, 409) when a check failed, 500 when the handler raised, so that WhiteBIT
delivers it again. ``GET`` of a path ending in ``/whiteBIT-verification`` answers the domain
check: ``["<public webhook key>"]``.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from whitebit_webhooks.events import Event

from .._errors import WebhookError
from ._verifier import HeaderMap, WebhookVerifier

VERIFICATION_PATH = "/whiteBIT-verification"
MAX_BODY = 1 << 20  # a delivery is a few hundred bytes; anything near this is not one

Handler = Callable[[Event], object]  # may return an awaitable (the ASGI app awaits it)
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
_JSON = [(b"content-type", b"application/json")]
_log = logging.getLogger("whitebit_auth.webhooks")


def verification_answer(public_key: str) -> bytes:
    """The body of ``GET /whiteBIT-verification``: a JSON array holding the public key."""
    return json.dumps([public_key]).encode()


def _json(what: object) -> bytes:
    return json.dumps(what).encode()


def _decide(verifier: WebhookVerifier, headers: HeaderMap, body: bytes) -> Any:
    """The delivery's event, or the (status, body) to answer a refusal with."""
    try:
        return verifier.verify(headers, body)
    except WebhookError as refused:
        _log.warning("%s", refused)
        return refused.status, {"error": refused.check}


class WebhookASGIApp:
    """An ASGI app for WhiteBIT's deliveries: ``app.mount("/webhooks/whitebit", ...)`` in
    FastAPI or Starlette, or served alone by any ASGI server. ``handler`` may be a coroutine
    function; a plain function runs on the event loop, so keep it short."""

    def __init__(self, verifier: WebhookVerifier, handler: Handler) -> None:
        self.verifier = verifier
        self.handler = handler

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return

        async def reply(status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        method = scope["method"]
        if method in ("GET", "HEAD") and scope["path"].endswith(VERIFICATION_PATH):
            await reply(200, verification_answer(self.verifier.public_key), _JSON)
            return
        if method != "POST":
            await reply(405, _json({"error": "POST only"}), [*_JSON, (b"allow", b"POST")])
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                await reply(413, _json({"error": "too large"}), _JSON)
                return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        decided = _decide(self.verifier, headers, bytes(body))
        if isinstance(decided, tuple):
            await reply(decided[0], _json(decided[1]), _JSON)
            return
        try:
            done = self.handler(decided)
            if inspect.isawaitable(done):
                await done
        except Exception:
            _log.exception("the webhook handler failed; WhiteBIT will deliver the event again")
            await reply(500, _json({"error": "handler failed"}), _JSON)
            return
        await reply(200, _json({"ok": True}), _JSON)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


StartResponse = Callable[[str, list[tuple[str, str]]], Any]
_REASONS = {
    200: "OK", 400: "Bad Request", 401: "Unauthorized", 405: "Method Not Allowed",
    409: "Conflict", 413: "Content Too Large", 500: "Internal Server Error",
}  # fmt: skip


class WebhookWSGIApp:
    """A WSGI app for WhiteBIT's deliveries: mount it with Werkzeug's
    ``DispatcherMiddleware`` in Flask, or serve it alone; in Django, call
    ``verifier.verify(request.headers, request.body)`` in a view instead."""

    def __init__(self, verifier: WebhookVerifier, handler: Handler) -> None:
        self.verifier = verifier
        self.handler = handler

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        def reply(status: int, body: bytes, extra: tuple[tuple[str, str], ...] = ()) -> list[bytes]:
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            start_response(f"{status} {_REASONS[status]}", [*headers, *extra])
            return [body]

        method = environ.get("REQUEST_METHOD", "GET")
        if method in ("GET", "HEAD") and environ.get("PATH_INFO", "").endswith(VERIFICATION_PATH):
            return reply(200, verification_answer(self.verifier.public_key))
        if method != "POST":
            return reply(405, _json({"error": "POST only"}), (("Allow", "POST"),))
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            return reply(413, _json({"error": "too large"}))
        body = environ["wsgi.input"].read(length) if length else b""
        headers = {
            name[5:].replace("_", "-"): value
            for name, value in environ.items()
            if name.startswith("HTTP_")
        }
        decided = _decide(self.verifier, headers, body)
        if isinstance(decided, tuple):
            return reply(decided[0], _json(decided[1]))
        try:
            self.handler(decided)
        except Exception:
            _log.exception("the webhook handler failed; WhiteBIT will deliver the event again")
            return reply(500, _json({"error": "handler failed"}))
        return reply(200, _json({"ok": True}))
