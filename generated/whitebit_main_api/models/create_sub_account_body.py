from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_sub_account_body_permissions import (
        CreateSubAccountBodyPermissions,
    )


T = TypeVar("T", bound="CreateSubAccountBody")


@_attrs_define
class CreateSubAccountBody:
    """
    Attributes:
        alias (str): Name of the sub-account. Example: trading_bot.
        permissions (CreateSubAccountBodyPermissions): Which balances it may transfer to.
        email (str | Unset): Its email; required unless shareKyc is true (when shareKyc is false or left out). Example:
            sub@example.com.
        share_kyc (bool | Unset): Reuse the main account's KYC. Example: False.
    """

    alias: str
    permissions: CreateSubAccountBodyPermissions
    email: str | Unset = UNSET
    share_kyc: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        permissions = self.permissions.to_dict()

        email = self.email

        share_kyc = self.share_kyc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "permissions": permissions,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if share_kyc is not UNSET:
            field_dict["shareKyc"] = share_kyc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alias = d.pop("alias")

        permissions = CreateSubAccountBodyPermissions.from_dict(d.pop("permissions"))

        email = d.pop("email", UNSET)

        share_kyc = d.pop("shareKyc", UNSET)

        create_sub_account_body = cls(
            alias=alias,
            permissions=permissions,
            email=email,
            share_kyc=share_kyc,
        )

        create_sub_account_body.additional_properties = d
        return create_sub_account_body

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


from ..models.create_sub_account_body_permissions import CreateSubAccountBodyPermissions
