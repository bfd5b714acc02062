"""One command per operation, made at run time from the index and the body model.

``whitebit main-account get-main-balance --ticker USDT``: options are the body's fields
(option names from the Python names, help from the spec, enums as choices, required fields
required), values checked before anything is sent. ``whitebit call <operationId>
field=value ...`` reaches the same operations by WhiteBIT's own field names.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import _fields as fields_
from ._exit import Exit, leave
from ._fields import Field, FieldError
from ._index import Operation, kebab
from ._output import answer_value, emit
from ._session import CONNECTION, OUTPUT, SAFETY, SHARED_NAMES, Settings, connect, guarded, note

KIND_NOTES = {
    "read": "Reads only: changes nothing.",
    "money": "MOVES MONEY: asks before sending on a terminal (--yes skips); --dry-run shows it.",
    "state": "Changes state: asks before sending on a terminal (--yes skips); --dry-run shows it.",
}


if TYPE_CHECKING:
    _ParamType = click.ParamType[Any]  # generic in newer click; plain at run time in older
else:
    _ParamType = click.ParamType


class FieldType(_ParamType):
    """A body field's value from its text, checked as the body needs it."""

    def __init__(self, field: Field) -> None:
        self.field = field
        self.name = field.type

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        if self.field.enum:
            return "[" + "|".join(str(v) for v in self.field.enum) + "]"
        if self.field.type == "array":
            item = self.field.items
            return (item.type.upper() if item else "VALUE") + "|JSON"
        return {"object": "JSON", "string": "TEXT"}.get(self.field.type, self.field.type.upper())

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return fields_.from_text(self.field, value)
        except FieldError as exc:
            self.fail(str(exc), param, ctx)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[Any]:
        from click.shell_completion import CompletionItem

        values = self.field.enum or (self.field.items.enum if self.field.items else ())
        return [CompletionItem(str(v)) for v in values if str(v).startswith(incomplete)]


def option_name(field: Field) -> str:
    name = kebab(field.python.rstrip("_")) or kebab(field.wire)
    return f"field-{name}" if name in SHARED_NAMES else name


def _dest(field: Field) -> str:
    return "f_" + option_name(field).replace("-", "_")


def body_from_options(fields: tuple[Field, ...], values: dict[str, Any]) -> dict[str, Any]:
    """The body's fields, by wire name, from the values of their options (``field_option``);
    an option not given is left out. Repeated array options are joined into one array."""
    by_dest = {_dest(f): f for f in fields}
    body: dict[str, Any] = {}
    for dest, value in values.items():
        if value is None or value == ():
            continue
        field = by_dest[dest]
        body[field.wire] = [v for part in value for v in part] if field.type == "array" else value
    return body


def field_option(field: Field) -> click.Option:
    name = option_name(field)
    dest = _dest(field)
    text = field.description or field.wire
    if field.wire != field.python:
        text += f" (WhiteBIT's {field.wire})"
    if field.type == "boolean" and not field.enum:
        return click.Option(
            [f"--{name}/--no-{name}", dest], default=None, required=field.required, help=text
        )
    if field.type == "array":
        return click.Option(
            [f"--{name}", dest],
            type=FieldType(field),
            multiple=True,
            required=field.required,
            help=text + " Repeat the option, or give a JSON array.",
        )
    if field.type == "object":
        text += " As JSON."
    return click.Option(
        [f"--{name}", dest], type=FieldType(field), required=field.required, help=text
    )


class OperationCommand(click.Command):
    """A command for one operation; its field options are made when first needed (listing a
    group's commands imports no model)."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self._fields: tuple[Field, ...] | None = None
        super().__init__(
            op.command,
            callback=self.invoke_operation,
            short_help=op.summary,
            help=_help(op),
            epilog=KIND_NOTES.get(op.kind, ""),
            params=[*CONNECTION, *OUTPUT, *SAFETY],
        )

    @property
    def fields(self) -> tuple[Field, ...]:
        if self._fields is None:
            self._fields = fields_.body_fields(self.op)
        return self._fields

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        if not any(p.name and p.name.startswith("f_") for p in self.params):
            self.params[:0] = [field_option(f) for f in self.fields]
        return super().get_params(ctx)

    def invoke_operation(self, **values: Any) -> None:
        settings = Settings.take(values)
        send(self.op, self.fields, body_from_options(self.fields, values), settings)


def _help(op: Operation) -> str:
    parts = [op.summary]
    if op.description:
        parts.append(op.description)
    parts.append(f"Operation {op.operation_id} ({op.path}).")
    return "\n\n".join(parts)


def build_body(op: Operation, fields: tuple[Field, ...], body: dict[str, Any]) -> Any:
    """The body model, from checked wire values; a missing or unusable field is a usage error
    naming it."""
    try:
        checked = fields_.check_object(fields, body)
    except FieldError as exc:
        raise click.UsageError(str(exc)) from None
    model = fields_.body_model(op)
    try:
        return model.from_dict(checked)
    except (KeyError, TypeError, ValueError) as exc:
        raise click.UsageError(f"{op.operation_id}: the body cannot be made: {exc}") from None


def send(
    op: Operation, fields: tuple[Field, ...], body: dict[str, Any], settings: Settings
) -> None:
    """Check, show or confirm, send, print: the one way every operation runs."""
    model = build_body(op, fields, body)
    with guarded():
        if settings.dry_run:
            dry_run(op, model.to_dict(), settings)
            return
        if op.kind != "read" and not settings.yes:
            confirm(op, model.to_dict())
        client, _ = connect(settings)
        with client:
            endpoint = importlib.import_module(op.module)
            response = endpoint.sync_detailed(client=client, body=model)
            if not 200 <= int(response.status_code) <= 299:
                from whitebit_auth import unwrap

                unwrap(response, op.path)  # raises the answer's typed error
        emit(answer_value(response.content), as_json=settings.json, output=settings.output)


def dry_run(op: Operation, body: dict[str, Any], settings: Settings) -> None:
    from whitebit_auth.preview import unsigned_body

    signed = unsigned_body(op.path, body)
    server = settings.server or "the profile's server (default https://whitebit.com)"
    elsewhere = op.entry.get("server")
    note(
        f"dry run: {op.operation_id} would be sent as POST {op.path} to {server}"
        + (f" (WhiteBIT serves it at {elsewhere})" if elsewhere else "")
        + "; nothing was sent. The signer adds nonce and nonceWindow to this body:"
    )
    sys.stdout.write(signed.decode("utf-8") + "\n")


def confirm(op: Operation, body: dict[str, Any]) -> None:
    """A money or state change: asked on a terminal; refused without one (unless --yes)."""
    what = "moves money" if op.kind == "money" else "changes state"
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise click.UsageError(
            f"{op.operation_id} {what}: pass --yes to send it (there is no terminal to ask on), "
            "or --dry-run to see what it would send"
        )
    note(f"{op.operation_id} {what} ({op.path}):")
    note(json.dumps(body, indent=2, ensure_ascii=False, default=str))
    if not click.confirm("Send it?", default=False, err=True):
        leave(Exit.REFUSED, "whitebit: not sent")


# `whitebit call` -------------------------------------------------------------------------


def _operation_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    from click.shell_completion import CompletionItem

    from ._index import operations

    return [
        CompletionItem(op.operation_id, help=op.summary)
        for op in operations()
        if op.operation_id.startswith(incomplete)
    ]


def _field_names(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    from click.shell_completion import CompletionItem

    from ._index import find

    op = find(str(ctx.params.get("operation") or ""))
    if op is None:
        return []
    return [
        CompletionItem(f"{f.wire}=", help=f.description)
        for f in fields_.body_fields(op)
        if f.wire.startswith(incomplete)
    ]


@click.command(
    "call",
    short_help="Any operation by its operationId, fields as name=value.",
    params=[*CONNECTION, *OUTPUT, *SAFETY],
)
@click.argument("operation", shell_complete=_operation_ids)
@click.argument("assignments", nargs=-1, metavar="[FIELD=VALUE]...", shell_complete=_field_names)
def call(operation: str, assignments: tuple[str, ...], **values: Any) -> None:
    """Call OPERATION (an operationId, e.g. createWithdraw) with FIELD=VALUE pairs.

    Fields by WhiteBIT's names (uniqueId=payout-7) or the Python ones (unique_id=payout-7);
    nested objects and arrays as JSON (status='[3,7]'). Amounts are decimal text, never
    floats. FIELD=@FILE reads the value from a file and FIELD=@- from stdin (a passphrase
    then stays out of the process listing). Example: whitebit call getMainBalance ticker=USDT
    """
    from ._index import find

    settings = Settings.take(values)
    op = find(operation)
    if op is None:
        raise click.BadParameter(
            f"{operation!r} is not an operation of this client (see whitebit --help)",
            param_hint="OPERATION",
        )
    fields = fields_.body_fields(op)
    body: dict[str, Any] = {}
    for assignment in assignments:
        name, sep, text = assignment.partition("=")
        if not sep:
            raise click.UsageError(f"{assignment!r} is not FIELD=VALUE")
        field = fields_.lookup(fields, name)
        if field is None:
            known = ", ".join(f.wire for f in fields) or "none"
            raise click.UsageError(f"{op.operation_id} has no field {name!r} (fields: {known})")
        if field.wire in body:
            raise click.UsageError(f"{field.wire} is given twice")
        try:
            body[field.wire] = fields_.from_text(field, _value_text(field, text))
        except FieldError as exc:
            raise click.UsageError(str(exc)) from None
    send(op, fields, body, settings)


def _value_text(field: Field, text: str) -> str:
    """``@FILE`` reads the value from a file, ``@-`` from stdin: a passphrase or code kept out
    of the process listing and the shell's history. (``@@...`` is a value starting with @.)"""
    if not text.startswith("@"):
        return text
    if text.startswith("@@"):
        return text[1:]
    source = text[1:]
    try:
        read = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise click.UsageError(f"{field.wire}: cannot read {source}: {exc.strerror}") from None
    return read.removesuffix("\n").removesuffix("\r")
