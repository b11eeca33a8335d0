# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Organization' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/admin_api_keys',
    methods=['GET'],
    operation_id='admin-api-keys-list',
    summary='List admin keys.',
    tags=['Organization'],
    openapi_extra={
        'parameters': [{'name': 'limit', 'in': 'query', 'schema': {'type': 'integer'}}],
        'responses': {'200': {'description': 'OK'}},
    },
)
async def admin_api_keys_list() -> None:
    ...  # GET /organization/admin_api_keys: forwarded by the runtime, never called
