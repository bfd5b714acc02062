"""Where what several workers must agree on is kept: one store design for every such fact.

The last webhook nonce of a key, a reconciler's cursor and the ids it has seen, the rate-limit
windows of an egress address, the nonce of a key used from several machines: each is one
atomic decision per call, in every backend.

- ``MemoryStore``: one process (the default).
- ``FileStore``: one machine, forked or separately started processes alike.
- ``RedisStore``: several machines (the ``redis`` extra).
"""

from ._base import Store, Window
from ._memory import MemoryStore

__all__ = ["MemoryStore", "Store", "Window"]
