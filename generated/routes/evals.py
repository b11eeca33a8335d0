# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Evals' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/evals',
    methods=['GET'],
    operation_id='listEvals',
    summary='List evaluations for a project.',
    tags=['Evals'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last eval from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of evals to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
            {
                'name': 'order_by',
                'in': 'query',
                'description': (
                    'Evals can be ordered by creation time or last updated time. Use\n'
                    '`created_at` for creation time or `updated_at` for last updated time.\n'
                ),
                'required': False,
                'schema': {'type': 'string', 'enum': ['created_at', 'updated_at'], 'default': 'created_at'},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of evals',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_evals() -> None:
    ...  # GET /evals: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals',
    methods=['POST'],
    operation_id='createEval',
    summary=(
        "Create the structure of an evaluation that can be used to test a model's performance.\n"
        'An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.\n'
        'For more information, see the [Evals guide](/docs/guides/evals).'
    ),
    tags=['Evals'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateEvalRequest'}}},
        },
        'responses': {
            '201': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Eval'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_eval() -> None:
    ...  # POST /evals: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}',
    methods=['GET'],
    operation_id='getEval',
    summary='Get an evaluation by ID.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The evaluation',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Eval'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_eval(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to retrieve.')],
) -> None:
    ...  # GET /evals/{eval_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}',
    methods=['POST'],
    operation_id='updateEval',
    summary='Update certain properties of an evaluation.',
    tags=['Evals'],
    openapi_extra={
        'requestBody': {
            'description': 'Request to update an evaluation',
            'required': True,
            'content': {
                'application/json': {
                    'schema': {
                        'type': 'object',
                        'properties': {
                            'name': {'type': 'string', 'description': 'Rename the evaluation.'},
                            'metadata': {'$ref': '#/components/schemas/Metadata'},
                        },
                    },
                },
            },
        },
        'responses': {
            '200': {
                'description': 'The updated evaluation',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Eval'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_eval(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to update.')],
) -> None:
    ...  # POST /evals/{eval_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}',
    methods=['DELETE'],
    operation_id='deleteEval',
    summary='Delete an evaluation.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Successfully deleted the evaluation.',
                'content': {
                    'application/json': {
                        'schema': {
                            'type': 'object',
                            'properties': {
                                'object': {'type': 'string', 'example': 'eval.deleted'},
                                'deleted': {'type': 'boolean', 'example': True},
                                'eval_id': {'type': 'string', 'example': 'eval_abc123'},
                            },
                            'required': ['object', 'deleted', 'eval_id'],
                        },
                    },
                },
            },
            '404': {
                'description': 'Evaluation not found.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Error'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_eval(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to delete.')],
) -> None:
    ...  # DELETE /evals/{eval_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs',
    methods=['GET'],
    operation_id='getEvalRuns',
    summary='Get a list of runs for an evaluation.',
    tags=['Evals'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last run from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of runs to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
            {
                'name': 'status',
                'in': 'query',
                'description': 'Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['queued', 'in_progress', 'completed', 'canceled', 'failed']},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of runs for the evaluation',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRunList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_eval_runs(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to retrieve runs for.')],
) -> None:
    ...  # GET /evals/{eval_id}/runs: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs',
    methods=['POST'],
    operation_id='createEvalRun',
    summary='Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.',
    tags=['Evals'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateEvalRunRequest'}}},
        },
        'responses': {
            '201': {
                'description': 'Successfully created a run for the evaluation',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRun'}}},
            },
            '400': {
                'description': 'Bad request (for example, missing eval object)',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Error'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_eval_run(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to create a run for.')],
) -> None:
    ...  # POST /evals/{eval_id}/runs: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs/{run_id}',
    methods=['GET'],
    operation_id='getEvalRun',
    summary='Get an evaluation run by ID.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The evaluation run',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRun'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_eval_run(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to retrieve runs for.')],
    run_id: Annotated[str, Path(description='The ID of the run to retrieve.')],
) -> None:
    ...  # GET /evals/{eval_id}/runs/{run_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs/{run_id}',
    methods=['POST'],
    operation_id='cancelEvalRun',
    summary='Cancel an ongoing evaluation run.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The canceled eval run object',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRun'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def cancel_eval_run(
    eval_id: Annotated[str, Path(description='The ID of the evaluation whose run you want to cancel.')],
    run_id: Annotated[str, Path(description='The ID of the run to cancel.')],
) -> None:
    ...  # POST /evals/{eval_id}/runs/{run_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs/{run_id}',
    methods=['DELETE'],
    operation_id='deleteEvalRun',
    summary='Delete an eval run.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Successfully deleted the eval run',
                'content': {
                    'application/json': {
                        'schema': {
                            'type': 'object',
                            'properties': {
                                'object': {'type': 'string', 'example': 'eval.run.deleted'},
                                'deleted': {'type': 'boolean', 'example': True},
                                'run_id': {'type': 'string', 'example': 'evalrun_677469f564d48190807532a852da3afb'},
                            },
                        },
                    },
                },
            },
            '404': {
                'description': 'Run not found',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Error'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_eval_run(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to delete the run from.')],
    run_id: Annotated[str, Path(description='The ID of the run to delete.')],
) -> None:
    ...  # DELETE /evals/{eval_id}/runs/{run_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs/{run_id}/output_items',
    methods=['GET'],
    operation_id='getEvalRunOutputItems',
    summary='Get a list of output items for an evaluation run.',
    tags=['Evals'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last output item from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of output items to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'status',
                'in': 'query',
                'description': (
                    'Filter output items by status. Use `failed` to filter by failed output\n'
                    'items or `pass` to filter by passed output items.\n'
                ),
                'required': False,
                'schema': {'type': 'string', 'enum': ['fail', 'pass']},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of output items for the evaluation run',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRunOutputItemList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_eval_run_output_items(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to retrieve runs for.')],
    run_id: Annotated[str, Path(description='The ID of the run to retrieve output items for.')],
) -> None:
    ...  # GET /evals/{eval_id}/runs/{run_id}/output_items: forwarded by the runtime, never called


@router.api_route(
    '/v1/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}',
    methods=['GET'],
    operation_id='getEvalRunOutputItem',
    summary='Get an evaluation run output item by ID.',
    tags=['Evals'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The evaluation run output item',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/EvalRunOutputItem'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_eval_run_output_item(
    eval_id: Annotated[str, Path(description='The ID of the evaluation to retrieve runs for.')],
    run_id: Annotated[str, Path(description='The ID of the run to retrieve.')],
    output_item_id: Annotated[str, Path(description='The ID of the output item to retrieve.')],
) -> None:
    ...  # GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}: forwarded by the runtime, never called
