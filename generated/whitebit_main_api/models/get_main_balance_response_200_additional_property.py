from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="GetMainBalanceResponse200AdditionalProperty")


@_attrs_define
class GetMainBalanceResponse200AdditionalProperty:
    """
    Attributes:
        main_balance (Decimal): Amount on the main balance
    """

    main_balance: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_balance = decimal_to_json(self.main_balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "main_balance": main_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        main_balance = decimal_from_json(
            d.pop("main_balance"),
            "GetMainBalanceResponse200AdditionalProperty.main_balance",
        )

        get_main_balance_response_200_additional_property = cls(
            main_balance=main_balance,
        )

        get_main_balance_response_200_additional_property.additional_properties = d
        return get_main_balance_response_200_additional_property

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
