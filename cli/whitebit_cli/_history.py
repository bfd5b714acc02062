"""Which operations are histories, and how to walk them: read from the index and the spec.

A history is a read operation the index gives page bounds for (``pages``), whose answer lists
records that carry a time: an integer field the spec describes as Unix seconds or a
timestamp. Its date filters, if any, are the request's integer fields described the same way
(``dateFrom``/``dateTo``, ``from``/``to``); its paging, ``limit``/``offset`` with the bounds
of the index and the spec. Nothing here names an operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import _fields as fields_
from ._fields import body_schema, resolve
from ._index import Operation, operations

_TIME = re.compile(r"unix seconds|timestamp", re.IGNORECASE)


@dataclass(frozen=True)
class History:
    op: Operation
    items_at: str | None  # the answer's field holding the records (None: a bare array)
    columns: tuple[str, ...]  # the record's fields, in the spec's order
    times: tuple[str, ...]  # record fields holding Unix seconds
    time_field: str  # the one a record is placed in the date range by
    date_from: str | None  # request fields filtering by date, if the operation has them
    date_to: str | None
    page_default: int
    page_maximum: int | None
    offset_maximum: int | None
    total_at: str | None  # an answer field counting all records, if there is one

    def page_size(self, asked: int | None) -> int:
        size = asked or self.page_maximum or self.page_default
        return min(size, self.page_maximum) if self.page_maximum else size


def _is_time(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "integer" and bool(_TIME.search(str(schema.get("description"))))


def _success_schema(op: Operation) -> dict[str, Any]:
    status = str(op.entry.get("status", 200))
    response = resolve((op.spec_operation.get("responses") or {}).get(status))
    media = (response.get("content") or {}).get("application/json") or {}
    return resolve(media.get("schema"))


def _records(schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]] | None:
    if schema.get("type") == "array" or "items" in schema:
        return None, resolve(schema.get("items"))
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(prop)
        if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
            return name, resolve(prop["items"])
    return None


def history_of(op: Operation) -> History | None:
    """How to walk ``op`` as a history (None: it is not one)."""
    if op.kind != "read" or not op.pages:
        return None
    answer = _success_schema(op)
    found = _records(answer)
    if found is None:
        return None
    items_at, record = found
    props = {name: resolve(p) for name, p in (record.get("properties") or {}).items()}
    times = tuple(name for name, p in props.items() if _is_time(p))
    placed = [name for name in times if not props[name].get("nullable")]
    request = body_schema(op).get("properties") or {}
    names = {f.wire for f in fields_.body_fields(op)}
    if not placed or not {"limit", "offset"} <= names:
        return None
    dated = [n for n, p in request.items() if n in names and _is_time(resolve(p))]
    date_from = next((n for n in dated if "from" in n.lower()), None)
    date_to = next((n for n in dated if n.lower().endswith("to")), None)
    offset_schema = resolve(request.get("offset"))
    answer_props = answer.get("properties") or {}
    return History(
        op=op,
        items_at=items_at,
        columns=tuple(props),
        times=times,
        time_field=placed[0],
        date_from=date_from,
        date_to=date_to,
        page_default=int(op.pages.get("default", 100)),
        page_maximum=op.pages.get("maximum"),
        offset_maximum=offset_schema.get("maximum"),
        total_at="total" if resolve(answer_props.get("total")).get("type") == "integer" else None,
    )


def histories() -> dict[str, History]:
    """Every history of the index, by command name."""
    found = {}
    for op in operations():
        history = history_of(op)
        if history is not None:
            found[op.command] = history
    return found
