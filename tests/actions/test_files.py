"""Files in and out: signed links (any instance, no key, expiry), downloadFile as openaiFileResponse, and
importChatFiles — allowlist and address checks before any connection, streamed and capped downloads, sniffed
types, byte-exact uploads through the pipeline."""

from __future__ import annotations

import json
import random
import time

import httpx
import pytest
from actions_support import PUBLIC_URL, parse_multipart
from aiohttp import web

from runtime.actions.files_in import FileFetcher, LinkRefused
from runtime.actions.files_out import FileLinks, LinkExpired, LinkInvalid, key_ident
from runtime.config import load_settings


def settings(**kw):
    return load_settings(_env_file=None, RELAY_AUTH="false", **kw)


def pdf(size: int, seed: int = 3) -> bytes:
    body = random.Random(seed).randbytes(size - 16)
    return b"%PDF-1.7\n" + body + b"\n%%EOF\n"


# --- signed links ---------------------------------------------------------------------------------------------------

def test_a_link_verifies_on_any_instance_sharing_the_secret(monkeypatch):
    a, b = FileLinks(settings()), FileLinks(settings())
    token = a.token("file-abc", "report é.pdf", "application/pdf", 1234)
    assert b.verify(token) == {"f": "file-abc", "n": "report é.pdf", "t": "application/pdf", "s": 1234,
                               "k": None, "e": b.verify(token)["e"]}
    monkeypatch.setenv("RELAY_KEY_SECRET", "another-secret-0123456789abcdef")
    with pytest.raises(LinkInvalid):
        FileLinks(settings()).verify(token)


def test_a_tampered_or_expired_link_is_refused():
    links = FileLinks(settings(RELAY_ACTIONS_FILE_URL_TTL="60"))
    token = links.token("file-abc", "a.pdf", "application/pdf", 1)
    payload, mac = token.split(".")
    other = links.token("file-OTHER", "a.pdf", "application/pdf", 1).split(".")[0]
    for bad in (other + "." + mac, payload + "." + mac[:-2] + "AA", payload, "", "x.y", payload + ".!!"):
        with pytest.raises(LinkInvalid):
            links.verify(bad)
    with pytest.raises(LinkExpired):
        links.verify(token, now=time.time() + 61)


class FilesUpstream:
    """Files API fake: metadata and content of known files."""

    def __init__(self, files: dict[str, tuple[str, bytes]]):
        self.files = files

    def __call__(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        if len(parts) >= 4 and parts[2] == "files" and parts[3] in self.files:
            name, data = self.files[parts[3]]
            if parts[-1] == "content":
                return httpx.Response(200, content=data, headers={"content-type": "application/octet-stream",
                                                                  "openai-project": "proj-secret"})
            return httpx.Response(200, json={"id": parts[3], "object": "file", "bytes": len(data), "filename": name})
        return httpx.Response(404, json={"error": {"message": "No such file", "type": "invalid_request_error"}})


async def test_download_file_small_is_inline_large_is_a_link_huge_is_described(make_relay):
    relay = make_relay(RELAY_PUBLIC_URL=PUBLIC_URL)
    small, large = b"a,b\n1,2\n", pdf(500_000)
    relay.answer = FilesUpstream({"file-s": ("data.csv", small), "file-l": ("big report.pdf", large),
                                  "file-t": ("export.csv", b"x,y\n" * 20_000)})

    r = await relay.request("GET", "/actions/v1/files/file-s/content")
    doc = r.json()
    assert doc["openaiFileResponse"] == [{"name": "data.csv", "mime_type": "text/csv",
                                          "content": "YSxiCjEsMgo="}]

    r = await relay.request("GET", "/actions/v1/files/file-l/content")
    doc = r.json()
    assert doc["filename"] == "big report.pdf" and doc["bytes"] == len(large)
    (url,) = doc["openaiFileResponse"]
    fetched = await relay.request("GET", url.removeprefix(PUBLIC_URL), key=None)
    assert fetched.status_code == 200 and fetched.content == large
    assert fetched.headers["content-type"] == "application/pdf"
    assert fetched.headers["content-disposition"] == 'attachment; filename="big report.pdf"'
    assert fetched.headers["content-length"] == str(len(large))
    assert "openai-project" not in fetched.headers and "x-request-id" not in fetched.headers
    head = await relay.request("HEAD", url.removeprefix(PUBLIC_URL), key=None)
    assert head.status_code == 200 and head.headers["content-length"] == str(len(large))

    doc = (await relay.request("GET", "/actions/v1/files/file-t/content")).json()
    assert doc["mime_type"] == "text/csv"  # a link: typed from the file's name
    fetched = await relay.request("GET", doc["openaiFileResponse"][0].removeprefix(PUBLIC_URL), key=None)
    assert fetched.headers["content-type"].startswith("text/csv") and fetched.content == b"x,y\n" * 20_000

    relay.answer = lambda request: httpx.Response(200, json={"id": "file-h", "bytes": 11_000_000, "filename": "h.zip"})
    doc = (await relay.request("GET", "/actions/v1/files/file-h/content")).json()
    assert "openaiFileResponse" not in doc and "10 MB" in doc["relay_note"]


async def test_links_that_do_not_verify_or_whose_file_is_gone(make_relay):
    relay = make_relay(RELAY_PUBLIC_URL=PUBLIC_URL)
    relay.answer = FilesUpstream({})
    bad = await relay.request("GET", "/actions/files/abc.def", key=None)
    assert bad.status_code == 404 and bad.json()["error"]["code"] == "invalid_link"
    links = relay.app.inner.state.actions_gateway.links
    minter = key_ident(relay.app.keystore.keys()[0])
    expired = links.token("file-x", "x.pdf", "application/pdf", 1, minter, now=time.time() - 10_000)
    r = await relay.request("GET", "/actions/files/" + expired, key=None)
    assert r.status_code == 410 and r.json()["error"]["code"] == "link_expired"
    orphan = links.token("file-x", "x.pdf", "application/pdf", 1, "key-that-was-removed")
    r = await relay.request("GET", "/actions/files/" + orphan, key=None)
    assert r.status_code == 410 and "no longer valid" in r.json()["error"]["message"]
    assert relay.sent() == []
    gone = await relay.request("GET", "/actions/files/" + links.token("file-x", "x.pdf", "application/pdf", 1,
                                                                      minter), key=None)
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "file_gone"
    (sent,) = relay.sent()
    assert sent.url.raw_path == b"/v1/files/file-x/content" and "x-relay-key" not in sent.headers


# --- the link check: before any connection -------------------------------------------------------------------------

@pytest.mark.parametrize("url, reason", [
    ("https://evil.example.com/file.pdf", "not one of them"),
    ("https://files.oaiusercontent.com.evil.example/f", "not one of them"),
    ("http://files.oaiusercontent.com/f", "not https"),
    ("https://user:pw@files.oaiusercontent.com/f", "credentials"),
    ("https://files.oaiusercontent.com:8443/f", "port 443 only"),
    ("ftp://files.oaiusercontent.com/f", "not an http"),
    ("file:///etc/passwd", "not an http"),
    ("https://[::1]/f", "not one of them"),
    ("not a url", "not an http"),
    (None, "missing"),
])
def test_links_off_the_list_are_refused_without_a_connection(url, reason):
    looked_up = []

    async def lookup(host, port):
        looked_up.append(host)
        return ["93.184.216.34"]

    fetcher = FileFetcher("files.oaiusercontent.com", 1024, lookup=lookup)
    with pytest.raises(LinkRefused, match=reason):
        fetcher.check(url)
    assert looked_up == []


def test_the_list_allows_its_hosts_and_ports():
    fetcher = FileFetcher("Files.OAIUserContent.com, 127.0.0.1:8080, localhost", 1024)
    assert fetcher.check("https://files.oaiusercontent.com/x?sig=1") == ("https", "files.oaiusercontent.com", 443)
    assert fetcher.check("http://127.0.0.1:8080/x") == ("http", "127.0.0.1", 8080)  # loopback: http allowed
    assert fetcher.check("http://localhost/x")[1] == "localhost"
    assert fetcher.check("http://localhost:9090/x")[2] == 9090  # a loopback entry without a port: any port
    with pytest.raises(LinkRefused, match="port 8080 only"):
        fetcher.check("http://127.0.0.1:9090/x")


def test_an_allowlisted_private_ip_literal_is_refused():
    fetcher = FileFetcher("10.0.0.5, 169.254.169.254", 1024)
    for url in ("https://10.0.0.5/f", "https://169.254.169.254/latest/meta-data"):
        with pytest.raises(LinkRefused, match="non-public"):
            fetcher.check(url)


@pytest.mark.parametrize("addresses", [["10.1.2.3"], ["93.184.216.34", "192.168.0.10"], ["127.0.0.1"],
                                       ["169.254.169.254"], ["::ffff:10.0.0.1"], ["100.64.0.1"], ["fd00::1"]])
async def test_a_listed_name_resolving_to_a_private_address_is_never_connected_to(tmp_path, addresses):
    looked_up = []

    async def lookup(host, port):
        looked_up.append((host, port))
        return addresses

    fetcher = FileFetcher("files.example.test", 1024, lookup=lookup)
    with open(tmp_path / "sink", "wb") as sink, pytest.raises(LinkRefused, match="non-public address"):
        await fetcher.fetch("https://files.example.test/f.pdf", sink, time.monotonic() + 5)
    assert looked_up == [("files.example.test", 443)]
    assert (tmp_path / "sink").stat().st_size == 0


# --- importChatFiles against a local file host --------------------------------------------------------------------

class FileHost:
    """ChatGPT's file host, on a loopback port: serves files, redirects, counts every request."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.hits: list[str] = []
        self.redirects: dict[str, str] = {}

    async def handle(self, request: web.Request):
        self.hits.append(request.path)
        name = request.path.lstrip("/")
        if name in self.redirects:
            raise web.HTTPFound(self.redirects[name])
        if name not in self.files:
            return web.Response(status=403, text="expired")
        if name.startswith("chunked-"):  # no Content-Length: the cap is counted while streaming
            resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
            resp.enable_chunked_encoding()
            await resp.prepare(request)
            data = self.files[name]
            for start in range(0, len(data), 256 * 1024):
                await resp.write(data[start:start + 256 * 1024])
            await resp.write_eof()
            return resp
        return web.Response(body=self.files[name], content_type="application/octet-stream")


@pytest.fixture
async def file_host():
    host = FileHost()
    app = web.Application()
    app.router.add_get("/{name:.*}", host.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host.base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    yield host
    await runner.cleanup()


class Importer:
    """Upstream fake for importChatFiles: Files uploads (parsed, kept) and vector store attachments."""

    def __init__(self):
        self.uploads: list[dict] = []
        self.attached: list[tuple[str, dict]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/files" and request.method == "POST":
            fields = parse_multipart(request.headers["content-type"], request.content)
            file_id = f"file-up-{len(self.uploads) + 1}"
            self.uploads.append({"id": file_id, **fields})
            return httpx.Response(200, json={"id": file_id, "object": "file", "filename": fields["file"][0],
                                             "bytes": len(fields["file"][2]), "purpose": fields["purpose"][2].decode()})
        if path.startswith("/v1/vector_stores/") and path.endswith("/files"):
            self.attached.append((path.split("/")[3], json.loads(request.content)))
            return httpx.Response(200, json={"id": "vsf_1", "object": "vector_store.file", "status": "in_progress"})
        return httpx.Response(404, json={"error": {"message": "not faked"}})


def ref(host: FileHost, name: str, path: str, mime: str = "application/pdf", base: str | None = None) -> dict:
    return {"name": name, "id": f"file-chat-{path}", "mime_type": mime,
            "download_link": f"{base or host.base}/{path}"}


@pytest.fixture
def importer(make_relay, file_host):
    relay = make_relay(RELAY_ACTIONS_FILE_HOSTS="127.0.0.1", RELAY_ACTIONS_MAX_FILE_BYTES=str(4 * 1024 * 1024))
    relay.answer = Importer()
    return relay, relay.answer, file_host


async def test_files_arrive_byte_exact_with_sniffed_types_and_join_the_vector_store(importer):
    relay, upstream, host = importer
    document = pdf(1_500_000)
    host.files = {"doc": document, "notes": "Grüße, notes\n".encode() * 100}
    r = await relay.request("POST", "/actions/v1/files", json={
        "openaiFileIdRefs": [ref(host, "scan.txt", "doc", mime="text/plain"),
                             ref(host, "notes.md", "notes", mime="text/markdown")],
        "purpose": "assistants", "vector_store_id": "vs_team"})
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert [d["file_id"] for d in data] == ["file-up-1", "file-up-2"] or \
        sorted(d["file_id"] for d in data) == ["file-up-1", "file-up-2"]
    by_name = {u["file"][0]: u for u in upstream.uploads}
    assert by_name["scan.txt"]["file"][2] == document  # byte-exact
    assert by_name["scan.txt"]["file"][1] == "application/pdf"  # sniffed, not the extension's text/plain
    assert by_name["scan.txt"]["purpose"][2] == b"assistants"
    assert by_name["notes.md"]["file"][1] == "text/markdown"
    scan = next(d for d in data if d["filename"] == "scan.txt")
    assert scan["mime_type"] == "application/pdf" and scan["claimed_mime_type"] == "text/plain"
    assert scan["bytes"] == len(document) and scan["vector_store_file_status"] == "in_progress"
    assert sorted(a[1]["file_id"] for a in upstream.attached) == ["file-up-1", "file-up-2"]
    assert {a[0] for a in upstream.attached} == {"vs_team"}


async def test_a_link_off_the_list_is_refused_unfetched_while_the_others_import(importer):
    relay, upstream, host = importer
    host.files = {"ok": pdf(10_000), "same-server": pdf(10_000, seed=9)}
    other = host.base.replace("127.0.0.1", "localhost")  # the same server under a name not on the list
    r = await relay.request("POST", "/actions/v1/files", json={"openaiFileIdRefs": [
        ref(host, "ok.pdf", "ok"), ref(host, "evil.pdf", "same-server", base=other),
        ref(host, "far.pdf", "x", base="https://evil.example.com")]})
    assert r.status_code == 200
    doc = r.json()
    assert [d["filename"] for d in doc["data"]] == ["ok.pdf"]
    reasons = {e["name"]: e["error"] for e in doc["errors"]}
    assert "not one of them" in reasons["evil.pdf"] and "not one of them" in reasons["far.pdf"]
    assert host.hits == ["/ok"]  # the refused links were never fetched
    assert len(upstream.uploads) == 1


async def test_nothing_imported_is_a_400_saying_why(importer):
    relay, upstream, host = importer
    r = await relay.request("POST", "/actions/v1/files", json={"openaiFileIdRefs": [
        ref(host, "far.pdf", "x", base="https://evil.example.com")]})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == "files_not_imported" and "evil.example.com" in error["message"]
    assert host.hits == [] and relay.sent() == []


async def test_size_cap_expired_links_and_redirects(importer):
    relay, upstream, host = importer
    host.files = {"big": pdf(5 * 1024 * 1024), "chunked-big": pdf(5 * 1024 * 1024), "small": pdf(5_000)}
    host.redirects = {"hop": "/small", "away": "https://evil.example.com/x"}
    r = await relay.request("POST", "/actions/v1/files", json={"openaiFileIdRefs": [
        ref(host, "big.pdf", "big"), ref(host, "streamed.pdf", "chunked-big"), ref(host, "gone.pdf", "gone"),
        ref(host, "hop.pdf", "hop"), ref(host, "away.pdf", "away")]})
    doc = r.json()
    assert [d["filename"] for d in doc["data"]] == ["hop.pdf"]
    assert upstream.uploads[0]["file"][2] == host.files["small"]
    reasons = {e["name"]: e["error"] for e in doc["errors"]}
    assert "5242880 bytes, more than this relay imports (4194304)" in reasons["big.pdf"]
    assert "larger than this relay imports (4194304 bytes)" in reasons["streamed.pdf"]
    assert "status 403" in reasons["gone.pdf"]
    assert "not one of them" in reasons["away.pdf"]


@pytest.mark.parametrize("body, param", [
    ({}, "openaiFileIdRefs"),
    ({"openaiFileIdRefs": "file-1"}, "openaiFileIdRefs"),
    ({"openaiFileIdRefs": [{"name": "a"}] * 11}, "openaiFileIdRefs"),
    ({"openaiFileIdRefs": [{"name": "a"}], "purpose": "../x"}, "purpose"),
    ({"openaiFileIdRefs": [{"name": "a"}], "vector_store_id": "vs/../x"}, "vector_store_id"),
])
async def test_bad_import_bodies(importer, body, param):
    relay, _, host = importer
    r = await relay.request("POST", "/actions/v1/files", json=body)
    assert r.status_code == 400 and r.json()["error"]["param"] == param
    assert host.hits == [] and relay.sent() == []


async def test_a_string_ref_that_is_not_a_file_reference(importer):
    relay, _, host = importer
    r = await relay.request("POST", "/actions/v1/files", json={"openaiFileIdRefs": ["file-abc"]})
    assert r.status_code == 400 and "not a file reference" in r.json()["error"]["message"]
