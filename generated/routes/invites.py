# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Invites' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/invites',
    methods=['GET'],
    operation_id='list-invites',
    summary='Returns a list of invites in the organization.',
    tags=['Invites'],
    openapi_extra={
        'parameters': [
            {
                'name': 'limit',
                'in': 'query',
                'description': 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\n',
                'required': False,
                'schema': {'type': 'integer', 'default': 20},
            },
            {
                'name': 'after',
                'in': 'query',
                'description': 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\n',
                'required': False,
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Invites listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/InviteListResponse'}}},
            },
        },
    },
)
async def list_invites() -> None:
    ...  # GET /organization/invites: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/invites',
    methods=['POST'],
    operation_id='inviteUser',
    summary='Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.',
    tags=['Invites'],
    openapi_extra={
        'requestBody': {
            'description': 'The invite request payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/InviteRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'User invited successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Invite'}}},
            },
        },
    },
)
async def invite_user() -> None:
    ...  # POST /organization/invites: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/invites/{invite_id}',
    methods=['GET'],
    operation_id='retrieve-invite',
    summary='Retrieves an invite.',
    tags=['Invites'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Invite retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Invite'}}},
            },
        },
    },
)
async def retrieve_invite(
    invite_id: Annotated[str, Path(description='The ID of the invite to retrieve.')],
) -> None:
    ...  # GET /organization/invites/{invite_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/invites/{invite_id}',
    methods=['DELETE'],
    operation_id='delete-invite',
    summary='Delete an invite. If the invite has already been accepted, it cannot be deleted.',
    tags=['Invites'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Invite deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/InviteDeleteResponse'}}},
            },
        },
    },
)
async def delete_invite(
    invite_id: Annotated[str, Path(description='The ID of the invite to delete.')],
) -> None:
    ...  # DELETE /organization/invites/{invite_id}: forwarded by the runtime, never called
