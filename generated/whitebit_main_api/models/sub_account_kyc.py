from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubAccountKyc")


@_attrs_define
class SubAccountKyc:
    """KYC

    Attributes:
        share_kyc (bool | Unset): Reuses the main account's KYC Example: False.
        kyc_status (str | Unset): KYC state Example: verified.
    """

    share_kyc: bool | Unset = UNSET
    kyc_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_kyc = self.share_kyc

        kyc_status = self.kyc_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_kyc is not UNSET:
            field_dict["shareKyc"] = share_kyc
        if kyc_status is not UNSET:
            field_dict["kycStatus"] = kyc_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        share_kyc = d.pop("shareKyc", UNSET)

        kyc_status = d.pop("kycStatus", UNSET)

        sub_account_kyc = cls(
            share_kyc=share_kyc,
            kyc_status=kyc_status,
        )

        sub_account_kyc.additional_properties = d
        return sub_account_kyc

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
