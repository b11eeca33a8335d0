# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Data retention' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/data_retention',
    methods=['GET'],
    operation_id='retrieve-organization-data-retention',
    summary='Retrieves organization data retention controls.',
    tags=['Data retention'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Organization data retention controls retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationDataRetention'}}},
            },
        },
    },
)
async def retrieve_organization_data_retention() -> None:
    ...  # GET /organization/data_retention: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/data_retention',
    methods=['POST'],
    operation_id='update-organization-data-retention',
    summary='Updates organization data retention controls.',
    tags=['Data retention'],
    openapi_extra={
        'requestBody': {
            'description': 'The desired organization data retention setting.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/UpdateOrganizationDataRetentionBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Organization data retention controls updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationDataRetention'}}},
            },
        },
    },
)
async def update_organization_data_retention() -> None:
    ...  # POST /organization/data_retention: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/data_retention',
    methods=['GET'],
    operation_id='retrieve-project-data-retention',
    summary='Retrieves project data retention controls.',
    tags=['Data retention'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project data retention controls retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectDataRetention'}}},
            },
        },
    },
)
async def retrieve_project_data_retention(
    project_id: Annotated[str, Path(description='The ID of the project to inspect.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/data_retention: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/data_retention',
    methods=['POST'],
    operation_id='update-project-data-retention',
    summary='Updates project data retention controls.',
    tags=['Data retention'],
    openapi_extra={
        'requestBody': {
            'description': 'The desired project data retention setting.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateProjectDataRetentionBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Project data retention controls updated successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ProjectDataRetention'}}},
            },
        },
    },
)
async def update_project_data_retention(
    project_id: Annotated[str, Path(description='The ID of the project to update.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/data_retention: forwarded by the runtime, never called
