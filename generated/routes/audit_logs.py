# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Audit Logs' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from fastapi import APIRouter

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/audit_logs',
    methods=['GET'],
    operation_id='list-audit-logs',
    summary='List user actions and configuration changes within this organization.',
    tags=['Audit Logs'],
    openapi_extra={
        'parameters': [
            {
                'name': 'effective_at',
                'in': 'query',
                'description': 'Return only events whose `effective_at` (Unix seconds) is in this range.',
                'required': False,
                'schema': {
                    'type': 'object',
                    'properties': {
                        'gt': {
                            'type': 'integer',
                            'description': 'Return only events whose `effective_at` (Unix seconds) is greater than this value.',
                        },
                        'gte': {
                            'type': 'integer',
                            'description': 'Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value.',
                        },
                        'lt': {
                            'type': 'integer',
                            'description': 'Return only events whose `effective_at` (Unix seconds) is less than this value.',
                        },
                        'lte': {
                            'type': 'integer',
                            'description': 'Return only events whose `effective_at` (Unix seconds) is less than or equal to this value.',
                        },
                    },
                },
            },
            {
                'name': 'project_ids[]',
                'in': 'query',
                'description': 'Return only events for these projects.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'event_types[]',
                'in': 'query',
                'description': 'Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).',
                'required': False,
                'schema': {'type': 'array', 'items': {'$ref': '#/components/schemas/AuditLogEventType'}},
            },
            {
                'name': 'actor_ids[]',
                'in': 'query',
                'description': 'Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'actor_emails[]',
                'in': 'query',
                'description': 'Return only events performed by users with these emails.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'resource_ids[]',
                'in': 'query',
                'description': 'Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string'}},
            },
            {
                'name': 'tenant_only',
                'in': 'query',
                'description': 'Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.',
                'required': False,
                'schema': {'type': 'boolean', 'default': False},
            },
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
                'schema': {'type': 'string'},
            },
            {
                'name': 'before',
                'in': 'query',
                'description': 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\n',
                'schema': {'type': 'string'},
            },
        ],
        'responses': {
            '200': {
                'description': 'Audit logs listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListAuditLogsResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_audit_logs() -> None:
    ...  # GET /organization/audit_logs: forwarded by the runtime, never called
