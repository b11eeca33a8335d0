# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Organization' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/admin_api_keys',
    methods=['GET'],
    operation_id='admin-api-keys-list',
    summary='List organization API keys',
    description='Retrieve a paginated list of organization admin API keys.',
    tags=['Organization'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'after',
                'required': False,
                'schema': {
                    'type': 'string',
                    'nullable': True,
                    'description': 'Return keys with IDs that come after this ID in the pagination order.',
                },
            },
            {
                'in': 'query',
                'name': 'order',
                'required': False,
                'schema': {
                    'type': 'string',
                    'enum': ['asc', 'desc'],
                    'default': 'asc',
                    'description': 'Order results by creation time, ascending or descending.',
                },
            },
            {
                'in': 'query',
                'name': 'limit',
                'required': False,
                'schema': {'type': 'integer', 'default': 20, 'description': 'Maximum number of keys to return.'},
            },
        ],
        'responses': {
            '200': {
                'description': 'A list of organization API keys.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ApiKeyList'}}},
            },
        },
    },
)
async def admin_api_keys_list() -> None:
    ...  # GET /organization/admin_api_keys: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/admin_api_keys',
    methods=['POST'],
    operation_id='admin-api-keys-create',
    summary='Create an organization admin API key',
    description='Create a new admin-level API key for the organization.',
    tags=['Organization'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'application/json': {
                    'schema': {
                        'type': 'object',
                        'required': ['name'],
                        'properties': {
                            'name': {'type': 'string', 'example': 'New Admin Key'},
                            'expires_in_seconds': {
                                'type': 'integer',
                                'minimum': 1,
                                'maximum': 31536000,
                                'example': 2592000,
                                'description': 'The number of seconds until the API key expires. Omit this field for a key that does not expire.',
                            },
                        },
                    },
                },
            },
        },
        'responses': {
            '200': {
                'description': 'The newly created admin API key.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AdminApiKeyCreateResponse'}}},
            },
        },
    },
)
async def admin_api_keys_create() -> None:
    ...  # POST /organization/admin_api_keys: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/admin_api_keys/{key_id}',
    methods=['GET'],
    operation_id='admin-api-keys-get',
    summary='Retrieve a single organization API key',
    description='Get details for a specific organization API key by its ID.',
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Details of the requested API key.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AdminApiKey'}}},
            },
        },
    },
)
async def admin_api_keys_get(
    key_id: Annotated[str, Path()],
) -> None:
    ...  # GET /organization/admin_api_keys/{key_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/admin_api_keys/{key_id}',
    methods=['DELETE'],
    operation_id='admin-api-keys-delete',
    summary='Delete an organization admin API key',
    description='Delete the specified admin API key.',
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Confirmation that the API key was deleted.',
                'content': {
                    'application/json': {
                        'schema': {
                            'type': 'object',
                            'properties': {
                                'id': {'type': 'string', 'example': 'key_abc'},
                                'object': {
                                    'type': 'string',
                                    'enum': ['organization.admin_api_key.deleted'],
                                    'example': 'organization.admin_api_key.deleted',
                                    'x-stainless-const': True,
                                },
                                'deleted': {'type': 'boolean', 'example': True},
                            },
                            'required': ['id', 'object', 'deleted'],
                        },
                    },
                },
            },
        },
    },
)
async def admin_api_keys_delete(
    key_id: Annotated[str, Path()],
) -> None:
    ...  # DELETE /organization/admin_api_keys/{key_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_limit',
    methods=['GET'],
    operation_id='Getorganizationspendlimit',
    summary="Get the organization's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Hard spend limit retrieved successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendLimitResource'}},
                },
            },
        },
    },
)
async def getorganizationspendlimit() -> None:
    ...  # GET /organization/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_limit',
    methods=['POST'],
    operation_id='Updateorganizationspendlimit',
    summary="Create or replace the organization's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the hard spend limit you want to create or replace.',
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/UpdateOrganizationSpendLimitBody'}},
            },
            'required': True,
        },
        'responses': {
            '200': {
                'description': 'Hard spend limit created or replaced successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendLimitResource'}},
                },
            },
        },
    },
)
async def updateorganizationspendlimit() -> None:
    ...  # POST /organization/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_limit',
    methods=['DELETE'],
    operation_id='Deleteorganizationspendlimit',
    summary="Delete the organization's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Hard spend limit deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendLimitDeletedResource'}},
                },
            },
        },
    },
)
async def deleteorganizationspendlimit() -> None:
    ...  # DELETE /organization/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_limit',
    methods=['GET'],
    operation_id='Getprojectspendlimit',
    summary="Get a project's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Hard spend limit retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendLimitResource'}}},
            },
        },
    },
)
async def getprojectspendlimit(
    project_id: Annotated[str, Path(description='The ID of the project whose hard spend limit is being managed.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_limit',
    methods=['POST'],
    operation_id='Updateprojectspendlimit',
    summary="Create or replace a project's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the hard spend limit you want to create or replace.',
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateProjectSpendLimitBody'}}},
            'required': True,
        },
        'responses': {
            '200': {
                'description': 'Hard spend limit created or replaced successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendLimitResource'}}},
            },
        },
    },
)
async def updateprojectspendlimit(
    project_id: Annotated[str, Path(description='The ID of the project whose hard spend limit is being managed.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_limit',
    methods=['DELETE'],
    operation_id='Deleteprojectspendlimit',
    summary="Delete a project's hard spend limit.",
    tags=['Organization'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Hard spend limit deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendLimitDeletedResource'}},
                },
            },
        },
    },
)
async def deleteprojectspendlimit(
    project_id: Annotated[str, Path(description='The ID of the project whose hard spend limit is being managed.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/spend_limit: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys',
    methods=['POST'],
    operation_id='CreateanAPIkeyforaserviceaccount',
    summary='Creates an API key for a service account in the project.',
    tags=['Organization'],
    openapi_extra={
        'requestBody': {
            'description': 'The service account API key create request payload.',
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateProjectServiceAccountApiKeyBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Service account API key created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ServiceAccountApiKeyBody'}}},
            },
        },
    },
)
async def createan_ap_ikeyforaserviceaccount(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    service_account_id: Annotated[str, Path(description='The ID of the service account.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys: forwarded by the runtime, never called
