# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Conversations' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/conversations/{conversation_id}/items',
    methods=['GET'],
    operation_id='listConversationItems',
    summary='List all items for a conversation with the given ID.',
    tags=['Conversations'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'A limit on the number of objects to be returned. Limit can range between\n'
                    '1 and 100, and the default is 20.\n'
                ),
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'in': 'query',
                'name': 'order',
                'schema': {'type': 'string', 'enum': ['asc', 'desc']},
                'description': (
                    'The order to return the input items in. Default is `desc`.\n'
                    '- `asc`: Return the input items in ascending order.\n'
                    '- `desc`: Return the input items in descending order.\n'
                ),
            },
            {
                'in': 'query',
                'name': 'after',
                'schema': {'type': 'string'},
                'description': 'An item ID to list items after, used in pagination.\n',
            },
            {
                'name': 'include',
                'in': 'query',
                'required': False,
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/IncludeEnum'}},
                'description': (
                    'Specify additional output data to include in the model response. Currently supported values are:\n'
                    '- `web_search_call.action.sources`: Include the sources of the web search tool call.\n'
                    '- `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.\n'
                    '- `computer_call_output.output.image_url`: Include image urls from the computer call output.\n'
                    '- `file_search_call.results`: Include the search results of the file search tool call.\n'
                    '- `message.input_image.image_url`: Include image urls from the input message.\n'
                    '- `message.output_text.logprobs`: Include logprobs with assistant messages.\n'
                    '- `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).'
                ),
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationItemList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_conversation_items(
    conversation_id: Annotated[str, Path(description='The ID of the conversation to list items for.')],
) -> None:
    ...  # GET /conversations/{conversation_id}/items: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}/items',
    methods=['POST'],
    operation_id='createConversationItems',
    summary='Create items in a conversation with the given ID.',
    tags=['Conversations'],
    openapi_extra={
        'parameters': [
            {
                'name': 'include',
                'in': 'query',
                'required': False,
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/IncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.\n'
                ),
            },
        ],
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {
                    'schema': {
                        'properties': {
                            'items': {
                                'type': 'array',
                                'description': 'The items to add to the conversation. You may add up to 20 items at a time.\n',
                                'items': {'$ref': '#/components/schemas/InputItem'},
                                'maxItems': 20,
                            },
                        },
                        'required': ['items'],
                    },
                },
            },
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationItemList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_conversation_items(
    conversation_id: Annotated[str, Path(description='The ID of the conversation to add the item to.')],
) -> None:
    ...  # POST /conversations/{conversation_id}/items: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}/items/{item_id}',
    methods=['GET'],
    operation_id='getConversationItem',
    summary='Get a single item from a conversation with the given IDs.',
    tags=['Conversations'],
    openapi_extra={
        'parameters': [
            {
                'name': 'include',
                'in': 'query',
                'required': False,
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/IncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.\n'
                ),
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationItem'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_conversation_item(
    conversation_id: Annotated[str, Path(description='The ID of the conversation that contains the item.')],
    item_id: Annotated[str, Path(description='The ID of the item to retrieve.')],
) -> None:
    ...  # GET /conversations/{conversation_id}/items/{item_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}/items/{item_id}',
    methods=['DELETE'],
    operation_id='deleteConversationItem',
    summary='Delete an item from a conversation with the given IDs.',
    tags=['Conversations'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_conversation_item(
    conversation_id: Annotated[str, Path(description='The ID of the conversation that contains the item.')],
    item_id: Annotated[str, Path(description='The ID of the item to delete.')],
) -> None:
    ...  # DELETE /conversations/{conversation_id}/items/{item_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations',
    methods=['POST'],
    operation_id='createConversation',
    summary='Create a conversation.',
    tags=['Conversations'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateConversationBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_conversation() -> None:
    ...  # POST /conversations: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}',
    methods=['GET'],
    operation_id='getConversation',
    summary='Get a conversation',
    tags=['Conversations'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_conversation(
    conversation_id: Annotated[str, Path(description='The ID of the conversation to retrieve.')],
) -> None:
    ...  # GET /conversations/{conversation_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}',
    methods=['POST'],
    operation_id='updateConversation',
    summary='Update a conversation',
    tags=['Conversations'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateConversationBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ConversationResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_conversation(
    conversation_id: Annotated[str, Path(description='The ID of the conversation to update.')],
) -> None:
    ...  # POST /conversations/{conversation_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/conversations/{conversation_id}',
    methods=['DELETE'],
    operation_id='deleteConversation',
    summary='Delete a conversation. Items in the conversation will not be deleted.',
    tags=['Conversations'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeletedConversationResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_conversation(
    conversation_id: Annotated[str, Path(description='The ID of the conversation to delete.')],
) -> None:
    ...  # DELETE /conversations/{conversation_id}: forwarded by the runtime, never called
