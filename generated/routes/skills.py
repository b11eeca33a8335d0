# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Skills' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/skills',
    methods=['GET'],
    operation_id='ListSkills',
    summary='List all skills for the current project.',
    tags=['Skills'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of items to retrieve',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.',
                'required': False,
                'schema': {'$ref': '#/components/schemas/OrderEnum'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'Identifier for the last item from the previous pagination request',
                'required': False,
                'schema': {
                    'description': 'Identifier for the last item from the previous pagination request',
                    'type': 'string',
                },
            },
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_skills() -> None:
    ...  # GET /skills: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills',
    methods=['POST'],
    operation_id='CreateSkill',
    summary='Create a new skill.',
    tags=['Skills'],
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateSkillBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateSkillBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_skill() -> None:
    ...  # POST /skills: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}',
    methods=['GET'],
    operation_id='GetSkill',
    summary='Get a skill by its ID.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_skill(
    skill_id: Annotated[str, Path(description='The identifier of the skill to retrieve.')],
) -> None:
    ...  # GET /skills/{skill_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}',
    methods=['POST'],
    operation_id='UpdateSkillDefaultVersion',
    summary='Update the default version pointer for a skill.',
    tags=['Skills'],
    openapi_extra={
        'requestBody': {
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SetDefaultSkillVersionBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def update_skill_default_version(
    skill_id: Annotated[str, Path(description='The identifier of the skill.')],
) -> None:
    ...  # POST /skills/{skill_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}',
    methods=['DELETE'],
    operation_id='DeleteSkill',
    summary='Delete a skill by its ID.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeletedSkillResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_skill(
    skill_id: Annotated[str, Path(description='The identifier of the skill to delete.')],
) -> None:
    ...  # DELETE /skills/{skill_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/content',
    methods=['GET'],
    operation_id='GetSkillContent',
    summary='Download a skill zip bundle by its ID.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The skill zip bundle.',
                'content': {
                    'application/zip': {'schema': {'type': 'string', 'format': 'binary'}},
                    'application/json': {'schema': {'type': 'string'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_skill_content(
    skill_id: Annotated[str, Path(description='The identifier of the skill to download.')],
) -> None:
    ...  # GET /skills/{skill_id}/content: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/versions',
    methods=['GET'],
    operation_id='ListSkillVersions',
    summary='List skill versions for a skill.',
    tags=['Skills'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'Number of versions to retrieve.',
                'required': False,
                'schema': {'type': 'integer', 'minimum': 0, 'maximum': 100},
            },
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order of results by version number.',
                'required': False,
                'schema': {'$ref': '#/components/schemas/OrderEnum'},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'The skill version ID to start after.',
                'required': False,
                'schema': {'example': 'skillver_123', 'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillVersionListResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_skill_versions(
    skill_id: Annotated[str, Path(description='The identifier of the skill.')],
) -> None:
    ...  # GET /skills/{skill_id}/versions: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/versions',
    methods=['POST'],
    operation_id='CreateSkillVersion',
    summary='Create a new immutable skill version.',
    tags=['Skills'],
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateSkillVersionBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateSkillVersionBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillVersionResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_skill_version(
    skill_id: Annotated[str, Path(description='The identifier of the skill to version.')],
) -> None:
    ...  # POST /skills/{skill_id}/versions: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/versions/{version}',
    methods=['GET'],
    operation_id='GetSkillVersion',
    summary='Get a specific skill version.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/SkillVersionResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_skill_version(
    skill_id: Annotated[str, Path(description='The identifier of the skill.')],
    version: Annotated[str, Path(description='The version number to retrieve.')],
) -> None:
    ...  # GET /skills/{skill_id}/versions/{version}: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/versions/{version}',
    methods=['DELETE'],
    operation_id='DeleteSkillVersion',
    summary='Delete a skill version.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeletedSkillVersionResource'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_skill_version(
    skill_id: Annotated[str, Path(description='The identifier of the skill.')],
    version: Annotated[str, Path(description='The skill version number.')],
) -> None:
    ...  # DELETE /skills/{skill_id}/versions/{version}: forwarded by the runtime, never called


@router.api_route(
    '/v1/skills/{skill_id}/versions/{version}/content',
    methods=['GET'],
    operation_id='GetSkillVersionContent',
    summary='Download a skill version zip bundle.',
    tags=['Skills'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'The skill zip bundle.',
                'content': {
                    'application/zip': {'schema': {'type': 'string', 'format': 'binary'}},
                    'application/json': {'schema': {'type': 'string'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_skill_version_content(
    skill_id: Annotated[str, Path(description='The identifier of the skill.')],
    version: Annotated[str, Path(description='The skill version number.')],
) -> None:
    ...  # GET /skills/{skill_id}/versions/{version}/content: forwarded by the runtime, never called
