from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_unconfirmed_sub_account_withdrawals_response_422_errors import (
        ListUnconfirmedSubAccountWithdrawalsResponse422Errors,
    )


T = TypeVar("T", bound="ListUnconfirmedSubAccountWithdrawalsResponse422")


@_attrs_define
class ListUnconfirmedSubAccountWithdrawalsResponse422:
    """
    Attributes:
        errors (ListUnconfirmedSubAccountWithdrawalsResponse422Errors | Unset):
    """

    errors: ListUnconfirmedSubAccountWithdrawalsResponse422Errors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: ListUnconfirmedSubAccountWithdrawalsResponse422Errors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ListUnconfirmedSubAccountWithdrawalsResponse422Errors.from_dict(
                _errors
            )

        list_unconfirmed_sub_account_withdrawals_response_422 = cls(
            errors=errors,
        )

        list_unconfirmed_sub_account_withdrawals_response_422.additional_properties = d
        return list_unconfirmed_sub_account_withdrawals_response_422

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


from ..models.list_unconfirmed_sub_account_withdrawals_response_422_errors import (
    ListUnconfirmedSubAccountWithdrawalsResponse422Errors,
)
