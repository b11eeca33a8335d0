"""What one relay answer must look like, and the tally of a fuzz run.

A response stamped `x-fake-upstream` was made by the fake upstream and passed through: its status and body are
upstream's business. Anything else the relay made itself, and then: it is not a 5xx (with a fast loopback upstream
no 502/503/504 is deserved either), it carries `x-relay-request-id`, and when it is an error (>= 400) it is OpenAI's
envelope {"error": {"message", "type", "param", "code"}} served as JSON.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field

from upstream import STAMP

REQUEST_ID = "x-relay-request-id"


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]  # lower-cased names, first value
    body: bytes
    head: bool = False  # the answer to HEAD: no body to judge


def relay_made(answer: Answer) -> bool:
    return STAMP not in answer.headers


def error_code(answer: Answer) -> str | None:
    try:
        return json.loads(answer.body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def problems(answer: Answer) -> list[str]:
    """Why this answer breaks the relay's contract (empty when it keeps it)."""
    found = []
    if REQUEST_ID not in answer.headers:
        found.append("no x-relay-request-id")
    if not relay_made(answer):
        return found
    if answer.status >= 500:
        found.append(f"relay-made {answer.status}")
    if answer.status >= 400:
        found += _envelope_problems(answer)
    return found


def _envelope_problems(answer: Answer) -> list[str]:
    kind = answer.headers.get("content-type", "")
    if kind.split(";")[0].strip().lower() != "application/json":
        return [f"error with content-type {kind!r}, not application/json"]
    if answer.head:
        return []
    try:
        doc = json.loads(answer.body)
    except ValueError:
        return ["error body is not JSON"]
    error = doc.get("error") if isinstance(doc, dict) else None
    if not isinstance(error, dict) or set(doc) != {"error"}:
        return ["error body is not {\"error\": {...}}"]
    missing = {"message", "type", "param", "code"} - set(error)
    if missing:
        return [f"error envelope lacks {', '.join(sorted(missing))}"]
    found = []
    if not isinstance(error["message"], str) or not error["message"]:
        found.append("error.message is not a non-empty string")
    if not isinstance(error["type"], str):
        found.append("error.type is not a string")
    for name in ("param", "code"):
        if error[name] is not None and not isinstance(error[name], str):
            found.append(f"error.{name} is neither a string nor null")
    return found


@dataclass
class Tally:
    """Counts shared by the worker threads. `failures` maps a failure key to (description, curl line)."""

    cases: int = 0
    operations: Counter = field(default_factory=Counter)  # cases by operation label
    statuses: Counter = field(default_factory=Counter)
    passed_through_5xx: int = 0
    relay_errors: Counter = field(default_factory=Counter)  # (status, code)
    failures: dict[tuple, tuple[str, str]] = field(default_factory=dict)
    failure_count: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def record(self, operation: str, answer: Answer, reproduce) -> list[str]:
        """Count one answered call; return its problems (also kept, one per operation and problem, with the
        curl line `reproduce()` gives)."""
        found = problems(answer)
        with self.lock:
            self.cases += 1
            self.operations[operation] += 1
            self.statuses[answer.status] += 1
            if relay_made(answer):
                if answer.status >= 400:
                    self.relay_errors[(answer.status, error_code(answer))] += 1
            elif answer.status >= 500:
                self.passed_through_5xx += 1
            for problem in found:
                self.fail((operation, problem), f"{operation}: {problem} (status {answer.status})", reproduce)
        return found

    def fail(self, key: tuple, description: str, reproduce) -> None:
        """Count a failure; the first of each `key` is kept with its curl line."""
        with self.lock:
            self.failure_count += 1
            if key not in self.failures:
                self.failures[key] = (description, reproduce() if callable(reproduce) else reproduce)
