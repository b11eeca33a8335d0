"""pytest plugin loaded into the openai SDK's test run (`-p sdk_compat_outcomes`) by tests/sdk_compat/run.py.

Records one outcome per test id (passed | failed | error | skipped | xfailed | xpassed) with the failure
text, and writes them as JSON to $SDK_COMPAT_OUTCOMES when the session ends. Under xdist only the
controller records (the workers' reports reach it through pytest_runtest_logreport).
"""

from __future__ import annotations

import json
import os
import time

import pytest

_MAX_MESSAGE = 6000


class _Recorder:
    def __init__(self, path: str) -> None:
        self.path = path
        self.tests: dict[str, dict[str, str]] = {}
        self.collected: int | None = None
        self.started = time.monotonic()

    def _set(self, nodeid: str, outcome: str, message: str = "") -> None:
        self.tests[nodeid] = {"outcome": outcome, "message": message[-_MAX_MESSAGE:]}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        current = self.tests.get(report.nodeid, {}).get("outcome")
        text = ""
        if report.skipped and isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
            text = str(report.longrepr[2])  # (file, line, "Skipped: reason")
        elif report.failed or report.skipped:
            text = report.longreprtext
        if report.when == "setup":
            if report.failed:
                self._set(report.nodeid, "error", text)
            elif report.skipped:
                self._set(report.nodeid, "xfailed" if hasattr(report, "wasxfail") else "skipped", text)
            else:
                self._set(report.nodeid, "passed")
        elif report.when == "call":
            if report.failed:
                self._set(report.nodeid, "failed", text)
            elif report.skipped:
                self._set(report.nodeid, "xfailed" if hasattr(report, "wasxfail") else "skipped", text)
            elif hasattr(report, "wasxfail"):
                self._set(report.nodeid, "xpassed")
            else:
                self._set(report.nodeid, "passed")
        elif report.failed and current in (None, "passed", "xpassed"):  # teardown error after a pass
            self._set(report.nodeid, "error", text)

    def pytest_collection_finish(self, session: pytest.Session) -> None:  # no xdist
        self.collected = max(self.collected or 0, len(session.items))

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node, ids) -> None:
        self.collected = max(self.collected or 0, len(ids))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        data = {
            "collected": self.collected or 0,
            "exitstatus": int(exitstatus),
            "seconds": round(time.monotonic() - self.started, 1),
            "tests": self.tests,
        }
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=0, sort_keys=True)
        os.replace(tmp, self.path)


def pytest_configure(config: pytest.Config) -> None:
    path = os.environ.get("SDK_COMPAT_OUTCOMES")
    if path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Recorder(path), "sdk_compat_recorder")
