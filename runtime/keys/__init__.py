"""Relay keys: records, hashing, the per-worker key cache (`KeyRing`) and the `/admin/keys` API."""
