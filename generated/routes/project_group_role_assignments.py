# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Project group role assignments' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/projects/{project_id}/groups/{group_id}/roles',
    methods=['GET'],
    operation_id='list-project-group-role-assignments',
    summary='Lists the project roles assigned to a group within a project.',
    tags=['Project group role assignments'],
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
                'description': 'Project group role assignments listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RoleListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_project_group_role_assignments(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
    group_id: Annotated[str, Path(description='The ID of the group to inspect.')],
) -> None:
    ...  # GET /projects/{project_id}/groups/{group_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/groups/{group_id}/roles',
    methods=['POST'],
    operation_id='assign-project-group-role',
    summary='Assigns a project role to a group within a project.',
    tags=['Project group role assignments'],
    openapi_extra={
        'requestBody': {
            'description': 'Identifies the project role to assign to the group.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicAssignOrganizationGroupRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project role assigned to the group successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/GroupRoleAssignment'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def assign_project_group_role(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    group_id: Annotated[str, Path(description='The ID of the group that should receive the project role.')],
) -> None:
    ...  # POST /projects/{project_id}/groups/{group_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    methods=['GET'],
    operation_id='retrieve-project-group-role',
    summary='Retrieves a project role assigned to a group.',
    tags=['Project group role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role retrieved for the group successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AssignedRoleDetails'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_project_group_role(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
    group_id: Annotated[str, Path(description='The ID of the group to inspect.')],
    role_id: Annotated[str, Path(description='The ID of the project role to retrieve for the group.')],
) -> None:
    ...  # GET /projects/{project_id}/groups/{group_id}/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    methods=['DELETE'],
    operation_id='unassign-project-group-role',
    summary='Unassigns a project role from a group within a project.',
    tags=['Project group role assignments'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role unassigned from the group successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/DeletedRoleAssignmentResource'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def unassign_project_group_role(
    project_id: Annotated[str, Path(description='The ID of the project to modify.')],
    group_id: Annotated[str, Path(description='The ID of the group whose project role assignment should be removed.')],
    role_id: Annotated[str, Path(description='The ID of the project role to remove from the group.')],
) -> None:
    ...  # DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}: forwarded by the runtime, never called
