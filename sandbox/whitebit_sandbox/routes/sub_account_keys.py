"""API keys of sub-accounts and their IP allowlists."""

from __future__ import annotations

from typing import Any

from ..domain.sub_account_keys import SubAccountKey
from ._call import Call


def _key(key: SubAccountKey, *, secret: bool) -> dict[str, Any]:
    return {
        "subAccountId": key.sub_account,
        "id": key.id,
        "title": key.title,
        "isEnabled": key.enabled,
        "apiKey": key.api_key,
        "apiSecret": key.api_secret if secret else "",
        "type": key.type if secret else str(key.type),  # an integer at creation, text in lists
        "lastActivity": key.last_activity,
        "restrictAccess": key.restrict_access,
        "accessEndpoints": [
            {"name": url, "title": url} for url, allowed in key.endpoints.items() if allowed
        ],
    }


def create(call: Call) -> dict[str, Any]:
    key = call.world.sub_account_keys.create(
        call.account, int(call.body.get("type", 0)), call.body.get("subAccountId"),
        str(call.body.get("title")),
    )  # fmt: skip
    return _key(key, secret=True)


def edit(call: Call) -> dict[str, Any]:
    urls = {
        str(item.get("url")): bool(item.get("enable"))
        for item in call.body.get("urls") or ()
        if isinstance(item, dict)
    }
    call.world.sub_account_keys.edit(
        call.account, call.body.get("apiKeyId"), str(call.body.get("title")), urls
    )
    return {}


def delete(call: Call) -> dict[str, Any]:
    call.world.sub_account_keys.delete(call.account, call.body.get("apiKeyId"))
    return {}


def reset(call: Call) -> dict[str, Any]:
    call.world.sub_account_keys.reset(call.account, call.body.get("apiKeyId"))
    return {}


def listing(call: Call) -> dict[str, Any]:
    found = call.world.sub_account_keys.listing(call.account, call.text("subAccountId"))
    limit, offset = call.page()
    return {"limit": limit, "offset": offset,
            "data": call.window(found, lambda k: _key(k, secret=False))}  # fmt: skip


def ips(call: Call) -> dict[str, Any]:
    return {
        "data": list(call.world.sub_account_keys.of(call.account, call.body.get("apiKeyId")).ips)
    }


def add_ip(call: Call) -> dict[str, Any]:
    keys = call.world.sub_account_keys
    return {"data": keys.add_ip(call.account, call.body.get("apiKeyId"), str(call.body.get("ip")))}


def remove_ip(call: Call) -> dict[str, Any]:
    keys = call.world.sub_account_keys
    return {
        "data": keys.remove_ip(call.account, call.body.get("apiKeyId"), str(call.body.get("ip")))
    }
