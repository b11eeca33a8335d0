"""Validation messages on the real generated models: the field, and what type was expected before any enum
values; models loaded before the first call (issue 11, items 4 and 9)."""

from __future__ import annotations

import importlib

import pytest

from generated.catalog import CATALOG
from runtime.validation import Validator


@pytest.fixture(scope="module")
def validator():
    v = Validator(lambda: importlib.import_module("generated.models"))
    assert v.preload(CATALOG) == len({op.body_model for op in CATALOG if op.policy.validate and op.body_model})
    return v


@pytest.mark.parametrize("operation_id, body, param, words", [
    ("createResponse", b'{"model": 123}', "model", "expected a string"),
    ("createEmbedding", b'{"model": "m", "input": 5}', "input", "expected a string or an array"),
    ("createEmbedding", b'{"input": "x"}', "model", "required"),
    ("createResponse", b'{"model": "m", "reasoning": {"effort": "bogus"}}', "reasoning.effort",
     "expected one of 'none'"),
])
def test_refusal_names_the_field_and_the_expected_type(validator, operation_id, body, param, words):
    error = validator(CATALOG[operation_id], body)
    assert error is not None and error.status == 400 and error.param == param
    assert words in error.message, error.message
    assert "o1-pro" not in error.message  # no list of a few model names for a wrong type
    assert len(error.message) < 300


def test_invalid_json_says_so(validator):
    error = validator(CATALOG["createResponse"], b'{"model": ')
    assert error.status == 400 and error.code == "invalid_json"


def test_models_are_loaded_before_the_first_call(validator):
    validated = {op.body_model for op in CATALOG if op.policy.validate and op.body_model}
    assert validated and validated <= set(validator._models)


def test_only_validated_operations_have_models():
    import generated.models as models

    for op in CATALOG:
        if op.body_model:
            assert op.policy.validate, op.operation_id
            assert hasattr(models, op.body_model)
