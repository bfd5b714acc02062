"""The Python names the generator gave each operation, read from the generated files (AST).

Read rather than re-derived: the generator's naming rules (snake_case, class overrides, inline
schema names) stay the generator's, and the reference can never disagree with the package.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Names:
    module: str  # whitebit_main_api.api.withdraw.create_withdraw
    body: str | None  # CreateWithdrawBody
    success: str  # what sync() returns: FlexInvestmentsPage, list[FlexPlan], None ...


def _path_of(tree: ast.Module) -> str | None:
    """The ``"url"`` of ``_get_kwargs``: the operation's path."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                named_url = isinstance(key, ast.Constant) and key.value == "url"
                if named_url and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    return value.value
    return None


def _function(tree: ast.Module, name: str) -> ast.FunctionDef | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    return None


def generated_names(package: Path) -> dict[str, Names]:
    """By path: the module, body model and success type of every generated operation."""
    found: dict[str, Names] = {}
    for file in sorted((package / "api").rglob("*.py")):
        if file.name == "__init__.py":
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        path = _path_of(tree)
        sync = _function(tree, "sync")
        if path is None or sync is None:
            continue
        body = next((a for a in sync.args.kwonlyargs if a.arg == "body"), None)
        parts = file.relative_to(package.parent).with_suffix("").parts
        found[path] = Names(
            module=".".join(parts),
            body=ast.unparse(body.annotation) if body and body.annotation else None,
            success=ast.unparse(sync.returns) if sync.returns else "None",
        )
    return found
