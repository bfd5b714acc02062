"""A client library for accessing WhiteBIT Private HTTP API V4"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
