# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Roles' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/roles',
    methods=['GET'],
    operation_id='list-roles',
    summary='Lists the roles configured for the organization.',
    tags=['Roles'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of roles to return. Defaults to 1000.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000, 'default': 1000},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.",
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned roles.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Roles listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/PublicRoleListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_roles() -> None:
    ...  # GET /organization/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/roles',
    methods=['POST'],
    operation_id='create-role',
    summary='Creates a custom role for the organization.',
    tags=['Roles'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the role you want to create.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicCreateOrganizationRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Role created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_role() -> None:
    ...  # POST /organization/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/roles/{role_id}',
    methods=['GET'],
    operation_id='retrieve-role',
    summary='Retrieves an organization role.',
    tags=['Roles'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Role retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_role(
    role_id: Annotated[str, Path(description='The ID of the role to retrieve.')],
) -> None:
    ...  # GET /organization/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/roles/{role_id}',
    methods=['POST'],
    operation_id='update-role',
    summary='Updates an existing organization role.',
    tags=['Roles'],
    openapi_extra={
        'requestBody': {
            'description': 'Fields to update on the role.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicUpdateOrganizationRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Role updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_role(
    role_id: Annotated[str, Path(description='The ID of the role to update.')],
) -> None:
    ...  # POST /organization/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/roles/{role_id}',
    methods=['DELETE'],
    operation_id='delete-role',
    summary='Deletes a custom role from the organization.',
    tags=['Roles'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Role deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RoleDeletedResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_role(
    role_id: Annotated[str, Path(description='The ID of the role to delete.')],
) -> None:
    ...  # DELETE /organization/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/roles',
    methods=['GET'],
    operation_id='list-project-roles',
    summary='Lists the roles configured for a project.',
    tags=['Roles'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of roles to return. Defaults to 1000.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 1000, 'default': 1000},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.",
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned roles.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project roles listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/PublicRoleListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_project_roles(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
) -> None:
    ...  # GET /projects/{project_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/roles',
    methods=['POST'],
    operation_id='create-project-role',
    summary='Creates a custom role for a project.',
    tags=['Roles'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the project role you want to create.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicCreateOrganizationRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project role created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_project_role(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
) -> None:
    ...  # POST /projects/{project_id}/roles: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/roles/{role_id}',
    methods=['GET'],
    operation_id='retrieve-project-role',
    summary='Retrieves a project role.',
    tags=['Roles'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def retrieve_project_role(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    role_id: Annotated[str, Path(description='The ID of the role to retrieve.')],
) -> None:
    ...  # GET /projects/{project_id}/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/roles/{role_id}',
    methods=['POST'],
    operation_id='update-project-role',
    summary='Updates an existing project role.',
    tags=['Roles'],
    openapi_extra={
        'requestBody': {
            'description': 'Fields to update on the project role.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/PublicUpdateOrganizationRoleBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project role updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Role'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_project_role(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    role_id: Annotated[str, Path(description='The ID of the role to update.')],
) -> None:
    ...  # POST /projects/{project_id}/roles/{role_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/projects/{project_id}/roles/{role_id}',
    methods=['DELETE'],
    operation_id='delete-project-role',
    summary='Deletes a custom role from a project.',
    tags=['Roles'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project role deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RoleDeletedResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_project_role(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    role_id: Annotated[str, Path(description='The ID of the role to delete.')],
) -> None:
    ...  # DELETE /projects/{project_id}/roles/{role_id}: forwarded by the runtime, never called
