from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_mining_watcher_link_response_400_errors import (
        CreateMiningWatcherLinkResponse400Errors,
    )


T = TypeVar("T", bound="CreateMiningWatcherLinkResponse400")


@_attrs_define
class CreateMiningWatcherLinkResponse400:
    """
    Attributes:
        code (int | Unset): Error code
        message (str | Unset): What went wrong
        errors (CreateMiningWatcherLinkResponse400Errors | Unset): Messages by field
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: CreateMiningWatcherLinkResponse400Errors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: CreateMiningWatcherLinkResponse400Errors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = CreateMiningWatcherLinkResponse400Errors.from_dict(_errors)

        create_mining_watcher_link_response_400 = cls(
            code=code,
            message=message,
            errors=errors,
        )

        create_mining_watcher_link_response_400.additional_properties = d
        return create_mining_watcher_link_response_400

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


from ..models.create_mining_watcher_link_response_400_errors import (
    CreateMiningWatcherLinkResponse400Errors,
)
