"""The spec the package ships (``whitebit_main_api/openapi.json``): the vendored spec with the
client's own rules written into it, so that every tool that reads it (the contract checker, the
sandbox, Prism, schemathesis) generates and judges traffic as the client reads it.

- Answer fields the client requires (every example shows them) are in ``required``.
- Decimal-number strings are marked ``x-whitebit-decimal``; in answers they carry
  ``pattern: DECIMAL_PATTERN`` (what ``decimal_from_json`` of the models accepts).
- The client keeps a code it does not know (an enum member ``UNKNOWN_<value>``), so an answer
  field's ``enum`` becomes ``x-extensible-enum`` (the known values, as documentation) and any
  value of the field's type conforms; the codes the settings name get ``x-extensible-enum``
  too. Requests keep ``enum``: WhiteBIT refuses a value it does not know.
- A 400 or 422 documented without a body gets the spec's ``Error`` schema: WhiteBIT answers
  field errors in its error shape whatever the operation documents.
- ``request``/``nonce``/``nonceWindow`` stay: the checker and Prism see requests as sent.

Generic over operations, like the overlay; the vendored file itself is never changed.
"""

from __future__ import annotations

from typing import Any

from whitebit_auth.spec import follow, operations

from .overlay import client_rules, enum_target
from .rules import survey_spec
from .settings import Settings

EXTENSIBLE_ENUM = "x-extensible-enum"
ERROR_SCHEMA = "#/components/schemas/Error"
SHAPED_ERRORS = ("400", "422")


def open_answer_enums(spec: dict[str, Any], vendored: dict[str, Any], settings: Settings) -> None:
    """An answer's enum lists the values known today; others conform too."""
    survey = survey_spec(vendored)
    for where, schema in survey.schemas.items():
        if survey.roles[where] == {"response"} and "enum" in schema:
            target = follow(spec, "#" + where)
            target[EXTENSIBLE_ENUM] = target.pop("enum")
    for where, names in settings.enums.items():
        target = enum_target(spec, where)
        if target is not None and "enum" not in target:
            target[EXTENSIBLE_ENUM] = sorted(names)


def shape_bodyless_errors(spec: dict[str, Any]) -> None:
    """A field-error status documented without a body is answered in the error shape."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    if "Error" not in schemas:
        return
    for _path, _method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            bodyless = isinstance(response, dict) and not response.get("content")
            if str(status) in SHAPED_ERRORS and bodyless and "$ref" not in response:
                response["content"] = {"application/json": {"schema": {"$ref": ERROR_SCHEMA}}}


def shipped_spec(vendored: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The spec users test against. ``vendored`` itself is not changed."""
    spec = client_rules(vendored, settings)
    open_answer_enums(spec, vendored, settings)
    shape_bodyless_errors(spec)
    return spec
