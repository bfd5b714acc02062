"""The store of several machines: Redis (or Valkey), through redis-py (the ``redis`` extra).

Each decision is one round trip: a Lua script the server runs atomically (``register_script``:
``EVALSHA``, loaded again by redis-py if the server forgot it).

- ``take``: each window is a Redis list of its last ``limit`` starts; the script reads the last
  start and the ``limit``-th last of every window, picks the start, appends it to all of them
  and trims them, in one step. With ``clock="server"`` (the default) the start is chosen on the
  Redis server's clock (``TIME``) and handed back in the caller's: machines whose clocks
  differ still space their requests as one.
- ``next_nonce``: ``max(floor, last + 1)``; a floor of None is the server's ``TIME`` in ms.
- ``advance``, ``add`` (a set), ``get``/``put`` (a string).

Why not the ``limits`` package or pyrate-limiter: both answer "may one more request go now?"
for one limit at a time (a hit is counted, or refused). The client's limiter plans before it
signs: it must reserve, in one atomic step, the earliest start that every window of a request
(its endpoint's and its scope's) allows, and learn when that is, so that it waits once and
never holds one window's place while being refused by another. Neither library reserves a
future start, nor several windows at once; asking them window by window would take a round
trip each and could leave a hit counted in one window for a request another refused. The
script is 40 lines of list operations, tested against a real server.

Unreachable Redis (``when_unreachable``):

- ``"refuse"`` (the default): every decision raises ``TransportError`` with ``sent=False``
  naming the store: no request is sent, so no money move goes twice and none goes beyond the
  budget. The caller may retry once Redis answers again.
- ``"local"``: ``take`` and ``next_nonce`` fall back to this process's memory, the windows'
  limits multiplied by ``local_share`` (say 1 / the number of processes that share the
  budget), nonces from this machine's clock; ``advance``, ``add``, ``get`` and ``put`` still
  refuse (a webhook nonce or a reconciler's cursor decided by one worker alone could let a
  replay through). Without nonceWindow two machines' nonces may then collide: WhiteBIT refuses
  the second (nothing executes twice).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._errors import ConfigurationError, TransportError
from ._base import Window
from ._memory import MemoryStore

if TYPE_CHECKING:
    import redis

WhenUnreachable = Literal["refuse", "local"]
Clock = Literal["server", "caller"]

# Integers compared as decimal strings: exact beyond Lua's 2^53 (a webhook nonce may be large).
_COMPARE = """
local function cmp(a, b)
  local na, nb = string.sub(a, 1, 1) == '-', string.sub(b, 1, 1) == '-'
  if na ~= nb then if na then return -1 else return 1 end end
  local r
  if #a ~= #b then
    if #a < #b then r = -1 else r = 1 end
  elseif a == b then
    return 0
  elseif a < b then
    r = -1
  else
    r = 1
  end
  if na then return -r end
  return r
end
"""

_ADVANCE = (
    _COMPARE
    + """
local last = redis.call('GET', KEYS[1])
if last and cmp(ARGV[1], last) <= 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""
)

_NOW = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
"""

_NEXT_NONCE = (
    _NOW
    + """
local floor
if ARGV[1] == '' then floor = now_ms() else floor = tonumber(ARGV[1]) end
local value = floor
local last = redis.call('GET', KEYS[1])
if last then value = math.max(floor, tonumber(last) + 1) end
redis.call('SET', KEYS[1], string.format('%.0f', value))
return string.format('%.0f', value)
"""
)

# KEYS: the windows' lists. ARGV: the caller's now, 'server' or 'caller', then limit and span
# of each window. Starts are kept in the frame of the clock chosen; the answer is in the
# caller's.
_TAKE = (
    _NOW
    + """
local caller_now = tonumber(ARGV[1])
local now = caller_now
if ARGV[2] == 'server' then now = now_ms() end
local start = now
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + 2 * i])
  local span = tonumber(ARGV[2 + 2 * i])
  local n = redis.call('LLEN', key)
  if n > 0 then
    start = math.max(start, tonumber(redis.call('LINDEX', key, -1)))
    if n >= limit then
      start = math.max(start, tonumber(redis.call('LINDEX', key, -limit)) + span)
    end
  end
end
local text = string.format('%.0f', start)
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + 2 * i])
  local span = tonumber(ARGV[2 + 2 * i])
  redis.call('RPUSH', key, text)
  redis.call('LTRIM', key, -limit, -1)
  redis.call('PEXPIRE', key, math.floor(start - now + span + 1000))
end
return string.format('%.0f', start - now + caller_now)
"""
)

_TIME = _NOW + "\nreturn string.format('%.0f', now_ms())\n"

# redis://user:password@host: the password (and a password given as a query) never shown.
_PASSWORD = re.compile(r"(?<=://)([^@/]*)@")
_QUERY_PASSWORD = re.compile(r"(?i)(password=)[^&]*")


def mask_url(url: str) -> str:
    """The URL with its password (if any) replaced by ``***``."""

    def hide(match: re.Match[str]) -> str:
        user, _, _ = match.group(1).partition(":")
        return f"{user}:***@" if ":" in match.group(1) else "***@"

    return _QUERY_PASSWORD.sub(r"\1***", _PASSWORD.sub(hide, url, count=1))


class RedisStore:
    """``RedisStore("redis://redis.internal:6379/0")``, or ``RedisStore(client=redis.Redis(...))``.

    ``prefix`` starts every key this store writes (several applications may share a server).
    ``timeout_s`` bounds a decision's connect and reply: a decision that cannot be made in time
    counts as Redis unreachable. ``when_unreachable`` and ``local_share``: see the module.
    ``clock``: ``"server"`` chooses rate-limit starts on the Redis server's clock (machines'
    clocks may differ); ``"caller"`` on the ``now_ms`` passed (as the other stores do).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        prefix: str = "whitebit:",
        timeout_s: float = 2.0,
        when_unreachable: WhenUnreachable = "refuse",
        local_share: float = 1.0,
        clock: Clock = "server",
    ) -> None:
        try:
            import redis
        except ImportError:
            raise ConfigurationError(
                "RedisStore needs redis-py: pip install 'whitebit-client[redis]'"
            ) from None
        if (url is None) == (client is None):
            raise ConfigurationError("RedisStore takes a url or a client (one of them)")
        if when_unreachable not in ("refuse", "local"):
            raise ConfigurationError(
                f"when_unreachable must be 'refuse' or 'local', got {when_unreachable!r}"
            )
        if clock not in ("server", "caller"):
            raise ConfigurationError(f"clock must be 'server' or 'caller', got {clock!r}")
        if not 0 < local_share <= 1:
            raise ConfigurationError(f"local_share must be in (0, 1], got {local_share!r}")
        if client is None:
            assert url is not None
            self._where = mask_url(url)
            client = redis.Redis.from_url(
                url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
            )
        else:
            kwargs = client.connection_pool.connection_kwargs
            host = kwargs.get("host") or kwargs.get("path") or "?"
            port = kwargs.get("port")
            self._where = f"{host}:{port}/{kwargs.get('db', 0)}" if port else str(host)
        self._redis = client
        self._errors: tuple[type[BaseException], ...] = (
            redis.ConnectionError,
            redis.TimeoutError,
            redis.BusyLoadingError,
            OSError,
        )
        self.prefix = prefix
        self.when_unreachable: WhenUnreachable = when_unreachable
        self.local_share = local_share
        self.clock: Clock = clock
        self._local = MemoryStore()
        self._advance = client.register_script(_ADVANCE)
        self._next_nonce = client.register_script(_NEXT_NONCE)
        self._take = client.register_script(_TAKE)
        self._time = client.register_script(_TIME)

    # -- how a failure is told -----------------------------------------------------------------
    def _unreachable(self, error: BaseException) -> TransportError:
        return TransportError(
            f"Redis unreachable ({type(error).__name__}); nothing was sent",
            path=repr(self),
            sent=False,
        )

    def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return script(keys=keys, args=args)
        except self._errors as error:
            raise self._unreachable(error) from None

    def _call(self, name: str, *args: Any) -> Any:
        try:
            return getattr(self._redis, name)(*args)
        except self._errors as error:
            raise self._unreachable(error) from None

    # -- the protocol --------------------------------------------------------------------------
    def advance(self, key: str, value: int) -> bool:
        return bool(self._run(self._advance, [self.prefix + "last:" + key], [str(int(value))]))

    def add(self, key: str, member: str) -> bool:
        return bool(self._call("sadd", self.prefix + "set:" + key, member))

    def get(self, key: str) -> str | None:
        value = self._call("get", self.prefix + "val:" + key)
        if value is None:
            return None
        return value.decode() if isinstance(value, bytes) else str(value)

    def put(self, key: str, value: str) -> None:
        self._call("set", self.prefix + "val:" + key, value)

    def take(self, windows: Sequence[Window], now_ms: int) -> int:
        keys = [self.prefix + "win:" + w.key for w in windows]
        args: list[Any] = [str(int(now_ms)), self.clock]
        for window in windows:
            args += [int(window.limit), int(window.span_ms)]
        try:
            return int(self._take(keys=keys, args=args))
        except self._errors as error:
            if self.when_unreachable == "refuse":
                raise self._unreachable(error) from None
        share = self.local_share
        local = [w._replace(limit=max(1, math.floor(w.limit * share))) for w in windows]
        return self._local.take(local, now_ms)

    def next_nonce(self, key: str, floor_ms: int | None) -> int:
        floor = "" if floor_ms is None else str(int(floor_ms))
        try:
            return int(self._next_nonce(keys=[self.prefix + "last:" + key], args=[floor]))
        except self._errors as error:
            if self.when_unreachable == "refuse":
                raise self._unreachable(error) from None
        return self._local.next_nonce(key, floor_ms)

    def now_ms(self) -> int:
        """The Redis server's clock, in ms since the epoch (one round trip)."""
        return int(self._run(self._time, [], []))

    def close(self) -> None:
        self._redis.close()

    def __repr__(self) -> str:
        return f"RedisStore({self._where!r})"
