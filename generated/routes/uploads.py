# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Uploads' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/uploads',
    methods=['POST'],
    operation_id='createUpload',
    summary=(
        'Creates an intermediate [Upload](/docs/api-reference/uploads/object) object\n'
        'that you can add [Parts](/docs/api-reference/uploads/part-object) to.\n'
        'Currently, an Upload can accept at most 8 GB in total and expires after an\n'
        'hour after you create it.\n'
        '\n'
        'Once you complete the Upload, we will create a\n'
        '[File](/docs/api-reference/files/object) object that contains all the parts\n'
        'you uploaded. This File is usable in the rest of our platform as a regular\n'
        'File object.\n'
        '\n'
        'For certain `purpose` values, the correct `mime_type` must be specified. \n'
        'Please refer to documentation for the \n'
        '[supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).\n'
        '\n'
        'For guidance on the proper filename extensions for each purpose, please\n'
        'follow the documentation on [creating a\n'
        'File](/docs/api-reference/files/create).\n'
        '\n'
        'Returns the Upload object with status `pending`.'
    ),
    tags=['Uploads'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateUploadRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Upload'}}},
            },
        },
    },
)
async def create_upload() -> None:
    ...  # POST /uploads: forwarded by the runtime, never called


@router.api_route(
    '/v1/uploads/{upload_id}/cancel',
    methods=['POST'],
    operation_id='cancelUpload',
    summary=(
        'Cancels the Upload. No Parts may be added after an Upload is cancelled.\n'
        '\n'
        'Returns the Upload object with status `cancelled`.'
    ),
    tags=['Uploads'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Upload'}}},
            },
        },
    },
)
async def cancel_upload(
    upload_id: Annotated[str, Path(description='The ID of the Upload.')],
) -> None:
    ...  # POST /uploads/{upload_id}/cancel: forwarded by the runtime, never called


@router.api_route(
    '/v1/uploads/{upload_id}/complete',
    methods=['POST'],
    operation_id='completeUpload',
    summary=(
        'Completes the [Upload](/docs/api-reference/uploads/object). \n'
        '\n'
        'Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.\n'
        '\n'
        'You can specify the order of the Parts by passing in an ordered list of the Part IDs.\n'
        '\n'
        'The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.\n'
        'Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.'
    ),
    tags=['Uploads'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CompleteUploadRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Upload'}}},
            },
        },
    },
)
async def complete_upload(
    upload_id: Annotated[str, Path(description='The ID of the Upload.')],
) -> None:
    ...  # POST /uploads/{upload_id}/complete: forwarded by the runtime, never called


@router.api_route(
    '/v1/uploads/{upload_id}/parts',
    methods=['POST'],
    operation_id='addUploadPart',
    summary=(
        'Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload. \n'
        '\n'
        'Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.\n'
        '\n'
        'It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).'
    ),
    tags=['Uploads'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/AddUploadPartRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UploadPart'}}},
            },
        },
    },
)
async def add_upload_part(
    upload_id: Annotated[str, Path(description='The ID of the Upload.')],
) -> None:
    ...  # POST /uploads/{upload_id}/parts: forwarded by the runtime, never called
