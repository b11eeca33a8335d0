# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Files' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/files',
    methods=['POST'],
    operation_id='createFile',
    summary='Upload a file.',
    tags=['Files'],
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'type': 'object', 'properties': {'file': {'type': 'string', 'format': 'binary'}}}},
            },
        },
        'responses': {'200': {'description': 'OK', 'content': {'application/json': {'schema': {'type': 'object'}}}}},
    },
)
async def create_file() -> None:
    ...  # POST /files: forwarded by the runtime, never called


@router.api_route(
    '/v1/files/{file_id}/content',
    methods=['GET'],
    operation_id='downloadFile',
    summary='Download a file.',
    tags=['Files'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/octet-stream': {'schema': {'type': 'string', 'format': 'binary'}}},
            },
        },
    },
)
async def download_file(
    file_id: Annotated[str, Path()],
) -> None:
    ...  # GET /files/{file_id}/content: forwarded by the runtime, never called
