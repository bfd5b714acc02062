from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flex_investment_history import FlexInvestmentHistory


T = TypeVar("T", bound="FlexPaymentHistoryPage")


@_attrs_define
class FlexPaymentHistoryPage:
    """
    Attributes:
        data (list[FlexInvestmentHistory] | Unset):
        limit (int | Unset):
        offset (int | Unset):
    """

    data: list[FlexInvestmentHistory] | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flex_investment_history import FlexInvestmentHistory

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[FlexInvestmentHistory] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = FlexInvestmentHistory.from_dict(data_item_data)

                data.append(data_item)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        flex_payment_history_page = cls(
            data=data,
            limit=limit,
            offset=offset,
        )

        flex_payment_history_page.additional_properties = d
        return flex_payment_history_page

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
