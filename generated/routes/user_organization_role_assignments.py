# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'User organization role assignments' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/users/{user_id}/roles',
    methods=['GET'],
    operation_id='list-user-role-assignments',
    summary='Lists the organization roles assigned to a user within the organization.',
    tags=['User organization role assignments'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of organization role assignments to return.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.",
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned organization roles.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc']},
            },
        ],
        'responses': {
            '200': {
                'description': 'User organization role assignments listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RoleListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_user_role_assignments(
    user_id: Annotated[str, Path(description='The ID of the user to inspect.')],
) -> None:
    ...  # GET /organization/users/{user_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}/roles',
    methods=['POST'],
    operation_id='assign-user-role',
    summary='Assigns an organization role to a user within the organization.',
    tags=['User organization role assignments'],
    openapi_extra={
        'requestBody': {
            'description': 'Identifies the organization role to assign to the user.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicAssignOrganizationGroupRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Organization role assigned to the user successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserRoleAssignment'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def assign_user_role(
    user_id: Annotated[str, Path(description='The ID of the user that should receive the organization role.')],
) -> None:
    ...  # POST /organization/users/{user_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}/roles/{role_id}',
    methods=['GET'],
    operation_id='retrieve-user-role',
    summary='Retrieves an organization role assigned to a user.',
    tags=['User organization role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Organization role retrieved for the user successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssignedRoleDetails'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_user_role(
    user_id: Annotated[str, Path(description='The ID of the user to inspect.')],
    role_id: Annotated[str, Path(description='The ID of the organization role to retrieve for the user.')],
) -> None:
    ...  # GET /organization/users/{user_id}/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/users/{user_id}/roles/{role_id}',
    methods=['DELETE'],
    operation_id='unassign-user-role',
    summary='Unassigns an organization role from a user within the organization.',
    tags=['User organization role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Organization role unassigned from the user successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/DeletedRoleAssignmentResource'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def unassign_user_role(
    user_id: Annotated[str, Path(description='The ID of the user to modify.')],
    role_id: Annotated[str, Path(description='The ID of the organization role to remove from the user.')],
) -> None:
    ...  # DELETE /organization/users/{user_id}/roles/{role_id}: forwarded by the runtime, never called
