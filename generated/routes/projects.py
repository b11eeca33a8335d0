# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Projects' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/projects',
    methods=['GET'],
    operation_id='list-projects',
    summary='Returns a list of projects.',
    tags=['Projects'],
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
                'name': 'include_archived',
                'in': 'query',
                'schema': {'type': 'boolean', 'default': False},
                'description': 'If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.',
            },
        ],
        'responses': {
            '200': {
                'description': 'Projects listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectListResponse'}}},
            },
        },
    },
)
async def list_projects() -> None:
    ...  # GET /organization/projects: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects',
    methods=['POST'],
    operation_id='create-project',
    summary='Create a new project in the organization. Projects can be created and archived, but cannot be deleted.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project create request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectCreateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Project created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Project'}}},
            },
        },
    },
)
async def create_project() -> None:
    ...  # POST /organization/projects: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}',
    methods=['GET'],
    operation_id='retrieve-project',
    summary='Retrieves a project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Project'}}},
            },
        },
    },
)
async def retrieve_project(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}',
    methods=['POST'],
    operation_id='modify-project',
    summary='Modifies a project in the organization.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project update request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUpdateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Project updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Project'}}},
            },
            '400': {
                'description': 'Error response when updating the default project.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def modify_project(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/api_keys',
    methods=['GET'],
    operation_id='list-project-api-keys',
    summary='Returns a list of API keys in the project.',
    tags=['Projects'],
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
                'name': 'owner_project_access',
                'in': 'query',
                'description': 'Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.\n',
                'required': False,
                'schema': {'type': 'string', 'enum': ['active', 'inactive', 'any']},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project API keys listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectApiKeyListResponse'}}},
            },
        },
    },
)
async def list_project_api_keys(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/api_keys: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/api_keys/{api_key_id}',
    methods=['GET'],
    operation_id='retrieve-project-api-key',
    summary='Retrieves an API key in the project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project API key retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectApiKey'}}},
            },
        },
    },
)
async def retrieve_project_api_key(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    api_key_id: Annotated[str, Path(description='The ID of the API key.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/api_keys/{api_key_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/api_keys/{api_key_id}',
    methods=['DELETE'],
    operation_id='delete-project-api-key',
    summary=(
        'Deletes an API key from the project.\n'
        '\n'
        'Returns confirmation of the key deletion, or an error if the key belonged to\n'
        'a service account.'
    ),
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project API key deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectApiKeyDeleteResponse'}}},
            },
            '400': {
                'description': 'Error response for various conditions.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def delete_project_api_key(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    api_key_id: Annotated[str, Path(description='The ID of the API key.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/api_keys/{api_key_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/archive',
    methods=['POST'],
    operation_id='archive-project',
    summary='Archives a project in the organization. Archived projects cannot be used or updated.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project archived successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Project'}}},
            },
        },
    },
)
async def archive_project(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/archive: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/model_permissions',
    methods=['GET'],
    operation_id='retrieve-project-model-permissions',
    summary='Returns model permissions for a project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project model permissions retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectModelPermissions'}}},
            },
        },
    },
)
async def retrieve_project_model_permissions(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/model_permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/model_permissions',
    methods=['POST'],
    operation_id='update-project-model-permissions',
    summary='Updates model permissions for a project.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project model permissions update request payload.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/ProjectModelPermissionsUpdateRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project model permissions updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectModelPermissions'}}},
            },
        },
    },
)
async def update_project_model_permissions(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/model_permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/model_permissions',
    methods=['DELETE'],
    operation_id='delete-project-model-permissions',
    summary='Deletes model permissions for a project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project model permissions deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectModelPermissionsDeleteResponse'}},
                },
            },
        },
    },
)
async def delete_project_model_permissions(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/model_permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/rate_limits',
    methods=['GET'],
    operation_id='list-project-rate-limits',
    summary='Returns the rate limits per model for a project.',
    tags=['Projects'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. The default is 100.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 100},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project rate limits listed successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectRateLimitListResponse'}},
                },
            },
        },
    },
)
async def list_project_rate_limits(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/rate_limits: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/rate_limits/{rate_limit_id}',
    methods=['POST'],
    operation_id='update-project-rate-limits',
    summary='Updates a project rate limit.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project rate limit update request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectRateLimitUpdateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Project rate limit updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectRateLimit'}}},
            },
            '400': {
                'description': 'Error response for various conditions.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def update_project_rate_limits(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    rate_limit_id: Annotated[str, Path(description='The ID of the rate limit.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts',
    methods=['GET'],
    operation_id='list-project-service-accounts',
    summary='Returns a list of service accounts in the project.',
    tags=['Projects'],
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
        ],
        'responses': {
            '200': {
                'description': 'Project service accounts listed successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccountListResponse'}},
                },
            },
            '400': {
                'description': 'Error response when project is archived.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def list_project_service_accounts(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/service_accounts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts',
    methods=['POST'],
    operation_id='create-project-service-account',
    summary='Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project service account create request payload.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccountCreateRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project service account created successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccountCreateResponse'}},
                },
            },
            '400': {
                'description': 'Error response when project is archived.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def create_project_service_account(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/service_accounts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts/{service_account_id}',
    methods=['GET'],
    operation_id='retrieve-project-service-account',
    summary='Retrieves a service account in the project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project service account retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccount'}}},
            },
        },
    },
)
async def retrieve_project_service_account(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    service_account_id: Annotated[str, Path(description='The ID of the service account.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/service_accounts/{service_account_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts/{service_account_id}',
    methods=['POST'],
    operation_id='update-project-service-account',
    summary='Updates a service account in the project.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'Fields to update on the service account.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateProjectServiceAccountBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Project service account updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccount'}}},
            },
        },
    },
)
async def update_project_service_account(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    service_account_id: Annotated[str, Path(description='The ID of the service account.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/service_accounts/{service_account_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts/{service_account_id}',
    methods=['DELETE'],
    operation_id='delete-project-service-account',
    summary=(
        'Deletes a service account from the project.\n'
        '\n'
        'Returns confirmation of service account deletion, or an error if the project\n'
        'is archived (archived projects have no service accounts).'
    ),
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project service account deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectServiceAccountDeleteResponse'}},
                },
            },
        },
    },
)
async def delete_project_service_account(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    service_account_id: Annotated[str, Path(description='The ID of the service account.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/users',
    methods=['GET'],
    operation_id='list-project-users',
    summary='Returns a list of users in the project.',
    tags=['Projects'],
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
        ],
        'responses': {
            '200': {
                'description': 'Project users listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUserListResponse'}}},
            },
            '400': {
                'description': 'Error response when project is archived.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def list_project_users(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/users: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/users',
    methods=['POST'],
    operation_id='create-project-user',
    summary='Adds a user to the project. Users must already be members of the organization to be added to a project.',
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project user create request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUserCreateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'User added to project successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUser'}}},
            },
            '400': {
                'description': 'Error response for various conditions.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def create_project_user(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/users: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/users/{user_id}',
    methods=['GET'],
    operation_id='retrieve-project-user',
    summary='Retrieves a user in the project.',
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project user retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUser'}}},
            },
        },
    },
)
async def retrieve_project_user(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/users/{user_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/users/{user_id}',
    methods=['POST'],
    operation_id='modify-project-user',
    summary="Modifies a user's role in the project.",
    tags=['Projects'],
    openapi_extra={
        'requestBody': {
            'description': 'The project user update request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUserUpdateRequest'}}},
        },
        'responses': {
            '200': {
                'description': "Project user's role updated successfully.",
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUser'}}},
            },
            '400': {
                'description': 'Error response for various conditions.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def modify_project_user(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/users/{user_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/users/{user_id}',
    methods=['DELETE'],
    operation_id='delete-project-user',
    summary=(
        'Deletes a user from the project.\n'
        '\n'
        'Returns confirmation of project user deletion, or an error if the project is\n'
        'archived (archived projects have no users).'
    ),
    tags=['Projects'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project user deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectUserDeleteResponse'}}},
            },
            '400': {
                'description': 'Error response for various conditions.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ErrorResponse'}}},
            },
        },
    },
)
async def delete_project_user(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    user_id: Annotated[str, Path(description='The ID of the user.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/users/{user_id}: forwarded by the runtime, never called
