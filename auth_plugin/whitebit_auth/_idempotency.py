"""Idempotency keys on the request path, as pure functions over the operation index.

- A money-moving call whose operation has an idempotency key (a withdrawal's ``uniqueId``)
  and is sent without one gets a fresh one, once per call (every attempt carries the same):
  so that every such call can be looked up after an unknown outcome.
- A refusal that says the key was already taken ("The unique id has already been taken.")
  means a request with that key executed before: it becomes ``AlreadyExecutedError``, never a
  refusal, so that code resending after ``OutcomeUnknownError`` cannot file a payout that
  happened as failed.
- What a call sent is kept, hidden, on its ``OutcomeUnknownError`` for ``resolve``.

The call builder gives the key; the judge reads refusals and unknown outcomes with these.
"""

from __future__ import annotations

import json
import uuid

from ._call import Call
from ._credentials import Hidden
from ._errors import AlreadyExecutedError, ApiError, InnerValidationError, ValidationError
from ._operations import Kind, Operation
from ._signing import compact_json, unsigned_body


def new_key() -> str:
    """A fresh idempotency key: a UUID, well within WhiteBIT's 255 characters."""
    return str(uuid.uuid4())


def needs_key(op: Operation | None) -> str | None:
    """The field the client fills in when the caller leaves it out (None: none)."""
    if op is None or op.kind is not Kind.MONEY:
        return None
    return op.idempotency


def with_key(prefix: bytes, field: str, key: str) -> bytes:
    """A body prefix (see ``_signing``) with ``field`` set to ``key`` if it has none."""
    body = json.loads(unsigned_body(prefix))
    if body.get(field) not in (None, ""):
        return prefix
    if field in body:  # given as null or empty: replaced, not doubled
        del body[field]
        prefix = b"{" if not body else compact_json(body)[:-1] + b","
    return prefix + compact_json(field) + b":" + compact_json(key) + b","


def give_key(call: Call) -> Call:
    """Before the first attempt: the call with its operation's idempotency field filled in,
    if the caller left it out."""
    field = needs_key(call.operation)
    if field is None:
        return call
    return call._replace(prefix=with_key(call.prefix, field, new_key()))


def sent_body(call: Call) -> Hidden | None:
    """The caller's fields as sent (hidden: they may hold a code or a passphrase)."""
    try:
        body = json.loads(unsigned_body(call.prefix))
    except ValueError:
        return None
    return Hidden(body) if isinstance(body, dict) else None


def already_executed(call: Call, error: ApiError) -> AlreadyExecutedError | None:
    """``error`` read again: a refusal saying the call's idempotency key was taken means a
    request with it ran before (None: it means what it says)."""
    op = call.operation
    if op is None or op.idempotency is None or not op.taken:
        return None
    if not isinstance(error, ValidationError | InnerValidationError):
        return None
    if not any(op.taken in message for message in error.errors.get(op.idempotency, ())):
        return None
    key = call.idempotency_key()
    return AlreadyExecutedError(error, key if key is not None else (op.idempotency, None))
