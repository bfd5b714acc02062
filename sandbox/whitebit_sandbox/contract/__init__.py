"""Contract testing: hold your code's traffic to the spec the client was generated from.

    from whitebit_sandbox.contract import ContractTransport
    client = create_client(key, secret, base_url=..., transport=ContractTransport(inner))

Every request your code sends and every answer it gets is validated against
``whitebit_main_api/openapi.json`` (WhiteBIT's spec with the client's own rules written in, so
that an answer conforms exactly when the client reads it), or a spec you give, taken as it is; a
violation names the operation, the direction, the JSON pointer and the rule, and never quotes a
secret. ``RecordingTransport`` writes traffic down and
``python -m whitebit_sandbox.contract check FILE [--spec PATH]`` checks a recording against a
spec, e.g. the one ``make update-spec`` is about to bring. Needs the ``contract`` (or
``sandbox``) extra.
"""

from __future__ import annotations

from ._checker import COMMON_STATUSES, Contract, ContractViolation, Violation
from ._recording import check_recording
from ._secrets import redacted
from ._transport import ContractTransport, RecordingTransport

__all__ = [
    "COMMON_STATUSES",
    "Contract",
    "ContractTransport",
    "ContractViolation",
    "RecordingTransport",
    "Violation",
    "check_recording",
    "redacted",
]
