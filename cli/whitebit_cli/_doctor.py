"""``whitebit doctor``: what a key can do, found out without moving money.

One read per area of the index (the first read operation of each tag that needs no field),
so a 403 names the area the key may not use; the clock offset from the server's ``Date``;
the nonce mode and rate limit this tool signs with; advice for a first, safe key.
"""

from __future__ import annotations

import importlib
import json
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import click

from . import _fields as fields_
from ._exit import Exit, leave
from ._index import Operation, groups
from ._session import CONNECTION, Settings, connect, guarded

ADVICE = (
    "For a first key: in WhiteBIT's API settings allow only the read endpoints you need "
    "(no withdrawals or transfers), add an IP allowlist, keep the secret in a profile file "
    "(chmod 600) or the environment, never in a command line.",
    "Try money moves first with --dry-run, or against the sandbox (--sandbox, or "
    "`whitebit sandbox`), before a key that may move money is used.",
)
CLOCK_WARNING_S = 2.0  # the nonce window is ±5 s; Date has a resolution of 1 s


@dataclass
class Area:
    tag: str
    operation: str | None
    status: str  # ok, denied, refused, no read
    detail: str = ""


@dataclass
class Report:
    server: str
    key_works: bool | None = None
    clock_offset_s: float | None = None
    areas: list[Area] = field(default_factory=list)
    nonce: str = ""
    rate_limit: str = ""
    problems: list[str] = field(default_factory=list)


def probe_of(operations: list[Operation]) -> Operation | None:
    """The read of an area that needs no field: the first one the index lists."""
    for op in operations:
        if op.kind == "read" and not any(f.required for f in fields_.body_fields(op)):
            return op
    return None


def _probe_body(op: Operation) -> Any:
    names = {f.wire for f in fields_.body_fields(op)}
    body = {"limit": 1} if "limit" in names else {}  # the smallest page the spec allows
    return fields_.body_model(op).from_dict(body)


def _offset_s(headers: Any, sent_at: float, received_at: float) -> float | None:
    date = headers.get("Date")
    if not date:
        return None
    try:
        server = parsedate_to_datetime(date).timestamp() + 0.5  # Date is cut to the second
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return server - (sent_at + received_at) / 2


def _check_area(client: Any, tag: str, op: Operation | None, report: Report) -> None:
    import whitebit_auth as wa

    if op is None:
        report.areas.append(Area(tag, None, "no read", "no read operation to check it with"))
        return
    endpoint = importlib.import_module(op.module)
    sent_at = time.time()
    try:
        response = endpoint.sync_detailed(client=client, body=_probe_body(op))
    except wa.PermissionDeniedError as exc:
        report.areas.append(Area(tag, op.operation_id, "denied", f"403: {exc.message or exc}"))
        return
    except wa.AuthenticationError as exc:
        report.key_works = False
        report.areas.append(Area(tag, op.operation_id, "refused", str(exc)))
        return
    except (wa.ApiError, wa.MalformedResponseError) as exc:
        # Answered, so not a matter of access (a 404 for no loans, a 400 for a filter).
        report.areas.append(Area(tag, op.operation_id, "ok", f"answered: {exc}"))
        report.key_works = report.key_works is not False
        return
    if report.clock_offset_s is None:
        report.clock_offset_s = _offset_s(response.headers, sent_at, time.time())
    report.key_works = report.key_works is not False
    report.areas.append(Area(tag, op.operation_id, "ok"))


def run(settings: Settings) -> Report:
    from whitebit_auth import RateLimit

    client, where = connect(settings, retry=None)
    report = Report(server=where)
    with client:
        for ops in groups().values():
            _check_area(client, ops[0].tag, probe_of(ops), report)
            if report.key_works is False:
                break
    auth = client.auth
    report.nonce = (
        "nonceWindow: WhiteBIT takes any unused nonce within ±5 s of its clock, in any order"
        if auth.nonce_window
        else "strictly increasing nonces (one request at a time per key)"
    ) + f"; source {type(auth.nonce_source).__name__}"
    rate = RateLimit()
    report.rate_limit = (
        f"{rate.planned} requests per {rate.window_s:g} s on {rate.path_prefix}* "
        f"(WhiteBIT's limit {rate.limit}, kept {rate.headroom:.0%} below)"
    )
    offset = report.clock_offset_s
    if offset is None:
        report.problems.append("the server sent no Date header: the clock was not checked")
    elif abs(offset) > CLOCK_WARNING_S:
        report.problems.append(
            f"this machine's clock is {abs(offset):.1f} s {'behind' if offset > 0 else 'ahead of'}"
            " the server's: synchronise it (NTP); nonces follow the server meanwhile"
        )
    if report.key_works is False:
        report.problems.append("the key was refused: check the key, the secret and its IP list")
    return report


def render(report: Report) -> str:
    marks = {"ok": "ok", "denied": "NO ACCESS", "refused": "REFUSED", "no read": "-"}
    offset = report.clock_offset_s
    lines = [
        f"server: {report.server}",
        "key works: " + {True: "yes", False: "NO", None: "unknown"}[report.key_works],
        "clock offset: "
        + ("unknown" if offset is None else f"{offset:+.1f} s (server minus this machine)"),
        "areas (one read each):",
        *(
            f"  {marks[a.status]:9} {a.tag}"
            + (f" via {a.operation}" if a.operation else "")
            + (f": {a.detail}" if a.detail else "")
            for a in report.areas
        ),
        f"nonces: {report.nonce}",
        f"rate limit: {report.rate_limit}",
        *(f"problem: {p}" for p in report.problems),
        *(f"advice: {a}" for a in ADVICE),
    ]
    return "\n".join(lines)


@click.command("doctor", params=[*CONNECTION])
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def doctor(as_json: bool, **values: Any) -> None:
    """Check a key without moving money: whether it works, the clock offset, which areas it
    may use (one read each; a 403 names the area), the nonce mode and the rate limit."""
    settings = Settings.take(values)
    with guarded():
        report = run(settings)
    if as_json:
        click.echo(json.dumps({**report.__dict__, "areas": [a.__dict__ for a in report.areas]}))
    else:
        click.echo(render(report))
    if report.key_works is False:
        leave(Exit.REFUSED)
