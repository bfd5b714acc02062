"""Contains all the data models used in inputs/outputs"""

from .close_flex_investment_body import CloseFlexInvestmentBody
from .create_flex_investment_body import CreateFlexInvestmentBody
from .error import Error
from .error_inner import ErrorInner
from .field_errors import FieldErrors
from .flex_auto_reinvestment_updated import FlexAutoReinvestmentUpdated
from .flex_closure import FlexClosure
from .flex_closure_transaction import FlexClosureTransaction
from .flex_investment import FlexInvestment
from .flex_investment_created import FlexInvestmentCreated
from .flex_investment_history import FlexInvestmentHistory
from .flex_investment_history_page import FlexInvestmentHistoryPage
from .flex_investments_page import FlexInvestmentsPage
from .flex_payment_history_page import FlexPaymentHistoryPage
from .flex_plan import FlexPlan
from .flex_transaction import FlexTransaction
from .flex_withdrawal import FlexWithdrawal
from .flex_withdrawal_transaction import FlexWithdrawalTransaction
from .get_flex_investment_history_body import GetFlexInvestmentHistoryBody
from .get_flex_payment_history_body import GetFlexPaymentHistoryBody
from .get_flex_plans_body import GetFlexPlansBody
from .get_user_flex_investments_body import GetUserFlexInvestmentsBody
from .inner_field_errors import InnerFieldErrors
from .investment_status import InvestmentStatus
from .update_flex_auto_reinvestment_body import UpdateFlexAutoReinvestmentBody
from .withdraw_from_flex_investment_body import WithdrawFromFlexInvestmentBody

__all__ = (
    "CloseFlexInvestmentBody",
    "CreateFlexInvestmentBody",
    "Error",
    "ErrorInner",
    "FieldErrors",
    "FlexAutoReinvestmentUpdated",
    "FlexClosure",
    "FlexClosureTransaction",
    "FlexInvestment",
    "FlexInvestmentCreated",
    "FlexInvestmentHistory",
    "FlexInvestmentHistoryPage",
    "FlexInvestmentsPage",
    "FlexPaymentHistoryPage",
    "FlexPlan",
    "FlexTransaction",
    "FlexWithdrawal",
    "FlexWithdrawalTransaction",
    "GetFlexInvestmentHistoryBody",
    "GetFlexPaymentHistoryBody",
    "GetFlexPlansBody",
    "GetUserFlexInvestmentsBody",
    "InnerFieldErrors",
    "InvestmentStatus",
    "UpdateFlexAutoReinvestmentBody",
    "WithdrawFromFlexInvestmentBody",
)
