from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlexAutoReinvestmentUpdated")


@_attrs_define
class FlexAutoReinvestmentUpdated:
    """
    Attributes:
        data (list[Any]):
    """

    data: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = cast(list[Any], d.pop("data"))

        flex_auto_reinvestment_updated = cls(
            data=data,
        )

        flex_auto_reinvestment_updated.additional_properties = d
        return flex_auto_reinvestment_updated

    @property
    def page_items(self) -> list[Any]:
        """The items of this page, as ``paginate`` walks them (empty when the answer has none)."""
        return self.data

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
