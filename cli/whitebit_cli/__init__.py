"""The ``whitebit`` command line: every operation of WhiteBIT's private API V4, from the spec.

Installed with the ``cli`` extra (``pip install 'whitebit-client[cli] @ <path or URL>'``,
README: Installing). A package of its own, beside ``whitebit_auth``: the client keeps httpx
and attrs as its only dependencies, and importing it never brings click or rich. Nothing is
imported here: ``whitebit --help`` has to start fast.
"""
