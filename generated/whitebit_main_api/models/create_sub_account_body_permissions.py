from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSubAccountBodyPermissions")


@_attrs_define
class CreateSubAccountBodyPermissions:
    """Which balances it may transfer to.

    Attributes:
        spot_enabled (bool): May transfer to the trade balance. Example: True.
        collateral_enabled (bool): May transfer to the collateral balance. Example: False.
    """

    spot_enabled: bool
    collateral_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spot_enabled = self.spot_enabled

        collateral_enabled = self.collateral_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spotEnabled": spot_enabled,
                "collateralEnabled": collateral_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        spot_enabled = d.pop("spotEnabled")

        collateral_enabled = d.pop("collateralEnabled")

        create_sub_account_body_permissions = cls(
            spot_enabled=spot_enabled,
            collateral_enabled=collateral_enabled,
        )

        create_sub_account_body_permissions.additional_properties = d
        return create_sub_account_body_permissions

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
