from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mining_reward_payout_destination import MiningRewardPayoutDestination
from ..models.mining_reward_status import MiningRewardStatus
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="MiningReward")


@_attrs_define
class MiningReward:
    """
    Attributes:
        mining_account_name (str | Unset): Mining account Example: miner123.
        payout_destination (MiningRewardPayoutDestination | Unset): Where the reward goes Example: external_address.
        payout_transaction_hash (None | str | Unset): Hash of the payout transaction on chain when paid to
            external_address; null when paid to main_balance Example:
            0e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098.
        payout_address (None | str | Unset): The external payout address; null when paid to main_balance Example:
            bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.
        payout_time (int | None | Unset): When the external payout completed; null when paid to main_balance Example:
            1641085200.
        reward_currency (str | Unset): Currency of the reward Example: BTC.
        total_reward (Decimal | Unset): Reward before the pool fee Example: 0.00125.
        reward (Decimal | Unset): Reward after the pool fee Example: 0.001.
        fee (Decimal | Unset): Pool fee Example: 0.00025.
        fpps_rate (Decimal | Unset): FPPS rate Example: 0.000125.
        hash_rate (Decimal | Unset): Hashrate, in H/s Example: 100.
        date (int | Unset): Day of the reward (Unix seconds) Example: 1641081600.
        status (MiningRewardStatus | Unset): pending - not final yet; successful - paid; canceled - voided Example:
            pending.
    """

    mining_account_name: str | Unset = UNSET
    payout_destination: MiningRewardPayoutDestination | Unset = UNSET
    payout_transaction_hash: None | str | Unset = UNSET
    payout_address: None | str | Unset = UNSET
    payout_time: int | None | Unset = UNSET
    reward_currency: str | Unset = UNSET
    total_reward: Decimal | Unset = UNSET
    reward: Decimal | Unset = UNSET
    fee: Decimal | Unset = UNSET
    fpps_rate: Decimal | Unset = UNSET
    hash_rate: Decimal | Unset = UNSET
    date: int | Unset = UNSET
    status: MiningRewardStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mining_account_name = self.mining_account_name

        payout_destination: str | Unset = UNSET
        if not isinstance(self.payout_destination, Unset):
            payout_destination = enum_to_json(self.payout_destination)

        payout_transaction_hash: None | str | Unset
        if isinstance(self.payout_transaction_hash, Unset):
            payout_transaction_hash = UNSET
        else:
            payout_transaction_hash = self.payout_transaction_hash

        payout_address: None | str | Unset
        if isinstance(self.payout_address, Unset):
            payout_address = UNSET
        else:
            payout_address = self.payout_address

        payout_time: int | None | Unset
        if isinstance(self.payout_time, Unset):
            payout_time = UNSET
        else:
            payout_time = self.payout_time

        reward_currency = self.reward_currency

        total_reward = decimal_to_json(self.total_reward)

        reward = decimal_to_json(self.reward)

        fee = decimal_to_json(self.fee)

        fpps_rate = decimal_to_json(self.fpps_rate)

        hash_rate = decimal_to_json(self.hash_rate)

        date = self.date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = enum_to_json(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mining_account_name is not UNSET:
            field_dict["miningAccountName"] = mining_account_name
        if payout_destination is not UNSET:
            field_dict["payoutDestination"] = payout_destination
        if payout_transaction_hash is not UNSET:
            field_dict["payoutTransactionHash"] = payout_transaction_hash
        if payout_address is not UNSET:
            field_dict["payoutAddress"] = payout_address
        if payout_time is not UNSET:
            field_dict["payoutTime"] = payout_time
        if reward_currency is not UNSET:
            field_dict["rewardCurrency"] = reward_currency
        if total_reward is not UNSET:
            field_dict["totalReward"] = total_reward
        if reward is not UNSET:
            field_dict["reward"] = reward
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fpps_rate is not UNSET:
            field_dict["fppsRate"] = fpps_rate
        if hash_rate is not UNSET:
            field_dict["hashRate"] = hash_rate
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mining_account_name = d.pop("miningAccountName", UNSET)

        _payout_destination = d.pop("payoutDestination", UNSET)
        payout_destination: MiningRewardPayoutDestination | Unset
        if isinstance(_payout_destination, Unset):
            payout_destination = UNSET
        else:
            payout_destination = MiningRewardPayoutDestination(_payout_destination)

        def _parse_payout_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_transaction_hash = _parse_payout_transaction_hash(
            d.pop("payoutTransactionHash", UNSET)
        )

        def _parse_payout_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_address = _parse_payout_address(d.pop("payoutAddress", UNSET))

        def _parse_payout_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payout_time = _parse_payout_time(d.pop("payoutTime", UNSET))

        reward_currency = d.pop("rewardCurrency", UNSET)

        _total_reward = d.pop("totalReward", UNSET)
        total_reward: Decimal | Unset = (
            UNSET
            if isinstance(_total_reward, Unset)
            else decimal_from_json(_total_reward, "MiningReward.totalReward")
        )

        _reward = d.pop("reward", UNSET)
        reward: Decimal | Unset = (
            UNSET
            if isinstance(_reward, Unset)
            else decimal_from_json(_reward, "MiningReward.reward")
        )

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset = (
            UNSET
            if isinstance(_fee, Unset)
            else decimal_from_json(_fee, "MiningReward.fee")
        )

        _fpps_rate = d.pop("fppsRate", UNSET)
        fpps_rate: Decimal | Unset = (
            UNSET
            if isinstance(_fpps_rate, Unset)
            else decimal_from_json(_fpps_rate, "MiningReward.fppsRate")
        )

        _hash_rate = d.pop("hashRate", UNSET)
        hash_rate: Decimal | Unset = (
            UNSET
            if isinstance(_hash_rate, Unset)
            else decimal_from_json(_hash_rate, "MiningReward.hashRate")
        )

        date = d.pop("date", UNSET)

        _status = d.pop("status", UNSET)
        status: MiningRewardStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MiningRewardStatus(_status)

        mining_reward = cls(
            mining_account_name=mining_account_name,
            payout_destination=payout_destination,
            payout_transaction_hash=payout_transaction_hash,
            payout_address=payout_address,
            payout_time=payout_time,
            reward_currency=reward_currency,
            total_reward=total_reward,
            reward=reward,
            fee=fee,
            fpps_rate=fpps_rate,
            hash_rate=hash_rate,
            date=date,
            status=status,
        )

        mining_reward.additional_properties = d
        return mining_reward

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
