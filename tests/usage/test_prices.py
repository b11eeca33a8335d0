"""The price table: shipped entries, model lookup, cost arithmetic, operator overrides."""

from __future__ import annotations

import pytest
import usage_payloads as P
import yaml

from runtime.usage.extract import tap_for, ws_usage
from runtime.usage.prices import _SHIPPED, Price, Prices
from runtime.usage.records import Usage


@pytest.fixture(scope="module")
def prices() -> Prices:
    return Prices.load(None)


def test_shipped_table_is_versioned_and_sourced(prices):
    raw = yaml.safe_load(_SHIPPED.read_text())
    assert isinstance(raw["version"], str) and raw["version"][:4] == "2026"
    assert raw["source"].startswith("https://developers.openai.com/")
    assert prices.version == raw["version"]
    for name in ("gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano",
                 "gpt-4o", "gpt-4o-mini", "o1", "o3", "o4-mini", "gpt-image-1", "text-embedding-3-small",
                 "text-embedding-3-large", "gpt-realtime", "gpt-realtime-mini", "gpt-4o-transcribe",
                 "gpt-4o-mini-transcribe"):
        assert prices.price(name) is not None, name


@pytest.mark.parametrize("model, expected", [
    ("gpt-4o", "gpt-4o"),
    ("gpt-4o-2024-08-06", "gpt-4o"),
    ("gpt-4o-2024-05-13", "gpt-4o-2024-05-13"),  # an exact snapshot entry wins over its family
    ("gpt-5-mini-2025-08-07", "gpt-5-mini"),
    ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
    ("gpt-4o-mini-search-preview-2025-03-11", "gpt-4o-mini-search-preview"),
    ("gpt-4o-mini-transcribe-2025-12-15", "gpt-4o-mini-transcribe"),
    ("gpt-4o-mini-realtime-preview-2024-12-17", "gpt-4o-mini-realtime-preview"),
    ("gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-10-01"),
    ("gpt-4o-realtime-preview-2025-06-03", "gpt-4o-realtime-preview"),
    ("gpt-realtime-2025-08-28", "gpt-realtime"),
    ("gpt-4-0613", "gpt-4"),
    ("o3-2025-04-16", "o3"),
    ("o3-mini-2025-01-31", "o3-mini"),
    ("gpt-5.1-codex-max", "gpt-5.1-codex"),  # the longest configured name it extends
    ("gpt-5.2-codex", "gpt-5.2"),
    ("gpt-5-chat-latest", "gpt-5"),
])
def test_lookup(prices, model, expected):
    assert prices.price(model) is prices.price(expected) is not None


def test_lookup_never_falls_to_a_shorter_family(prices):
    assert prices.price("gpt-4o-mini-2024-07-18").input == 0.15  # not gpt-4o's 2.50
    assert prices.price("gpt-4o-mini-tts").output == 12.00  # its own entry, not gpt-4o-mini's text output
    assert prices.price("gpt-4.1-mini-2025-04-14") == prices.price("gpt-4.1-mini")
    only_base = Prices({"gpt-4o": {"input": 2.5, "output": 10}})
    assert only_base.price("gpt-4o-2024-08-06") is not None
    assert only_base.price("gpt-4o-mini-2024-07-18") is not None  # "mini" extends gpt-4o: the operator's call
    assert Prices({"gpt-4o-mini": {"input": 0.15}, "gpt-4o": {"input": 2.5}}).price("gpt-4o-mini-x").input == 0.15


@pytest.mark.parametrize("model", [
    "gpt-5.9",  # a later version is not an earlier one
    "gpt-realtime-2.1",
    "gpt-4-1106-preview",  # not gpt-4's price
    "gpt-4o2",
    "gpt-5x",
    "ft:gpt-4o-mini-2024-07-18:acme::9abc",  # fine-tuned models cost more than their base
    "text-embedding-3",
    "whisper-1",
    "",
    None,
])
def test_unknown_models_have_no_price(prices, model):
    assert prices.price(model) is None
    assert prices.cost(Usage(100, 0, 100, 0, model), None) is None


def test_cost_uncached_cached_output(prices):
    # gpt-4o-mini: 0.15 input, 0.075 cached input, 0.60 output per 1M
    usage = Usage(input=1117, cached=1024, output=46, reasoning=12)
    assert prices.cost(usage, "gpt-4o-mini") == pytest.approx((93 * 0.15 + 1024 * 0.075 + 46 * 0.60) / 1e6)
    assert prices.cost(usage, "gpt-4o-mini") == pytest.approx(0.00011835)  # 13.95 + 76.8 + 27.6 micro-USD


def test_cost_uses_the_usage_model_when_none_is_given(prices):
    usage = Usage(19, 0, 10, 0, "gpt-4o-mini-2024-07-18")
    assert prices.cost(usage) == pytest.approx((19 * 0.15 + 10 * 0.60) / 1e6)
    assert prices.cost(usage, "gpt-5") == pytest.approx((19 * 1.25 + 10 * 10.00) / 1e6)


def test_cost_reasoning_is_part_of_output(prices):
    usage = Usage(input=81, cached=0, output=1035, reasoning=832)
    assert prices.cost(usage, "o3") == pytest.approx((81 * 2.00 + 1035 * 8.00) / 1e6)


def test_cached_falls_back_to_input_when_unpriced(prices):
    usage = Usage(input=1000, cached=600, output=10)
    assert prices.cost(usage, "gpt-5-pro") == pytest.approx((1000 * 15.00 + 10 * 120.00) / 1e6)


def test_embeddings_cost(prices):
    assert prices.cost(Usage(8), "text-embedding-3-small") == pytest.approx(8 * 0.02 / 1e6)
    assert prices.cost(Usage(1_000_000), "text-embedding-3-large") == pytest.approx(0.13)


def test_realtime_cost_by_modality(prices):
    usage = ws_usage(P.compact(P.realtime_response_done(text=300, audio=2000, image=256, cached_text=256,
                                                        cached_audio=1536, out_text=40, out_audio=500)))
    # gpt-realtime: text 4.00 / 0.40 / 16.00, audio 32.00 / 0.40 / 64.00, image 5.00 / 0.50
    expected = (44 * 4.00 + 256 * 0.40 + 464 * 32.00 + 1536 * 0.40 + 256 * 5.00 + 40 * 16.00 + 500 * 64.00) / 1e6
    assert prices.cost(usage, "gpt-realtime-2025-08-28") == pytest.approx(expected)
    text_only_price = (usage.input - usage.cached) * 4.00 + usage.cached * 0.40 + usage.output * 16.00
    assert expected > 3 * text_only_price / 1e6  # audio priced as text would have under-counted by far


def test_image_cost(prices):
    tap = tap_for(b"application/json", "createImageEdit")
    tap.feed(P.indented(P.images_response(text=30, image=388, output=4160)))
    usage = tap.result()
    # gpt-image-1: text input 5.00, image input 10.00, image output 40.00
    assert prices.cost(usage, "gpt-image-1") == pytest.approx((30 * 5.00 + 388 * 10.00 + 4160 * 40.00) / 1e6)


def test_transcription_and_speech_cost(prices):
    assert prices.cost(Usage(input=17, output=45, input_audio=14), "gpt-4o-transcribe") == pytest.approx(
        (3 * 2.50 + 14 * 6.00 + 45 * 10.00) / 1e6)
    assert prices.cost(Usage(input=14, output=101, output_audio=101), "gpt-4o-mini-tts") == pytest.approx(
        (14 * 0.60 + 101 * 12.00) / 1e6)


def test_cache_write_cost():
    prices = Prices({"m": {"input": 1.00, "cached_input": 0.05, "cache_write": 1.25, "output": 5.00}})
    usage = Usage(input=10_000, cached=6_000, output=100, cache_write=3_000)
    assert prices.cost(usage, "m") == pytest.approx((1_000 * 1.00 + 6_000 * 0.05 + 3_000 * 1.25 + 100 * 5.00) / 1e6)


def test_inconsistent_usage_never_costs_negative(prices):
    assert prices.cost(Usage(input=10, cached=50, output=0), "gpt-4o") == pytest.approx(50 * 1.25 / 1e6)
    assert prices.cost(Usage(input=0, output=5, output_audio=9), "gpt-audio") >= 0


def test_fallbacks_of_absent_kinds():
    price = Price.of({"input": 2.0})
    assert (price.cached_input, price.output, price.cache_write) == (2.0, 0.0, 2.0)
    assert (price.audio_input, price.image_input, price.cached_audio_input) == (2.0, 2.0, 2.0)
    price = Price.of({"input": 4.0, "cached_input": 0.4, "output": 16.0, "audio_input": 32.0})
    assert (price.cached_audio_input, price.audio_output, price.image_output) == (0.4, 16.0, 16.0)


def test_lookup_cache_is_bounded(prices):
    table = Prices({"gpt-4o": {"input": 2.5}})
    for i in range(10_000):
        table.price(f"client-made-up-{i}")
    assert len(table._cache) <= 4096
    assert table.price("gpt-4o-2024-08-06").input == 2.5


def test_operator_file_overrides_and_adds(tmp_path):
    override = tmp_path / "prices.yaml"
    override.write_text("version: negotiated-2026-12\nmodels:\n"
                        "  gpt-4o: {input: 2.00, output: 8.00}\n"
                        "  my-finetune: {input: 3.00, cached_input: 1.50, output: 12.00}\n")
    prices = Prices.load(str(override))
    assert prices.price("gpt-4o-2024-08-06") == Price.of({"input": 2.00, "output": 8.00})  # whole entry replaced
    assert prices.price("gpt-4o").cached_input == 2.00
    assert prices.cost(Usage(1000, 500, 100), "my-finetune") == pytest.approx(
        (500 * 3.00 + 500 * 1.50 + 100 * 12.00) / 1e6)
    assert prices.price("gpt-5").input == 1.25  # the rest of the shipped table stays
    assert "negotiated-2026-12" in prices.version


@pytest.mark.parametrize("text, message", [
    ("models:\n  m: {input: 1, cached-input: 0.5}\n", "unknown price kind"),
    ("models:\n  m: {input: -1}\n", ">= 0"),
    ("models:\n  m: {input: .nan}\n", ">= 0"),
    ("models:\n  m: {input: true}\n", ">= 0"),
    ("models:\n  m: {input: '1.0'}\n", ">= 0"),
    ("models:\n  m: {output: 1}\n", "input price is required"),
    ("models:\n  m: 1.25\n", "mapping of prices"),
    ("models: {}\n", "non-empty `models:`"),
    ("version: x\n", "non-empty `models:`"),
    ("- just a list\n", "must be a mapping"),
    ("models: [unclosed\n", "not valid YAML"),
])
def test_bad_operator_files_name_the_file(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ValueError, match=message) as raised:
        Prices.load(str(path))
    assert "bad.yaml" in str(raised.value)


def test_missing_operator_file(tmp_path):
    with pytest.raises(ValueError, match="cannot be read"):
        Prices.load(str(tmp_path / "absent.yaml"))
