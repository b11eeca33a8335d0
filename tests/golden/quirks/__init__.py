# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
"""The relay generated from OpenAI's spec: `catalog`, `routes`, `models` (imported lazily), `app`."""
