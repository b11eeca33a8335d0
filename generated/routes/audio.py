# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Audio' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/audio/speech',
    methods=['POST'],
    operation_id='createSpeech',
    summary=(
        'Generates audio from the input text.\n'
        '\n'
        'Returns the audio file content, or a stream of audio events.'
    ),
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateSpeechRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'headers': {'Transfer-Encoding': {'schema': {'type': 'string'}, 'description': 'chunked'}},
                'content': {
                    'application/octet-stream': {'schema': {'type': 'string', 'format': 'binary'}},
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/CreateSpeechResponseStreamEvent'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_speech() -> None:
    ...  # POST /audio/speech: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/transcriptions',
    methods=['POST'],
    operation_id='createTranscription',
    summary=(
        'Transcribes audio into the input language.\n'
        '\n'
        'Returns a transcription object in `json`, `diarized_json`, or `verbose_json`\n'
        'format, or a stream of transcript events.'
    ),
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateTranscriptionRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {
                        'schema': {
                            'oneOf': [
                                {'$ref': '#/components/schemas/CreateTranscriptionResponseJson'},
                                {'$ref': '#/components/schemas/CreateTranscriptionResponseDiarizedJson'},
                                {'$ref': '#/components/schemas/CreateTranscriptionResponseVerboseJson'},
                            ],
                        },
                    },
                    'text/event-stream': {'schema': {'$ref': '#/components/schemas/CreateTranscriptionResponseStreamEvent'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_transcription() -> None:
    ...  # POST /audio/transcriptions: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/translations',
    methods=['POST'],
    operation_id='createTranslation',
    summary='Translates audio into English.',
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateTranslationRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {
                    'application/json': {
                        'schema': {
                            'oneOf': [
                                {'$ref': '#/components/schemas/CreateTranslationResponseJson'},
                                {'$ref': '#/components/schemas/CreateTranslationResponseVerboseJson'},
                            ],
                        },
                    },
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def create_translation() -> None:
    ...  # POST /audio/translations: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voice_consents',
    methods=['GET'],
    operation_id='listVoiceConsents',
    summary='Returns a list of voice consent recordings.',
    description=(
        'List consent recordings available to your organization for creating custom voices.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'parameters': [
            {
                'in': 'query',
                'name': 'after',
                'required': False,
                'schema': {'type': 'string'},
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
            },
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
        ],
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceConsentListResource'}}},
            },
        },
    },
)
async def list_voice_consents() -> None:
    ...  # GET /audio/voice_consents: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voice_consents',
    methods=['POST'],
    operation_id='createVoiceConsent',
    summary='Upload a voice consent recording.',
    description=(
        'Upload a consent recording that authorizes creation of a custom voice.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVoiceConsentRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceConsentResource'}}},
            },
        },
    },
)
async def create_voice_consent() -> None:
    ...  # POST /audio/voice_consents: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voice_consents/{consent_id}',
    methods=['GET'],
    operation_id='getVoiceConsent',
    summary='Retrieves a voice consent recording.',
    description=(
        'Retrieve consent recording metadata used for creating custom voices.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceConsentResource'}}},
            },
        },
    },
)
async def get_voice_consent(
    consent_id: Annotated[str, Path(description='The ID of the consent recording to retrieve.')],
) -> None:
    ...  # GET /audio/voice_consents/{consent_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voice_consents/{consent_id}',
    methods=['POST'],
    operation_id='updateVoiceConsent',
    summary='Updates a voice consent recording (metadata only).',
    description=(
        'Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UpdateVoiceConsentRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceConsentResource'}}},
            },
        },
    },
)
async def update_voice_consent(
    consent_id: Annotated[str, Path(description='The ID of the consent recording to update.')],
) -> None:
    ...  # POST /audio/voice_consents/{consent_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voice_consents/{consent_id}',
    methods=['DELETE'],
    operation_id='deleteVoiceConsent',
    summary='Deletes a voice consent recording.',
    description=(
        'Delete a consent recording that was uploaded for creating custom voices.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceConsentDeletedResource'}}},
            },
        },
    },
)
async def delete_voice_consent(
    consent_id: Annotated[str, Path(description='The ID of the consent recording to delete.')],
) -> None:
    ...  # DELETE /audio/voice_consents/{consent_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/audio/voices',
    methods=['POST'],
    operation_id='createVoice',
    summary='Creates a custom voice.',
    description=(
        'Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.\n'
        '\n'
        'See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.'
    ),
    tags=['Audio'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {'multipart/form-data': {'schema': {'$ref': '#/components/schemas/CreateVoiceRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'OK',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/VoiceResource'}}},
            },
        },
    },
)
async def create_voice() -> None:
    ...  # POST /audio/voices: forwarded by the runtime, never called
