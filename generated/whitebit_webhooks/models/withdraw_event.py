from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_method import WebhookMethod
from ..types import enum_to_json

if TYPE_CHECKING:
    from ..models.withdraw_params import WithdrawParams


T = TypeVar("T", bound="WithdrawEvent")


@_attrs_define
class WithdrawEvent:
    """
    Attributes:
        method (WebhookMethod): The event's name (an unknown one is kept as UNKNOWN_<name>).
        params (WithdrawParams): A withdrawal as the history shows it, and the delivery's nonce.
        id (str): A UUID per delivery.
    """

    method: WebhookMethod
    params: WithdrawParams
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = enum_to_json(self.method)

        params = self.params.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "params": params,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = WebhookMethod(d.pop("method"))

        params = WithdrawParams.from_dict(d.pop("params"))

        id = d.pop("id")

        withdraw_event = cls(
            method=method,
            params=params,
            id=id,
        )

        withdraw_event.additional_properties = d
        return withdraw_event

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


from ..models.withdraw_params import WithdrawParams
