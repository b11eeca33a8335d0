"""The database never holds a usable key: the SQLite files' bytes contain neither a raw key nor its secret
part (the grep is shown to work by finding each key's visible prefix and name)."""

from __future__ import annotations

from pathlib import Path

from runtime.store import Store
from runtime.usage.records import UsageRow


def _database_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("relay.db"))


async def test_no_raw_key_in_the_sqlite_files(tmp_path):
    folder = tmp_path / "data"
    store = Store(f"sqlite:///{folder}/relay.db", key_secret=b"raw-key-test-secret-0123")
    await store.open()
    await store.upgrade()
    raws = []
    for name in ("alpha-key", "beta-key", "gamma-key"):
        record, raw = await store.create_key(name, scopes=["api", "manage"])
        raws.append((name, raw))
        await store.write_usage([UsageRow(time=1.0e9, request_id="r", key_id=record.id, key_name=name,
                                          operation="createResponse", model="gpt-5", status=200, duration_ms=1,
                                          ttfb_ms=1, bytes_in=1, bytes_out=1)])
    rotated, raw = await store.rotate_key("beta-key", grace_seconds=3600)
    raws.append(("beta-key", raw))

    while_open = _database_bytes(folder)  # the WAL holds the recent writes
    await store.close()
    after_close = _database_bytes(folder)
    for data in (while_open, after_close):
        for name, raw in raws:
            assert raw.encode() not in data and raw[11:].encode() not in data and raw[14:30].encode() not in data
            assert name.encode() in data  # what is stored is found: the grep reads the right bytes
        assert rotated.prefix.encode() in data
