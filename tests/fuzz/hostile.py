"""Hostile raw-socket cases that schemathesis cannot express: odd methods and targets, huge or malformed heads,
bad percent-escapes in path parameters, contradictory framing, upgrades. Each is sent on a fresh connection and
must get a complete answer within the timeout; where the relay's rules name the status, it must be that one.

    python tests/fuzz/hostile.py --port PORT --key RELAY_KEY [--case NAME]   (one case, or all; prints answers)
"""

from __future__ import annotations

import argparse
import socket
import sys
import time
from dataclasses import dataclass

from verdict import Answer


@dataclass(frozen=True)
class RawCase:
    name: str
    data: bytes
    # The relay must answer this itself, with one of these statuses; None: it may forward (the contract decides).
    expect: frozenset[int] | None = None


def cases(key: str) -> list[RawCase]:
    auth = b"Authorization: Bearer " + key.encode() + b"\r\n"
    host = b"Host: 127.0.0.1\r\n"

    def get(target: bytes, *, extra: bytes = b"", method: bytes = b"GET") -> bytes:
        return method + b" " + target + b" HTTP/1.1\r\n" + host + auth + extra + b"Connection: close\r\n\r\n"

    def post(target: bytes, body: bytes, framing: bytes | None = None, extra: bytes = b"",
             connection: bytes = b"close") -> bytes:
        """A POST; `framing` replaces the right Content-Length."""
        if framing is None:
            framing = b"Content-Length: %d\r\n" % len(body)
        return (b"POST " + target + b" HTTP/1.1\r\n" + host + auth + b"Content-Type: application/json\r\n"
                + framing + extra + b"Connection: " + connection + b"\r\n\r\n" + body)

    body = b'{"model": "text-embedding-3-small", "input": "x"}'

    def actions(method: bytes, path: bytes) -> bytes:
        return b'{"method": ' + method + b', "path": ' + path + b', "query": {}, "body": null}'

    ws_upgrade = b"Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    length = b"Content-Length: %d\r\n" % len(body)
    refused_path = frozenset({400, 404})
    s = frozenset
    return [
        # methods and targets
        RawCase("method-propfind", get(b"/v1/models", method=b"PROPFIND"), s({405})),
        RawCase("method-unknown-token", get(b"/v1/models", method=b"FROB"), s({400, 405})),
        RawCase("method-lowercase", get(b"/v1/models", method=b"get"), s({400, 405})),
        RawCase("method-long", get(b"/v1/models", method=b"X" * 300), s({400, 405})),
        RawCase("method-head", get(b"/v1/models", method=b"HEAD")),
        RawCase("method-head-unknown-path", get(b"/v1/nope", method=b"HEAD"), s({404})),
        RawCase("method-trace", get(b"/v1/models", method=b"TRACE"), s({405})),
        RawCase("method-connect", get(b"127.0.0.1:443", method=b"CONNECT"), s({400, 404, 405})),
        RawCase("options-asterisk", get(b"*", method=b"OPTIONS"), s({400, 404, 405})),
        RawCase("target-absolute-form", get(b"http://evil.example/v1/models")),
        RawCase("target-no-slash", get(b"v1/models"), s({400, 404})),
        RawCase("target-empty-segments", get(b"//v1//models"), refused_path),
        RawCase("target-dot-segments", get(b"/v1/files/../models"), refused_path),
        # percent-escapes in path parameters
        RawCase("param-bad-escape-zz", get(b"/v1/files/%zz"), refused_path),
        RawCase("param-lone-percent", get(b"/v1/files/%"), refused_path),
        RawCase("param-truncated-escape", get(b"/v1/files/%2"), refused_path),
        RawCase("param-nul", get(b"/v1/files/%00"), refused_path),
        RawCase("param-encoded-slash", get(b"/v1/files/..%2fassistants"), refused_path),
        RawCase("param-encoded-dots", get(b"/v1/files/%2e%2e"), refused_path),
        RawCase("param-encoded-backslash", get(b"/v1/files/a%5cb"), refused_path),
        RawCase("param-encoded-crlf", get(b"/v1/files/a%0d%0aX-Injected:%201"), refused_path),
        RawCase("param-encoded-question", get(b"/v1/files/a%3Fb=1"), refused_path),
        RawCase("param-invalid-utf8", get(b"/v1/files/%ff%fe")),
        RawCase("param-raw-high-bytes", get(b"/v1/files/\xff\xfe")),
        RawCase("param-raw-tab", get(b"/v1/files/a\tb")),
        RawCase("param-double-encoded", get(b"/v1/files/%252e%252e"), refused_path),
        RawCase("query-bad-escape", get(b"/v1/models?limit=%zz&after=%")),
        RawCase("query-relay-key", get(b"/v1/models?api_key=" + key.encode()), s({400})),
        # heads: size, count, syntax
        RawCase("header-huge-70k", get(b"/v1/models", extra=b"X-Big: " + b"a" * 70_000 + b"\r\n"), s({431})),
        RawCase("header-huge-1m", get(b"/v1/models", extra=b"X-Big: " + b"a" * 1_048_576 + b"\r\n"), s({431})),
        RawCase("header-count-150", get(b"/v1/models", extra=b"".join(b"X-H%d: v\r\n" % i for i in range(150))),
                s({431})),
        RawCase("target-17k", get(b"/v1/files/" + b"a" * 17_000), s({414})),
        RawCase("query-17k", get(b"/v1/models?after=" + b"a" * 17_000), s({414})),
        RawCase("header-no-colon", get(b"/v1/models", extra=b"NoColonHere\r\n"), s({400})),
        RawCase("header-space-before-colon", get(b"/v1/models", extra=b"X-Bad : v\r\n"), s({400})),
        RawCase("header-nul-value", get(b"/v1/models", extra=b"X-Nul: a\x00b\r\n"), s({400})),
        RawCase("header-obs-fold", get(b"/v1/models", extra=b"X-Fold: a\r\n b\r\n"), s({200, 400})),
        RawCase("header-bad-name", get(b"/v1/models", extra=b"X(Bad): v\r\n"), s({400})),
        RawCase("header-high-bytes", get(b"/v1/models", extra=b"X-Latin: \xe9\xff\r\n")),
        RawCase("auth-huge-token", get(b"/v1/models", extra=b"X-Relay-Key: " + b"k" * 60_000 + b"\r\n"),
                s({401, 431})),
        RawCase("auth-control-bytes", get(b"/v1/models").replace(auth, b"Authorization: Bearer \x01\x7f\r\n"),
                s({400, 401})),
        RawCase("auth-missing", get(b"/v1/models").replace(auth, b""), s({401})),
        RawCase("request-line-only-lf", b"GET /v1/models HTTP/1.1\n" + host + auth + b"\n"),
        RawCase("leading-empty-lines", b"\r\n\r\n" + get(b"/v1/models")),
        RawCase("request-line-garbage", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64, s({400})),
        RawCase("version-http10", get(b"/v1/models").replace(b"HTTP/1.1", b"HTTP/1.0")),
        RawCase("version-http09", b"GET /v1/models\r\n\r\n", s({400, 401})),
        RawCase("version-http2-preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", s({400, 405})),
        RawCase("version-unknown", get(b"/v1/models").replace(b"HTTP/1.1", b"HTTP/7.3"), s({400, 505})),
        RawCase("no-host", b"GET /v1/models HTTP/1.1\r\n" + auth + b"Connection: close\r\n\r\n"),
        RawCase("two-hosts", get(b"/v1/models", extra=b"Host: other.example\r\n")),
        # request-body framing
        RawCase("cl-negative", post(b"/v1/embeddings", body, b"Content-Length: -1\r\n"), s({400})),
        RawCase("cl-not-a-number", post(b"/v1/embeddings", body, b"Content-Length: abc\r\n"), s({400})),
        RawCase("cl-trailing-space", post(b"/v1/embeddings", body, b"Content-Length: %d \r\n" % len(body))),
        RawCase("cl-two-values", post(b"/v1/embeddings", body, length + b"Content-Length: 3\r\n"), s({400})),
        RawCase("cl-comma-list", post(b"/v1/embeddings", body, b"Content-Length: %d, %d\r\n" % (len(body), len(body)))),
        RawCase("cl-huge", post(b"/v1/embeddings", body, b"Content-Length: 99999999999999999999\r\n"),
                s({400, 413})),
        RawCase("cl-and-te", post(b"/v1/embeddings", b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body),
                                  length + b"Transfer-Encoding: chunked\r\n"), s({400})),
        RawCase("te-gzip-chunked", post(b"/v1/embeddings", b"0\r\n\r\n", b"Transfer-Encoding: gzip, chunked\r\n")),
        RawCase("te-bad-chunk-size", post(b"/v1/embeddings", b"zz\r\nabc\r\n0\r\n\r\n",
                                          b"Transfer-Encoding: chunked\r\n"), s({400})),
        RawCase("te-unknown", post(b"/v1/embeddings", body, b"Transfer-Encoding: bogus\r\n"), s({400, 501})),
        RawCase("body-on-get", get(b"/v1/models", extra=b"Content-Length: 5\r\n").replace(b"\r\n\r\n", b"\r\n\r\nhello")),
        RawCase("expect-continue", post(b"/v1/embeddings", body, length, b"Expect: 100-continue\r\n")),
        RawCase("expect-unknown", post(b"/v1/embeddings", body, length, b"Expect: 200-ok\r\n")),
        RawCase("content-type-garbage", post(b"/v1/embeddings", body).replace(
            b"Content-Type: application/json", b"Content-Type: \x01;;==;charset=\xff"), s({400, 415})),
        RawCase("json-deep-nesting", post(b"/v1/embeddings", b"[" * 100_000 + b"]" * 100_000), s({400, 413})),
        RawCase("json-invalid-utf8", post(b"/v1/embeddings", b'{"model": "\xff\xfe", "input": "x"}'), s({400})),
        # the Actions proxy's envelope
        RawCase("actions-deep-nesting", post(b"/actions/proxy", b'{"body":' * 50_000 + b"1" + b"}" * 50_000),
                s({400, 413})),
        RawCase("actions-not-json", post(b"/actions/proxy", b"{nope"), s({400})),
        RawCase("actions-not-an-object", post(b"/actions/proxy", b"[1]"), s({400})),
        RawCase("actions-traversal", post(b"/actions/proxy", actions(b'"GET"', b'"/files/..%2fassistants"')),
                s({400, 403})),
        RawCase("actions-odd-method", post(b"/actions/proxy", actions(b'"TRACE"', b'"/models"')), s({400, 405})),
        RawCase("actions-method-not-a-string", post(b"/actions/proxy", actions(b"[1]", b"{}")), s({400})),
        RawCase("actions-absolute-url", post(b"/actions/proxy", actions(b'"GET"', b'"http://evil/v1/models"')),
                s({400})),
        RawCase("actions-huge-body", post(b"/actions/proxy", b'{"method": "POST", "path": "/embeddings", '
                                          b'"body": {"input": "' + b"x" * 2_000_000 + b'"}}'), s({413})),
        # upgrades
        RawCase("upgrade-h2c-with-body", post(b"/v1/embeddings", body, length,
                                              b"Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n",
                                              connection=b"Upgrade, HTTP2-Settings"), s({400})),
        RawCase("upgrade-websocket-on-post", post(b"/v1/responses", body, length,
                                                  b"Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                                  b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",
                                                  connection=b"Upgrade"), s({400})),
        RawCase("upgrade-connect-with-upgrade-headers", get(b"127.0.0.1:443", method=b"CONNECT", extra=ws_upgrade)
                .replace(b"Connection: close", b"Connection: Upgrade"), s({400, 404, 405})),
        RawCase("upgrade-websocket-absolute-target", get(b"http://relay", extra=ws_upgrade)
                .replace(b"Connection: close", b"Connection: Upgrade"), s({400, 404})),
        RawCase("upgrade-websocket-high-bytes", get(b"/v1/realtime\xff", extra=ws_upgrade)
                .replace(b"Connection: close", b"Connection: Upgrade"), s({400, 404})),
        RawCase("upgrade-websocket-no-key", get(b"/v1/realtime?model=m", extra=ws_upgrade)
                .replace(auth, b"").replace(b"Connection: close", b"Connection: Upgrade"), s({401})),
        RawCase("upgrade-header-without-connection", post(b"/v1/embeddings", body, length, b"Upgrade: h2c\r\n")),
        RawCase("upgrade-websocket-bad-path", get(b"/v1/models", extra=ws_upgrade)
                .replace(b"Connection: close", b"Connection: Upgrade"), s({400, 404})),
    ]


def send(port: int, data: bytes, timeout: float) -> Answer | str:
    """Send `data` on a new connection; the answer, or why there is none ("timeout", "closed ...")."""
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            try:
                sock.sendall(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the relay may answer and close before reading all of a refused request
            return _read_answer(sock, deadline, head_only=data.startswith(b"HEAD "))
    except TimeoutError:
        return "timeout"
    except OSError as exc:
        return f"connection error: {exc}"


def _read_answer(sock: socket.socket, deadline: float, head_only: bool = False) -> Answer | str:
    data = b""

    def more() -> bytes:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return b""
        if time.monotonic() > deadline:
            raise TimeoutError
        return chunk

    while b"\r\n\r\n" not in data:
        chunk = more()
        if not chunk:
            return f"closed without an answer (got {data[:80]!r})"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    while head.startswith(b"HTTP/1.1 100 "):  # interim answer to Expect: 100-continue
        data = rest
        while b"\r\n\r\n" not in data:
            chunk = more()
            if not chunk:
                return "closed after 100 Continue"
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return f"bad status line {lines[0][:80]!r}"
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), value.strip())
    if head_only:  # the answer to HEAD has no body, whatever its framing headers say
        return Answer(status, headers, b"", head=True)
    if "content-length" in headers:
        need = int(headers["content-length"])
        while len(rest) < need:
            chunk = more()
            if not chunk:
                return f"closed {need - len(rest)} bytes short of its Content-Length"
            rest += chunk
        return Answer(status, headers, rest[:need])
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while not (rest.endswith(b"0\r\n\r\n")):
            chunk = more()
            if not chunk:
                return "closed before the last chunk"
            rest += chunk
        return Answer(status, headers, _unchunk(rest))
    while chunk := more():
        rest += chunk
    return Answer(status, headers, rest)


def _unchunk(data: bytes) -> bytes:
    out, pos = [], 0
    while True:
        eol = data.index(b"\r\n", pos)
        size = int(data[pos:eol].split(b";")[0], 16)
        if size == 0:
            return b"".join(out)
        out.append(data[eol + 2:eol + 2 + size])
        pos = eol + 4 + size


def reproduce(port: int, key: str, name: str) -> str:
    return f"python tests/fuzz/hostile.py --port {port} --key {key} --case {name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--case")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    chosen = [c for c in cases(args.key) if args.case in (None, c.name)]
    if not chosen:
        print(f"no case named {args.case!r}", file=sys.stderr)
        return 2
    for case in chosen:
        answer = send(args.port, case.data, args.timeout)
        if isinstance(answer, str):
            print(f"{case.name}: {answer}")
        else:
            print(f"{case.name}: {answer.status} {answer.headers.get('content-type', '')} {answer.body[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
