"""What a call cost: its tokens times the price table.

The table ships with the relay (prices.yaml, versioned and sourced); an operator file of the same shape
(RELAY_PRICES_FILE) replaces or adds whole model entries. Prices are USD per 1M tokens per kind: text input,
cached input, output, and where a model prices them apart, cache writes and audio and image tokens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from runtime.usage.records import Usage

__all__ = ["Price", "Prices"]

_SHIPPED = Path(__file__).with_name("prices.yaml")
_KINDS = ("input", "cached_input", "output", "cache_write", "audio_input", "cached_audio_input", "audio_output",
          "image_input", "cached_image_input", "image_output")
_SNAPSHOT = re.compile(r"-(?:\d{4}-\d{2}-\d{2}|\d{4})$")  # gpt-4o-2024-08-06, gpt-4-0613
_CACHE_LIMIT = 4096  # model names come from clients too: the lookup cache must not grow without bound


@dataclass(frozen=True, slots=True)
class Price:
    """USD per 1M tokens of each kind for one model, with the table's fallbacks applied."""

    input: float
    cached_input: float
    output: float
    cache_write: float
    audio_input: float
    cached_audio_input: float
    audio_output: float
    image_input: float
    cached_image_input: float
    image_output: float

    @classmethod
    def of(cls, entry: Mapping[str, float], where: str = "price") -> Price:
        """From a table entry; a missing kind falls back to the text price of the same kind (cached input to
        input, output to 0). Raises ValueError for an unknown kind or a price that is not a number >= 0."""
        if not isinstance(entry, Mapping):
            raise ValueError(f"{where}: expected a mapping of prices, got {type(entry).__name__}")
        unknown = sorted(set(entry) - set(_KINDS))
        if unknown:
            raise ValueError(f"{where}: unknown price kind(s) {', '.join(map(str, unknown))}; "
                             f"known: {', '.join(_KINDS)}")
        for kind, value in entry.items():
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ValueError(f"{where}: {kind} must be a number of USD per 1M tokens >= 0, got {value!r}")
        if "input" not in entry:
            raise ValueError(f"{where}: an input price is required")
        input_ = float(entry["input"])
        cached = float(entry.get("cached_input", input_))
        output = float(entry.get("output", 0.0))
        return cls(
            input=input_,
            cached_input=cached,
            output=output,
            cache_write=float(entry.get("cache_write", input_)),
            audio_input=float(entry.get("audio_input", input_)),
            cached_audio_input=float(entry.get("cached_audio_input", cached)),
            audio_output=float(entry.get("audio_output", output)),
            image_input=float(entry.get("image_input", input_)),
            cached_image_input=float(entry.get("cached_image_input", cached)),
            image_output=float(entry.get("image_output", output)),
        )


class Prices:
    """The price table. `cost()` is what the ledger calls for every row (about a microsecond: lookups are cached
    per model string)."""

    __slots__ = ("version", "source", "_table", "_longest_first", "_cache")

    def __init__(self, models: Mapping[str, Mapping[str, float]], *, version: str = "", source: str = ""):
        self.version = version
        self.source = source
        self._table = {str(name): Price.of(entry, f"model {name}") for name, entry in models.items()}
        self._longest_first = sorted(self._table, key=len, reverse=True)
        self._cache: dict[str, Price | None] = {}

    @classmethod
    def load(cls, override_path: str | None = None) -> Prices:
        """The shipped table, with the operator's file (if any) replacing or adding model entries. Raises
        ValueError with one sentence naming the file when a table cannot be read or has a bad entry."""
        shipped = _read(_SHIPPED)
        models = dict(_models(shipped, _SHIPPED))
        version = str(shipped.get("version", ""))
        source = str(shipped.get("source", ""))
        if override_path:
            override = _read(Path(override_path))
            models.update(_models(override, Path(override_path)))
            version = f"{version}+{override.get('version') or Path(override_path).name}"
        return cls(models, version=version, source=source)

    def price(self, model: str | None) -> Price | None:
        """The price of `model`: the exact name, then without a dated snapshot suffix, then the longest
        configured name it extends with "-<word>" (never across a version: gpt-5.2 is not gpt-5)."""
        if not model:
            return None
        try:
            return self._cache[model]
        except KeyError:
            pass
        found = self._lookup(model)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[model] = found
        return found

    def cost(self, usage: Usage, model: str | None = None) -> float | None:
        """USD for `usage` at `model`'s price (None: `usage.model`); None when that model has no price.

        Uncached input × input + cached × cached_input + output × output; where the usage splits tokens by
        modality or reports cache writes, those parts are priced at their own kinds instead."""
        price = self.price(model or usage.model)
        if price is None:
            return None
        u = usage
        if not (u.cache_write or u.input_audio or u.input_image or u.output_audio or u.output_image):
            return (max(u.input - u.cached, 0) * price.input + u.cached * price.cached_input
                    + u.output * price.output) / 1e6
        audio_in = max(u.input_audio - u.cached_audio, 0)
        image_in = max(u.input_image - u.cached_image, 0)
        cached_text = max(u.cached - u.cached_audio - u.cached_image, 0)
        text_in = max(u.input - u.cached - u.cache_write - audio_in - image_in, 0)
        text_out = max(u.output - u.output_audio - u.output_image, 0)
        return (text_in * price.input + cached_text * price.cached_input + u.cache_write * price.cache_write
                + audio_in * price.audio_input + u.cached_audio * price.cached_audio_input
                + image_in * price.image_input + u.cached_image * price.cached_image_input
                + text_out * price.output + u.output_audio * price.audio_output
                + u.output_image * price.image_output) / 1e6

    def _lookup(self, model: str) -> Price | None:
        table = self._table
        found = table.get(model)
        if found is not None:
            return found
        base = _SNAPSHOT.sub("", model)
        found = table.get(base)
        if found is not None:
            return found
        for name in self._longest_first:
            rest = len(name)
            if (len(base) > rest + 1 and base[rest] == "-" and not base[rest + 1].isdigit()
                    and base.startswith(name)):
                return table[name]
        return None

    def __repr__(self) -> str:
        return f"Prices(version={self.version!r}, models={len(self._table)})"


def _read(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as file:
            data = yaml.safe_load(file)
    except OSError as exc:
        raise ValueError(f"price table {path} cannot be read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"price table {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"price table {path} must be a mapping with a `models:` mapping")
    return data


def _models(data: dict, path: Path) -> Mapping[str, Mapping[str, float]]:
    models = data.get("models")
    if not isinstance(models, dict) or not models:
        raise ValueError(f"price table {path} needs a non-empty `models:` mapping of model name to prices")
    for name, entry in models.items():
        try:
            Price.of(entry, f"model {name}")
        except ValueError as exc:
            raise ValueError(f"price table {path}: {exc}") from None
    return models
