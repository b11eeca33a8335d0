# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Responses' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/responses',
    methods=['POST'],
    operation_id='createResponse',
    summary='Create a response.',
    description='Creates a model response.\nStreams when `stream` is true.',
    tags=['Responses'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateResponse'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/Response'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/Response'}},
                },
            },
        },
    },
)
async def create_response() -> None:
    ...  # POST /responses: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses?beta=true',
    methods=['POST'],
    operation_id='beta_createResponse',
    summary='Create a response (beta).',
    tags=['Responses'],
    openapi_extra={
        'parameters': [{'name': 'openai-beta', 'in': 'header', 'required': False, 'schema': {'type': 'string'}}],
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateResponse'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Response'}}},
            },
        },
    },
)
async def beta_create_response() -> None:
    ...  # POST /responses?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}',
    methods=['GET'],
    operation_id='getResponse',
    summary='Get a response.',
    tags=['Responses'],
    openapi_extra={
        'parameters': [{'name': 'include', 'in': 'query', 'schema': {'type': 'array', 'items': {'type': 'string'}}}],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Response'}}},
            },
        },
    },
)
async def get_response(
    response_id: Annotated[str, Path(description='The response id.')],
) -> None:
    ...  # GET /responses/{response_id}: forwarded by the runtime, never called
