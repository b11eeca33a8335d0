# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 ea8b02849d170f80eb9246da2efa0cac480c4347db638fad313f404c27e56b5b)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
# Pydantic v2 models for the JSON request bodies of relayed operations, by datamodel-code-generator
# 0.89.0; options in codegen/models.py. Unknown fields are ignored, not refused (docs/notes.md).

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class CreateResponseTemperature(RootModel[float]):
    root: Annotated[float, Field(gt=0.0)]


class FunctionTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['function']
    name: str


class WebSearchTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['web_search', 'web_search_2025_08_26']


class CreateResponse(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: str
    temperature: CreateResponseTemperature | None = None
    tools: list[Annotated[FunctionTool | WebSearchTool, Field(discriminator='type')]] | None = None
