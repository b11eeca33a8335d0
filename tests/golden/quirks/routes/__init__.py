# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""One router per tag, in a stable (alphabetical) order."""

from . import containers
from . import files
from . import organization
from . import responses
from . import threads

ROUTERS = (
    containers.router,
    files.router,
    organization.router,
    responses.router,
    threads.router,
)
