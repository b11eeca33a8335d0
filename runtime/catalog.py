"""The operation catalog: what the generator tells the runtime about each upstream operation.

`generated/catalog.py` builds one `Catalog` of `OperationSpec`s from the effective spec; the runtime is
handed it when the app is built and never reads the spec itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Policy:
    """The relay's policy for one operation (the `x-relay` extension after the overlay)."""

    exposed: bool = True  # False: the relay answers 403 and never calls upstream
    scope: str = "api"  # key scope a relay key needs: "api" or "admin"
    upstream_key: str = "api"  # which upstream key is sent: "api" (OPENAI_API_KEY) or "admin"
    actions: bool = False  # part of the ChatGPT Actions surface
    actions_description: str | None = None
    # How the Actions endpoint `/actions/v1/...` answers for this operation (runtime/actions/):
    # "shape" (default for Actions operations): one call, the JSON answer shaped to RELAY_ACTIONS_MAX_CHARS;
    # "long_job": Responses background mode, awaited up to RELAY_ACTIONS_WAIT, else a pending handle;
    # "image_job": an image through the Responses image tool in background mode, returned as a file;
    # "files_out": the file's content as `openaiFileResponse`; "files_in": `importChatFiles`.
    actions_adapter: str | None = None
    consequential: bool | None = None  # x-openai-isConsequential; None: decided by the method
    validate: bool = False  # check JSON bodies against the generated models before forwarding
    timeout: float | None = None  # seconds; None: the configured default
    max_body_bytes: int | None = None  # None: the configured default


@dataclass(frozen=True, slots=True)
class OperationSpec:
    operation_id: str
    name: str  # stable Python identifier, unique in the catalog
    method: str  # upper case
    path: str  # template relative to the upstream base, e.g. "/responses/{response_id}"
    tag: str
    summary: str = ""
    fixed_query: tuple[tuple[str, str], ...] = ()  # from spec path keys like "/responses?beta=true"
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    request_content_types: tuple[str, ...] = ()
    response_content_types: tuple[str, ...] = ()
    request_kind: str = "none"  # "none" | "json" | "multipart" | "sdp" | "binary"
    response_kind: str = "json"  # "json" | "sse" | "binary" | "sdp" | "none"
    streaming: bool = False  # may answer text/event-stream
    body_model: str | None = None  # class name in generated.models, when the body is JSON
    deprecated: bool = False
    policy: Policy = field(default_factory=Policy)


class Catalog:
    """An ordered, read-only set of operations with lookup by operationId."""

    __slots__ = ("_by_id", "_ops", "spec_sha256", "spec_version")

    def __init__(self, operations: Iterable[OperationSpec], *, spec_sha256: str = "", spec_version: str = ""):
        self._ops = tuple(operations)
        self._by_id = {op.operation_id: op for op in self._ops}
        if len(self._by_id) != len(self._ops):
            raise ValueError("duplicate operationId in catalog")
        self.spec_sha256 = spec_sha256
        self.spec_version = spec_version

    def __iter__(self) -> Iterator[OperationSpec]:
        return iter(self._ops)

    def __len__(self) -> int:
        return len(self._ops)

    def __getitem__(self, operation_id: str) -> OperationSpec:
        return self._by_id[operation_id]

    def get(self, operation_id: str) -> OperationSpec | None:
        return self._by_id.get(operation_id)
