"""Contains all the data models used in inputs/outputs

Each model is imported on first use: importing one module of the package does not import all
of them (type checkers and IDEs see every name through the TYPE_CHECKING block).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .apply_code_body import ApplyCodeBody
    from .apply_code_response_201 import ApplyCodeResponse201
    from .block_sub_account_body import BlockSubAccountBody
    from .block_sub_account_response_200 import BlockSubAccountResponse200
    from .close_fixed_investment_body import CloseFixedInvestmentBody
    from .close_fixed_investment_response_200 import CloseFixedInvestmentResponse200
    from .close_flex_investment_body import CloseFlexInvestmentBody
    from .code_history import CodeHistory
    from .code_info import CodeInfo
    from .confirm_sub_account_withdrawal_body import ConfirmSubAccountWithdrawalBody
    from .confirm_sub_account_withdrawal_response_200 import (
        ConfirmSubAccountWithdrawalResponse200,
    )
    from .confirm_sub_account_withdrawal_response_400 import (
        ConfirmSubAccountWithdrawalResponse400,
    )
    from .confirm_sub_account_withdrawal_response_401 import (
        ConfirmSubAccountWithdrawalResponse401,
    )
    from .confirm_sub_account_withdrawal_response_422 import (
        ConfirmSubAccountWithdrawalResponse422,
    )
    from .create_code_body import CreateCodeBody
    from .create_code_response_201 import CreateCodeResponse201
    from .create_express_withdraw_token_body import CreateExpressWithdrawTokenBody
    from .create_express_withdraw_token_response_201 import (
        CreateExpressWithdrawTokenResponse201,
    )
    from .create_fixed_investment_body import CreateFixedInvestmentBody
    from .create_fixed_investment_response_201 import CreateFixedInvestmentResponse201
    from .create_flex_investment_body import CreateFlexInvestmentBody
    from .create_mining_account_body import CreateMiningAccountBody
    from .create_mining_account_response_200 import CreateMiningAccountResponse200
    from .create_mining_account_response_200_data import (
        CreateMiningAccountResponse200Data,
    )
    from .create_mining_account_response_400 import CreateMiningAccountResponse400
    from .create_mining_account_response_400_errors import (
        CreateMiningAccountResponse400Errors,
    )
    from .create_mining_watcher_link_body import CreateMiningWatcherLinkBody
    from .create_mining_watcher_link_body_live_until import (
        CreateMiningWatcherLinkBodyLiveUntil,
    )
    from .create_mining_watcher_link_body_permissions_item import (
        CreateMiningWatcherLinkBodyPermissionsItem,
    )
    from .create_mining_watcher_link_response_201 import (
        CreateMiningWatcherLinkResponse201,
    )
    from .create_mining_watcher_link_response_201_data import (
        CreateMiningWatcherLinkResponse201Data,
    )
    from .create_mining_watcher_link_response_400 import (
        CreateMiningWatcherLinkResponse400,
    )
    from .create_mining_watcher_link_response_400_errors import (
        CreateMiningWatcherLinkResponse400Errors,
    )
    from .create_new_address_body import CreateNewAddressBody
    from .create_new_address_body_type import CreateNewAddressBodyType
    from .create_new_address_response_201 import CreateNewAddressResponse201
    from .create_new_address_response_201_account import (
        CreateNewAddressResponse201Account,
    )
    from .create_new_address_response_201_required import (
        CreateNewAddressResponse201Required,
    )
    from .create_new_address_response_201_required_flex_fee import (
        CreateNewAddressResponse201RequiredFlexFee,
    )
    from .create_sub_account_api_key_body import CreateSubAccountApiKeyBody
    from .create_sub_account_api_key_body_type import CreateSubAccountApiKeyBodyType
    from .create_sub_account_api_key_ip_address_body import (
        CreateSubAccountApiKeyIpAddressBody,
    )
    from .create_sub_account_api_key_ip_address_response_201 import (
        CreateSubAccountApiKeyIpAddressResponse201,
    )
    from .create_sub_account_body import CreateSubAccountBody
    from .create_sub_account_body_permissions import CreateSubAccountBodyPermissions
    from .create_withdraw_body import CreateWithdrawBody
    from .create_withdraw_body_beneficiary import CreateWithdrawBodyBeneficiary
    from .create_withdraw_body_beneficiary_address import (
        CreateWithdrawBodyBeneficiaryAddress,
    )
    from .create_withdraw_body_beneficiary_bank import CreateWithdrawBodyBeneficiaryBank
    from .create_withdraw_body_beneficiary_card import CreateWithdrawBodyBeneficiaryCard
    from .create_withdraw_body_travel_rule import CreateWithdrawBodyTravelRule
    from .create_withdraw_body_travel_rule_beneficiary import (
        CreateWithdrawBodyTravelRuleBeneficiary,
    )
    from .create_withdraw_body_travel_rule_beneficiary_address import (
        CreateWithdrawBodyTravelRuleBeneficiaryAddress,
    )
    from .create_withdraw_body_travel_rule_beneficiary_type import (
        CreateWithdrawBodyTravelRuleBeneficiaryType,
    )
    from .create_withdraw_body_travel_rule_vasp_data import (
        CreateWithdrawBodyTravelRuleVaspData,
    )
    from .create_withdraw_body_travel_rule_wallet_type import (
        CreateWithdrawBodyTravelRuleWalletType,
    )
    from .credit_line import CreditLine
    from .delete_sub_account_api_key_body import DeleteSubAccountApiKeyBody
    from .delete_sub_account_api_key_ip_address_body import (
        DeleteSubAccountApiKeyIpAddressBody,
    )
    from .delete_sub_account_api_key_ip_address_response_200 import (
        DeleteSubAccountApiKeyIpAddressResponse200,
    )
    from .delete_sub_account_api_key_response_200 import (
        DeleteSubAccountApiKeyResponse200,
    )
    from .delete_sub_account_body import DeleteSubAccountBody
    from .delete_sub_account_response_200 import DeleteSubAccountResponse200
    from .edit_sub_account_api_key_body import EditSubAccountApiKeyBody
    from .edit_sub_account_api_key_body_urls_item import (
        EditSubAccountApiKeyBodyUrlsItem,
    )
    from .edit_sub_account_api_key_response_200 import EditSubAccountApiKeyResponse200
    from .edit_sub_account_body import EditSubAccountBody
    from .edit_sub_account_body_permissions import EditSubAccountBodyPermissions
    from .edit_sub_account_response_200 import EditSubAccountResponse200
    from .error import Error
    from .error_inner import ErrorInner
    from .fee_info import FeeInfo
    from .fee_info_deposit import FeeInfoDeposit
    from .fee_info_withdraw import FeeInfoWithdraw
    from .field_errors import FieldErrors
    from .fixed_investment_status import FixedInvestmentStatus
    from .fixed_plan import FixedPlan
    from .fixed_plan_status import FixedPlanStatus
    from .flex_auto_reinvestment_updated import FlexAutoReinvestmentUpdated
    from .flex_closure import FlexClosure
    from .flex_closure_transaction import FlexClosureTransaction
    from .flex_investment import FlexInvestment
    from .flex_investment_created import FlexInvestmentCreated
    from .flex_investment_history import FlexInvestmentHistory
    from .flex_investment_history_action_type import FlexInvestmentHistoryActionType
    from .flex_investment_history_page import FlexInvestmentHistoryPage
    from .flex_investment_status import FlexInvestmentStatus
    from .flex_investments_page import FlexInvestmentsPage
    from .flex_payment_history_page import FlexPaymentHistoryPage
    from .flex_plan import FlexPlan
    from .flex_transaction import FlexTransaction
    from .flex_withdrawal import FlexWithdrawal
    from .flex_withdrawal_transaction import FlexWithdrawalTransaction
    from .get_codes_history_body import GetCodesHistoryBody
    from .get_codes_history_response_201 import GetCodesHistoryResponse201
    from .get_credit_line_info_body import GetCreditLineInfoBody
    from .get_credit_line_info_response_400 import GetCreditLineInfoResponse400
    from .get_credit_line_info_response_404 import GetCreditLineInfoResponse404
    from .get_deposit_address_body import GetDepositAddressBody
    from .get_deposit_address_response_200 import GetDepositAddressResponse200
    from .get_deposit_address_response_200_account import (
        GetDepositAddressResponse200Account,
    )
    from .get_deposit_address_response_200_required import (
        GetDepositAddressResponse200Required,
    )
    from .get_deposit_address_response_200_required_flex_fee import (
        GetDepositAddressResponse200RequiredFlexFee,
    )
    from .get_deposit_withdraw_history_body import GetDepositWithdrawHistoryBody
    from .get_deposit_withdraw_history_body_transaction_method import (
        GetDepositWithdrawHistoryBodyTransactionMethod,
    )
    from .get_deposit_withdraw_history_response_201 import (
        GetDepositWithdrawHistoryResponse201,
    )
    from .get_fees_body import GetFeesBody
    from .get_fiat_deposit_url_body import GetFiatDepositUrlBody
    from .get_fiat_deposit_url_body_customer import GetFiatDepositUrlBodyCustomer
    from .get_fiat_deposit_url_body_customer_address import (
        GetFiatDepositUrlBodyCustomerAddress,
    )
    from .get_fiat_deposit_url_response_200 import GetFiatDepositUrlResponse200
    from .get_fixed_investments_history_body import GetFixedInvestmentsHistoryBody
    from .get_fixed_investments_history_body_status import (
        GetFixedInvestmentsHistoryBodyStatus,
    )
    from .get_fixed_investments_history_response_200 import (
        GetFixedInvestmentsHistoryResponse200,
    )
    from .get_fixed_plans_body import GetFixedPlansBody
    from .get_flex_investment_history_body import GetFlexInvestmentHistoryBody
    from .get_flex_payment_history_body import GetFlexPaymentHistoryBody
    from .get_flex_plans_body import GetFlexPlansBody
    from .get_interest_payment_history_body import GetInterestPaymentHistoryBody
    from .get_interest_payment_history_response_200 import (
        GetInterestPaymentHistoryResponse200,
    )
    from .get_main_balance_body import GetMainBalanceBody
    from .get_main_balance_response_200 import GetMainBalanceResponse200
    from .get_main_balance_response_200_additional_property import (
        GetMainBalanceResponse200AdditionalProperty,
    )
    from .get_mining_accounts_body import GetMiningAccountsBody
    from .get_mining_accounts_response_200 import GetMiningAccountsResponse200
    from .get_mining_accounts_response_200_data_item import (
        GetMiningAccountsResponse200DataItem,
    )
    from .get_mining_accounts_response_400 import GetMiningAccountsResponse400
    from .get_mining_accounts_response_400_errors import (
        GetMiningAccountsResponse400Errors,
    )
    from .get_mining_hashrate_body import GetMiningHashrateBody
    from .get_mining_hashrate_body_interval import GetMiningHashrateBodyInterval
    from .get_mining_hashrate_response_200 import GetMiningHashrateResponse200
    from .get_mining_hashrate_response_200_data import GetMiningHashrateResponse200Data
    from .get_mining_hashrate_response_200_data_hashrate_item import (
        GetMiningHashrateResponse200DataHashrateItem,
    )
    from .get_mining_hashrate_response_400 import GetMiningHashrateResponse400
    from .get_mining_hashrate_response_400_errors import (
        GetMiningHashrateResponse400Errors,
    )
    from .get_mining_hashrate_response_422 import GetMiningHashrateResponse422
    from .get_mining_miner_info_body import GetMiningMinerInfoBody
    from .get_mining_miner_info_response_200 import GetMiningMinerInfoResponse200
    from .get_mining_miner_info_response_200_data import (
        GetMiningMinerInfoResponse200Data,
    )
    from .get_mining_miner_info_response_200_data_stratum_item import (
        GetMiningMinerInfoResponse200DataStratumItem,
    )
    from .get_mining_miner_info_response_200_data_workers import (
        GetMiningMinerInfoResponse200DataWorkers,
    )
    from .get_mining_miner_info_response_400 import GetMiningMinerInfoResponse400
    from .get_mining_miner_info_response_400_errors import (
        GetMiningMinerInfoResponse400Errors,
    )
    from .get_mining_payout_destination_body import GetMiningPayoutDestinationBody
    from .get_mining_payout_destination_response_200 import (
        GetMiningPayoutDestinationResponse200,
    )
    from .get_mining_payout_destination_response_200_payout_destination import (
        GetMiningPayoutDestinationResponse200PayoutDestination,
    )
    from .get_mining_payout_destination_response_400 import (
        GetMiningPayoutDestinationResponse400,
    )
    from .get_mining_payout_destination_response_400_errors import (
        GetMiningPayoutDestinationResponse400Errors,
    )
    from .get_mining_rewards_body import GetMiningRewardsBody
    from .get_mining_rewards_response_200 import GetMiningRewardsResponse200
    from .get_mining_rewards_response_400 import GetMiningRewardsResponse400
    from .get_mining_rewards_response_400_errors import (
        GetMiningRewardsResponse400Errors,
    )
    from .get_mining_rewards_response_422 import GetMiningRewardsResponse422
    from .get_mining_worker_hashrate_body import GetMiningWorkerHashrateBody
    from .get_mining_worker_hashrate_body_interval import (
        GetMiningWorkerHashrateBodyInterval,
    )
    from .get_mining_worker_hashrate_response_200 import (
        GetMiningWorkerHashrateResponse200,
    )
    from .get_mining_worker_hashrate_response_200_data import (
        GetMiningWorkerHashrateResponse200Data,
    )
    from .get_mining_worker_hashrate_response_200_data_hashrates_item import (
        GetMiningWorkerHashrateResponse200DataHashratesItem,
    )
    from .get_mining_worker_hashrate_response_400 import (
        GetMiningWorkerHashrateResponse400,
    )
    from .get_mining_worker_hashrate_response_400_errors import (
        GetMiningWorkerHashrateResponse400Errors,
    )
    from .get_mining_worker_names_body import GetMiningWorkerNamesBody
    from .get_mining_worker_names_response_200 import GetMiningWorkerNamesResponse200
    from .get_mining_worker_names_response_200_data import (
        GetMiningWorkerNamesResponse200Data,
    )
    from .get_mining_worker_names_response_400 import GetMiningWorkerNamesResponse400
    from .get_mining_worker_names_response_400_errors import (
        GetMiningWorkerNamesResponse400Errors,
    )
    from .get_my_codes_body import GetMyCodesBody
    from .get_my_codes_response_201 import GetMyCodesResponse201
    from .get_sub_account_balances_body import GetSubAccountBalancesBody
    from .get_sub_account_balances_response_200 import GetSubAccountBalancesResponse200
    from .get_sub_account_balances_response_200_additional_property_item import (
        GetSubAccountBalancesResponse200AdditionalPropertyItem,
    )
    from .get_sub_account_balances_response_422 import GetSubAccountBalancesResponse422
    from .get_sub_account_kyc_url_body import GetSubAccountKycUrlBody
    from .get_sub_account_kyc_url_response_200 import GetSubAccountKycUrlResponse200
    from .get_sub_account_kyc_url_response_401 import GetSubAccountKycUrlResponse401
    from .get_sub_account_kyc_url_response_404 import GetSubAccountKycUrlResponse404
    from .get_sub_account_transfer_history_body import GetSubAccountTransferHistoryBody
    from .get_sub_account_transfer_history_body_direction import (
        GetSubAccountTransferHistoryBodyDirection,
    )
    from .get_sub_account_transfer_history_response_200 import (
        GetSubAccountTransferHistoryResponse200,
    )
    from .get_travel_rule_vasps_body import GetTravelRuleVaspsBody
    from .get_travel_rule_vasps_response_200 import GetTravelRuleVaspsResponse200
    from .get_travel_rule_vasps_response_200_data import (
        GetTravelRuleVaspsResponse200Data,
    )
    from .get_travel_rule_vasps_response_200_data_vasps_item import (
        GetTravelRuleVaspsResponse200DataVaspsItem,
    )
    from .get_user_flex_investments_body import GetUserFlexInvestmentsBody
    from .get_web_socket_token_body import GetWebSocketTokenBody
    from .get_web_socket_token_response_200 import GetWebSocketTokenResponse200
    from .inner_field_errors import InnerFieldErrors
    from .interest_payment import InterestPayment
    from .investment import Investment
    from .investment_status import InvestmentStatus
    from .issue_card_token_body import IssueCardTokenBody
    from .issue_jwt_token_body import IssueJwtTokenBody
    from .issue_jwt_token_response_200 import IssueJwtTokenResponse200
    from .issue_jwt_token_response_200_data import IssueJwtTokenResponse200Data
    from .issue_jwt_token_response_400 import IssueJwtTokenResponse400
    from .issue_jwt_token_response_401 import IssueJwtTokenResponse401
    from .issue_jwt_token_response_500 import IssueJwtTokenResponse500
    from .list_mining_watcher_links_body import ListMiningWatcherLinksBody
    from .list_mining_watcher_links_response_200 import (
        ListMiningWatcherLinksResponse200,
    )
    from .list_mining_watcher_links_response_200_data_item import (
        ListMiningWatcherLinksResponse200DataItem,
    )
    from .list_mining_watcher_links_response_400 import (
        ListMiningWatcherLinksResponse400,
    )
    from .list_mining_watcher_links_response_400_errors import (
        ListMiningWatcherLinksResponse400Errors,
    )
    from .list_sub_account_api_key_ip_addresses_body import (
        ListSubAccountApiKeyIpAddressesBody,
    )
    from .list_sub_account_api_key_ip_addresses_response_200 import (
        ListSubAccountApiKeyIpAddressesResponse200,
    )
    from .list_sub_account_api_keys_body import ListSubAccountApiKeysBody
    from .list_sub_account_api_keys_response_200 import ListSubAccountApiKeysResponse200
    from .list_sub_accounts_body import ListSubAccountsBody
    from .list_sub_accounts_response_200 import ListSubAccountsResponse200
    from .list_unconfirmed_sub_account_withdrawals_body import (
        ListUnconfirmedSubAccountWithdrawalsBody,
    )
    from .list_unconfirmed_sub_account_withdrawals_response_200 import (
        ListUnconfirmedSubAccountWithdrawalsResponse200,
    )
    from .list_unconfirmed_sub_account_withdrawals_response_200_data_item import (
        ListUnconfirmedSubAccountWithdrawalsResponse200DataItem,
    )
    from .list_unconfirmed_sub_account_withdrawals_response_422 import (
        ListUnconfirmedSubAccountWithdrawalsResponse422,
    )
    from .list_unconfirmed_sub_account_withdrawals_response_422_errors import (
        ListUnconfirmedSubAccountWithdrawalsResponse422Errors,
    )
    from .mining_reward import MiningReward
    from .mining_reward_payout_destination import MiningRewardPayoutDestination
    from .mining_reward_status import MiningRewardStatus
    from .refund_deposit_body import RefundDepositBody
    from .refund_deposit_response_200 import RefundDepositResponse200
    from .reset_sub_account_api_key_body import ResetSubAccountApiKeyBody
    from .reset_sub_account_api_key_response_200 import ResetSubAccountApiKeyResponse200
    from .set_mining_payout_destination_body import SetMiningPayoutDestinationBody
    from .set_mining_payout_destination_body_destination import (
        SetMiningPayoutDestinationBodyDestination,
    )
    from .set_mining_payout_destination_response_200 import (
        SetMiningPayoutDestinationResponse200,
    )
    from .set_mining_payout_destination_response_200_payout_destination import (
        SetMiningPayoutDestinationResponse200PayoutDestination,
    )
    from .set_mining_payout_destination_response_400 import (
        SetMiningPayoutDestinationResponse400,
    )
    from .set_mining_payout_destination_response_400_errors import (
        SetMiningPayoutDestinationResponse400Errors,
    )
    from .sub_account import SubAccount
    from .sub_account_api_key import SubAccountApiKey
    from .sub_account_api_key_access_endpoints_item import (
        SubAccountApiKeyAccessEndpointsItem,
    )
    from .sub_account_api_key_list import SubAccountApiKeyList
    from .sub_account_api_key_list_access_endpoints_item import (
        SubAccountApiKeyListAccessEndpointsItem,
    )
    from .sub_account_api_key_type import SubAccountApiKeyType
    from .sub_account_kyc import SubAccountKyc
    from .sub_account_permissions import SubAccountPermissions
    from .sub_account_transfer import SubAccountTransfer
    from .sub_account_transfer_body import SubAccountTransferBody
    from .sub_account_transfer_body_direction import SubAccountTransferBodyDirection
    from .sub_account_transfer_response_200 import SubAccountTransferResponse200
    from .submit_travel_rule_deposit_verification_response_200 import (
        SubmitTravelRuleDepositVerificationResponse200,
    )
    from .submit_travel_rule_deposit_verification_response_200_data import (
        SubmitTravelRuleDepositVerificationResponse200Data,
    )
    from .transaction_history import TransactionHistory
    from .transaction_history_confirmations_type_0 import (
        TransactionHistoryConfirmationsType0,
    )
    from .transaction_history_details_type_0 import TransactionHistoryDetailsType0
    from .transaction_history_method import TransactionHistoryMethod
    from .transfer_between_balances_body import TransferBetweenBalancesBody
    from .transfer_between_balances_body_from import TransferBetweenBalancesBodyFrom
    from .transfer_between_balances_body_method import TransferBetweenBalancesBodyMethod
    from .transfer_between_balances_body_to import TransferBetweenBalancesBodyTo
    from .travel_rule_address import TravelRuleAddress
    from .travel_rule_beneficiary import TravelRuleBeneficiary
    from .travel_rule_beneficiary_type import TravelRuleBeneficiaryType
    from .travel_rule_deposit_verification_request import (
        TravelRuleDepositVerificationRequest,
    )
    from .travel_rule_deposit_verification_request_wallet_type import (
        TravelRuleDepositVerificationRequestWalletType,
    )
    from .travel_rule_originator import TravelRuleOriginator
    from .travel_rule_originator_type import TravelRuleOriginatorType
    from .travel_rule_vasp import TravelRuleVasp
    from .travel_rule_withdrawal import TravelRuleWithdrawal
    from .travel_rule_withdrawal_wallet_type import TravelRuleWithdrawalWalletType
    from .unblock_sub_account_body import UnblockSubAccountBody
    from .unblock_sub_account_response_200 import UnblockSubAccountResponse200
    from .update_flex_auto_reinvestment_body import UpdateFlexAutoReinvestmentBody
    from .withdraw_from_flex_investment_body import WithdrawFromFlexInvestmentBody
    from .withdraw_request import WithdrawRequest
    from .withdraw_request_beneficiary import WithdrawRequestBeneficiary
    from .withdraw_request_travel_rule import WithdrawRequestTravelRule

_MODULES = {
    "ApplyCodeBody": ".apply_code_body",
    "ApplyCodeResponse201": ".apply_code_response_201",
    "BlockSubAccountBody": ".block_sub_account_body",
    "BlockSubAccountResponse200": ".block_sub_account_response_200",
    "CloseFixedInvestmentBody": ".close_fixed_investment_body",
    "CloseFixedInvestmentResponse200": ".close_fixed_investment_response_200",
    "CloseFlexInvestmentBody": ".close_flex_investment_body",
    "CodeHistory": ".code_history",
    "CodeInfo": ".code_info",
    "ConfirmSubAccountWithdrawalBody": ".confirm_sub_account_withdrawal_body",
    "ConfirmSubAccountWithdrawalResponse200": ".confirm_sub_account_withdrawal_response_200",
    "ConfirmSubAccountWithdrawalResponse400": ".confirm_sub_account_withdrawal_response_400",
    "ConfirmSubAccountWithdrawalResponse401": ".confirm_sub_account_withdrawal_response_401",
    "ConfirmSubAccountWithdrawalResponse422": ".confirm_sub_account_withdrawal_response_422",
    "CreateCodeBody": ".create_code_body",
    "CreateCodeResponse201": ".create_code_response_201",
    "CreateExpressWithdrawTokenBody": ".create_express_withdraw_token_body",
    "CreateExpressWithdrawTokenResponse201": ".create_express_withdraw_token_response_201",
    "CreateFixedInvestmentBody": ".create_fixed_investment_body",
    "CreateFixedInvestmentResponse201": ".create_fixed_investment_response_201",
    "CreateFlexInvestmentBody": ".create_flex_investment_body",
    "CreateMiningAccountBody": ".create_mining_account_body",
    "CreateMiningAccountResponse200": ".create_mining_account_response_200",
    "CreateMiningAccountResponse200Data": ".create_mining_account_response_200_data",
    "CreateMiningAccountResponse400": ".create_mining_account_response_400",
    "CreateMiningAccountResponse400Errors": ".create_mining_account_response_400_errors",
    "CreateMiningWatcherLinkBody": ".create_mining_watcher_link_body",
    "CreateMiningWatcherLinkBodyLiveUntil": ".create_mining_watcher_link_body_live_until",
    "CreateMiningWatcherLinkBodyPermissionsItem": ".create_mining_watcher_link_body_permissions_item",
    "CreateMiningWatcherLinkResponse201": ".create_mining_watcher_link_response_201",
    "CreateMiningWatcherLinkResponse201Data": ".create_mining_watcher_link_response_201_data",
    "CreateMiningWatcherLinkResponse400": ".create_mining_watcher_link_response_400",
    "CreateMiningWatcherLinkResponse400Errors": ".create_mining_watcher_link_response_400_errors",
    "CreateNewAddressBody": ".create_new_address_body",
    "CreateNewAddressBodyType": ".create_new_address_body_type",
    "CreateNewAddressResponse201": ".create_new_address_response_201",
    "CreateNewAddressResponse201Account": ".create_new_address_response_201_account",
    "CreateNewAddressResponse201Required": ".create_new_address_response_201_required",
    "CreateNewAddressResponse201RequiredFlexFee": ".create_new_address_response_201_required_flex_fee",
    "CreateSubAccountApiKeyBody": ".create_sub_account_api_key_body",
    "CreateSubAccountApiKeyBodyType": ".create_sub_account_api_key_body_type",
    "CreateSubAccountApiKeyIpAddressBody": ".create_sub_account_api_key_ip_address_body",
    "CreateSubAccountApiKeyIpAddressResponse201": ".create_sub_account_api_key_ip_address_response_201",
    "CreateSubAccountBody": ".create_sub_account_body",
    "CreateSubAccountBodyPermissions": ".create_sub_account_body_permissions",
    "CreateWithdrawBody": ".create_withdraw_body",
    "CreateWithdrawBodyBeneficiary": ".create_withdraw_body_beneficiary",
    "CreateWithdrawBodyBeneficiaryAddress": ".create_withdraw_body_beneficiary_address",
    "CreateWithdrawBodyBeneficiaryBank": ".create_withdraw_body_beneficiary_bank",
    "CreateWithdrawBodyBeneficiaryCard": ".create_withdraw_body_beneficiary_card",
    "CreateWithdrawBodyTravelRule": ".create_withdraw_body_travel_rule",
    "CreateWithdrawBodyTravelRuleBeneficiary": ".create_withdraw_body_travel_rule_beneficiary",
    "CreateWithdrawBodyTravelRuleBeneficiaryAddress": ".create_withdraw_body_travel_rule_beneficiary_address",
    "CreateWithdrawBodyTravelRuleBeneficiaryType": ".create_withdraw_body_travel_rule_beneficiary_type",
    "CreateWithdrawBodyTravelRuleVaspData": ".create_withdraw_body_travel_rule_vasp_data",
    "CreateWithdrawBodyTravelRuleWalletType": ".create_withdraw_body_travel_rule_wallet_type",
    "CreditLine": ".credit_line",
    "DeleteSubAccountApiKeyBody": ".delete_sub_account_api_key_body",
    "DeleteSubAccountApiKeyIpAddressBody": ".delete_sub_account_api_key_ip_address_body",
    "DeleteSubAccountApiKeyIpAddressResponse200": ".delete_sub_account_api_key_ip_address_response_200",
    "DeleteSubAccountApiKeyResponse200": ".delete_sub_account_api_key_response_200",
    "DeleteSubAccountBody": ".delete_sub_account_body",
    "DeleteSubAccountResponse200": ".delete_sub_account_response_200",
    "EditSubAccountApiKeyBody": ".edit_sub_account_api_key_body",
    "EditSubAccountApiKeyBodyUrlsItem": ".edit_sub_account_api_key_body_urls_item",
    "EditSubAccountApiKeyResponse200": ".edit_sub_account_api_key_response_200",
    "EditSubAccountBody": ".edit_sub_account_body",
    "EditSubAccountBodyPermissions": ".edit_sub_account_body_permissions",
    "EditSubAccountResponse200": ".edit_sub_account_response_200",
    "Error": ".error",
    "ErrorInner": ".error_inner",
    "FeeInfo": ".fee_info",
    "FeeInfoDeposit": ".fee_info_deposit",
    "FeeInfoWithdraw": ".fee_info_withdraw",
    "FieldErrors": ".field_errors",
    "FixedInvestmentStatus": ".fixed_investment_status",
    "FixedPlan": ".fixed_plan",
    "FixedPlanStatus": ".fixed_plan_status",
    "FlexAutoReinvestmentUpdated": ".flex_auto_reinvestment_updated",
    "FlexClosure": ".flex_closure",
    "FlexClosureTransaction": ".flex_closure_transaction",
    "FlexInvestment": ".flex_investment",
    "FlexInvestmentCreated": ".flex_investment_created",
    "FlexInvestmentHistory": ".flex_investment_history",
    "FlexInvestmentHistoryActionType": ".flex_investment_history_action_type",
    "FlexInvestmentHistoryPage": ".flex_investment_history_page",
    "FlexInvestmentStatus": ".flex_investment_status",
    "FlexInvestmentsPage": ".flex_investments_page",
    "FlexPaymentHistoryPage": ".flex_payment_history_page",
    "FlexPlan": ".flex_plan",
    "FlexTransaction": ".flex_transaction",
    "FlexWithdrawal": ".flex_withdrawal",
    "FlexWithdrawalTransaction": ".flex_withdrawal_transaction",
    "GetCodesHistoryBody": ".get_codes_history_body",
    "GetCodesHistoryResponse201": ".get_codes_history_response_201",
    "GetCreditLineInfoBody": ".get_credit_line_info_body",
    "GetCreditLineInfoResponse400": ".get_credit_line_info_response_400",
    "GetCreditLineInfoResponse404": ".get_credit_line_info_response_404",
    "GetDepositAddressBody": ".get_deposit_address_body",
    "GetDepositAddressResponse200": ".get_deposit_address_response_200",
    "GetDepositAddressResponse200Account": ".get_deposit_address_response_200_account",
    "GetDepositAddressResponse200Required": ".get_deposit_address_response_200_required",
    "GetDepositAddressResponse200RequiredFlexFee": ".get_deposit_address_response_200_required_flex_fee",
    "GetDepositWithdrawHistoryBody": ".get_deposit_withdraw_history_body",
    "GetDepositWithdrawHistoryBodyTransactionMethod": ".get_deposit_withdraw_history_body_transaction_method",
    "GetDepositWithdrawHistoryResponse201": ".get_deposit_withdraw_history_response_201",
    "GetFeesBody": ".get_fees_body",
    "GetFiatDepositUrlBody": ".get_fiat_deposit_url_body",
    "GetFiatDepositUrlBodyCustomer": ".get_fiat_deposit_url_body_customer",
    "GetFiatDepositUrlBodyCustomerAddress": ".get_fiat_deposit_url_body_customer_address",
    "GetFiatDepositUrlResponse200": ".get_fiat_deposit_url_response_200",
    "GetFixedInvestmentsHistoryBody": ".get_fixed_investments_history_body",
    "GetFixedInvestmentsHistoryBodyStatus": ".get_fixed_investments_history_body_status",
    "GetFixedInvestmentsHistoryResponse200": ".get_fixed_investments_history_response_200",
    "GetFixedPlansBody": ".get_fixed_plans_body",
    "GetFlexInvestmentHistoryBody": ".get_flex_investment_history_body",
    "GetFlexPaymentHistoryBody": ".get_flex_payment_history_body",
    "GetFlexPlansBody": ".get_flex_plans_body",
    "GetInterestPaymentHistoryBody": ".get_interest_payment_history_body",
    "GetInterestPaymentHistoryResponse200": ".get_interest_payment_history_response_200",
    "GetMainBalanceBody": ".get_main_balance_body",
    "GetMainBalanceResponse200": ".get_main_balance_response_200",
    "GetMainBalanceResponse200AdditionalProperty": ".get_main_balance_response_200_additional_property",
    "GetMiningAccountsBody": ".get_mining_accounts_body",
    "GetMiningAccountsResponse200": ".get_mining_accounts_response_200",
    "GetMiningAccountsResponse200DataItem": ".get_mining_accounts_response_200_data_item",
    "GetMiningAccountsResponse400": ".get_mining_accounts_response_400",
    "GetMiningAccountsResponse400Errors": ".get_mining_accounts_response_400_errors",
    "GetMiningHashrateBody": ".get_mining_hashrate_body",
    "GetMiningHashrateBodyInterval": ".get_mining_hashrate_body_interval",
    "GetMiningHashrateResponse200": ".get_mining_hashrate_response_200",
    "GetMiningHashrateResponse200Data": ".get_mining_hashrate_response_200_data",
    "GetMiningHashrateResponse200DataHashrateItem": ".get_mining_hashrate_response_200_data_hashrate_item",
    "GetMiningHashrateResponse400": ".get_mining_hashrate_response_400",
    "GetMiningHashrateResponse400Errors": ".get_mining_hashrate_response_400_errors",
    "GetMiningHashrateResponse422": ".get_mining_hashrate_response_422",
    "GetMiningMinerInfoBody": ".get_mining_miner_info_body",
    "GetMiningMinerInfoResponse200": ".get_mining_miner_info_response_200",
    "GetMiningMinerInfoResponse200Data": ".get_mining_miner_info_response_200_data",
    "GetMiningMinerInfoResponse200DataStratumItem": ".get_mining_miner_info_response_200_data_stratum_item",
    "GetMiningMinerInfoResponse200DataWorkers": ".get_mining_miner_info_response_200_data_workers",
    "GetMiningMinerInfoResponse400": ".get_mining_miner_info_response_400",
    "GetMiningMinerInfoResponse400Errors": ".get_mining_miner_info_response_400_errors",
    "GetMiningPayoutDestinationBody": ".get_mining_payout_destination_body",
    "GetMiningPayoutDestinationResponse200": ".get_mining_payout_destination_response_200",
    "GetMiningPayoutDestinationResponse200PayoutDestination": ".get_mining_payout_destination_response_200_payout_destination",
    "GetMiningPayoutDestinationResponse400": ".get_mining_payout_destination_response_400",
    "GetMiningPayoutDestinationResponse400Errors": ".get_mining_payout_destination_response_400_errors",
    "GetMiningRewardsBody": ".get_mining_rewards_body",
    "GetMiningRewardsResponse200": ".get_mining_rewards_response_200",
    "GetMiningRewardsResponse400": ".get_mining_rewards_response_400",
    "GetMiningRewardsResponse400Errors": ".get_mining_rewards_response_400_errors",
    "GetMiningRewardsResponse422": ".get_mining_rewards_response_422",
    "GetMiningWorkerHashrateBody": ".get_mining_worker_hashrate_body",
    "GetMiningWorkerHashrateBodyInterval": ".get_mining_worker_hashrate_body_interval",
    "GetMiningWorkerHashrateResponse200": ".get_mining_worker_hashrate_response_200",
    "GetMiningWorkerHashrateResponse200Data": ".get_mining_worker_hashrate_response_200_data",
    "GetMiningWorkerHashrateResponse200DataHashratesItem": ".get_mining_worker_hashrate_response_200_data_hashrates_item",
    "GetMiningWorkerHashrateResponse400": ".get_mining_worker_hashrate_response_400",
    "GetMiningWorkerHashrateResponse400Errors": ".get_mining_worker_hashrate_response_400_errors",
    "GetMiningWorkerNamesBody": ".get_mining_worker_names_body",
    "GetMiningWorkerNamesResponse200": ".get_mining_worker_names_response_200",
    "GetMiningWorkerNamesResponse200Data": ".get_mining_worker_names_response_200_data",
    "GetMiningWorkerNamesResponse400": ".get_mining_worker_names_response_400",
    "GetMiningWorkerNamesResponse400Errors": ".get_mining_worker_names_response_400_errors",
    "GetMyCodesBody": ".get_my_codes_body",
    "GetMyCodesResponse201": ".get_my_codes_response_201",
    "GetSubAccountBalancesBody": ".get_sub_account_balances_body",
    "GetSubAccountBalancesResponse200": ".get_sub_account_balances_response_200",
    "GetSubAccountBalancesResponse200AdditionalPropertyItem": ".get_sub_account_balances_response_200_additional_property_item",
    "GetSubAccountBalancesResponse422": ".get_sub_account_balances_response_422",
    "GetSubAccountKycUrlBody": ".get_sub_account_kyc_url_body",
    "GetSubAccountKycUrlResponse200": ".get_sub_account_kyc_url_response_200",
    "GetSubAccountKycUrlResponse401": ".get_sub_account_kyc_url_response_401",
    "GetSubAccountKycUrlResponse404": ".get_sub_account_kyc_url_response_404",
    "GetSubAccountTransferHistoryBody": ".get_sub_account_transfer_history_body",
    "GetSubAccountTransferHistoryBodyDirection": ".get_sub_account_transfer_history_body_direction",
    "GetSubAccountTransferHistoryResponse200": ".get_sub_account_transfer_history_response_200",
    "GetTravelRuleVaspsBody": ".get_travel_rule_vasps_body",
    "GetTravelRuleVaspsResponse200": ".get_travel_rule_vasps_response_200",
    "GetTravelRuleVaspsResponse200Data": ".get_travel_rule_vasps_response_200_data",
    "GetTravelRuleVaspsResponse200DataVaspsItem": ".get_travel_rule_vasps_response_200_data_vasps_item",
    "GetUserFlexInvestmentsBody": ".get_user_flex_investments_body",
    "GetWebSocketTokenBody": ".get_web_socket_token_body",
    "GetWebSocketTokenResponse200": ".get_web_socket_token_response_200",
    "InnerFieldErrors": ".inner_field_errors",
    "InterestPayment": ".interest_payment",
    "Investment": ".investment",
    "InvestmentStatus": ".investment_status",
    "IssueCardTokenBody": ".issue_card_token_body",
    "IssueJwtTokenBody": ".issue_jwt_token_body",
    "IssueJwtTokenResponse200": ".issue_jwt_token_response_200",
    "IssueJwtTokenResponse200Data": ".issue_jwt_token_response_200_data",
    "IssueJwtTokenResponse400": ".issue_jwt_token_response_400",
    "IssueJwtTokenResponse401": ".issue_jwt_token_response_401",
    "IssueJwtTokenResponse500": ".issue_jwt_token_response_500",
    "ListMiningWatcherLinksBody": ".list_mining_watcher_links_body",
    "ListMiningWatcherLinksResponse200": ".list_mining_watcher_links_response_200",
    "ListMiningWatcherLinksResponse200DataItem": ".list_mining_watcher_links_response_200_data_item",
    "ListMiningWatcherLinksResponse400": ".list_mining_watcher_links_response_400",
    "ListMiningWatcherLinksResponse400Errors": ".list_mining_watcher_links_response_400_errors",
    "ListSubAccountApiKeyIpAddressesBody": ".list_sub_account_api_key_ip_addresses_body",
    "ListSubAccountApiKeyIpAddressesResponse200": ".list_sub_account_api_key_ip_addresses_response_200",
    "ListSubAccountApiKeysBody": ".list_sub_account_api_keys_body",
    "ListSubAccountApiKeysResponse200": ".list_sub_account_api_keys_response_200",
    "ListSubAccountsBody": ".list_sub_accounts_body",
    "ListSubAccountsResponse200": ".list_sub_accounts_response_200",
    "ListUnconfirmedSubAccountWithdrawalsBody": ".list_unconfirmed_sub_account_withdrawals_body",
    "ListUnconfirmedSubAccountWithdrawalsResponse200": ".list_unconfirmed_sub_account_withdrawals_response_200",
    "ListUnconfirmedSubAccountWithdrawalsResponse200DataItem": ".list_unconfirmed_sub_account_withdrawals_response_200_data_item",
    "ListUnconfirmedSubAccountWithdrawalsResponse422": ".list_unconfirmed_sub_account_withdrawals_response_422",
    "ListUnconfirmedSubAccountWithdrawalsResponse422Errors": ".list_unconfirmed_sub_account_withdrawals_response_422_errors",
    "MiningReward": ".mining_reward",
    "MiningRewardPayoutDestination": ".mining_reward_payout_destination",
    "MiningRewardStatus": ".mining_reward_status",
    "RefundDepositBody": ".refund_deposit_body",
    "RefundDepositResponse200": ".refund_deposit_response_200",
    "ResetSubAccountApiKeyBody": ".reset_sub_account_api_key_body",
    "ResetSubAccountApiKeyResponse200": ".reset_sub_account_api_key_response_200",
    "SetMiningPayoutDestinationBody": ".set_mining_payout_destination_body",
    "SetMiningPayoutDestinationBodyDestination": ".set_mining_payout_destination_body_destination",
    "SetMiningPayoutDestinationResponse200": ".set_mining_payout_destination_response_200",
    "SetMiningPayoutDestinationResponse200PayoutDestination": ".set_mining_payout_destination_response_200_payout_destination",
    "SetMiningPayoutDestinationResponse400": ".set_mining_payout_destination_response_400",
    "SetMiningPayoutDestinationResponse400Errors": ".set_mining_payout_destination_response_400_errors",
    "SubAccount": ".sub_account",
    "SubAccountApiKey": ".sub_account_api_key",
    "SubAccountApiKeyAccessEndpointsItem": ".sub_account_api_key_access_endpoints_item",
    "SubAccountApiKeyList": ".sub_account_api_key_list",
    "SubAccountApiKeyListAccessEndpointsItem": ".sub_account_api_key_list_access_endpoints_item",
    "SubAccountApiKeyType": ".sub_account_api_key_type",
    "SubAccountKyc": ".sub_account_kyc",
    "SubAccountPermissions": ".sub_account_permissions",
    "SubAccountTransfer": ".sub_account_transfer",
    "SubAccountTransferBody": ".sub_account_transfer_body",
    "SubAccountTransferBodyDirection": ".sub_account_transfer_body_direction",
    "SubAccountTransferResponse200": ".sub_account_transfer_response_200",
    "SubmitTravelRuleDepositVerificationResponse200": ".submit_travel_rule_deposit_verification_response_200",
    "SubmitTravelRuleDepositVerificationResponse200Data": ".submit_travel_rule_deposit_verification_response_200_data",
    "TransactionHistory": ".transaction_history",
    "TransactionHistoryConfirmationsType0": ".transaction_history_confirmations_type_0",
    "TransactionHistoryDetailsType0": ".transaction_history_details_type_0",
    "TransactionHistoryMethod": ".transaction_history_method",
    "TransferBetweenBalancesBody": ".transfer_between_balances_body",
    "TransferBetweenBalancesBodyFrom": ".transfer_between_balances_body_from",
    "TransferBetweenBalancesBodyMethod": ".transfer_between_balances_body_method",
    "TransferBetweenBalancesBodyTo": ".transfer_between_balances_body_to",
    "TravelRuleAddress": ".travel_rule_address",
    "TravelRuleBeneficiary": ".travel_rule_beneficiary",
    "TravelRuleBeneficiaryType": ".travel_rule_beneficiary_type",
    "TravelRuleDepositVerificationRequest": ".travel_rule_deposit_verification_request",
    "TravelRuleDepositVerificationRequestWalletType": ".travel_rule_deposit_verification_request_wallet_type",
    "TravelRuleOriginator": ".travel_rule_originator",
    "TravelRuleOriginatorType": ".travel_rule_originator_type",
    "TravelRuleVasp": ".travel_rule_vasp",
    "TravelRuleWithdrawal": ".travel_rule_withdrawal",
    "TravelRuleWithdrawalWalletType": ".travel_rule_withdrawal_wallet_type",
    "UnblockSubAccountBody": ".unblock_sub_account_body",
    "UnblockSubAccountResponse200": ".unblock_sub_account_response_200",
    "UpdateFlexAutoReinvestmentBody": ".update_flex_auto_reinvestment_body",
    "WithdrawFromFlexInvestmentBody": ".withdraw_from_flex_investment_body",
    "WithdrawRequest": ".withdraw_request",
    "WithdrawRequestBeneficiary": ".withdraw_request_beneficiary",
    "WithdrawRequestTravelRule": ".withdraw_request_travel_rule",
}

__all__ = (
    "ApplyCodeBody",
    "ApplyCodeResponse201",
    "BlockSubAccountBody",
    "BlockSubAccountResponse200",
    "CloseFixedInvestmentBody",
    "CloseFixedInvestmentResponse200",
    "CloseFlexInvestmentBody",
    "CodeHistory",
    "CodeInfo",
    "ConfirmSubAccountWithdrawalBody",
    "ConfirmSubAccountWithdrawalResponse200",
    "ConfirmSubAccountWithdrawalResponse400",
    "ConfirmSubAccountWithdrawalResponse401",
    "ConfirmSubAccountWithdrawalResponse422",
    "CreateCodeBody",
    "CreateCodeResponse201",
    "CreateExpressWithdrawTokenBody",
    "CreateExpressWithdrawTokenResponse201",
    "CreateFixedInvestmentBody",
    "CreateFixedInvestmentResponse201",
    "CreateFlexInvestmentBody",
    "CreateMiningAccountBody",
    "CreateMiningAccountResponse200",
    "CreateMiningAccountResponse200Data",
    "CreateMiningAccountResponse400",
    "CreateMiningAccountResponse400Errors",
    "CreateMiningWatcherLinkBody",
    "CreateMiningWatcherLinkBodyLiveUntil",
    "CreateMiningWatcherLinkBodyPermissionsItem",
    "CreateMiningWatcherLinkResponse201",
    "CreateMiningWatcherLinkResponse201Data",
    "CreateMiningWatcherLinkResponse400",
    "CreateMiningWatcherLinkResponse400Errors",
    "CreateNewAddressBody",
    "CreateNewAddressBodyType",
    "CreateNewAddressResponse201",
    "CreateNewAddressResponse201Account",
    "CreateNewAddressResponse201Required",
    "CreateNewAddressResponse201RequiredFlexFee",
    "CreateSubAccountApiKeyBody",
    "CreateSubAccountApiKeyBodyType",
    "CreateSubAccountApiKeyIpAddressBody",
    "CreateSubAccountApiKeyIpAddressResponse201",
    "CreateSubAccountBody",
    "CreateSubAccountBodyPermissions",
    "CreateWithdrawBody",
    "CreateWithdrawBodyBeneficiary",
    "CreateWithdrawBodyBeneficiaryAddress",
    "CreateWithdrawBodyBeneficiaryBank",
    "CreateWithdrawBodyBeneficiaryCard",
    "CreateWithdrawBodyTravelRule",
    "CreateWithdrawBodyTravelRuleBeneficiary",
    "CreateWithdrawBodyTravelRuleBeneficiaryAddress",
    "CreateWithdrawBodyTravelRuleBeneficiaryType",
    "CreateWithdrawBodyTravelRuleVaspData",
    "CreateWithdrawBodyTravelRuleWalletType",
    "CreditLine",
    "DeleteSubAccountApiKeyBody",
    "DeleteSubAccountApiKeyIpAddressBody",
    "DeleteSubAccountApiKeyIpAddressResponse200",
    "DeleteSubAccountApiKeyResponse200",
    "DeleteSubAccountBody",
    "DeleteSubAccountResponse200",
    "EditSubAccountApiKeyBody",
    "EditSubAccountApiKeyBodyUrlsItem",
    "EditSubAccountApiKeyResponse200",
    "EditSubAccountBody",
    "EditSubAccountBodyPermissions",
    "EditSubAccountResponse200",
    "Error",
    "ErrorInner",
    "FeeInfo",
    "FeeInfoDeposit",
    "FeeInfoWithdraw",
    "FieldErrors",
    "FixedInvestmentStatus",
    "FixedPlan",
    "FixedPlanStatus",
    "FlexAutoReinvestmentUpdated",
    "FlexClosure",
    "FlexClosureTransaction",
    "FlexInvestment",
    "FlexInvestmentCreated",
    "FlexInvestmentHistory",
    "FlexInvestmentHistoryActionType",
    "FlexInvestmentHistoryPage",
    "FlexInvestmentStatus",
    "FlexInvestmentsPage",
    "FlexPaymentHistoryPage",
    "FlexPlan",
    "FlexTransaction",
    "FlexWithdrawal",
    "FlexWithdrawalTransaction",
    "GetCodesHistoryBody",
    "GetCodesHistoryResponse201",
    "GetCreditLineInfoBody",
    "GetCreditLineInfoResponse400",
    "GetCreditLineInfoResponse404",
    "GetDepositAddressBody",
    "GetDepositAddressResponse200",
    "GetDepositAddressResponse200Account",
    "GetDepositAddressResponse200Required",
    "GetDepositAddressResponse200RequiredFlexFee",
    "GetDepositWithdrawHistoryBody",
    "GetDepositWithdrawHistoryBodyTransactionMethod",
    "GetDepositWithdrawHistoryResponse201",
    "GetFeesBody",
    "GetFiatDepositUrlBody",
    "GetFiatDepositUrlBodyCustomer",
    "GetFiatDepositUrlBodyCustomerAddress",
    "GetFiatDepositUrlResponse200",
    "GetFixedInvestmentsHistoryBody",
    "GetFixedInvestmentsHistoryBodyStatus",
    "GetFixedInvestmentsHistoryResponse200",
    "GetFixedPlansBody",
    "GetFlexInvestmentHistoryBody",
    "GetFlexPaymentHistoryBody",
    "GetFlexPlansBody",
    "GetInterestPaymentHistoryBody",
    "GetInterestPaymentHistoryResponse200",
    "GetMainBalanceBody",
    "GetMainBalanceResponse200",
    "GetMainBalanceResponse200AdditionalProperty",
    "GetMiningAccountsBody",
    "GetMiningAccountsResponse200",
    "GetMiningAccountsResponse200DataItem",
    "GetMiningAccountsResponse400",
    "GetMiningAccountsResponse400Errors",
    "GetMiningHashrateBody",
    "GetMiningHashrateBodyInterval",
    "GetMiningHashrateResponse200",
    "GetMiningHashrateResponse200Data",
    "GetMiningHashrateResponse200DataHashrateItem",
    "GetMiningHashrateResponse400",
    "GetMiningHashrateResponse400Errors",
    "GetMiningHashrateResponse422",
    "GetMiningMinerInfoBody",
    "GetMiningMinerInfoResponse200",
    "GetMiningMinerInfoResponse200Data",
    "GetMiningMinerInfoResponse200DataStratumItem",
    "GetMiningMinerInfoResponse200DataWorkers",
    "GetMiningMinerInfoResponse400",
    "GetMiningMinerInfoResponse400Errors",
    "GetMiningPayoutDestinationBody",
    "GetMiningPayoutDestinationResponse200",
    "GetMiningPayoutDestinationResponse200PayoutDestination",
    "GetMiningPayoutDestinationResponse400",
    "GetMiningPayoutDestinationResponse400Errors",
    "GetMiningRewardsBody",
    "GetMiningRewardsResponse200",
    "GetMiningRewardsResponse400",
    "GetMiningRewardsResponse400Errors",
    "GetMiningRewardsResponse422",
    "GetMiningWorkerHashrateBody",
    "GetMiningWorkerHashrateBodyInterval",
    "GetMiningWorkerHashrateResponse200",
    "GetMiningWorkerHashrateResponse200Data",
    "GetMiningWorkerHashrateResponse200DataHashratesItem",
    "GetMiningWorkerHashrateResponse400",
    "GetMiningWorkerHashrateResponse400Errors",
    "GetMiningWorkerNamesBody",
    "GetMiningWorkerNamesResponse200",
    "GetMiningWorkerNamesResponse200Data",
    "GetMiningWorkerNamesResponse400",
    "GetMiningWorkerNamesResponse400Errors",
    "GetMyCodesBody",
    "GetMyCodesResponse201",
    "GetSubAccountBalancesBody",
    "GetSubAccountBalancesResponse200",
    "GetSubAccountBalancesResponse200AdditionalPropertyItem",
    "GetSubAccountBalancesResponse422",
    "GetSubAccountKycUrlBody",
    "GetSubAccountKycUrlResponse200",
    "GetSubAccountKycUrlResponse401",
    "GetSubAccountKycUrlResponse404",
    "GetSubAccountTransferHistoryBody",
    "GetSubAccountTransferHistoryBodyDirection",
    "GetSubAccountTransferHistoryResponse200",
    "GetTravelRuleVaspsBody",
    "GetTravelRuleVaspsResponse200",
    "GetTravelRuleVaspsResponse200Data",
    "GetTravelRuleVaspsResponse200DataVaspsItem",
    "GetUserFlexInvestmentsBody",
    "GetWebSocketTokenBody",
    "GetWebSocketTokenResponse200",
    "InnerFieldErrors",
    "InterestPayment",
    "Investment",
    "InvestmentStatus",
    "IssueCardTokenBody",
    "IssueJwtTokenBody",
    "IssueJwtTokenResponse200",
    "IssueJwtTokenResponse200Data",
    "IssueJwtTokenResponse400",
    "IssueJwtTokenResponse401",
    "IssueJwtTokenResponse500",
    "ListMiningWatcherLinksBody",
    "ListMiningWatcherLinksResponse200",
    "ListMiningWatcherLinksResponse200DataItem",
    "ListMiningWatcherLinksResponse400",
    "ListMiningWatcherLinksResponse400Errors",
    "ListSubAccountApiKeyIpAddressesBody",
    "ListSubAccountApiKeyIpAddressesResponse200",
    "ListSubAccountApiKeysBody",
    "ListSubAccountApiKeysResponse200",
    "ListSubAccountsBody",
    "ListSubAccountsResponse200",
    "ListUnconfirmedSubAccountWithdrawalsBody",
    "ListUnconfirmedSubAccountWithdrawalsResponse200",
    "ListUnconfirmedSubAccountWithdrawalsResponse200DataItem",
    "ListUnconfirmedSubAccountWithdrawalsResponse422",
    "ListUnconfirmedSubAccountWithdrawalsResponse422Errors",
    "MiningReward",
    "MiningRewardPayoutDestination",
    "MiningRewardStatus",
    "RefundDepositBody",
    "RefundDepositResponse200",
    "ResetSubAccountApiKeyBody",
    "ResetSubAccountApiKeyResponse200",
    "SetMiningPayoutDestinationBody",
    "SetMiningPayoutDestinationBodyDestination",
    "SetMiningPayoutDestinationResponse200",
    "SetMiningPayoutDestinationResponse200PayoutDestination",
    "SetMiningPayoutDestinationResponse400",
    "SetMiningPayoutDestinationResponse400Errors",
    "SubAccount",
    "SubAccountApiKey",
    "SubAccountApiKeyAccessEndpointsItem",
    "SubAccountApiKeyList",
    "SubAccountApiKeyListAccessEndpointsItem",
    "SubAccountApiKeyType",
    "SubAccountKyc",
    "SubAccountPermissions",
    "SubAccountTransfer",
    "SubAccountTransferBody",
    "SubAccountTransferBodyDirection",
    "SubAccountTransferResponse200",
    "SubmitTravelRuleDepositVerificationResponse200",
    "SubmitTravelRuleDepositVerificationResponse200Data",
    "TransactionHistory",
    "TransactionHistoryConfirmationsType0",
    "TransactionHistoryDetailsType0",
    "TransactionHistoryMethod",
    "TransferBetweenBalancesBody",
    "TransferBetweenBalancesBodyFrom",
    "TransferBetweenBalancesBodyMethod",
    "TransferBetweenBalancesBodyTo",
    "TravelRuleAddress",
    "TravelRuleBeneficiary",
    "TravelRuleBeneficiaryType",
    "TravelRuleDepositVerificationRequest",
    "TravelRuleDepositVerificationRequestWalletType",
    "TravelRuleOriginator",
    "TravelRuleOriginatorType",
    "TravelRuleVasp",
    "TravelRuleWithdrawal",
    "TravelRuleWithdrawalWalletType",
    "UnblockSubAccountBody",
    "UnblockSubAccountResponse200",
    "UpdateFlexAutoReinvestmentBody",
    "WithdrawFromFlexInvestmentBody",
    "WithdrawRequest",
    "WithdrawRequestBeneficiary",
    "WithdrawRequestTravelRule",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
