"""Helpers the test modules share (clients wired to a sandbox, a signer and a verifier written
by hand from the facts, walks over the spec)."""
