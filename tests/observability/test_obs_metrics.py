"""`Metrics` in-process: what each kind of finished call adds, label bounds, flushing, live figures."""

from __future__ import annotations

import asyncio
import os

import pytest
from obs_support import by_label, make_call, samples, total, usage

from runtime.metrics import Metrics, ratelimit_remaining
from runtime.metrics.metrics import DURATION_BUCKETS, TTFB_BUCKETS


def observe(metrics: Metrics, *calls) -> None:
    for call in calls:
        metrics.inflight += 1  # what the front does when a call starts
        metrics.observe(call)


async def scrape(metrics: Metrics) -> str:
    return (await metrics.scrape()).decode()


async def test_requests_by_operation_status_and_key():
    m = Metrics()
    observe(m, *[make_call(status=200) for _ in range(3)], make_call(status=404, operation=None, reason="path"),
            make_call(status=401, key=None, operation=None, reason="auth"), make_call(status=0, key="bot"))
    text = await scrape(m)
    assert total(text, "relay_requests_total", operation="createResponse", status="200", key="ops") == 3
    assert total(text, "relay_requests_total", operation="unknown", status="404", key="ops") == 1
    assert total(text, "relay_requests_total", operation="unknown", status="401", key="-") == 1
    assert total(text, "relay_requests_total", status="0", key="bot") == 1
    assert total(text, "relay_requests_total") == 6
    assert by_label(text, "relay_rejections_total", "reason") == {"path": 1, "auth": 1}
    assert total(text, "relay_rejections_total", key="-", reason="auth") == 1


async def test_tokens_and_cost_per_key_and_model():
    m = Metrics()
    observe(m, make_call(usage=usage(10, 2, 5, 1, "gpt-a"), cost=0.5),
            make_call(usage=usage(20, 0, 7, 0, "gpt-a"), cost=0.25),
            make_call(key="bot", usage=usage(1, 1, 1, 1, None), model="gpt-request-model"),
            make_call(usage=None, cost=None))
    text = await scrape(m)
    assert total(text, "relay_tokens_total", key="ops", model="gpt-a", kind="input") == 30
    assert total(text, "relay_tokens_total", key="ops", model="gpt-a", kind="cached") == 2
    assert total(text, "relay_tokens_total", key="ops", model="gpt-a", kind="output") == 12
    assert total(text, "relay_tokens_total", key="ops", model="gpt-a", kind="reasoning") == 1
    # usage without a model: the model the call named
    assert total(text, "relay_tokens_total", key="bot", model="gpt-request-model") == 4
    assert total(text, "relay_cost_usd_total", key="ops", model="gpt-a") == pytest.approx(0.75)
    assert total(text, "relay_cost_usd_total", key="bot") == 0


async def test_histograms_have_every_bucket_and_count_each_call_once():
    m = Metrics()
    observe(m, make_call(elapsed=0.003, ttfb=0.002), make_call(elapsed=0.2, ttfb=0.15),
            make_call(elapsed=700, ttfb=None), make_call(operation="listFiles", elapsed=0.03, ttfb=0.02))
    text = await scrape(m)
    buckets = {s[1]["le"]: s[2] for s in samples(text)
               if s[0] == "relay_request_duration_seconds_bucket" and s[1]["operation"] == "createResponse"}
    assert len(buckets) == len(DURATION_BUCKETS)
    assert buckets["0.005"] == 1 and buckets["0.25"] == 2 and buckets["600.0"] == 2 and buckets["+Inf"] == 3
    assert total(text, "relay_request_duration_seconds_count", operation="createResponse") == 3
    assert total(text, "relay_request_duration_seconds_sum", operation="createResponse") == pytest.approx(700.203, 0.01)
    ttfb = {s[1]["le"]: s[2] for s in samples(text)
            if s[0] == "relay_upstream_ttfb_seconds_bucket" and s[1]["operation"] == "createResponse"}
    assert len(ttfb) == len(TTFB_BUCKETS) and ttfb["+Inf"] == 2 and ttfb["0.01"] == 1
    assert total(text, "relay_request_duration_seconds_count", operation="listFiles") == 1


async def test_upstream_errors_by_cause_are_not_rejections():
    m = Metrics()
    observe(m, make_call(status=502, reason="upstream_error", ttfb=None),
            make_call(status=504, reason="upstream_timeout", ttfb=None),
            make_call(status=200, reason="upstream_incomplete"),
            make_call(status=503), make_call(status=429), make_call(status=500),
            make_call(status=503, reason="upstream_busy", ttfb=None))
    text = await scrape(m)
    assert by_label(text, "relay_upstream_errors_total", "cause") == {
        "unreachable": 1, "timeout": 1, "incomplete": 1, "http_503": 1, "http_429": 1, "http_500": 1}
    assert by_label(text, "relay_rejections_total", "reason") == {"upstream_busy": 1}


async def test_connection_refusals_and_dropped_ledger_rows():
    m = Metrics()
    m.connection_refused("uri_too_long")
    m.connection_refused("uri_too_long")
    m.connection_refused("connections")
    m.ledger_dropped(5)
    text = await scrape(m)
    assert total(text, "relay_rejections_total", key="-", reason="uri_too_long") == 2
    assert total(text, "relay_rejections_total", key="-", reason="connections") == 1
    assert total(text, "relay_ledger_dropped_total") == 5


async def test_ratelimit_remaining_from_the_latest_upstream_headers():
    m = Metrics()
    observe(m, make_call(headers=[(b"x-ratelimit-remaining-requests", b"10"), (b"x-ratelimit-remaining-tokens",
                                                                               b"5000")]),
            make_call(headers=[(b"x-ratelimit-remaining-requests", b"9"), (b"x-ratelimit-remaining-tokens", b"4000")]),
            # a later answer of another operation without them (OpenAI sends them on model calls only)
            make_call(operation="listFiles", headers=[(b"content-type", b"application/json")]))
    text = await scrape(m)
    assert by_label(text, "relay_upstream_ratelimit_remaining", "kind") == {"requests": 9, "tokens": 4000}
    observe(m, make_call(operation="createEmbedding", headers=[(b"x-ratelimit-remaining-tokens", b"100")]))
    text = await scrape(m)  # the most recent answer that carried each one
    assert by_label(text, "relay_upstream_ratelimit_remaining", "kind") == {"requests": 9, "tokens": 100}
    assert ratelimit_remaining([(b"x-ratelimit-remaining-requests", b"many")]) == (None, None)


async def test_inflight_gauge():
    m = Metrics()
    m.inflight += 3
    m.inflight -= 1
    observe(m, make_call())  # +1 and -1
    assert total(await scrape(m), "relay_inflight_requests") == 2
    assert m.live()["inflight"] == 2


async def test_model_labels_are_bounded():
    m = Metrics(max_models=3)
    observe(m, *[make_call(usage=usage(1, 0, 1, 0, f"model-{i}")) for i in range(6)])
    observe(m, make_call(usage=usage(1, 0, 1, 0, "model-0")))
    models = set(by_label(await scrape(m), "relay_tokens_total", "model"))
    assert models == {"model-0", "model-1", "model-2", "other"}


async def test_label_values_are_escaped_not_forged():
    m = Metrics()
    observe(m, make_call(usage=usage(1, 0, 1, 0, 'evil"} 1e9\nrelay_x{a="b'), key='k"ey'))
    text = await scrape(m)
    assert "\nrelay_x" not in text
    assert total(text, "relay_tokens_total", key='k"ey', kind="input") == 1


async def test_live_counts_the_last_minute_per_key():
    m = Metrics()
    observe(m, make_call(key="a"), make_call(key="a"), make_call(key="b"))
    assert m.live() == {"workers": 1, "inflight": 0, "requests_last_minute": {"a": 2, "b": 1}, "inflight_by_key": {}}
    assert m.live_by_key() == {"a": {"inflight": 0, "last_minute": 2}, "b": {"inflight": 0, "last_minute": 1}}
    m.flush()  # flushed calls stay in the window
    observe(m, make_call(key="b"))
    assert m.live()["requests_last_minute"] == {"a": 2, "b": 2}


async def test_periodic_flush_runs_in_the_loop_and_stop_flushes():
    m = Metrics(interval=0.02)
    observe(m, make_call())
    assert m._m_requests._metrics == {}  # counted in the dicts only
    await asyncio.sleep(0.1)
    assert len(m._m_requests._metrics) == 1  # flushed by the timer
    observe(m, make_call())
    m.stop()
    assert m._timer is None
    assert total((await scrape(m)), "relay_requests_total") == 2


def _in_worker(path: str, target, *args) -> None:
    """Run `target(*args)` in a forked process in multiprocess mode (the mode is the whole process's)."""
    import multiprocessing

    def run():
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
        target(*args)

    proc = multiprocessing.get_context("fork").Process(target=run)
    proc.start()
    proc.join(30)
    assert proc.exitcode == 0
    return proc.pid


def _worker(n: int) -> None:
    async def run():
        m = Metrics(interval=0.02)
        observe(m, *[make_call(key="w") for _ in range(n)])
        m.inflight += 1  # one still running when the worker dies
        await asyncio.sleep(0.1)
        m.flush()

    asyncio.run(run())


def _scraper(results) -> None:
    from runtime.metrics.multiproc import worker_exited

    async def run():
        m = Metrics(interval=0.01)
        before = (await m.scrape()).decode()
        live = m.live()
        worker_exited(int(os.environ["DEAD_PID"]))
        after = (await m.scrape()).decode()
        return before, live, after

    before, live, after = asyncio.run(run())
    results.put((before, live, after))


def test_multiprocess_mode_sums_every_workers_files(tmp_path, monkeypatch):
    """Two workers writing to one directory, then a third process scraping: the scrape sums them, live() sums
    their figures, and a dead worker's in-flight gauge goes while its counts stay."""
    import multiprocessing

    pids = [_in_worker(str(tmp_path), _worker, n) for n in (3, 4)]
    results = multiprocessing.get_context("fork").Queue()
    monkeypatch.setenv("DEAD_PID", str(pids[0]))
    _in_worker(str(tmp_path), _scraper, results)
    before, live, after = results.get(timeout=10)
    assert total(before, "relay_requests_total", key="w") == 7
    assert total(before, "relay_request_duration_seconds_count") == 7
    assert total(before, "relay_inflight_requests") == 2
    assert live["workers"] == 3 and live["inflight"] == 2 and live["requests_last_minute"] == {"w": 7}
    assert total(after, "relay_inflight_requests") == 1
    assert total(after, "relay_requests_total", key="w") == 7
