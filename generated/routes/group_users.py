# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Group users' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/groups/{group_id}/users',
    methods=['GET'],
    operation_id='list-group-users',
    summary='Lists the users assigned to a group.',
    tags=['Group users'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.\n',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000, 'default': 100},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Specifies the sort order of users in the list.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'desc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Group users listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_group_users(
    group_id: Annotated[str, Path(description='The ID of the group to inspect.')],
) -> None:
    ...  # GET /organization/groups/{group_id}/users: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}/users',
    methods=['POST'],
    operation_id='add-group-user',
    summary='Adds a user to a group.',
    tags=['Group users'],
    openapi_extra={
        'requestBody': {
            'description': 'Identifies the user that should be added to the group.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateGroupUserBody'}}},
        },
        'responses': {
            '200': {
                'description': 'User added to the group successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupUserAssignment'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def add_group_user(
    group_id: Annotated[str, Path(description='The ID of the group to update.')],
) -> None:
    ...  # POST /organization/groups/{group_id}/users: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}/users/{user_id}',
    methods=['GET'],
    operation_id='retrieve-group-user',
    summary='Retrieves a user in a group.',
    tags=['Group users'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'User retrieved from the group successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupMemberUser'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_group_user(
    group_id: Annotated[str, Path(description='The ID of the group to inspect.')],
    user_id: Annotated[str, Path(description='The ID of the user to retrieve from the group.')],
) -> None:
    ...  # GET /organization/groups/{group_id}/users/{user_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/groups/{group_id}/users/{user_id}',
    methods=['DELETE'],
    operation_id='remove-group-user',
    summary='Removes a user from a group.',
    tags=['Group users'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'User removed from the group successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupUserDeletedResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def remove_group_user(
    group_id: Annotated[str, Path(description='The ID of the group to update.')],
    user_id: Annotated[str, Path(description='The ID of the user to remove from the group.')],
) -> None:
    ...  # DELETE /organization/groups/{group_id}/users/{user_id}: forwarded by the runtime, never called
