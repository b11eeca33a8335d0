"""`Team`: the team layer of one worker — keys, limits, the usage ledger, the admin API and the admin console —
built from the settings, started and stopped with the app, and handed every finished call (docs/team-layer.md).

Without a database (in-process test apps) only the static keys exist and nothing is recorded; `relay serve`
always has one (SQLite in the data directory by default).
"""

from __future__ import annotations

import logging

from .keys.ring import KeyRing
from .limits import build_limiter
from .usage.once import Recent
from .usage.prices import Prices

__all__ = ["Team"]

log = logging.getLogger("relay")


class Team:
    def __init__(self, settings, *, store=None, database: bool = False):
        if store is None and database:
            from .store import Store, paths

            url = paths.database_url(settings)
            if url.startswith("sqlite"):
                paths.ensure_data_dir(paths.data_dir(settings))
            store = Store(url, key_secret=paths.key_secret(settings))
        self.store = store
        self._unpriced_models: set[str] = set()
        self._counted = Recent()  # background responses whose usage this worker counted
        secret = None
        if store is not None:  # static keys hashed like the database's, so names and hashes never clash
            from .store import paths

            secret = store.key_secret or paths.key_secret(settings)
        self.keys = KeyRing.from_settings(settings, store=store, secret=secret)
        prices_file = settings.relay_prices_file
        self.prices = Prices.load(str(prices_file) if prices_file else None)
        self.limiter = build_limiter(settings, store)
        self.ledger = None
        self.admin = None
        self.console = None  # runtime/admin: /admin and /admin/console/...; `console.live` is its live source
        if store is not None:
            from .keys.admin_api import AdminAPI
            from .usage.ledger import Ledger

            self.ledger = Ledger(store)
            self.admin = AdminAPI(store, self.keys.authenticate, on_change=self.keys.refresh,
                                  static_keys=self.keys.static)
            from .admin import AdminConsole

            self.console = AdminConsole(self.admin, store, self.keys, public_url=settings.relay_public_url)

    async def start(self) -> None:
        if self.store is not None:
            await self.store.open()
            await self.store.upgrade()
            await self.keys.start()
            await self.ledger.start()
        await self.limiter.start(self.keys.keys)

    async def stop(self) -> None:
        await self.limiter.stop()
        if self.store is not None:
            await self.ledger.stop()
            await self.keys.stop()
            await self.store.close()

    def finish(self, call) -> None:
        """A call ended, for whatever reason: price it, release its lease and charge its key, record it.

        A background Response's usage shows in every answer that holds it finished; a repeat this worker
        already counted becomes no usage here (limits, metrics and the log see none) and a ledger row without
        tokens. Other workers and relays are kept from counting it again by the ledger's and Redis's claims."""
        usage = call.usage
        repeated = None
        if usage is not None and usage.response_id is not None and not self._counted.first(usage.usage_key):
            repeated, call.usage, usage = usage.usage_key, None, None
        if usage is not None:
            if usage.model:
                call.model = usage.model
            call.cost_usd = self.prices.cost(usage, call.model)
            if call.cost_usd is None and call.model:
                self._unpriced(call.model)
        if call.lease is not None:
            self.limiter.settle(call)
        if self.ledger is not None and call.key is not None:
            self.ledger.record(call, repeated)

    def _unpriced(self, model: str) -> None:
        if model not in self._unpriced_models and len(self._unpriced_models) < 1000:
            self._unpriced_models.add(model)
            log.info("no price for the model %r: its calls are recorded with cost unknown", model)
