# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Usage' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/costs',
    methods=['GET'],
    operation_id='usage-costs',
    summary='Get costs details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only costs for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only costs for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'line_item', 'api_key_id']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 7},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Costs data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_costs() -> None:
    ...  # GET /organization/costs: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/audio_speeches',
    methods=['GET'],
    operation_id='usage-audio-speeches',
    summary='Get audio speeches usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'user_id', 'api_key_id', 'model']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_audio_speeches() -> None:
    ...  # GET /organization/usage/audio_speeches: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/audio_transcriptions',
    methods=['GET'],
    operation_id='usage-audio-transcriptions',
    summary='Get audio transcriptions usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'user_id', 'api_key_id', 'model']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_audio_transcriptions() -> None:
    ...  # GET /organization/usage/audio_transcriptions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/code_interpreter_sessions',
    methods=['GET'],
    operation_id='usage-code-interpreter-sessions',
    summary='Get code interpreter sessions usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string', 'enum': ['project_id']}},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_code_interpreter_sessions() -> None:
    ...  # GET /organization/usage/code_interpreter_sessions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/completions',
    methods=['GET'],
    operation_id='usage-completions',
    summary='Get completions usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'batch',
                'in': 'query',
                'description': 'If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.\n',
                'required': False,
                'schema': {'type': 'boolean'},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {
                        'type': 'string',
                        'enum': ['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier'],
                    },
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_completions() -> None:
    ...  # GET /organization/usage/completions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/embeddings',
    methods=['GET'],
    operation_id='usage-embeddings',
    summary='Get embeddings usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'user_id', 'api_key_id', 'model']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_embeddings() -> None:
    ...  # GET /organization/usage/embeddings: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/file_search_calls',
    methods=['GET'],
    operation_id='usage-file-search-calls',
    summary='Get file search calls usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'vector_store_ids',
                'in': 'query',
                'description': 'Return only usage for these vector stores.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'user_id', 'api_key_id', 'vector_store_id']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_file_search_calls() -> None:
    ...  # GET /organization/usage/file_search_calls: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/images',
    methods=['GET'],
    operation_id='usage-images',
    summary='Get images usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'sources',
                'in': 'query',
                'description': 'Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['image.generation', 'image.edit', 'image.variation']},
                },
            },
            {
                'name': 'sizes',
                'in': 'query',
                'description': 'Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792']},
                },
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {
                        'type': 'string',
                        'enum': ['project_id', 'user_id', 'api_key_id', 'model', 'size', 'source'],
                    },
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_images() -> None:
    ...  # GET /organization/usage/images: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/moderations',
    methods=['GET'],
    operation_id='usage-moderations',
    summary='Get moderations usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {'type': 'string', 'enum': ['project_id', 'user_id', 'api_key_id', 'model']},
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_moderations() -> None:
    ...  # GET /organization/usage/moderations: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/vector_stores',
    methods=['GET'],
    operation_id='usage-vector-stores',
    summary='Get vector stores usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string', 'enum': ['project_id']}},
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_vector_stores() -> None:
    ...  # GET /organization/usage/vector_stores: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/usage/web_search_calls',
    methods=['GET'],
    operation_id='usage-web-search-calls',
    summary='Get web search calls usage details for the organization.',
    tags=['Usage'],
    openapi_extra={
        'parameters': [
            {
                'name': 'start_time',
                'in': 'query',
                'description': 'Start time (Unix seconds) of the query time range, inclusive.',
                'required': True,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'end_time',
                'in': 'query',
                'description': 'End time (Unix seconds) of the query time range, exclusive.',
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'bucket_width',
                'in': 'query',
                'description': 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['1m', '1h', '1d'], 'default': '1d'},
            },
            {
                'name': 'project_ids',
                'in': 'query',
                'description': 'Return only usage for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'user_ids',
                'in': 'query',
                'description': 'Return only usage for these users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'api_key_ids',
                'in': 'query',
                'description': 'Return only usage for these API keys.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'models',
                'in': 'query',
                'description': 'Return only usage for these models.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'context_levels',
                'in': 'query',
                'description': 'Return only web search usage for these context levels.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string', 'enum': ['low', 'medium', 'high']}},
            },
            {
                'name': 'group_by',
                'in': 'query',
                'description': 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.',
                'required': False,
                'schema': {
                    'type': 'array',
                    'items': {
                        'type': 'string',
                        'enum': ['project_id', 'user_id', 'api_key_id', 'model', 'context_level'],
                    },
                },
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': (
                    'Specifies the number of buckets to return.\n'
                    '- `bucket_width=1d`: default: 7, max: 31\n'
                    '- `bucket_width=1h`: default: 24, max: 168\n'
                    '- `bucket_width=1m`: default: 60, max: 1440\n'
                ),
                'required': False,
                'schema': {'type': 'integer'},
            },
            {
                'name': 'page',
                'in': 'query',
                'description': 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Usage data retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UsageResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def usage_web_search_calls() -> None:
    ...  # GET /organization/usage/web_search_calls: forwarded by the runtime, never called
