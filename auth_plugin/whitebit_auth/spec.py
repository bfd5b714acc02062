"""What the build scripts, the sandbox and the contract kit all know of WhiteBIT's spec.

Walking an OpenAPI document (its operations, local ``$ref``s, JSON pointers), the body fields
the signer owns, and which hosts count as this machine. Pure and dependency-free, so that a
reference is resolved, and a loopback host recognised, the same way everywhere.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from typing import Any

# Fields the signer adds to every request body; a caller's body never carries them.
AUTH_FIELDS = ("request", "nonce", "nonceWindow")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def escape(token: str) -> str:
    """One JSON-pointer token (RFC 6901): ``~`` and ``/`` escaped."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: object) -> str:
    """``pointer("paths", "/api/x", "post")`` -> ``/paths/~1api~1x/post``."""
    return "".join("/" + escape(str(t)) for t in tokens)


def follow(document: Any, ref: str) -> Any:
    """The node a local reference (``#/a/b``) points to; KeyError if there is none."""
    if not ref.startswith("#"):
        raise ValueError(f"only local $ref is supported, got {ref!r}")
    node = document
    for token in ref[1:].split("/")[1:]:
        key = unescape(token)
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve(document: Any, node: Any) -> Any:
    """Follow ``$ref`` (repeatedly) to the node it stands for; anything else as it is."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref!r}")
        seen.add(ref)
        node = follow(document, ref)
    return node


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in the document, in its order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def json_media(document: dict[str, Any], holder: Any) -> dict[str, Any] | None:
    """The ``application/json`` media object of a request body or response, if it has one."""
    holder = resolve(document, holder)
    if not isinstance(holder, dict):
        return None
    media = (holder.get("content") or {}).get("application/json")
    return media if isinstance(media, dict) else None


def media_examples(document: dict[str, Any], media: dict[str, Any]) -> Iterator[Any]:
    """Every example a media object gives: its ``example``, each of its ``examples``, and an
    ``example`` written on its schema itself."""
    if "example" in media:
        yield media["example"]
    for example in (media.get("examples") or {}).values():
        example = resolve(document, example)
        if isinstance(example, dict) and "value" in example:
            yield example["value"]
    schema = media.get("schema")
    if isinstance(schema, dict) and "example" in schema and "$ref" not in schema:
        yield schema["example"]


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine: ``localhost`` (and ``*.localhost``), 127.0.0.0/8,
    ``::1``, an IPv4-mapped loopback address; with or without brackets and a zone."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback
