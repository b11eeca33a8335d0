# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Videos' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/videos',
    methods=['GET'],
    operation_id='ListVideos',
    summary='List recently generated videos for the current project.',
    tags=['Videos'],
    deprecated=True,
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
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoListResource'}}},
            },
        },
    },
)
async def list_videos() -> None:
    ...  # GET /videos: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos',
    methods=['POST'],
    operation_id='createVideo',
    summary='Create a new video generation job from a prompt and optional reference assets.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVideoMultipartBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateVideoJsonBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoResource'}}},
            },
        },
    },
)
async def create_video() -> None:
    ...  # POST /videos: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/characters',
    methods=['POST'],
    operation_id='CreateVideoCharacter',
    summary='Create a character from an uploaded video.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVideoCharacterBody'}}},
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoCharacterResource'}}},
            },
        },
    },
)
async def create_video_character() -> None:
    ...  # POST /videos/characters: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/characters/{character_id}',
    methods=['GET'],
    operation_id='GetVideoCharacter',
    summary='Fetch a character.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoCharacterResource'}}},
            },
        },
    },
)
async def get_video_character(
    character_id: Annotated[str, Path(description='The identifier of the character to retrieve.')],
) -> None:
    ...  # GET /videos/characters/{character_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/edits',
    methods=['POST'],
    operation_id='CreateVideoEdit',
    summary='Create a new video generation job by editing a source video or existing generated video.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVideoEditMultipartBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateVideoEditJsonBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoResource'}}},
            },
        },
    },
)
async def create_video_edit() -> None:
    ...  # POST /videos/edits: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/extensions',
    methods=['POST'],
    operation_id='CreateVideoExtend',
    summary='Create an extension of a completed video.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVideoExtendMultipartBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateVideoExtendJsonBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoResource'}}},
            },
        },
    },
)
async def create_video_extend() -> None:
    ...  # POST /videos/extensions: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/{video_id}',
    methods=['GET'],
    operation_id='GetVideo',
    summary='Fetch the latest metadata for a generated video.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoResource'}}},
            },
        },
    },
)
async def get_video(
    video_id: Annotated[str, Path(description='The identifier of the video to retrieve.')],
) -> None:
    ...  # GET /videos/{video_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/{video_id}',
    methods=['DELETE'],
    operation_id='DeleteVideo',
    summary='Permanently delete a completed or failed video and its stored assets.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeletedVideoResource'}}},
            },
        },
    },
)
async def delete_video(
    video_id: Annotated[str, Path(description='The identifier of the video to delete.')],
) -> None:
    ...  # DELETE /videos/{video_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/{video_id}/content',
    methods=['GET'],
    operation_id='RetrieveVideoContent',
    summary=(
        'Download the generated video bytes or a derived preview asset.\n'
        '\n'
        'Streams the rendered video content for the specified video job.'
    ),
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'parameters': [
            {
                'name': 'variant',
                'in': 'query',
                'description': 'Which downloadable asset to return. Defaults to the MP4 video.',
                'required': False,
                'schema': {'$ref': '#/components/schemas/VideoContentVariant'},
            },
        ],
        'responses': {
            '200': {
                'description': 'The video bytes or preview asset that matches the requested variant.',
                'content': {
                    'video/mp4': {'schema': {'type': 'string', 'format': 'binary'}},
                    'image/webp': {'schema': {'type': 'string', 'format': 'binary'}},
                    'application/json': {'schema': {'type': 'string'}},
                },
            },
        },
    },
)
async def retrieve_video_content(
    video_id: Annotated[str, Path(description='The identifier of the video whose media to download.')],
) -> None:
    ...  # GET /videos/{video_id}/content: forwarded by the runtime, never called


@router.api_route(
    '/v1/videos/{video_id}/remix',
    methods=['POST'],
    operation_id='CreateVideoRemix',
    summary='Create a remix of a completed video using a refreshed prompt.',
    tags=['Videos'],
    deprecated=True,
    openapi_extra={
        'requestBody': {
            'content': {
                'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVideoRemixBody'}},
                'application/json': {'schema': {'$ref': '#/components/schemas/CreateVideoRemixBody'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Success',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VideoResource'}}},
            },
        },
    },
)
async def create_video_remix(
    video_id: Annotated[str, Path(description='The identifier of the completed video to remix.')],
) -> None:
    ...  # POST /videos/{video_id}/remix: forwarded by the runtime, never called
