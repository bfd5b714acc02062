"""Answers for people and for scripts: a table on a terminal, JSON when piped (or asked).

The JSON is the answer as it came: amounts stay the strings WhiteBIT sent, and a fractional
JSON number is written as a string of its exact digits (never through a float).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def answer_value(content: bytes) -> Any:
    """An answer's JSON; fractions kept as the text they came as."""
    if not content.strip():
        return None
    return json.loads(content, parse_float=str)


def json_text(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def emit(value: Any, *, as_json: bool, output: Path | None) -> None:
    """Print (or write to ``output``) an answer: JSON unless a person reads it here."""
    if output is not None:
        output.write_text(json_text(value) + "\n", encoding="utf-8")
        print(f"wrote {output}", file=sys.stderr)
    elif as_json or not sys.stdout.isatty():
        sys.stdout.write(json_text(value) + "\n")
    else:
        table(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _rows(value: Any) -> tuple[list[str], list[list[str]], str] | None:
    """Columns, rows and a caption for a value that reads as a table, else None."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        columns = list(dict.fromkeys(k for row in value for k in row))
        return columns, [[_cell(row.get(c)) for c in columns] for row in value], ""
    if isinstance(value, list):
        return ["value"], [[_cell(v)] for v in value], ""
    if not isinstance(value, dict):
        return None
    lists = [k for k, v in value.items() if isinstance(v, list)]
    if len(lists) == 1 and all(isinstance(v, dict) for v in value[lists[0]]):
        inner = _rows(value[lists[0]])
        rest = ", ".join(f"{k}: {_cell(v)}" for k, v in value.items() if k != lists[0])
        if inner is not None:
            return inner[0], inner[1], rest
    if value and all(isinstance(v, dict) for v in value.values()):  # a map, e.g. balances
        columns = list(dict.fromkeys(k for row in value.values() for k in row))
        rows = [[str(key), *(_cell(row.get(c)) for c in columns)] for key, row in value.items()]
        return ["", *columns], rows, ""
    return ["field", "value"], [[str(k), _cell(v)] for k, v in value.items()], ""


def table(value: Any) -> None:
    """A table that fits the terminal: one row per record, or, for records too wide for it,
    one small field/value table per record."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    console = Console()
    shaped = _rows(value)
    if shaped is None:
        console.print(Text(_cell(value)))
        return
    columns, rows, caption = shaped
    if not rows:
        console.print("(nothing)")
        return
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    if sum(widths) + 3 * len(widths) + 1 <= console.width or len(columns) <= 2:
        grid = Table(*(escape(c) for c in columns), caption=escape(caption) or None)
        for row in rows:
            grid.add_row(*(Text(cell) for cell in row))
        console.print(grid)
        return
    for number, row in enumerate(rows, 1):
        card = Table("field", "value", title=f"{number} of {len(rows)}", title_justify="left")
        for name, cell in zip(columns, row, strict=True):
            card.add_row(Text(name), Text(cell))
        console.print(card)
    if caption:
        console.print(Text(caption))
