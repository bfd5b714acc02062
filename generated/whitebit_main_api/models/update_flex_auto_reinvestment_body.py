from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFlexAutoReinvestmentBody")


@_attrs_define
class UpdateFlexAutoReinvestmentBody:
    """
    Attributes:
        plan (str): Plan external ID (UUID). Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        enabled (bool | Unset): Enable auto-reinvestment. Default: False. Example: True.
    """

    plan: str
    enabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan = d.pop("plan")

        enabled = d.pop("enabled", UNSET)

        update_flex_auto_reinvestment_body = cls(
            plan=plan,
            enabled=enabled,
        )

        update_flex_auto_reinvestment_body.additional_properties = d
        return update_flex_auto_reinvestment_body

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
