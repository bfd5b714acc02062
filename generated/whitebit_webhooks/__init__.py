"""Typed WhiteBIT webhook events (generated from openapi/webhooks.yaml)."""
