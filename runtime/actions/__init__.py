"""ChatGPT Actions (issues 5 and 15), mounted on the inner FastAPI app by `runtime.app`.

- `GET /actions/openapi.json|yaml`, `GET /actions/tools.json` (public): the generated documents (documents.py).
- `/actions/v1/<spec path>` (relay key): the Actions operations, answered within ChatGPT's limits — long jobs,
  shaping to the character cap, files in and out, errors ChatGPT can read (gateway.py and its adapters).
- `GET /actions/files/<token>` (no key): signed, short-lived file links (files_out.py).
- `POST /actions/proxy` (relay key): one envelope naming an Actions operation, answered like its action (proxy.py).

Plain `/v1` traffic never reaches this package.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.routing import Route

from .documents import ActionsDocuments
from .files_out import LINK_PREFIX, FileLinkEndpoint, FileLinks
from .gateway import ACTIONS_PREFIX, ActionsGateway
from .proxy import PROXY_PATH, ActionsProxy
from .shaping import shape

__all__ = ["ACTIONS_PREFIX", "LINK_PREFIX", "PROXY_PATH", "ActionsDocuments", "ActionsGateway", "ActionsProxy",
           "FileLinks", "mount_actions", "shape"]

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def mount_actions(app: FastAPI, relay, generated_dir: Path | None) -> None:
    """Add the `/actions/*` endpoints to the inner FastAPI app of `relay` (a `RelayApp`)."""
    documents = ActionsDocuments(generated_dir, relay.settings.relay_public_url)
    gateway = ActionsGateway(relay, documents)
    app.state.actions = documents
    app.state.actions_gateway = gateway

    @app.get("/actions/openapi.json", include_in_schema=False)
    async def actions_openapi_json(request: Request):
        return documents.response(request, "json")

    @app.get("/actions/openapi.yaml", include_in_schema=False)
    async def actions_openapi_yaml(request: Request):
        return documents.response(request, "yaml")

    @app.get("/actions/tools.json", include_in_schema=False)
    async def actions_tools():
        return documents.tools_response()

    # Raw ASGI endpoints: their calls go to the /v1 pipeline without FastAPI in between.
    app.router.routes.append(Route(PROXY_PATH, endpoint=ActionsProxy(relay, gateway), methods=["POST"]))
    app.router.routes.append(Route(ACTIONS_PREFIX + "/{rest:path}", endpoint=gateway, methods=_METHODS))
    app.router.routes.append(Route(LINK_PREFIX + "{token:path}", endpoint=FileLinkEndpoint(relay, gateway.links),
                                   methods=["GET"]))
