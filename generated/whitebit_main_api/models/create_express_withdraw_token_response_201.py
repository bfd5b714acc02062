from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateExpressWithdrawTokenResponse201")


@_attrs_define
class CreateExpressWithdrawTokenResponse201:
    """
    Attributes:
        url (str): The page where the payer confirms; the token is its token parameter Example:
            https://whitebit.com/express-withdraw?token=8f3c0a7d4e21.
        expire_at (str): When the token expires, YYYY-MM-DD HH:MM:SS in UTC Example: 2026-07-10 12:34:56.
    """

    url: str
    expire_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expire_at = self.expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "expireAt": expire_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        expire_at = d.pop("expireAt")

        create_express_withdraw_token_response_201 = cls(
            url=url,
            expire_at=expire_at,
        )

        create_express_withdraw_token_response_201.additional_properties = d
        return create_express_withdraw_token_response_201

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
