# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""Routes for the 'Certificates' operations. Handlers have no body: the runtime binds every OperationRoute
to its forwarder, so FastAPI never parses relayed bytes; these declarations feed /docs and /openapi.json."""

from typing import Annotated

from fastapi import APIRouter, Path

from runtime.routing import OperationRoute

router = APIRouter(route_class=OperationRoute)


@router.api_route(
    '/v1/organization/certificates',
    methods=['GET'],
    operation_id='listOrganizationCertificates',
    summary='List uploaded certificates for this organization.',
    tags=['Certificates'],
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
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
        ],
        'responses': {
            '200': {
                'description': 'Certificates listed successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ListCertificatesResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_organization_certificates() -> None:
    ...  # GET /organization/certificates: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates',
    methods=['POST'],
    operation_id='uploadCertificate',
    summary=(
        'Upload a certificate to the organization. This does **not** automatically activate the certificate.\n'
        '\n'
        'Organizations can upload up to 50 certificates.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate upload payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/UploadCertificateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificate uploaded successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Certificate'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def upload_certificate() -> None:
    ...  # POST /organization/certificates: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates/activate',
    methods=['POST'],
    operation_id='activateOrganizationCertificates',
    summary=(
        'Activate certificates at the organization level.\n'
        '\n'
        'You can atomically and idempotently activate up to 10 certificates at a time.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate activation payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ToggleCertificatesRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificates activated successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationCertificateActivationResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def activate_organization_certificates() -> None:
    ...  # POST /organization/certificates/activate: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates/deactivate',
    methods=['POST'],
    operation_id='deactivateOrganizationCertificates',
    summary=(
        'Deactivate certificates at the organization level.\n'
        '\n'
        'You can atomically and idempotently deactivate up to 10 certificates at a time.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate deactivation payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ToggleCertificatesRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificates deactivated successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/OrganizationCertificateDeactivationResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def deactivate_organization_certificates() -> None:
    ...  # POST /organization/certificates/deactivate: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates/{certificate_id}',
    methods=['GET'],
    operation_id='getCertificate',
    summary=(
        'Get a certificate that has been uploaded to the organization.\n'
        '\n'
        'You can get a certificate regardless of whether it is active or not.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'parameters': [
            {
                'name': 'include',
                'in': 'query',
                'description': 'A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.',
                'required': False,
                'schema': {'type': 'array', 'items': {'type': 'string', 'enum': ['content']}},
            },
        ],
        'responses': {
            '200': {
                'description': 'Certificate retrieved successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Certificate'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def get_certificate(
    certificate_id: Annotated[str, Path(description='Unique ID of the certificate to retrieve.')],
) -> None:
    ...  # GET /organization/certificates/{certificate_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates/{certificate_id}',
    methods=['POST'],
    operation_id='modifyCertificate',
    summary='Modify a certificate. Note that only the name can be modified.',
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate modification payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ModifyCertificateRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificate modified successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Certificate'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def modify_certificate(
    certificate_id: Annotated[str, Path(description='Unique ID of the certificate to modify.')],
) -> None:
    ...  # POST /organization/certificates/{certificate_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/certificates/{certificate_id}',
    methods=['DELETE'],
    operation_id='deleteCertificate',
    summary=(
        'Delete a certificate from the organization.\n'
        '\n'
        'The certificate must be inactive for the organization and all projects.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'responses': {
            '200': {
                'description': 'Certificate deleted successfully.',
                'content': {'application/json': {'schema': {'$ref': '#/components/schemas/DeleteCertificateResponse'}}},
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def delete_certificate(
    certificate_id: Annotated[str, Path(description='Unique ID of the certificate to delete.')],
) -> None:
    ...  # DELETE /organization/certificates/{certificate_id}: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/certificates',
    methods=['GET'],
    operation_id='listProjectCertificates',
    summary='List certificates for this project.',
    tags=['Certificates'],
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
            {
                'name': 'order',
                'in': 'query',
                'description': 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.\n',
                'schema': {'type': 'string', 'default': 'desc', 'enum': ['asc', 'desc']},
            },
        ],
        'responses': {
            '200': {
                'description': 'Certificates listed successfully.',
                'content': {
                    'application/json': {'schema': {'$ref': '#/components/schemas/ListProjectCertificatesResponse'}},
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def list_project_certificates(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # GET /organization/projects/{project_id}/certificates: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/certificates/activate',
    methods=['POST'],
    operation_id='activateProjectCertificates',
    summary=(
        'Activate certificates at the project level.\n'
        '\n'
        'You can atomically and idempotently activate up to 10 certificates at a time.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate activation payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ToggleCertificatesRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificates activated successfully.',
                'content': {
                    'application/json': {
                        'schema': {'$ref': '#/components/schemas/OrganizationProjectCertificateActivationResponse'},
                    },
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def activate_project_certificates(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/certificates/activate: forwarded by the runtime, never called


@router.api_route(
    '/v1/organization/projects/{project_id}/certificates/deactivate',
    methods=['POST'],
    operation_id='deactivateProjectCertificates',
    summary=(
        'Deactivate certificates at the project level. You can atomically and \n'
        'idempotently deactivate up to 10 certificates at a time.'
    ),
    tags=['Certificates'],
    openapi_extra={
        'requestBody': {
            'description': 'The certificate deactivation payload.',
            'required': True,
            'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ToggleCertificatesRequest'}}},
        },
        'responses': {
            '200': {
                'description': 'Certificates deactivated successfully.',
                'content': {
                    'application/json': {
                        'schema': {'$ref': '#/components/schemas/OrganizationProjectCertificateDeactivationResponse'},
                    },
                },
            },
            '429': {'$ref': '#/components/responses/TooManyRequests'},
        },
    },
)
async def deactivate_project_certificates(
    project_id: Annotated[str, Path(description='The ID of the project.')],
) -> None:
    ...  # POST /organization/projects/{project_id}/certificates/deactivate: forwarded by the runtime, never called
