# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Realtime' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/realtime/calls',
    methods=['POST'],
    operation_id='create-realtime-call',
    summary=(
        'Create a new Realtime API call over WebRTC and receive the SDP answer needed\n'
        'to complete the peer connection.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'content': {
                'multipart/form-data': {
                    'schema': {'$ref': '#/components/schemas/RealtimeCallCreateRequest'},
                    'encoding': {
                        'sdp': {'contentType': 'application/sdp'},
                        'session': {'contentType': 'application/json'},
                    },
                },
                'application/sdp': {
                    'schema': {
                        'type': 'string',
                        'description': (
                            'WebRTC SDP offer. Use this variant when you have previously created an\n'
                            'ephemeral **session token** and are authenticating the request with it.\n'
                            'Realtime session parameters will be retrieved from the session token.'
                        ),
                    },
                },
            },
        },
        'responses': {
            '201': {
                'description': 'Realtime call created successfully.',
                'headers': {
                    'Location': {
                        'description': 'Relative URL containing the call ID for subsequent control requests.',
                        'schema': {'type': 'string'},
                    },
                },
                'content': {
                    'application/sdp': {
                        'schema': {
                            'type': 'string',
                            'description': 'SDP answer produced by OpenAI for the peer connection.',
                        },
                    },
                },
            },
        },
    },
)
async def create_realtime_call() -> None:
    ...  # POST /realtime/calls: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/calls/{call_id}/accept',
    methods=['POST'],
    operation_id='accept-realtime-call',
    summary=(
        'Accept an incoming SIP call and configure the realtime session that will\n'
        'handle it.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'description': 'Session configuration to apply before the caller is bridged to the model.',
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeSessionCreateRequestGA'}}},
        },
        'responses': {'200': {'description': 'Call accepted successfully.'}},
    },
)
async def accept_realtime_call(
    call_id: Annotated[str, Path(description=(
        'The identifier for the call provided in the\n'
        '[`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)\n'
        'webhook.'
    ))],
) -> None:
    ...  # POST /realtime/calls/{call_id}/accept: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/calls/{call_id}/hangup',
    methods=['POST'],
    operation_id='hangup-realtime-call',
    summary=(
        'End an active Realtime API call, whether it was initiated over SIP or\n'
        'WebRTC.'
    ),
    tags=['Realtime'],
    openapi_extra={'responses': {'200': {'description': 'Call hangup initiated successfully.'}}},
)
async def hangup_realtime_call(
    call_id: Annotated[str, Path(description=(
        'The identifier for the call. For SIP calls, use the value provided in the\n'
        '[`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)\n'
        'webhook. For WebRTC sessions, reuse the call ID returned in the `Location`\n'
        'header when creating the call with\n'
        '[`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).'
    ))],
) -> None:
    ...  # POST /realtime/calls/{call_id}/hangup: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/calls/{call_id}/refer',
    methods=['POST'],
    operation_id='refer-realtime-call',
    summary='Transfer an active SIP call to a new destination using the SIP REFER verb.',
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'required': True,
            'description': 'Destination URI for the REFER request.',
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeCallReferRequest'}}},
        },
        'responses': {'200': {'description': 'Call referred successfully.'}},
    },
)
async def refer_realtime_call(
    call_id: Annotated[str, Path(description=(
        'The identifier for the call provided in the\n'
        '[`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)\n'
        'webhook.'
    ))],
) -> None:
    ...  # POST /realtime/calls/{call_id}/refer: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/calls/{call_id}/reject',
    methods=['POST'],
    operation_id='reject-realtime-call',
    summary='Decline an incoming SIP call by returning a SIP status code to the caller.',
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'required': False,
            'description': (
                'Provide an optional SIP status code. When omitted the API responds with\n'
                '`603 Decline`.'
            ),
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeCallRejectRequest'}}},
        },
        'responses': {'200': {'description': 'Call rejected successfully.'}},
    },
)
async def reject_realtime_call(
    call_id: Annotated[str, Path(description=(
        'The identifier for the call provided in the\n'
        '[`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming)\n'
        'webhook.'
    ))],
) -> None:
    ...  # POST /realtime/calls/{call_id}/reject: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/client_secrets',
    methods=['POST'],
    operation_id='create-realtime-client-secret',
    summary=(
        'Create a Realtime client secret with an associated session configuration.\n'
        '\n'
        'Client secrets are short-lived tokens that can be passed to a client app,\n'
        'such as a web frontend or mobile client, which grants access to the Realtime API without\n'
        'leaking your main API key. You can configure a custom TTL for each client secret.\n'
        '\n'
        'You can also attach session configuration options to the client secret, which will be\n'
        'applied to any sessions created using that client secret, but these can also be overridden\n'
        'by the client connection.\n'
        '\n'
        '[Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc).\n'
        '\n'
        'Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'description': 'Create a client secret with the given session configuration.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeCreateClientSecretRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Client secret created successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeCreateClientSecretResponse'}},
                },
            },
        },
    },
)
async def create_realtime_client_secret() -> None:
    ...  # POST /realtime/client_secrets: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/sessions',
    methods=['POST'],
    operation_id='create-realtime-session',
    summary=(
        'Create an ephemeral API token for use in client-side applications with the\n'
        'Realtime API. Can be configured with the same session parameters as the\n'
        '`session.update` client event.\n'
        '\n'
        'It responds with a session object, plus a `client_secret` key which contains\n'
        'a usable ephemeral API token that can be used to authenticate browser clients\n'
        'for the Realtime API.\n'
        '\n'
        'Returns the created Realtime session object, plus an ephemeral key.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'description': 'Create an ephemeral API key with the given session configuration.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeSessionCreateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Session created successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeSessionCreateResponse'}},
                },
            },
        },
    },
)
async def create_realtime_session() -> None:
    ...  # POST /realtime/sessions: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/transcription_sessions',
    methods=['POST'],
    operation_id='create-realtime-transcription-session',
    summary=(
        'Create an ephemeral API token for use in client-side applications with the\n'
        'Realtime API specifically for realtime transcriptions. \n'
        'Can be configured with the same session parameters as the `transcription_session.update` client event.\n'
        '\n'
        'It responds with a session object, plus a `client_secret` key which contains\n'
        'a usable ephemeral API token that can be used to authenticate browser clients\n'
        'for the Realtime API.\n'
        '\n'
        'Returns the created Realtime transcription session object, plus an ephemeral key.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'description': 'Create an ephemeral API key with the given session configuration.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeTranscriptionSessionCreateRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Session created successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeTranscriptionSessionCreateResponse'}},
                },
            },
        },
    },
)
async def create_realtime_transcription_session() -> None:
    ...  # POST /realtime/transcription_sessions: forwarded by the runtime, never called


@router.api_route(
    '/v1/realtime/translations/client_secrets',
    methods=['POST'],
    operation_id='create-realtime-translation-client-secret',
    summary=(
        'Create a Realtime translation client secret with an associated translation session configuration.\n'
        '\n'
        'Client secrets are short-lived tokens that can be passed to a client app,\n'
        'such as a web frontend or mobile client, which grants access to the Realtime\n'
        'Translation API without leaking your main API key. You can configure a custom\n'
        'TTL for each client secret.\n'
        '\n'
        'Returns the created client secret and the effective translation session object.\n'
        'The client secret is a string that looks like `ek_1234`.'
    ),
    tags=['Realtime'],
    openapi_extra={
        'requestBody': {
            'description': 'Create a client secret with the given translation session configuration.',
            'required': True,
            'content': {
                'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeTranslationClientSecretCreateRequest'}},
            },
        },
        'responses': {
            '200': {
                'description': 'Translation client secret created successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/RealtimeTranslationClientSecretCreateResponse'}},
                },
            },
        },
    },
)
async def create_realtime_translation_client_secret() -> None:
    ...  # POST /realtime/translations/client_secrets: forwarded by the runtime, never called
