"""The sandbox's domain: accounts, one ledger, and the areas that move money through it.

Pure and in memory: no HTTP, no JSON. Amounts are ``Decimal``; a refusal is a ``Refusal``
carrying WhiteBIT's code, message and field errors. The routes (``whitebit_sandbox.routes``)
turn requests into calls here and results into answers.
"""
