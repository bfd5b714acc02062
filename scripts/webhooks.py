"""The second target of ``make generate``: typed webhook events from ``openapi/webhooks.yaml``.

The same pipeline as the API client: the overlay's decimal rule over the spec's own examples
(amounts become ``Decimal``), our templates (enums keep codes they do not know), the pinned
generator and ruff. Only the models are kept: WhiteBIT calls us, we never call these. Beside
them the build writes ``events.py`` (each event name's model, and the union of them all) and
``events.json`` (the same names, and per direction the status enum and its terminal codes)
for the verifier and the reconciler.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml
from whitebit_auth.spec import follow, json_media

from .overlay import DECIMAL_MARK
from .rules import decimal_fields, survey_spec
from .settings import Settings, load_settings
from .specfile import CONFIG, ROOT, dump_json, load_spec, load_yaml

PACKAGE = "whitebit_webhooks"
WEBHOOK_SPEC = ROOT / "openapi" / "webhooks.yaml"
EVENTS_RESOURCE = "events.json"
GENERIC = "WebhookEvent"  # the model of an event name the spec does not know
DIRECTION = "x-whitebit-direction"
TERMINAL = "x-whitebit-terminal"
SUCCESSFUL = "x-whitebit-successful"
# What the generator writes for calling an API: a webhook package has none to call.
_UNUSED = ("api", "client.py", "errors.py")


def as_operations(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with each webhook as a path, so the rules over operations (the decimal rule
    walks request bodies and their examples) read deliveries as they read API requests."""
    paths = {f"/{name}": item for name, item in (spec.get("webhooks") or {}).items()}
    return {**spec, "paths": paths}


def adjust(spec: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The spec the generator reads: amount fields marked decimal, the webhooks left out."""
    adjusted: dict[str, Any] = json.loads(json.dumps(spec))
    for where in decimal_fields(survey_spec(as_operations(spec)), settings):
        follow(adjusted, "#" + where)[DECIMAL_MARK] = True
    adjusted.pop("webhooks", None)
    return adjusted


def event_models(spec: dict[str, Any]) -> dict[str, str]:
    """Each event name -> the name of its body's schema (its model class)."""
    found: dict[str, str] = {}
    for name, item in (spec.get("webhooks") or {}).items():
        media = json_media(spec, (item.get("post") or {}).get("requestBody"))
        ref = ((media or {}).get("schema") or {}).get("$ref", "")
        found[name] = ref.rsplit("/", 1)[-1]
    return found


def event_index(spec: dict[str, Any]) -> dict[str, Any]:
    """``events.json``: the events, the generic model, the statuses per direction."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    statuses = {
        str(schema[DIRECTION]): {
            "enum": name,
            "codes": schema["enum"],
            "terminal": schema.get(TERMINAL, []),
            "successful": schema.get(SUCCESSFUL, []),
        }
        for name, schema in schemas.items()
        if DIRECTION in schema
    }
    return {"events": event_models(spec), "generic": GENERIC, "statuses": statuses}


def events_module(index: dict[str, Any]) -> str:
    models = sorted({*index["events"].values(), index["generic"]})
    union = " | ".join(models)
    lines = [
        '"""Each webhook event by name: written by `make generate` from openapi/webhooks.yaml."""',
        "",
        "from typing import TypeAlias",
        "",
        f"from .models import {', '.join(models)}",
        "",
        "# Whatever a verified delivery is: the generic one for a name this package does not know.",
        f"Event: TypeAlias = {union}",
        "",
        "EVENTS: dict[str, type[Event]] = {",
        *(f'    "{name}": {model},' for name, model in sorted(index["events"].items())),
        "}",
        f"GENERIC = {index['generic']}",
        "",
        '__all__ = ["EVENTS", "GENERIC", "Event"]',
        "",
    ]
    return "\n".join(lines)


def generator_config(workdir: Path) -> Path:
    """generator-config.yaml for this package: the same hooks, its own name, no renames."""
    config = dict(load_yaml(CONFIG) or {})
    config.pop("class_overrides", None)
    config.pop("whitebit", None)
    config["project_name_override"] = PACKAGE.replace("_", "-")
    config["package_name_override"] = PACKAGE
    path = workdir / "webhooks-config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True), "utf-8")
    return path


def build_webhooks(spec_path: Path, workdir: Path, settings: Settings | None = None) -> Path:
    """Build ``whitebit_webhooks`` into ``workdir``; return the package folder."""
    from .generate import run_generator  # the API target's runner: one way to generate

    settings = settings or load_settings()
    spec = load_spec(spec_path)
    adjusted_path = workdir / "webhooks.adjusted.json"
    dump_json(adjust(spec, settings), adjusted_path)
    out = workdir / PACKAGE
    run_generator(adjusted_path, out, config=generator_config(workdir))
    for name in _UNUSED:
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
    index = event_index(spec)
    init = '"""Typed WhiteBIT webhook events (generated from openapi/webhooks.yaml)."""\n'
    (out / "__init__.py").write_text(init, "utf-8")
    (out / "py.typed").write_text("")
    (out / "events.py").write_text(events_module(index), "utf-8")
    (out / EVENTS_RESOURCE).write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")
    return out
