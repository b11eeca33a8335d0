# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Vector stores' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/vector_stores',
    methods=['GET'],
    operation_id='listVectorStores',
    summary='Returns a list of vector stores.',
    tags=['Vector stores'],
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
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListVectorStoresResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_vector_stores() -> None:
    ...  # GET /vector_stores: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores',
    methods=['POST'],
    operation_id='createVectorStore',
    summary='Create a vector store.',
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateVectorStoreRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_vector_store() -> None:
    ...  # POST /vector_stores: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}',
    methods=['GET'],
    operation_id='getVectorStore',
    summary='Retrieves a vector store.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_vector_store(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store to retrieve.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}',
    methods=['POST'],
    operation_id='modifyVectorStore',
    summary='Modifies a vector store.',
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateVectorStoreRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_vector_store(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store to modify.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}',
    methods=['DELETE'],
    operation_id='deleteVectorStore',
    summary='Delete a vector store.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteVectorStoreResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_vector_store(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store to delete.')],
) -> None:
    ...  # DELETE /vector_stores/{vector_store_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/file_batches',
    methods=['POST'],
    operation_id='createVectorStoreFileBatch',
    summary='Create a vector store file batch.',
    description=(
        'The maximum number of files in a single batch request is 2000.\n'
        'Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).\n'
        'For ingesting multiple files into the same vector store, this batch endpoint is recommended.'
    ),
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateVectorStoreFileBatchRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileBatchObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_vector_store_file_batch(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store for which to create a File Batch.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}/file_batches: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}',
    methods=['GET'],
    operation_id='getVectorStoreFileBatch',
    summary='Retrieves a vector store file batch.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileBatchObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_vector_store_file_batch(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the file batch belongs to.')],
    batch_id: Annotated[str, Path(description='The ID of the file batch being retrieved.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}/file_batches/{batch_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel',
    methods=['POST'],
    operation_id='cancelVectorStoreFileBatch',
    summary='Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileBatchObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def cancel_vector_store_file_batch(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the file batch belongs to.')],
    batch_id: Annotated[str, Path(description='The ID of the file batch to cancel.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files',
    methods=['GET'],
    operation_id='listFilesInVectorStoreBatch',
    summary='Returns a list of vector store files in a batch.',
    tags=['Vector stores'],
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
                'name': 'filter',
                'in': 'query',
                'description': 'Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.',
                'schema': {'type': 'string', 'enum': ['in_progress', 'completed', 'failed', 'cancelled']},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListVectorStoreFilesResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_files_in_vector_store_batch(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the files belong to.')],
    batch_id: Annotated[str, Path(description='The ID of the file batch that the files belong to.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files',
    methods=['GET'],
    operation_id='listVectorStoreFiles',
    summary='Returns a list of vector store files.',
    tags=['Vector stores'],
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
                'name': 'filter',
                'in': 'query',
                'description': 'Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.',
                'schema': {'type': 'string', 'enum': ['in_progress', 'completed', 'failed', 'cancelled']},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListVectorStoreFilesResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_vector_store_files(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the files belong to.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}/files: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files',
    methods=['POST'],
    operation_id='createVectorStoreFile',
    summary='Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector store](/docs/api-reference/vector-stores/object).',
    description=(
        'This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.\n'
        'For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.'
    ),
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateVectorStoreFileRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_vector_store_file(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store for which to create a File.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}/files: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    methods=['GET'],
    operation_id='getVectorStoreFile',
    summary='Retrieves a vector store file.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_vector_store_file(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the file belongs to.')],
    file_id: Annotated[str, Path(description='The ID of the file being retrieved.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}/files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    methods=['POST'],
    operation_id='updateVectorStoreFileAttributes',
    summary='Update attributes on a vector store file.',
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/UpdateVectorStoreFileAttributesRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileObject'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_vector_store_file_attributes(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store the file belongs to.')],
    file_id: Annotated[str, Path(description='The ID of the file to update attributes.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}/files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files/{file_id}',
    methods=['DELETE'],
    operation_id='deleteVectorStoreFile',
    summary='Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/DeleteVectorStoreFileResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_vector_store_file(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store that the file belongs to.')],
    file_id: Annotated[str, Path(description='The ID of the file to delete.')],
) -> None:
    ...  # DELETE /vector_stores/{vector_store_id}/files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/files/{file_id}/content',
    methods=['GET'],
    operation_id='retrieveVectorStoreFileContent',
    summary='Retrieve the parsed contents of a vector store file.',
    tags=['Vector stores'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreFileContentResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_vector_store_file_content(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store.')],
    file_id: Annotated[str, Path(description='The ID of the file within the vector store.')],
) -> None:
    ...  # GET /vector_stores/{vector_store_id}/files/{file_id}/content: forwarded by the runtime, never called


@router.api_route(
    '/v1/vector_stores/{vector_store_id}/search',
    methods=['POST'],
    operation_id='searchVectorStore',
    summary='Search a vector store for relevant chunks based on a query and file attributes filter.',
    tags=['Vector stores'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreSearchRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/VectorStoreSearchResultsPage'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def search_vector_store(
    vector_store_id: Annotated[str, Path(description='The ID of the vector store to search.')],
) -> None:
    ...  # POST /vector_stores/{vector_store_id}/search: forwarded by the runtime, never called
