# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Fine-tuning' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/fine_tuning/alpha/graders/run',
    methods=['POST'],
    operation_id='runGrader',
    summary='Run a grader.',
    tags=['Fine-tuning'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunGraderRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunGraderResponse'}}},
            },
        },
    },
)
async def run_grader() -> None:
    ...  # POST /fine_tuning/alpha/graders/run: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/alpha/graders/validate',
    methods=['POST'],
    operation_id='validateGrader',
    summary='Validate a grader.',
    tags=['Fine-tuning'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ValidateGraderRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ValidateGraderResponse'}}},
            },
        },
    },
)
async def validate_grader() -> None:
    ...  # POST /fine_tuning/alpha/graders/validate: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions',
    methods=['GET'],
    operation_id='listFineTuningCheckpointPermissions',
    summary=(
        '**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).\n'
        '\n'
        'Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.'
    ),
    tags=['Fine-tuning'],
    openapi_extra={
        'parameters': [
            {
                'name': 'project_id',
                'in': 'query',
                'description': 'The ID of the project to get permissions for.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last permission ID from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of permissions to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 10},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'The order in which to retrieve permissions.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['ascending', 'descending'], 'default': 'descending'},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListFineTuningCheckpointPermissionResponse'}},
                },
            },
        },
    },
)
async def list_fine_tuning_checkpoint_permissions(
    fine_tuned_model_checkpoint: Annotated[str, Path(description='The ID of the fine-tuned model checkpoint to get permissions for.')],
) -> None:
    ...  # GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions',
    methods=['POST'],
    operation_id='createFineTuningCheckpointPermission',
    summary=(
        '**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).\n'
        '\n'
        'This enables organization owners to share fine-tuned models with other projects in their organization.'
    ),
    tags=['Fine-tuning'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateFineTuningCheckpointPermissionRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListFineTuningCheckpointPermissionResponse'}},
                },
            },
        },
    },
)
async def create_fine_tuning_checkpoint_permission(
    fine_tuned_model_checkpoint: Annotated[str, Path(description='The ID of the fine-tuned model checkpoint to create a permission for.')],
) -> None:
    ...  # POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}',
    methods=['DELETE'],
    operation_id='deleteFineTuningCheckpointPermission',
    summary=(
        '**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).\n'
        '\n'
        'Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.'
    ),
    tags=['Fine-tuning'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/DeleteFineTuningCheckpointPermissionResponse'}},
                },
            },
        },
    },
)
async def delete_fine_tuning_checkpoint_permission(
    fine_tuned_model_checkpoint: Annotated[str, Path(description='The ID of the fine-tuned model checkpoint to delete a permission for.')],
    permission_id: Annotated[str, Path(description='The ID of the fine-tuned model checkpoint permission to delete.')],
) -> None:
    ...  # DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs',
    methods=['GET'],
    operation_id='listPaginatedFineTuningJobs',
    summary="List your organization's fine-tuning jobs",
    tags=['Fine-tuning'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last job from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of fine-tuning jobs to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'in': 'query',
                'name': 'metadata',
                'required': False,
                'schema': {'type': 'object', 'nullable': True, 'additionalProperties': {'type': 'string'}},
                'style': 'deepObject',
                'explode': True,
                'description': 'Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.\n',
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListPaginatedFineTuningJobsResponse'}},
                },
            },
        },
    },
)
async def list_paginated_fine_tuning_jobs() -> None:
    ...  # GET /fine_tuning/jobs: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs',
    methods=['POST'],
    operation_id='createFineTuningJob',
    summary=(
        'Creates a fine-tuning job which begins the process of creating a new model from a given dataset.\n'
        '\n'
        'Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.\n'
        '\n'
        '[Learn more about fine-tuning](/docs/guides/model-optimization)'
    ),
    tags=['Fine-tuning'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateFineTuningJobRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/FineTuningJob'}}},
            },
        },
    },
)
async def create_fine_tuning_job() -> None:
    ...  # POST /fine_tuning/jobs: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}',
    methods=['GET'],
    operation_id='retrieveFineTuningJob',
    summary=(
        'Get info about a fine-tuning job.\n'
        '\n'
        '[Learn more about fine-tuning](/docs/guides/model-optimization)'
    ),
    tags=['Fine-tuning'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/FineTuningJob'}}},
            },
        },
    },
)
async def retrieve_fine_tuning_job(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job.')],
) -> None:
    ...  # GET /fine_tuning/jobs/{fine_tuning_job_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel',
    methods=['POST'],
    operation_id='cancelFineTuningJob',
    summary='Immediately cancel a fine-tune job.',
    tags=['Fine-tuning'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/FineTuningJob'}}},
            },
        },
    },
)
async def cancel_fine_tuning_job(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job to cancel.')],
) -> None:
    ...  # POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints',
    methods=['GET'],
    operation_id='listFineTuningJobCheckpoints',
    summary='List checkpoints for a fine-tuning job.',
    tags=['Fine-tuning'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last checkpoint ID from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of checkpoints to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 10},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListFineTuningJobCheckpointsResponse'}},
                },
            },
        },
    },
)
async def list_fine_tuning_job_checkpoints(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job to get checkpoints for.')],
) -> None:
    ...  # GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}/events',
    methods=['GET'],
    operation_id='listFineTuningEvents',
    summary='Get status updates for a fine-tuning job.',
    tags=['Fine-tuning'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last event from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of events to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListFineTuningJobEventsResponse'}},
                },
            },
        },
    },
)
async def list_fine_tuning_events(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job to get events for.')],
) -> None:
    ...  # GET /fine_tuning/jobs/{fine_tuning_job_id}/events: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}/pause',
    methods=['POST'],
    operation_id='pauseFineTuningJob',
    summary='Pause a fine-tune job.',
    tags=['Fine-tuning'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/FineTuningJob'}}},
            },
        },
    },
)
async def pause_fine_tuning_job(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job to pause.')],
) -> None:
    ...  # POST /fine_tuning/jobs/{fine_tuning_job_id}/pause: forwarded by the runtime, never called


@router.api_route(
    '/v1/fine_tuning/jobs/{fine_tuning_job_id}/resume',
    methods=['POST'],
    operation_id='resumeFineTuningJob',
    summary='Resume a fine-tune job.',
    tags=['Fine-tuning'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/FineTuningJob'}}},
            },
        },
    },
)
async def resume_fine_tuning_job(
    fine_tuning_job_id: Annotated[str, Path(description='The ID of the fine-tuning job to resume.')],
) -> None:
    ...  # POST /fine_tuning/jobs/{fine_tuning_job_id}/resume: forwarded by the runtime, never called
