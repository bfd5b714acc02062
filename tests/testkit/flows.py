"""Where each operation's documented flow starts: shared by the example and the fault tests."""

from __future__ import annotations

from whitebit_sandbox import SpecIndex

from testkit.spec_walk import spec_operations

OPERATIONS = {op.operation_id: op for op in spec_operations()}
SPEC = SpecIndex()  # one spec for the many sandboxes below: each has its own state

# Operations whose documented flow starts with another one: it runs first, with its example.
AFTER = {
    "withdrawFromFlexInvestment": "createFlexInvestment",
    "closeFlexInvestment": "createFlexInvestment",
    "updateFlexAutoReinvestment": "createFlexInvestment",
    "deleteSubAccountApiKeyIpAddress": "createSubAccountApiKeyIpAddress",
}
# Examples no flow can make work, and why.
UNREACHABLE = {
    "getUserFlexInvestments": "filters by investment 'invest_id_123', an id no flow produces",
    "getFlexInvestmentHistory": "filters by investment 'inv_123' and transaction 'tx_456'",
    "getFlexPaymentHistory": "filters by investment 'inv_123', an id no flow produces",
}
