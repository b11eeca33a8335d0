"""Limits shared through Redis (`RELAY_REDIS_URL`): every worker and every relay instance enforces one limit.

Admission is one atomic Lua script, so one round trip per admitted call: it trims and checks the moving
one-minute windows (requests: a sorted set of call ids by time; tokens: a hash of per-second sums), the
key's leases (a sorted set of call ids by expiry) and the budget (the period's spend), and only when every
check passes takes the request and the lease. `settle()` is queued and written by a background task in one
pipeline for all calls that ended meanwhile (lease released, tokens and cost charged). A lease carries an
expiry (`RELAY_LIMITS_LEASE_TTL`) that the holding worker renews while the call lasts, so a crashed worker's
leases lapse on their own. The budget's spend is seeded from the ledger the first time a period is seen.

A background Response's usage (`Usage.usage_key`) may be seen finished by several calls on several relays; its
charges go through a small script in the same settle pipeline that first claims the key (SET NX, kept
CLAIM_SECONDS under the relay key's tag) and charges tokens and cost only when the claim is new — so each key's
limits are charged once per response, whichever worker or relay saw it first.

(`limits`, the usual library, checks one window per call; these four checks in one atomic round trip, and
leases, are beyond it — hence a small script of our own.)

Redis unreachable: `RELAY_LIMITS_ON_REDIS_ERROR` decides (default: refuse calls of keys with a budget, allow the
others), logged once per outage and counted; never a 500.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from datetime import UTC, datetime

from ..usage.records import CLAIM_SECONDS
from .base import UNAVAILABLE, WINDOW, Limiter, Refusal, period_start, reset_of_period

__all__ = ["LEASE_TTL", "RedisLimiter"]

log = logging.getLogger("relay")

LEASE_TTL = 60.0  # seconds a lease lives unless its worker renews it (default of RELAY_LIMITS_LEASE_TTL)

# KEYS: 1 requests zset, 2 tokens hash, 3 leases zset, 4 spend, 5 model requests zset, 6 model tokens hash
# ARGV: 1 now (ms), 2 rpm, 3 tpm, 4 max concurrent, 5 budget ("" = none), 6 member, 7 lease expiry (ms),
#       8 model rpm, 9 model tpm
_ADMIT = """
local now = tonumber(ARGV[1])
local window = 60000
local function requests(key, cap)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local n = redis.call('ZCARD', key)
  if n >= cap then
    local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    return {n, tonumber(first[2]) + window - now}
  end
  return nil
end
local function tokens(key, cap)
  local fields = redis.call('HGETALL', key)
  local edge = math.floor((now - window) / 1000)
  local sum, oldest = 0, nil
  for i = 1, #fields, 2 do
    local second = tonumber(fields[i])
    if second <= edge then
      redis.call('HDEL', key, fields[i])
    else
      sum = sum + tonumber(fields[i + 1])
      if oldest == nil or second < oldest then oldest = second end
    end
  end
  if sum >= cap then return {sum, (oldest + 60) * 1000 - now} end
  return nil
end
local rpm, tpm, conc = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local mrpm, mtpm = tonumber(ARGV[8]), tonumber(ARGV[9])
local over
if rpm > 0 then over = requests(KEYS[1], rpm) if over then return {'requests', rpm, over[1], over[2]} end end
if mrpm > 0 then over = requests(KEYS[5], mrpm) if over then return {'model_requests', mrpm, over[1], over[2]} end end
if tpm > 0 then over = tokens(KEYS[2], tpm) if over then return {'tokens', tpm, over[1], over[2]} end end
if mtpm > 0 then over = tokens(KEYS[6], mtpm) if over then return {'model_tokens', mtpm, over[1], over[2]} end end
if conc > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
  local n = redis.call('ZCARD', KEYS[3])
  if n >= conc then return {'concurrent', conc, n, 1000} end
end
if ARGV[5] ~= '' then
  local spent = redis.call('GET', KEYS[4])
  if not spent then return {'seed'} end
  if tonumber(spent) >= tonumber(ARGV[5]) then return {'budget', ARGV[5], spent, 0} end
end
if rpm > 0 then redis.call('ZADD', KEYS[1], now, ARGV[6]) redis.call('PEXPIRE', KEYS[1], window) end
if mrpm > 0 then redis.call('ZADD', KEYS[5], now, ARGV[6]) redis.call('PEXPIRE', KEYS[5], window) end
if conc > 0 then
  redis.call('ZADD', KEYS[3], tonumber(ARGV[7]), ARGV[6])
  redis.call('PEXPIRE', KEYS[3], math.floor(tonumber(ARGV[7]) - now) + 1000)
end
return {'ok'}
"""


# Charges of usage that must count once (a background Response's): claim, then charge only a new claim.
# KEYS: 1 claim, 2 tokens hash, 3 model tokens hash, 4 spend
# ARGV: 1 second, 2 tokens, 3 model tokens, 4 cost ("" = none), 5 claim lifetime (s), 6 window lifetime (s)
_CHARGE_ONCE = """
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[5]) then return 0 end
local tokens, model_tokens = tonumber(ARGV[2]), tonumber(ARGV[3])
if tokens > 0 then
  redis.call('HINCRBY', KEYS[2], ARGV[1], tokens)
  redis.call('EXPIRE', KEYS[2], ARGV[6])
end
if model_tokens > 0 then
  redis.call('HINCRBY', KEYS[3], ARGV[1], model_tokens)
  redis.call('EXPIRE', KEYS[3], ARGV[6])
end
if ARGV[4] ~= '' then redis.call('INCRBYFLOAT', KEYS[4], ARGV[4]) end
return 1
"""


def _keys(key_id: str, model: str | None, period: str, stamp: str) -> list[str]:
    tag = "{rk:" + key_id + "}"  # one hash slot per relay key (Redis Cluster)
    return [f"{tag}:req", f"{tag}:tok", f"{tag}:lease", f"{tag}:spend:{period}:{stamp}",
            f"{tag}:req:{model or ''}", f"{tag}:tok:{model or ''}"]


def _stamp(period: str, now: datetime) -> str:
    return now.strftime("%Y%m%d" if period == "day" else "%Y%m")


class RedisLimiter(Limiter):
    backend = "redis"

    def __init__(self, settings, store=None):
        super().__init__(settings, store)
        import redis.asyncio as aioredis

        self.url = settings.relay_redis_url
        self.lease_ttl = settings.relay_limits_lease_ttl
        self.redis = aioredis.Redis.from_url(self.url, socket_timeout=1.0, socket_connect_timeout=1.0,
                                             health_check_interval=0)
        self._admit = self.redis.register_script(_ADMIT)
        self._settles: list[tuple] = []
        self._wake = asyncio.Event()
        self._held: dict[str, str] = {}  # call id -> its leases key (renewed while the call lasts)
        self._tasks: list[asyncio.Task] = []
        self._failing = False
        self.round_trips = 0  # admission round trips (one per admitted call, two when a budget is seeded)
        self.settle_trips = 0  # settle pipelines (each for every call that ended meanwhile)
        self.admitted = 0

    async def start(self, keys=None) -> None:
        loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._tasks = [loop.create_task(self._write_settles()), loop.create_task(self._renew_leases())]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._tasks = []
        try:
            await self._flush_settles()
        except Exception:  # noqa: BLE001 - leases lapse on their own (RELAY_LIMITS_LEASE_TTL)
            pass
        await self.redis.aclose()
        if self.admitted:
            log.info("limits: %d admission round trips, %d settle round trips for %d admitted calls",
                     self.round_trips, self.settle_trips, self.admitted)

    async def admit(self, call):
        key = call.key
        limits = key.limits
        model = call.model
        mrpm = dict(limits.model_rpm).get(model, 0) if model and limits.model_rpm else 0
        mtpm = dict(limits.model_tpm).get(model, 0) if model and limits.model_tpm else 0
        now_utc = datetime.now(UTC)
        period = limits.budget_period
        names = _keys(key.id, model, period, _stamp(period, now_utc))
        now_ms = time.time() * 1000
        member = call.request_id.decode()
        args = [int(now_ms), limits.rpm or 0, limits.tpm or 0, limits.max_concurrent or 0,
                "" if limits.budget_usd is None else repr(float(limits.budget_usd)), member,
                int(now_ms + self.lease_ttl * 1000), mrpm, mtpm]
        try:
            for _ in range(2):
                self.round_trips += 1
                answer = await self._admit(keys=names, args=args)
                if answer[0] != b"seed":
                    break
                await self._seed(names[3], key, period, now_utc)
            self._recovered()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - Redis down: the on-error policy, never a 500
            self._failed(exc)
            return None if self.failing_open(key) else UNAVAILABLE
        kind = answer[0].decode()
        if kind == "ok":
            self.admitted += 1
            if limits.max_concurrent:
                self._held[member] = names[2]
            call.lease = (names, names[2] if limits.max_concurrent else None, member)
            return None
        limit, used, reset_ms = float(answer[1]), float(answer[2]), float(answer[3])
        if kind == "budget":
            reset = (reset_of_period(period, now_utc) - now_utc).total_seconds()
            return Refusal("budget", limit, limit - used, reset, period=period).error()
        name = kind.removeprefix("model_")
        return Refusal(name, limit, limit - used if name != "concurrent" else 0, reset_ms / 1000,
                       model if kind.startswith("model_") else None).error()

    async def _seed(self, spend_key: str, key, period: str, now_utc: datetime) -> None:
        """The period's spend from the ledger, written once (NX) so every instance starts from the same sum."""
        spent = 0.0
        if self.store is not None:
            spent = (await self.store.spend([key.id], period_start(period, now_utc))).get(key.id, 0.0)
        ttl = math.ceil((reset_of_period(period, now_utc) - now_utc).total_seconds()) + 86400
        await self.redis.set(spend_key, repr(spent), nx=True, ex=ttl)

    def settle(self, call) -> None:
        lease = call.lease
        if lease is None:
            return
        call.lease = None
        names, leases_key, member = lease
        if leases_key is not None:
            self._held.pop(member, None)
        limits = call.key.limits
        usage = call.usage
        tokens = usage.input + usage.output if usage is not None else 0
        cost = call.cost_usd if limits.budget_usd is not None else None
        tokens, model_tokens = tokens if limits.tpm else 0, tokens if limits.model_tpm and call.model else 0
        if not tokens and not model_tokens and not cost:
            if leases_key is None:
                return
            once = None
        else:
            usage_key = usage.usage_key
            once = None if usage_key is None else names[0].rpartition(":")[0] + ":once:" + usage_key
        self._settles.append((names, leases_key, member, tokens, model_tokens, cost, once))
        self._wake.set()

    async def _write_settles(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self._flush_settles()
                self._recovered()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - leases lapse on their own; charges are lost (counted)
                self._failed(exc)

    async def _flush_settles(self) -> None:
        settles, self._settles = self._settles, []
        if not settles:
            return
        second = str(int(time.time()))
        pipe = self.redis.pipeline(transaction=False)
        for names, leases_key, member, tokens, model_tokens, cost, once in settles:
            if leases_key is not None:
                pipe.zrem(leases_key, member)
            if once is not None:  # EVAL, not EVALSHA: no SCRIPT LOAD round trip, and a restarted Redis is fine
                pipe.eval(_CHARGE_ONCE, 4, once, names[1], names[5], names[3], second, tokens, model_tokens,
                          "" if not cost else repr(float(cost)), CLAIM_SECONDS, int(WINDOW) + 60)
                continue
            if tokens:
                pipe.hincrby(names[1], second, tokens)
                pipe.expire(names[1], int(WINDOW) + 60)
            if model_tokens:
                pipe.hincrby(names[5], second, model_tokens)
                pipe.expire(names[5], int(WINDOW) + 60)
            if cost:
                pipe.incrbyfloat(names[3], cost)
        self.settle_trips += 1
        await pipe.execute()

    async def _renew_leases(self) -> None:
        while True:
            await asyncio.sleep(self.lease_ttl / 3)
            held = list(self._held.items())
            if not held:
                continue
            expiry = (time.time() + self.lease_ttl) * 1000
            pipe = self.redis.pipeline(transaction=False)
            for member, leases_key in held:
                pipe.zadd(leases_key, {member: expiry}, xx=True)
            try:
                await pipe.execute()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        self.errors += 1
        if not self._failing:
            self._failing = True
            log.error("limits: Redis at %s is not answering (%s); calls of keys with limits are %s", _redact(self.url),
                      type(exc).__name__, {"allow": "allowed", "deny": "refused"}.get(
                          self.on_error, "refused when they have a budget, allowed otherwise"))

    def _recovered(self) -> None:
        if self._failing:
            self._failing = False
            log.warning("limits: Redis answers again")


def _redact(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = "***@" + rest.rpartition("@")[2]
    return scheme + sep + rest
