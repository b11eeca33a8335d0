# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Images' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/images/edits',
    methods=['POST'],
    operation_id='createImageEdit',
    summary='Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.',
    description=(
        'You can call this endpoint with either:\n'
        '\n'
        '- `multipart/form-data`: use binary uploads via `image` (and optional `mask`).\n'
        '- `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.\n'
        '\n'
        'Note that JSON requests use `images` (array) instead of the multipart `image` field.'
    ),
    tags=['Images'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'multipart/form-data': {
                    'schema': {'$ref': '#/components/schemas/CreateImageEditRequest'},
                    'examples': {
                        'multipart_edit': {
                            'summary': 'Multipart form upload (binary image + prompt)',
                            'value': {
                                'model': 'gpt-image-1.5',
                                'prompt': 'Add a watercolor effect to this image',
                                'image': '<binary image file>',
                                'size': '1024x1024',
                                'quality': 'high',
                            },
                        },
                    },
                },
                'application/json': {
                    'schema': {'$ref': '#/components/schemas/EditImageBodyJsonParam'},
                    'examples': {
                        'json_with_url': {
                            'summary': 'JSON request with image URL',
                            'value': {
                                'model': 'gpt-image-1.5',
                                'prompt': 'Add a watercolor effect to this image',
                                'images': [{'image_url': 'https://example.com/source-image.png'}],
                                'size': '1024x1024',
                                'quality': 'high',
                            },
                        },
                        'json_with_file_id': {
                            'summary': 'JSON request with uploaded file id',
                            'value': {
                                'model': 'gpt-image-1.5',
                                'prompt': 'Replace the background with a snowy mountain scene',
                                'images': [{'file_id': 'file-abc123'}],
                                'mask': {'file_id': 'file-mask123'},
                                'output_format': 'png',
                                'output_compression': 100,
                            },
                        },
                    },
                },
            },
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ImagesResponse'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/ImageEditStreamEvent'}},
                },
            },
        },
    },
)
async def create_image_edit() -> None:
    ...  # POST /images/edits: forwarded by the runtime, never called


@router.api_route(
    '/v1/images/generations',
    methods=['POST'],
    operation_id='createImage',
    summary='Creates an image given a prompt. [Learn more](/docs/guides/images).',
    tags=['Images'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateImageRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ImagesResponse'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/ImageGenStreamEvent'}},
                },
            },
        },
    },
)
async def create_image() -> None:
    ...  # POST /images/generations: forwarded by the runtime, never called


@router.api_route(
    '/v1/images/variations',
    methods=['POST'],
    operation_id='createImageVariation',
    summary='Creates a variation of a given image. This endpoint only supports `dall-e-2`.',
    tags=['Images'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateImageVariationRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ImagesResponse'}}},
            },
        },
    },
)
async def create_image_variation() -> None:
    ...  # POST /images/variations: forwarded by the runtime, never called
