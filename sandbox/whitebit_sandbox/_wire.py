"""What goes on the wire: the parts of an answer, and how an injected fault changes them.

Transport-neutral: the in-process transport and the HTTP server both turn a ``Reply`` into
their own kind of answer, and only they know how to wait or hang up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._faults import Fault, FaultKind

JSON_HEADERS = {"Content-Type": "application/json"}
# Cut off mid-string: no JSON parser accepts it.
MALFORMED_BODY = b'{"data": [{"id": "1", "inves'


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: dict(JSON_HEADERS))
    delay_s: float = 0.0  # answer this much later (the request was already processed)
    hang_up: bool = False  # close the connection instead of answering
    injected: bool = False  # shaped by an injected fault, not by the spec
    # Answered by the auth edge before the operation ran: WhiteBIT's errors common to every
    # operation (bad payload, signature, nonce), which the spec does not list per operation.
    edge: bool = False

    @classmethod
    def json(cls, status: int, data: Any, headers: dict[str, str] | None = None) -> Reply:
        body = json.dumps(data, separators=(",", ":")).encode()
        return cls(status, body, {**JSON_HEADERS, **(headers or {})})

    @classmethod
    def error(
        cls, status: int, message: str, *, code: int = 0, headers: dict[str, str] | None = None
    ) -> Reply:
        """WhiteBIT's error shape, ``{"code": ..., "message": ...}``."""
        return cls.json(status, {"code": code, "message": message}, headers)

    def decoded(self) -> Any:
        return json.loads(self.body)


def unprocessed(fault: Fault) -> Reply:
    """The answer to a request that a fault stops before it is processed."""
    if fault.kind is FaultKind.RATE_LIMIT:
        reply = Reply.error(
            429, "Too many requests.", headers={"Retry-After": str(fault.retry_after_s)}
        )
    elif fault.kind is FaultKind.STATUS:
        reply = Reply.error(fault.status, "Service unavailable (injected)")
    elif fault.kind is FaultKind.DOCUMENTED:
        reply = (
            Reply(fault.status, b"", headers={})
            if fault.body is None
            else Reply.json(fault.status, fault.body)
        )
    else:
        reply = Reply(0, b"", hang_up=True)  # DROP: nothing processed, nothing answered
    reply.injected = True
    return reply


def after_processing(fault: Fault, reply: Reply, success_status: int) -> Reply:
    """The answer to a request that was processed, as the fault spoils it."""
    if fault.kind is FaultKind.DELAY:
        reply.delay_s = fault.delay_s
    elif fault.kind is FaultKind.MALFORMED:
        # The operation's own success status: it did execute; only the body is broken.
        reply.status, reply.body = success_status, MALFORMED_BODY
    elif fault.kind is FaultKind.FAIL_AFTER_PROCESSING:
        reply.hang_up = True
    reply.injected = True
    return reply
