from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fixed_investment_status import FixedInvestmentStatus
from ..types import decimal_from_json, decimal_to_json, enum_to_json

if TYPE_CHECKING:
    from ..models.fixed_plan import FixedPlan


T = TypeVar("T", bound="Investment")


@_attrs_define
class Investment:
    """
    Attributes:
        id (str): Investment id Example: 1232.
        plan (FixedPlan):
        status (FixedInvestmentStatus): 1 - active, 2 - closed Example: 1.
        created (int): When it was created (Unix seconds) Example: 1588345560.
        updated (int): When it last changed (Unix seconds) Example: 1588345560.
        payment_time (int): When the interest is paid (Unix seconds) Example: 1588345560.
        amount (Decimal): Amount invested Example: 100.
        interest_paid (Decimal): Interest paid so far Example: 0.01.
    """

    id: str
    plan: FixedPlan
    status: FixedInvestmentStatus
    created: int
    updated: int
    payment_time: int
    amount: Decimal
    interest_paid: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan = self.plan.to_dict()

        status = enum_to_json(self.status)

        created = self.created

        updated = self.updated

        payment_time = self.payment_time

        amount = decimal_to_json(self.amount)

        interest_paid = decimal_to_json(self.interest_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan": plan,
                "status": status,
                "created": created,
                "updated": updated,
                "paymentTime": payment_time,
                "amount": amount,
                "interestPaid": interest_paid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        plan = FixedPlan.from_dict(d.pop("plan"))

        status = FixedInvestmentStatus(d.pop("status"))

        created = d.pop("created")

        updated = d.pop("updated")

        payment_time = d.pop("paymentTime")

        amount = decimal_from_json(d.pop("amount"), "Investment.amount")

        interest_paid = decimal_from_json(
            d.pop("interestPaid"), "Investment.interestPaid"
        )

        investment = cls(
            id=id,
            plan=plan,
            status=status,
            created=created,
            updated=updated,
            payment_time=payment_time,
            amount=amount,
            interest_paid=interest_paid,
        )

        investment.additional_properties = d
        return investment

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


from ..models.fixed_plan import FixedPlan
