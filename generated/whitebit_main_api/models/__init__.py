"""Contains all the data models used in inputs/outputs"""

from .create_flex_investment_body import CreateFlexInvestmentBody
from .error import Error
from .error_inner import ErrorInner
from .field_errors import FieldErrors
from .flex_investment import FlexInvestment
from .flex_investment_created import FlexInvestmentCreated
from .flex_investment_history import FlexInvestmentHistory
from .flex_investment_history_page import FlexInvestmentHistoryPage
from .flex_investments_page import FlexInvestmentsPage
from .flex_transaction import FlexTransaction
from .get_flex_investment_history_body import GetFlexInvestmentHistoryBody
from .get_user_flex_investments_body import GetUserFlexInvestmentsBody
from .inner_field_errors import InnerFieldErrors
from .investment_status import InvestmentStatus

__all__ = (
    "CreateFlexInvestmentBody",
    "Error",
    "ErrorInner",
    "FieldErrors",
    "FlexInvestment",
    "FlexInvestmentCreated",
    "FlexInvestmentHistory",
    "FlexInvestmentHistoryPage",
    "FlexInvestmentsPage",
    "FlexTransaction",
    "GetFlexInvestmentHistoryBody",
    "GetUserFlexInvestmentsBody",
    "InnerFieldErrors",
    "InvestmentStatus",
)
