"""Checking JSON request bodies against the generated models (operations whose policy says `validate`).

The models (`generated.models`, handed over as a loader: the runtime never imports generated code) are
imported and warmed by `preload()` before the server accepts connections, so the first validated call costs
what later ones cost. A refusal names the field and says what type was expected before listing enum values:
`{"model": 123}` is "expected a string", not a list of a few model names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from .catalog import OperationSpec
from .errors import RelayError

__all__ = ["Validator"]

log = logging.getLogger("relay")

_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "bytes", "none", "dict", "list", "set", "tuple"})
_EXPECTED = {
    "string_type": "a string", "int_type": "an integer", "int_parsing": "an integer", "int_from_float": "an integer",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "a boolean", "bool_parsing": "a boolean",
    "list_type": "an array", "tuple_type": "an array", "dict_type": "an object", "model_type": "an object",
    "model_attributes_type": "an object", "none_required": "null",
}
_SHOWN_VALUES = 8


class Validator:
    """`validator(op, body) -> RelayError | None` for operations with a `body_model`."""

    def __init__(self, load_models: Callable):
        self._load = load_models
        self._models: dict[str, object] = {}

    def preload(self, ops: Iterable[OperationSpec]) -> int:
        """Import the models of `ops` that validate and warm each once; return how many."""
        names = sorted({op.body_model for op in ops if op.policy.validate and op.body_model})
        if not names:
            return 0
        module = self._load()
        for name in names:
            model = self._models[name] = getattr(module, name)
            try:
                model.model_validate_json(b"{}")
            except Exception:  # noqa: BLE001 - only the warm-up: most bodies need fields
                pass
        return len(names)

    def __call__(self, op: OperationSpec, body: bytes) -> RelayError | None:
        if not op.body_model:
            return None
        model = self._models.get(op.body_model)
        if model is None:
            model = self._models[op.body_model] = getattr(self._load(), op.body_model)
        from pydantic import ValidationError

        try:
            model.model_validate_json(body)
        except ValidationError as exc:
            return _refusal(exc.errors(include_url=False, include_input=False))
        except RecursionError:
            return RelayError(400, "Invalid request body: it is nested too deeply.", code="invalid_request_body")
        return None


def _refusal(errors: list[dict]) -> RelayError:
    if errors and errors[0].get("type") in ("json_invalid", "json_type"):
        return RelayError(400, f"Invalid request body: not valid JSON ({errors[0].get('msg', '')}).",
                          code="invalid_json")
    param = _param(errors[0].get("loc", ())) if errors else None
    same = [e for e in errors if _param(e.get("loc", ())) == param]
    where = f" at '{param}'" if param else ""
    return RelayError(400, f"Invalid request body{where}: {_explain(same)}.", param=param,
                      code="invalid_request_body")


def _explain(errors: list[dict]) -> str:
    """One phrase for the errors of one field: the expected types first, else the allowed values."""
    kinds = []
    for error in errors:
        kind = _EXPECTED.get(error.get("type", ""))
        if kind and kind not in kinds:
            kinds.append(kind)
    if kinds:
        return "expected " + " or ".join(kinds)
    literals = [e for e in errors if e.get("type") in ("literal_error", "enum")]
    if literals:
        expected = str((literals[0].get("ctx") or {}).get("expected", ""))
        values = [v.strip() for v in expected.replace(" or ", ", ").split(",") if v.strip()]
        shown = ", ".join(values[:_SHOWN_VALUES]) + (f" (and {len(values) - _SHOWN_VALUES} more)"
                                                      if len(values) > _SHOWN_VALUES else "")
        return f"expected one of {shown}" if shown else "not an allowed value"
    if any(e.get("type") == "missing" for e in errors):
        return "this field is required"
    if any(e.get("type") == "recursion_loop" or "recursion" in e.get("msg", "").lower() for e in errors):
        return "nested too deeply"
    return (errors[0].get("msg") or "invalid value").rstrip(".") if errors else "invalid value"


def _param(loc) -> str | None:
    """The request field a pydantic error location names, as `a.b[0].c`. Union errors put the member's
    tag in the location (`input.str`, `tools[0].FunctionTool`); those are not fields, so they go."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _is_member_tag(str(part)):
            out += ("." if out else "") + str(part)
    return out or None


def _is_member_tag(part: str) -> bool:
    # API fields are snake_case; union member tags are type names, `kind[...]` forms or model class names.
    return part in _TYPE_TAGS or "[" in part or part[:1].isupper()
