# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Project user role assignments' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/projects/{project_id}/users/{user_id}/roles',
    methods=['GET'],
    operation_id='list-project-user-role-assignments',
    summary='Lists the project roles assigned to a user within a project.',
    tags=['Project user role assignments'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of project role assignments to return.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.",
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned project roles.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc']},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project user role assignments listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RoleListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_project_user_role_assignments(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
    user_id: Annotated[str, Path(description='The ID of the user to inspect.')],
) -> None:
    ...  # GET /projects/{project_id}/users/{user_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/users/{user_id}/roles',
    methods=['POST'],
    operation_id='assign-project-user-role',
    summary='Assigns a project role to a user within a project.',
    tags=['Project user role assignments'],
    openapi_extra={
        'requestBody': {
            'description': 'Identifies the project role to assign to the user.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicAssignOrganizationGroupRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project role assigned to the user successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UserRoleAssignment'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def assign_project_user_role(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    user_id: Annotated[str, Path(description='The ID of the user that should receive the project role.')],
) -> None:
    ...  # POST /projects/{project_id}/users/{user_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/users/{user_id}/roles/{role_id}',
    methods=['GET'],
    operation_id='retrieve-project-user-role',
    summary='Retrieves a project role assigned to a user.',
    tags=['Project user role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role retrieved for the user successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssignedRoleDetails'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_project_user_role(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
    user_id: Annotated[str, Path(description='The ID of the user to inspect.')],
    role_id: Annotated[str, Path(description='The ID of the project role to retrieve for the user.')],
) -> None:
    ...  # GET /projects/{project_id}/users/{user_id}/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/users/{user_id}/roles/{role_id}',
    methods=['DELETE'],
    operation_id='unassign-project-user-role',
    summary='Unassigns a project role from a user within a project.',
    tags=['Project user role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role unassigned from the user successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/DeletedRoleAssignmentResource'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def unassign_project_user_role(
    project_id: Annotated[str, Path(description='The ID of the project to modify.')],
    user_id: Annotated[str, Path(description='The ID of the user whose project role assignment should be removed.')],
    role_id: Annotated[str, Path(description='The ID of the project role to remove from the user.')],
) -> None:
    ...  # DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}: forwarded by the runtime, never called
