from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_rule_deposit_verification_request_wallet_type import (
    TravelRuleDepositVerificationRequestWalletType,
)
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.travel_rule_originator import TravelRuleOriginator
    from ..models.travel_rule_vasp import TravelRuleVasp


T = TypeVar("T", bound="TravelRuleDepositVerificationRequest")


@_attrs_define
class TravelRuleDepositVerificationRequest:
    """
    Attributes:
        unique_id (str): The deposit's id, as the history shows it. Example: 550e8400-e29b-41d4-a716-446655440000.
        wallet_type (TravelRuleDepositVerificationRequestWalletType): Whether the sending wallet is held by a VASP.
            Example: hosted.
        originator (TravelRuleOriginator):
        vasp_data (TravelRuleVasp | Unset): The sending VASP: needed when walletType is hosted, with vaspId when the
            VASP is in the getTravelRuleVasps list, else vaspName.
    """

    unique_id: str
    wallet_type: TravelRuleDepositVerificationRequestWalletType
    originator: TravelRuleOriginator
    vasp_data: TravelRuleVasp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        wallet_type = enum_to_json(self.wallet_type)

        originator = self.originator.to_dict()

        vasp_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vasp_data, Unset):
            vasp_data = self.vasp_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueId": unique_id,
                "walletType": wallet_type,
                "originator": originator,
            }
        )
        if vasp_data is not UNSET:
            field_dict["vaspData"] = vasp_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unique_id = d.pop("uniqueId")

        wallet_type = TravelRuleDepositVerificationRequestWalletType(
            d.pop("walletType")
        )

        originator = TravelRuleOriginator.from_dict(d.pop("originator"))

        _vasp_data = d.pop("vaspData", UNSET)
        vasp_data: TravelRuleVasp | Unset
        if isinstance(_vasp_data, Unset):
            vasp_data = UNSET
        else:
            vasp_data = TravelRuleVasp.from_dict(_vasp_data)

        travel_rule_deposit_verification_request = cls(
            unique_id=unique_id,
            wallet_type=wallet_type,
            originator=originator,
            vasp_data=vasp_data,
        )

        travel_rule_deposit_verification_request.additional_properties = d
        return travel_rule_deposit_verification_request

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


from ..models.travel_rule_originator import TravelRuleOriginator
from ..models.travel_rule_vasp import TravelRuleVasp
