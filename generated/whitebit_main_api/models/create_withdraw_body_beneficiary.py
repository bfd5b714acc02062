from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_withdraw_body_beneficiary_address import (
        CreateWithdrawBodyBeneficiaryAddress,
    )
    from ..models.create_withdraw_body_beneficiary_bank import (
        CreateWithdrawBodyBeneficiaryBank,
    )
    from ..models.create_withdraw_body_beneficiary_card import (
        CreateWithdrawBodyBeneficiaryCard,
    )


T = TypeVar("T", bound="CreateWithdrawBodyBeneficiary")


@_attrs_define
class CreateWithdrawBodyBeneficiary:
    """The recipient; required for the tickers USD_VISAMASTER, EUR_VISAMASTER, USD and EUR.

    Attributes:
        first_name (str | Unset): First name: up to 40 latin letters and special characters; required for
            USD_VISAMASTER, USD and EUR. Example: Firstname.
        last_name (str | Unset): Last name: up to 40 latin letters and special characters; required for USD_VISAMASTER,
            USD and EUR. Example: Lastname.
        phone (str | Unset): Phone number; required for USD_VISAMASTER and EUR_VISAMASTER. Example: 1234567891.
        email (str | Unset): Email address; required for USD_VISAMASTER and EUR_VISAMASTER. Example: john_doe@email.com.
        birth_date (datetime.date | Unset): Date of birth, YYYY-MM-DD; required for USD_VISAMASTER and EUR_VISAMASTER,
            and for Mercuryo. Example: 1990-01-01.
        code (str | Unset): One-time verification code. Example: 123456.
        card_token (str | Unset): A card token, for card payouts. Example: tok_4f7c8e2a.
        card_token_save (bool | Unset): Card payouts only: keep the card token for later payouts. Example: False.
        fingerprint_session (str | Unset): Anti-fraud device session; some VISAMASTER setups need it. Example:
            fps_abc123.
        card (CreateWithdrawBodyBeneficiaryCard | Unset): Card details, for card payouts.
        address (CreateWithdrawBodyBeneficiaryAddress | Unset): Postal address.
        bank (CreateWithdrawBodyBeneficiaryBank | Unset): Bank details, for bank payouts.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    code: str | Unset = UNSET
    card_token: str | Unset = UNSET
    card_token_save: bool | Unset = UNSET
    fingerprint_session: str | Unset = UNSET
    card: CreateWithdrawBodyBeneficiaryCard | Unset = UNSET
    address: CreateWithdrawBodyBeneficiaryAddress | Unset = UNSET
    bank: CreateWithdrawBodyBeneficiaryBank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        email = self.email

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        code = self.code

        card_token = self.card_token

        card_token_save = self.card_token_save

        fingerprint_session = self.fingerprint_session

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if code is not UNSET:
            field_dict["code"] = code
        if card_token is not UNSET:
            field_dict["cardToken"] = card_token
        if card_token_save is not UNSET:
            field_dict["cardTokenSave"] = card_token_save
        if fingerprint_session is not UNSET:
            field_dict["fingerprintSession"] = fingerprint_session
        if card is not UNSET:
            field_dict["card"] = card
        if address is not UNSET:
            field_dict["address"] = address
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        code = d.pop("code", UNSET)

        card_token = d.pop("cardToken", UNSET)

        card_token_save = d.pop("cardTokenSave", UNSET)

        fingerprint_session = d.pop("fingerprintSession", UNSET)

        _card = d.pop("card", UNSET)
        card: CreateWithdrawBodyBeneficiaryCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = CreateWithdrawBodyBeneficiaryCard.from_dict(_card)

        _address = d.pop("address", UNSET)
        address: CreateWithdrawBodyBeneficiaryAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CreateWithdrawBodyBeneficiaryAddress.from_dict(_address)

        _bank = d.pop("bank", UNSET)
        bank: CreateWithdrawBodyBeneficiaryBank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = CreateWithdrawBodyBeneficiaryBank.from_dict(_bank)

        create_withdraw_body_beneficiary = cls(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            email=email,
            birth_date=birth_date,
            code=code,
            card_token=card_token,
            card_token_save=card_token_save,
            fingerprint_session=fingerprint_session,
            card=card,
            address=address,
            bank=bank,
        )

        create_withdraw_body_beneficiary.additional_properties = d
        return create_withdraw_body_beneficiary

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


from ..models.create_withdraw_body_beneficiary_address import (
    CreateWithdrawBodyBeneficiaryAddress,
)
from ..models.create_withdraw_body_beneficiary_bank import (
    CreateWithdrawBodyBeneficiaryBank,
)
from ..models.create_withdraw_body_beneficiary_card import (
    CreateWithdrawBodyBeneficiaryCard,
)
