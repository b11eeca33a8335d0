# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Chat' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/chat/completions',
    methods=['GET'],
    operation_id='listChatCompletions',
    summary=(
        'List stored Chat Completions. Only Chat Completions that have been stored\n'
        'with the `store` parameter set to `true` will be returned.'
    ),
    tags=['Chat'],
    openapi_extra={
        'parameters': [
            {
                'name': 'model',
                'in': 'query',
                'description': 'The model used to generate the Chat Completions.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'metadata',
                'in': 'query',
                'description': (
                    'A list of metadata keys to filter the Chat Completions by. Example:\n'
                    '\n'
                    '`metadata[key1]=value1&metadata[key2]=value2`\n'
                ),
                'required': False,
                'schema': {'$ref': '#/components/schemas/Metadata'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last chat completion from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of Chat Completions to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of Chat Completions',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ChatCompletionList'}}},
            },
        },
    },
)
async def list_chat_completions() -> None:
    ...  # GET /chat/completions: forwarded by the runtime, never called


@router.api_route(
    '/v1/chat/completions',
    methods=['POST'],
    operation_id='createChatCompletion',
    summary=(
        '**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)\n'
        'to take advantage of the latest OpenAI platform features. Compare\n'
        '[Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).\n'
        '\n'
        '---\n'
        '\n'
        'Creates a model response for the given chat conversation. Learn more in the\n'
        '[text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),\n'
        'and [audio](/docs/guides/audio) guides.\n'
        '\n'
        'Parameter support can differ depending on the model used to generate the\n'
        'response, particularly for newer reasoning models. Parameters that are only\n'
        'supported for reasoning models are noted below. For the current state of\n'
        'unsupported parameters in reasoning models,\n'
        '[refer to the reasoning guide](/docs/guides/reasoning).\n'
        '\n'
        'Returns a chat completion object, or a streamed sequence of chat completion\n'
        'chunk objects if the request is streamed.'
    ),
    tags=['Chat'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateChatCompletionRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/CreateChatCompletionResponse'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/CreateChatCompletionStreamResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_chat_completion() -> None:
    ...  # POST /chat/completions: forwarded by the runtime, never called


@router.api_route(
    '/v1/chat/completions/{completion_id}',
    methods=['GET'],
    operation_id='getChatCompletion',
    summary=(
        'Get a stored chat completion. Only Chat Completions that have been created\n'
        'with the `store` parameter set to `true` will be returned.'
    ),
    tags=['Chat'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'A chat completion',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/CreateChatCompletionResponse'}},
                },
            },
        },
    },
)
async def get_chat_completion(
    completion_id: Annotated[str, Path(description='The ID of the chat completion to retrieve.')],
) -> None:
    ...  # GET /chat/completions/{completion_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/chat/completions/{completion_id}',
    methods=['POST'],
    operation_id='updateChatCompletion',
    summary=(
        'Modify a stored chat completion. Only Chat Completions that have been\n'
        'created with the `store` parameter set to `true` can be modified. Currently,\n'
        'the only supported modification is to update the `metadata` field.'
    ),
    tags=['Chat'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {
                    'schema': {
                        'type': 'object',
                        'required': ['metadata'],
                        'properties': {'metadata': {'$ref': '#/components/schemas/Metadata'}},
                    },
                },
            },
        },
        'responses': {
            '200': {
                'description': 'A chat completion',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/CreateChatCompletionResponse'}},
                },
            },
        },
    },
)
async def update_chat_completion(
    completion_id: Annotated[str, Path(description='The ID of the chat completion to update.')],
) -> None:
    ...  # POST /chat/completions/{completion_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/chat/completions/{completion_id}',
    methods=['DELETE'],
    operation_id='deleteChatCompletion',
    summary=(
        'Delete a stored chat completion. Only Chat Completions that have been\n'
        'created with the `store` parameter set to `true` can be deleted.'
    ),
    tags=['Chat'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The chat completion was deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ChatCompletionDeleted'}}},
            },
        },
    },
)
async def delete_chat_completion(
    completion_id: Annotated[str, Path(description='The ID of the chat completion to delete.')],
) -> None:
    ...  # DELETE /chat/completions/{completion_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/chat/completions/{completion_id}/messages',
    methods=['GET'],
    operation_id='getChatCompletionMessages',
    summary=(
        'Get the messages in a stored chat completion. Only Chat Completions that\n'
        'have been created with the `store` parameter set to `true` will be\n'
        'returned.'
    ),
    tags=['Chat'],
    openapi_extra={
        'parameters': [
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last message from the previous pagination request.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of messages to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of messages',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ChatCompletionMessageList'}}},
            },
        },
    },
)
async def get_chat_completion_messages(
    completion_id: Annotated[str, Path(description='The ID of the chat completion to retrieve messages from.')],
) -> None:
    ...  # GET /chat/completions/{completion_id}/messages: forwarded by the runtime, never called
