"""Errors raised before anything is sent: wrong set-up or a body that cannot be signed."""

from __future__ import annotations


class WhiteBitError(Exception):
    """Base of every error this package raises."""


class CredentialsError(WhiteBitError, ValueError):
    """API key or secret missing or unusable."""


class InsecureTransportError(WhiteBitError, ValueError):
    """Credentials would travel over plain http to a host that is not loopback."""


class RequestBodyError(WhiteBitError, ValueError):
    """The request body cannot be signed (not a JSON object, or holds a field we own)."""
