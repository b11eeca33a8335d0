"""Fixtures for the WebSocket relay tests live in wsfixtures.py (importable by name from the test modules)."""

from wsfixtures import keys_file, relay, relay_factory, upstream  # noqa: F401
