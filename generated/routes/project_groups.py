# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Project groups' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/projects/{project_id}/groups',
    methods=['GET'],
    operation_id='list-project-groups',
    summary='Lists the groups that have access to a project.',
    tags=['Project groups'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of project groups to return. Defaults to 20.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100, 'default': 20},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned groups.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project groups listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectGroupListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_project_groups(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/groups: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/groups',
    methods=['POST'],
    operation_id='add-project-group',
    summary='Grants a group access to a project.',
    tags=['Project groups'],
    openapi_extra={
        'requestBody': {
            'description': 'Identifies the group and role to assign to the project.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/InviteProjectGroupBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Group granted access to the project successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectGroup'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def add_project_group(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/groups: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/groups/{group_id}',
    methods=['GET'],
    operation_id='retrieve-project-group',
    summary="Retrieves a project's group.",
    tags=['Project groups'],
    openapi_extra={
        'parameters': [
            {
                'name': 'group_type',
                'in': 'query',
                'description': 'The type of group to retrieve.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['group', 'tenant_group'], 'default': 'group'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project group retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectGroup'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_project_group(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
    group_id: Annotated[str, Path(description='The ID of the group to retrieve.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/groups/{group_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/groups/{group_id}',
    methods=['DELETE'],
    operation_id='remove-project-group',
    summary="Revokes a group's access to a project.",
    tags=['Project groups'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Group removed from the project successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectGroupDeletedResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def remove_project_group(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    group_id: Annotated[str, Path(description='The ID of the group to remove from the project.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/groups/{group_id}: forwarded by the runtime, never called
