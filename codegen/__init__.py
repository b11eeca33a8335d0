"""The generator: OpenAI's OpenAPI spec + the relay's overlays → `generated/` (see docs/design.md).

Imports neither `runtime` nor `generated`: it only writes source text that imports them.
"""
