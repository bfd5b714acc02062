from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_kyc import SubAccountKyc
    from ..models.sub_account_permissions import SubAccountPermissions


T = TypeVar("T", bound="SubAccount")


@_attrs_define
class SubAccount:
    """
    Attributes:
        id (str | Unset): Sub-account id Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        alias (str | Unset): Its name Example: trading_bot.
        user_id (str | Unset): The user linked to it Example: u-12345.
        email (str | Unset): Its email, masked Example: s***@example.com.
        status (str | Unset): Its state Example: active.
        color (str | Unset): Display colour Example: #FF5733.
        kyc (SubAccountKyc | Unset): KYC
        permissions (SubAccountPermissions | Unset): What it may do
    """

    id: str | Unset = UNSET
    alias: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    color: str | Unset = UNSET
    kyc: SubAccountKyc | Unset = UNSET
    permissions: SubAccountPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        user_id = self.user_id

        email = self.email

        status = self.status

        color = self.color

        kyc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kyc, Unset):
            kyc = self.kyc.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if alias is not UNSET:
            field_dict["alias"] = alias
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if color is not UNSET:
            field_dict["color"] = color
        if kyc is not UNSET:
            field_dict["kyc"] = kyc
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        alias = d.pop("alias", UNSET)

        user_id = d.pop("userId", UNSET)

        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        color = d.pop("color", UNSET)

        _kyc = d.pop("kyc", UNSET)
        kyc: SubAccountKyc | Unset
        if isinstance(_kyc, Unset):
            kyc = UNSET
        else:
            kyc = SubAccountKyc.from_dict(_kyc)

        _permissions = d.pop("permissions", UNSET)
        permissions: SubAccountPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = SubAccountPermissions.from_dict(_permissions)

        sub_account = cls(
            id=id,
            alias=alias,
            user_id=user_id,
            email=email,
            status=status,
            color=color,
            kyc=kyc,
            permissions=permissions,
        )

        sub_account.additional_properties = d
        return sub_account

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


from ..models.sub_account_kyc import SubAccountKyc
from ..models.sub_account_permissions import SubAccountPermissions
