# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Chatkit' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/chatkit/sessions/{session_id}/cancel',
    methods=['POST'],
    operation_id='CancelChatSessionMethod',
    summary=(
        'Cancel an active ChatKit session and return its most recent metadata.\n'
        '\n'
        'Cancelling prevents new requests from using the issued client secret.'
    ),
    tags=['Chatkit'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ChatSessionResource'}}},
            },
        },
    },
)
async def cancel_chat_session_method(
    session_id: Annotated[str, Path(description='Unique identifier for the ChatKit session to cancel.')],
) -> None:
    ...  # POST /chatkit/sessions/{session_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/chatkit/sessions',
    methods=['POST'],
    operation_id='CreateChatSessionMethod',
    summary='Create a ChatKit session.',
    tags=['Chatkit'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateChatSessionBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ChatSessionResource'}}},
            },
        },
    },
)
async def create_chat_session_method() -> None:
    ...  # POST /chatkit/sessions: forwarded by the runtime, never called


@router.api_route(
    '/v1/chatkit/threads/{thread_id}/items',
    methods=['GET'],
    operation_id='ListThreadItemsMethod',
    summary='List items that belong to a ChatKit thread.',
    tags=['Chatkit'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Maximum number of thread items to return. Defaults to 20.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for results by creation time. Defaults to `desc`.',
                'required': False,
                'schema': {'$ref': '#/components/schemas/OrderEnum'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'List items created after this thread item ID. Defaults to null for the first page.',
                'required': False,
                'schema': {
                    'description': 'List items created after this thread item ID. Defaults to null for the first page.',
                    'type': 'string',
                },
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'List items created before this thread item ID. Defaults to null for the newest results.',
                'required': False,
                'schema': {
                    'description': 'List items created before this thread item ID. Defaults to null for the newest results.',
                    'type': 'string',
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadItemListResource'}}},
            },
        },
    },
)
async def list_thread_items_method(
    thread_id: Annotated[str, Path(description='Identifier of the ChatKit thread whose items are requested.')],
) -> None:
    ...  # GET /chatkit/threads/{thread_id}/items: forwarded by the runtime, never called


@router.api_route(
    '/v1/chatkit/threads/{thread_id}',
    methods=['GET'],
    operation_id='GetThreadMethod',
    summary='Retrieve a ChatKit thread by its identifier.',
    tags=['Chatkit'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadResource'}}},
            },
        },
    },
)
async def get_thread_method(
    thread_id: Annotated[str, Path(description='Identifier of the ChatKit thread to retrieve.')],
) -> None:
    ...  # GET /chatkit/threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/chatkit/threads/{thread_id}',
    methods=['DELETE'],
    operation_id='DeleteThreadMethod',
    summary='Delete a ChatKit thread along with its items and stored attachments.',
    tags=['Chatkit'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeletedThreadResource'}}},
            },
        },
    },
)
async def delete_thread_method(
    thread_id: Annotated[str, Path(description='Identifier of the ChatKit thread to delete.')],
) -> None:
    ...  # DELETE /chatkit/threads/{thread_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/chatkit/threads',
    methods=['GET'],
    operation_id='ListThreadsMethod',
    summary='List ChatKit threads with optional pagination and user filters.',
    tags=['Chatkit'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Maximum number of thread items to return. Defaults to 20.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for results by creation time. Defaults to `desc`.',
                'required': False,
                'schema': {'$ref': '#/components/schemas/OrderEnum'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'List items created after this thread item ID. Defaults to null for the first page.',
                'required': False,
                'schema': {
                    'description': 'List items created after this thread item ID. Defaults to null for the first page.',
                    'type': 'string',
                },
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'List items created before this thread item ID. Defaults to null for the newest results.',
                'required': False,
                'schema': {
                    'description': 'List items created before this thread item ID. Defaults to null for the newest results.',
                    'type': 'string',
                },
            },
            {
                'name': 'user',
                'in': 'query',
                'description': 'Filter threads that belong to this user identifier. Defaults to null to return all users.',
                'required': False,
                'schema': {
                    'description': 'Filter threads that belong to this user identifier. Defaults to null to return all users.',
                    'type': 'string',
                    'minLength': 1,
                    'maxLength': 512,
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThreadListResource'}}},
            },
        },
    },
)
async def list_threads_method() -> None:
    ...  # GET /chatkit/threads: forwarded by the runtime, never called
