# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Completions' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/completions',
    methods=['POST'],
    operation_id='createCompletion',
    summary=(
        'Creates a completion for the provided prompt and parameters.\n'
        '\n'
        'Returns a completion object, or a sequence of completion objects if the request is streamed.'
    ),
    tags=['Completions'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateCompletionRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateCompletionResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_completion() -> None:
    ...  # POST /completions: forwarded by the runtime, never called
