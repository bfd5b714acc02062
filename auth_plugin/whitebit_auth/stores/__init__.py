"""Where what several workers must agree on is kept: one store design for every such fact.

The last webhook nonce of a key, a reconciler's cursor and the ids it has seen, the rate-limit
windows of an egress address, the nonce of a key used from several machines: each is one
atomic decision per call, in every backend.

- ``MemoryStore``: one process (the default).
- ``FileStore``: one machine, forked or separately started processes alike (SQLite).
- ``RedisStore``: several machines (the ``redis`` extra).
- ``StoreNonce``: one API key's nonces kept in a store, for a key used from several processes
  or machines (``create_client(nonce_source=StoreNonce(store, api_key))``).
"""

from .._store_nonce import StoreNonce
from ._base import Store, Window
from ._file import FileStore
from ._memory import MemoryStore
from ._redis import RedisStore

__all__ = ["FileStore", "MemoryStore", "RedisStore", "Store", "StoreNonce", "Window"]
