# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Spend alerts' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_alerts',
    methods=['GET'],
    operation_id='list-project-spend-alerts',
    summary='Lists project spend alerts.',
    tags=['Spend alerts'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of spend alerts to return. Defaults to 20.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned spend alerts.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.',
                'required': False,
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Project spend alerts listed successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendAlertListResource'}},
                },
            },
        },
    },
)
async def list_project_spend_alerts(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/spend_alerts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_alerts',
    methods=['POST'],
    operation_id='create-project-spend-alert',
    summary='Creates a project spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the project spend alert you want to create.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateSpendAlertBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Project spend alert created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendAlert'}}},
            },
        },
    },
)
async def create_project_spend_alert(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/spend_alerts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_alerts/{alert_id}',
    methods=['GET'],
    operation_id='retrieve-project-spend-alert',
    summary='Retrieves a project spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project spend alert retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendAlert'}}},
            },
        },
    },
)
async def retrieve_project_spend_alert(
    project_id: Annotated[str, Path(description='The ID of the project.')],
    alert_id: Annotated[str, Path(description='The ID of the spend alert to retrieve.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/spend_alerts/{alert_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_alerts/{alert_id}',
    methods=['POST'],
    operation_id='update-project-spend-alert',
    summary='Updates a project spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'requestBody': {
            'description': 'Fields to update on the project spend alert.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateSpendAlertBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Project spend alert updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendAlert'}}},
            },
        },
    },
)
async def update_project_spend_alert(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    alert_id: Annotated[str, Path(description='The ID of the spend alert to update.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/spend_alerts/{alert_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/spend_alerts/{alert_id}',
    methods=['DELETE'],
    operation_id='delete-project-spend-alert',
    summary='Deletes a project spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project spend alert deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectSpendAlertDeletedResource'}},
                },
            },
        },
    },
)
async def delete_project_spend_alert(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
    alert_id: Annotated[str, Path(description='The ID of the spend alert to delete.')],
) -> None:
    ...  # DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_alerts',
    methods=['GET'],
    operation_id='list-organization-spend-alerts',
    summary='Lists organization spend alerts.',
    tags=['Spend alerts'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of spend alerts to return. Defaults to 20.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order for the returned spend alerts.',
                'required': False,
                'schema': {'type': 'string', 'enum': ['asc', 'desc'], 'default': 'asc'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.',
                'required': False,
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.',
                'required': False,
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Organization spend alerts listed successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendAlertListResource'}},
                },
            },
        },
    },
)
async def list_organization_spend_alerts() -> None:
    ...  # GET /organization/spend_alerts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_alerts',
    methods=['POST'],
    operation_id='create-organization-spend-alert',
    summary='Creates an organization spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'requestBody': {
            'description': 'Parameters for the organization spend alert you want to create.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateSpendAlertBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Organization spend alert created successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendAlert'}}},
            },
        },
    },
)
async def create_organization_spend_alert() -> None:
    ...  # POST /organization/spend_alerts: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_alerts/{alert_id}',
    methods=['GET'],
    operation_id='retrieve-organization-spend-alert',
    summary='Retrieves an organization spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Organization spend alert retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendAlert'}}},
            },
        },
    },
)
async def retrieve_organization_spend_alert(
    alert_id: Annotated[str, Path(description='The ID of the spend alert to retrieve.')],
) -> None:
    ...  # GET /organization/spend_alerts/{alert_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_alerts/{alert_id}',
    methods=['POST'],
    operation_id='update-organization-spend-alert',
    summary='Updates an organization spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'requestBody': {
            'description': 'Fields to update on the organization spend alert.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateSpendAlertBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Organization spend alert updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendAlert'}}},
            },
        },
    },
)
async def update_organization_spend_alert(
    alert_id: Annotated[str, Path(description='The ID of the spend alert to update.')],
) -> None:
    ...  # POST /organization/spend_alerts/{alert_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/spend_alerts/{alert_id}',
    methods=['DELETE'],
    operation_id='delete-organization-spend-alert',
    summary='Deletes an organization spend alert.',
    tags=['Spend alerts'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Organization spend alert deleted successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationSpendAlertDeletedResource'}},
                },
            },
        },
    },
)
async def delete_organization_spend_alert(
    alert_id: Annotated[str, Path(description='The ID of the spend alert to delete.')],
) -> None:
    ...  # DELETE /organization/spend_alerts/{alert_id}: forwarded by the runtime, never called
