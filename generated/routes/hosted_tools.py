# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Hosted tools' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/projects/{project_id}/hosted_tool_permissions',
    methods=['GET'],
    operation_id='retrieve-project-hosted-tool-permissions',
    summary='Returns hosted tool permissions for a project.',
    tags=['Hosted tools'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Project hosted tool permissions retrieved successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectHostedToolPermissions'}},
                },
            },
        },
    },
)
async def retrieve_project_hosted_tool_permissions(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/hosted_tool_permissions: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/hosted_tool_permissions',
    methods=['POST'],
    operation_id='update-project-hosted-tool-permissions',
    summary='Updates hosted tool permissions for a project.',
    tags=['Hosted tools'],
    openapi_extra={
        'requestBody': {
            'description': 'The project hosted tool permissions update request payload.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/ProjectHostedToolPermissionsUpdateRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Project hosted tool permissions updated successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ProjectHostedToolPermissions'}},
                },
            },
        },
    },
)
async def update_project_hosted_tool_permissions(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/hosted_tool_permissions: forwarded by the runtime, never called
