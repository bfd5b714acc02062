from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.interest_payment import InterestPayment


T = TypeVar("T", bound="GetInterestPaymentHistoryResponse200")


@_attrs_define
class GetInterestPaymentHistoryResponse200:
    """
    Attributes:
        offset (int): Records skipped
        limit (int): Page size
        records (list[InterestPayment]):
    """

    offset: int
    limit: int
    records: list[InterestPayment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "limit": limit,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offset = d.pop("offset")

        limit = d.pop("limit")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = InterestPayment.from_dict(records_item_data)

            records.append(records_item)

        get_interest_payment_history_response_200 = cls(
            offset=offset,
            limit=limit,
            records=records,
        )

        get_interest_payment_history_response_200.additional_properties = d
        return get_interest_payment_history_response_200

    @property
    def page_items(self) -> list[InterestPayment]:
        """The items of this page, as ``paginate`` walks them (empty when the answer has none)."""
        return self.records

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


from ..models.interest_payment import InterestPayment
