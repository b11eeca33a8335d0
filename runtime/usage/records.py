"""One ledger row per relayed call, and the token counts read from upstream's answer."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLAIM_SECONDS", "Usage", "UsageRow"]

# How long a usage key stays claimed (the ledger's usage_claims rows, the limits' Redis claims): longer than
# OpenAI keeps a stored response (30 days), so no later read of a response can find its claim gone.
CLAIM_SECONDS = 31 * 86400


@dataclass(slots=True)
class Usage:
    """Token counts as upstream reported them. `cached` is part of `input`, `reasoning` part of `output`
    (OpenAI's own convention); a field upstream did not send is 0 when the usage object itself arrived."""

    input: int = 0
    cached: int = 0
    output: int = 0
    reasoning: int = 0
    model: str | None = None  # the model upstream says answered, when the usage-bearing object names it
    # What some models price apart (prices.py); each is part of the total above it, 0 when upstream gave no split.
    cache_write: int = 0  # part of `input` written to the prompt cache
    input_audio: int = 0  # part of `input` that is audio, cached or not
    input_image: int = 0  # part of `input` that is image tokens (image and realtime models), cached or not
    cached_audio: int = 0  # part of `cached` (and of `input_audio`) that is audio
    cached_image: int = 0  # part of `cached` (and of `input_image`) that is image
    output_audio: int = 0  # part of `output` that is audio
    output_image: int = 0  # part of `output` that is image tokens
    # A background Response's id: its usage shows in every answer that holds it finished (polls, resume streams,
    # the create stream), and is counted once per id (docs/team-layer.md, "Background responses").
    response_id: str | None = None

    @property
    def total(self) -> int:
        return self.input + self.output

    @property
    def usage_key(self) -> str | None:
        """What makes this usage count once (the ledger's and the limits' claim), or None: count it always."""
        return None if self.response_id is None else "response:" + self.response_id

    def __add__(self, other: Usage) -> Usage:
        """Both counts together (a Realtime session's `response.done` events add up to the session's usage);
        the model is the first one named."""
        return Usage(self.input + other.input, self.cached + other.cached, self.output + other.output,
                     self.reasoning + other.reasoning, self.model or other.model,
                     self.cache_write + other.cache_write, self.input_audio + other.input_audio,
                     self.input_image + other.input_image, self.cached_audio + other.cached_audio,
                     self.cached_image + other.cached_image, self.output_audio + other.output_audio,
                     self.output_image + other.output_image)


@dataclass(slots=True)
class UsageRow:
    """One relayed call. Token fields are None when upstream's usage never arrived (never estimated)."""

    time: float  # unix seconds (UTC) when the call started
    request_id: str
    key_id: str
    key_name: str
    operation: str  # operationId (or a relay operation such as "importChatFiles")
    model: str | None
    status: int  # status sent to the client; 0: the client went away before an answer
    duration_ms: float
    ttfb_ms: float | None  # upstream's response head, from the call's start
    bytes_in: int
    bytes_out: int
    input_tokens: int | None = None
    cached_tokens: int | None = None
    output_tokens: int | None = None
    reasoning_tokens: int | None = None
    cost_usd: float | None = None  # None: tokens unknown, or no price for the model
    # Usage.usage_key: Store.write_usage claims it, and a row whose key was claimed before (by another row,
    # worker or relay) is written with its tokens and cost None — a repeated read of usage already counted.
    usage_key: str | None = None
