"""In process: an httpx transport (sync and async) that hands requests to a Sandbox."""

from __future__ import annotations

import asyncio
import time

import httpx

from ._app import Reply, Sandbox
from ._faults import FaultKind

MALFORMED_BODY = b'{"data": [{"id": "1", "inves'


def _finish(request: httpx.Request, reply: Reply) -> httpx.Response:
    fault = reply.fault
    if fault is not None:
        if fault.kind in (FaultKind.DROP, FaultKind.FAIL_AFTER_PROCESSING):
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        if fault.kind is FaultKind.MALFORMED:
            return _response(request, 200, reply.headers, MALFORMED_BODY)
    return _response(request, reply.status, reply.headers, reply.body)


def _response(
    request: httpx.Request, status: int, headers: dict[str, str], body: bytes
) -> httpx.Response:
    # A stream, as a network transport gives: the client reads and closes it (and sets
    # `elapsed`), exactly as it would with a real server.
    headers = {**headers, "Content-Length": str(len(body))}
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body), request=request)


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Pass as ``transport=`` / ``async_transport=`` to ``create_client``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _reply(self, request: httpx.Request) -> Reply:
        return self.sandbox.handle(
            request.method, request.url.path, request.headers, request.content
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        reply = self._reply(request)
        if reply.fault is not None and reply.fault.kind is FaultKind.DELAY:
            time.sleep(reply.fault.delay_s)
        return _finish(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        reply = self._reply(request)
        if reply.fault is not None and reply.fault.kind is FaultKind.DELAY:
            await asyncio.sleep(reply.fault.delay_s)
        return _finish(request, reply)
