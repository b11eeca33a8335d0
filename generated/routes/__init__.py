# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""One router per tag, in a stable (alphabetical) order."""

from . import assistants
from . import audio
from . import audit_logs
from . import batch
from . import certificates
from . import chat
from . import chatkit
from . import completions
from . import containers
from . import content_provenance_checks
from . import conversations
from . import data_retention
from . import embeddings
from . import evals
from . import files
from . import fine_tuning
from . import group_organization_role_assignments
from . import group_users
from . import groups
from . import hosted_tools
from . import images
from . import invites
from . import models
from . import moderations
from . import organization
from . import project_group_role_assignments
from . import project_groups
from . import project_user_role_assignments
from . import projects
from . import realtime
from . import responses
from . import roles
from . import skills
from . import spend_alerts
from . import uploads
from . import usage
from . import user_organization_role_assignments
from . import users
from . import vector_stores
from . import videos

ROUTERS = (
    assistants.router,
    audio.router,
    audit_logs.router,
    batch.router,
    certificates.router,
    chat.router,
    chatkit.router,
    completions.router,
    containers.router,
    content_provenance_checks.router,
    conversations.router,
    data_retention.router,
    embeddings.router,
    evals.router,
    files.router,
    fine_tuning.router,
    group_organization_role_assignments.router,
    group_users.router,
    groups.router,
    hosted_tools.router,
    images.router,
    invites.router,
    models.router,
    moderations.router,
    organization.router,
    project_group_role_assignments.router,
    project_groups.router,
    project_user_role_assignments.router,
    projects.router,
    realtime.router,
    responses.router,
    roles.router,
    skills.router,
    spend_alerts.router,
    uploads.router,
    usage.router,
    user_organization_role_assignments.router,
    users.router,
    vector_stores.router,
    videos.router,
)
