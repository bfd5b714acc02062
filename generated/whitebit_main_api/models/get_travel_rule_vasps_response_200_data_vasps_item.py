from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTravelRuleVaspsResponse200DataVaspsItem")


@_attrs_define
class GetTravelRuleVaspsResponse200DataVaspsItem:
    """
    Attributes:
        vasp_id (str): Its id Example: vasp-001.
        name (str): Its name Example: Binance.
    """

    vasp_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vasp_id = self.vasp_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vaspId": vasp_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vasp_id = d.pop("vaspId")

        name = d.pop("name")

        get_travel_rule_vasps_response_200_data_vasps_item = cls(
            vasp_id=vasp_id,
            name=name,
        )

        get_travel_rule_vasps_response_200_data_vasps_item.additional_properties = d
        return get_travel_rule_vasps_response_200_data_vasps_item

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
