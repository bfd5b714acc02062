"""``whitebit export HISTORY``: a history's records over a date range, to CSV or JSON Lines.

Pages are walked within the operation's bounds (page size, offset), and an operation that
filters by date is asked one date window at a time. Every record is placed in the range by
its own time, so a server that ignores a filter still gives the right rows. Times go out as
both Unix seconds and ISO 8601 UTC.

Resumable: after each page the file is flushed and a small state file beside it
(``FILE.partial``) records where the walk stands and how many bytes of the file hold whole
rows. Run the same command again after an interruption (Ctrl-C, a lost connection, a kill):
the file is cut back to its last whole page and the walk goes on from there.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import click

from ._exit import Exit, leave
from ._fields import Field
from ._history import History, histories
from ._output import answer_value
from ._session import CONNECTION, Settings, connect, guarded, note

STATE_SUFFIX = ".partial"
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
WALK_FIELDS = ("limit", "offset")


# Dates -------------------------------------------------------------------------------------


def moment(text: str, option: str) -> datetime:
    """A date or time as people write it (``2026-01-01``, ``2026-11-30 18:00``); UTC unless
    it names an offset."""
    from dateutil import parser

    try:
        parsed = parser.isoparse(text.strip())
    except ValueError:
        try:
            parsed = parser.parse(text)
        except (ValueError, OverflowError):
            raise click.BadParameter(f"{text!r} is not a date or time", param_hint=option) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def date_range(since: str | None, until: str | None, month: str | None) -> tuple[int, int | None]:
    """[since, until) in Unix seconds; until None: up to when the walk starts."""
    from dateutil.relativedelta import relativedelta
    from whitebit_auth import unix_seconds

    if month is not None:
        if since or until:
            raise click.UsageError("--month is a whole range: leave out --since and --until")
        if not _MONTH.fullmatch(month):
            raise click.BadParameter(f"{month!r} is not YYYY-MM", param_hint="--month")
        start = moment(month + "-01", "--month")
        return unix_seconds(start), unix_seconds(start + relativedelta(months=1))
    if since is None:
        raise click.UsageError("give --since (and --until), or --month")
    start = moment(since, "--since")
    if until is None:
        return unix_seconds(start), None
    end = moment(until, "--until")
    if end <= start:
        raise click.UsageError("--until must be after --since")
    return unix_seconds(start), unix_seconds(end)


def windows(history: History, start: int, end: int, days: int) -> list[tuple[int, int]]:
    """The date windows to ask for: one for an operation without date filters."""
    if not (history.date_from or history.date_to):
        return [(start, end)]
    step = int(timedelta(days=days).total_seconds())
    return [(t, min(t + step, end)) for t in range(start, end, step)]


# Rows --------------------------------------------------------------------------------------


def iso(value: Any) -> str:
    from whitebit_auth import utc_datetime

    if isinstance(value, bool) or not isinstance(value, int):
        return ""
    return utc_datetime(value).isoformat()


def columns(history: History) -> list[str]:
    found = []
    for name in history.columns:
        found.append(name)
        if name in history.times:
            found.append(f"{name}_iso")
    return [*found, "other"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def with_iso(history: History, record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in record.items():
        out[name] = value
        if name in history.times:
            out[f"{name}_iso"] = iso(value)
    return out


def render(history: History, records: list[dict[str, Any]], form: str) -> str:
    if form == "jsonl":
        return "".join(json.dumps(with_iso(history, r), ensure_ascii=False) + "\n" for r in records)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    known = set(history.columns)
    for record in records:
        row = []
        for name in history.columns:
            row.append(_cell(record.get(name)))
            if name in history.times:
                row.append(iso(record.get(name)))
        other = {k: v for k, v in record.items() if k not in known}
        row.append(_cell(other) if other else "")
        writer.writerow(row)
    return buffer.getvalue()


def header(history: History, form: str) -> str:
    if form == "jsonl":
        return ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(columns(history))
    return buffer.getvalue()


def fingerprint(record: dict[str, Any]) -> str:
    text = json.dumps(record, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


# The walk ----------------------------------------------------------------------------------


@dataclass
class State:
    """Where a walk stands; saved after every page."""

    query: dict[str, Any]
    window: int = 0
    offset: int = 0
    bytes: int = 0
    rows: int = 0
    end: int = 0  # the range's end, fixed when the walk first starts
    seen: tuple[str, ...] = ()  # the last page's records: a page shifted by new ones repeats

    def save(self, path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(self.__dict__, default=list), encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> State:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["seen"] = tuple(data.get("seen", ()))
        return cls(**data)


@dataclass(frozen=True)
class Page:
    window: int
    offset: int
    records: list[dict[str, Any]]
    total: int | None
    last_in_window: bool


def _items(history: History, answer: Any) -> tuple[list[dict[str, Any]], int | None]:
    items: Any = answer if isinstance(answer, list) else None
    if history.items_at is not None:
        items = answer.get(history.items_at) if isinstance(answer, dict) else None
    if not isinstance(items, list):
        from whitebit_auth import MalformedResponseError

        raise MalformedResponseError(
            f"the answer has no list of records at {history.items_at!r}",
            status=200,
            path=history.op.path,
        )
    total = answer.get(history.total_at) if history.total_at and isinstance(answer, dict) else None
    return [r for r in items if isinstance(r, dict)], total if isinstance(total, int) else None


def walk(
    history: History,
    client: Any,
    filters: dict[str, Any],
    spans: list[tuple[int, int]],
    size: int,
    state: State,
) -> Iterator[Page]:
    """Every page from where ``state`` stands, window by window."""
    import importlib

    from ._fields import body_model

    endpoint = importlib.import_module(history.op.module)
    model = body_model(history.op)
    for number in range(state.window, len(spans)):
        start, end = spans[number]
        offset = state.offset if number == state.window else 0
        while True:
            limit = size
            if history.offset_maximum is not None:
                limit = min(size, history.offset_maximum - offset)
                if limit < 1:
                    raise _Unreachable(history, offset)
            body = {**filters, "limit": limit, "offset": offset}
            if history.date_from:
                body[history.date_from] = start
            if history.date_to:
                body[history.date_to] = end - 1  # WhiteBIT's bounds include both ends
            response = endpoint.sync_detailed(client=client, body=model.from_dict(body))
            if not 200 <= int(response.status_code) <= 299:
                from whitebit_auth import unwrap

                unwrap(response, history.op.path)
            records, total = _items(history, answer_value(response.content))
            last = len(records) < limit
            if not last and limit < size:  # a full page at the offset bound: more lie beyond
                raise _Unreachable(history, offset + limit)
            yield Page(number, offset + len(records), records, total, last)
            offset += len(records)
            if last:
                break


class _Unreachable(Exception):
    def __init__(self, history: History, offset: int) -> None:
        super().__init__(
            f"{history.op.operation_id} pages only up to offset {history.offset_maximum}: "
            f"records beyond {offset} cannot be reached"
            + ("; use a shorter --window-days" if history.date_from else "; narrow the filters")
        )


def in_range(history: History, record: dict[str, Any], start: int, end: int) -> bool:
    when = record.get(history.time_field)
    return isinstance(when, int) and not isinstance(when, bool) and start <= when < end


@dataclass(frozen=True)
class Job:
    history: History
    filters: dict[str, Any]
    start: int
    end: int | None  # None: now, as the walk starts (kept in the state for a resumed walk)
    form: str
    size: int
    window_days: int

    @property
    def query(self) -> dict[str, Any]:
        return {
            "operation": self.history.op.operation_id,
            "filters": self.filters,
            "since": self.start,
            "until": self.end,
            "format": self.form,
            "pageSize": self.size,
            "windowDays": self.window_days,
        }


class Sink:
    """Where rows go: a file written in bytes (so the state can say how many are whole), or
    stdout."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self.handle = handle

    def write(self, text: str) -> None:
        if self.handle is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            self.handle.write(text.encode("utf-8"))

    def settle(self) -> int:
        """Everything written so far on disk; the file's length."""
        assert self.handle is not None
        self.handle.flush()
        os.fsync(self.handle.fileno())
        return self.handle.tell()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _open(job: Job, output: Path | None, restart: bool) -> tuple[Sink, State, Path | None]:
    """The file to write and where to start: afresh, or after the last whole page."""
    if output is None:
        sink = Sink(None)
        sink.write(header(job.history, job.form))
        return sink, State(job.query), None
    state_path = output.with_name(output.name + STATE_SUFFIX)
    if state_path.exists() and not restart:
        state = State.load(state_path)
        if state.query != job.query:
            raise click.UsageError(
                f"{state_path} belongs to an unfinished export with other options: run that "
                "command again to finish it, or pass --restart to start this one afresh"
            )
        handle = output.open("r+b")
        handle.truncate(state.bytes)  # whatever came after the last whole page goes
        handle.seek(state.bytes)
        note(f"resuming {output}: {state.rows} records already there")
        return Sink(handle), state, state_path
    sink = Sink(output.open("wb"))
    sink.write(header(job.history, job.form))
    state = State(job.query, bytes=sink.settle())
    state.save(state_path)
    return sink, state, state_path


def run(job: Job, settings: Settings, output: Path | None, restart: bool) -> int:
    client, _ = connect(settings)
    sink, state, state_path = _open(job, output, restart)
    if not state.end:
        state.end = job.end if job.end is not None else int(time.time()) + 1
        if state_path is not None:
            state.save(state_path)
    spans = windows(job.history, job.start, state.end, job.window_days)
    progress = _Progress(len(spans), show=sys.stderr.isatty())
    try:
        with client, progress:
            for page in walk(job.history, client, job.filters, spans, job.size, state):
                start, end = spans[page.window]
                fresh = [r for r in page.records if fingerprint(r) not in state.seen]
                kept = [r for r in fresh if in_range(job.history, r, start, end)]
                sink.write(render(job.history, kept, job.form))
                state.rows += len(kept)
                state.seen = tuple(fingerprint(r) for r in page.records)
                state.window, state.offset = page.window, page.offset
                if page.last_in_window:
                    state.window, state.offset = page.window + 1, 0
                if state_path is not None:
                    state.bytes = sink.settle()
                    state.save(state_path)
                progress.advance(page, state.rows)
    except _Unreachable as exc:
        leave(Exit.FAILED, f"whitebit: export stopped: {exc} ({state.rows} records written)")
    finally:
        sink.close()
    if state_path is not None:
        state_path.unlink()
    return state.rows


class _Progress:
    """A progress bar on a terminal (stderr), nothing elsewhere."""

    def __init__(self, windows: int, *, show: bool) -> None:
        self.windows = windows
        self.bar: Any = None
        self.task: Any = None
        if show:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("exporting", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def advance(self, page: Page, rows: int) -> None:
        if self.bar is None:
            return
        total: int | None = page.total
        done = page.offset
        if self.windows > 1:
            total, done = self.windows, page.window + (1 if page.last_in_window else 0)
        self.bar.update(self.task, total=total, completed=done, description=f"{rows} records")


# Commands ----------------------------------------------------------------------------------


def _export_options() -> list[click.Parameter]:
    return [
        click.Option(["--since"], help="From this date or time (UTC unless it says otherwise)."),
        click.Option(["--until"], help="Up to this date or time, not included (default: now)."),
        click.Option(["--month"], metavar="YYYY-MM", help="One calendar month (UTC)."),
        click.Option(
            ["--format", "form"], type=click.Choice(["csv", "jsonl"]), default=None,
            help="csv (default) or jsonl; by default from the file's suffix.",
        ),
        click.Option(
            ["--output", "-o", "output"], type=click.Path(dir_okay=False, path_type=Path),
            help="The file to write (needed to resume); default stdout.",
        ),
        click.Option(["--page-size"], type=click.IntRange(min=1), help="Records per request "
                     "(default: the most the operation allows)."),
        click.Option(["--window-days"], type=click.IntRange(min=1), default=30, show_default=True,
                     help="Days per request, for operations that filter by date."),
        click.Option(["--restart"], is_flag=True, help="Start afresh, ignoring FILE.partial."),
    ]  # fmt: skip


class HistoryCommand(click.Command):
    def __init__(self, history: History) -> None:
        from ._operation import field_option

        self.history = history
        op = history.op
        self.filters: tuple[Field, ...] = tuple(
            f
            for f in _body_fields(history)
            if f.wire not in WALK_FIELDS and f.wire not in (history.date_from, history.date_to)
        )
        super().__init__(
            op.command,
            callback=self.export,
            short_help=op.summary,
            help=f"{op.summary}: every record from --since to --until (or in --month), by "
            f"{op.operation_id}, to CSV or JSON Lines. Record time: {history.time_field}.",
            params=[
                *(field_option(f) for f in self.filters),
                *_export_options(),
                *CONNECTION,
            ],
        )

    def export(self, **values: Any) -> None:
        from ._operation import body_from_options

        settings = Settings.take(values)
        output: Path | None = values.pop("output")
        form = values.pop("form") or ("jsonl" if output and output.suffix == ".jsonl" else "csv")
        start, end = date_range(values.pop("since"), values.pop("until"), values.pop("month"))
        size = self.history.page_size(values.pop("page_size"))
        days, restart = values.pop("window_days"), values.pop("restart")
        filters = body_from_options(self.filters, values)
        job = Job(self.history, filters, start, end, form, size, days)
        with guarded():
            try:
                rows = run(job, settings, output, restart)
            except KeyboardInterrupt:
                leave(
                    Exit.INTERRUPTED,
                    "whitebit: interrupted; run the same command again to resume"
                    if output
                    else "whitebit: interrupted",
                )
        note(f"exported {rows} records of {self.history.op.operation_id}" + (
            f" to {output}" if output else ""
        ))  # fmt: skip


def _body_fields(history: History) -> tuple[Field, ...]:
    from ._fields import body_fields

    return body_fields(history.op)


class ExportGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(histories())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = histories().get(cmd_name)
        return HistoryCommand(found) if found else None


export = ExportGroup(
    "export",
    help="A history's records over a date range, to CSV or JSON Lines, resumable.\n\n"
    "\b\n  whitebit export get-deposit-withdraw-history --month 2026-10 -o october.csv\n"
    '  whitebit export get-codes-history --since 2026-01-01 --until "2026-11-30 18:00"\n\n'
    "Run the same command again after an interruption to resume. Every paged list of the "
    "spec whose records carry a time is here.",
)
