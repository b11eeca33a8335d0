"""The dispatch index: literal segments beat parameters, `?beta=true` variants, 404 vs 405, flat cost."""

import time

import pytest
from relay_support import make_catalog, op

from runtime.catalog import Catalog
from runtime.routing import DispatchIndex


@pytest.fixture(scope="module")
def index():
    return DispatchIndex(make_catalog())


@pytest.mark.parametrize("method, path, query, expected", [
    ("POST", "/responses", b"", "createResponse"),
    ("POST", "/responses", b"beta=true", "createResponseBeta"),
    ("POST", "/responses", b"stream=1&beta=true", "createResponseBeta"),
    ("POST", "/responses", b"beta=false", "createResponse"),
    ("GET", "/responses/resp_1", b"", "getResponse"),
    ("DELETE", "/responses/resp_1", b"", "deleteResponse"),
    ("POST", "/threads/runs", b"", "createThreadAndRun"),
    ("GET", "/threads/thread_1", b"", "getThread"),
    ("GET", "/threads/runs", b"", "getThread"),  # GET has no literal /threads/runs: the parameter matches
    ("GET", "/threads/t1/runs/r1", b"", "getRun"),
    ("GET", "/files/file%2Fx/content", b"", "downloadFile"),  # an encoded slash stays inside its segment
])
def test_match(index, method, path, query, expected):
    found, allowed = index.match(method, path, query)
    assert found is not None and found.operation_id == expected
    assert allowed is None


@pytest.mark.parametrize("method, path, allowed", [
    ("PUT", "/responses", ("POST",)),
    ("PATCH", "/responses/r1", ("DELETE", "GET")),
    ("GET", "/nope", ()),
    ("GET", "/responses/r1/extra/deep", ()),
    ("GET", "/responses/", ()),  # an empty segment is not a parameter value
    ("GET", "/", ()),
])
def test_no_match(index, method, path, allowed):
    assert index.match(method, path) == (None, allowed)


def test_literal_wins_in_either_spec_order():
    ops = [op("a", "GET", "/x/{id}"), op("b", "GET", "/x/literal")]
    for order in (ops, ops[::-1]):
        idx = DispatchIndex(Catalog(order))
        assert idx.match("GET", "/x/literal")[0].operation_id == "b"
        assert idx.match("GET", "/x/other")[0].operation_id == "a"


def test_variant_without_plain_operation():
    idx = DispatchIndex(Catalog([op("beta", "POST", "/only", fixed_query=(("beta", "true"),))]))
    assert idx.match("POST", "/only")[0].operation_id == "beta"


def test_lookup_cost_is_flat():
    """300 templates under distinct first segments: the first and the last cost the same."""
    ops = [op(f"op{i}", "GET", f"/r{i}/{{id}}/sub") for i in range(300)]
    idx = DispatchIndex(Catalog(ops))

    def cost(path):
        start = time.perf_counter()
        for _ in range(2000):
            idx.match("GET", path)
        return (time.perf_counter() - start) / 2000

    first, last = min(cost("/r0/x/sub") for _ in range(3)), min(cost("/r299/x/sub") for _ in range(3))
    assert last < first * 2 + 1e-6
