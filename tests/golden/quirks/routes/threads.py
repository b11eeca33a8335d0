# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Threads' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/threads/{thread_id}',
    methods=['POST'],
    operation_id='modifyThread',
    summary='Modify a thread.',
    tags=['Threads'],
    openapi_extra={
        'requestBody': {
            'content': {
                'application/json': {
                    'schema': {
                        'type': 'object',
                        'properties': {'metadata': {'type': 'object', 'additionalProperties': {'type': 'string'}}},
                    },
                },
            },
        },
        'responses': {'200': {'description': 'OK'}},
    },
)
async def modify_thread(
    thread_id: Annotated[str, Path()],
) -> None:
    ...  # POST /threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/runs',
    methods=['POST'],
    operation_id='createThreadAndRun',
    summary='Create a thread and run it.',
    tags=['Threads'],
    openapi_extra={
        'requestBody': {
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateThreadAndRunRequest'}}},
        },
        'responses': {'200': {'description': 'OK'}},
    },
)
async def create_thread_and_run() -> None:
    ...  # POST /threads/runs: forwarded by the runtime, never called
