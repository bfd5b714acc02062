from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_info_deposit import FeeInfoDeposit
    from ..models.fee_info_withdraw import FeeInfoWithdraw


T = TypeVar("T", bound="FeeInfo")


@_attrs_define
class FeeInfo:
    """
    Attributes:
        ticker (str | Unset): Currency ticker Example: ETH.
        name (str | Unset): Currency name Example: Ethereum.
        can_deposit (bool | Unset): Deposits are possible Example: True.
        can_withdraw (bool | Unset): Withdrawals are possible Example: True.
        deposit (FeeInfoDeposit | Unset): Deposit fees and limits
        withdraw (FeeInfoWithdraw | Unset): Withdrawal fees and limits
    """

    ticker: str | Unset = UNSET
    name: str | Unset = UNSET
    can_deposit: bool | Unset = UNSET
    can_withdraw: bool | Unset = UNSET
    deposit: FeeInfoDeposit | Unset = UNSET
    withdraw: FeeInfoWithdraw | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        name = self.name

        can_deposit = self.can_deposit

        can_withdraw = self.can_withdraw

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        withdraw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withdraw, Unset):
            withdraw = self.withdraw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if name is not UNSET:
            field_dict["name"] = name
        if can_deposit is not UNSET:
            field_dict["can_deposit"] = can_deposit
        if can_withdraw is not UNSET:
            field_dict["can_withdraw"] = can_withdraw
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if withdraw is not UNSET:
            field_dict["withdraw"] = withdraw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        name = d.pop("name", UNSET)

        can_deposit = d.pop("can_deposit", UNSET)

        can_withdraw = d.pop("can_withdraw", UNSET)

        _deposit = d.pop("deposit", UNSET)
        deposit: FeeInfoDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = FeeInfoDeposit.from_dict(_deposit)

        _withdraw = d.pop("withdraw", UNSET)
        withdraw: FeeInfoWithdraw | Unset
        if isinstance(_withdraw, Unset):
            withdraw = UNSET
        else:
            withdraw = FeeInfoWithdraw.from_dict(_withdraw)

        fee_info = cls(
            ticker=ticker,
            name=name,
            can_deposit=can_deposit,
            can_withdraw=can_withdraw,
            deposit=deposit,
            withdraw=withdraw,
        )

        fee_info.additional_properties = d
        return fee_info

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


from ..models.fee_info_deposit import FeeInfoDeposit
from ..models.fee_info_withdraw import FeeInfoWithdraw
