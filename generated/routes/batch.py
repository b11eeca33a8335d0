# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Batch' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/batches',
    methods=['GET'],
    operation_id='listBatches',
    summary="List your organization's batches.",
    tags=['Batch'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'after',
                'required': False,
                'schema': {'type': 'string'},
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
        ],
        'responses': {
            '200': {
                'description': 'Batch listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListBatchesResponse'}}},
            },
        },
    },
)
async def list_batches() -> None:
    ...  # GET /batches: forwarded by the runtime, never called


@router.api_route(
    '/v1/batches',
    methods=['POST'],
    operation_id='createBatch',
    summary='Creates and executes a batch from an uploaded file of requests',
    tags=['Batch'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateBatchRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Batch created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Batch'}}},
            },
        },
    },
)
async def create_batch() -> None:
    ...  # POST /batches: forwarded by the runtime, never called


@router.api_route(
    '/v1/batches/{batch_id}',
    methods=['GET'],
    operation_id='retrieveBatch',
    summary='Retrieves a batch.',
    tags=['Batch'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Batch retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Batch'}}},
            },
        },
    },
)
async def retrieve_batch(
    batch_id: Annotated[str, Path(description='The ID of the batch to retrieve.')],
) -> None:
    ...  # GET /batches/{batch_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/batches/{batch_id}/cancel',
    methods=['POST'],
    operation_id='cancelBatch',
    summary='Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.',
    tags=['Batch'],
    openapi_extra={
        'responses': {
            '200': {
                'description': "Batch is cancelling. Returns the cancelling batch's details.",
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Batch'}}},
            },
        },
    },
)
async def cancel_batch(
    batch_id: Annotated[str, Path(description='The ID of the batch to cancel.')],
) -> None:
    ...  # POST /batches/{batch_id}/cancel: forwarded by the runtime, never called
