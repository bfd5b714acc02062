"""API keys of sub-accounts: made by the main account, usable at once by the sub-account."""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import dataclass, field

from .area import Area, Shared
from .base import Refusal, RefusalKind, invalid, newest_first, refused
from .sub_accounts import SubAccounts

MAX_KEYS = 50
MAX_IPS = 50
# The one URL the reference names as closed to sub-account keys.
RESTRICTED_URLS = frozenset({"/api/v4/main-account/address"})
INFO_AND_TRADING = 1
WITH_DEPOSITS_AND_WITHDRAWALS = 2


@dataclass
class SubAccountKey:
    id: str
    sub_account: str
    title: str
    type: int
    api_key: str
    api_secret: str = field(repr=False)
    created_at: int = 0
    enabled: bool = True
    restrict_access: bool = False
    endpoints: dict[str, bool] = field(default_factory=dict)  # url -> allowed
    ips: list[str] = field(default_factory=list)
    last_activity: int = 0

    def allows(self, path: str) -> bool:
        return not self.restrict_access or self.endpoints.get(path, False)


def _not_found() -> Refusal:
    return refused(RefusalKind.NOT_FOUND, "API key not found", code=None)


def _business(message: str) -> Refusal:
    return refused(RefusalKind.INVALID, message, code=5)


class SubAccountKeys(Area):
    def __init__(self, shared: Shared, sub_accounts: SubAccounts) -> None:
        super().__init__(shared)
        self.sub_accounts = sub_accounts
        self.keys: dict[str, SubAccountKey] = {}
        self._by_api_key: dict[str, SubAccountKey] = {}  # every request asks: no scan

    def _credentials(self) -> tuple[str, str]:
        token = self.ids.uuid()
        secret = hashlib.sha256(f"secret/{token}".encode()).hexdigest()
        return f"sub-{token.replace('-', '')}", secret

    def of(self, parent: str, key_id: object) -> SubAccountKey:
        found = self.keys.get(key_id) if isinstance(key_id, str) else None
        sub = self.sub_accounts.subs.get(found.sub_account) if found is not None else None
        if found is None or sub is None or sub.parent != parent:
            raise _not_found()
        return found

    def by_api_key(self, api_key: str) -> SubAccountKey | None:
        return self._by_api_key.get(api_key)

    def _forget(self, key: SubAccountKey) -> None:
        del self.keys[key.id]
        del self._by_api_key[key.api_key]

    def create(
        self,
        parent: str,
        key_type: int,
        sub_id: object,
        title: str,
        *,
        key_id: str | None = None,
        credentials: tuple[str, str] | None = None,
    ) -> SubAccountKey:
        try:
            sub = self.sub_accounts.of(parent, sub_id)
        except Refusal:
            raise invalid("subAccountId", "validation.exists") from None
        if sum(1 for k in self.keys.values() if k.sub_account == sub.id) >= MAX_KEYS:
            raise _business(f"Limit of API keys is reached. Maximum allowed: {MAX_KEYS}")
        if key_type == WITH_DEPOSITS_AND_WITHDRAWALS and not sub.activated:
            raise _business("Type isn't allowed")
        api_key, secret = credentials or self._credentials()
        made = SubAccountKey(
            key_id or self.ids.uuid(), sub.id, title, key_type, api_key, secret, self.now()
        )
        self.keys[made.id] = self._by_api_key[made.api_key] = made
        return made

    def edit(self, parent: str, key_id: object, title: str, urls: dict[str, bool]) -> None:
        key = self.of(parent, key_id)
        closed = sorted(u for u in urls if u in RESTRICTED_URLS)
        if closed:
            raise _business(
                "The following URLs are restricted for sub-account API keys: " + ", ".join(closed)
            )
        key.title = title
        key.endpoints = dict(urls)
        key.restrict_access = bool(urls)

    def delete(self, parent: str, key_id: object) -> None:
        self._forget(self.of(parent, key_id))

    def reset(self, parent: str, key_id: object) -> SubAccountKey:
        """New credentials for the key: the old ones stop working at once."""
        key = self.of(parent, key_id)
        del self._by_api_key[key.api_key]
        key.api_key, key.api_secret = self._credentials()
        self._by_api_key[key.api_key] = key
        return key

    def listing(self, parent: str, sub_id: str | None = None) -> list[SubAccountKey]:
        found = [
            k for k in self.keys.values()
            if (s := self.sub_accounts.subs.get(k.sub_account)) is not None and s.parent == parent
            and (sub_id is None or k.sub_account == sub_id)
        ]  # fmt: skip
        return newest_first(found, lambda k: k.created_at)

    def drop_keys_of(self, sub_id: str) -> None:
        for key in [k for k in self.keys.values() if k.sub_account == sub_id]:
            self._forget(key)

    # -- IP allowlist --------------------------------------------------------------------------
    def add_ip(self, parent: str, key_id: object, ip: str) -> list[str]:
        key = self.of(parent, key_id)
        address = _ip(ip)
        if address in key.ips:
            raise _business("This IP address is already in allowlist")
        if len(key.ips) >= MAX_IPS:
            raise _business(f"You have reached the maximum number of allowed IPs: {MAX_IPS}")
        key.ips.append(address)
        return list(key.ips)

    def remove_ip(self, parent: str, key_id: object, ip: str) -> list[str]:
        key = self.of(parent, key_id)
        address = _ip(ip)
        if address not in key.ips:
            raise _business(f"IP address {ip} is not in the allowlist")
        key.ips.remove(address)
        return list(key.ips)


def _ip(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        raise invalid("ip", "Invalid IP address.") from None
