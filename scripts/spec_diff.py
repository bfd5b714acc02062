"""What a spec change means in Python: compare two generated packages, name what changed, and
say whether code written against the old one breaks.

Read from the generated files themselves (AST) and their operation indexes, so the report
speaks of the modules, classes and fields a user imports, not of the spec's schemas.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Field:
    annotation: str
    required: bool  # no default: the constructor needs it


@dataclass(frozen=True)
class Model:
    fields: dict[str, Field]
    members: tuple[str, ...] = ()  # an enum's member names
    is_enum: bool = False


@dataclass(frozen=True)
class Change:
    breaking: bool
    text: str

    def line(self) -> str:
        return f"{'BREAKING ' if self.breaking else '         '} {self.text}"


def _models(package: Path) -> dict[str, Model]:
    found: dict[str, Model] = {}
    for file in sorted((package / "models").glob("*.py")):
        if file.name == "__init__.py":
            continue
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {ast.unparse(b) for b in node.bases}
            if bases & {"IntEnum", "StrEnum", "Enum"}:
                members = tuple(
                    t.id
                    for n in node.body
                    if isinstance(n, ast.Assign)
                    for t in n.targets
                    if isinstance(t, ast.Name)
                )
                found[node.name] = Model({}, members, is_enum=True)
                continue
            fields = {
                n.target.id: Field(ast.unparse(n.annotation), n.value is None)
                for n in node.body
                if isinstance(n, ast.AnnAssign)
                and isinstance(n.target, ast.Name)
                and n.target.id != "additional_properties"
            }
            found[node.name] = Model(fields)
    return found


def _index(package: Path) -> dict[str, dict[str, object]]:
    path = package / "operations.json"
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    return {str(e["operationId"]): e for e in data.values()}


def _request_models(models: dict[str, Model], index: dict[str, dict[str, object]]) -> set[str]:
    """Body models and every model their fields reach: the ones user code builds."""
    todo = [str(e["body"]) for e in index.values() if e.get("body")]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in models:
            continue
        seen.add(name)
        for f in models[name].fields.values():
            todo += re.findall(r"[A-Za-z_][A-Za-z0-9_]*", f.annotation)
    return seen


def python_changes(old: Path, new: Path) -> list[Change]:
    """Every change between two generated packages, breaking ones first."""
    before_ops, after_ops = _index(old), _index(new)
    before, after = _models(old), _models(new)
    builds = _request_models(before, before_ops) | _request_models(after, after_ops)
    changes: list[Change] = []
    for op_id in sorted(after_ops.keys() - before_ops.keys()):
        changes.append(Change(False, f"new operation {op_id}: {after_ops[op_id]['module']}"))
    for op_id in sorted(before_ops.keys() - after_ops.keys()):
        changes.append(Change(True, f"removed operation {op_id}: {before_ops[op_id]['module']}"))
    for op_id in sorted(before_ops.keys() & after_ops.keys()):
        was, now = before_ops[op_id], after_ops[op_id]
        for key, label in (("module", "module"), ("body", "body model"), ("success", "answer")):
            if was.get(key) != now.get(key):
                changes.append(Change(True, f"{op_id}: {label} {was.get(key)} -> {now.get(key)}"))
        if was.get("kind") != now.get("kind"):
            changes.append(
                Change(False, f"{op_id}: kind {was.get('kind')} -> {now.get('kind')} (retries)")
            )
    for name in sorted(after.keys() - before.keys()):
        changes.append(Change(False, f"new model {name}"))
    for name in sorted(before.keys() - after.keys()):
        changes.append(Change(True, f"removed model {name}"))
    for name in sorted(before.keys() & after.keys()):
        changes += _model_changes(name, before[name], after[name], name in builds)
    return sorted(changes, key=lambda c: not c.breaking)


def _model_changes(name: str, was: Model, now: Model, built: bool) -> list[Change]:
    changes = [
        Change(True, f"{name}: removed member {m}") for m in was.members if m not in now.members
    ]
    changes += [
        Change(False, f"{name}: new member {m}") for m in now.members if m not in was.members
    ]
    for field in was.fields.keys() - now.fields.keys():
        changes.append(Change(True, f"{name}: removed field {field}"))
    for field in sorted(now.fields.keys() - was.fields.keys()):
        f = now.fields[field]
        if f.required and built:
            changes.append(Change(True, f"{name}: new required field {field}: {f.annotation}"))
        else:
            changes.append(Change(False, f"{name}: new field {field}: {f.annotation}"))
    for field in sorted(was.fields.keys() & now.fields.keys()):
        a, b = was.fields[field], now.fields[field]
        if a.annotation != b.annotation:
            changes.append(Change(True, f"{name}.{field}: {a.annotation} -> {b.annotation}"))
        elif built and b.required and not a.required:
            changes.append(Change(True, f"{name}.{field}: now required"))
    return changes


def summary(changes: list[Change]) -> list[str]:
    if not changes:
        return ["no operation, model or field changed"]
    breaking = sum(c.breaking for c in changes)
    head = f"{len(changes)} changes, {breaking} breaking code written against the old client"
    return [head, *(c.line() for c in changes)]
