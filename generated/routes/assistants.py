# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Assistants' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/assistants',
    methods=['GET'],
    operation_id='listAssistants',
    summary='Returns a list of assistants.',
    tags=['Assistants'],
    deprecated=True,
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListAssistantsResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_assistants() -> None:
    ...  # GET /assistants: forwarded by the runtime, never called


@router.api_route(
    '/v1/assistants',
    methods=['POST'],
    operation_id='createAssistant',
    summary='Create an assistant with a model and instructions.',
    tags=['Assistants'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateAssistantRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssistantObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_assistant() -> None:
    ...  # POST /assistants: forwarded by the runtime, never called


@router.api_route(
    '/v1/assistants/{assistant_id}',
    methods=['GET'],
    operation_id='getAssistant',
    summary='Retrieves an assistant.',
    tags=['Assistants'],
    deprecated=True,
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssistantObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_assistant(
    assistant_id: Annotated[str, Path(description='The ID of the assistant to retrieve.')],
) -> None:
    ...  # GET /assistants/{assistant_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/assistants/{assistant_id}',
    methods=['POST'],
    operation_id='modifyAssistant',
    summary='Modifies an assistant.',
    tags=['Assistants'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ModifyAssistantRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssistantObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_assistant(
    assistant_id: Annotated[str, Path(description='The ID of the assistant to modify.')],
) -> None:
    ...  # POST /assistants/{assistant_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/assistants/{assistant_id}',
    methods=['DELETE'],
    operation_id='deleteAssistant',
    summary='Delete an assistant.',
    tags=['Assistants'],
    deprecated=True,
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteAssistantResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_assistant(
    assistant_id: Annotated[str, Path(description='The ID of the assistant to delete.')],
) -> None:
    ...  # DELETE /assistants/{assistant_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads',
    methods=['POST'],
    operation_id='createThread',
    summary='Create a thread.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateThreadRequest'}}}},
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_thread() -> None:
    ...  # POST /threads: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/runs',
    methods=['POST'],
    operation_id='createThreadAndRun',
    summary='Create a thread and run it in one request.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateThreadAndRunRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_thread_and_run() -> None:
    ...  # POST /threads/runs: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}',
    methods=['GET'],
    operation_id='getThread',
    summary='Retrieves a thread.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_thread(
    thread_id: Annotated[str, Path(description='The ID of the thread to retrieve.')],
) -> None:
    ...  # GET /threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}',
    methods=['POST'],
    operation_id='modifyThread',
    summary='Modifies a thread.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ModifyThreadRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_thread(
    thread_id: Annotated[str, Path(description='The ID of the thread to modify. Only the `metadata` can be modified.')],
) -> None:
    ...  # POST /threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}',
    methods=['DELETE'],
    operation_id='deleteThread',
    summary='Delete a thread.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteThreadResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_thread(
    thread_id: Annotated[str, Path(description='The ID of the thread to delete.')],
) -> None:
    ...  # DELETE /threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/messages',
    methods=['GET'],
    operation_id='listMessages',
    summary='Returns a list of messages for a given thread.',
    tags=['Assistants'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'run_id',
                'in': 'query',
                'description': 'Filter messages by the run ID that generated them.\n',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListMessagesResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_messages(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) the messages belong to.')],
) -> None:
    ...  # GET /threads/{thread_id}/messages: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/messages',
    methods=['POST'],
    operation_id='createMessage',
    summary='Create a message.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateMessageRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/MessageObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_message(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) to create a message for.')],
) -> None:
    ...  # POST /threads/{thread_id}/messages: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/messages/{message_id}',
    methods=['GET'],
    operation_id='getMessage',
    summary='Retrieve a message.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/MessageObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_message(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) to which this message belongs.')],
    message_id: Annotated[str, Path(description='The ID of the message to retrieve.')],
) -> None:
    ...  # GET /threads/{thread_id}/messages/{message_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/messages/{message_id}',
    methods=['POST'],
    operation_id='modifyMessage',
    summary='Modifies a message.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ModifyMessageRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/MessageObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_message(
    thread_id: Annotated[str, Path(description='The ID of the thread to which this message belongs.')],
    message_id: Annotated[str, Path(description='The ID of the message to modify.')],
) -> None:
    ...  # POST /threads/{thread_id}/messages/{message_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/messages/{message_id}',
    methods=['DELETE'],
    operation_id='deleteMessage',
    summary='Deletes a message.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteMessageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_message(
    thread_id: Annotated[str, Path(description='The ID of the thread to which this message belongs.')],
    message_id: Annotated[str, Path(description='The ID of the message to delete.')],
) -> None:
    ...  # DELETE /threads/{thread_id}/messages/{message_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs',
    methods=['GET'],
    operation_id='listRuns',
    summary='Returns a list of runs belonging to a thread.',
    tags=['Assistants'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListRunsResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_runs(
    thread_id: Annotated[str, Path(description='The ID of the thread the run belongs to.')],
) -> None:
    ...  # GET /threads/{thread_id}/runs: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs',
    methods=['POST'],
    operation_id='createRun',
    summary='Create a run.',
    tags=['Assistants'],
    openapi_extra={
        'parameters': [
            {
                'name': 'include[]',
                'in': 'query',
                'description': (
                    'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.\n'
                    '\n'
                    'See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.\n'
                ),
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['step_details.tool_calls[*].file_search.results[*].content']},
                },
            },
        ],
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateRunRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_run(
    thread_id: Annotated[str, Path(description='The ID of the thread to run.')],
) -> None:
    ...  # POST /threads/{thread_id}/runs: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}',
    methods=['GET'],
    operation_id='getRun',
    summary='Retrieves a run.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_run(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) that was run.')],
    run_id: Annotated[str, Path(description='The ID of the run to retrieve.')],
) -> None:
    ...  # GET /threads/{thread_id}/runs/{run_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}',
    methods=['POST'],
    operation_id='modifyRun',
    summary='Modifies a run.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ModifyRunRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_run(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) that was run.')],
    run_id: Annotated[str, Path(description='The ID of the run to modify.')],
) -> None:
    ...  # POST /threads/{thread_id}/runs/{run_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}/cancel',
    methods=['POST'],
    operation_id='cancelRun',
    summary='Cancels a run that is `in_progress`.',
    tags=['Assistants'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def cancel_run(
    thread_id: Annotated[str, Path(description='The ID of the thread to which this run belongs.')],
    run_id: Annotated[str, Path(description='The ID of the run to cancel.')],
) -> None:
    ...  # POST /threads/{thread_id}/runs/{run_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}/steps',
    methods=['GET'],
    operation_id='listRunSteps',
    summary='Returns a list of run steps belonging to a run.',
    tags=['Assistants'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'schema': {'type': 'string'},
            },
            {
                'name': 'include[]',
                'in': 'query',
                'description': (
                    'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.\n'
                    '\n'
                    'See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.\n'
                ),
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['step_details.tool_calls[*].file_search.results[*].content']},
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListRunStepsResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_run_steps(
    thread_id: Annotated[str, Path(description='The ID of the thread the run and run steps belong to.')],
    run_id: Annotated[str, Path(description='The ID of the run the run steps belong to.')],
) -> None:
    ...  # GET /threads/{thread_id}/runs/{run_id}/steps: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}',
    methods=['GET'],
    operation_id='getRunStep',
    summary='Retrieves a run step.',
    tags=['Assistants'],
    openapi_extra={
        'parameters': [
            {
                'name': 'include[]',
                'in': 'query',
                'description': (
                    'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.\n'
                    '\n'
                    'See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.\n'
                ),
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['step_details.tool_calls[*].file_search.results[*].content']},
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunStepObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_run_step(
    thread_id: Annotated[str, Path(description='The ID of the thread to which the run and run step belongs.')],
    run_id: Annotated[str, Path(description='The ID of the run to which the run step belongs.')],
    step_id: Annotated[str, Path(description='The ID of the run step to retrieve.')],
) -> None:
    ...  # GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    methods=['POST'],
    operation_id='submitToolOuputsToRun',
    summary='When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they\'re all completed. All outputs must be submitted in a single request.',
    tags=['Assistants'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SubmitToolOutputsRunRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RunObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def submit_tool_ouputs_to_run(
    thread_id: Annotated[str, Path(description='The ID of the [thread](/docs/api-reference/threads) to which this run belongs.')],
    run_id: Annotated[str, Path(description='The ID of the run that requires the tool output submission.')],
) -> None:
    ...  # POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs: forwarded by the runtime, never called
