# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Responses' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/responses',
    methods=['POST'],
    operation_id='createResponse',
    summary=(
        'Creates a model response. Provide [text](/docs/guides/text) or\n'
        '[image](/docs/guides/images) inputs to generate [text](/docs/guides/text)\n'
        'or [JSON](/docs/guides/structured-outputs) outputs. Have the model call\n'
        'your own [custom code](/docs/guides/function-calling) or use built-in\n'
        '[tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)\n'
        'or [file search](/docs/guides/tools-file-search) to use your own data\n'
        "as input for the model's response."
    ),
    tags=['Responses'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateResponse'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/Response'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/ResponseStreamEvent'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_response() -> None:
    ...  # POST /responses: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}',
    methods=['GET'],
    operation_id='getResponse',
    summary='Retrieves a model response with the given ID.',
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'include',
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/IncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for Response creation above for more information.\n'
                ),
            },
            {
                'in': 'query',
                'name': 'stream',
                'schema': {'type': 'boolean'},
                'description': (
                    'If set to true, the model response data will be streamed to the client\n'
                    'as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).\n'
                    'See the [Streaming section below](/docs/api-reference/responses-streaming)\n'
                    'for more information.\n'
                ),
            },
            {
                'in': 'query',
                'name': 'starting_after',
                'schema': {'type': 'integer'},
                'description': 'The sequence number of the event after which to start streaming.\n',
            },
            {
                'in': 'query',
                'name': 'include_obfuscation',
                'schema': {'type': 'boolean'},
                'description': (
                    'When true, stream obfuscation will be enabled. Stream obfuscation adds\n'
                    'random characters to an `obfuscation` field on streaming delta events\n'
                    'to normalize payload sizes as a mitigation to certain side-channel\n'
                    'attacks. These obfuscation fields are included by default, but add a\n'
                    'small amount of overhead to the data stream. You can set\n'
                    '`include_obfuscation` to false to optimize for bandwidth if you trust\n'
                    'the network links between your application and the OpenAI API.\n'
                ),
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Response'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_response(
    response_id: Annotated[str, Path(description='The ID of the response to retrieve.')],
) -> None:
    ...  # GET /responses/{response_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}',
    methods=['DELETE'],
    operation_id='deleteResponse',
    summary='Deletes a model response with the given ID.',
    tags=['Responses'],
    openapi_extra={
        'responses': {
            '200': {'description': 'OK'},
            '404': {
                'description': 'Not Found',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Error'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_response(
    response_id: Annotated[str, Path(description='The ID of the response to delete.')],
) -> None:
    ...  # DELETE /responses/{response_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}/cancel',
    methods=['POST'],
    operation_id='cancelResponse',
    summary=(
        'Cancels a model response with the given ID. Only responses created with\n'
        'the `background` parameter set to `true` can be cancelled. \n'
        '[Learn more](/docs/guides/background).'
    ),
    tags=['Responses'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Response'}}},
            },
            '404': {
                'description': 'Not Found',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Error'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def cancel_response(
    response_id: Annotated[str, Path(description='The ID of the response to cancel.')],
) -> None:
    ...  # POST /responses/{response_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}/input_items',
    methods=['GET'],
    operation_id='listInputItems',
    summary='Returns a list of input items for a given response.',
    tags=['Responses'],
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
                'in': 'query',
                'name': 'include',
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/IncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for Response creation above for more information.\n'
                ),
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ResponseItemList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_input_items(
    response_id: Annotated[str, Path(description='The ID of the response to retrieve input items for.')],
) -> None:
    ...  # GET /responses/{response_id}/input_items: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/input_tokens',
    methods=['POST'],
    operation_id='Getinputtokencounts',
    summary=(
        'Returns input token counts of the request.\n'
        '\n'
        'Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.'
    ),
    tags=['Responses'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/TokenCountsBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/TokenCountsResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def getinputtokencounts() -> None:
    ...  # POST /responses/input_tokens: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/compact',
    methods=['POST'],
    operation_id='Compactconversation',
    summary=(
        'Compact a conversation. Returns a compacted response object.\n'
        '\n'
        'Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).'
    ),
    tags=['Responses'],
    openapi_extra={
        'requestBody': {
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CompactResponseMethodPublicBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CompactResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def compactconversation() -> None:
    ...  # POST /responses/compact: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses?beta=true',
    methods=['POST'],
    operation_id='beta_createResponse',
    summary=(
        'Creates a model response. Provide [text](/docs/guides/text) or\n'
        '[image](/docs/guides/images) inputs to generate [text](/docs/guides/text)\n'
        'or [JSON](/docs/guides/structured-outputs) outputs. Have the model call\n'
        'your own [custom code](/docs/guides/function-calling) or use built-in\n'
        '[tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)\n'
        'or [file search](/docs/guides/tools-file-search) to use your own data\n'
        "as input for the model's response."
    ),
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaCreateResponse'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/BetaResponse'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/BetaResponseStreamEvent'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_create_response() -> None:
    ...  # POST /responses?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}?beta=true',
    methods=['GET'],
    operation_id='beta_getResponse',
    summary='Retrieves a model response with the given ID.',
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'include',
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/BetaIncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for Response creation above for more information.\n'
                ),
            },
            {
                'in': 'query',
                'name': 'stream',
                'schema': {'type': 'boolean'},
                'description': (
                    'If set to true, the model response data will be streamed to the client\n'
                    'as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).\n'
                    'See the [Streaming section below](/docs/api-reference/responses-streaming)\n'
                    'for more information.\n'
                ),
            },
            {
                'in': 'query',
                'name': 'starting_after',
                'schema': {'type': 'integer'},
                'description': 'The sequence number of the event after which to start streaming.\n',
            },
            {
                'in': 'query',
                'name': 'include_obfuscation',
                'schema': {'type': 'boolean'},
                'description': (
                    'When true, stream obfuscation will be enabled. Stream obfuscation adds\n'
                    'random characters to an `obfuscation` field on streaming delta events\n'
                    'to normalize payload sizes as a mitigation to certain side-channel\n'
                    'attacks. These obfuscation fields are included by default, but add a\n'
                    'small amount of overhead to the data stream. You can set\n'
                    '`include_obfuscation` to false to optimize for bandwidth if you trust\n'
                    'the network links between your application and the OpenAI API.\n'
                ),
            },
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_get_response(
    response_id: Annotated[str, Path(description='The ID of the response to retrieve.')],
) -> None:
    ...  # GET /responses/{response_id}?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}?beta=true',
    methods=['DELETE'],
    operation_id='beta_deleteResponse',
    summary='Deletes a model response with the given ID.',
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'responses': {
            '200': {'description': 'OK'},
            '404': {
                'description': 'Not Found',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaError'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_delete_response(
    response_id: Annotated[str, Path(description='The ID of the response to delete.')],
) -> None:
    ...  # DELETE /responses/{response_id}?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}/cancel?beta=true',
    methods=['POST'],
    operation_id='beta_cancelResponse',
    summary=(
        'Cancels a model response with the given ID. Only responses created with\n'
        'the `background` parameter set to `true` can be cancelled. \n'
        '[Learn more](/docs/guides/background).'
    ),
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaResponse'}}},
            },
            '404': {
                'description': 'Not Found',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaError'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_cancel_response(
    response_id: Annotated[str, Path(description='The ID of the response to cancel.')],
) -> None:
    ...  # POST /responses/{response_id}/cancel?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/compact?beta=true',
    methods=['POST'],
    operation_id='beta_Compactconversation',
    summary=(
        'Compact a conversation. Returns a compacted response object.\n'
        '\n'
        'Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).'
    ),
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'requestBody': {
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/BetaCompactResponseMethodPublicBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaCompactResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_compactconversation() -> None:
    ...  # POST /responses/compact?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/{response_id}/input_items?beta=true',
    methods=['GET'],
    operation_id='beta_listInputItems',
    summary='Returns a list of input items for a given response.',
    tags=['Responses'],
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
                'in': 'query',
                'name': 'include',
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/BetaIncludeEnum'}},
                'description': (
                    'Additional fields to include in the response. See the `include`\n'
                    'parameter for Response creation above for more information.\n'
                ),
            },
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaResponseItemList'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_list_input_items(
    response_id: Annotated[str, Path(description='The ID of the response to retrieve input items for.')],
) -> None:
    ...  # GET /responses/{response_id}/input_items?beta=true: forwarded by the runtime, never called


@router.api_route(
    '/v1/responses/input_tokens?beta=true',
    methods=['POST'],
    operation_id='beta_Getinputtokencounts',
    summary=(
        'Returns input token counts of the request.\n'
        '\n'
        'Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.'
    ),
    tags=['Responses'],
    openapi_extra={
        'parameters': [
            {
                'name': 'openai-beta',
                'in': 'header',
                'required': False,
                'description': 'Optional beta features to enable for this request.',
                'style': 'simple',
                'explode': False,
                'schema': {
                    'type': 'array',
                    'x-stainless-param': 'betas',
                    'items': {'type': 'string', 'enum': ['responses_multi_agent=v1']},
                },
            },
        ],
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaTokenCountsBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/BetaTokenCountsResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def beta_getinputtokencounts() -> None:
    ...  # POST /responses/input_tokens?beta=true: forwarded by the runtime, never called
