# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
# Pydantic v2 models for the JSON request bodies of relayed operations, by datamodel-code-generator
# 0.89.0; options in codegen/models.py. Unknown fields are ignored, not refused (docs/notes.md).

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AnyUrl, BaseModel, ConfigDict, Field, RootModel, StringConstraints


class AutoChunkingStrategyRequestParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class ComparisonFilter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'],
        Field(
            description='Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.\n- `eq`: equals\n- `ne`: not equal\n- `gt`: greater than\n- `gte`: greater than or equal\n- `lt`: less than\n- `lte`: less than or equal\n- `in`: in\n- `nin`: not in\n'
        ),
    ]
    key: Annotated[str, Field(description='The key to compare against the value.')]
    value: Annotated[
        str | float | bool | list[str | float],
        Field(
            description='The value to compare against the attribute key; supports string, number, or boolean types.'
        ),
    ]


class ComputerScreenshotImage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['computer_screenshot'],
        Field(
            description='Specifies the event type. For a computer screenshot, this property is \nalways set to `computer_screenshot`.\n'
        ),
    ]
    image_url: Annotated[AnyUrl | None, Field(description='The URL of the screenshot image.')] = None
    file_id: Annotated[
        str | None, Field(description='The identifier of an uploaded file that contains the screenshot.')
    ] = None


class CreateEmbeddingRequestInput(RootModel[list[str]]):
    root: Annotated[
        list[str],
        Field(
            description='The array of strings that will be turned into an embedding.',
            examples=['The quick brown fox jumped over the lazy dog'],
            max_length=2048,
            min_length=1,
            title='array',
        ),
    ]


class CreateEmbeddingRequestInput1(RootModel[list[int]]):
    root: Annotated[
        list[int],
        Field(
            description='The array of integers that will be turned into an embedding.',
            examples=['[1212, 318, 257, 1332, 13]'],
            max_length=2048,
            min_length=1,
            title='array',
        ),
    ]


class CreateEmbeddingRequestInput2CreateEmbeddingRequestInput2Item(RootModel[list[int]]):
    root: Annotated[list[int], Field(min_length=1)]


class CreateEmbeddingRequestInput2(
    RootModel[list[CreateEmbeddingRequestInput2CreateEmbeddingRequestInput2Item]]
):
    root: Annotated[
        list[CreateEmbeddingRequestInput2CreateEmbeddingRequestInput2Item],
        Field(
            description='The array of arrays containing integers that will be turned into an embedding.',
            examples=['[[1212, 318, 257, 1332, 13]]'],
            max_length=2048,
            min_length=1,
            title='array',
        ),
    ]


class CreateEmbeddingRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: Annotated[
        str | CreateEmbeddingRequestInput | CreateEmbeddingRequestInput1 | CreateEmbeddingRequestInput2,
        Field(
            description='Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request.\n',
            examples=['The quick brown fox jumped over the lazy dog'],
        ),
    ]
    model: Annotated[
        str | Literal['text-embedding-ada-002', 'text-embedding-3-small', 'text-embedding-3-large'],
        Field(
            description='ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.\n',
            examples=['text-embedding-3-small'],
        ),
    ]
    encoding_format: Annotated[
        Literal['float', 'base64'] | None,
        Field(
            description='The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).',
            examples=['float'],
        ),
    ] = 'float'
    dimensions: Annotated[
        int | None,
        Field(
            description='The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.\n',
            ge=1,
        ),
    ] = None
    user: Annotated[
        str | None,
        Field(
            description='A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).\n',
            examples=['user-1234'],
        ),
    ] = None


class TopLogprobs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n',
            ge=0,
            le=20,
        ),
    ]


class CreateModerationRequestInputImageUrlImageUrl(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    url: Annotated[
        AnyUrl,
        Field(
            description='Either a URL of the image or the base64 encoded image data.',
            examples=['https://example.com/image.jpg'],
        ),
    ]


class CreateModerationRequestInputImageUrl(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image_url'], Field(description='Always `image_url`.')]
    image_url: Annotated[
        CreateModerationRequestInputImageUrlImageUrl,
        Field(description='Contains either an image URL or a data URL for a base64 encoded image.'),
    ]


class CreateModerationRequestInputText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='Always `text`.')]
    text: Annotated[str, Field(description='A string of text to classify.', examples=['I want to kill them'])]


class CreateModerationRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: Annotated[
        str | list[str] | list[CreateModerationRequestInputImageUrl | CreateModerationRequestInputText],
        Field(
            description='Input (or inputs) to classify. Can be a single string, an array of strings, or\nan array of multi-modal input objects similar to other models.\n'
        ),
    ]
    model: Annotated[
        str | Literal['omni-moderation-latest', 'omni-moderation-2024-09-26', 'text-moderation-latest', 'text-moderation-stable'] | None,
        Field(
            description='The content moderation model you would like to use. Learn more in\n[the moderation guide](/docs/guides/moderation), and learn about\navailable models [here](/docs/models#moderation).\n',
            examples=['omni-moderation-2024-09-26'],
        ),
    ] = 'omni-moderation-latest'


class MaxOutputTokens(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).\n',
            ge=16,
        ),
    ]


class FilePath(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_path'], Field(description='The type of the file path. Always `file_path`.\n')
    ]
    file_id: Annotated[str, Field(description='The ID of the file.\n')]
    index: Annotated[int, Field(description='The index of the file in the list of files.\n')]


class ImageGenToolInputImageMask(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    image_url: Annotated[str | None, Field(description='Base64-encoded mask image.\n')] = None
    file_id: Annotated[str | None, Field(description='File ID for the mask image.\n')] = None


class ImageGenToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['image_generation_call'],
        Field(description='The type of the image generation call. Always `image_generation_call`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the image generation call.\n')]
    status: Annotated[
        Literal['in_progress', 'completed', 'generating', 'failed'],
        Field(description='The status of the image generation call.\n'),
    ]
    result: str | None


class LocalShellToolCallOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['local_shell_call_output'],
        Field(
            description='The type of the local shell tool call output. Always `local_shell_call_output`.\n'
        ),
    ]
    id: Annotated[
        str, Field(description='The unique ID of the local shell tool call generated by the model.\n')
    ]
    output: Annotated[str, Field(description='A JSON string of the output of the local shell tool call.\n')]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class MCPApprovalRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['mcp_approval_request'],
        Field(description='The type of the item. Always `mcp_approval_request`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the approval request.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server making the request.\n')]
    name: Annotated[str, Field(description='The name of the tool to run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of arguments for the tool.\n')]


class MCPApprovalResponse(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['mcp_approval_response'],
        Field(description='The type of the item. Always `mcp_approval_response`.\n'),
    ]
    id: str | None = None
    approval_request_id: Annotated[str, Field(description='The ID of the approval request being answered.\n')]
    approve: Annotated[bool, Field(description='Whether the request was approved.\n')]
    reason: str | None = None


class MCPListToolsTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the tool.\n')]
    description: str | None = None
    input_schema: Annotated[
        dict[str, Any], Field(description="The JSON schema describing the tool's input.\n")
    ]
    annotations: dict[str, Any] | None = None


class MCPToolFilter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    tool_names: Annotated[
        list[str] | None, Field(description='List of allowed tool names.', title='MCP allowed tools')
    ] = None
    read_only: Annotated[
        bool | None,
        Field(
            description='Indicates whether or not a tool modifies data or is read-only. If an\nMCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),\nit will match this filter.\n'
        ),
    ] = None


class ModelResponsePropertiesTopLogprobs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n',
            ge=0,
            le=20,
        ),
    ]


class ModelResponsePropertiesTemperature(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\nWe generally recommend altering this or `top_p` but not both.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1


class ModelResponsePropertiesTopP(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling,\nwhere the model considers the results of the tokens with top_p probability\nmass. So 0.1 means only the tokens comprising the top 10% probability mass\nare considered.\n\nWe generally recommend altering this or `temperature` but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1


class ModelResponsePropertiesSafetyIdentifier(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.\nThe IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).\n",
            examples=['safety-identifier-1234'],
            max_length=64,
        ),
    ]


class ModelResponseProperties(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None = None
    top_logprobs: ModelResponsePropertiesTopLogprobs | None = None
    temperature: ModelResponsePropertiesTemperature | None = None
    top_p: ModelResponsePropertiesTopP | None = None
    user: Annotated[
        str | None,
        Field(
            deprecated=True,
            description='This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.\nA stable identifier for your end-users.\nUsed to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).\n',
            examples=['user-1234'],
        ),
    ] = None
    safety_identifier: ModelResponsePropertiesSafetyIdentifier | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: Annotated[Literal['in_memory', '24h'] | None, Field(deprecated=True)] = None


class PartialImagesPartialImages(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of partial images to generate. This parameter is used for\nstreaming responses that return partial images. Value must be between 0 and 3.\nWhen set to 0, the response will be a single image sent in one streaming event.\n\nNote that the final image may be sent before the full number of partial images\nare generated if the full image is generated more quickly.\n',
            examples=[1],
            ge=0,
            le=3,
        ),
    ] = 0


class ResponseFormatJsonObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['json_object'],
        Field(description='The type of response format being defined. Always `json_object`.'),
    ]


class ResponseFormatJsonSchemaSchema(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class ResponseFormatText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['text'], Field(description='The type of response format being defined. Always `text`.')
    ]


class ResponseStreamOptionsResponseStreamOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    include_obfuscation: Annotated[
        bool | None,
        Field(
            description='When true, stream obfuscation will be enabled. Stream obfuscation adds\nrandom characters to an `obfuscation` field on streaming delta events to\nnormalize payload sizes as a mitigation to certain side-channel attacks.\nThese obfuscation fields are included by default, but add a small amount\nof overhead to the data stream. You can set `include_obfuscation` to\nfalse to optimize for bandwidth if you trust the network links between\nyour application and the OpenAI API.\n'
        ),
    ] = None


class StaticChunkingStrategy(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    max_chunk_size_tokens: Annotated[
        int,
        Field(
            description='The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.',
            ge=100,
            le=4096,
        ),
    ]
    chunk_overlap_tokens: Annotated[
        int,
        Field(
            description='The number of tokens that overlap between chunks. The default value is `400`.\n\nNote that the overlap must not exceed half of `max_chunk_size_tokens`.\n'
        ),
    ]


class StaticChunkingStrategyRequestParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['static'], Field(description='Always `static`.')]
    static: StaticChunkingStrategy


class TextResponseFormatJsonSchema(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['json_schema'],
        Field(description='The type of response format being defined. Always `json_schema`.'),
    ]
    description: Annotated[
        str | None,
        Field(
            description='A description of what the response format is for, used by the model to\ndetermine how to respond in the format.\n'
        ),
    ] = None
    name: Annotated[
        str,
        Field(
            description='The name of the response format. Must be a-z, A-Z, 0-9, or contain\nunderscores and dashes, with a maximum length of 64.\n'
        ),
    ]
    schema_: Annotated[ResponseFormatJsonSchemaSchema, Field(alias='schema')]
    strict: bool | None = None


class ToolChoiceAllowed(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['allowed_tools'],
        Field(description='Allowed tool configuration type. Always `allowed_tools`.'),
    ]
    mode: Annotated[
        Literal['auto', 'required'],
        Field(
            description='Constrains the tools available to the model to a pre-defined set.\n\n`auto` allows the model to pick from among the allowed tools and generate a\nmessage.\n\n`required` requires the model to call one or more of the allowed tools.\n'
        ),
    ]
    tools: Annotated[
        list[dict[str, Any]],
        Field(
            description='A list of tool definitions that the model should be allowed to call.\n\nFor the Responses API, the list of tool definitions might look like:\n```json\n[\n  { "type": "function", "name": "get_weather" },\n  { "type": "mcp", "server_label": "deepwiki" },\n  { "type": "image_generation" }\n]\n```\n'
        ),
    ]


class ToolChoiceCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['custom'], Field(description='For custom tool calling, the type is always `custom`.')
    ]
    name: Annotated[str, Field(description='The name of the custom tool to call.')]


class ToolChoiceFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'], Field(description='For function calling, the type is always `function`.')
    ]
    name: Annotated[str, Field(description='The name of the function to call.')]


class ToolChoiceMCP(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['mcp'], Field(description='For MCP tools, the type is always `mcp`.')]
    server_label: Annotated[str, Field(description='The label of the MCP server to use.\n')]
    name: str | None = None


class ToolChoiceTypes(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_search', 'web_search_preview', 'computer', 'computer_use_preview', 'computer_use', 'web_search_preview_2025_03_11', 'image_generation', 'code_interpreter'],
        Field(
            description='The type of hosted tool the model should to use. Learn more about\n[built-in tools](/docs/guides/tools).\n\nAllowed values are:\n- `file_search`\n- `web_search_preview`\n- `computer`\n- `computer_use_preview`\n- `computer_use`\n- `code_interpreter`\n- `image_generation`\n'
        ),
    ]


class VectorStoreExpirationAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['last_active_at'],
        Field(
            description='Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`.'
        ),
    ]
    days: Annotated[
        int,
        Field(
            description='The number of days after the anchor time that the vector store will expire.',
            ge=1,
            le=365,
        ),
    ]


class VectorStoreFileAttributesVectorStoreFileAttributes(RootModel[str]):
    root: Annotated[str, Field(max_length=512)]


class VectorStoreSearchRequestQueryItem(RootModel[str]):
    root: Annotated[str, Field(description='A list of queries to search for.', min_length=1)]


class VectorStoreSearchRequestRankingOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    ranker: Annotated[
        Literal['none', 'auto', 'default-2024-11-15'] | None,
        Field(description='Enable re-ranking; set to `none` to disable, which can help reduce latency.'),
    ] = 'auto'
    score_threshold: Annotated[float | None, Field(ge=0.0, le=1.0)] = 0


class WebSearchActionFind(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['find_in_page'], Field(description='The action type.\n')]
    url: Annotated[AnyUrl, Field(description='The URL of the page searched for the pattern.\n')]
    pattern: Annotated[str, Field(description='The pattern or text to search for within the page.\n')]


class WebSearchActionOpenPage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['open_page'], Field(description='The action type.\n')]
    url: Annotated[AnyUrl | None, Field(description='The URL opened by the model.\n')] = None


class WebSearchActionSearchSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['url'], Field(description='The type of source. Always `url`.\n')]
    url: Annotated[AnyUrl, Field(description='The URL of the source.\n')]


class WebSearchActionSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['search'], Field(description='The action type.\n')]
    query: Annotated[str | None, Field(deprecated=True, description='The search query.\n')] = None
    queries: Annotated[
        list[str] | None, Field(description='The search queries.\n', title='Search queries')
    ] = None
    sources: Annotated[
        list[WebSearchActionSearchSource] | None,
        Field(description='The sources used in the search.\n', title='Web search sources'),
    ] = None


class WebSearchApproximateLocationWebSearchApproximateLocationApproximate(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['approximate'] | None,
        Field(description='The type of location approximation. Always `approximate`.'),
    ] = 'approximate'
    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class WebSearchToolFilters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    allowed_domains: list[str] | None = None


class WebSearchTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['web_search', 'web_search_2025_08_26'],
        Field(description='The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.'),
    ]
    external_web_access: Annotated[
        bool | None,
        Field(
            description='Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not fetch new external content.'
        ),
    ] = True
    filters: WebSearchToolFilters | None = None
    user_location: WebSearchApproximateLocationWebSearchApproximateLocationApproximate | None = None
    search_context_size: Annotated[
        Literal['low', 'medium', 'high'] | None,
        Field(
            description='High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.'
        ),
    ] = 'medium'


class WebSearchToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of the web search tool call.\n')]
    type: Annotated[
        Literal['web_search_call'],
        Field(description='The type of the web search tool call. Always `web_search_call`.\n'),
    ]
    status: Annotated[
        Literal['in_progress', 'searching', 'completed', 'failed'],
        Field(description='The status of the web search tool call.\n'),
    ]
    action: Annotated[
        WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind,
        Field(
            description='An object describing the specific action taken in this web search call.\nIncludes details on how the model used the web (search, open_page, find_in_page).\n',
            discriminator='type',
        ),
    ]


class PromptCacheOptionsParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    ttl: Annotated[
        Literal['30m'] | None,
        Field(
            description='The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to `30m`, which is currently the only supported value. The backend may retain cache entries for longer.'
        ),
    ] = None
    mode: Annotated[
        Literal['implicit', 'explicit'] | None,
        Field(
            description='Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.'
        ),
    ] = None


class PromptCacheBreakpointParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[Literal['explicit'], Field(description='The breakpoint mode. Always `explicit`.')]


class ModerationConfigParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Literal['score', 'block']


class ModerationPolicyParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: ModerationConfigParam | None = None
    output: ModerationConfigParam | None = None


class ModerationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str,
        Field(
            description="The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'."
        ),
    ]
    policy: ModerationPolicyParam | None = None


class SkillReferenceParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['skill_reference'],
        Field(description='References a skill created with the /v1/skills endpoint.'),
    ]
    skill_id: Annotated[
        str, Field(description='The ID of the referenced skill.', max_length=64, min_length=1)
    ]
    version: Annotated[
        str | None,
        Field(description="Optional skill version. Use a positive integer or 'latest'. Omit for default."),
    ] = None


class InlineSkillSourceParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['base64'], Field(description='The type of the inline skill source. Must be `base64`.')
    ]
    media_type: Annotated[
        Literal['application/zip'],
        Field(description='The media type of the inline skill payload. Must be `application/zip`.'),
    ]
    data: Annotated[
        str, Field(description='Base64-encoded skill zip bundle.', max_length=70254592, min_length=1)
    ]


class InlineSkillParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['inline'], Field(description='Defines an inline skill for this request.')]
    name: Annotated[str, Field(description='The name of the skill.')]
    description: Annotated[str, Field(description='The description of the skill.')]
    source: Annotated[InlineSkillSourceParam, Field(description='Inline skill payload')]


class ContainerNetworkPolicyDisabledParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['disabled'], Field(description='Disable outbound network access. Always `disabled`.')
    ]


class ContainerNetworkPolicyDomainSecretParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    domain: Annotated[str, Field(description='The domain associated with the secret.', min_length=1)]
    name: Annotated[str, Field(description='The name of the secret to inject for the domain.', min_length=1)]
    value: Annotated[
        str,
        Field(description='The secret value to inject for the domain.', max_length=10485760, min_length=1),
    ]


class ContainerNetworkPolicyAllowlistParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['allowlist'],
        Field(description='Allow outbound network access only to specified domains. Always `allowlist`.'),
    ]
    allowed_domains: Annotated[
        list[str], Field(description='A list of allowed domains when type is `allowlist`.', min_length=1)
    ]
    domain_secrets: Annotated[
        list[ContainerNetworkPolicyDomainSecretParam] | None,
        Field(description='Optional domain-scoped secrets for allowlisted domains.', min_length=1),
    ] = None


class PromptCacheBreakpointConfig(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[Literal['explicit'], Field(description='The breakpoint mode. Always `explicit`.')]


class InputTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_text'], Field(description='The type of the input item. Always `input_text`.')
    ]
    text: Annotated[str, Field(description='The text input to the model.')]
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None


class FileCitationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_citation'], Field(description='The type of the file citation. Always `file_citation`.')
    ]
    file_id: Annotated[str, Field(description='The ID of the file.')]
    index: Annotated[int, Field(description='The index of the file in the list of files.')]
    filename: Annotated[str, Field(description='The filename of the file cited.')]


class UrlCitationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['url_citation'], Field(description='The type of the URL citation. Always `url_citation`.')
    ]
    url: Annotated[AnyUrl, Field(description='The URL of the web resource.')]
    start_index: Annotated[
        int, Field(description='The index of the first character of the URL citation in the message.')
    ]
    end_index: Annotated[
        int, Field(description='The index of the last character of the URL citation in the message.')
    ]
    title: Annotated[str, Field(description='The title of the web resource.')]


class ContainerFileCitationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['container_file_citation'],
        Field(description='The type of the container file citation. Always `container_file_citation`.'),
    ]
    container_id: Annotated[str, Field(description='The ID of the container file.')]
    file_id: Annotated[str, Field(description='The ID of the file.')]
    start_index: Annotated[
        int,
        Field(description='The index of the first character of the container file citation in the message.'),
    ]
    end_index: Annotated[
        int,
        Field(description='The index of the last character of the container file citation in the message.'),
    ]
    filename: Annotated[str, Field(description='The filename of the container file cited.')]


class TopLogProb(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    token: str
    logprob: float
    bytes: list[int]


class LogProb(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    token: str
    logprob: float
    bytes: list[int]
    top_logprobs: list[TopLogProb]


class OutputTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['output_text'], Field(description='The type of the output text. Always `output_text`.')
    ]
    text: Annotated[str, Field(description='The text output from the model.')]
    annotations: Annotated[
        list[Annotated[FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath, Field(discriminator='type')]],
        Field(description='The annotations of the text output.'),
    ]
    logprobs: list[LogProb]


class SummaryTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['summary_text'], Field(description='The type of the object. Always `summary_text`.')
    ]
    text: Annotated[str, Field(description='A summary of the reasoning output from the model so far.')]


class ReasoningTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['reasoning_text'],
        Field(description='The type of the reasoning text. Always `reasoning_text`.'),
    ]
    text: Annotated[str, Field(description='The reasoning text from the model.')]


class RefusalContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['refusal'], Field(description='The type of the refusal. Always `refusal`.')]
    refusal: Annotated[str, Field(description='The refusal explanation from the model.')]


class InputImageContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_image'], Field(description='The type of the input item. Always `input_image`.')
    ]
    image_url: AnyUrl | None = None
    file_id: str | None = None
    detail: Annotated[
        Literal['low', 'high', 'auto', 'original'],
        Field(
            description='The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.'
        ),
    ]
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None


class InputFileContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_file'], Field(description='The type of the input item. Always `input_file`.')
    ]
    file_id: str | None = None
    filename: Annotated[str | None, Field(description='The name of the file to be sent to the model.')] = None
    file_data: Annotated[
        str | None, Field(description='The content of the file to be sent to the model.\n')
    ] = None
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    file_url: Annotated[AnyUrl | None, Field(description='The URL of the file to be sent to the model.')] = (
        None
    )
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.'
        ),
    ] = None


class DirectToolCallCaller(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['direct']


class ProgramToolCallCaller(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['program']
    caller_id: Annotated[
        str, Field(description='The call ID of the program item that produced this tool call.')
    ]


class DirectToolCallCallerParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['direct'], Field(description='The caller type. Always `direct`.')]


class ProgramToolCallCallerParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['program'], Field(description='The caller type. Always `program`.')]
    caller_id: Annotated[
        str,
        Field(
            description='The call ID of the program item that produced this tool call.',
            max_length=64,
            min_length=1,
        ),
    ]


class ClickParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['click'],
        Field(description='Specifies the event type. For a click action, this property is always `click`.'),
    ]
    button: Annotated[
        Literal['left', 'right', 'wheel', 'back', 'forward'],
        Field(
            description='Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`.'
        ),
    ]
    x: Annotated[int, Field(description='The x-coordinate where the click occurred.')]
    y: Annotated[int, Field(description='The y-coordinate where the click occurred.')]
    keys: list[str] | None = None


class DoubleClickAction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['double_click'],
        Field(
            description='Specifies the event type. For a double click action, this property is always set to `double_click`.'
        ),
    ]
    x: Annotated[int, Field(description='The x-coordinate where the double click occurred.')]
    y: Annotated[int, Field(description='The y-coordinate where the double click occurred.')]
    keys: list[str] | None


class CoordParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    x: Annotated[int, Field(description='The x-coordinate.')]
    y: Annotated[int, Field(description='The y-coordinate.')]


class DragParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['drag'],
        Field(
            description='Specifies the event type. For a drag action, this property is always set to `drag`.'
        ),
    ]
    path: Annotated[
        list[CoordParam],
        Field(
            description='An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg\n```\n[\n  { x: 100, y: 200 },\n  { x: 200, y: 300 }\n]\n```'
        ),
    ]
    keys: list[str] | None = None


class KeyPressAction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['keypress'],
        Field(
            description='Specifies the event type. For a keypress action, this property is always set to `keypress`.'
        ),
    ]
    keys: Annotated[
        list[str],
        Field(
            description='The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key.'
        ),
    ]


class MoveParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['move'],
        Field(
            description='Specifies the event type. For a move action, this property is always set to `move`.'
        ),
    ]
    x: Annotated[int, Field(description='The x-coordinate to move to.')]
    y: Annotated[int, Field(description='The y-coordinate to move to.')]
    keys: list[str] | None = None


class ScreenshotParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['screenshot'],
        Field(
            description='Specifies the event type. For a screenshot action, this property is always set to `screenshot`.'
        ),
    ]


class ScrollParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['scroll'],
        Field(
            description='Specifies the event type. For a scroll action, this property is always set to `scroll`.'
        ),
    ]
    x: Annotated[int, Field(description='The x-coordinate where the scroll occurred.')]
    y: Annotated[int, Field(description='The y-coordinate where the scroll occurred.')]
    scroll_x: Annotated[int, Field(description='The horizontal scroll distance.')]
    scroll_y: Annotated[int, Field(description='The vertical scroll distance.')]
    keys: list[str] | None = None


class TypeParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['type'],
        Field(
            description='Specifies the event type. For a type action, this property is always set to `type`.'
        ),
    ]
    text: Annotated[str, Field(description='The text to type.')]


class WaitParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['wait'],
        Field(
            description='Specifies the event type. For a wait action, this property is always set to `wait`.'
        ),
    ]


class ComputerCallSafetyCheckParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The ID of the pending safety check.')]
    code: str | None = None
    message: str | None = None


class FunctionTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'], Field(description='The type of the function tool. Always `function`.')
    ]
    name: Annotated[str, Field(description='The name of the function to call.')]
    description: str | None = None
    parameters: dict[str, Any] | None
    output_schema: dict[str, Any] | None = None
    strict: bool | None
    defer_loading: Annotated[
        bool | None, Field(description='Whether this function is deferred and loaded via tool search.')
    ] = None
    allowed_callers: list[Literal['direct', 'programmatic']] | None = None


class HybridSearchOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    embedding_weight: Annotated[
        float, Field(description='The weight of the embedding in the reciprocal ranking fusion.')
    ]
    text_weight: Annotated[
        float, Field(description='The weight of the text in the reciprocal ranking fusion.')
    ]


class RankingOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    ranker: Annotated[
        Literal['auto', 'default-2024-11-15'] | None,
        Field(description='The ranker to use for the file search.'),
    ] = None
    score_threshold: Annotated[
        float | None,
        Field(
            description='The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results.'
        ),
    ] = None
    hybrid_search: Annotated[
        HybridSearchOptions | None,
        Field(
            description='Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled.'
        ),
    ] = None


class ComputerTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['computer'], Field(description='The type of the computer tool. Always `computer`.')
    ]


class ComputerUsePreviewTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['computer_use_preview'],
        Field(description='The type of the computer use tool. Always `computer_use_preview`.'),
    ]
    environment: Annotated[
        Literal['windows', 'mac', 'linux', 'ubuntu', 'browser'],
        Field(description='The type of computer environment to control.'),
    ]
    display_width: Annotated[int, Field(description='The width of the computer display.')]
    display_height: Annotated[int, Field(description='The height of the computer display.')]


class AutoCodeInterpreterToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='An optional list of uploaded files to make available to your code.', max_length=50
        ),
    ] = None
    memory_limit: Literal['1g', '4g', '16g', '64g'] | None = None
    network_policy: Annotated[
        ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | None,
        Field(description='Network access policy for the container.', discriminator='type'),
    ] = None


class ProgrammaticToolCallingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['programmatic_tool_calling'],
        Field(description='The type of the tool. Always `programmatic_tool_calling`.'),
    ]


class LocalShellToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['local_shell'], Field(description='The type of the local shell tool. Always `local_shell`.')
    ]


class ContainerAutoParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['container_auto'], Field(description='Automatically creates a container for this request')
    ]
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='An optional list of uploaded files to make available to your code.', max_length=50
        ),
    ] = None
    memory_limit: Literal['1g', '4g', '16g', '64g'] | None = None
    network_policy: Annotated[
        ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | None,
        Field(description='Network access policy for the container.', discriminator='type'),
    ] = None
    skills: Annotated[
        list[Annotated[SkillReferenceParam | InlineSkillParam, Field(discriminator='type')]] | None,
        Field(description='An optional list of skills referenced by id or inline data.', max_length=200),
    ] = None


class LocalSkillParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the skill.')]
    description: Annotated[str, Field(description='The description of the skill.')]
    path: Annotated[str, Field(description='The path to the directory containing the skill.')]


class LocalEnvironmentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['local'], Field(description='Use a local computer environment.')]
    skills: Annotated[
        list[LocalSkillParam] | None, Field(description='An optional list of skills.', max_length=200)
    ] = None


class ContainerReferenceParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['container_reference'],
        Field(description='References a container created with the /v1/containers endpoint'),
    ]
    container_id: Annotated[
        str, Field(description='The ID of the referenced container.', examples=['cntr_123'])
    ]


class FunctionShellToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class FunctionShellToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['shell'], Field(description='The type of the shell tool. Always `shell`.')]
    environment: ContainerAutoParam | LocalEnvironmentParam | ContainerReferenceParam | None = None
    allowed_callers: FunctionShellToolParamAllowedCallers | None = None


class CustomTextFormatParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='Unconstrained text format. Always `text`.')]


class CustomGrammarFormatParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['grammar'], Field(description='Grammar format. Always `grammar`.')]
    syntax: Annotated[
        Literal['lark', 'regex'],
        Field(description='The syntax of the grammar definition. One of `lark` or `regex`.'),
    ]
    definition: Annotated[str, Field(description='The grammar definition.')]


class CustomToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class CustomToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['custom'], Field(description='The type of the custom tool. Always `custom`.')]
    name: Annotated[str, Field(description='The name of the custom tool, used to identify it in tool calls.')]
    description: Annotated[
        str | None,
        Field(description='Optional description of the custom tool, used to provide more context.'),
    ] = None
    format: Annotated[
        CustomTextFormatParam | CustomGrammarFormatParam | None,
        Field(
            description='The input format for the custom tool. Default is unconstrained text.',
            discriminator='type',
        ),
    ] = None
    defer_loading: Annotated[
        bool | None, Field(description='Whether this tool should be deferred and discovered via tool search.')
    ] = None
    allowed_callers: CustomToolParamAllowedCallers | None = None


class EmptyModelParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class FunctionToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class FunctionToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(max_length=128, min_length=1, pattern='^[a-zA-Z0-9_-]+$')]
    description: str | None = None
    parameters: EmptyModelParam | None = None
    strict: bool | None = None
    type: Literal['function']
    output_schema: dict[str, Any] | None = None
    defer_loading: Annotated[
        bool | None,
        Field(description='Whether this function should be deferred and discovered via tool search.'),
    ] = None
    allowed_callers: FunctionToolParamAllowedCallers | None = None


class NamespaceToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['namespace'], Field(description='The type of the tool. Always `namespace`.')]
    name: Annotated[
        str, Field(description='The namespace name used in tool calls (for example, `crm`).', min_length=1)
    ]
    description: Annotated[str, Field(description='A description of the namespace shown to the model.')]
    tools: Annotated[
        list[Annotated[FunctionToolParam | CustomToolParam, Field(discriminator='type')]],
        Field(description='The function/custom tools available inside this namespace.', min_length=1),
    ]


class ToolSearchToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['tool_search'], Field(description='The type of the tool. Always `tool_search`.')]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search is executed by the server or by the client.'),
    ] = None
    description: str | None = None
    parameters: EmptyModelParam | None = None


class ApproximateLocation(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['approximate'], Field(description='The type of location approximation. Always `approximate`.')
    ]
    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class WebSearchPreviewTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['web_search_preview', 'web_search_preview_2025_03_11'],
        Field(
            description='The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.'
        ),
    ]
    user_location: ApproximateLocation | None = None
    search_context_size: Annotated[
        Literal['low', 'medium', 'high'] | None,
        Field(
            description='High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.'
        ),
    ] = None
    search_content_types: list[Literal['text', 'image']] | None = None


class ApplyPatchToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class ApplyPatchToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['apply_patch'], Field(description='The type of the tool. Always `apply_patch`.')]
    allowed_callers: ApplyPatchToolParamAllowedCallers | None = None


class CodeInterpreterOutputLogs(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['logs'], Field(description='The type of the output. Always `logs`.')]
    logs: Annotated[str, Field(description='The logs output from the code interpreter.')]


class CodeInterpreterOutputImage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image'], Field(description='The type of the output. Always `image`.')]
    url: Annotated[AnyUrl, Field(description='The URL of the image output from the code interpreter.')]


class LocalShellExecAction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['exec'], Field(description='The type of the local shell action. Always `exec`.')]
    command: Annotated[list[str], Field(description='The command to run.')]
    timeout_ms: int | None = None
    working_directory: str | None = None
    env: Annotated[dict[str, str], Field(description='Environment variables to set for the command.')]
    user: str | None = None


class MCPProtocolError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['mcp_protocol_error']
    code: int
    message: str


class MCPToolExecutionError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['mcp_tool_execution_error']
    content: Any


class HTTPError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['http_error']
    code: int
    message: str


class ComputerCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The ID of the computer tool call that produced the output.',
            max_length=64,
            min_length=1,
        ),
    ]
    type: Annotated[
        Literal['computer_call_output'],
        Field(description='The type of the computer tool call output. Always `computer_call_output`.'),
    ]
    output: ComputerScreenshotImage
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class InputTextContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_text'], Field(description='The type of the input item. Always `input_text`.')
    ]
    text: Annotated[str, Field(description='The text input to the model.', max_length=10485760)]
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputImageContentParamAutoParamImageUrl(RootModel[AnyUrl]):
    root: Annotated[
        AnyUrl,
        Field(
            description='The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL.'
        ),
    ]


class InputImageContentParamAutoParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_image'], Field(description='The type of the input item. Always `input_image`.')
    ]
    image_url: InputImageContentParamAutoParamImageUrl | None = None
    file_id: str | None = None
    detail: Literal['low', 'high', 'auto', 'original'] | None = None
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputFileContentParamFileData(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The base64-encoded data of the file to be sent to the model.', max_length=73400320
        ),
    ]


class InputFileContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_file'], Field(description='The type of the input item. Always `input_file`.')
    ]
    file_id: str | None = None
    filename: str | None = None
    file_data: InputFileContentParamFileData | None = None
    file_url: AnyUrl | None = None
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.'
        ),
    ] = None
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class FunctionCallOutputItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the function tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class FunctionCallOutputItemParamOutput(RootModel[str]):
    root: Annotated[
        str, Field(description='A JSON string of the output of the function tool call.', max_length=10485760)
    ]


class FunctionCallOutputItemParamName(RootModel[str]):
    root: Annotated[
        str, Field(description='The name of the tool that produced the output.', max_length=128, min_length=1)
    ]


class FunctionCallOutputItemParamNamespace(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The namespace of the tool that produced the output.',
            max_length=64,
            min_length=1,
            pattern='^[a-zA-Z0-9_-]+$',
        ),
    ]


class FunctionCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: FunctionCallOutputItemParamCallId | None = None
    type: Annotated[
        Literal['function_call_output'],
        Field(description='The type of the function tool call output. Always `function_call_output`.'),
    ]
    output: Annotated[
        FunctionCallOutputItemParamOutput | list[Annotated[InputTextContentParam | InputImageContentParamAutoParam | InputFileContentParam, Field(discriminator='type')]],
        Field(description='Text, image, or file output of the function tool call.'),
    ]
    name: FunctionCallOutputItemParamName | None = None
    namespace: FunctionCallOutputItemParamNamespace | None = None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class ToolSearchCallItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the tool search call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class ToolSearchCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: ToolSearchCallItemParamCallId | None = None
    type: Annotated[
        Literal['tool_search_call'], Field(description='The item type. Always `tool_search_call`.')
    ]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search was executed by the server or by the client.'),
    ] = None
    arguments: Annotated[
        EmptyModelParam, Field(description='The arguments supplied to the tool search call.')
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class ToolSearchOutputItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the tool search call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class CompactionSummaryItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    type: Annotated[Literal['compaction'], Field(description='The type of the item. Always `compaction`.')]
    encrypted_content: Annotated[
        str, Field(description='The encrypted content of the compaction summary.', max_length=20971520)
    ]


class FunctionShellActionParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    commands: Annotated[
        list[str], Field(description='Ordered shell commands for the execution environment to run.')
    ]
    timeout_ms: int | None = None
    max_output_length: int | None = None


class FunctionShellCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the shell tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    type: Annotated[Literal['shell_call'], Field(description='The type of the item. Always `shell_call`.')]
    action: Annotated[
        FunctionShellActionParam,
        Field(description='The shell commands and limits that describe how to run the tool call.'),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None
    environment: LocalEnvironmentParam | ContainerReferenceParam | None = None


class FunctionShellCallOutputTimeoutOutcomeParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['timeout'], Field(description='The outcome type. Always `timeout`.')]


class FunctionShellCallOutputExitOutcomeParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['exit'], Field(description='The outcome type. Always `exit`.')]
    exit_code: Annotated[int, Field(description='The exit code returned by the shell process.')]


class FunctionShellCallOutputContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    stdout: Annotated[
        str, Field(description='Captured stdout output for the shell call.', max_length=10485760)
    ]
    stderr: Annotated[
        str, Field(description='Captured stderr output for the shell call.', max_length=10485760)
    ]
    outcome: Annotated[
        FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam,
        Field(
            description='The exit or timeout outcome associated with this shell call.',
            discriminator='type',
            title='Shell call outcome',
        ),
    ]


class FunctionShellCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the shell tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    type: Annotated[
        Literal['shell_call_output'], Field(description='The type of the item. Always `shell_call_output`.')
    ]
    output: Annotated[
        list[FunctionShellCallOutputContentParam],
        Field(
            description='Captured chunks of stdout and stderr output, along with their associated outcomes.'
        ),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None
    max_output_length: int | None = None


class ApplyPatchCreateFileOperationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['create_file'], Field(description='The operation type. Always `create_file`.')]
    path: Annotated[
        str, Field(description='Path of the file to create relative to the workspace root.', min_length=1)
    ]
    diff: Annotated[
        str, Field(description='Unified diff content to apply when creating the file.', max_length=10485760)
    ]


class ApplyPatchDeleteFileOperationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['delete_file'], Field(description='The operation type. Always `delete_file`.')]
    path: Annotated[
        str, Field(description='Path of the file to delete relative to the workspace root.', min_length=1)
    ]


class ApplyPatchUpdateFileOperationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['update_file'], Field(description='The operation type. Always `update_file`.')]
    path: Annotated[
        str, Field(description='Path of the file to update relative to the workspace root.', min_length=1)
    ]
    diff: Annotated[
        str, Field(description='Unified diff content to apply to the existing file.', max_length=10485760)
    ]


class ApplyPatchToolCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['apply_patch_call'], Field(description='The type of the item. Always `apply_patch_call`.')
    ]
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the apply patch tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    status: Annotated[
        Literal['in_progress', 'completed'],
        Field(
            description='The status of the apply patch tool call. One of `in_progress` or `completed`.',
            title='Apply patch call status',
        ),
    ]
    operation: Annotated[
        ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam,
        Field(
            description='The specific create, delete, or update instruction for the apply_patch tool call.',
            discriminator='type',
            title='Apply patch operation',
        ),
    ]


class ApplyPatchToolCallOutputItemParamOutput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='Optional human-readable log text from the apply patch tool (e.g., patch results or errors).',
            max_length=10485760,
        ),
    ]


class ApplyPatchToolCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['apply_patch_call_output'],
        Field(description='The type of the item. Always `apply_patch_call_output`.'),
    ]
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the apply patch tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    status: Annotated[
        Literal['completed', 'failed'],
        Field(
            description='The status of the apply patch tool call output. One of `completed` or `failed`.',
            title='Apply patch call output status',
        ),
    ]
    output: ApplyPatchToolCallOutputItemParamOutput | None = None


class CompactionTriggerItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['compaction_trigger'], Field(description='The type of the item. Always `compaction_trigger`.')
    ]


class ItemReferenceParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['item_reference'] | None = None
    id: Annotated[str, Field(description='The ID of the item to reference.')]


class ProgramItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of this program item.', examples=['cm_123'])]
    type: Annotated[Literal['program'], Field(description='The item type. Always `program`.')]
    call_id: Annotated[
        str, Field(description='The stable call ID of the program item.', max_length=64, min_length=1)
    ]
    code: Annotated[
        str,
        Field(
            description='The JavaScript source executed by programmatic tool calling.', max_length=10485760
        ),
    ]
    fingerprint: Annotated[
        str,
        Field(
            description='Opaque program replay fingerprint that must be round-tripped.', max_length=10485760
        ),
    ]


class ProgramOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of this program output item.', examples=['cmo_123'])]
    type: Annotated[Literal['program_output'], Field(description='The item type. Always `program_output`.')]
    call_id: Annotated[
        str, Field(description='The call ID of the program item.', max_length=64, min_length=1)
    ]
    result: Annotated[str, Field(description='The result produced by the program item.', max_length=10485760)]
    status: Annotated[
        Literal['completed', 'incomplete'], Field(description='The terminal status of the program output.')
    ]


class SpecificProgrammaticToolCallingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['programmatic_tool_calling'],
        Field(description='The tool to call. Always `programmatic_tool_calling`.'),
    ]


class SpecificApplyPatchParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['apply_patch'], Field(description='The tool to call. Always `apply_patch`.')]


class SpecificFunctionShellParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['shell'], Field(description='The tool to call. Always `shell`.')]


class ConversationParam2(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of the conversation.', examples=['conv_123'])]


class ContextManagementParamCompactThreshold(RootModel[int]):
    root: Annotated[
        int,
        Field(description='Token threshold at which compaction should be triggered for this entry.', ge=1000),
    ]


class ContextManagementParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        str, Field(description="The context management entry type. Currently only 'compaction' is supported.")
    ]
    compact_threshold: ContextManagementParamCompactThreshold | None = None


class CodeInterpreterToolAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class CodeInterpreterTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['code_interpreter'],
        Field(description='The type of the code interpreter tool. Always `code_interpreter`.\n'),
    ]
    container: Annotated[
        str | AutoCodeInterpreterToolParam,
        Field(
            description='The code interpreter container. Can be a container ID or an object that\nspecifies uploaded file IDs to make available to your code, along with an\noptional `memory_limit` setting.\n'
        ),
    ]
    allowed_callers: CodeInterpreterToolAllowedCallers | None = None


class CodeInterpreterToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['code_interpreter_call'],
        Field(description='The type of the code interpreter tool call. Always `code_interpreter_call`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the code interpreter tool call.\n')]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete', 'interpreting', 'failed'],
        Field(
            description='The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.\n'
        ),
    ]
    container_id: Annotated[str, Field(description='The ID of the container used to run the code.\n')]
    code: str | None
    outputs: list[Annotated[CodeInterpreterOutputLogs | CodeInterpreterOutputImage, Field(discriminator='type')]] | None


class ComputerToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['computer_call'], Field(description='The type of the computer call. Always `computer_call`.')
    ]
    id: Annotated[str, Field(description='The unique ID of the computer call.')]
    call_id: Annotated[
        str, Field(description='An identifier used when responding to the tool call with output.\n')
    ]
    action: Annotated[
        ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam | None,
        Field(discriminator='type'),
    ] = None
    actions: Annotated[
        list[Annotated[ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam, Field(discriminator='type')]] | None,
        Field(
            description='Flattened batched actions for `computer_use`. Each action includes an\n`type` discriminator and action-specific fields.\n',
            title='Computer Action List',
        ),
    ] = None
    pending_safety_checks: Annotated[
        list[ComputerCallSafetyCheckParam],
        Field(description='The pending safety checks for the computer call.\n'),
    ]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ]


class CreateImageRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    prompt: Annotated[
        str,
        Field(
            description='A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.',
            examples=['A cute baby sea otter'],
        ),
    ]
    model: Annotated[
        str | Literal['gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21', 'dall-e-2', 'dall-e-3', 'gpt-image-1', 'gpt-image-1-mini'] | None,
        Field(
            description='The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.',
            examples=['gpt-image-1.5'],
        ),
    ] = 'dall-e-2'
    n: Annotated[
        int | None,
        Field(
            description='The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.',
            examples=[1],
            ge=1,
            le=10,
        ),
    ] = 1
    quality: Annotated[
        Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'] | None,
        Field(
            description='The quality of the image that will be generated.\n\n- `auto` (default value) will automatically select the best quality for the given model.\n- `high`, `medium` and `low` are supported for the GPT image models.\n- `hd` and `standard` are supported for `dall-e-3`.\n- `standard` is the only option for `dall-e-2`.\n',
            examples=['medium'],
        ),
    ] = 'auto'
    response_format: Annotated[
        Literal['url', 'b64_json'] | None,
        Field(
            description="The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.",
            examples=['url'],
        ),
    ] = 'url'
    output_format: Annotated[
        Literal['png', 'jpeg', 'webp'] | None,
        Field(
            description='The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.',
            examples=['png'],
        ),
    ] = 'png'
    output_compression: Annotated[
        int | None,
        Field(
            description='The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.',
            examples=[100],
        ),
    ] = 100
    stream: Annotated[
        bool | None,
        Field(
            description='Generate the image in streaming mode. Defaults to `false`. See the\n[Image generation guide](/docs/guides/image-generation) for more information.\nThis parameter is only supported for the GPT image models.\n',
            examples=[False],
        ),
    ] = False
    partial_images: PartialImagesPartialImages | None = None
    size: Annotated[
        str | Literal['auto', '1024x1024', '1536x1024', '1024x1536', '256x256', '512x512', '1792x1024', '1024x1792'] | None,
        Field(
            description="The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.",
            examples=['1024x1024'],
        ),
    ] = 'auto'
    moderation: Annotated[
        Literal['low', 'auto'] | None,
        Field(
            description='Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).',
            examples=['low'],
        ),
    ] = 'auto'
    background: Annotated[
        Literal['transparent', 'opaque', 'auto'] | None,
        Field(
            description='Set the background of the generated image(s). This parameter is only\nsupported for the GPT image models. Must be one of `transparent`, `opaque`,\nor `auto` (default value). When `auto` is used, the model will automatically\ndetermine the best background for the image.\n\nTransparent backgrounds are available for supported GPT Image models. For\n`gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When\nusing `transparent`, set the output format to `png` or `webp`.\n',
            examples=['transparent'],
        ),
    ] = 'auto'
    style: Annotated[
        Literal['vivid', 'natural'] | None,
        Field(
            description='The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.',
            examples=['vivid'],
        ),
    ] = 'vivid'
    user: Annotated[
        str | None,
        Field(
            description='A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).\n',
            examples=['user-1234'],
        ),
    ] = None


class CreateModelResponseProperties(ModelResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    prompt_cache_options: PromptCacheOptionsParam | None = None
    top_logprobs: Annotated[
        TopLogprobs | None,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n'
        ),
    ] = None


class ContextManagement(RootModel[list[ContextManagementParam]]):
    root: Annotated[
        list[ContextManagementParam],
        Field(description='Context management configuration for this request.\n', min_length=1),
    ]


class CreateVectorStoreFileRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[
        str,
        Field(
            description='A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.'
        ),
    ]
    chunking_strategy: Annotated[
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.',
            discriminator='type',
        ),
    ] = None
    attributes: (
        dict[
            Annotated[str, StringConstraints(max_length=64)],
            VectorStoreFileAttributesVectorStoreFileAttributes | float | bool,
        ]
        | None
    ) = None


class CreateVectorStoreRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.',
            max_length=500,
        ),
    ] = None
    name: Annotated[str | None, Field(description='The name of the vector store.')] = None
    description: Annotated[
        str | None,
        Field(
            description="A description for the vector store. Can be used to describe the vector store's purpose."
        ),
    ] = None
    expires_after: VectorStoreExpirationAfter | None = None
    chunking_strategy: Annotated[
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.'
        ),
    ] = None
    metadata: dict[str, str] | None = None


class CustomToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['custom_tool_call'],
        Field(description='The type of the custom tool call. Always `custom_tool_call`.\n'),
    ]
    id: Annotated[
        str | None, Field(description='The unique ID of the custom tool call in the OpenAI platform.\n')
    ] = None
    call_id: Annotated[
        str, Field(description='An identifier used to map this custom tool call to a tool call output.\n')
    ]
    caller: DirectToolCallCaller | ProgramToolCallCaller | None = None
    namespace: Annotated[
        str | None, Field(description='The namespace of the custom tool being called.\n')
    ] = None
    name: Annotated[str, Field(description='The name of the custom tool being called.\n')]
    input: Annotated[str, Field(description='The input for the custom tool call generated by the model.\n')]


class FileSearchToolCallResult(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[str | None, Field(description='The unique ID of the file.\n')] = None
    text: Annotated[str | None, Field(description='The text that was retrieved from the file.\n')] = None
    filename: Annotated[str | None, Field(description='The name of the file.\n')] = None
    attributes: (
        dict[
            Annotated[str, StringConstraints(max_length=64)],
            VectorStoreFileAttributesVectorStoreFileAttributes | float | bool,
        ]
        | None
    ) = None
    score: Annotated[
        float | None, Field(description='The relevance score of the file - a value between 0 and 1.\n')
    ] = None


class FileSearchToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of the file search tool call.\n')]
    type: Annotated[
        Literal['file_search_call'],
        Field(description='The type of the file search tool call. Always `file_search_call`.\n'),
    ]
    status: Annotated[
        Literal['in_progress', 'searching', 'completed', 'incomplete', 'failed'],
        Field(
            description='The status of the file search tool call. One of `in_progress`,\n`searching`, `incomplete` or `failed`,\n'
        ),
    ]
    queries: Annotated[list[str], Field(description='The queries used to search for files.\n')]
    results: list[FileSearchToolCallResult] | None = None


class FunctionToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str | None, Field(description='The unique ID of the function tool call.\n')] = None
    type: Annotated[
        Literal['function_call'],
        Field(description='The type of the function tool call. Always `function_call`.\n'),
    ]
    call_id: Annotated[
        str, Field(description='The unique ID of the function tool call generated by the model.\n')
    ]
    caller: DirectToolCallCaller | ProgramToolCallCaller | None = None
    namespace: Annotated[str | None, Field(description='The namespace of the function to run.\n')] = None
    name: Annotated[str, Field(description='The name of the function to run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of the arguments to pass to the function.\n')]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'] | None,
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ] = None


class ImageGenTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['image_generation'],
        Field(description='The type of the image generation tool. Always `image_generation`.\n'),
    ]
    model: str | Literal['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21'] | None = (
        None
    )
    quality: Annotated[
        Literal['low', 'medium', 'high', 'auto'] | None,
        Field(
            description='The quality of the generated image. One of `low`, `medium`, `high`,\nor `auto`. Default: `auto`.\n'
        ),
    ] = 'auto'
    size: Annotated[
        str | Literal['1024x1024', '1024x1536', '1536x1024', 'auto'] | None,
        Field(
            description="The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."
        ),
    ] = 'auto'
    output_format: Annotated[
        Literal['png', 'webp', 'jpeg'] | None,
        Field(
            description='The output format of the generated image. One of `png`, `webp`, or\n`jpeg`. Default: `png`.\n'
        ),
    ] = 'png'
    output_compression: Annotated[
        int | None, Field(description='Compression level for the output image. Default: 100.\n', ge=0, le=100)
    ] = 100
    moderation: Annotated[
        Literal['auto', 'low'] | None,
        Field(description='Moderation level for the generated image. Default: `auto`.\n'),
    ] = 'auto'
    background: Annotated[
        Literal['transparent', 'opaque', 'auto'] | None,
        Field(
            description='Set the background of the generated image. One of `transparent`,\n`opaque`, or `auto`. Transparent backgrounds are available for\nsupported GPT Image models. For `gpt-image-2` and\n`gpt-image-2-2026-04-21`, this support is in preview. When using\n`transparent`, set the output format to `png` or `webp`. Default: `auto`.\n'
        ),
    ] = 'auto'
    input_fidelity: Literal['high', 'low'] | None = None
    input_image_mask: Annotated[
        ImageGenToolInputImageMask | None,
        Field(
            description='Optional mask for inpainting. Contains `image_url`\n(string, optional) and `file_id` (string, optional).\n'
        ),
    ] = None
    partial_images: Annotated[
        int | None,
        Field(
            description='Number of partial images to generate in streaming mode, from 0 (default value) to 3.\n',
            ge=0,
            le=3,
        ),
    ] = 0
    action: Annotated[
        Literal['generate', 'edit', 'auto'] | None,
        Field(description='Whether to generate a new image or edit an existing image. Default: `auto`.\n'),
    ] = None


class LocalShellToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['local_shell_call'],
        Field(description='The type of the local shell call. Always `local_shell_call`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the local shell call.\n')]
    call_id: Annotated[
        str, Field(description='The unique ID of the local shell tool call generated by the model.\n')
    ]
    action: LocalShellExecAction
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(description='The status of the local shell call.\n'),
    ]


class MCPListTools(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['mcp_list_tools'], Field(description='The type of the item. Always `mcp_list_tools`.\n')
    ]
    id: Annotated[str, Field(description='The unique ID of the list.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server.\n')]
    tools: Annotated[list[MCPListToolsTool], Field(description='The tools available on the server.\n')]
    error: str | None = None


class MCPToolAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class MCPToolRequireApproval(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    always: MCPToolFilter | None = None
    never: MCPToolFilter | None = None


class MCPTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['mcp'], Field(description='The type of the MCP tool. Always `mcp`.')]
    server_label: Annotated[
        str, Field(description='A label for this MCP server, used to identify it in tool calls.\n')
    ]
    server_url: Annotated[
        AnyUrl | None,
        Field(
            description='The URL for the MCP server. One of `server_url`, `connector_id`, or\n`tunnel_id` must be provided.\n'
        ),
    ] = None
    connector_id: Annotated[
        Literal['connector_dropbox', 'connector_gmail', 'connector_googlecalendar', 'connector_googledrive', 'connector_microsoftteams', 'connector_outlookcalendar', 'connector_outlookemail', 'connector_sharepoint'] | None,
        Field(
            description='Identifier for service connectors, like those available in ChatGPT. One of\n`server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more\nabout service connectors [here](/docs/guides/tools-remote-mcp#connectors).\n\nCurrently supported `connector_id` values are:\n\n- Dropbox: `connector_dropbox`\n- Gmail: `connector_gmail`\n- Google Calendar: `connector_googlecalendar`\n- Google Drive: `connector_googledrive`\n- Microsoft Teams: `connector_microsoftteams`\n- Outlook Calendar: `connector_outlookcalendar`\n- Outlook Email: `connector_outlookemail`\n- SharePoint: `connector_sharepoint`\n'
        ),
    ] = None
    tunnel_id: Annotated[
        str | None,
        Field(
            description='The Secure MCP Tunnel ID to use instead of a direct server URL. One of\n`server_url`, `connector_id`, or `tunnel_id` must be provided.\n',
            pattern='^tunnel_[a-z0-9]{32}$',
        ),
    ] = None
    authorization: Annotated[
        str | None,
        Field(
            description='An OAuth access token that can be used with a remote MCP server, either\nwith a custom MCP server URL or a service connector. Your application\nmust handle the OAuth authorization flow and provide the token here.\n'
        ),
    ] = None
    server_description: Annotated[
        str | None,
        Field(description='Optional description of the MCP server, used to provide more context.\n'),
    ] = None
    headers: dict[str, str] | None = None
    allowed_tools: list[str] | MCPToolFilter | None = None
    allowed_callers: MCPToolAllowedCallers | None = None
    require_approval: MCPToolRequireApproval | Literal['always', 'never'] | None = None
    defer_loading: Annotated[
        bool | None, Field(description='Whether this MCP tool is deferred and discovered via tool search.\n')
    ] = None


class Reasoning(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[
        str | Literal['standard', 'pro'] | None,
        Field(
            description='Controls the reasoning execution mode for the request.\n\nWhen returned on a response, this is the effective execution mode.\n'
        ),
    ] = None
    effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    summary: Literal['auto', 'concise', 'detailed'] | None = None
    context: Literal['auto', 'current_turn', 'all_turns'] | None = None
    generate_summary: Literal['auto', 'concise', 'detailed'] | None = None


class ReasoningItem(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['reasoning'], Field(description='The type of the object. Always `reasoning`.\n')]
    id: Annotated[str, Field(description='The unique identifier of the reasoning content.\n')]
    encrypted_content: str | None = None
    summary: Annotated[list[SummaryTextContent], Field(description='Reasoning summary content.\n')]
    content: Annotated[list[ReasoningTextContent] | None, Field(description='Reasoning text content.\n')] = (
        None
    )
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'] | None,
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ] = None


class CustomToolCallOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['custom_tool_call_output'],
        Field(description='The type of the custom tool call output. Always `custom_tool_call_output`.\n'),
    ]
    id: Annotated[
        str | None,
        Field(description='The unique ID of the custom tool call output in the OpenAI platform.\n'),
    ] = None
    call_id: Annotated[
        str,
        Field(description='The call ID, used to map this custom tool call output to a custom tool call.\n'),
    ]
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None = None
    output: Annotated[
        str | list[Annotated[InputTextContent | InputImageContent | InputFileContent, Field(discriminator='type')]],
        Field(
            description='The output from the custom tool call generated by your code.\nCan be a string or an list of output content.\n'
        ),
    ]


class EasyInputMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[
        Literal['user', 'assistant', 'system', 'developer'],
        Field(
            description='The role of the message input. One of `user`, `assistant`, `system`, or\n`developer`.\n'
        ),
    ]
    content: Annotated[
        str | list[Annotated[InputTextContent | InputImageContent | InputFileContent, Field(discriminator='type')]],
        Field(
            description='Text, image, or audio input to the model, used to generate a response.\nCan also contain previous assistant responses.\n'
        ),
    ]
    phase: Literal['commentary', 'final_answer'] | None = None
    type: Annotated[
        Literal['message'] | None, Field(description='The type of the message input. Always `message`.\n')
    ] = None


class InputMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['message'] | None,
        Field(description='The type of the message input. Always set to `message`.\n'),
    ] = None
    role: Annotated[
        Literal['user', 'system', 'developer'],
        Field(description='The role of the message input. One of `user`, `system`, or `developer`.\n'),
    ]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'] | None,
        Field(
            description='The status of item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ] = None
    content: Annotated[
        list[Annotated[InputTextContent | InputImageContent | InputFileContent, Field(discriminator='type')]],
        Field(
            description='A list of one or many input items to the model, containing different content \ntypes.\n',
            title='Input item content list',
        ),
    ]


class MCPToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['mcp_call'], Field(description='The type of the item. Always `mcp_call`.\n')]
    id: Annotated[str, Field(description='The unique ID of the tool call.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server running the tool.\n')]
    name: Annotated[str, Field(description='The name of the tool that was run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of the arguments passed to the tool.\n')]
    output: str | None = None
    error: Annotated[
        MCPProtocolError | MCPToolExecutionError | HTTPError | None,
        Field(description='The error from the tool call, if any.'),
    ] = None
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete', 'calling', 'failed'] | None,
        Field(
            description='The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.\n'
        ),
    ] = None
    approval_request_id: str | None = None


class OutputMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of the output message.\n')]
    type: Annotated[
        Literal['message'], Field(description='The type of the output message. Always `message`.\n')
    ]
    role: Annotated[
        Literal['assistant'], Field(description='The role of the output message. Always `assistant`.\n')
    ]
    content: Annotated[
        list[Annotated[OutputTextContent | RefusalContent, Field(discriminator='type')]],
        Field(description='The content of the output message.\n'),
    ]
    phase: Literal['commentary', 'final_answer'] | None = None
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(
            description='The status of the message input. One of `in_progress`, `completed`, or\n`incomplete`. Populated when input items are returned via API.\n'
        ),
    ]


class PromptPrompt(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique identifier of the prompt template to use.')]
    version: str | None = None
    variables: dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None = None


class ResponseTextParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: Annotated[
        ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject | None,
        Field(
            description='An object specifying the format that the model must output.\n\nConfiguring `{ "type": "json_schema" }` enables Structured Outputs, \nwhich ensures the model will match your supplied JSON schema. Learn more in the \n[Structured Outputs guide](/docs/guides/structured-outputs).\n\nThe default format is `{ "type": "text" }` with no additional options.\n\n**Not recommended for gpt-4o and newer models:**\n\nSetting to `{ "type": "json_object" }` enables the older JSON mode, which\nensures the message the model generates is valid JSON. Using `json_schema`\nis preferred for models that support it.\n'
        ),
    ] = None
    verbosity: Literal['low', 'medium', 'high'] | None = None


class CompoundFilter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['and', 'or'], Field(description='Type of operation: `and` or `or`.')]
    filters: Annotated[
        list[Annotated[ComparisonFilter | CompoundFilter, Field(discriminator='type')]],
        Field(
            description='Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.'
        ),
    ]


class ResponseProperties(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    previous_response_id: str | None = None
    model: Annotated[
        Literal['o1-pro', 'o1-pro-2025-03-19', 'o3-pro', 'o3-pro-2025-06-10', 'o3-deep-research', 'o3-deep-research-2025-06-26', 'o4-mini-deep-research', 'o4-mini-deep-research-2025-06-26', 'computer-use-preview', 'computer-use-preview-2025-03-11', 'gpt-5.5-pro', 'gpt-5.5-pro-2026-04-23', 'gpt-5-codex', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5.1-codex-max', 'gpt-daybreak-blue-latest', 'gpt-daybreak-red-latest', 'gpt-5.6-cyber'] | str | Literal['gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna', 'gpt-5.5', 'gpt-5.5-2026-04-23', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17', 'gpt-5.3-chat-latest', 'gpt-5.2', 'gpt-5.2-2025-12-11', 'gpt-5.2-chat-latest', 'gpt-5.2-pro', 'gpt-5.2-pro-2025-12-11', 'gpt-5.1', 'gpt-5.1-2025-11-13', 'gpt-5.1-codex', 'gpt-5.1-mini', 'gpt-5.1-chat-latest', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-5-chat-latest', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o4-mini', 'o4-mini-2025-04-16', 'o3', 'o3-2025-04-16', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'o1-preview', 'o1-preview-2024-09-12', 'o1-mini', 'o1-mini-2024-09-12', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-audio-preview', 'gpt-4o-audio-preview-2024-10-01', 'gpt-4o-audio-preview-2024-12-17', 'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview', 'gpt-4o-mini-audio-preview-2024-12-17', 'gpt-4o-search-preview', 'gpt-4o-mini-search-preview', 'gpt-4o-search-preview-2025-03-11', 'gpt-4o-mini-search-preview-2025-03-11', 'chatgpt-4o-latest', 'codex-mini-latest', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0301', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI\noffers a wide range of models with different capabilities, performance\ncharacteristics, and price points. Refer to the [model guide](/docs/models)\nto browse and compare available models.\n',
            examples=['gpt-5.1'],
        ),
    ] = None
    background: bool | None = None
    max_tool_calls: int | None = None
    text: ResponseTextParam | None = None
    tools: Annotated[
        list[Annotated[FunctionTool | FileSearchTool | ComputerTool | ComputerUsePreviewTool | WebSearchTool | MCPTool | CodeInterpreterTool | ProgrammaticToolCallingParam | ImageGenTool | LocalShellToolParam | FunctionShellToolParam | CustomToolParam | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | ApplyPatchToolParam, Field(discriminator='type')]] | None,
        Field(
            description="An array of tools the model may call while generating a response. You\ncan specify which tool to use by setting the `tool_choice` parameter.\n\nWe support the following categories of tools:\n- **Built-in tools**: Tools that are provided by OpenAI that extend the\n  model's capabilities, like [web search](/docs/guides/tools-web-search)\n  or [file search](/docs/guides/tools-file-search). Learn more about\n  [built-in tools](/docs/guides/tools).\n- **MCP Tools**: Integrations with third-party systems via custom MCP servers\n  or predefined connectors such as Google Drive and SharePoint. Learn more about\n  [MCP Tools](/docs/guides/tools-connectors-mcp).\n- **Function calls (custom tools)**: Functions that are defined by you,\n  enabling the model to call your own code with strongly typed arguments\n  and outputs. Learn more about\n  [function calling](/docs/guides/function-calling). You can also use\n  custom tools to call your own code.\n"
        ),
    ] = None
    tool_choice: Annotated[
        ToolChoiceAllowed | ToolChoiceTypes | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceCustom | SpecificProgrammaticToolCallingParam | SpecificApplyPatchParam | SpecificFunctionShellParam | Literal['none', 'auto', 'required'] | None,
        Field(
            description='How the model should select which tool (or tools) to use when generating\na response. See the `tools` parameter to see how to specify which tools\nthe model can call.\n'
        ),
    ] = None
    prompt: PromptPrompt | None = None


class VectorStoreSearchRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    query: Annotated[
        str | list[VectorStoreSearchRequestQueryItem], Field(description='A query string for a search')
    ]
    rewrite_query: Annotated[
        bool | None, Field(description='Whether to rewrite the natural language query for vector search.')
    ] = False
    max_num_results: Annotated[
        int | None,
        Field(
            description='The maximum number of results to return. This number should be between 1 and 50 inclusive.',
            ge=1,
            le=50,
        ),
    ] = 10
    filters: Annotated[
        ComparisonFilter | CompoundFilter | None,
        Field(description='A filter to apply based on file attributes.'),
    ] = None
    ranking_options: Annotated[
        VectorStoreSearchRequestRankingOptions | None, Field(description='Ranking options for search.')
    ] = None


class FileSearchTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_search'], Field(description='The type of the file search tool. Always `file_search`.')
    ]
    vector_store_ids: Annotated[list[str], Field(description='The IDs of the vector stores to search.')]
    max_num_results: Annotated[
        int | None,
        Field(
            description='The maximum number of results to return. This number should be between 1 and 50 inclusive.'
        ),
    ] = None
    ranking_options: Annotated[RankingOptions | None, Field(description='Ranking options for search.')] = None
    filters: ComparisonFilter | CompoundFilter | None = None


class ToolSearchOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    call_id: ToolSearchOutputItemParamCallId | None = None
    type: Annotated[
        Literal['tool_search_output'], Field(description='The item type. Always `tool_search_output`.')
    ]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search was executed by the server or by the client.'),
    ] = None
    tools: Annotated[
        list[Annotated[FunctionTool | FileSearchTool | ComputerTool | ComputerUsePreviewTool | WebSearchTool | MCPTool | CodeInterpreterTool | ProgrammaticToolCallingParam | ImageGenTool | LocalShellToolParam | FunctionShellToolParam | CustomToolParam | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | ApplyPatchToolParam, Field(discriminator='type')]],
        Field(description='The loaded tool definitions returned by the tool search output.'),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class AdditionalToolsItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: str | None = None
    type: Annotated[
        Literal['additional_tools'], Field(description='The item type. Always `additional_tools`.')
    ]
    role: Annotated[
        Literal['developer'],
        Field(description='The role that provided the additional tools. Only `developer` is supported.'),
    ]
    tools: Annotated[
        list[Annotated[FunctionTool | FileSearchTool | ComputerTool | ComputerUsePreviewTool | WebSearchTool | MCPTool | CodeInterpreterTool | ProgrammaticToolCallingParam | ImageGenTool | LocalShellToolParam | FunctionShellToolParam | CustomToolParam | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | ApplyPatchToolParam, Field(discriminator='type')]],
        Field(description='A list of additional tools made available at this item.'),
    ]


class CreateConversationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None = None
    items: CreateConversationBodyItems | None = None


class CreateResponse(CreateModelResponseProperties, ResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    service_tier: Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast', 'ultrafast'] | None = None
    truncation: Annotated[Literal['auto', 'disabled'] | None, Field(deprecated=True)] = None
    reasoning: Reasoning | None = None
    input: Annotated[
        str | list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam] | None,
        Field(
            description='Text, image, or file inputs to the model, used to generate a response.\n\nLearn more:\n- [Text inputs and outputs](/docs/guides/text)\n- [Image inputs](/docs/guides/images)\n- [File inputs](/docs/guides/pdf-files)\n- [Conversation state](/docs/guides/conversation-state)\n- [Function calling](/docs/guides/function-calling)\n'
        ),
    ] = None
    include: list[Literal['file_search_call.results', 'web_search_call.results', 'web_search_call.action.sources', 'message.input_image.image_url', 'computer_call_output.output.image_url', 'code_interpreter_call.outputs', 'reasoning.encrypted_content', 'message.output_text.logprobs']] | None = (
        None
    )
    parallel_tool_calls: bool | None = None
    store: bool | None = None
    instructions: str | None = None
    moderation: ModerationParam | None = None
    stream: bool | None = None
    stream_options: ResponseStreamOptionsResponseStreamOptions | None = None
    conversation: str | ConversationParam2 | None = None
    context_management: ContextManagement | None = None
    max_output_tokens: MaxOutputTokens | None = None


class Item(
    RootModel[
        InputMessage
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | FunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ReasoningItem
        | CompactionSummaryItemParam
        | ImageGenToolCall
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
    ]
):
    root: Annotated[
        InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall,
        Field(description='Content item used to generate a response.\n'),
    ]


class CreateConversationBodyItems(
    RootModel[list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam]]
):
    root: Annotated[
        list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam],
        Field(
            description='Initial items to include in the conversation context. You may add up to 20 items at a time.',
            max_length=20,
        ),
    ]


CompoundFilter.model_rebuild()
ResponseProperties.model_rebuild()
CreateConversationBody.model_rebuild()
CreateResponse.model_rebuild()
