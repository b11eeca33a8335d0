# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Containers' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/containers',
    methods=['GET'],
    operation_id='ListContainers',
    summary='List containers.',
    tags=['Containers'],
    openapi_extra={'responses': {'200': {'description': 'OK'}}},
)
async def list_containers() -> None:
    ...  # GET /containers: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/all',
    methods=['GET'],
    operation_id='list-containers',
    summary='List all containers (kebab-case id, same snake name as ListContainers).',
    tags=['Containers'],
    openapi_extra={'responses': {'200': {'description': 'OK'}}},
)
async def list_containers_2() -> None:
    ...  # GET /containers/all: forwarded by the runtime, never called
