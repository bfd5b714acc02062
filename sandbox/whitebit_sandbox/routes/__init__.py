"""The wire side of the stateful areas: a request's JSON in, a domain call, the answer's JSON out.

One module per area. ``ROUTES`` below is the one table from an operationId to the handler that
serves it: the app looks a request's operation up here and nowhere else. The domain never sees
JSON and these modules never see HTTP: the app validates the request against the spec first,
and turns a ``Refusal`` into WhiteBIT's error answer. An operation missing from the table is
answered by the spec tier (its documented example).
"""

from __future__ import annotations

from . import (
    codes,
    deposits,
    fixed,
    flex,
    main_account,
    sub_account_keys,
    sub_accounts,
    withdrawals,
)
from ._call import Call, Handler

ROUTES: dict[str, Handler] = {
    # main account
    "getMainBalance": main_account.main_balance,
    "getFees": main_account.fees,
    "transferBetweenBalances": main_account.transfer,
    "getDepositWithdrawHistory": main_account.history,
    # deposits
    "getDepositAddress": deposits.deposit_address,
    "createNewAddress": deposits.new_address,
    "refundDeposit": deposits.refund,
    "getFiatDepositUrl": deposits.fiat_deposit_url,
    # withdrawals
    "createWithdraw": withdrawals.withdraw,
    "createWithdrawPay": withdrawals.withdraw_pay,
    "createExpressWithdrawToken": withdrawals.express_token,
    "listUnconfirmedSubAccountWithdrawals": withdrawals.unconfirmed,
    "confirmSubAccountWithdrawal": withdrawals.confirm,
    # codes
    "createCode": codes.create,
    "applyCode": codes.apply,
    "getMyCodes": codes.mine,
    "getCodesHistory": codes.history,
    # flex
    "getFlexPlans": flex.plans,
    "getUserFlexInvestments": flex.investments,
    "getFlexInvestmentHistory": flex.history,
    "getFlexPaymentHistory": flex.payments,
    "createFlexInvestment": flex.invest,
    "withdrawFromFlexInvestment": flex.withdraw,
    "closeFlexInvestment": flex.close,
    "updateFlexAutoReinvestment": flex.auto_reinvest,
    # fixed
    "getFixedPlans": fixed.plans,
    "createFixedInvestment": fixed.invest,
    "closeFixedInvestment": fixed.close,
    "getFixedInvestmentsHistory": fixed.investments,
    "getInterestPaymentHistory": fixed.payments,
    # sub accounts
    "createSubAccount": sub_accounts.create,
    "listSubAccounts": sub_accounts.listing,
    "editSubAccount": sub_accounts.edit,
    "deleteSubAccount": sub_accounts.delete,
    "blockSubAccount": sub_accounts.block,
    "unblockSubAccount": sub_accounts.unblock,
    "subAccountTransfer": sub_accounts.transfer,
    "getSubAccountBalances": sub_accounts.balances,
    "getSubAccountTransferHistory": sub_accounts.transfers,
    "getSubAccountKycUrl": sub_accounts.kyc_url,
    # sub account keys
    "createSubAccountApiKey": sub_account_keys.create,
    "editSubAccountApiKey": sub_account_keys.edit,
    "deleteSubAccountApiKey": sub_account_keys.delete,
    "resetSubAccountApiKey": sub_account_keys.reset,
    "listSubAccountApiKeys": sub_account_keys.listing,
    "listSubAccountApiKeyIpAddresses": sub_account_keys.ips,
    "createSubAccountApiKeyIpAddress": sub_account_keys.add_ip,
    "deleteSubAccountApiKeyIpAddress": sub_account_keys.remove_ip,
}


def handlers() -> dict[str, Handler]:
    """Every stateful operation's handler, by operationId (a copy: callers may not change it)."""
    return dict(ROUTES)


__all__ = ["ROUTES", "Call", "Handler", "handlers"]
