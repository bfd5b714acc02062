"""After ``OutcomeUnknownError``: did the call run? Looked up where the operation allows.

    try:
        create_withdraw.sync(client=client, body=body)
    except OutcomeUnknownError as unknown:
        found = resolve(unknown, client)
        found.executed       # True, False, or None (still unknown: found.reason says why)
        found.record         # the history's record of it, or the repeat's answer

Generic over operations: how to look each one up is data (``outcome_lookups`` in
generator-config.yaml, carried into the operation index as ``lookup``): the history to look
in, its query, what a record must match (fields of the request), whether that match is a
unique key, or that repeating the request is safe and answers the record.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from importlib import resources
from typing import Any

from ._errors import ApiError, OutcomeUnknownError, WhiteBitError
from ._operations import Operation, bundled_operation_kinds

# A request can still run for as long as the server would take its nonce: up to 5 s after
# the nonce with nonceWindow, whose nonce may run 1 s ahead of our clock.
SETTLE_S = 6.0
WINDOW_S = 600.0  # a record matched by fields (no key) counts from this long before the lookup


@dataclass(frozen=True)
class Resolution:
    """What became of a call whose outcome was unknown."""

    executed: bool | None  # None: still unknown
    reason: str
    record: Any = None  # the history's record (JSON as WhiteBIT sent it), or the repeat's

    def __str__(self) -> str:
        said = {True: "executed", False: "not executed", None: "still unknown"}[self.executed]
        return f"{said}: {self.reason}"


def _by_id(operation_id: str) -> Operation | None:
    return next(
        (op for op in bundled_operation_kinds().operations.values()
         if op.operation_id == operation_id), None,
    )  # fmt: skip


def _fill(template: Any, sent: dict[str, Any]) -> Any:
    """``$field`` stands for the request's field; anything else for itself."""
    if isinstance(template, str) and template.startswith("$"):
        return sent.get(template[1:])
    return template


def _same(want: Any, have: Any) -> bool:
    if want is None:
        return False
    if isinstance(want, str | int | Decimal) and isinstance(have, str | int) and want != have:
        try:  # amounts: "10" and "10.0" are one amount
            return Decimal(str(want)) == Decimal(str(have))
        except InvalidOperation:
            return False
    return bool(want == have)


def _field(record: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        record = record.get(part) if isinstance(record, dict) else None
    return record


def _items(answer: Any) -> list[Any]:
    if isinstance(answer, list):
        return answer
    if isinstance(answer, dict):
        for name in ("records", "data"):
            if isinstance(answer.get(name), list):
                return list(answer[name])
    return []


class _Lookup:
    def __init__(self, client: Any, op: Operation) -> None:
        self.client, self.op = client, op

    def call(self, fields: dict[str, Any]) -> tuple[Any, float | None]:
        """The operation's answer (JSON) and the server's time of it (from ``Date``)."""
        module = importlib.import_module(self.op.module)
        models = importlib.import_module("whitebit_main_api.models")
        entry_body = _body_model(self.op)
        body = getattr(models, entry_body).from_dict(fields)
        response = module.sync_detailed(client=self.client, body=body)
        date = response.headers.get("Date")
        when = parsedate_to_datetime(date).timestamp() if date else None
        return json.loads(response.content, parse_float=Decimal), when


def _body_model(op: Operation) -> str:
    text = resources.files("whitebit_main_api").joinpath("operations.json").read_text("utf-8")
    return str(json.loads(text)[op.path]["body"])


def resolve(
    error: OutcomeUnknownError,
    client: Any,
    *,
    settle_s: float = SETTLE_S,
    window_s: float = WINDOW_S,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Resolution:
    """Find out whether the call behind ``error`` executed, through ``client`` (a client of
    the same key). A lookup that finds nothing waits until the call can no longer run (its
    nonce expired: ``settle_s`` after the error) and looks once more before saying it did not."""
    op = bundled_operation_kinds().get(error.path)
    lookup = op.lookup if op is not None else None
    if op is None or not lookup:
        why = error.check or "this operation leaves no record to look up"
        return Resolution(None, f"no lookup for {error.operation_id or error.path}: {why}")
    hidden = error.request_body
    sent = hidden.reveal() if hidden is not None else None
    if not isinstance(sent, dict):
        return Resolution(None, "the error does not hold what was sent")
    if lookup.get("repeat"):
        return _repeat(client, op, sent)
    target = _by_id(str(lookup.get("look_in")))
    if target is None:
        return Resolution(None, f"this client has no {lookup.get('look_in')} to look in")
    query = {k: _fill(v, sent) for k, v in (lookup.get("query") or {}).items()}
    match = {k: _fill(v, sent) for k, v in (lookup.get("match") or {}).items()}
    if any(v is None for v in match.values()):
        return Resolution(None, "the request lacks a field its lookup matches on")
    for last_look in (False, True):
        if last_look:
            wait = error.at + settle_s - clock()
            if wait > 0:
                sleep(wait)
        try:
            found = _find(client, target, query, match, lookup.get("since"), window_s)
        except WhiteBitError as failed:
            return Resolution(None, f"the lookup in {target.operation_id} failed: {failed}")
        if len(found) == 1:
            return Resolution(True, f"found in {target.operation_id}", found[0])
        if len(found) > 1 and lookup.get("by_key"):
            return Resolution(True, f"found in {target.operation_id}", found[0])
        if len(found) > 1:
            return Resolution(
                None, f"{len(found)} records of {target.operation_id} match it: cannot tell which"
            )
    how = "its key" if lookup.get("by_key") else "its fields, at its time"
    return Resolution(False, f"no record in {target.operation_id} matches {how}")


def _find(
    client: Any, target: Operation, query: dict[str, Any], match: dict[str, Any],
    since_field: str | None, window_s: float,
) -> list[Any]:  # fmt: skip
    answer, server_now = _Lookup(client, target).call(query)
    found = [r for r in _items(answer) if all(_same(v, _field(r, k)) for k, v in match.items())]
    if since_field and server_now is not None:
        found = [r for r in found if (_field(r, since_field) or 0) >= server_now - window_s]
    return found


def _repeat(client: Any, op: Operation, sent: dict[str, Any]) -> Resolution:
    """Send the same request again: safe where the operation says a repeat answers the same."""
    try:
        answer, _ = _Lookup(client, op).call(sent)
    except OutcomeUnknownError as again:
        return Resolution(None, f"the repeat's outcome is unknown too ({again.reason})")
    except ApiError as refused:
        return Resolution(None, f"the repeat was refused: {refused.message}")
    return Resolution(True, "a repeat of it answered the same record", answer)
