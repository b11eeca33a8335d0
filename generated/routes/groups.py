# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Groups' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/groups',
    methods=['GET'],
    operation_id='list-groups',
    summary='Lists all groups in the organization.',
    tags=['Groups'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.\n',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000, 'default': 100},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Specifies the sort order of the returned groups.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Groups listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_groups() -> None:
    ...  # GET /organization/groups: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups',
    methods=['POST'],
    operation_id='create-group',
    summary='Creates a new group in the organization.',
    tags=['Groups'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the group you want to create.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateGroupBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Group created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_group() -> None:
    ...  # POST /organization/groups: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}',
    methods=['GET'],
    operation_id='retrieve-group',
    summary='Retrieves a group.',
    tags=['Groups'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Group retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_group(
    group_id: Annotated[str, Path(description='The ID of the group to retrieve.')],
) -> None:
    ...  # GET /organization/groups/{group_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}',
    methods=['POST'],
    operation_id='update-group',
    summary="Updates a group's information.",
    tags=['Groups'],
    openapi_extra={
        'requestBody': {
            'description': 'New attributes to set on the group.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateGroupBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Group updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupResourceWithSuccess'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_group(
    group_id: Annotated[str, Path(description='The ID of the group to update.')],
) -> None:
    ...  # POST /organization/groups/{group_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}',
    methods=['DELETE'],
    operation_id='delete-group',
    summary='Deletes a group from the organization.',
    tags=['Groups'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Group deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupDeletedResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_group(
    group_id: Annotated[str, Path(description='The ID of the group to delete.')],
) -> None:
    ...  # DELETE /organization/groups/{group_id}: forwarded by the runtime, never called
