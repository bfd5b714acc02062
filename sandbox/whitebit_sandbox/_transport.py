"""In process: an httpx transport (sync and async) that hands requests to a Sandbox.

It behaves as the HTTP server does, timeouts included: an answer later than the request's read
timeout is a ``ReadTimeout`` (the request was processed), as it would be over a socket.
"""

from __future__ import annotations

import time

import httpx

from ._app import LOCAL_CLIENT, Sandbox
from ._control import answer
from ._wire import Reply


def _late(request: httpx.Request, reply: Reply) -> float | None:
    """How long to wait before timing out, if the answer comes after the read timeout."""
    read_timeout = request.extensions.get("timeout", {}).get("read")
    if read_timeout is not None and reply.delay_s > read_timeout:
        return float(read_timeout)
    return None


def _finish(request: httpx.Request, reply: Reply) -> httpx.Response:
    if reply.hang_up:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    # A stream, as a network transport gives: the client reads and closes it (and sets
    # `elapsed`), exactly as it would with a real server.
    headers = {**reply.headers, "Content-Length": str(len(reply.body))}
    return httpx.Response(
        reply.status, headers=headers, stream=httpx.ByteStream(reply.body), request=request
    )


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out waiting for the sandbox's answer", request=request)


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Pass as ``transport=`` / ``async_transport=`` to ``create_client``.

    ``client``: the address the sandbox sees the requests come from (WhiteBIT counts rate
    limits and checks IP allowlists by it); act as several machines with several transports.
    """

    def __init__(self, sandbox: Sandbox, *, client: str = LOCAL_CLIENT) -> None:
        self.sandbox = sandbox
        self.client = client

    def _reply(self, request: httpx.Request) -> Reply:
        return answer(
            self.sandbox,
            request.method,
            request.url.path,
            request.headers,
            request.content,
            local=True,
            client=self.client,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        reply = self._reply(request)
        if reply.delay_s:
            timeout = _late(request, reply)
            time.sleep(reply.delay_s if timeout is None else timeout)
            if timeout is not None:
                raise _timed_out(request)
        return _finish(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        reply = self._reply(request)
        if reply.delay_s:
            import asyncio

            timeout = _late(request, reply)
            await asyncio.sleep(reply.delay_s if timeout is None else timeout)
            if timeout is not None:
                raise _timed_out(request)
        return _finish(request, reply)
