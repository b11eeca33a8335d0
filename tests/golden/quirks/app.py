# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""The app factory: `relay serve` runs uvicorn on `generated.app:create_app` (factory=True)."""

import importlib
from pathlib import Path

from runtime.app import build_app

from .catalog import CATALOG
from .routes import ROUTERS


def _load_models():
    # The request-body models of validated operations, loaded before the server accepts connections.
    return importlib.import_module("generated.models")


def create_app(settings=None, database=True):
    """The relay, with its database (keys, usage ledger) as the settings name it unless `database=False`."""
    return build_app(CATALOG, ROUTERS, settings=settings, load_models=_load_models,
                     generated_dir=Path(__file__).parent, database=database)
