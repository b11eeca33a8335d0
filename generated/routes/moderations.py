# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Moderations' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/moderations',
    methods=['POST'],
    operation_id='createModeration',
    summary=(
        'Classifies if text and/or image inputs are potentially harmful. Learn\n'
        'more in the [moderation guide](/docs/guides/moderation).'
    ),
    tags=['Moderations'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateModerationRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateModerationResponse'}}},
            },
        },
    },
)
async def create_moderation() -> None:
    ...  # POST /moderations: forwarded by the runtime, never called
