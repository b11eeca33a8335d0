# generated — do not edit. `relay generate` writes this file from OpenAI's OpenAPI spec
# (sha256 db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8)
# and spec/*.overlay.yaml: change those or codegen/, then regenerate.
# Pydantic v2 models for the JSON request bodies of relayed operations, by datamodel-code-generator
# 0.89.0; options in codegen/models.py. Unknown fields are ignored, not refused (docs/notes.md).

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AnyUrl, BaseModel, ConfigDict, Field, RootModel, StringConstraints


class AssistantToolsCode(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['code_interpreter'], Field(description='The type of tool being defined: `code_interpreter`')
    ]


class AssistantToolsFileSearchTypeOnly(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_search'], Field(description='The type of tool being defined: `file_search`')
    ]


class AssistantsNamedToolChoiceFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the function to call.')]


class AssistantsNamedToolChoice(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function', 'code_interpreter', 'file_search'],
        Field(description='The type of the tool. If type is `function`, the function name must be set'),
    ]
    function: AssistantsNamedToolChoiceFunction | None = None


class AudioTranscription(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['whisper-1', 'gpt-transcribe', 'gpt-live-transcribe', 'gpt-4o-mini-transcribe', 'gpt-4o-mini-transcribe-2025-12-15', 'gpt-4o-transcribe', 'gpt-4o-transcribe-diarize', 'gpt-realtime-whisper'] | None,
        Field(
            description='The model to use for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.\n'
        ),
    ] = None
    language: Annotated[
        str | None,
        Field(
            description='The language of the input audio. Supplying the input language in\n[ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format\nwill improve accuracy and latency.\n'
        ),
    ] = None
    languages: Annotated[
        list[str] | None,
        Field(
            description='Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe` and `gpt-live-transcribe`.\n',
            min_length=1,
        ),
    ] = None
    keywords: Annotated[
        list[str] | None,
        Field(
            description='Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe` and `gpt-live-transcribe`.\n'
        ),
    ] = None
    prompt: Annotated[
        str | None,
        Field(
            description='An optional text to guide the model\'s style or continue a previous audio\nsegment.\nFor `whisper-1`, the [prompt is a list of keywords](/docs/guides/speech-to-text#prompting).\nFor `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for example "expect words related to technology".\nPrompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.\n'
        ),
    ] = None
    delay: Annotated[
        Literal['minimal', 'low', 'medium', 'high', 'xhigh'] | None,
        Field(
            description='Controls how long the model waits before emitting transcription text.\nHigher values can improve transcription accuracy at the cost of latency.\nOnly supported with `gpt-realtime-whisper` in GA Realtime sessions.\n'
        ),
    ] = None


class AutoChunkingStrategyRequestParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class BatchFileExpirationAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['created_at'],
        Field(
            description='Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created.'
        ),
    ]
    seconds: Annotated[
        int,
        Field(
            description='The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).',
            ge=3600,
            le=2592000,
        ),
    ]


class ChatCompletionAllowedTools(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[
        Literal['auto', 'required'],
        Field(
            description='Constrains the tools available to the model to a pre-defined set.\n\n`auto` allows the model to pick from among the allowed tools and generate a\nmessage.\n\n`required` requires the model to call one or more of the allowed tools.\n'
        ),
    ]
    tools: Annotated[
        list[dict[str, Any]],
        Field(
            description='A list of tool definitions that the model should be allowed to call.\n\nFor the Chat Completions API, the list of tool definitions might look like:\n```json\n[\n  { "type": "function", "function": { "name": "get_weather" } },\n  { "type": "function", "function": { "name": "get_time" } }\n]\n```\n'
        ),
    ]


class ChatCompletionAllowedToolsChoice(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['allowed_tools'],
        Field(description='Allowed tool configuration type. Always `allowed_tools`.'),
    ]
    allowed_tools: ChatCompletionAllowedTools


class ChatCompletionFunctionCallOption(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the function to call.')]


class ChatCompletionMessageCustomToolCallCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the custom tool to call.')]
    input: Annotated[str, Field(description='The input for the custom tool call generated by the model.')]


class ChatCompletionMessageCustomToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The ID of the tool call.')]
    type: Annotated[Literal['custom'], Field(description='The type of the tool. Always `custom`.')]
    custom: Annotated[
        ChatCompletionMessageCustomToolCallCustom, Field(description='The custom tool that the model called.')
    ]


class ChatCompletionMessageToolCallFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the function to call.')]
    arguments: Annotated[
        str,
        Field(
            description='The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.'
        ),
    ]


class ChatCompletionMessageToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The ID of the tool call.')]
    type: Annotated[
        Literal['function'],
        Field(description='The type of the tool. Currently, only `function` is supported.'),
    ]
    function: Annotated[
        ChatCompletionMessageToolCallFunction, Field(description='The function that the model called.')
    ]


class ChatCompletionNamedToolChoiceFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the function to call.')]


class ChatCompletionNamedToolChoice(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'], Field(description='For function calling, the type is always `function`.')
    ]
    function: ChatCompletionNamedToolChoiceFunction


class ChatCompletionNamedToolChoiceCustomCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the custom tool to call.')]


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['custom'], Field(description='For custom tool calling, the type is always `custom`.')
    ]
    custom: ChatCompletionNamedToolChoiceCustomCustom


class ChatCompletionRequestAssistantMessageAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='Unique identifier for a previous audio response from the model.\n')]


class ChatCompletionRequestAssistantMessageFunctionCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    arguments: Annotated[
        str,
        Field(
            description='The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.'
        ),
    ]
    name: Annotated[str, Field(description='The name of the function to call.')]


class ChatCompletionRequestFunctionMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[
        Literal['function'], Field(description='The role of the messages author, in this case `function`.')
    ]
    content: str | None
    name: Annotated[str, Field(description='The name of the function to call.')]


class ChatCompletionRequestMessageContentPartAudioInputAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    data: Annotated[str, Field(description='Base64 encoded audio data.')]
    format: Annotated[
        Literal['wav', 'mp3'],
        Field(description='The format of the encoded audio data. Currently supports "wav" and "mp3".\n'),
    ]


class ChatCompletionRequestMessageContentPartFileFile(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    filename: Annotated[
        str | None,
        Field(description='The name of the file, used when passing the file to the model as a \nstring.\n'),
    ] = None
    file_data: Annotated[
        str | None,
        Field(
            description='The base64 encoded file data, used when passing the file to the model \nas a string.\n'
        ),
    ] = None
    file_id: Annotated[str | None, Field(description='The ID of an uploaded file to use as input.\n')] = None


class ChatCompletionRequestMessageContentPartImageImageUrl(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    url: Annotated[AnyUrl, Field(description='Either a URL of the image or the base64 encoded image data.')]
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding).'
        ),
    ] = 'auto'


class ChatCompletionRequestMessageContentPartRefusal(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['refusal'], Field(description='The type of the content part.')]
    refusal: Annotated[str, Field(description='The refusal message generated by the model.')]


class ChatCompletionStreamOptionsChatCompletionStreamOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    include_usage: Annotated[
        bool | None,
        Field(
            description='If set, an additional chunk will be streamed before the `data: [DONE]`\nmessage. The `usage` field on this chunk shows the token usage statistics\nfor the entire request, and the `choices` field will always be an empty\narray.\n\nAll other chunks will also include a `usage` field, but with a null\nvalue. **NOTE:** If the stream is interrupted, you may not receive the\nfinal usage chunk which contains the total token usage for the request.\n'
        ),
    ] = None
    include_obfuscation: Annotated[
        bool | None,
        Field(
            description='When true, stream obfuscation will be enabled. Stream obfuscation adds\nrandom characters to an `obfuscation` field on streaming delta events to\nnormalize payload sizes as a mitigation to certain side-channel attacks.\nThese obfuscation fields are included by default, but add a small amount\nof overhead to the data stream. You can set `include_obfuscation` to\nfalse to optimize for bandwidth if you trust the network links between\nyour application and the OpenAI API.\n'
        ),
    ] = None


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


class CompleteUploadRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    part_ids: Annotated[list[str], Field(description='The ordered list of Part IDs.\n')]
    md5: Annotated[
        str | None,
        Field(
            description='The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.\n'
        ),
    ] = None


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


class CreateAssistantRequestName(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The name of the assistant. The maximum length is 256 characters.\n', max_length=256
        ),
    ]


class CreateAssistantRequestDescription(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The description of the assistant. The maximum length is 512 characters.\n',
            max_length=512,
        ),
    ]


class CreateAssistantRequestInstructions(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The system instructions that the assistant uses. The maximum length is 256,000 characters.\n',
            max_length=256000,
        ),
    ]


class CreateAssistantRequestToolResourcesCodeInterpreter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.\n',
            max_length=20,
        ),
    ] = []


class CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyAuto(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(BaseModel):
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


class CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyStatic(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['static'], Field(description='Always `static`.')]
    static: CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic


class CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyAuto(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStaticStatic(BaseModel):
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


class CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStatic(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['static'], Field(description='Always `static`.')]
    static: CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStaticStatic


class CreateAssistantRequestTemperature(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1


class CreateAssistantRequestTopP(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.\n\nWe generally recommend altering this or temperature but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1


class CreateCompletionRequestPrompt(RootModel[list[int] | None]):
    root: Annotated[
        list[int] | None,
        Field(
            description='The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.\n\nNote that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.\n',
            examples=['[1212, 318, 257, 1332, 13]'],
            min_length=1,
        ),
    ] = '<|endoftext|>'


class CreateCompletionRequestPrompt1CreateCompletionRequestPrompt1Item(RootModel[list[int]]):
    root: Annotated[list[int], Field(min_length=1)]


class CreateCompletionRequestPrompt1(
    RootModel[list[CreateCompletionRequestPrompt1CreateCompletionRequestPrompt1Item] | None]
):
    root: Annotated[
        list[CreateCompletionRequestPrompt1CreateCompletionRequestPrompt1Item] | None,
        Field(
            description='The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.\n\nNote that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.\n',
            examples=['[[1212, 318, 257, 1332, 13]]'],
            min_length=1,
            validate_default=True,
        ),
    ] = '<|endoftext|>'


class CreateContainerBodyExpiresAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['last_active_at'],
        Field(
            description="Time anchor for the expiration time. Currently only 'last_active_at' is supported."
        ),
    ]
    minutes: int


class CreateContainerFileBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[str | None, Field(description='Name of the file to create.')] = None
    file: Annotated[bytes | None, Field(description='The File object (not file name) to be uploaded.\n')] = (
        None
    )


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


class CreateEvalCompletionsRunDataSourceInputMessagesItemReference(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['item_reference'], Field(description='The type of input messages. Always `item_reference`.')
    ]
    item_reference: Annotated[
        str,
        Field(description='A reference to a variable in the `item` namespace. Ie, "item.input_trajectory"'),
    ]


class CreateEvalCustomDataSourceConfig(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['custom'], Field(description='The type of data source. Always `custom`.')]
    item_schema: Annotated[
        dict[str, Any],
        Field(
            description='The json schema for each row in the data source.',
            examples=['{\n  "type": "object",\n  "properties": {\n    "name": {"type": "string"},\n    "age": {"type": "integer"}\n  },\n  "required": ["name", "age"]\n}\n'],
        ),
    ]
    include_sample_schema: Annotated[
        bool | None,
        Field(
            description='Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)'
        ),
    ] = False


class CreateEvalItemCreateEvalItem(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[str, Field(description='The role of the message (e.g. "system", "assistant", "user").')]
    content: Annotated[str, Field(description='The content of the message.')]


class CreateEvalLogsDataSourceConfig(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['logs'], Field(description='The type of data source. Always `logs`.')]
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description='Metadata filters for the logs data source.',
            examples=['{\n  "use_case": "customer_support_agent"\n}\n'],
        ),
    ] = None


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[str, Field(description='The role of the message (e.g. "system", "assistant", "user").')]
    content: Annotated[str, Field(description='The content of the message.')]


class CreateEvalResponsesRunDataSourceInputMessagesItemReference(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['item_reference'], Field(description='The type of input messages. Always `item_reference`.')
    ]
    item_reference: Annotated[
        str, Field(description='A reference to a variable in the `item` namespace. Ie, "item.name"')
    ]


class CreateEvalStoredCompletionsDataSourceConfig(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['stored_completions'],
        Field(description='The type of data source. Always `stored_completions`.'),
    ]
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description='Metadata filters for the stored completions data source.',
            examples=['{\n  "use_case": "customer_support_agent"\n}\n'],
        ),
    ] = None


class CreateFineTuningCheckpointPermissionRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    project_ids: Annotated[list[str], Field(description='The project identifiers to grant access to.')]


class CreateFineTuningJobRequestHyperparametersBatchSize(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters\nare updated less frequently, but with lower variance.\n',
            ge=1,
            le=256,
        ),
    ] = 'auto'


class CreateFineTuningJobRequestHyperparametersLearningRateMultiplier(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid\noverfitting.\n',
            gt=0.0,
        ),
    ] = 'auto'


class CreateFineTuningJobRequestHyperparametersNEpochs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle\nthrough the training dataset.\n',
            ge=1,
            le=50,
        ),
    ] = 'auto'


class CreateFineTuningJobRequestHyperparameters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    batch_size: Annotated[
        Literal['auto'] | CreateFineTuningJobRequestHyperparametersBatchSize | None,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters\nare updated less frequently, but with lower variance.\n',
            validate_default=True,
        ),
    ] = 'auto'
    learning_rate_multiplier: Annotated[
        Literal['auto'] | CreateFineTuningJobRequestHyperparametersLearningRateMultiplier | None,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid\noverfitting.\n',
            validate_default=True,
        ),
    ] = 'auto'
    n_epochs: Annotated[
        Literal['auto'] | CreateFineTuningJobRequestHyperparametersNEpochs | None,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle\nthrough the training dataset.\n',
            validate_default=True,
        ),
    ] = 'auto'


class CreateFineTuningJobRequestIntegrationWandb(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    project: Annotated[
        str,
        Field(
            description='The name of the project that the new run will be created under.\n',
            examples=['my-wandb-project'],
        ),
    ]
    name: Annotated[
        str | None,
        Field(
            description='A display name to set for the run. If not set, we will use the Job ID as the name.\n'
        ),
    ] = None
    entity: Annotated[
        str | None,
        Field(
            description='The entity to use for the run. This allows you to set the team or username of the WandB user that you would\nlike associated with the run. If not set, the default entity for the registered WandB API key is used.\n'
        ),
    ] = None
    tags: Annotated[
        list[str] | None,
        Field(
            description='A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some\ndefault tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".\n'
        ),
    ] = None


class CreateFineTuningJobRequestIntegration(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['wandb'],
        Field(
            description='The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported.\n'
        ),
    ]
    wandb: Annotated[
        CreateFineTuningJobRequestIntegrationWandb,
        Field(
            description='The settings for your integration with Weights and Biases. This payload specifies the project that\nmetrics will be sent to. Optionally, you can set an explicit display name for your run, add tags\nto your run, and set a default entity (team, username, etc) to be associated with your run.\n'
        ),
    ]


class CreateGroupBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[
        str, Field(description='Human readable name for the group.', max_length=255, min_length=1)
    ]


class CreateGroupUserBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    user_id: Annotated[str, Field(description='Identifier of the user to add to the group.')]


class CreateMessageRequestAttachment(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[str | None, Field(description='The ID of the file to attach to the message.')] = None
    tools: Annotated[
        list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None,
        Field(description='The tools to add this file to.'),
    ] = None


class CreateModelResponsePropertiesTopLogprobs(RootModel[int]):
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


class ToolChoiceToolChoice(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class ToolChoiceToolChoice1(AssistantsNamedToolChoice, ToolChoiceToolChoice):
    model_config = ConfigDict(
        extra='ignore',
    )


class CreateThreadAndRunRequestToolResourcesCodeInterpreter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.\n',
            max_length=20,
        ),
    ] = []


class CreateThreadAndRunRequestToolResourcesFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str] | None,
        Field(
            description='The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ] = None


class CreateThreadAndRunRequestToolResources(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None


class ToolChoice1ToolChoice1(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class ToolChoice1ToolChoice11(AssistantsNamedToolChoice, ToolChoice1ToolChoice1):
    model_config = ConfigDict(
        extra='ignore',
    )


class CreateThreadRequestToolResourcesCodeInterpreter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.\n',
            max_length=20,
        ),
    ] = []


class CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyAuto(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(BaseModel):
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


class CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyStatic(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['static'], Field(description='Always `static`.')]
    static: CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic


class CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyAuto(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['auto'], Field(description='Always `auto`.')]


class CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStaticStatic(BaseModel):
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


class CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStatic(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['static'], Field(description='Always `static`.')]
    static: CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStaticStatic


class CustomToolChatCompletionsCustomFormatText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='Unconstrained text format. Always `text`.')]


class CustomToolChatCompletionsCustomFormatGrammarGrammar(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    definition: Annotated[str, Field(description='The grammar definition.')]
    syntax: Annotated[
        Literal['lark', 'regex'],
        Field(description='The syntax of the grammar definition. One of `lark` or `regex`.'),
    ]


class CustomToolChatCompletionsCustomFormatGrammar(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['grammar'], Field(description='Grammar format. Always `grammar`.')]
    grammar: Annotated[
        CustomToolChatCompletionsCustomFormatGrammarGrammar,
        Field(description='Your chosen grammar.', title='Grammar format'),
    ]


class CustomToolChatCompletionsCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the custom tool, used to identify it in tool calls.')]
    description: Annotated[
        str | None,
        Field(description='Optional description of the custom tool, used to provide more context.\n'),
    ] = None
    format: Annotated[
        CustomToolChatCompletionsCustomFormatText | CustomToolChatCompletionsCustomFormatGrammar | None,
        Field(description='The input format for the custom tool. Default is unconstrained text.\n'),
    ] = None


class CustomToolChatCompletions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['custom'], Field(description='The type of the custom tool. Always `custom`.')]
    custom: Annotated[
        CustomToolChatCompletionsCustom,
        Field(description='Properties of the custom tool.\n', title='Custom tool properties'),
    ]


class EditImageBodyJsonParamN(RootModel[int]):
    root: Annotated[
        int, Field(description='The number of edited images to generate.', examples=[1], ge=1, le=10)
    ] = 1


class EditImageBodyJsonParamOutputCompression(RootModel[int]):
    root: Annotated[
        int, Field(description='Compression level for `jpeg` or `webp` output.', examples=[100], ge=0, le=100)
    ]


class EvalItemContentOutputText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['output_text'], Field(description='The type of the output text. Always `output_text`.\n')
    ]
    text: Annotated[str, Field(description='The text output from the model.\n')]


class EvalItemInputImage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_image'], Field(description='The type of the image input. Always `input_image`.\n')
    ]
    image_url: Annotated[AnyUrl, Field(description='The URL of the image input.\n')]
    detail: Annotated[
        str | None,
        Field(
            description='The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`.\n'
        ),
    ] = None


class EvalJsonlFileContentSourceContentItem(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    item: dict[str, Any]
    sample: dict[str, Any] | None = None


class EvalJsonlFileContentSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_content'], Field(description='The type of jsonl source. Always `file_content`.')
    ]
    content: Annotated[
        list[EvalJsonlFileContentSourceContentItem], Field(description='The content of the jsonl file.')
    ]


class EvalJsonlFileIdSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['file_id'], Field(description='The type of jsonl source. Always `file_id`.')]
    id: Annotated[str, Field(description='The identifier of the file.')]


class EvalResponsesSourceCreatedAfter(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Only include items created after this timestamp (inclusive). This is a query parameter used to select responses.',
            ge=0,
        ),
    ]


class EvalResponsesSourceCreatedBefore(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Only include items created before this timestamp (inclusive). This is a query parameter used to select responses.',
            ge=0,
        ),
    ]


class FileExpirationAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['created_at'],
        Field(
            description='Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`.'
        ),
    ]
    seconds: Annotated[
        int,
        Field(
            description='The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).',
            ge=3600,
            le=2592000,
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


class FileSearchRankingOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    ranker: Annotated[
        Literal['auto', 'default_2024_08_21'] | None,
        Field(
            description='The ranker to use for the file search. If not specified will use the `auto` ranker.'
        ),
    ] = None
    score_threshold: Annotated[
        float,
        Field(
            description='The score threshold for the file search. All values must be a floating point number between 0 and 1.',
            ge=0.0,
            le=1.0,
        ),
    ]


class FineTuneDPOHyperparametersBeta(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.\n',
            gt=0.0,
            le=2.0,
        ),
    ] = 'auto'


class FineTuneDPOHyperparametersBatchSize(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            ge=1,
            le=256,
        ),
    ] = 'auto'


class FineTuneDPOHyperparametersLearningRateMultiplier(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            gt=0.0,
        ),
    ] = 'auto'


class FineTuneDPOHyperparametersNEpochs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            ge=1,
            le=50,
        ),
    ] = 'auto'


class FineTuneDPOHyperparameters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    beta: Annotated[
        Literal['auto'] | FineTuneDPOHyperparametersBeta | None,
        Field(
            description='The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.\n',
            validate_default=True,
        ),
    ] = 'auto'
    batch_size: Annotated[
        Literal['auto'] | FineTuneDPOHyperparametersBatchSize | None,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            validate_default=True,
        ),
    ] = 'auto'
    learning_rate_multiplier: Annotated[
        Literal['auto'] | FineTuneDPOHyperparametersLearningRateMultiplier | None,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            validate_default=True,
        ),
    ] = 'auto'
    n_epochs: Annotated[
        Literal['auto'] | FineTuneDPOHyperparametersNEpochs | None,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            validate_default=True,
        ),
    ] = 'auto'


class FineTuneDPOMethod(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    hyperparameters: FineTuneDPOHyperparameters | None = None


class FineTuneReinforcementHyperparametersBatchSize(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            ge=1,
            le=256,
        ),
    ] = 'auto'


class FineTuneReinforcementHyperparametersLearningRateMultiplier(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            gt=0.0,
        ),
    ] = 'auto'


class FineTuneReinforcementHyperparametersNEpochs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            ge=1,
            le=50,
        ),
    ] = 'auto'


class FineTuneReinforcementHyperparametersComputeMultiplier(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='Multiplier on amount of compute used for exploring search space during training.\n',
            gt=1e-05,
            le=10.0,
        ),
    ] = 'auto'


class FineTuneReinforcementHyperparametersEvalInterval(RootModel[int]):
    root: Annotated[
        int, Field(description='The number of training steps between evaluation runs.\n', ge=1)
    ] = 'auto'


class FineTuneReinforcementHyperparametersEvalSamples(RootModel[int]):
    root: Annotated[
        int, Field(description='Number of evaluation samples to generate per training step.\n', ge=1)
    ] = 'auto'


class FineTuneReinforcementHyperparameters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    batch_size: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersBatchSize | None,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            validate_default=True,
        ),
    ] = 'auto'
    learning_rate_multiplier: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersLearningRateMultiplier | None,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            validate_default=True,
        ),
    ] = 'auto'
    n_epochs: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersNEpochs | None,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            validate_default=True,
        ),
    ] = 'auto'
    reasoning_effort: Annotated[
        Literal['default', 'low', 'medium', 'high'] | None, Field(description='Level of reasoning effort.\n')
    ] = 'default'
    compute_multiplier: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersComputeMultiplier | None,
        Field(
            description='Multiplier on amount of compute used for exploring search space during training.\n',
            validate_default=True,
        ),
    ] = 'auto'
    eval_interval: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersEvalInterval | None,
        Field(description='The number of training steps between evaluation runs.\n', validate_default=True),
    ] = 'auto'
    eval_samples: Annotated[
        Literal['auto'] | FineTuneReinforcementHyperparametersEvalSamples | None,
        Field(
            description='Number of evaluation samples to generate per training step.\n', validate_default=True
        ),
    ] = 'auto'


class FineTuneSupervisedHyperparametersBatchSize(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            ge=1,
            le=256,
        ),
    ] = 'auto'


class FineTuneSupervisedHyperparametersLearningRateMultiplier(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            gt=0.0,
        ),
    ] = 'auto'


class FineTuneSupervisedHyperparametersNEpochs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            ge=1,
            le=50,
        ),
    ] = 'auto'


class FineTuneSupervisedHyperparameters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    batch_size: Annotated[
        Literal['auto'] | FineTuneSupervisedHyperparametersBatchSize | None,
        Field(
            description='Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.\n',
            validate_default=True,
        ),
    ] = 'auto'
    learning_rate_multiplier: Annotated[
        Literal['auto'] | FineTuneSupervisedHyperparametersLearningRateMultiplier | None,
        Field(
            description='Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.\n',
            validate_default=True,
        ),
    ] = 'auto'
    n_epochs: Annotated[
        Literal['auto'] | FineTuneSupervisedHyperparametersNEpochs | None,
        Field(
            description='The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.\n',
            validate_default=True,
        ),
    ] = 'auto'


class FineTuneSupervisedMethod(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    hyperparameters: FineTuneSupervisedHyperparameters | None = None


class FunctionParameters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class GraderPython(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['python'], Field(description='The object type, which is always `python`.')]
    name: Annotated[str, Field(description='The name of the grader.')]
    source: Annotated[str, Field(description='The source code of the python script.')]
    image_tag: Annotated[str | None, Field(description='The image tag to use for the python script.')] = None


class GraderScoreModelSamplingParamsMaxCompletionsTokens(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The maximum number of tokens the grader model may generate in its response.\n', ge=1
        ),
    ]


class GraderStringCheck(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['string_check'], Field(description='The object type, which is always `string_check`.')
    ]
    name: Annotated[str, Field(description='The name of the grader.')]
    input: Annotated[str, Field(description='The input text. This may include template strings.')]
    reference: Annotated[str, Field(description='The reference text. This may include template strings.')]
    operation: Annotated[
        Literal['eq', 'ne', 'like', 'ilike'],
        Field(description='The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`.'),
    ]


class GraderTextSimilarity(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text_similarity'], Field(description='The type of grader.')]
    name: Annotated[str, Field(description='The name of the grader.')]
    input: Annotated[str, Field(description='The text being graded.')]
    reference: Annotated[str, Field(description='The text being graded against.')]
    evaluation_metric: Annotated[
        Literal['cosine', 'fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l'],
        Field(
            description='The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`, \n`gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`, \nor `rouge_l`.\n'
        ),
    ]


class HostedToolPermissionUpdate(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[bool, Field(description='Whether to enable the hosted tool for the project.')]


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


class ImageRefParamImageRefParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    image_url: Annotated[
        AnyUrl,
        Field(
            description='A fully qualified URL or base64-encoded data URL.',
            examples=['https://example.com/source-image.png'],
        ),
    ]
    file_id: Annotated[
        str | None,
        Field(description='The File API ID of an uploaded image to use as input.', examples=['file-abc123']),
    ] = None


class ImageRefParamImageRefParam1(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    image_url: Annotated[
        AnyUrl | None,
        Field(
            description='A fully qualified URL or base64-encoded data URL.',
            examples=['https://example.com/source-image.png'],
        ),
    ] = None
    file_id: Annotated[
        str,
        Field(description='The File API ID of an uploaded image to use as input.', examples=['file-abc123']),
    ]


class InputAudioInputAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    data: Annotated[str, Field(description='Base64-encoded audio data.\n')]
    format: Annotated[
        Literal['mp3', 'wav'],
        Field(
            description='The format of the audio data. Currently supported formats are `mp3` and\n`wav`.\n'
        ),
    ]


class InputAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_audio'], Field(description='The type of the input item. Always `input_audio`.\n')
    ]
    input_audio: InputAudioInputAudio


class InviteProjectGroupBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    group_id: Annotated[str, Field(description='Identifier of the group to add to the project.')]
    role: Annotated[str, Field(description='Identifier of the project role to grant to the group.')]


class InviteRequestProject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description="Project's public ID")]
    role: Annotated[Literal['member', 'owner'], Field(description='Project membership role')]


class InviteRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    email: Annotated[str, Field(description='Send an email to this address')]
    role: Annotated[Literal['reader', 'owner'], Field(description='`owner` or `reader`')]
    projects: Annotated[
        list[InviteRequestProject] | None,
        Field(
            description='An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.'
        ),
    ] = None


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


class MessageContentImageFileObjectImageFile(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[
        str,
        Field(
            description='The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.'
        ),
    ]
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.'
        ),
    ] = 'auto'


class MessageContentImageFileObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image_file'], Field(description='Always `image_file`.')]
    image_file: MessageContentImageFileObjectImageFile


class MessageContentImageUrlObjectImageUrl(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    url: Annotated[
        AnyUrl,
        Field(
            description='The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.'
        ),
    ]
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`'
        ),
    ] = 'auto'


class MessageContentImageUrlObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image_url'], Field(description='The type of the content part.')]
    image_url: MessageContentImageUrlObjectImageUrl


class MessageRequestContentTextObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='Always `text`.')]
    text: Annotated[str, Field(description='Text content to be sent to the model')]


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


class ModifyAssistantRequestName(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The name of the assistant. The maximum length is 256 characters.\n', max_length=256
        ),
    ]


class ModifyAssistantRequestDescription(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The description of the assistant. The maximum length is 512 characters.\n',
            max_length=512,
        ),
    ]


class ModifyAssistantRequestInstructions(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The system instructions that the assistant uses. The maximum length is 256,000 characters.\n',
            max_length=256000,
        ),
    ]


class ModifyAssistantRequestToolResourcesCodeInterpreter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.\n',
            max_length=20,
        ),
    ] = []


class ModifyAssistantRequestToolResourcesFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str] | None,
        Field(
            description='Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ] = None


class ModifyAssistantRequestToolResources(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyAssistantRequestToolResourcesFileSearch | None = None


class ModifyAssistantRequestTemperature(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1


class ModifyAssistantRequestTopP(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.\n\nWe generally recommend altering this or temperature but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1


class ModifyCertificateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='The updated name for the certificate')] = None


class ModifyMessageRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None = None


class ModifyRunRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None = None


class ModifyThreadRequestToolResourcesCodeInterpreter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.\n',
            max_length=20,
        ),
    ] = []


class ModifyThreadRequestToolResourcesFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str] | None,
        Field(
            description='The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.\n',
            max_length=1,
        ),
    ] = None


class ModifyThreadRequestToolResources(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyThreadRequestToolResourcesFileSearch | None = None


class ModifyThreadRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    tool_resources: ModifyThreadRequestToolResources | None = None
    metadata: dict[str, str] | None = None


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


class ProjectHostedToolPermissionsUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_search: Annotated[
        HostedToolPermissionUpdate | None, Field(description='The file search permission update.')
    ] = None
    web_search: Annotated[
        HostedToolPermissionUpdate | None, Field(description='The web search permission update.')
    ] = None
    image_generation: Annotated[
        HostedToolPermissionUpdate | None, Field(description='The image generation permission update.')
    ] = None
    mcp: Annotated[HostedToolPermissionUpdate | None, Field(description='The MCP permission update.')] = None
    code_interpreter: Annotated[
        HostedToolPermissionUpdate | None, Field(description='The code interpreter permission update.')
    ] = None


class ProjectModelPermissionsUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[
        Literal['allow_list', 'deny_list'], Field(description='The model permissions mode to apply.')
    ]
    model_ids: Annotated[list[str], Field(description='The model IDs included in this permissions policy.')]


class ProjectRateLimitUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    max_requests_per_1_minute: Annotated[
        int | None, Field(description='The maximum requests per minute.')
    ] = None
    max_tokens_per_1_minute: Annotated[int | None, Field(description='The maximum tokens per minute.')] = None
    max_images_per_1_minute: Annotated[
        int | None, Field(description='The maximum images per minute. Only relevant for certain models.')
    ] = None
    max_audio_megabytes_per_1_minute: Annotated[
        int | None,
        Field(description='The maximum audio megabytes per minute. Only relevant for certain models.'),
    ] = None
    max_requests_per_1_day: Annotated[
        int | None, Field(description='The maximum requests per day. Only relevant for certain models.')
    ] = None
    batch_1_day_max_input_tokens: Annotated[
        int | None,
        Field(description='The maximum batch input tokens per day. Only relevant for certain models.'),
    ] = None


class ProjectServiceAccountCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the service account being created.')]
    create_service_account_only: bool | None = None


class ProjectUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[
        str | None, Field(description='The updated name of the project, this name appears in reports.')
    ] = None
    external_key_id: Annotated[
        str | None, Field(description='External key ID to associate with the project.')
    ] = None


class ProjectUserCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    user_id: Annotated[str | None, Field(description='The ID of the user.')] = None
    email: Annotated[str | None, Field(description='Email of the user to add.')] = None
    role: Annotated[str, Field(description='`owner` or `member`')]


class ProjectUserUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[str | None, Field(description='`owner` or `member`')] = None


class PublicAssignOrganizationGroupRoleBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role_id: Annotated[str, Field(description='Identifier of the role to assign.')]


class PublicCreateOrganizationRoleBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role_name: Annotated[str, Field(description='Unique name for the role.')]
    permissions: Annotated[list[str], Field(description='Permissions to grant to the role.')]
    description: Annotated[str | None, Field(description='Optional description of the role.')] = None


class PublicUpdateOrganizationRoleBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    permissions: Annotated[
        list[str] | None, Field(description='Updated set of permissions for the role.')
    ] = None
    description: Annotated[str | None, Field(description='New description for the role.')] = None
    role_name: Annotated[str | None, Field(description='New name for the role.')] = None


class RealtimeAudioFormatsRealtimeAudioFormatsAudioPcm(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['audio/pcm'] | None, Field(description='The audio format. Always `audio/pcm`.')
    ] = None
    rate: Annotated[
        Literal[24000] | None, Field(description='The sample rate of the audio. Always `24000`.')
    ] = None


class RealtimeAudioFormatsRealtimeAudioFormatsAudioPcmu(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['audio/pcmu'] | None, Field(description='The audio format. Always `audio/pcmu`.')
    ] = None


class RealtimeAudioFormatsRealtimeAudioFormatsAudioPcma(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['audio/pcma'] | None, Field(description='The audio format. Always `audio/pcma`.')
    ] = None


class RealtimeCallReferRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    target_uri: Annotated[
        str,
        Field(
            description='URI that should appear in the SIP Refer-To header. Supports values like\n`tel:+14155550123` or `sip:agent@example.com`.',
            examples=['tel:+14155550123'],
        ),
    ]


class RealtimeCallRejectRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    status_code: Annotated[
        int | None,
        Field(
            description='SIP response code to send back to the caller. Defaults to `603` (Decline)\nwhen omitted.',
            examples=[486],
        ),
    ] = None


class RealtimeCreateClientSecretRequestExpiresAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['created_at'] | None,
        Field(
            description='The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.\n'
        ),
    ] = 'created_at'
    seconds: Annotated[
        int | None,
        Field(
            description='The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.\n',
            ge=10,
            le=7200,
        ),
    ] = 600


class RealtimeFunctionTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'] | None, Field(description='The type of the tool, i.e. `function`.')
    ] = None
    name: Annotated[str | None, Field(description='The name of the function.')] = None
    description: Annotated[
        str | None,
        Field(
            description='The description of the function, including guidance on when and how\nto call it, and guidance about what to tell the user when calling\n(if anything).\n'
        ),
    ] = None
    parameters: Annotated[
        dict[str, Any] | None, Field(description='Parameters of the function in JSON Schema.')
    ] = None


class RealtimeSessionCreateRequestClientSecret(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    value: Annotated[
        str,
        Field(
            description='Ephemeral key usable in client environments to authenticate connections\nto the Realtime API. Use this in client-side environments rather than\na standard API token, which should only be used server-side.\n'
        ),
    ]
    expires_at: Annotated[
        int,
        Field(
            description='Timestamp for when the token expires. Currently, all tokens expire\nafter one minute.\n'
        ),
    ]


class RealtimeSessionCreateRequestInputAudioTranscription(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[str | None, Field(description='The model to use for transcription.\n')] = None


class RealtimeSessionCreateRequestTracing(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    workflow_name: Annotated[
        str | None,
        Field(
            description='The name of the workflow to attach to this trace. This is used to\nname the trace in the traces dashboard.\n'
        ),
    ] = None
    group_id: Annotated[
        str | None,
        Field(
            description='The group id to attach to this trace to enable filtering and\ngrouping in the traces dashboard.\n'
        ),
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description='The arbitrary metadata to attach to this trace to enable\nfiltering in the traces dashboard.\n'
        ),
    ] = None


class RealtimeSessionCreateRequestTurnDetection(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        str | None, Field(description='Type of turn detection, only `server_vad` is currently supported.\n')
    ] = None
    threshold: Annotated[
        float | None,
        Field(
            description='Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A\nhigher threshold will require louder audio to activate the model, and\nthus might perform better in noisy environments.\n'
        ),
    ] = None
    prefix_padding_ms: Annotated[
        int | None,
        Field(
            description='Amount of audio to include before the VAD detected speech (in\nmilliseconds). Defaults to 300ms.\n'
        ),
    ] = None
    silence_duration_ms: Annotated[
        int | None,
        Field(
            description='Duration of silence to detect speech stop (in milliseconds). Defaults\nto 500ms. With shorter values the model will respond more quickly,\nbut may jump in on short pauses from the user.\n'
        ),
    ] = None


class RealtimeSessionCreateRequestTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'] | None, Field(description='The type of the tool, i.e. `function`.')
    ] = None
    name: Annotated[str | None, Field(description='The name of the function.')] = None
    description: Annotated[
        str | None,
        Field(
            description='The description of the function, including guidance on when and how\nto call it, and guidance about what to tell the user when calling\n(if anything).\n'
        ),
    ] = None
    parameters: Annotated[
        dict[str, Any] | None, Field(description='Parameters of the function in JSON Schema.')
    ] = None


class RealtimeSessionCreateRequestGAAudioInputNoiseReduction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['near_field', 'far_field'] | None,
        Field(
            description='Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.\n'
        ),
    ] = None


class RealtimeSessionCreateRequestGATracing(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    workflow_name: Annotated[
        str | None,
        Field(
            description='The name of the workflow to attach to this trace. This is used to\nname the trace in the Traces Dashboard.\n'
        ),
    ] = None
    group_id: Annotated[
        str | None,
        Field(
            description='The group id to attach to this trace to enable filtering and\ngrouping in the Traces Dashboard.\n'
        ),
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description='The arbitrary metadata to attach to this trace to enable\nfiltering in the Traces Dashboard.\n'
        ),
    ] = None


class RealtimeTranscriptionSessionCreateRequestTurnDetection(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['server_vad'] | None,
        Field(
            description='Type of turn detection. Only `server_vad` is currently supported for transcription sessions.\n'
        ),
    ] = None
    threshold: Annotated[
        float | None,
        Field(
            description='Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A\nhigher threshold will require louder audio to activate the model, and\nthus might perform better in noisy environments.\n'
        ),
    ] = None
    prefix_padding_ms: Annotated[
        int | None,
        Field(
            description='Amount of audio to include before the VAD detected speech (in\nmilliseconds). Defaults to 300ms.\n'
        ),
    ] = None
    silence_duration_ms: Annotated[
        int | None,
        Field(
            description='Duration of silence to detect speech stop (in milliseconds). Defaults\nto 500ms. With shorter values the model will respond more quickly,\nbut may jump in on short pauses from the user.\n'
        ),
    ] = None


class RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['near_field', 'far_field'] | None,
        Field(
            description='Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.\n'
        ),
    ] = None


class RealtimeTranscriptionSessionCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    turn_detection: Annotated[
        RealtimeTranscriptionSessionCreateRequestTurnDetection | None,
        Field(
            description='Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.\n'
        ),
    ] = None
    input_audio_noise_reduction: Annotated[
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | None,
        Field(
            description='Configuration for input audio noise reduction. This can be set to `null` to turn off.\nNoise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.\nFiltering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.\n'
        ),
    ] = None
    input_audio_format: Annotated[
        Literal['pcm16', 'g711_ulaw', 'g711_alaw'] | None,
        Field(
            description='The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.\nFor `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,\nsingle channel (mono), and little-endian byte order.\n'
        ),
    ] = 'pcm16'
    input_audio_transcription: Annotated[
        AudioTranscription | None,
        Field(
            description='Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.\n'
        ),
    ] = None
    include: Annotated[
        list[Literal['item.input_audio_transcription.logprobs']] | None,
        Field(
            description='The set of items to include in the transcription. Current available items are:\n`item.input_audio_transcription.logprobs`\n'
        ),
    ] = None


class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['near_field', 'far_field'] | None,
        Field(
            description='Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.\n'
        ),
    ] = None


class RealtimeTranslationClientSecretCreateRequestExpiresAfter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['created_at'] | None,
        Field(
            description='The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.\n'
        ),
    ] = 'created_at'
    seconds: Annotated[
        int | None,
        Field(
            description='The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.\n',
            ge=10,
            le=7200,
        ),
    ] = 600


class RealtimeTranslationSessionCreateRequestAudioInputTranscription(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[str, Field(description='The transcription model to use for source transcript deltas.')]


class RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['near_field', 'far_field'],
        Field(
            description='Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.\n'
        ),
    ]


class RealtimeTranslationSessionCreateRequestAudioInput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    transcription: RealtimeTranslationSessionCreateRequestAudioInputTranscription | None = None
    noise_reduction: RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | None = None


class RealtimeTranslationSessionCreateRequestAudioOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    language: Annotated[
        str | None, Field(description='Target language for translated output audio and transcript deltas.\n')
    ] = None


class RealtimeTranslationSessionCreateRequestAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None
    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None


class RealtimeTranslationSessionCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[str, Field(description='The Realtime translation model used for this session.\n')]
    audio: Annotated[
        RealtimeTranslationSessionCreateRequestAudio | None,
        Field(description='Configuration for translation input and output audio.\n'),
    ] = None


class RealtimeTruncationRealtimeTruncationRetentionRatioTokenLimits(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    post_instructions: Annotated[
        int | None,
        Field(
            description="Maximum tokens allowed in the conversation after instructions (which including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size minus the maximum output tokens.",
            ge=0,
        ),
    ] = None


class RealtimeTruncationRealtimeTruncationRetentionRatio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['retention_ratio'], Field(description='Use retention ratio truncation.')]
    retention_ratio: Annotated[
        float,
        Field(
            description='Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates.\n',
            ge=0.0,
            le=1.0,
        ),
    ]
    token_limits: Annotated[
        RealtimeTruncationRealtimeTruncationRetentionRatioTokenLimits | None,
        Field(
            description="Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used."
        ),
    ] = None


class RealtimeTurnDetectionRealtimeTurnDetectionServerVadIdleTimeoutMs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description="Optional timeout after which a model response will be triggered automatically. This is\nuseful for situations in which a long pause from the user is unexpected, such as a phone\ncall. The model will effectively prompt the user to continue the conversation based\non the current context.\n\nThe timeout value will be applied after the last model response's audio has finished playing,\ni.e. it's set to the `response.done` time plus audio playback duration.\n\nAn `input_audio_buffer.timeout_triggered` event (plus events\nassociated with the Response) will be emitted when the timeout is reached.\nIdle timeout is currently only supported for `server_vad` mode.\n",
            ge=5000,
            le=30000,
        ),
    ]


class RealtimeTurnDetectionRealtimeTurnDetectionServerVad(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['server_vad'],
        Field(description='Type of turn detection, `server_vad` to turn on simple Server VAD.\n'),
    ]
    threshold: Annotated[
        float | None,
        Field(
            description='Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A\nhigher threshold will require louder audio to activate the model, and\nthus might perform better in noisy environments.\n'
        ),
    ] = None
    prefix_padding_ms: Annotated[
        int | None,
        Field(
            description='Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in\nmilliseconds). Defaults to 300ms.\n'
        ),
    ] = None
    silence_duration_ms: Annotated[
        int | None,
        Field(
            description='Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults\nto 500ms. With shorter values the model will respond more quickly,\nbut may jump in on short pauses from the user.\n'
        ),
    ] = None
    create_response: Annotated[
        bool | None,
        Field(
            description='Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already responding.\n\nIf both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.\n'
        ),
    ] = True
    interrupt_response: Annotated[
        bool | None,
        Field(
            description='Whether or not to automatically interrupt (cancel) any ongoing response with output to the default\nconversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be cancelled, otherwise it will continue until complete.\n\nIf both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.\n'
        ),
    ] = True
    idle_timeout_ms: RealtimeTurnDetectionRealtimeTurnDetectionServerVadIdleTimeoutMs | None = None


class RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['semantic_vad'],
        Field(description='Type of turn detection, `semantic_vad` to turn on Semantic VAD.\n'),
    ]
    eagerness: Annotated[
        Literal['low', 'medium', 'high', 'auto'] | None,
        Field(
            description='Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively.\n'
        ),
    ] = 'auto'
    create_response: Annotated[
        bool | None,
        Field(
            description='Whether or not to automatically generate a response when a VAD stop event occurs.\n'
        ),
    ] = True
    interrupt_response: Annotated[
        bool | None,
        Field(
            description='Whether or not to automatically interrupt any ongoing response with output to the default\nconversation (i.e. `conversation` of `auto`) when a VAD start event occurs.\n'
        ),
    ] = True


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


class SpendAlertNotificationChannel(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['email'],
        Field(description='The notification channel type. Currently only `email` is supported.'),
    ]
    recipients: Annotated[
        list[str], Field(description='Email addresses that receive the spend alert notification.')
    ]
    subject_prefix: Annotated[str | None, Field(description='Optional subject prefix for alert emails.')] = (
        None
    )


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


class StopConfigurationStopConfiguration(RootModel[list[str] | None]):
    root: Annotated[
        list[str] | None,
        Field(
            description='Not supported with latest reasoning models `o3` and `o4-mini`.\n\nUp to 4 sequences where the API will stop generating further tokens. The\nreturned text will not contain the stop sequence.\n',
            max_length=4,
            min_length=1,
        ),
    ] = None


class SubmitToolOutputsRunRequestToolOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    tool_call_id: Annotated[
        str | None,
        Field(
            description='The ID of the tool call in the `required_action` object within the run object the output is being submitted for.'
        ),
    ] = None
    output: Annotated[
        str | None, Field(description='The output of the tool call to be submitted to continue the run.')
    ] = None


class SubmitToolOutputsRunRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    tool_outputs: Annotated[
        list[SubmitToolOutputsRunRequestToolOutput],
        Field(description='A list of tools for which the outputs are being submitted.'),
    ]
    stream: bool | None = None


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


class ToggleCertificatesRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    certificate_ids: Annotated[list[str], Field(max_length=10, min_length=1)]


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


class TruncationObjectLastMessages(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='The number of most recent messages from the thread when constructing the context for the run.',
            ge=1,
        ),
    ]


class TruncationObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['auto', 'last_messages'],
        Field(
            description='The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.'
        ),
    ]
    last_messages: TruncationObjectLastMessages | None = None


class UpdateGroupBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='New display name for the group.', max_length=255, min_length=1)]


class UpdateOrganizationDataRetentionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    retention_type: Annotated[
        Literal['zero_data_retention', 'modified_abuse_monitoring', 'enhanced_zero_data_retention', 'enhanced_modified_abuse_monitoring'],
        Field(description='The desired organization data retention type.'),
    ]


class UpdateProjectDataRetentionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    retention_type: Annotated[
        Literal['organization_default', 'none', 'zero_data_retention', 'modified_abuse_monitoring', 'enhanced_zero_data_retention', 'enhanced_modified_abuse_monitoring'],
        Field(description='The desired project data retention type.'),
    ]


class UpdateProjectServiceAccountBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='The updated service account name.')] = None
    role: Annotated[
        Literal['member', 'owner'] | None, Field(description='The updated service account role.')
    ] = None


class UpdateVoiceConsentRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The updated label for this consent recording.')]


class UploadCertificateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='An optional name for the certificate')] = None
    certificate: Annotated[str, Field(description='The certificate content in PEM format')]


class UserRoleUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[str | None, Field(description='`owner` or `reader`')] = None
    role_id: Annotated[str | None, Field(description='Role ID to assign to the user.')] = None
    technical_level: Annotated[str | None, Field(description='Technical level metadata.')] = None
    developer_persona: Annotated[str | None, Field(description='Developer persona metadata.')] = None


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


class VoiceIdsOrCustomVoiceVoiceIdsOrCustomVoiceId(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The custom voice ID, e.g. `voice_1234`.', examples=['voice_1234'])]


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


class WebSearchLocation(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    country: Annotated[
        str | None,
        Field(
            description='The two-letter \n[ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,\ne.g. `US`.\n'
        ),
    ] = None
    region: Annotated[
        str | None, Field(description='Free text input for the region of the user, e.g. `California`.\n')
    ] = None
    city: Annotated[
        str | None, Field(description='Free text input for the city of the user, e.g. `San Francisco`.\n')
    ] = None
    timezone: Annotated[
        str | None,
        Field(
            description='The [IANA timezone](https://timeapi.io/documentation/iana-timezones) \nof the user, e.g. `America/Los_Angeles`.\n'
        ),
    ] = None


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


class UpdateConversationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: Annotated[
        dict[str, str] | None,
        Field(
            description='Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.\n        Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.'
        ),
    ]


class UpdateOrganizationSpendLimitBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    threshold_amount: Annotated[int, Field(description='The hard spend limit amount, in cents.', ge=1)]
    currency: Annotated[
        Literal['USD'],
        Field(description='The currency for the threshold amount. Currently, only `USD` is supported.'),
    ]
    interval: Annotated[
        Literal['month'],
        Field(
            description='The time interval for evaluating spend against the threshold. Currently, only `month` is supported.'
        ),
    ]


class UpdateProjectSpendLimitBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    threshold_amount: Annotated[int, Field(description='The hard spend limit amount, in cents.', ge=1)]
    currency: Annotated[
        Literal['USD'],
        Field(description='The currency for the threshold amount. Currently, only `USD` is supported.'),
    ]
    interval: Annotated[
        Literal['month'],
        Field(
            description='The time interval for evaluating spend against the threshold. Currently, only `month` is supported.'
        ),
    ]


class CreateProjectServiceAccountApiKeyBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='API key name.')] = None
    scopes: Annotated[list[str] | None, Field(description='API key scopes.')] = None


class ImageRefParam2(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    image_url: Annotated[
        AnyUrl | None, Field(description='A fully qualified URL or base64-encoded data URL.')
    ] = None
    file_id: Annotated[str | None, Field(examples=['file-123'])] = None


class CreateVideoJsonBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['sora-2', 'sora-2-pro', 'sora-2-2025-10-06', 'sora-2-pro-2025-10-06', 'sora-2-2025-12-08'] | None,
        Field(
            description='The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.'
        ),
    ] = None
    prompt: Annotated[
        str,
        Field(
            description='Text prompt that describes the video to generate.', max_length=32000, min_length=1
        ),
    ]
    input_reference: Annotated[
        ImageRefParam2 | None,
        Field(
            description='Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.'
        ),
    ] = None
    seconds: Annotated[
        Literal['4', '8', '12'] | None,
        Field(description='Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.'),
    ] = None
    size: Annotated[
        Literal['720x1280', '1280x720', '1024x1792', '1792x1024'] | None,
        Field(
            description='Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.'
        ),
    ] = None


class VideoReferenceInputParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The identifier of the completed video.', examples=['video_123'])]


class CreateVideoEditJsonBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    video: Annotated[VideoReferenceInputParam, Field(description='Reference to the completed video to edit.')]
    prompt: Annotated[
        str,
        Field(
            description='Text prompt that describes how to edit the source video.',
            max_length=32000,
            min_length=1,
        ),
    ]


class CreateVideoExtendJsonBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    video: Annotated[
        VideoReferenceInputParam, Field(description='Reference to the completed video to extend.')
    ]
    prompt: Annotated[
        str,
        Field(
            description='Updated text prompt that directs the extension generation.',
            max_length=32000,
            min_length=1,
        ),
    ]
    seconds: Annotated[
        Literal['4', '8', '12'],
        Field(
            description='Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).'
        ),
    ]


class CreateVideoRemixBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    prompt: Annotated[
        str,
        Field(
            description='Updated text prompt that directs the remix generation.',
            max_length=32000,
            min_length=1,
        ),
    ]


class TokenCountsBodyInput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='A text input to the model, equivalent to a text input with the `user` role.',
            max_length=10485760,
        ),
    ]


class CompactResponseMethodPublicBodyInput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='A text input to the model, equivalent to a text input with the `user` role.',
            max_length=10485760,
        ),
    ]


class CompactResponseMethodPublicBodyPromptCacheKey(RootModel[str]):
    root: Annotated[
        str,
        Field(description='A key to use when reading from or writing to the prompt cache.', max_length=64),
    ]


class CreateSkillBodyFiles(RootModel[list[bytes]]):
    root: Annotated[
        list[bytes],
        Field(description='Skill files to upload (directory upload) or a single zip file.', max_length=500),
    ]


class CreateSkillBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    files: CreateSkillBodyFiles | bytes


class SetDefaultSkillVersionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    default_version: Annotated[str, Field(description='The skill version number to set as default.')]


class CreateSkillVersionBodyFiles(RootModel[list[bytes]]):
    root: Annotated[
        list[bytes],
        Field(description='Skill files to upload (directory upload) or a single zip file.', max_length=500),
    ]


class CreateSkillVersionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    files: CreateSkillVersionBodyFiles | bytes
    default: Annotated[bool | None, Field(description='Whether to set this version as the default.')] = None


class WorkflowTracingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[
        bool | None, Field(description='Whether tracing is enabled during the session. Defaults to true.')
    ] = None


class WorkflowParamStateVariables(RootModel[str]):
    root: Annotated[str, Field(max_length=10485760)]


class WorkflowParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='Identifier for the workflow invoked by the session.')]
    version: Annotated[
        str | None,
        Field(description='Specific workflow version to run. Defaults to the latest deployed version.'),
    ] = None
    state_variables: Annotated[
        dict[str, WorkflowParamStateVariables | int | bool | float] | None,
        Field(
            description='State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object.',
            max_length=64,
        ),
    ] = None
    tracing: Annotated[
        WorkflowTracingParam | None,
        Field(
            description='Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default.'
        ),
    ] = None


class ExpiresAfterParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    anchor: Annotated[
        Literal['created_at'],
        Field(description='Base timestamp used to calculate expiration. Currently fixed to `created_at`.'),
    ]
    seconds: Annotated[
        int, Field(description='Number of seconds after the anchor when the session expires.', ge=1, le=600)
    ]


class RateLimitsParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    max_requests_per_1_minute: Annotated[
        int | None,
        Field(
            description='Maximum number of requests allowed per minute for the session. Defaults to 10.', ge=1
        ),
    ] = None


class AutomaticThreadTitlingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[
        bool | None, Field(description='Enable automatic thread title generation. Defaults to true.')
    ] = None


class FileUploadParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[
        bool | None, Field(description='Enable uploads for this session. Defaults to false.')
    ] = None
    max_file_size: Annotated[
        int | None,
        Field(
            description='Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size.',
            ge=1,
            le=512,
        ),
    ] = None
    max_files: Annotated[
        int | None,
        Field(
            description='Maximum number of files that can be uploaded to the session. Defaults to 10.', ge=1
        ),
    ] = None


class HistoryParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[
        bool | None,
        Field(description='Enables chat users to access previous ChatKit threads. Defaults to true.'),
    ] = None
    recent_threads: Annotated[
        int | None,
        Field(
            description='Number of recent ChatKit threads users have access to. Defaults to unlimited when unset.',
            ge=1,
        ),
    ] = None


class ChatkitConfigurationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    automatic_thread_titling: Annotated[
        AutomaticThreadTitlingParam | None,
        Field(
            description='Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default.'
        ),
    ] = None
    file_upload: Annotated[
        FileUploadParam | None,
        Field(
            description='Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB).'
        ),
    ] = None
    history: Annotated[
        HistoryParam | None,
        Field(
            description='Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null).'
        ),
    ] = None


class CreateChatSessionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    workflow: Annotated[WorkflowParam, Field(description='Workflow that powers the session.')]
    user: Annotated[
        str,
        Field(
            description='A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.',
            min_length=1,
        ),
    ]
    expires_after: Annotated[
        ExpiresAfterParam | None,
        Field(
            description='Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.'
        ),
    ] = None
    rate_limits: Annotated[
        RateLimitsParam | None,
        Field(description='Optional override for per-minute request limits. When omitted, defaults to 10.'),
    ] = None
    chatkit_configuration: Annotated[
        ChatkitConfigurationParam | None,
        Field(description='Optional overrides for ChatKit runtime configuration features'),
    ] = None


class BetaTokenCountsBodyInput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='A text input to the model, equivalent to a text input with the `user` role.',
            max_length=10485760,
        ),
    ]


class BetaSpecificFunctionShellParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['shell'], Field(description='The tool to call. Always `shell`.')]


class BetaSpecificApplyPatchParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['apply_patch'], Field(description='The tool to call. Always `apply_patch`.')]


class BetaSpecificProgrammaticToolCallingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['programmatic_tool_calling'],
        Field(description='The tool to call. Always `programmatic_tool_calling`.'),
    ]


class BetaToolChoiceCustom(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['custom'], Field(description='For custom tool calling, the type is always `custom`.')
    ]
    name: Annotated[str, Field(description='The name of the custom tool to call.')]


class BetaToolChoiceMCP(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['mcp'], Field(description='For MCP tools, the type is always `mcp`.')]
    server_label: Annotated[str, Field(description='The label of the MCP server to use.\n')]
    name: str | None = None


class BetaToolChoiceFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'], Field(description='For function calling, the type is always `function`.')
    ]
    name: Annotated[str, Field(description='The name of the function to call.')]


class BetaToolChoiceTypes(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_search', 'web_search_preview', 'computer', 'computer_use_preview', 'computer_use', 'web_search_preview_2025_03_11', 'image_generation', 'code_interpreter'],
        Field(
            description='The type of hosted tool the model should to use. Learn more about\n[built-in tools](/docs/guides/tools).\n\nAllowed values are:\n- `file_search`\n- `web_search_preview`\n- `computer`\n- `computer_use_preview`\n- `computer_use`\n- `code_interpreter`\n- `image_generation`\n'
        ),
    ]


class BetaToolChoiceAllowed(BaseModel):
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


class BetaConversationParam2(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique ID of the conversation.', examples=['conv_123'])]


class BetaResponseFormatJsonObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['json_object'],
        Field(description='The type of response format being defined. Always `json_object`.'),
    ]


class BetaResponseFormatJsonSchemaSchema(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class BetaResponseFormatText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['text'], Field(description='The type of response format being defined. Always `text`.')
    ]


class BetaApproximateLocation(BaseModel):
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


class BetaEmptyModelParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )


class BetaCustomToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaCustomTextFormatParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='Unconstrained text format. Always `text`.')]


class BetaFunctionToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaFunctionToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(max_length=128, min_length=1, pattern='^[a-zA-Z0-9_-]+$')]
    description: str | None = None
    parameters: BetaEmptyModelParam | None = None
    strict: bool | None = None
    type: Literal['function']
    output_schema: dict[str, Any] | None = None
    defer_loading: Annotated[
        bool | None,
        Field(description='Whether this function should be deferred and discovered via tool search.'),
    ] = None
    allowed_callers: BetaFunctionToolParamAllowedCallers | None = None


class BetaFunctionShellToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaContainerReferenceParam(BaseModel):
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


class BetaLocalSkillParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the skill.')]
    description: Annotated[str, Field(description='The description of the skill.')]
    path: Annotated[str, Field(description='The path to the directory containing the skill.')]


class BetaInlineSkillSourceParam(BaseModel):
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


class BetaSkillReferenceParam(BaseModel):
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


class BetaContainerNetworkPolicyDomainSecretParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    domain: Annotated[str, Field(description='The domain associated with the secret.', min_length=1)]
    name: Annotated[str, Field(description='The name of the secret to inject for the domain.', min_length=1)]
    value: Annotated[
        str,
        Field(description='The secret value to inject for the domain.', max_length=10485760, min_length=1),
    ]


class BetaContainerNetworkPolicyDisabledParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['disabled'], Field(description='Disable outbound network access. Always `disabled`.')
    ]


class BetaLocalShellToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['local_shell'], Field(description='The type of the local shell tool. Always `local_shell`.')
    ]


class BetaImageGenToolInputImageMask(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    image_url: Annotated[str | None, Field(description='Base64-encoded mask image.\n')] = None
    file_id: Annotated[str | None, Field(description='File ID for the mask image.\n')] = None


class BetaProgrammaticToolCallingParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['programmatic_tool_calling'],
        Field(description='The type of the tool. Always `programmatic_tool_calling`.'),
    ]


class BetaCodeInterpreterToolAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaMCPToolAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaMCPToolFilter(BaseModel):
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


class BetaWebSearchToolFilters(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    allowed_domains: list[str] | None = None


class BetaWebSearchApproximateLocationBetaWebSearchApproximateLocationApproximate(BaseModel):
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


class BetaComputerTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['computer'], Field(description='The type of the computer tool. Always `computer`.')
    ]


class BetaComparisonFilter(BaseModel):
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


class BetaHybridSearchOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    embedding_weight: Annotated[
        float, Field(description='The weight of the embedding in the reciprocal ranking fusion.')
    ]
    text_weight: Annotated[
        float, Field(description='The weight of the text in the reciprocal ranking fusion.')
    ]


class BetaFunctionTool(BaseModel):
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


class BetaAgentTagParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent_name: Annotated[str, Field(description='The canonical name of the agent that produced this item.')]


class BetaProgramItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
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


class BetaItemReferenceParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    type: Literal['item_reference'] | None = None
    id: Annotated[str, Field(description='The ID of the item to reference.')]


class BetaCompactionTriggerItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    type: Annotated[
        Literal['compaction_trigger'], Field(description='The type of the item. Always `compaction_trigger`.')
    ]


class BetaProgramToolCallCaller(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['program']
    caller_id: Annotated[
        str, Field(description='The call ID of the program item that produced this tool call.')
    ]


class BetaDirectToolCallCaller(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['direct']


class BetaAgentTag(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent_name: Annotated[str, Field(description='The canonical name of the agent that produced this item.')]


class BetaPromptCacheBreakpointConfig(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[Literal['explicit'], Field(description='The breakpoint mode. Always `explicit`.')]


class BetaInputTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_text'], Field(description='The type of the input item. Always `input_text`.')
    ]
    text: Annotated[str, Field(description='The text input to the model.')]
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None


class BetaProgramToolCallCallerParam(BaseModel):
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


class BetaDirectToolCallCallerParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['direct'], Field(description='The caller type. Always `direct`.')]


class BetaHTTPError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['http_error']
    code: int
    message: str


class BetaMCPToolExecutionError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['mcp_tool_execution_error']
    content: Any


class BetaMCPProtocolError(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Literal['mcp_protocol_error']
    code: int
    message: str


class BetaMCPApprovalResponse(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[
        Literal['mcp_approval_response'],
        Field(description='The type of the item. Always `mcp_approval_response`.\n'),
    ]
    id: str | None = None
    approval_request_id: Annotated[str, Field(description='The ID of the approval request being answered.\n')]
    approve: Annotated[bool, Field(description='Whether the request was approved.\n')]
    reason: str | None = None


class BetaMCPApprovalRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[
        Literal['mcp_approval_request'],
        Field(description='The type of the item. Always `mcp_approval_request`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the approval request.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server making the request.\n')]
    name: Annotated[str, Field(description='The name of the tool to run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of arguments for the tool.\n')]


class BetaMCPListToolsTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The name of the tool.\n')]
    description: str | None = None
    input_schema: Annotated[
        dict[str, Any], Field(description="The JSON schema describing the tool's input.\n")
    ]
    annotations: dict[str, Any] | None = None


class BetaApplyPatchToolCallOutputItemParamOutput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='Optional human-readable log text from the apply patch tool (e.g., patch results or errors).',
            max_length=10485760,
        ),
    ]


class BetaApplyPatchUpdateFileOperationParam(BaseModel):
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


class BetaApplyPatchDeleteFileOperationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['delete_file'], Field(description='The operation type. Always `delete_file`.')]
    path: Annotated[
        str, Field(description='Path of the file to delete relative to the workspace root.', min_length=1)
    ]


class BetaApplyPatchCreateFileOperationParam(BaseModel):
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


class BetaFunctionShellCallOutputExitOutcomeParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['exit'], Field(description='The outcome type. Always `exit`.')]
    exit_code: Annotated[int, Field(description='The exit code returned by the shell process.')]


class BetaFunctionShellCallOutputTimeoutOutcomeParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['timeout'], Field(description='The outcome type. Always `timeout`.')]


class BetaFunctionShellActionParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    commands: Annotated[
        list[str], Field(description='Ordered shell commands for the execution environment to run.')
    ]
    timeout_ms: int | None = None
    max_output_length: int | None = None


class BetaLocalShellToolCallOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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


class BetaLocalShellExecAction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['exec'], Field(description='The type of the local shell action. Always `exec`.')]
    command: Annotated[list[str], Field(description='The command to run.')]
    timeout_ms: int | None = None
    working_directory: str | None = None
    env: Annotated[dict[str, str], Field(description='Environment variables to set for the command.')]
    user: str | None = None


class BetaCodeInterpreterOutputImage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image'], Field(description='The type of the output. Always `image`.')]
    url: Annotated[AnyUrl, Field(description='The URL of the image output from the code interpreter.')]


class BetaCodeInterpreterOutputLogs(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['logs'], Field(description='The type of the output. Always `logs`.')]
    logs: Annotated[str, Field(description='The logs output from the code interpreter.')]


class BetaImageGenToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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


class BetaCompactionSummaryItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    type: Annotated[Literal['compaction'], Field(description='The type of the item. Always `compaction`.')]
    encrypted_content: Annotated[
        str, Field(description='The encrypted content of the compaction summary.', max_length=20971520)
    ]


class BetaReasoningTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['reasoning_text'],
        Field(description='The type of the reasoning text. Always `reasoning_text`.'),
    ]
    text: Annotated[str, Field(description='The reasoning text from the model.')]


class BetaSummaryTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['summary_text'], Field(description='The type of the object. Always `summary_text`.')
    ]
    text: Annotated[str, Field(description='A summary of the reasoning output from the model so far.')]


class BetaToolSearchOutputItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the tool search call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class BetaToolSearchCallItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the tool search call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class BetaToolSearchCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: BetaToolSearchCallItemParamCallId | None = None
    type: Annotated[
        Literal['tool_search_call'], Field(description='The item type. Always `tool_search_call`.')
    ]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search was executed by the server or by the client.'),
    ] = None
    arguments: Annotated[
        BetaEmptyModelParam, Field(description='The arguments supplied to the tool search call.')
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class BetaContainerFileCitationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['container_file_citation'],
        Field(description='The citation type. Always `container_file_citation`.'),
    ]
    start_index: Annotated[
        int, Field(description='The index of the first character of the citation in the message.', ge=0)
    ]
    end_index: Annotated[
        int, Field(description='The index of the last character of the citation in the message.', ge=0)
    ]
    container_id: Annotated[str, Field(description='The ID of the container.', examples=['cntr_123'])]
    file_id: Annotated[str, Field(description='The ID of the container file.', examples=['cfile_123'])]
    filename: Annotated[str, Field(description='The filename of the container file cited.')]


class BetaUrlCitationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['url_citation'], Field(description='The citation type. Always `url_citation`.')]
    start_index: Annotated[
        int, Field(description='The index of the first character of the citation in the message.', ge=0)
    ]
    end_index: Annotated[
        int, Field(description='The index of the last character of the citation in the message.', ge=0)
    ]
    url: Annotated[AnyUrl, Field(description='The URL of the cited resource.')]
    title: Annotated[str, Field(description='The title of the cited resource.')]


class BetaFileCitationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['file_citation'], Field(description='The citation type. Always `file_citation`.')]
    index: Annotated[int, Field(description='The index of the file in the list of files.', ge=0)]
    file_id: Annotated[str, Field(description='The ID of the file.', examples=['file-123'])]
    filename: Annotated[str, Field(description='The filename of the file cited.')]


class BetaMultiAgentCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: Annotated[
        str, Field(description='The unique ID linking this call to its output.', max_length=64, min_length=1)
    ]
    type: Annotated[
        Literal['multi_agent_call'], Field(description='The item type. Always `multi_agent_call`.')
    ]
    action: Annotated[
        Literal['spawn_agent', 'interrupt_agent', 'list_agents', 'send_message', 'followup_task', 'wait_agent'],
        Field(description='The multi-agent action that was executed.'),
    ]
    arguments: Annotated[str, Field(description='The action arguments as a JSON string.')]


class BetaEncryptedContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['encrypted_content'],
        Field(description='The type of the input item. Always `encrypted_content`.'),
    ]
    encrypted_content: Annotated[str, Field(description='Opaque encrypted content.', max_length=10485760)]


class BetaInputImageContentParamAutoParamImageUrl(RootModel[AnyUrl]):
    root: Annotated[
        AnyUrl,
        Field(
            description='The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL.'
        ),
    ]


class BetaPromptCacheBreakpointParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Annotated[Literal['explicit'], Field(description='The breakpoint mode. Always `explicit`.')]


class BetaInputTextContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_text'], Field(description='The type of the input item. Always `input_text`.')
    ]
    text: Annotated[str, Field(description='The text input to the model.', max_length=10485760)]
    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None


class BetaFunctionCallOutputItemParamCallId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The unique ID of the function tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]


class BetaFunctionCallOutputItemParamOutput(RootModel[str]):
    root: Annotated[
        str, Field(description='A JSON string of the output of the function tool call.', max_length=10485760)
    ]


class BetaFunctionCallOutputItemParamName(RootModel[str]):
    root: Annotated[
        str, Field(description='The name of the tool that produced the output.', max_length=128, min_length=1)
    ]


class BetaFunctionCallOutputItemParamNamespace(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The namespace of the tool that produced the output.',
            max_length=64,
            min_length=1,
            pattern='^[a-zA-Z0-9_-]+$',
        ),
    ]


class BetaInputFileContentParamFileData(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='The base64-encoded data of the file to be sent to the model.', max_length=73400320
        ),
    ]


class BetaWebSearchActionFind(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['find_in_page'], Field(description='The action type.\n')]
    url: Annotated[AnyUrl, Field(description='The URL of the page searched for the pattern.\n')]
    pattern: Annotated[str, Field(description='The pattern or text to search for within the page.\n')]


class BetaWebSearchActionOpenPage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['open_page'], Field(description='The action type.\n')]
    url: Annotated[AnyUrl | None, Field(description='The URL opened by the model.\n')] = None


class BetaWebSearchActionSearchSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['url'], Field(description='The type of source. Always `url`.\n')]
    url: Annotated[AnyUrl, Field(description='The URL of the source.\n')]


class BetaWebSearchActionSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['search'], Field(description='The action type.\n')]
    query: Annotated[str | None, Field(deprecated=True, description='The search query.\n')] = None
    queries: Annotated[
        list[str] | None, Field(description='The search queries.\n', title='Search queries')
    ] = None
    sources: Annotated[
        list[BetaWebSearchActionSearchSource] | None,
        Field(description='The sources used in the search.\n', title='Web search sources'),
    ] = None


class BetaComputerCallSafetyCheckParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The ID of the pending safety check.')]
    code: str | None = None
    message: str | None = None


class BetaComputerScreenshotImage(BaseModel):
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


class BetaWaitParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['wait'],
        Field(
            description='Specifies the event type. For a wait action, this property is always set to `wait`.'
        ),
    ]


class BetaTypeParam(BaseModel):
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


class BetaScrollParam(BaseModel):
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


class BetaScreenshotParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['screenshot'],
        Field(
            description='Specifies the event type. For a screenshot action, this property is always set to `screenshot`.'
        ),
    ]


class BetaMoveParam(BaseModel):
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


class BetaKeyPressAction(BaseModel):
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


class BetaCoordParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    x: Annotated[int, Field(description='The x-coordinate.')]
    y: Annotated[int, Field(description='The y-coordinate.')]


class BetaDoubleClickAction(BaseModel):
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


class BetaVectorStoreFileAttributesBetaVectorStoreFileAttributes(RootModel[str]):
    root: Annotated[str, Field(max_length=512)]


class BetaRefusalContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['refusal'], Field(description='The type of the refusal. Always `refusal`.')]
    refusal: Annotated[str, Field(description='The refusal explanation from the model.')]


class BetaTopLogProb(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    token: str
    logprob: float
    bytes: list[int]


class BetaFilePath(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_path'], Field(description='The type of the file path. Always `file_path`.\n')
    ]
    file_id: Annotated[str, Field(description='The ID of the file.\n')]
    index: Annotated[int, Field(description='The index of the file in the list of files.\n')]


class BetaContainerFileCitationBody(BaseModel):
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


class BetaUrlCitationBody(BaseModel):
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


class BetaFileCitationBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_citation'], Field(description='The type of the file citation. Always `file_citation`.')
    ]
    file_id: Annotated[str, Field(description='The ID of the file.')]
    index: Annotated[int, Field(description='The index of the file in the list of files.')]
    filename: Annotated[str, Field(description='The filename of the file cited.')]


class BetaCompactResponseMethodPublicBodyInput(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='A text input to the model, equivalent to a text input with the `user` role.',
            max_length=10485760,
        ),
    ]


class BetaCompactResponseMethodPublicBodyPromptCacheKey(RootModel[str]):
    root: Annotated[
        str,
        Field(description='A key to use when reading from or writing to the prompt cache.', max_length=64),
    ]


class BetaModelResponsePropertiesTopLogprobs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n',
            ge=0,
            le=20,
        ),
    ]


class BetaModelResponsePropertiesTemperature(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\nWe generally recommend altering this or `top_p` but not both.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1


class BetaModelResponsePropertiesTopP(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling,\nwhere the model considers the results of the tokens with top_p probability\nmass. So 0.1 means only the tokens comprising the top 10% probability mass\nare considered.\n\nWe generally recommend altering this or `temperature` but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1


class BetaModelResponsePropertiesSafetyIdentifier(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.\nThe IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).\n",
            examples=['safety-identifier-1234'],
            max_length=64,
        ),
    ]


class BetaMultiAgentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    enabled: Annotated[
        bool, Field(description='Whether to enable server-hosted multi-agent execution for this response.')
    ]
    max_concurrent_subagents: Annotated[
        int | None,
        Field(
            description='`max_concurrent_subagents` sets the maximum number of subagents that can be active simultaneously across the entire agent tree. It includes all descendants—children, grandchildren, and deeper subagents—but excludes the root agent.\nThe API does not impose a fixed upper bound on this setting. The default is `3`, which is recommended for most workloads. Multi-agent runs also have no fixed limit on tree depth or the total number of subagents created during a run.',
            ge=1,
        ),
    ] = None


class BetaContextManagementParamCompactThreshold(RootModel[int]):
    root: Annotated[
        int,
        Field(description='Token threshold at which compaction should be triggered for this entry.', ge=1000),
    ]


class BetaContextManagementParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        str, Field(description="The context management entry type. Currently only 'compaction' is supported.")
    ]
    compact_threshold: BetaContextManagementParamCompactThreshold | None = None


class BetaResponseStreamOptionsBetaResponseStreamOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    include_obfuscation: Annotated[
        bool | None,
        Field(
            description='When true, stream obfuscation will be enabled. Stream obfuscation adds\nrandom characters to an `obfuscation` field on streaming delta events to\nnormalize payload sizes as a mitigation to certain side-channel attacks.\nThese obfuscation fields are included by default, but add a small amount\nof overhead to the data stream. You can set `include_obfuscation` to\nfalse to optimize for bandwidth if you trust the network links between\nyour application and the OpenAI API.\n'
        ),
    ] = None


class BetaCreateModelResponsePropertiesTopLogprobs(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n',
            ge=0,
            le=20,
        ),
    ]


class UpdateChatCompletionBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None


class UpdateEvalBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='Rename the evaluation.')] = None
    metadata: dict[str, str] | None = None


class AdminApiKeysCreateBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(examples=['New Admin Key'])]
    expires_in_seconds: Annotated[
        int | None,
        Field(
            description='The number of seconds until the API key expires. Omit this field for a key that does not expire.',
            examples=[2592000],
            ge=1,
            le=31536000,
        ),
    ] = None


class AssistantToolsFileSearchFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    max_num_results: Annotated[
        int | None,
        Field(
            description='The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.\n\nNote that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.\n',
            ge=1,
            le=50,
        ),
    ] = None
    ranking_options: FileSearchRankingOptions | None = None


class AssistantToolsFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['file_search'], Field(description='The type of tool being defined: `file_search`')
    ]
    file_search: Annotated[
        AssistantToolsFileSearchFileSearch | None, Field(description='Overrides for the file search tool.')
    ] = None


class AssistantsApiToolChoiceOption(
    RootModel[Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice]
):
    root: Annotated[
        Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice,
        Field(
            description='Controls which (if any) tool is called by the model.\n`none` means the model will not call any tools and instead generates a message.\n`auto` is the default value and means the model can pick between generating a message or calling one or more tools.\n`required` means the model must call one or more tools before responding to the user.\nSpecifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.\n'
        ),
    ]


class ChatCompletionFunctions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    description: Annotated[
        str | None,
        Field(
            description='A description of what the function does, used by the model to choose when and how to call the function.'
        ),
    ] = None
    name: Annotated[
        str,
        Field(
            description='The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.'
        ),
    ]
    parameters: FunctionParameters | None = None


class ChatCompletionRequestMessageContentPartAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_audio'], Field(description='The type of the content part. Always `input_audio`.')
    ]
    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['file'], Field(description='The type of the content part. Always `file`.')]
    file: ChatCompletionRequestMessageContentPartFileFile
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['image_url'], Field(description='The type of the content part.')]
    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['text'], Field(description='The type of the content part.')]
    text: Annotated[str, Field(description='The text content.')]
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestSystemMessageContentPart(RootModel[ChatCompletionRequestMessageContentPartText]):
    root: ChatCompletionRequestMessageContentPartText


class ChatCompletionRequestToolMessageContentPart(RootModel[ChatCompletionRequestMessageContentPartText]):
    root: ChatCompletionRequestMessageContentPartText


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


class CreateAssistantRequestToolResourcesFileSearchVectorStore(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.\n',
            max_length=100000000,
        ),
    ] = None
    chunking_strategy: Annotated[
        CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyAuto | CreateAssistantRequestToolResourcesFileSearchVectorStoreChunkingStrategyStatic | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.'
        ),
    ] = None
    metadata: dict[str, str] | None = None


class CreateAssistantRequestToolResourcesFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str],
        Field(
            description='The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ]
    vector_stores: Annotated[
        list[CreateAssistantRequestToolResourcesFileSearchVectorStore] | None,
        Field(
            description='A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ] = None


class CreateAssistantRequestToolResourcesFileSearch1VectorStore(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.\n',
            max_length=100000000,
        ),
    ] = None
    chunking_strategy: Annotated[
        CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyAuto | CreateAssistantRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStatic | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.'
        ),
    ] = None
    metadata: dict[str, str] | None = None


class CreateAssistantRequestToolResourcesFileSearch1(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str] | None,
        Field(
            description='The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ] = None
    vector_stores: Annotated[
        list[CreateAssistantRequestToolResourcesFileSearch1VectorStore],
        Field(
            description='A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant.\n',
            max_length=1,
        ),
    ]


class CreateAssistantRequestToolResources(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: (
        CreateAssistantRequestToolResourcesFileSearch | CreateAssistantRequestToolResourcesFileSearch1 | None
    ) = None


class CreateBatchRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input_file_id: Annotated[
        str,
        Field(
            description='The ID of an uploaded file that contains requests for the new batch.\n\nSee [upload file](/docs/api-reference/files/create) for how to upload a file.\n\nYour input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.\n'
        ),
    ]
    endpoint: Annotated[
        Literal['/v1/responses', '/v1/chat/completions', '/v1/embeddings', '/v1/completions', '/v1/moderations', '/v1/images/generations', '/v1/images/edits', '/v1/videos'],
        Field(
            description='The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.'
        ),
    ]
    completion_window: Annotated[
        Literal['24h'],
        Field(
            description='The time frame within which the batch should be processed. Currently only `24h` is supported.'
        ),
    ]
    metadata: dict[str, str] | None = None
    output_expires_after: BatchFileExpirationAfter | None = None


class WebSearchOptionsUserLocation(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['approximate'],
        Field(description='The type of location approximation. Always `approximate`.\n'),
    ]
    approximate: WebSearchLocation


class WebSearchOptions(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    user_location: Annotated[
        WebSearchOptionsUserLocation | None,
        Field(description='Approximate location parameters for the search.\n'),
    ] = None
    search_context_size: Annotated[
        Literal['low', 'medium', 'high'] | None,
        Field(
            description='High level guidance for the amount of context window space to use for the \nsearch. One of `low`, `medium`, or `high`. `medium` is the default.\n'
        ),
    ] = 'medium'


class CreateCompletionRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002'],
        Field(
            description='ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.\n'
        ),
    ]
    prompt: Annotated[
        str | list[str] | CreateCompletionRequestPrompt | CreateCompletionRequestPrompt1,
        Field(
            description='The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.\n\nNote that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.\n'
        ),
    ]
    best_of: Annotated[
        int | None,
        Field(
            description='Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed.\n\nWhen used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`.\n\n**Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.\n',
            ge=0,
            le=20,
        ),
    ] = 1
    echo: Annotated[
        bool | None, Field(description='Echo back the prompt in addition to the completion\n')
    ] = False
    frequency_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.\n\n[See more information about frequency and presence penalties.](/docs/guides/text-generation)\n",
            ge=-2.0,
            le=2.0,
        ),
    ] = 0
    logit_bias: Annotated[
        dict[str, int] | None,
        Field(
            description='Modify the likelihood of specified tokens appearing in the completion.\n\nAccepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.\n\nAs an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.\n'
        ),
    ] = None
    logprobs: Annotated[
        int | None,
        Field(
            description='Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response.\n\nThe maximum value for `logprobs` is 5.\n',
            ge=0,
            le=5,
        ),
    ] = None
    max_tokens: Annotated[
        int | None,
        Field(
            description="The maximum number of [tokens](/tokenizer) that can be generated in the completion.\n\nThe token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.\n",
            examples=[16],
            ge=0,
        ),
    ] = 16
    n: Annotated[
        int | None,
        Field(
            description='How many completions to generate for each prompt.\n\n**Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.\n',
            examples=[1],
            ge=1,
            le=128,
        ),
    ] = 1
    presence_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.\n\n[See more information about frequency and presence penalties.](/docs/guides/text-generation)\n",
            ge=-2.0,
            le=2.0,
        ),
    ] = 0
    seed: Annotated[
        int | None,
        Field(
            description='If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.\n\nDeterminism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.\n'
        ),
    ] = None
    stop: Annotated[
        str | StopConfigurationStopConfiguration | None,
        Field(
            description='Not supported with latest reasoning models `o3` and `o4-mini`.\n\nUp to 4 sequences where the API will stop generating further tokens. The\nreturned text will not contain the stop sequence.\n'
        ),
    ] = None
    stream: Annotated[
        bool | None,
        Field(
            description='Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).\n'
        ),
    ] = False
    stream_options: ChatCompletionStreamOptionsChatCompletionStreamOptions | None = None
    suffix: Annotated[
        str | None,
        Field(
            description='The suffix that comes after a completion of inserted text.\n\nThis parameter is only supported for `gpt-3.5-turbo-instruct`.\n',
            examples=['test.'],
        ),
    ] = None
    temperature: Annotated[
        float | None,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\n\nWe generally recommend altering this or `top_p` but not both.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    top_p: Annotated[
        float | None,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.\n\nWe generally recommend altering this or `temperature` but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    user: Annotated[
        str | None,
        Field(
            description='A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).\n',
            examples=['user-1234'],
        ),
    ] = None


class CreateContainerBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='Name of the container to create.')]
    file_ids: Annotated[list[str] | None, Field(description='IDs of files to copy to the container.')] = None
    expires_after: Annotated[
        CreateContainerBodyExpiresAfter | None,
        Field(description="Container expiration time in seconds relative to the 'anchor' time."),
    ] = None
    skills: Annotated[
        list[Annotated[SkillReferenceParam | InlineSkillParam, Field(discriminator='type')]] | None,
        Field(description='An optional list of skills referenced by id or inline data.'),
    ] = None
    memory_limit: Annotated[
        Literal['1g', '4g', '16g', '64g'] | None,
        Field(description='Optional memory limit for the container. Defaults to "1g".'),
    ] = None
    network_policy: Annotated[
        ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | None,
        Field(description='Network access policy for the container.', discriminator='type'),
    ] = None


class CreateEvalJsonlRunDataSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['jsonl'], Field(description='The type of data source. Always `jsonl`.')]
    source: Annotated[
        EvalJsonlFileContentSource | EvalJsonlFileIdSource,
        Field(description='Determines what populates the `item` namespace in the data source.'),
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


class CreateMessageRequestContent(
    RootModel[list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject]]
):
    root: Annotated[
        list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject],
        Field(
            description='An array of content parts with a defined type, each can be of type `text` or images can be passed with `image_url` or `image_file`. Image types are only supported on [Vision-compatible models](/docs/models).',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class CreateMessageRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[
        Literal['user', 'assistant'],
        Field(
            description='The role of the entity that is creating the message. Allowed values include:\n- `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.\n- `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.\n'
        ),
    ]
    content: str | CreateMessageRequestContent
    attachments: list[CreateMessageRequestAttachment] | None = None
    metadata: dict[str, str] | None = None


class CreateModelResponseProperties(ModelResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    prompt_cache_options: PromptCacheOptionsParam | None = None
    top_logprobs: Annotated[
        CreateModelResponsePropertiesTopLogprobs | None,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n'
        ),
    ] = None


class ContextManagement(RootModel[list[ContextManagementParam]]):
    root: Annotated[
        list[ContextManagementParam],
        Field(description='Context management configuration for this request.\n', min_length=1),
    ]


class CreateSpendAlertBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    threshold_amount: Annotated[int, Field(description='The alert threshold amount, in cents.', ge=0)]
    currency: Annotated[Literal['USD'], Field(description='The currency for the threshold amount.')]
    interval: Annotated[
        Literal['month'], Field(description='The time interval for evaluating spend against the threshold.')
    ]
    notification_channel: SpendAlertNotificationChannel


class CreateThreadRequestToolResourcesFileSearchVectorStore(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.\n',
            max_length=100000000,
        ),
    ] = None
    chunking_strategy: Annotated[
        CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyAuto | CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategyStatic | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.'
        ),
    ] = None
    metadata: dict[str, str] | None = None


class CreateThreadRequestToolResourcesFileSearch(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str],
        Field(
            description='The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.\n',
            max_length=1,
        ),
    ]
    vector_stores: Annotated[
        list[CreateThreadRequestToolResourcesFileSearchVectorStore] | None,
        Field(
            description='A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread.\n',
            max_length=1,
        ),
    ] = None


class CreateThreadRequestToolResourcesFileSearch1VectorStore(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.\n',
            max_length=100000000,
        ),
    ] = None
    chunking_strategy: Annotated[
        CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyAuto | CreateThreadRequestToolResourcesFileSearch1VectorStoreChunkingStrategyStatic | None,
        Field(
            description='The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.'
        ),
    ] = None
    metadata: dict[str, str] | None = None


class CreateThreadRequestToolResourcesFileSearch1(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    vector_store_ids: Annotated[
        list[str] | None,
        Field(
            description='The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.\n',
            max_length=1,
        ),
    ] = None
    vector_stores: Annotated[
        list[CreateThreadRequestToolResourcesFileSearch1VectorStore],
        Field(
            description='A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread.\n',
            max_length=1,
        ),
    ]


class CreateThreadRequestToolResources(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: (
        CreateThreadRequestToolResourcesFileSearch | CreateThreadRequestToolResourcesFileSearch1 | None
    ) = None


class CreateThreadRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    messages: Annotated[
        list[CreateMessageRequest] | None,
        Field(description='A list of [messages](/docs/api-reference/messages) to start the thread with.'),
    ] = None
    tool_resources: CreateThreadRequestToolResources | None = None
    metadata: dict[str, str] | None = None


class CreateUploadRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    filename: Annotated[str, Field(description='The name of the file to upload.\n')]
    purpose: Annotated[
        Literal['assistants', 'batch', 'fine-tune', 'vision'],
        Field(
            description='The intended purpose of the uploaded file.\n\nSee the [documentation on File\npurposes](/docs/api-reference/files/create#files-create-purpose).\n'
        ),
    ]
    bytes: Annotated[int, Field(description='The number of bytes in the file you are uploading.\n')]
    mime_type: Annotated[
        str,
        Field(
            description='The MIME type of the file.\n\n\nThis must fall within the supported MIME types for your file purpose. See\nthe supported MIME types for assistants and vision.\n'
        ),
    ]
    expires_after: FileExpirationAfter | None = None


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


class EditImageBodyJsonParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21', 'gpt-image-1', 'gpt-image-1-mini', 'chatgpt-image-latest'] | None,
        Field(
            description='The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.',
            examples=['gpt-image-1.5'],
        ),
    ] = 'gpt-image-1.5'
    images: Annotated[
        list[ImageRefParamImageRefParam | ImageRefParamImageRefParam1],
        Field(
            description='Input image references to edit.\nFor GPT image models, you can provide up to 16 images.\n',
            max_length=16,
            min_length=1,
        ),
    ]
    mask: Annotated[
        ImageRefParamImageRefParam | ImageRefParamImageRefParam1 | None,
        Field(
            description='Reference an input image by either URL or uploaded file ID.\nProvide exactly one of `image_url` or `file_id`.\n'
        ),
    ] = None
    prompt: Annotated[
        str,
        Field(
            description='A text description of the desired image edit.',
            examples=['Add a watercolor effect and keep the subject centered'],
            max_length=32000,
            min_length=1,
        ),
    ]
    n: Annotated[
        EditImageBodyJsonParamN | None,
        Field(description='The number of edited images to generate.', examples=[1], validate_default=True),
    ] = 1
    quality: Annotated[
        Literal['low', 'medium', 'high', 'auto'] | None,
        Field(description='Output quality for GPT image models.\n', examples=['high']),
    ] = 'auto'
    input_fidelity: Annotated[
        Literal['high', 'low'] | None, Field(description='Controls fidelity to the original input image(s).')
    ] = None
    size: Annotated[
        Literal['auto', '1024x1024', '1536x1024', '1024x1536'] | None,
        Field(description='Requested output image size.', examples=['1024x1024']),
    ] = 'auto'
    user: Annotated[
        str | None,
        Field(
            description='A unique identifier representing your end-user, which can help OpenAI\nmonitor and detect abuse.\n',
            examples=['user-1234'],
        ),
    ] = None
    output_format: Annotated[
        Literal['png', 'jpeg', 'webp'] | None,
        Field(description='Output image format. Supported for GPT image models.', examples=['png']),
    ] = 'png'
    output_compression: Annotated[
        EditImageBodyJsonParamOutputCompression | None,
        Field(description='Compression level for `jpeg` or `webp` output.', examples=[100]),
    ] = None
    moderation: Annotated[
        Literal['low', 'auto'] | None,
        Field(description='Moderation level for GPT image models.', examples=['auto']),
    ] = 'auto'
    background: Annotated[
        Literal['transparent', 'opaque', 'auto'] | None,
        Field(
            description='Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.',
            examples=['transparent'],
        ),
    ] = 'auto'
    stream: Annotated[
        bool | None, Field(description='Stream partial image results as events.', examples=[False])
    ] = False
    partial_images: PartialImagesPartialImages | None = None


class EvalGraderPython(GraderPython):
    model_config = ConfigDict(
        extra='ignore',
    )
    pass_threshold: Annotated[float | None, Field(description='The threshold for the score.')] = None


class EvalGraderStringCheck(GraderStringCheck):
    model_config = ConfigDict(
        extra='ignore',
    )


class EvalGraderTextSimilarity(GraderTextSimilarity):
    model_config = ConfigDict(
        extra='ignore',
    )
    pass_threshold: Annotated[float, Field(description='The threshold for the score.')]


class EvalResponsesSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['responses'], Field(description='The type of run data source. Always `responses`.')
    ]
    metadata: dict[str, Any] | None = None
    model: str | None = None
    instructions_search: str | None = None
    created_after: EvalResponsesSourceCreatedAfter | None = None
    created_before: EvalResponsesSourceCreatedBefore | None = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    temperature: float | None = None
    top_p: float | None = None
    users: list[str] | None = None
    tools: list[str] | None = None


class EvalStoredCompletionsSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['stored_completions'], Field(description='The type of source. Always `stored_completions`.')
    ]
    metadata: dict[str, str] | None = None
    model: str | None = None
    created_after: int | None = None
    created_before: int | None = None
    limit: int | None = None


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


class FunctionObject(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    description: Annotated[
        str | None,
        Field(
            description='A description of what the function does, used by the model to choose when and how to call the function.'
        ),
    ] = None
    name: Annotated[
        str,
        Field(
            description='The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.'
        ),
    ]
    parameters: FunctionParameters | None = None
    strict: bool | None = None


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


class GraderScoreModelSamplingParams(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    seed: int | None = None
    top_p: float | None = None
    temperature: float | None = None
    max_completions_tokens: GraderScoreModelSamplingParamsMaxCompletionsTokens | None = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None


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


class PredictionContentContent(RootModel[list[ChatCompletionRequestMessageContentPartText]]):
    root: Annotated[
        list[ChatCompletionRequestMessageContentPartText],
        Field(
            description='An array of content parts with a defined type. Supported options differ based on the [model](/docs/models) being used to generate the response. Can contain text inputs.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class PredictionContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['content'],
        Field(
            description='The type of the predicted content you want to provide. This type is\ncurrently always `content`.\n'
        ),
    ]
    content: Annotated[
        str | PredictionContentContent,
        Field(
            description='The content that should be matched when generating a model response.\nIf generated tokens would match this content, the entire model response\ncan be returned much more quickly.\n'
        ),
    ]


class ProjectCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str, Field(description='The friendly name of the project, this name appears in reports.')]
    residency: Annotated[
        Literal['GLOBAL', 'US_STORAGE_PROCESSING', 'EU_STORAGE_PROCESSING', 'JP_STORAGE', 'KR_STORAGE', 'CA_STORAGE', 'SG_STORAGE', 'IN_STORAGE', 'AU_STORAGE', 'GB_STORAGE', 'AE_STORAGE', 'AE_STORAGE_PROCESSING'] | None,
        Field(
            description='Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.'
        ),
    ] = None
    external_key_id: Annotated[
        str | None, Field(description='External key ID to associate with the project.')
    ] = None


class RealtimeReasoning(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    effort: Annotated[
        Literal['minimal', 'low', 'medium', 'high', 'xhigh'] | None,
        Field(
            description='Constrains effort on reasoning for reasoning-capable Realtime models such as\n`gpt-realtime-2`.\n'
        ),
    ] = 'low'


class RealtimeSessionCreateRequestGAAudioInput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: Annotated[
        RealtimeAudioFormatsRealtimeAudioFormatsAudioPcm | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcmu | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcma | None,
        Field(description='The format of the input audio.'),
    ] = None
    transcription: Annotated[
        AudioTranscription | None,
        Field(
            description='Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.\n'
        ),
    ] = None
    noise_reduction: Annotated[
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction | None,
        Field(
            description='Configuration for input audio noise reduction. This can be set to `null` to turn off.\nNoise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.\nFiltering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.\n'
        ),
    ] = None
    turn_detection: (
        RealtimeTurnDetectionRealtimeTurnDetectionServerVad
        | RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad
        | None
    ) = None


class RealtimeTranscriptionSessionCreateRequestGAAudioInput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: (
        RealtimeAudioFormatsRealtimeAudioFormatsAudioPcm
        | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcmu
        | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcma
        | None
    ) = None
    transcription: Annotated[
        AudioTranscription | None,
        Field(
            description='Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.\n'
        ),
    ] = None
    noise_reduction: Annotated[
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction | None,
        Field(
            description='Configuration for input audio noise reduction. This can be set to `null` to turn off.\nNoise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.\nFiltering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.\n'
        ),
    ] = None
    turn_detection: (
        RealtimeTurnDetectionRealtimeTurnDetectionServerVad
        | RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad
        | None
    ) = None


class RealtimeTranscriptionSessionCreateRequestGAAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: RealtimeTranscriptionSessionCreateRequestGAAudioInput | None = None


class RealtimeTranscriptionSessionCreateRequestGA(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['transcription'],
        Field(
            description='The type of session to create. Always `transcription` for transcription sessions.\n'
        ),
    ]
    audio: Annotated[
        RealtimeTranscriptionSessionCreateRequestGAAudio | None,
        Field(description='Configuration for input and output audio.\n'),
    ] = None
    include: Annotated[
        list[Literal['item.input_audio_transcription.logprobs']] | None,
        Field(
            description='Additional fields to include in server outputs.\n\n`item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.\n'
        ),
    ] = None


class RealtimeTranslationClientSecretCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    expires_after: Annotated[
        RealtimeTranslationClientSecretCreateRequestExpiresAfter | None,
        Field(
            description='Configuration for the client secret expiration. Expiration refers to the time after which\na client secret will no longer be valid for creating sessions. The session itself may\ncontinue after that time once started. A secret can be used to create multiple sessions\nuntil it expires.\n',
            title='Client secret expiration',
        ),
    ] = None
    session: RealtimeTranslationSessionCreateRequest


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


class ResponseFormatJsonSchemaJsonSchema(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
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
    schema_: Annotated[ResponseFormatJsonSchemaSchema | None, Field(alias='schema')] = None
    strict: bool | None = None


class ResponseFormatJsonSchema(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['json_schema'],
        Field(description='The type of response format being defined. Always `json_schema`.'),
    ]
    json_schema: Annotated[
        ResponseFormatJsonSchemaJsonSchema,
        Field(
            description='Structured Outputs configuration options, including a JSON Schema.\n',
            title='JSON schema',
        ),
    ]


class UpdateVectorStoreFileAttributesRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    attributes: (
        dict[
            Annotated[str, StringConstraints(max_length=64)],
            VectorStoreFileAttributesVectorStoreFileAttributes | float | bool,
        ]
        | None
    )


class UpdateVectorStoreRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='The name of the vector store.')] = None
    expires_after: VectorStoreExpirationAfter | None = None
    metadata: dict[str, str] | None = None


class BetaReasoning(BaseModel):
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


class BetaTextResponseFormatJsonSchema(BaseModel):
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
    schema_: Annotated[BetaResponseFormatJsonSchemaSchema, Field(alias='schema')]
    strict: bool | None = None


class BetaApplyPatchToolParamAllowedCallers(RootModel[list[Literal['direct', 'programmatic']]]):
    root: Annotated[
        list[Literal['direct', 'programmatic']],
        Field(description='The tool invocation context(s).', min_length=1),
    ]


class BetaApplyPatchToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['apply_patch'], Field(description='The type of the tool. Always `apply_patch`.')]
    allowed_callers: BetaApplyPatchToolParamAllowedCallers | None = None


class BetaWebSearchPreviewTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['web_search_preview', 'web_search_preview_2025_03_11'],
        Field(
            description='The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.'
        ),
    ]
    user_location: BetaApproximateLocation | None = None
    search_context_size: Annotated[
        Literal['low', 'medium', 'high'] | None,
        Field(
            description='High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.'
        ),
    ] = None
    search_content_types: list[Literal['text', 'image']] | None = None


class BetaToolSearchToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['tool_search'], Field(description='The type of the tool. Always `tool_search`.')]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search is executed by the server or by the client.'),
    ] = None
    description: str | None = None
    parameters: BetaEmptyModelParam | None = None


class BetaCustomGrammarFormatParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['grammar'], Field(description='Grammar format. Always `grammar`.')]
    syntax: Annotated[
        Literal['lark', 'regex'],
        Field(description='The syntax of the grammar definition. One of `lark` or `regex`.'),
    ]
    definition: Annotated[str, Field(description='The grammar definition.')]


class BetaLocalEnvironmentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['local'], Field(description='Use a local computer environment.')]
    skills: Annotated[
        list[BetaLocalSkillParam] | None, Field(description='An optional list of skills.', max_length=200)
    ] = None


class BetaInlineSkillParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['inline'], Field(description='Defines an inline skill for this request.')]
    name: Annotated[str, Field(description='The name of the skill.')]
    description: Annotated[str, Field(description='The description of the skill.')]
    source: Annotated[BetaInlineSkillSourceParam, Field(description='Inline skill payload')]


class BetaContainerNetworkPolicyAllowlistParam(BaseModel):
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
        list[BetaContainerNetworkPolicyDomainSecretParam] | None,
        Field(description='Optional domain-scoped secrets for allowlisted domains.', min_length=1),
    ] = None


class BetaImageGenTool(BaseModel):
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
        BetaImageGenToolInputImageMask | None,
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


class BetaAutoCodeInterpreterToolParam(BaseModel):
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
        BetaContainerNetworkPolicyDisabledParam | BetaContainerNetworkPolicyAllowlistParam | None,
        Field(description='Network access policy for the container.', discriminator='type'),
    ] = None


class BetaMCPToolRequireApproval(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    always: BetaMCPToolFilter | None = None
    never: BetaMCPToolFilter | None = None


class BetaMCPTool(BaseModel):
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
    allowed_tools: list[str] | BetaMCPToolFilter | None = None
    allowed_callers: BetaMCPToolAllowedCallers | None = None
    require_approval: BetaMCPToolRequireApproval | Literal['always', 'never'] | None = None
    defer_loading: Annotated[
        bool | None, Field(description='Whether this MCP tool is deferred and discovered via tool search.\n')
    ] = None


class BetaWebSearchTool(BaseModel):
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
    filters: BetaWebSearchToolFilters | None = None
    user_location: BetaWebSearchApproximateLocationBetaWebSearchApproximateLocationApproximate | None = None
    search_context_size: Annotated[
        Literal['low', 'medium', 'high'] | None,
        Field(
            description='High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.'
        ),
    ] = 'medium'


class BetaComputerUsePreviewTool(BaseModel):
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


class BetaRankingOptions(BaseModel):
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
        BetaHybridSearchOptions | None,
        Field(
            description='Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled.'
        ),
    ] = None


class BetaProgramOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: Annotated[str, Field(description='The unique ID of this program output item.', examples=['cmo_123'])]
    type: Annotated[Literal['program_output'], Field(description='The item type. Always `program_output`.')]
    call_id: Annotated[
        str, Field(description='The call ID of the program item.', max_length=64, min_length=1)
    ]
    result: Annotated[str, Field(description='The result produced by the program item.', max_length=10485760)]
    status: Annotated[
        Literal['completed', 'incomplete'], Field(description='The terminal status of the program output.')
    ]


class BetaInputFileContent(BaseModel):
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
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    file_url: Annotated[AnyUrl | None, Field(description='The URL of the file to be sent to the model.')] = (
        None
    )
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.'
        ),
    ] = None


class BetaInputImageContent(BaseModel):
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
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None


class BetaMCPListTools(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[
        Literal['mcp_list_tools'], Field(description='The type of the item. Always `mcp_list_tools`.\n')
    ]
    id: Annotated[str, Field(description='The unique ID of the list.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server.\n')]
    tools: Annotated[list[BetaMCPListToolsTool], Field(description='The tools available on the server.\n')]
    error: str | None = None


class BetaApplyPatchToolCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
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
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    status: Annotated[
        Literal['completed', 'failed'],
        Field(
            description='The status of the apply patch tool call output. One of `completed` or `failed`.',
            title='Apply patch call output status',
        ),
    ]
    output: BetaApplyPatchToolCallOutputItemParamOutput | None = None


class BetaFunctionShellCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the shell tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    type: Annotated[Literal['shell_call'], Field(description='The type of the item. Always `shell_call`.')]
    action: Annotated[
        BetaFunctionShellActionParam,
        Field(description='The shell commands and limits that describe how to run the tool call.'),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None
    environment: BetaLocalEnvironmentParam | BetaContainerReferenceParam | None = None


class BetaLocalShellToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[
        Literal['local_shell_call'],
        Field(description='The type of the local shell call. Always `local_shell_call`.\n'),
    ]
    id: Annotated[str, Field(description='The unique ID of the local shell call.\n')]
    call_id: Annotated[
        str, Field(description='The unique ID of the local shell tool call generated by the model.\n')
    ]
    action: BetaLocalShellExecAction
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(description='The status of the local shell call.\n'),
    ]


class BetaCodeInterpreterToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
    outputs: list[Annotated[BetaCodeInterpreterOutputLogs | BetaCodeInterpreterOutputImage, Field(discriminator='type')]] | None


class BetaReasoningItem(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[Literal['reasoning'], Field(description='The type of the object. Always `reasoning`.\n')]
    id: Annotated[str, Field(description='The unique identifier of the reasoning content.\n')]
    encrypted_content: str | None = None
    summary: Annotated[list[BetaSummaryTextContent], Field(description='Reasoning summary content.\n')]
    content: Annotated[
        list[BetaReasoningTextContent] | None, Field(description='Reasoning text content.\n')
    ] = None
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'] | None,
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ] = None


class BetaOutputTextContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['output_text'], Field(description='The content type. Always `output_text`.')]
    text: Annotated[str, Field(description='The text content.', max_length=10485760)]
    annotations: Annotated[
        list[Annotated[BetaFileCitationParam | BetaUrlCitationParam | BetaContainerFileCitationParam, Field(discriminator='type')]] | None,
        Field(description='Citations associated with the text content.'),
    ] = None


class BetaInputImageContentParamAutoParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_image'], Field(description='The type of the input item. Always `input_image`.')
    ]
    image_url: BetaInputImageContentParamAutoParamImageUrl | None = None
    file_id: str | None = None
    detail: Literal['low', 'high', 'auto', 'original'] | None = None
    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None


class BetaInputFileContentParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['input_file'], Field(description='The type of the input item. Always `input_file`.')
    ]
    file_id: str | None = None
    filename: str | None = None
    file_data: BetaInputFileContentParamFileData | None = None
    file_url: AnyUrl | None = None
    detail: Annotated[
        Literal['auto', 'low', 'high'] | None,
        Field(
            description='The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.'
        ),
    ] = None
    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None


class BetaFunctionToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    id: Annotated[str | None, Field(description='The unique ID of the function tool call.\n')] = None
    type: Annotated[
        Literal['function_call'],
        Field(description='The type of the function tool call. Always `function_call`.\n'),
    ]
    call_id: Annotated[
        str, Field(description='The unique ID of the function tool call generated by the model.\n')
    ]
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None
    namespace: Annotated[str | None, Field(description='The namespace of the function to run.\n')] = None
    name: Annotated[str, Field(description='The name of the function to run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of the arguments to pass to the function.\n')]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'] | None,
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ] = None


class BetaWebSearchToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
        BetaWebSearchActionSearch | BetaWebSearchActionOpenPage | BetaWebSearchActionFind,
        Field(
            description='An object describing the specific action taken in this web search call.\nIncludes details on how the model used the web (search, open_page, find_in_page).\n',
            discriminator='type',
        ),
    ]


class BetaComputerCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
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
    output: BetaComputerScreenshotImage
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class BetaDragParam(BaseModel):
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
        list[BetaCoordParam],
        Field(
            description='An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg\n```\n[\n  { x: 100, y: 200 },\n  { x: 200, y: 300 }\n]\n```'
        ),
    ]
    keys: list[str] | None = None


class BetaClickParam(BaseModel):
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


class BetaFileSearchToolCallResult(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_id: Annotated[str | None, Field(description='The unique ID of the file.\n')] = None
    text: Annotated[str | None, Field(description='The text that was retrieved from the file.\n')] = None
    filename: Annotated[str | None, Field(description='The name of the file.\n')] = None
    attributes: (
        dict[
            Annotated[str, StringConstraints(max_length=64)],
            BetaVectorStoreFileAttributesBetaVectorStoreFileAttributes | float | bool,
        ]
        | None
    ) = None
    score: Annotated[
        float | None, Field(description='The relevance score of the file - a value between 0 and 1.\n')
    ] = None


class BetaFileSearchToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
    results: list[BetaFileSearchToolCallResult] | None = None


class BetaLogProb(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    token: str
    logprob: float
    bytes: list[int]
    top_logprobs: list[BetaTopLogProb]


class BetaPromptCacheOptionsParam(BaseModel):
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


class BetaModelResponseProperties(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    metadata: dict[str, str] | None = None
    top_logprobs: BetaModelResponsePropertiesTopLogprobs | None = None
    temperature: BetaModelResponsePropertiesTemperature | None = None
    top_p: BetaModelResponsePropertiesTopP | None = None
    user: Annotated[
        str | None,
        Field(
            deprecated=True,
            description='This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.\nA stable identifier for your end-users.\nUsed to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).\n',
            examples=['user-1234'],
        ),
    ] = None
    safety_identifier: BetaModelResponsePropertiesSafetyIdentifier | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: Annotated[Literal['in_memory', '24h'] | None, Field(deprecated=True)] = None


class ContextManagement1(RootModel[list[BetaContextManagementParam]]):
    root: Annotated[
        list[BetaContextManagementParam],
        Field(description='Context management configuration for this request.\n', min_length=1),
    ]


class BetaModerationConfigParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    mode: Literal['score', 'block']


class BetaCreateModelResponseProperties(BetaModelResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    top_logprobs: Annotated[
        BetaCreateModelResponsePropertiesTopLogprobs | None,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n'
        ),
    ] = None


class AssistantToolsFunction(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['function'], Field(description='The type of tool being defined: `function`')]
    function: FunctionObject


class ChatCompletionRequestDeveloperMessageContent(
    RootModel[list[ChatCompletionRequestMessageContentPartText]]
):
    root: Annotated[
        list[ChatCompletionRequestMessageContentPartText],
        Field(
            description='An array of content parts with a defined type. For developer messages, only type `text` is supported.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class ChatCompletionRequestDeveloperMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    content: Annotated[
        str | ChatCompletionRequestDeveloperMessageContent,
        Field(description='The contents of the developer message.'),
    ]
    role: Annotated[
        Literal['developer'], Field(description='The role of the messages author, in this case `developer`.')
    ]
    name: Annotated[
        str | None,
        Field(
            description='An optional name for the participant. Provides the model information to differentiate between participants of the same role.'
        ),
    ] = None


class ChatCompletionRequestSystemMessageContent(
    RootModel[list[ChatCompletionRequestSystemMessageContentPart]]
):
    root: Annotated[
        list[ChatCompletionRequestSystemMessageContentPart],
        Field(
            description='An array of content parts with a defined type. For system messages, only type `text` is supported.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class ChatCompletionRequestSystemMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    content: Annotated[
        str | ChatCompletionRequestSystemMessageContent,
        Field(description='The contents of the system message.'),
    ]
    role: Annotated[
        Literal['system'], Field(description='The role of the messages author, in this case `system`.')
    ]
    name: Annotated[
        str | None,
        Field(
            description='An optional name for the participant. Provides the model information to differentiate between participants of the same role.'
        ),
    ] = None


class ChatCompletionRequestToolMessageContent(RootModel[list[ChatCompletionRequestToolMessageContentPart]]):
    root: Annotated[
        list[ChatCompletionRequestToolMessageContentPart],
        Field(
            description='An array of content parts with a defined type. For tool messages, only type `text` is supported.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class ChatCompletionRequestToolMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    role: Annotated[
        Literal['tool'], Field(description='The role of the messages author, in this case `tool`.')
    ]
    content: Annotated[
        str | ChatCompletionRequestToolMessageContent, Field(description='The contents of the tool message.')
    ]
    tool_call_id: Annotated[str, Field(description='Tool call that this message is responding to.')]


class ChatCompletionRequestUserMessageContent(
    RootModel[list[ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile]]
):
    root: Annotated[
        list[ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile],
        Field(
            description='An array of content parts with a defined type. Supported options differ based on the [model](/docs/models) being used to generate the response. Can contain text, image, or audio inputs.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class ChatCompletionRequestUserMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    content: Annotated[
        str | ChatCompletionRequestUserMessageContent,
        Field(description='The contents of the user message.\n'),
    ]
    role: Annotated[
        Literal['user'], Field(description='The role of the messages author, in this case `user`.')
    ]
    name: Annotated[
        str | None,
        Field(
            description='An optional name for the participant. Provides the model information to differentiate between participants of the same role.'
        ),
    ] = None


class ChatCompletionTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['function'],
        Field(description='The type of the tool. Currently, only `function` is supported.'),
    ]
    function: FunctionObject


class CreateAssistantRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'],
        Field(
            description='ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.\n',
            examples=['gpt-4o'],
        ),
    ]
    name: CreateAssistantRequestName | None = None
    description: CreateAssistantRequestDescription | None = None
    instructions: CreateAssistantRequestInstructions | None = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    tools: Annotated[
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None,
        Field(
            description='A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.\n',
            max_length=128,
            validate_default=True,
        ),
    ] = []
    tool_resources: CreateAssistantRequestToolResources | None = None
    metadata: dict[str, str] | None = None
    temperature: CreateAssistantRequestTemperature | None = None
    top_p: CreateAssistantRequestTopP | None = None
    response_format: Literal['auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None = (
        None
    )


class Audio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    voice: Annotated[
        VoiceIdsOrCustomVoiceVoiceIdsOrCustomVoiceId | str | Literal['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'],
        Field(
            description='The voice the model uses to respond. Supported built-in voices are\n`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,\n`sage`, `shimmer`, `marin`, and `cedar`. You may also provide a\ncustom voice object with an `id`, for example `{ "id": "voice_1234" }`.\n',
            title='Voice',
        ),
    ]
    format: Annotated[
        Literal['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'],
        Field(
            description='Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,\n`opus`, or `pcm16`.\n'
        ),
    ]


class CreateEvalCompletionsRunDataSourceSamplingParams(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    temperature: Annotated[
        float | None, Field(description='A higher temperature increases randomness in the outputs.')
    ] = 1
    max_completion_tokens: Annotated[
        int | None, Field(description='The maximum number of tokens in the generated output.')
    ] = None
    top_p: Annotated[
        float | None,
        Field(description='An alternative to temperature for nucleus sampling; 1.0 includes all tokens.'),
    ] = 1
    seed: Annotated[
        int | None, Field(description='A seed value to initialize the randomness, during sampling.')
    ] = 42
    response_format: Annotated[
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | None,
        Field(
            description='An object specifying the format that the model must output.\n\nSetting to `{ "type": "json_schema", "json_schema": {...} }` enables\nStructured Outputs which ensures the model will match your supplied JSON\nschema. Learn more in the [Structured Outputs\nguide](/docs/guides/structured-outputs).\n\nSetting to `{ "type": "json_object" }` enables the older JSON mode, which\nensures the message the model generates is valid JSON. Using `json_schema`\nis preferred for models that support it.\n'
        ),
    ] = None
    tools: Annotated[
        list[ChatCompletionTool] | None,
        Field(
            description='A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.\n'
        ),
    ] = None


class CreateEvalResponsesRunDataSourceSamplingParamsText(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: Annotated[
        ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject | None,
        Field(
            description='An object specifying the format that the model must output.\n\nConfiguring `{ "type": "json_schema" }` enables Structured Outputs, \nwhich ensures the model will match your supplied JSON schema. Learn more in the \n[Structured Outputs guide](/docs/guides/structured-outputs).\n\nThe default format is `{ "type": "text" }` with no additional options.\n\n**Not recommended for gpt-4o and newer models:**\n\nSetting to `{ "type": "json_object" }` enables the older JSON mode, which\nensures the message the model generates is valid JSON. Using `json_schema`\nis preferred for models that support it.\n'
        ),
    ] = None


class CreateRunRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    assistant_id: Annotated[
        str,
        Field(
            description='The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.'
        ),
    ]
    model: Annotated[
        str | Literal['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.',
            examples=['gpt-4o'],
        ),
    ] = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    instructions: Annotated[
        str | None,
        Field(
            description='Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.'
        ),
    ] = None
    additional_instructions: Annotated[
        str | None,
        Field(
            description='Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.'
        ),
    ] = None
    additional_messages: Annotated[
        list[CreateMessageRequest] | None,
        Field(description='Adds additional messages to the thread before creating the run.'),
    ] = None
    tools: Annotated[
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None,
        Field(
            description='Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.',
            max_length=20,
        ),
    ] = None
    metadata: dict[str, str] | None = None
    temperature: Annotated[
        float | None,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    top_p: Annotated[
        float | None,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.\n\nWe generally recommend altering this or temperature but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    stream: Annotated[
        bool | None,
        Field(
            description='If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.\n'
        ),
    ] = None
    max_prompt_tokens: Annotated[
        int | None,
        Field(
            description='The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.\n',
            ge=256,
        ),
    ] = None
    max_completion_tokens: Annotated[
        int | None,
        Field(
            description='The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.\n',
            ge=256,
        ),
    ] = None
    truncation_strategy: TruncationObject | None = None
    tool_choice: ToolChoiceToolChoice1 | None = None
    parallel_tool_calls: Annotated[
        bool | None,
        Field(
            description='Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'
        ),
    ] = True
    response_format: Annotated[
        Literal['auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None,
        Field(
            description='Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.\n\nSetting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).\n\nSetting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.\n\n**Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.\n'
        ),
    ] = None


class CreateSpeechRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['tts-1', 'tts-1-hd', 'gpt-4o-mini-tts', 'gpt-4o-mini-tts-2025-12-15'],
        Field(
            description='One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.\n'
        ),
    ]
    input: Annotated[
        str,
        Field(
            description='The text to generate audio for. The maximum length is 4096 characters.',
            max_length=4096,
        ),
    ]
    instructions: Annotated[
        str | None,
        Field(
            description='Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.',
            max_length=4096,
        ),
    ] = None
    voice: Annotated[
        VoiceIdsOrCustomVoiceVoiceIdsOrCustomVoiceId | str | Literal['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'],
        Field(
            description='The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](/docs/guides/text-to-speech#voice-options).',
            title='Voice',
        ),
    ]
    response_format: Annotated[
        Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'] | None,
        Field(
            description='The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.'
        ),
    ] = 'mp3'
    speed: Annotated[
        float | None,
        Field(
            description='The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.',
            ge=0.25,
            le=4.0,
        ),
    ] = 1
    stream_format: Annotated[
        Literal['sse', 'audio'] | None,
        Field(
            description='The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.'
        ),
    ] = 'audio'


class CreateThreadAndRunRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    assistant_id: Annotated[
        str,
        Field(
            description='The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.'
        ),
    ]
    thread: CreateThreadRequest | None = None
    model: Annotated[
        str | Literal['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.',
            examples=['gpt-4o'],
        ),
    ] = None
    instructions: Annotated[
        str | None,
        Field(
            description='Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.'
        ),
    ] = None
    tools: Annotated[
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None,
        Field(
            description='Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.',
            max_length=20,
        ),
    ] = None
    tool_resources: Annotated[
        CreateThreadAndRunRequestToolResources | None,
        Field(
            description="A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.\n"
        ),
    ] = None
    metadata: dict[str, str] | None = None
    temperature: Annotated[
        float | None,
        Field(
            description='What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.\n',
            examples=[1],
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    top_p: Annotated[
        float | None,
        Field(
            description='An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.\n\nWe generally recommend altering this or temperature but not both.\n',
            examples=[1],
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    stream: Annotated[
        bool | None,
        Field(
            description='If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.\n'
        ),
    ] = None
    max_prompt_tokens: Annotated[
        int | None,
        Field(
            description='The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.\n',
            ge=256,
        ),
    ] = None
    max_completion_tokens: Annotated[
        int | None,
        Field(
            description='The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.\n',
            ge=256,
        ),
    ] = None
    truncation_strategy: TruncationObject | None = None
    tool_choice: ToolChoice1ToolChoice11 | None = None
    parallel_tool_calls: Annotated[
        bool | None,
        Field(
            description='Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'
        ),
    ] = True
    response_format: Annotated[
        Literal['auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None,
        Field(
            description='Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.\n\nSetting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).\n\nSetting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.\n\n**Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.\n'
        ),
    ] = None


class CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str],
        Field(
            description='A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.',
            max_length=2000,
            min_length=1,
        ),
    ]
    files: Annotated[
        list[CreateVectorStoreFileRequest] | None,
        Field(
            description='A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.',
            max_length=2000,
            min_length=1,
        ),
    ] = None
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


class CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest1(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    file_ids: Annotated[
        list[str] | None,
        Field(
            description='A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.',
            max_length=2000,
            min_length=1,
        ),
    ] = None
    files: Annotated[
        list[CreateVectorStoreFileRequest],
        Field(
            description='A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.',
            max_length=2000,
            min_length=1,
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


class CreateVectorStoreFileBatchRequest(
    RootModel[
        CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest
        | CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest1
    ]
):
    root: CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest | CreateVectorStoreFileBatchRequestCreateVectorStoreFileBatchRequest1


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


class ModifyAssistantRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.\n'
        ),
    ] = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    name: ModifyAssistantRequestName | None = None
    description: ModifyAssistantRequestDescription | None = None
    instructions: ModifyAssistantRequestInstructions | None = None
    tools: Annotated[
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None,
        Field(
            description='A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.\n',
            max_length=128,
            validate_default=True,
        ),
    ] = []
    tool_resources: ModifyAssistantRequestToolResources | None = None
    metadata: dict[str, str] | None = None
    temperature: ModifyAssistantRequestTemperature | None = None
    top_p: ModifyAssistantRequestTopP | None = None
    response_format: Literal['auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None = (
        None
    )


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


class RealtimeSessionCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    client_secret: Annotated[
        RealtimeSessionCreateRequestClientSecret, Field(description='Ephemeral key returned by the API.')
    ]
    modalities: Annotated[
        list[Literal['text', 'audio']] | None,
        Field(
            description='The set of modalities the model can respond with. To disable audio,\nset this to ["text"].\n'
        ),
    ] = None
    instructions: Annotated[
        str | None,
        Field(
            description='The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.\nNote that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.\n'
        ),
    ] = None
    voice: Annotated[
        VoiceIdsOrCustomVoiceVoiceIdsOrCustomVoiceId | str | Literal['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'] | None,
        Field(
            description='The voice the model uses to respond. Supported built-in voices are\n`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,\n`marin`, and `cedar`. You may also provide a custom voice object with an\n`id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during\nthe session once the model has responded with audio at least once.\n',
            title='Voice',
        ),
    ] = None
    input_audio_format: Annotated[
        str | None,
        Field(description='The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.\n'),
    ] = None
    output_audio_format: Annotated[
        str | None,
        Field(description='The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.\n'),
    ] = None
    input_audio_transcription: Annotated[
        RealtimeSessionCreateRequestInputAudioTranscription | None,
        Field(
            description='Configuration for input audio transcription, defaults to off and can be\nset to `null` to turn off once on. Input audio transcription is not native\nto the model, since the model consumes audio directly. Transcription runs\nasynchronously and should be treated as rough guidance\nrather than the representation understood by the model.\n'
        ),
    ] = None
    speed: Annotated[
        float | None,
        Field(
            description="The speed of the model's spoken response. 1.0 is the default speed. 0.25 is\nthe minimum speed. 1.5 is the maximum speed. This value can only be changed\nin between model turns, not while a response is in progress.\n",
            ge=0.25,
            le=1.5,
        ),
    ] = 1
    tracing: Annotated[
        Literal['auto'] | RealtimeSessionCreateRequestTracing | None,
        Field(
            description='Configuration options for tracing. Set to null to disable tracing. Once\ntracing is enabled for a session, the configuration cannot be modified.\n\n`auto` will create a trace for the session with default values for the\nworkflow name, group id, and metadata.\n',
            title='Tracing Configuration',
        ),
    ] = None
    turn_detection: Annotated[
        RealtimeSessionCreateRequestTurnDetection | None,
        Field(
            description='Configuration for turn detection. Can be set to `null` to turn off. Server\nVAD means that the model will detect the start and end of speech based on\naudio volume and respond at the end of user speech.\n'
        ),
    ] = None
    tools: Annotated[
        list[RealtimeSessionCreateRequestTool] | None,
        Field(description='Tools (functions) available to the model.'),
    ] = None
    tool_choice: Annotated[
        str | None,
        Field(
            description='How the model chooses tools. Options are `auto`, `none`, `required`, or\nspecify a function.\n'
        ),
    ] = None
    temperature: Annotated[
        float | None,
        Field(description='Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.\n'),
    ] = None
    max_response_output_tokens: Annotated[
        int | Literal['inf'] | None,
        Field(
            description='Maximum number of output tokens for a single assistant response,\ninclusive of tool calls. Provide an integer between 1 and 4096 to\nlimit output tokens, or `inf` for the maximum available tokens for a\ngiven model. Defaults to `inf`.\n'
        ),
    ] = None
    truncation: Annotated[
        Literal['auto', 'disabled'] | RealtimeTruncationRealtimeTruncationRetentionRatio | None,
        Field(
            description="When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.\n\nClients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.\n\nTruncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.\n\nTruncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.\n",
            title='Realtime Truncation Controls',
        ),
    ] = None
    prompt: PromptPrompt | None = None


class RealtimeSessionCreateRequestGAAudioOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: Annotated[
        RealtimeAudioFormatsRealtimeAudioFormatsAudioPcm | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcmu | RealtimeAudioFormatsRealtimeAudioFormatsAudioPcma | None,
        Field(description='The format of the output audio.'),
    ] = None
    voice: Annotated[
        VoiceIdsOrCustomVoiceVoiceIdsOrCustomVoiceId | str | Literal['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'] | None,
        Field(
            description='The voice the model uses to respond. Supported built-in voices are\n`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,\n`marin`, and `cedar`. You may also provide a custom voice object with\nan `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed\nduring the session once the model has responded with audio at least once.\nWe recommend `marin` and `cedar` for best quality.\n',
            title='Voice',
            validate_default=True,
        ),
    ] = 'alloy'
    speed: Annotated[
        float | None,
        Field(
            description="The speed of the model's spoken response as a multiple of the original speed.\n1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.\n\nThis parameter is a post-processing adjustment to the audio after it is generated, it's\nalso possible to prompt the model to speak faster or slower.\n",
            ge=0.25,
            le=1.5,
        ),
    ] = 1


class RealtimeSessionCreateRequestGAAudio(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: RealtimeSessionCreateRequestGAAudioInput | None = None
    output: RealtimeSessionCreateRequestGAAudioOutput | None = None


class RealtimeSessionCreateRequestGA(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['realtime'],
        Field(description='The type of session to create. Always `realtime` for the Realtime API.\n'),
    ]
    output_modalities: Annotated[
        list[Literal['text', 'audio']] | None,
        Field(
            description='The set of modalities the model can respond with. It defaults to `["audio"]`, indicating\nthat the model will respond with audio plus a transcript. `["text"]` can be used to make\nthe model respond with text only. It is not possible to request both `text` and `audio` at the same time.\n'
        ),
    ] = ['audio']
    model: Annotated[
        str | Literal['gpt-realtime', 'gpt-realtime-1.5', 'gpt-realtime-2', 'gpt-realtime-2.1', 'gpt-realtime-2.1-mini', 'gpt-realtime-2025-08-28', 'gpt-4o-realtime-preview', 'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-realtime-preview-2024-12-17', 'gpt-4o-realtime-preview-2025-06-03', 'gpt-4o-mini-realtime-preview', 'gpt-4o-mini-realtime-preview-2024-12-17', 'gpt-realtime-mini', 'gpt-realtime-mini-2025-10-06', 'gpt-realtime-mini-2025-12-15', 'gpt-audio-1.5', 'gpt-audio-mini', 'gpt-audio-mini-2025-10-06', 'gpt-audio-mini-2025-12-15'] | None,
        Field(description='The Realtime model used for this session.\n'),
    ] = None
    instructions: Annotated[
        str | None,
        Field(
            description='The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.\n\nNote that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.\n'
        ),
    ] = None
    audio: Annotated[
        RealtimeSessionCreateRequestGAAudio | None,
        Field(description='Configuration for input and output audio.\n'),
    ] = None
    include: Annotated[
        list[Literal['item.input_audio_transcription.logprobs']] | None,
        Field(
            description='Additional fields to include in server outputs.\n\n`item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.\n'
        ),
    ] = None
    tracing: Annotated[
        Literal['auto'] | RealtimeSessionCreateRequestGATracing | None,
        Field(
            description='Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once\ntracing is enabled for a session, the configuration cannot be modified.\n\n`auto` will create a trace for the session with default values for the\nworkflow name, group id, and metadata.\n',
            title='Tracing Configuration',
        ),
    ] = None
    tools: Annotated[
        list[RealtimeFunctionTool | MCPTool] | None, Field(description='Tools available to the model.')
    ] = None
    tool_choice: Annotated[
        ToolChoiceFunction | ToolChoiceMCP | Literal['none', 'auto', 'required'] | None,
        Field(
            description='How the model chooses tools. Provide one of the string modes or force a specific\nfunction/MCP tool.\n',
            validate_default=True,
        ),
    ] = 'auto'
    parallel_tool_calls: Annotated[
        bool | None,
        Field(
            description='Whether the model may call multiple tools in parallel. Only supported by\nreasoning Realtime models such as `gpt-realtime-2`.\n'
        ),
    ] = None
    reasoning: RealtimeReasoning | None = None
    max_output_tokens: Annotated[
        int | Literal['inf'] | None,
        Field(
            description='Maximum number of output tokens for a single assistant response,\ninclusive of tool calls. Provide an integer between 1 and 4096 to\nlimit output tokens, or `inf` for the maximum available tokens for a\ngiven model. Defaults to `inf`.\n'
        ),
    ] = None
    truncation: Annotated[
        Literal['auto', 'disabled'] | RealtimeTruncationRealtimeTruncationRetentionRatio | None,
        Field(
            description="When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.\n\nClients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.\n\nTruncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.\n\nTruncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.\n",
            title='Realtime Truncation Controls',
        ),
    ] = None
    prompt: PromptPrompt | None = None


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


class BetaCustomToolParam(BaseModel):
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
        BetaCustomTextFormatParam | BetaCustomGrammarFormatParam | None,
        Field(
            description='The input format for the custom tool. Default is unconstrained text.',
            discriminator='type',
        ),
    ] = None
    defer_loading: Annotated[
        bool | None, Field(description='Whether this tool should be deferred and discovered via tool search.')
    ] = None
    allowed_callers: BetaCustomToolParamAllowedCallers | None = None


class BetaContainerAutoParam(BaseModel):
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
        BetaContainerNetworkPolicyDisabledParam | BetaContainerNetworkPolicyAllowlistParam | None,
        Field(description='Network access policy for the container.', discriminator='type'),
    ] = None
    skills: Annotated[
        list[Annotated[BetaSkillReferenceParam | BetaInlineSkillParam, Field(discriminator='type')]] | None,
        Field(description='An optional list of skills referenced by id or inline data.', max_length=200),
    ] = None


class BetaCodeInterpreterTool(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['code_interpreter'],
        Field(description='The type of the code interpreter tool. Always `code_interpreter`.\n'),
    ]
    container: Annotated[
        str | BetaAutoCodeInterpreterToolParam,
        Field(
            description='The code interpreter container. Can be a container ID or an object that\nspecifies uploaded file IDs to make available to your code, along with an\noptional `memory_limit` setting.\n'
        ),
    ]
    allowed_callers: BetaCodeInterpreterToolAllowedCallers | None = None


class BetaCustomToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None
    namespace: Annotated[
        str | None, Field(description='The namespace of the custom tool being called.\n')
    ] = None
    name: Annotated[str, Field(description='The name of the custom tool being called.\n')]
    input: Annotated[str, Field(description='The input for the custom tool call generated by the model.\n')]


class BetaMCPToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[Literal['mcp_call'], Field(description='The type of the item. Always `mcp_call`.\n')]
    id: Annotated[str, Field(description='The unique ID of the tool call.\n')]
    server_label: Annotated[str, Field(description='The label of the MCP server running the tool.\n')]
    name: Annotated[str, Field(description='The name of the tool that was run.\n')]
    arguments: Annotated[str, Field(description='A JSON string of the arguments passed to the tool.\n')]
    output: str | None = None
    error: Annotated[
        BetaMCPProtocolError | BetaMCPToolExecutionError | BetaHTTPError | None,
        Field(description='The error from the tool call, if any.'),
    ] = None
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete', 'calling', 'failed'] | None,
        Field(
            description='The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.\n'
        ),
    ] = None
    approval_request_id: str | None = None


class BetaApplyPatchToolCallItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
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
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    status: Annotated[
        Literal['in_progress', 'completed'],
        Field(
            description='The status of the apply patch tool call. One of `in_progress` or `completed`.',
            title='Apply patch call status',
        ),
    ]
    operation: Annotated[
        BetaApplyPatchCreateFileOperationParam | BetaApplyPatchDeleteFileOperationParam | BetaApplyPatchUpdateFileOperationParam,
        Field(
            description='The specific create, delete, or update instruction for the apply_patch tool call.',
            discriminator='type',
            title='Apply patch operation',
        ),
    ]


class BetaFunctionShellCallOutputContentParam(BaseModel):
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
        BetaFunctionShellCallOutputTimeoutOutcomeParam | BetaFunctionShellCallOutputExitOutcomeParam,
        Field(
            description='The exit or timeout outcome associated with this shell call.',
            discriminator='type',
            title='Shell call outcome',
        ),
    ]


class BetaMultiAgentCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: Annotated[
        str, Field(description='The unique ID of the multi-agent call.', max_length=64, min_length=1)
    ]
    type: Annotated[
        Literal['multi_agent_call_output'],
        Field(description='The item type. Always `multi_agent_call_output`.'),
    ]
    action: Annotated[
        Literal['spawn_agent', 'interrupt_agent', 'list_agents', 'send_message', 'followup_task', 'wait_agent'],
        Field(description='The multi-agent action that produced this result.'),
    ]
    output: Annotated[
        list[BetaOutputTextContentParam], Field(description='Text output returned by the multi-agent action.')
    ]


class BetaAgentMessageItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    type: Annotated[Literal['agent_message'], Field(description='The item type. Always `agent_message`.')]
    author: Annotated[str, Field(description='The sending agent identity.')]
    recipient: Annotated[str, Field(description='The destination agent identity.')]
    content: Annotated[
        list[Annotated[BetaInputTextContentParam | BetaInputImageContentParamAutoParam | BetaEncryptedContentParam, Field(discriminator='type')]],
        Field(description='Plaintext, image, or encrypted content sent between agents.'),
    ]


class BetaFunctionCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: BetaFunctionCallOutputItemParamCallId | None = None
    type: Annotated[
        Literal['function_call_output'],
        Field(description='The type of the function tool call output. Always `function_call_output`.'),
    ]
    output: Annotated[
        BetaFunctionCallOutputItemParamOutput | list[Annotated[BetaInputTextContentParam | BetaInputImageContentParamAutoParam | BetaInputFileContentParam, Field(discriminator='type')]],
        Field(description='Text, image, or file output of the function tool call.'),
    ]
    name: BetaFunctionCallOutputItemParamName | None = None
    namespace: BetaFunctionCallOutputItemParamNamespace | None = None
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class BetaOutputTextContent(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['output_text'], Field(description='The type of the output text. Always `output_text`.')
    ]
    text: Annotated[str, Field(description='The text output from the model.')]
    annotations: Annotated[
        list[Annotated[BetaFileCitationBody | BetaUrlCitationBody | BetaContainerFileCitationBody | BetaFilePath, Field(discriminator='type')]],
        Field(description='The annotations of the text output.'),
    ]
    logprobs: list[BetaLogProb]


class BetaEasyInputMessage(BaseModel):
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
        str | list[Annotated[BetaInputTextContent | BetaInputImageContent | BetaInputFileContent, Field(discriminator='type')]],
        Field(
            description='Text, image, or audio input to the model, used to generate a response.\nCan also contain previous assistant responses.\n'
        ),
    ]
    phase: Literal['commentary', 'final_answer'] | None = None
    type: Annotated[
        Literal['message'] | None, Field(description='The type of the message input. Always `message`.\n')
    ] = None


class BetaPromptBetaPrompt(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    id: Annotated[str, Field(description='The unique identifier of the prompt template to use.')]
    version: str | None = None
    variables: dict[str, str | BetaInputTextContent | BetaInputImageContent | BetaInputFileContent] | None = (
        None
    )


class BetaModerationPolicyParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    input: BetaModerationConfigParam | None = None
    output: BetaModerationConfigParam | None = None


class ChatCompletionRequestAssistantMessageContent(
    RootModel[list[Annotated[ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal, Field(discriminator='type')]]]
):
    root: Annotated[
        list[Annotated[ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal, Field(discriminator='type')]],
        Field(
            description='An array of content parts with a defined type. Can be one or more of type `text`, or exactly one of type `refusal`.',
            min_length=1,
            title='Array of content parts',
        ),
    ]


class ChatCompletionRequestAssistantMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    content: str | ChatCompletionRequestAssistantMessageContent | None = None
    refusal: str | None = None
    role: Annotated[
        Literal['assistant'], Field(description='The role of the messages author, in this case `assistant`.')
    ]
    name: Annotated[
        str | None,
        Field(
            description='An optional name for the participant. Provides the model information to differentiate between participants of the same role.'
        ),
    ] = None
    audio: ChatCompletionRequestAssistantMessageAudio | None = None
    tool_calls: Annotated[
        list[Annotated[ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall, Field(discriminator='type')]] | None,
        Field(description='The tool calls generated by the model, such as function calls.'),
    ] = None
    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = None


class CreateChatCompletionRequest(CreateModelResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    messages: Annotated[
        list[Annotated[ChatCompletionRequestDeveloperMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage, Field(discriminator='role')]],
        Field(
            description='A list of messages comprising the conversation so far. Depending on the\n[model](/docs/models) you use, different message types (modalities) are\nsupported, like [text](/docs/guides/text-generation),\n[images](/docs/guides/vision), and [audio](/docs/guides/audio).\n',
            min_length=1,
        ),
    ]
    model: Annotated[
        str | Literal['gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna', 'gpt-5.5', 'gpt-5.5-2026-04-23', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17', 'gpt-5.3-chat-latest', 'gpt-5.2', 'gpt-5.2-2025-12-11', 'gpt-5.2-chat-latest', 'gpt-5.2-pro', 'gpt-5.2-pro-2025-12-11', 'gpt-5.1', 'gpt-5.1-2025-11-13', 'gpt-5.1-codex', 'gpt-5.1-mini', 'gpt-5.1-chat-latest', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-5-chat-latest', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o4-mini', 'o4-mini-2025-04-16', 'o3', 'o3-2025-04-16', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'o1-preview', 'o1-preview-2024-09-12', 'o1-mini', 'o1-mini-2024-09-12', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-audio-preview', 'gpt-4o-audio-preview-2024-10-01', 'gpt-4o-audio-preview-2024-12-17', 'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview', 'gpt-4o-mini-audio-preview-2024-12-17', 'gpt-4o-search-preview', 'gpt-4o-mini-search-preview', 'gpt-4o-search-preview-2025-03-11', 'gpt-4o-mini-search-preview-2025-03-11', 'chatgpt-4o-latest', 'codex-mini-latest', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0301', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'],
        Field(
            description='Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI\noffers a wide range of models with different capabilities, performance\ncharacteristics, and price points. Refer to the [model guide](/docs/models)\nto browse and compare available models.\n',
            examples=['gpt-5.4'],
        ),
    ]
    service_tier: Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast'] | None = None
    modalities: list[Literal['text', 'audio']] | None = None
    verbosity: Literal['low', 'medium', 'high'] | None = None
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    max_completion_tokens: Annotated[
        int | None,
        Field(
            description='An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).\n'
        ),
    ] = None
    frequency_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on\ntheir existing frequency in the text so far, decreasing the model's\nlikelihood to repeat the same line verbatim.\n",
            ge=-2.0,
            le=2.0,
        ),
    ] = 0
    presence_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on\nwhether they appear in the text so far, increasing the model's likelihood\nto talk about new topics.\n",
            ge=-2.0,
            le=2.0,
        ),
    ] = 0
    web_search_options: Annotated[
        WebSearchOptions | None,
        Field(
            description='This tool searches the web for relevant results to use in a response.\nLearn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).\n',
            title='Web search',
        ),
    ] = None
    top_logprobs: Annotated[
        int | None,
        Field(
            description='An integer between 0 and 20 specifying the maximum number of most likely\ntokens to return at each token position, each with an associated log\nprobability. In some cases, the number of returned tokens may be fewer than\nrequested.\n`logprobs` must be set to `true` if this parameter is used.\n',
            ge=0,
            le=20,
        ),
    ] = None
    response_format: Annotated[
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | None,
        Field(
            description='An object specifying the format that the model must output.\n\nSetting to `{ "type": "json_schema", "json_schema": {...} }` enables\nStructured Outputs which ensures the model will match your supplied JSON\nschema. Learn more in the [Structured Outputs\nguide](/docs/guides/structured-outputs).\n\nSetting to `{ "type": "json_object" }` enables the older JSON mode, which\nensures the message the model generates is valid JSON. Using `json_schema`\nis preferred for models that support it.\n',
            discriminator='type',
        ),
    ] = None
    audio: Annotated[
        Audio | None,
        Field(
            description='Parameters for audio output. Required when audio output is requested with\n`modalities: ["audio"]`. [Learn more](/docs/guides/audio).\n'
        ),
    ] = None
    store: Annotated[
        bool | None,
        Field(
            description='Whether or not to store the output of this chat completion request for\nuse in our [model distillation](/docs/guides/distillation) or\n[evals](/docs/guides/evals) products.\n\nSupports text and image inputs. Note: image inputs over 8MB will be dropped.\n'
        ),
    ] = False
    moderation: ModerationParam | None = None
    stream: Annotated[
        bool | None,
        Field(
            description='If set to true, the model response data will be streamed to the client\nas it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).\nSee the [Streaming section below](/docs/api-reference/chat/streaming)\nfor more information, along with the [streaming responses](/docs/guides/streaming-responses)\nguide for more information on how to handle the streaming events.\n'
        ),
    ] = False
    stop: Annotated[
        str | StopConfigurationStopConfiguration | None,
        Field(
            description='Not supported with latest reasoning models `o3` and `o4-mini`.\n\nUp to 4 sequences where the API will stop generating further tokens. The\nreturned text will not contain the stop sequence.\n'
        ),
    ] = None
    logit_bias: Annotated[
        dict[str, int] | None,
        Field(
            description='Modify the likelihood of specified tokens appearing in the completion.\n\nAccepts a JSON object that maps tokens (specified by their token ID in the\ntokenizer) to an associated bias value from -100 to 100. Mathematically,\nthe bias is added to the logits generated by the model prior to sampling.\nThe exact effect will vary per model, but values between -1 and 1 should\ndecrease or increase likelihood of selection; values like -100 or 100\nshould result in a ban or exclusive selection of the relevant token.\n'
        ),
    ] = None
    logprobs: Annotated[
        bool | None,
        Field(
            description='Whether to return log probabilities of the output tokens or not. If true,\nreturns the log probabilities of each output token returned in the\n`content` of `message`.\n'
        ),
    ] = False
    max_tokens: Annotated[
        int | None,
        Field(
            deprecated=True,
            description='The maximum number of [tokens](/tokenizer) that can be generated in the\nchat completion. This value can be used to control\n[costs](https://openai.com/api/pricing/) for text generated via API.\n\nThis value is now deprecated in favor of `max_completion_tokens`, and is\nnot compatible with [o-series models](/docs/guides/reasoning).\n',
        ),
    ] = None
    n: Annotated[
        int | None,
        Field(
            description='How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.',
            examples=[1],
            ge=1,
            le=128,
        ),
    ] = 1
    prediction: Annotated[
        PredictionContent | None,
        Field(
            description='Configuration for a [Predicted Output](/docs/guides/predicted-outputs),\nwhich can greatly improve response times when large parts of the model\nresponse are known ahead of time. This is most common when you are\nregenerating a file with only minor changes to most of the content.\n'
        ),
    ] = None
    seed: Annotated[
        int | None,
        Field(
            deprecated=True,
            description='This feature is in Beta.\nIf specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.\nDeterminism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.\n',
            ge=-9223372036854776000,
            le=9223372036854776000,
        ),
    ] = None
    stream_options: ChatCompletionStreamOptionsChatCompletionStreamOptions | None = None
    tools: Annotated[
        list[ChatCompletionTool | CustomToolChatCompletions] | None,
        Field(
            description='A list of tools the model may call. You can provide either\n[custom tools](/docs/guides/function-calling#custom-tools) or\n[function tools](/docs/guides/function-calling).\n'
        ),
    ] = None
    tool_choice: Annotated[
        Literal['none', 'auto', 'required'] | ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | None,
        Field(
            description='Controls which (if any) tool is called by the model.\n`none` means the model will not call any tool and instead generates a message.\n`auto` means the model can pick between generating a message or calling one or more tools.\n`required` means the model must call one or more tools.\nSpecifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.\n\n`none` is the default when no tools are present. `auto` is the default if tools are present.\n'
        ),
    ] = None
    parallel_tool_calls: Annotated[
        bool | None,
        Field(
            description='Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'
        ),
    ] = True
    function_call: Annotated[
        Literal['none', 'auto'] | ChatCompletionFunctionCallOption | None,
        Field(
            deprecated=True,
            description='Deprecated in favor of `tool_choice`.\n\nControls which (if any) function is called by the model.\n\n`none` means the model will not call a function and instead generates a\nmessage.\n\n`auto` means the model can pick between generating a message or calling a\nfunction.\n\nSpecifying a particular function via `{"name": "my_function"}` forces the\nmodel to call that function.\n\n`none` is the default when no functions are present. `auto` is the default\nif functions are present.\n',
        ),
    ] = None
    functions: Annotated[
        list[ChatCompletionFunctions] | None,
        Field(
            deprecated=True,
            description='Deprecated in favor of `tools`.\n\nA list of functions the model may generate JSON inputs for.\n',
            max_length=128,
            min_length=1,
        ),
    ] = None


class RealtimeCreateClientSecretRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    expires_after: Annotated[
        RealtimeCreateClientSecretRequestExpiresAfter | None,
        Field(
            description='Configuration for the client secret expiration. Expiration refers to the time after which\na client secret will no longer be valid for creating sessions. The session itself may\ncontinue after that time once started. A secret can be used to create multiple sessions\nuntil it expires.\n',
            title='Client secret expiration',
        ),
    ] = None
    session: Annotated[
        RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | None,
        Field(
            description='Session configuration to use for the client secret. Choose either a realtime\nsession or a transcription session.\n',
            title='Session configuration',
        ),
    ] = None


class BetaResponseTextParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    format: Annotated[
        BetaResponseFormatText | BetaTextResponseFormatJsonSchema | BetaResponseFormatJsonObject | None,
        Field(
            description='An object specifying the format that the model must output.\n\nConfiguring `{ "type": "json_schema" }` enables Structured Outputs, \nwhich ensures the model will match your supplied JSON schema. Learn more in the \n[Structured Outputs guide](/docs/guides/structured-outputs).\n\nThe default format is `{ "type": "text" }` with no additional options.\n\n**Not recommended for gpt-4o and newer models:**\n\nSetting to `{ "type": "json_object" }` enables the older JSON mode, which\nensures the message the model generates is valid JSON. Using `json_schema`\nis preferred for models that support it.\n'
        ),
    ] = None
    verbosity: Literal['low', 'medium', 'high'] | None = None


class BetaNamespaceToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['namespace'], Field(description='The type of the tool. Always `namespace`.')]
    name: Annotated[
        str, Field(description='The namespace name used in tool calls (for example, `crm`).', min_length=1)
    ]
    description: Annotated[str, Field(description='A description of the namespace shown to the model.')]
    tools: Annotated[
        list[Annotated[BetaFunctionToolParam | BetaCustomToolParam, Field(discriminator='type')]],
        Field(description='The function/custom tools available inside this namespace.', min_length=1),
    ]


class BetaFunctionShellToolParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['shell'], Field(description='The type of the shell tool. Always `shell`.')]
    environment: BetaContainerAutoParam | BetaLocalEnvironmentParam | BetaContainerReferenceParam | None = (
        None
    )
    allowed_callers: BetaFunctionShellToolParamAllowedCallers | None = None


class BetaCustomToolCallOutput(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    output: Annotated[
        str | list[Annotated[BetaInputTextContent | BetaInputImageContent | BetaInputFileContent, Field(discriminator='type')]],
        Field(
            description='The output from the custom tool call generated by your code.\nCan be a string or an list of output content.\n'
        ),
    ]


class BetaFunctionShellCallOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: Annotated[
        str,
        Field(
            description='The unique ID of the shell tool call generated by the model.',
            max_length=64,
            min_length=1,
        ),
    ]
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    type: Annotated[
        Literal['shell_call_output'], Field(description='The type of the item. Always `shell_call_output`.')
    ]
    output: Annotated[
        list[BetaFunctionShellCallOutputContentParam],
        Field(
            description='Captured chunks of stdout and stderr output, along with their associated outcomes.'
        ),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None
    max_output_length: int | None = None


class BetaInputMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
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
        list[Annotated[BetaInputTextContent | BetaInputImageContent | BetaInputFileContent, Field(discriminator='type')]],
        Field(
            description='A list of one or many input items to the model, containing different content \ntypes.\n',
            title='Input item content list',
        ),
    ]


class BetaModerationParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str,
        Field(
            description="The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'."
        ),
    ]
    policy: BetaModerationPolicyParam | None = None


class EvalItem(BaseModel):
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
        InputTextContent | EvalItemContentOutputText | EvalItemInputImage | InputAudio | str | list[InputTextContent | EvalItemContentOutputText | EvalItemInputImage | InputAudio | str],
        Field(
            description='Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items.\n',
            title='Eval content',
        ),
    ]
    type: Annotated[
        Literal['message'] | None, Field(description='The type of the message input. Always `message`.\n')
    ] = None


class GraderLabelModel(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['label_model'], Field(description='The object type, which is always `label_model`.')
    ]
    name: Annotated[str, Field(description='The name of the grader.')]
    model: Annotated[
        str, Field(description='The model to use for the evaluation. Must support structured outputs.')
    ]
    input: list[EvalItem]
    labels: Annotated[list[str], Field(description='The labels to assign to each item in the evaluation.')]
    passing_labels: Annotated[
        list[str], Field(description='The labels that indicate a passing result. Must be a subset of labels.')
    ]


class GraderScoreModel(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['score_model'], Field(description='The object type, which is always `score_model`.')
    ]
    name: Annotated[str, Field(description='The name of the grader.')]
    model: Annotated[str, Field(description='The model to use for the evaluation.')]
    sampling_params: Annotated[
        GraderScoreModelSamplingParams | None, Field(description='The sampling parameters for the model.')
    ] = None
    input: Annotated[
        list[EvalItem],
        Field(
            description='The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings.\n'
        ),
    ]
    range: Annotated[
        list[float] | None, Field(description='The range of the score. Defaults to `[0, 1]`.')
    ] = None


class BetaComputerToolCall(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    type: Annotated[
        Literal['computer_call'], Field(description='The type of the computer call. Always `computer_call`.')
    ]
    id: Annotated[str, Field(description='The unique ID of the computer call.')]
    call_id: Annotated[
        str, Field(description='An identifier used when responding to the tool call with output.\n')
    ]
    action: Annotated[
        BetaClickParam | BetaDoubleClickAction | BetaDragParam | BetaKeyPressAction | BetaMoveParam | BetaScreenshotParam | BetaScrollParam | BetaTypeParam | BetaWaitParam | None,
        Field(discriminator='type'),
    ] = None
    actions: Annotated[
        list[Annotated[BetaClickParam | BetaDoubleClickAction | BetaDragParam | BetaKeyPressAction | BetaMoveParam | BetaScreenshotParam | BetaScrollParam | BetaTypeParam | BetaWaitParam, Field(discriminator='type')]] | None,
        Field(
            description='Flattened batched actions for `computer_use`. Each action includes an\n`type` discriminator and action-specific fields.\n',
            title='Computer Action List',
        ),
    ] = None
    pending_safety_checks: Annotated[
        list[BetaComputerCallSafetyCheckParam],
        Field(description='The pending safety checks for the computer call.\n'),
    ]
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(
            description='The status of the item. One of `in_progress`, `completed`, or\n`incomplete`. Populated when items are returned via API.\n'
        ),
    ]


class BetaOutputMessage(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: Annotated[BetaAgentTag | None, Field(description='The agent that produced this item.')] = None
    id: Annotated[str, Field(description='The unique ID of the output message.\n')]
    type: Annotated[
        Literal['message'], Field(description='The type of the output message. Always `message`.\n')
    ]
    role: Annotated[
        Literal['assistant'], Field(description='The role of the output message. Always `assistant`.\n')
    ]
    content: Annotated[
        list[Annotated[BetaOutputTextContent | BetaRefusalContent, Field(discriminator='type')]],
        Field(description='The content of the output message.\n'),
    ]
    phase: Literal['commentary', 'final_answer'] | None = None
    status: Annotated[
        Literal['in_progress', 'completed', 'incomplete'],
        Field(
            description='The status of the message input. One of `in_progress`, `completed`, or\n`incomplete`. Populated when input items are returned via API.\n'
        ),
    ]


class CreateEvalCompletionsRunDataSourceInputMessagesTemplate(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['template'], Field(description='The type of input messages. Always `template`.')]
    template: Annotated[
        list[EasyInputMessage | EvalItem],
        Field(
            description='A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.'
        ),
    ]


class CreateEvalCompletionsRunDataSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['completions'], Field(description='The type of run data source. Always `completions`.')
    ]
    input_messages: Annotated[
        CreateEvalCompletionsRunDataSourceInputMessagesTemplate | CreateEvalCompletionsRunDataSourceInputMessagesItemReference | None,
        Field(
            description='Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.'
        ),
    ] = None
    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None = None
    model: Annotated[
        str | None,
        Field(description='The name of the model to use for generating completions (e.g. "o3-mini").'),
    ] = None
    source: Annotated[
        EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource,
        Field(description="Determines what populates the `item` namespace in this run's data source."),
    ]


class CreateEvalLabelModelGrader(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['label_model'], Field(description='The object type, which is always `label_model`.')
    ]
    name: Annotated[str, Field(description='The name of the grader.')]
    model: Annotated[
        str, Field(description='The model to use for the evaluation. Must support structured outputs.')
    ]
    input: Annotated[
        list[CreateEvalItemCreateEvalItem | EvalItem],
        Field(
            description='A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.'
        ),
    ]
    labels: Annotated[list[str], Field(description='The labels to classify to each item in the evaluation.')]
    passing_labels: Annotated[
        list[str], Field(description='The labels that indicate a passing result. Must be a subset of labels.')
    ]


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['template'], Field(description='The type of input messages. Always `template`.')]
    template: Annotated[
        list[CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate | EvalItem],
        Field(
            description='A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.'
        ),
    ]


class EvalGraderScoreModel(GraderScoreModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    pass_threshold: Annotated[float | None, Field(description='The threshold for the score.')] = None


class GraderMulti(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['multi'], Field(description='The object type, which is always `multi`.')]
    name: Annotated[str, Field(description='The name of the grader.')]
    graders: GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderLabelModel
    calculate_output: Annotated[
        str, Field(description='A formula to calculate the output based on grader results.')
    ]


class RunGraderRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    grader: Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti,
        Field(description='The grader used for the fine-tuning job.'),
    ]
    item: Annotated[
        dict[str, Any] | None,
        Field(
            description='The dataset item provided to the grader. This will be used to populate \nthe `item` namespace. See [the guide](/docs/guides/graders) for more details. \n'
        ),
    ] = None
    model_sample: Annotated[
        str,
        Field(
            description='The model sample to be evaluated. This value will be used to populate \nthe `sample` namespace. See [the guide](/docs/guides/graders) for more details.\nThe `output_json` variable will be populated if the model sample is a \nvalid JSON string.\n \n'
        ),
    ]


class ValidateGraderRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    grader: Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti,
        Field(description='The grader used for the fine-tuning job.'),
    ]


class CreateEvalRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='The name of the evaluation.')] = None
    metadata: dict[str, str] | None = None
    data_source_config: Annotated[
        CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig,
        Field(
            description='The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.'
        ),
    ]
    testing_criteria: Annotated[
        list[CreateEvalLabelModelGrader | EvalGraderStringCheck | EvalGraderTextSimilarity | EvalGraderPython | EvalGraderScoreModel],
        Field(
            description="A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."
        ),
    ]


class FineTuneReinforcementMethod(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    grader: Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti,
        Field(description='The grader used for the fine-tuning job.'),
    ]
    hyperparameters: FineTuneReinforcementHyperparameters | None = None


class FineTuneMethod(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['supervised', 'dpo', 'reinforcement'],
        Field(description='The type of method. Is either `supervised`, `dpo`, or `reinforcement`.'),
    ]
    supervised: FineTuneSupervisedMethod | None = None
    dpo: FineTuneDPOMethod | None = None
    reinforcement: FineTuneReinforcementMethod | None = None


class CreateFineTuningJobRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['babbage-002', 'davinci-002', 'gpt-3.5-turbo', 'gpt-4o-mini'],
        Field(
            description='The name of the model to fine-tune. You can select one of the\n[supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).\n',
            examples=['gpt-4o-mini'],
        ),
    ]
    training_file: Annotated[
        str,
        Field(
            description='The ID of an uploaded file that contains training data.\n\nSee [upload file](/docs/api-reference/files/create) for how to upload a file.\n\nYour dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.\n\nThe contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.\n\nSee the [fine-tuning guide](/docs/guides/model-optimization) for more details.\n',
            examples=['file-abc123'],
        ),
    ]
    hyperparameters: Annotated[
        CreateFineTuningJobRequestHyperparameters | None,
        Field(
            deprecated=True,
            description='The hyperparameters used for the fine-tuning job.\nThis value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.\n',
        ),
    ] = None
    suffix: Annotated[
        str | None,
        Field(
            description='A string of up to 64 characters that will be added to your fine-tuned model name.\n\nFor example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.\n',
            max_length=64,
            min_length=1,
        ),
    ] = None
    validation_file: Annotated[
        str | None,
        Field(
            description='The ID of an uploaded file that contains validation data.\n\nIf you provide this file, the data is used to generate validation\nmetrics periodically during fine-tuning. These metrics can be viewed in\nthe fine-tuning results file.\nThe same data should not be present in both train and validation files.\n\nYour dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.\n\nSee the [fine-tuning guide](/docs/guides/model-optimization) for more details.\n',
            examples=['file-abc123'],
        ),
    ] = None
    integrations: Annotated[
        list[CreateFineTuningJobRequestIntegration] | None,
        Field(description='A list of integrations to enable for your fine-tuning job.'),
    ] = None
    seed: Annotated[
        int | None,
        Field(
            description='The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.\nIf a seed is not specified, one will be generated for you.\n',
            examples=[42],
            ge=0,
            le=2147483647,
        ),
    ] = None
    method: FineTuneMethod | None = None
    metadata: dict[str, str] | None = None


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


class CreateEvalResponsesRunDataSourceSamplingParams(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    reasoning_effort: Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None = None
    temperature: Annotated[
        float | None, Field(description='A higher temperature increases randomness in the outputs.')
    ] = 1
    max_completion_tokens: Annotated[
        int | None, Field(description='The maximum number of tokens in the generated output.')
    ] = None
    top_p: Annotated[
        float | None,
        Field(description='An alternative to temperature for nucleus sampling; 1.0 includes all tokens.'),
    ] = 1
    seed: Annotated[
        int | None, Field(description='A seed value to initialize the randomness, during sampling.')
    ] = 42
    tools: Annotated[
        list[Annotated[FunctionTool | FileSearchTool | ComputerTool | ComputerUsePreviewTool | WebSearchTool | MCPTool | CodeInterpreterTool | ProgrammaticToolCallingParam | ImageGenTool | LocalShellToolParam | FunctionShellToolParam | CustomToolParam | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | ApplyPatchToolParam, Field(discriminator='type')]] | None,
        Field(
            description="An array of tools the model may call while generating a response. You\ncan specify which tool to use by setting the `tool_choice` parameter.\n\nThe two categories of tools you can provide the model are:\n\n- **Built-in tools**: Tools that are provided by OpenAI that extend the\n  model's capabilities, like [web search](/docs/guides/tools-web-search)\n  or [file search](/docs/guides/tools-file-search). Learn more about\n  [built-in tools](/docs/guides/tools).\n- **Function calls (custom tools)**: Functions that are defined by you,\n  enabling the model to call your own code. Learn more about\n  [function calling](/docs/guides/function-calling).\n"
        ),
    ] = None
    text: Annotated[
        CreateEvalResponsesRunDataSourceSamplingParamsText | None,
        Field(
            description='Configuration options for a text response from the model. Can be plain\ntext or structured JSON data. Learn more:\n- [Text inputs and outputs](/docs/guides/text)\n- [Structured Outputs](/docs/guides/structured-outputs)\n'
        ),
    ] = None


class CreateEvalResponsesRunDataSource(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[
        Literal['responses'], Field(description='The type of run data source. Always `responses`.')
    ]
    input_messages: Annotated[
        CreateEvalResponsesRunDataSourceInputMessagesTemplate | CreateEvalResponsesRunDataSourceInputMessagesItemReference | None,
        Field(
            description='Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.'
        ),
    ] = None
    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None
    model: Annotated[
        str | None,
        Field(description='The name of the model to use for generating completions (e.g. "o3-mini").'),
    ] = None
    source: Annotated[
        EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource,
        Field(description="Determines what populates the `item` namespace in this run's data source."),
    ]


class CreateEvalRunRequest(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    name: Annotated[str | None, Field(description='The name of the run.')] = None
    metadata: dict[str, str] | None = None
    data_source: Annotated[
        CreateEvalJsonlRunDataSource | CreateEvalCompletionsRunDataSource | CreateEvalResponsesRunDataSource,
        Field(description="Details about the run's data source."),
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


class TokenCountsBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: str | None = None
    input: TokenCountsBodyInput | list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam] | None = (
        None
    )
    previous_response_id: str | None = None
    tools: (
        list[
            Annotated[FunctionTool | FileSearchTool | ComputerTool | ComputerUsePreviewTool | WebSearchTool | MCPTool | CodeInterpreterTool | ProgrammaticToolCallingParam | ImageGenTool | LocalShellToolParam | FunctionShellToolParam | CustomToolParam | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | ApplyPatchToolParam, Field(discriminator='type')]
        ]
        | None
    ) = None
    text: ResponseTextParam | None = None
    reasoning: Reasoning | None = None
    truncation: Annotated[
        Literal['auto', 'disabled'] | None,
        Field(
            deprecated=True,
            description="The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.",
        ),
    ] = None
    instructions: str | None = None
    personality: Annotated[
        str | Literal['friendly', 'pragmatic'] | None,
        Field(
            description="A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."
        ),
    ] = None
    conversation: str | ConversationParam2 | None = None
    tool_choice: ToolChoiceAllowed | ToolChoiceTypes | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceCustom | SpecificProgrammaticToolCallingParam | SpecificApplyPatchParam | SpecificFunctionShellParam | Literal['none', 'auto', 'required'] | None = (
        None
    )
    parallel_tool_calls: bool | None = None


class CompactResponseMethodPublicBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['o1-pro', 'o1-pro-2025-03-19', 'o3-pro', 'o3-pro-2025-06-10', 'o3-deep-research', 'o3-deep-research-2025-06-26', 'o4-mini-deep-research', 'o4-mini-deep-research-2025-06-26', 'computer-use-preview', 'computer-use-preview-2025-03-11', 'gpt-5.5-pro', 'gpt-5.5-pro-2026-04-23', 'gpt-5-codex', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5.1-codex-max', 'gpt-daybreak-blue-latest', 'gpt-daybreak-red-latest', 'gpt-5.6-cyber'] | Literal['gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna', 'gpt-5.5', 'gpt-5.5-2026-04-23', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17', 'gpt-5.3-chat-latest', 'gpt-5.2', 'gpt-5.2-2025-12-11', 'gpt-5.2-chat-latest', 'gpt-5.2-pro', 'gpt-5.2-pro-2025-12-11', 'gpt-5.1', 'gpt-5.1-2025-11-13', 'gpt-5.1-codex', 'gpt-5.1-mini', 'gpt-5.1-chat-latest', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-5-chat-latest', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o4-mini', 'o4-mini-2025-04-16', 'o3', 'o3-2025-04-16', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'o1-preview', 'o1-preview-2024-09-12', 'o1-mini', 'o1-mini-2024-09-12', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-audio-preview', 'gpt-4o-audio-preview-2024-10-01', 'gpt-4o-audio-preview-2024-12-17', 'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview', 'gpt-4o-mini-audio-preview-2024-12-17', 'gpt-4o-search-preview', 'gpt-4o-mini-search-preview', 'gpt-4o-search-preview-2025-03-11', 'gpt-4o-mini-search-preview-2025-03-11', 'chatgpt-4o-latest', 'codex-mini-latest', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0301', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.'
        ),
    ]
    input: CompactResponseMethodPublicBodyInput | list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam] | None = (
        None
    )
    previous_response_id: str | None = None
    instructions: str | None = None
    prompt_cache_key: CompactResponseMethodPublicBodyPromptCacheKey | None = None
    prompt_cache_retention: Literal['in_memory', '24h'] | None = None
    prompt_cache_options: PromptCacheOptionsParam | None = None
    service_tier: Literal['auto', 'default', 'fast', 'flex', 'priority'] | None = None


class BetaTokenCountsBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: str | None = None
    input: BetaTokenCountsBodyInput | list[BetaEasyInputMessage | BetaInputMessage | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerCallOutputItemParam | BetaWebSearchToolCall | BetaFunctionToolCall | BetaFunctionCallOutputItemParam | BetaAgentMessageItemParam | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaAdditionalToolsItemParam | BetaReasoningItem | BetaCompactionSummaryItemParam | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPToolCall | BetaCustomToolCallOutput | BetaCustomToolCall | BetaCompactionTriggerItemParam | BetaItemReferenceParam | BetaProgramItemParam | BetaProgramOutputItemParam] | None = (
        None
    )
    previous_response_id: str | None = None
    tools: (
        list[
            Annotated[BetaFunctionTool | BetaFileSearchTool | BetaComputerTool | BetaComputerUsePreviewTool | BetaWebSearchTool | BetaMCPTool | BetaCodeInterpreterTool | BetaProgrammaticToolCallingParam | BetaImageGenTool | BetaLocalShellToolParam | BetaFunctionShellToolParam | BetaCustomToolParam | BetaNamespaceToolParam | BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaApplyPatchToolParam, Field(discriminator='type')]
        ]
        | None
    ) = None
    text: BetaResponseTextParam | None = None
    reasoning: BetaReasoning | None = None
    truncation: Annotated[
        Literal['auto', 'disabled'] | None,
        Field(
            deprecated=True,
            description="The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.",
        ),
    ] = None
    instructions: str | None = None
    personality: Annotated[
        str | Literal['friendly', 'pragmatic'] | None,
        Field(
            description="A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."
        ),
    ] = None
    conversation: str | BetaConversationParam2 | None = None
    tool_choice: BetaToolChoiceAllowed | BetaToolChoiceTypes | BetaToolChoiceFunction | BetaToolChoiceMCP | BetaToolChoiceCustom | BetaSpecificProgrammaticToolCallingParam | BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam | Literal['none', 'auto', 'required'] | None = (
        None
    )
    parallel_tool_calls: bool | None = None


class BetaFileSearchTool(BaseModel):
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
    ranking_options: Annotated[
        BetaRankingOptions | None, Field(description='Ranking options for search.')
    ] = None
    filters: BetaComparisonFilter | BetaCompoundFilter | None = None


class BetaCompoundFilter(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    type: Annotated[Literal['and', 'or'], Field(description='Type of operation: `and` or `or`.')]
    filters: Annotated[
        list[Annotated[BetaComparisonFilter | BetaCompoundFilter, Field(discriminator='type')]],
        Field(
            description='Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.'
        ),
    ]


class BetaAdditionalToolsItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    type: Annotated[
        Literal['additional_tools'], Field(description='The item type. Always `additional_tools`.')
    ]
    role: Annotated[
        Literal['developer'],
        Field(description='The role that provided the additional tools. Only `developer` is supported.'),
    ]
    tools: Annotated[
        list[Annotated[BetaFunctionTool | BetaFileSearchTool | BetaComputerTool | BetaComputerUsePreviewTool | BetaWebSearchTool | BetaMCPTool | BetaCodeInterpreterTool | BetaProgrammaticToolCallingParam | BetaImageGenTool | BetaLocalShellToolParam | BetaFunctionShellToolParam | BetaCustomToolParam | BetaNamespaceToolParam | BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaApplyPatchToolParam, Field(discriminator='type')]],
        Field(description='A list of additional tools made available at this item.'),
    ]


class BetaToolSearchOutputItemParam(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    agent: BetaAgentTagParam | None = None
    id: str | None = None
    call_id: BetaToolSearchOutputItemParamCallId | None = None
    type: Annotated[
        Literal['tool_search_output'], Field(description='The item type. Always `tool_search_output`.')
    ]
    execution: Annotated[
        Literal['server', 'client'] | None,
        Field(description='Whether tool search was executed by the server or by the client.'),
    ] = None
    tools: Annotated[
        list[Annotated[BetaFunctionTool | BetaFileSearchTool | BetaComputerTool | BetaComputerUsePreviewTool | BetaWebSearchTool | BetaMCPTool | BetaCodeInterpreterTool | BetaProgrammaticToolCallingParam | BetaImageGenTool | BetaLocalShellToolParam | BetaFunctionShellToolParam | BetaCustomToolParam | BetaNamespaceToolParam | BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaApplyPatchToolParam, Field(discriminator='type')]],
        Field(description='The loaded tool definitions returned by the tool search output.'),
    ]
    status: Literal['in_progress', 'completed', 'incomplete'] | None = None


class BetaCompactResponseMethodPublicBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    model: Annotated[
        str | Literal['o1-pro', 'o1-pro-2025-03-19', 'o3-pro', 'o3-pro-2025-06-10', 'o3-deep-research', 'o3-deep-research-2025-06-26', 'o4-mini-deep-research', 'o4-mini-deep-research-2025-06-26', 'computer-use-preview', 'computer-use-preview-2025-03-11', 'gpt-5.5-pro', 'gpt-5.5-pro-2026-04-23', 'gpt-5-codex', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5.1-codex-max', 'gpt-daybreak-blue-latest', 'gpt-daybreak-red-latest', 'gpt-5.6-cyber'] | Literal['gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna', 'gpt-5.5', 'gpt-5.5-2026-04-23', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17', 'gpt-5.3-chat-latest', 'gpt-5.2', 'gpt-5.2-2025-12-11', 'gpt-5.2-chat-latest', 'gpt-5.2-pro', 'gpt-5.2-pro-2025-12-11', 'gpt-5.1', 'gpt-5.1-2025-11-13', 'gpt-5.1-codex', 'gpt-5.1-mini', 'gpt-5.1-chat-latest', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-5-chat-latest', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'o4-mini', 'o4-mini-2025-04-16', 'o3', 'o3-2025-04-16', 'o3-mini', 'o3-mini-2025-01-31', 'o1', 'o1-2024-12-17', 'o1-preview', 'o1-preview-2024-09-12', 'o1-mini', 'o1-mini-2024-09-12', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-audio-preview', 'gpt-4o-audio-preview-2024-10-01', 'gpt-4o-audio-preview-2024-12-17', 'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview', 'gpt-4o-mini-audio-preview-2024-12-17', 'gpt-4o-search-preview', 'gpt-4o-mini-search-preview', 'gpt-4o-search-preview-2025-03-11', 'gpt-4o-mini-search-preview-2025-03-11', 'chatgpt-4o-latest', 'codex-mini-latest', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0301', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None,
        Field(
            description='Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.'
        ),
    ]
    input: BetaCompactResponseMethodPublicBodyInput | list[BetaEasyInputMessage | BetaInputMessage | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerCallOutputItemParam | BetaWebSearchToolCall | BetaFunctionToolCall | BetaFunctionCallOutputItemParam | BetaAgentMessageItemParam | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaAdditionalToolsItemParam | BetaReasoningItem | BetaCompactionSummaryItemParam | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPToolCall | BetaCustomToolCallOutput | BetaCustomToolCall | BetaCompactionTriggerItemParam | BetaItemReferenceParam | BetaProgramItemParam | BetaProgramOutputItemParam] | None = (
        None
    )
    previous_response_id: str | None = None
    instructions: str | None = None
    prompt_cache_key: BetaCompactResponseMethodPublicBodyPromptCacheKey | None = None
    prompt_cache_retention: Literal['in_memory', '24h'] | None = None
    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    service_tier: Literal['auto', 'default', 'fast', 'flex', 'priority'] | None = None


class BetaResponseProperties(BaseModel):
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
    text: BetaResponseTextParam | None = None
    tools: Annotated[
        list[Annotated[BetaFunctionTool | BetaFileSearchTool | BetaComputerTool | BetaComputerUsePreviewTool | BetaWebSearchTool | BetaMCPTool | BetaCodeInterpreterTool | BetaProgrammaticToolCallingParam | BetaImageGenTool | BetaLocalShellToolParam | BetaFunctionShellToolParam | BetaCustomToolParam | BetaNamespaceToolParam | BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaApplyPatchToolParam, Field(discriminator='type')]] | None,
        Field(
            description="An array of tools the model may call while generating a response. You\ncan specify which tool to use by setting the `tool_choice` parameter.\n\nWe support the following categories of tools:\n- **Built-in tools**: Tools that are provided by OpenAI that extend the\n  model's capabilities, like [web search](/docs/guides/tools-web-search)\n  or [file search](/docs/guides/tools-file-search). Learn more about\n  [built-in tools](/docs/guides/tools).\n- **MCP Tools**: Integrations with third-party systems via custom MCP servers\n  or predefined connectors such as Google Drive and SharePoint. Learn more about\n  [MCP Tools](/docs/guides/tools-connectors-mcp).\n- **Function calls (custom tools)**: Functions that are defined by you,\n  enabling the model to call your own code with strongly typed arguments\n  and outputs. Learn more about\n  [function calling](/docs/guides/function-calling). You can also use\n  custom tools to call your own code.\n"
        ),
    ] = None
    tool_choice: Annotated[
        BetaToolChoiceAllowed | BetaToolChoiceTypes | BetaToolChoiceFunction | BetaToolChoiceMCP | BetaToolChoiceCustom | BetaSpecificProgrammaticToolCallingParam | BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam | Literal['none', 'auto', 'required'] | None,
        Field(
            description='How the model should select which tool (or tools) to use when generating\na response. See the `tools` parameter to see how to specify which tools\nthe model can call.\n'
        ),
    ] = None
    prompt: BetaPromptBetaPrompt | None = None


class CreateConversationItemsBody(BaseModel):
    model_config = ConfigDict(
        extra='ignore',
    )
    items: Annotated[
        list[EasyInputMessage | InputMessage | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerCallOutputItemParam | WebSearchToolCall | FunctionToolCall | FunctionCallOutputItemParam | ToolSearchCallItemParam | ToolSearchOutputItemParam | AdditionalToolsItemParam | ReasoningItem | CompactionSummaryItemParam | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | MCPListTools | MCPApprovalRequest | MCPApprovalResponse | MCPToolCall | CustomToolCallOutput | CustomToolCall | CompactionTriggerItemParam | ItemReferenceParam | ProgramItemParam | ProgramOutputItemParam],
        Field(
            description='The items to add to the conversation. You may add up to 20 items at a time.\n',
            max_length=20,
        ),
    ]


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


class BetaItem(
    RootModel[
        BetaInputMessage
        | BetaOutputMessage
        | BetaFileSearchToolCall
        | BetaComputerToolCall
        | BetaComputerCallOutputItemParam
        | BetaWebSearchToolCall
        | BetaFunctionToolCall
        | BetaFunctionCallOutputItemParam
        | BetaAgentMessageItemParam
        | BetaMultiAgentCallItemParam
        | BetaMultiAgentCallOutputItemParam
        | BetaToolSearchCallItemParam
        | BetaToolSearchOutputItemParam
        | BetaAdditionalToolsItemParam
        | BetaReasoningItem
        | BetaCompactionSummaryItemParam
        | BetaImageGenToolCall
        | BetaCodeInterpreterToolCall
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaFunctionShellCallItemParam
        | BetaFunctionShellCallOutputItemParam
        | BetaApplyPatchToolCallItemParam
        | BetaApplyPatchToolCallOutputItemParam
        | BetaMCPListTools
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponse
        | BetaMCPToolCall
        | BetaCustomToolCallOutput
        | BetaCustomToolCall
    ]
):
    root: Annotated[
        BetaInputMessage | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerCallOutputItemParam | BetaWebSearchToolCall | BetaFunctionToolCall | BetaFunctionCallOutputItemParam | BetaAgentMessageItemParam | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaAdditionalToolsItemParam | BetaReasoningItem | BetaCompactionSummaryItemParam | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPToolCall | BetaCustomToolCallOutput | BetaCustomToolCall,
        Field(description='Content item used to generate a response.\n'),
    ]


class BetaCreateResponse(BetaCreateModelResponseProperties, BetaResponseProperties):
    model_config = ConfigDict(
        extra='ignore',
    )
    service_tier: Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast', 'ultrafast'] | None = None
    truncation: Annotated[Literal['auto', 'disabled'] | None, Field(deprecated=True)] = None
    reasoning: BetaReasoning | None = None
    input: Annotated[
        str | list[BetaEasyInputMessage | BetaInputMessage | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerCallOutputItemParam | BetaWebSearchToolCall | BetaFunctionToolCall | BetaFunctionCallOutputItemParam | BetaAgentMessageItemParam | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaAdditionalToolsItemParam | BetaReasoningItem | BetaCompactionSummaryItemParam | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPToolCall | BetaCustomToolCallOutput | BetaCustomToolCall | BetaCompactionTriggerItemParam | BetaItemReferenceParam | BetaProgramItemParam | BetaProgramOutputItemParam] | None,
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
    moderation: BetaModerationParam | None = None
    stream: bool | None = None
    stream_options: BetaResponseStreamOptionsBetaResponseStreamOptions | None = None
    conversation: str | BetaConversationParam2 | None = None
    context_management: ContextManagement1 | None = None
    max_output_tokens: MaxOutputTokens | None = None
    multi_agent: BetaMultiAgentParam | None = None


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
CreateEvalResponsesRunDataSourceSamplingParams.model_rebuild()
ResponseProperties.model_rebuild()
CreateConversationBody.model_rebuild()
BetaTokenCountsBody.model_rebuild()
BetaFileSearchTool.model_rebuild()
BetaCompoundFilter.model_rebuild()
CreateResponse.model_rebuild()
