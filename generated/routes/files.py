# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Files' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/files',
    methods=['GET'],
    operation_id='listFiles',
    summary='Returns a list of files.',
    tags=['Files'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'purpose',
                'required': False,
                'schema': {'type': 'string'},
                'description': 'Only return files with the given purpose.',
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 10000},
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
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListFilesResponse'}}},
            },
        },
    },
)
async def list_files() -> None:
    ...  # GET /files: forwarded by the runtime, never called


@router.api_route(
    '/v1/files',
    methods=['POST'],
    operation_id='createFile',
    summary=(
        'Upload a file that can be used across various endpoints. Individual files\n'
        'can be up to 512 MB, and each project can store up to 2.5 TB of files in\n'
        'total. There is no organization-wide storage limit. Uploads to this\n'
        'endpoint are rate-limited to 1,000 requests per minute per authenticated\n'
        'user.\n'
        '\n'
        '- The Assistants API supports files up to 2 million tokens and of specific\n'
        '  file types. See the [Assistants Tools guide](/docs/assistants/tools) for\n'
        '  details.\n'
        '- The Fine-tuning API only supports `.jsonl` files. The input also has\n'
        '  certain required formats for fine-tuning\n'
        '  [chat](/docs/api-reference/fine-tuning/chat-input) or\n'
        '  [completions](/docs/api-reference/fine-tuning/completions-input) models.\n'
        '- The Batch API only supports `.jsonl` files up to 200 MB in size. The input\n'
        '  also has a specific required\n'
        '  [format](/docs/api-reference/batch/request-input).\n'
        '- For Retrieval or `file_search` ingestion, upload files here first. If\n'
        '  you need to attach multiple uploaded files to the same vector store, use\n'
        '  [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)\n'
        '  instead of attaching them one by one. Vector store attachment has separate\n'
        '  limits from file upload, including 2,000 attached files per minute per\n'
        '  organization.\n'
        '\n'
        'Please [contact us](https://help.openai.com/) if you need to increase these\n'
        'storage limits.'
    ),
    tags=['Files'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateFileRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OpenAIFile'}}},
            },
        },
    },
)
async def create_file() -> None:
    ...  # POST /files: forwarded by the runtime, never called


@router.api_route(
    '/v1/files/{file_id}',
    methods=['GET'],
    operation_id='retrieveFile',
    summary='Returns information about a specific file.',
    tags=['Files'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OpenAIFile'}}},
            },
        },
    },
)
async def retrieve_file(
    file_id: Annotated[str, Path(description='The ID of the file to use for this request.')],
) -> None:
    ...  # GET /files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/files/{file_id}',
    methods=['DELETE'],
    operation_id='deleteFile',
    summary='Delete a file and remove it from all vector stores.',
    tags=['Files'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteFileResponse'}}},
            },
        },
    },
)
async def delete_file(
    file_id: Annotated[str, Path(description='The ID of the file to use for this request.')],
) -> None:
    ...  # DELETE /files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/files/{file_id}/content',
    methods=['GET'],
    operation_id='downloadFile',
    summary='Returns a response containing the contents of the specified file.',
    tags=['Files'],
    openapi_extra={
        'responses': {'200': {'description': 'OK', 'content': {'application/json': {'schema': {'type': 'string'}}}}},
    },
)
async def download_file(
    file_id: Annotated[str, Path(description='The ID of the file to use for this request.')],
) -> None:
    ...  # GET /files/{file_id}/content: forwarded by the runtime, never called
