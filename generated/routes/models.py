# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Models' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/models',
    methods=['GET'],
    operation_id='listModels',
    summary='Lists the currently available models, and provides basic information about each one such as the owner and availability.',
    tags=['Models'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListModelsResponse'}}},
            },
        },
    },
)
async def list_models() -> None:
    ...  # GET /models: forwarded by the runtime, never called


@router.api_route(
    '/v1/models/{model}',
    methods=['GET'],
    operation_id='retrieveModel',
    summary='Retrieves a model instance, providing basic information about the model such as the owner and permissioning.',
    tags=['Models'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Model'}}},
            },
        },
    },
)
async def retrieve_model(
    model: Annotated[str, Path(description='The ID of the model to use for this request')],
) -> None:
    ...  # GET /models/{model}: forwarded by the runtime, never called


@router.api_route(
    '/v1/models/{model}',
    methods=['DELETE'],
    operation_id='deleteModel',
    summary='Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.',
    tags=['Models'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteModelResponse'}}},
            },
        },
    },
)
async def delete_model(
    model: Annotated[str, Path(description='The model to delete')],
) -> None:
    ...  # DELETE /models/{model}: forwarded by the runtime, never called
