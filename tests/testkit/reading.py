"""The client's verdict on an answer: the generated client reads it, as a user's call would.

``ClientReader().refusal(path, status, content)`` replays the answer to a real client
(``whitebit_auth.create_client``, a mock transport) and returns the client's complaint, or None
when the call returns. Tests hold the contract checker's verdict against this one.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import httpx
from whitebit_auth import MalformedResponseError, create_client

from testkit.spec_walk import Operation, spec_operations


class ClientReader:
    def __init__(self) -> None:
        self.operations: dict[str, Operation] = {op.path: op for op in spec_operations()}
        self._bodies: dict[str, Any] = {}
        self._answer = threading.local()
        # The replay is not a call of the test: its log records would be counted as the test's.
        logging.getLogger("whitebit_auth").addFilter(self._not_replayed)
        transport = httpx.MockTransport(self._reply)
        self.client = create_client(
            "reader-key", "reader-secret", base_url="http://127.0.0.1",
            transport=transport, retry=None, rate_limit=None,
        )  # fmt: skip

    def _not_replayed(self, record: logging.LogRecord) -> bool:
        return not getattr(self._answer, "value", None)

    def _reply(self, request: httpx.Request) -> httpx.Response:
        status, content = self._answer.value
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    def _body(self, op: Operation) -> Any:
        # Any valid body will do: the answer, not the request, is what is read.
        if op.path not in self._bodies:
            self._bodies[op.path] = op.body_class.from_dict(op.request_example())
        return self._bodies[op.path]

    def refusal(self, path: str, status: int, content: bytes) -> str | None:
        """Why the client refuses this success answer of ``path`` (None: it reads it)."""
        op = self.operations[path]
        self._answer.value = (status, content)
        try:
            op.module.sync_detailed(client=self.client, body=self._body(op))
        except MalformedResponseError as exc:
            return str(exc)
        finally:
            self._answer.value = None
        return None
