from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edit_sub_account_body_permissions import EditSubAccountBodyPermissions


T = TypeVar("T", bound="EditSubAccountBody")


@_attrs_define
class EditSubAccountBody:
    """
    Attributes:
        id (str): The sub-account. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        alias (str): New name. Example: training.
        permissions (EditSubAccountBodyPermissions): Which balances it may transfer to.
    """

    id: str
    alias: str
    permissions: EditSubAccountBodyPermissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "alias": alias,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias")

        permissions = EditSubAccountBodyPermissions.from_dict(d.pop("permissions"))

        edit_sub_account_body = cls(
            id=id,
            alias=alias,
            permissions=permissions,
        )

        edit_sub_account_body.additional_properties = d
        return edit_sub_account_body

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


from ..models.edit_sub_account_body_permissions import EditSubAccountBodyPermissions
