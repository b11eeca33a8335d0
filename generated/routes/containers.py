# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Containers' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/containers',
    methods=['GET'],
    operation_id='ListContainers',
    summary='List Containers',
    description='Lists containers.',
    tags=['Containers'],
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
                'name': 'name',
                'in': 'query',
                'description': 'Filter results by container name.',
                'required': False,
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_containers() -> None:
    ...  # GET /containers: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers',
    methods=['POST'],
    operation_id='CreateContainer',
    summary='Create Container',
    description='Creates a container.',
    tags=['Containers'],
    openapi_extra={
        'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateContainerBody'}}}},
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_container() -> None:
    ...  # POST /containers: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}',
    methods=['GET'],
    operation_id='RetrieveContainer',
    summary='Retrieve Container',
    description='Retrieves a container.',
    tags=['Containers'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_container(
    container_id: Annotated[str, Path()],
) -> None:
    ...  # GET /containers/{container_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}',
    methods=['DELETE'],
    operation_id='DeleteContainer',
    summary='Delete Container',
    description='Delete a container.',
    tags=['Containers'],
    openapi_extra={'responses': {'200': {'description': 'OK'}, '429': {'$ref': '#/components/responses/TooManyRequests'}}},
)
async def delete_container(
    container_id: Annotated[str, Path(description='The ID of the container to delete.')],
) -> None:
    ...  # DELETE /containers/{container_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}/files',
    methods=['GET'],
    operation_id='ListContainerFiles',
    summary='List Container files',
    description='Lists container files.',
    tags=['Containers'],
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
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerFileListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_container_files(
    container_id: Annotated[str, Path()],
) -> None:
    ...  # GET /containers/{container_id}/files: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}/files',
    methods=['POST'],
    operation_id='CreateContainerFile',
    summary=(
        'Create a Container File\n'
        '\n'
        'You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.'
    ),
    description='Creates a container file.',
    tags=['Containers'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateContainerFileBody'}},
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateContainerFileBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerFileResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_container_file(
    container_id: Annotated[str, Path()],
) -> None:
    ...  # POST /containers/{container_id}/files: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}/files/{file_id}',
    methods=['GET'],
    operation_id='RetrieveContainerFile',
    summary='Retrieve Container File',
    description='Retrieves a container file.',
    tags=['Containers'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ContainerFileResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_container_file(
    container_id: Annotated[str, Path()],
    file_id: Annotated[str, Path()],
) -> None:
    ...  # GET /containers/{container_id}/files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}/files/{file_id}',
    methods=['DELETE'],
    operation_id='DeleteContainerFile',
    summary='Delete Container File',
    description='Delete a container file.',
    tags=['Containers'],
    openapi_extra={'responses': {'200': {'description': 'OK'}, '429': {'$ref': '#/components/responses/TooManyRequests'}}},
)
async def delete_container_file(
    container_id: Annotated[str, Path()],
    file_id: Annotated[str, Path()],
) -> None:
    ...  # DELETE /containers/{container_id}/files/{file_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/containers/{container_id}/files/{file_id}/content',
    methods=['GET'],
    operation_id='RetrieveContainerFileContent',
    summary='Retrieve Container File Content',
    description='Retrieves a container file content.',
    tags=['Containers'],
    openapi_extra={
        'responses': {'200': {'description': 'Success'}, '429': {'$ref': '#/components/responses/TooManyRequests'}},
    },
)
async def retrieve_container_file_content(
    container_id: Annotated[str, Path()],
    file_id: Annotated[str, Path()],
) -> None:
    ...  # GET /containers/{container_id}/files/{file_id}/content: forwarded by the runtime, never called
