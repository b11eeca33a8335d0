# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Users' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/users',
    methods=['GET'],
    operation_id='list-users',
    summary='Lists all of the users in the organization.',
    tags=['Users'],
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
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'emails',
                'in': 'query',
                'description': 'Filter by the email address of users.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
        ],
        'responses': {
            '200': {
                'description': 'Users listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserListResponse'}}},
            },
        },
    },
)
async def list_users() -> None:
    ...  # GET /organization/users: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}',
    methods=['GET'],
    operation_id='retrieve-user',
    summary='Retrieves a user by their identifier.',
    tags=['Users'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'User retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/User'}}},
            },
        },
    },
)
async def retrieve_user(
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # GET /organization/users/{user_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}',
    methods=['POST'],
    operation_id='modify-user',
    summary="Modifies a user's role in the organization.",
    tags=['Users'],
    openapi_extra={
        'requestBody': {
            'description': 'The new user role to modify. This must be one of `owner` or `member`.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserRoleUpdateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'User role updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/User'}}},
            },
        },
    },
)
async def modify_user(
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # POST /organization/users/{user_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}',
    methods=['DELETE'],
    operation_id='delete-user',
    summary='Deletes a user from the organization.',
    tags=['Users'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'User deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserDeleteResponse'}}},
            },
        },
    },
)
async def delete_user(
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # DELETE /organization/users/{user_id}: forwarded by the runtime, never called
