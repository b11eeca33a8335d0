"""`AdminConsole`: the relay's admin web console, a raw ASGI app served by the relay itself.

    GET  /admin                                      -> /admin/console/keys
    GET  /admin/console/signin   POST (key)          sign in with a `manage` relay key
    POST /admin/console/signout
    GET  /admin/console/keys     POST (new key)      the keys; a created key is shown once
    GET  /admin/console/keys/{name}   POST           edit a key's owner, models and limits
    POST /admin/console/keys/{name}/revoke|rotate    (a rotated key is shown once)
    GET  /admin/console/usage?key=&model=&since=&until=         usage per day, top keys and models
    GET  /admin/console/usage.csv?by=day|key|model&...          what the view shows, as `relay usage --csv`
    GET  /admin/console/live     GET /admin/console/live.json   in-flight calls and last-minute rate per key
    GET  /admin/console/static/console.css|console.js

Changes are the admin API's own operations (runtime/keys/admin_api.py); usage numbers are its usage query.
Pages are rendered on the server (Jinja2, autoescaped); the JavaScript is one file, an enhancement (copy
buttons, confirmations, live refresh) — every action is a plain form. Each response carries a strict CSP
(no inline script or style), X-Frame-Options DENY, Referrer-Policy no-referrer and Cache-Control no-store.
Every change must come with the session's CSRF token (compared in constant time) and from the console's
own origin (runtime/admin/http.py). Sessions: runtime/admin/sessions.py.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

from ..errors import RelayError
from ..keys.admin_api import as_relay_error
from ..store.errors import StoreError, StoreUnavailable
from ..usage.report import write_csv
from . import views
from .http import Request, redirect, respond, respond_json
from .live import LiveSource, ledger_live, read_live
from .sessions import COOKIE, Session, Sessions, clear_cookie, session_cookie

__all__ = ["AdminConsole"]

log = logging.getLogger("relay")

BASE = "/admin/console"
_HERE = Path(__file__).parent
_STATIC = {"console.css": "text/css; charset=utf-8", "console.js": "text/javascript; charset=utf-8"}
_CREATE_FIELDS = ("scopes", "models", "owner", "expires_in", "rpm", "tpm", "max_concurrent", "budget_usd",
                  "budget_period")
_EDIT_FIELDS = ("owner", "models", "rpm", "tpm", "max_concurrent", "budget_usd", "budget_period")
_GRACES = {"0": 0, "1h": 3600, "24h": 86400}
_DONE = {"updated": "Key {key} updated.", "revoked": "Key {key} revoked: it is refused from now on.",
         "signedout": "Signed out."}
_KEY_PAGE = re.compile(r"/keys/([^/]+)(/revoke|/rotate)?")


class AdminConsole:
    """`api` is the relay's `AdminAPI` (its operations do every change), `store` the database (sessions,
    spend), `keys` the worker's `KeyRing` (sign-in, static keys). `live` is the Live view's source
    (runtime/admin/live.py), by default the usage ledger's last-minute counts."""

    def __init__(self, api, store, keys, *, public_url: str | None = None, live: LiveSource | None = None):
        self.api = api
        self.store = store
        self.keys = keys
        self.live: LiveSource = live or ledger_live(store)
        self.sessions = Sessions(store, keys.digest, lambda: keys.static)
        self._public_url = public_url
        self._templates = None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        request = Request(scope, receive, self._public_url)
        if request.method == "HEAD":
            send = _without_body(send)
        try:
            await self._route(request, send)
        except StoreUnavailable as exc:
            log.warning("admin console: %s", exc)
            await self._page(send, 503, "error.html", None, title="Database unavailable",
                             message="The relay's database is unavailable; try again shortly.")
        except RelayError as exc:
            await self._page(send, exc.status, "error.html", None, title="Request refused", message=exc.message,
                             headers=exc.headers)

    # --- routing ---------------------------------------------------------------------------------------

    async def _route(self, request: Request, send) -> None:
        path, method = request.path, request.method
        if path in ("/admin", "/admin/", BASE, BASE + "/"):
            await redirect(send, BASE + "/keys")
            return
        if not path.startswith(BASE + "/"):
            await self._not_found(send)
            return
        rest = path[len(BASE):]
        if rest.startswith("/static/"):
            await self._static(request, send, rest[len("/static/"):])
            return
        _allow(method, "GET", "HEAD", "POST")
        if rest == "/signin":
            await (self._signin(request, send) if method == "POST" else self._signin_form(request, send))
            return
        session = await self.sessions.resume(request.cookie(COOKIE))
        if method in ("GET", "HEAD"):
            if session is None:
                if rest == "/live.json":
                    await respond_json(send, 401, {"error": "signed_out"})
                else:
                    await redirect(send, BASE + "/signin")
                return
            await self._read(request, send, session, rest)
            return
        form = await self._checked_change(request, send, session)
        if form is None:
            return
        await self._change(request, send, session, rest, form)

    async def _read(self, request: Request, send, session: Session, rest: str) -> None:
        if rest == "/keys":
            await self._keys_page(request, send, session)
        elif rest == "/usage":
            await self._usage_page(request, send, session)
        elif rest == "/usage.csv":
            await self._usage_csv(request, send)
        elif rest == "/live":
            await self._page(send, 200, "live.html", session, title="Live", live=await self._live_rows())
        elif rest == "/live.json":
            await respond_json(send, 200, {"data": await self._live_rows()})
        elif (match := _KEY_PAGE.fullmatch(rest)) and match.group(2) is None:
            await self._edit_page(send, session, _unquote(match.group(1)))
        else:
            await self._not_found(send, session)

    async def _change(self, request: Request, send, session: Session, rest: str, form: dict) -> None:
        if rest == "/signout":
            await self.sessions.end(session)
            await redirect(send, f"{BASE}/signin?done=signedout", [(b"set-cookie", clear_cookie(secure=request.https))])
        elif rest == "/keys":
            await self._create(send, session, form)
        elif match := _KEY_PAGE.fullmatch(rest):
            name, action = _unquote(match.group(1)), match.group(2)
            if action == "/revoke":
                await self._revoke(send, session, name)
            elif action == "/rotate":
                await self._rotate(send, session, name, form)
            else:
                await self._update(send, session, name, form)
        else:
            await self._not_found(send, session)

    async def _checked_change(self, request: Request, send, session: Session | None) -> dict | None:
        """The form of a change that passed the checks (a live session, the console's origin, the session's
        CSRF token); otherwise the refusal is sent and None returned."""
        if session is None:
            await self._page(send, 401, "signin.html", None, title="Sign in",
                             error="Your session has ended; sign in again.")
            return None
        if not request.same_origin():
            await self._page(send, 403, "error.html", session, title="Change refused",
                             message="This change did not come from the console's own pages, so it was refused.")
            return None
        form = await request.form()
        if not session.csrf_ok(_one(form, "csrf_token") or request.headers.get("x-csrf-token")):
            await self._page(send, 403, "error.html", session, title="Change refused",
                             message="This change did not carry the page's security token, so it was refused. "
                                     "Reload the page and try again.")
            return None
        return form

    # --- signing in and out ----------------------------------------------------------------------------

    async def _signin_form(self, request: Request, send) -> None:
        if await self.sessions.resume(request.cookie(COOKIE)) is not None:
            await redirect(send, BASE + "/keys")
            return
        done = _DONE.get(request.query.get("done", "")) if request.query.get("done") == "signedout" else None
        await self._page(send, 200, "signin.html", None, title="Sign in", notice=done)

    async def _signin(self, request: Request, send) -> None:
        if not request.same_origin():
            await self._page(send, 403, "signin.html", None, title="Sign in",
                             error="This sign-in did not come from the console's own page, so it was refused.")
            return
        raw = (_one(await request.form(), "key") or "").strip()
        if not self.keys.required:  # RELAY_AUTH=false: no key identifies anybody, so nobody may manage
            await self._page(send, 403, "signin.html", None, title="Sign in",
                             error="This relay runs without relay keys (RELAY_AUTH=false), so the console is off.")
            return
        key = self.keys.authenticate(raw) if raw else None
        if key is not None and "manage" not in key.scopes:
            await self._page(send, 403, "signin.html", None, title="Sign in",
                             error="That key is valid but lacks the 'manage' scope the console needs.")
            return
        begun = await self.sessions.begin(key, raw) if key is not None else None
        if begun is None:
            await self._page(send, 401, "signin.html", None, title="Sign in",
                             error="That key is not a valid relay key.")
            return
        token, session = begun
        await redirect(send, BASE + "/keys", [(b"set-cookie", session_cookie(
            token, secure=request.https, max_age=self.sessions.lifetime))])

    # --- keys ------------------------------------------------------------------------------------------

    async def _keys_page(self, request: Request, send, session: Session, *, status: int = 200, error=None,
                         values=None) -> None:
        done = _DONE.get(request.query.get("done", "")) if request is not None else None
        notice = done.format(key=request.query.get("key", "")) if done else None
        await self._page(send, status, "keys.html", session, title="Keys", keys=await views.key_rows(self.api,
                         self.store), notice=notice, error=error, values=values or {})

    async def _create(self, send, session: Session, form: dict) -> None:
        values = {name: form.get(name, [""])[-1] for name in ("name", *_CREATE_FIELDS) if name != "scopes"}
        values["scopes"] = form.get("scopes", [])
        try:
            created = await self.api.create_key({"name": _one(form, "name") or None,
                                                 **views.form_fields(form, _CREATE_FIELDS)})
        except (StoreError, RelayError) as exc:
            if isinstance(exc, StoreUnavailable):
                raise
            await self._keys_page(None, send, session, status=_status(exc), error=_message(exc), values=values)
            return
        await self._page(send, 201, "key_shown.html", session, title="Key created", created=created, rotated=False)

    async def _edit_page(self, send, session: Session, name: str, *, status: int = 200, error=None) -> None:
        key = next((k for k in await views.key_rows(self.api, self.store) if k["name"] == name), None)
        if key is None:
            await self._page(send, 404, "error.html", session, title="No such key",
                             message=f"There is no key named {name!r}.")
            return
        await self._page(send, status, "key_edit.html", session, title=f"Key {name}", key=key, error=error)

    async def _update(self, send, session: Session, name: str, form: dict) -> None:
        try:
            await self.api.update_key(name, views.form_fields(form, _EDIT_FIELDS))
        except (StoreError, RelayError) as exc:
            if isinstance(exc, StoreUnavailable):
                raise
            await self._edit_page(send, session, name, status=_status(exc), error=_message(exc))
            return
        await redirect(send, f"{BASE}/keys?{urlencode({'done': 'updated', 'key': name})}")

    async def _revoke(self, send, session: Session, name: str) -> None:
        try:
            record = await self.api.revoke_key(name)
        except (StoreError, RelayError) as exc:
            if isinstance(exc, StoreUnavailable):
                raise
            await self._edit_page(send, session, name, status=_status(exc), error=_message(exc))
            return
        await self.store.end_sessions(record["id"])  # its console sessions end now (resume() checks too)
        await redirect(send, f"{BASE}/keys?{urlencode({'done': 'revoked', 'key': name})}")

    async def _rotate(self, send, session: Session, name: str, form: dict) -> None:
        grace = _GRACES.get(_one(form, "grace") or "1h")
        try:
            if grace is None:
                raise RelayError(400, "Choose how long the old key keeps working: now, 1 hour or 24 hours.")
            rotated = await self.api.rotate_key(name, {"grace_seconds": grace})
        except (StoreError, RelayError) as exc:
            if isinstance(exc, StoreUnavailable):
                raise
            await self._edit_page(send, session, name, status=_status(exc), error=_message(exc))
            return
        await self._page(send, 200, "key_shown.html", session, title="Key rotated", created=rotated, rotated=True,
                         grace=grace)

    # --- usage and live ---------------------------------------------------------------------------------

    async def _usage_page(self, request: Request, send, session: Session) -> None:
        filt = views.UsageFilter(request.query)
        data = await views.usage_view(self.api, filt)
        keys = sorted({k["name"] for k in (await self.api.list_keys())["data"]})
        csv_links = {by: f"{BASE}/usage.csv?{urlencode(filt.params(by=by))}" for by in ("day", "key", "model")}
        await self._page(send, 200 if filt.error is None else 400, "usage.html", session, title="Usage",
                         filt=filt, data=data, key_names=keys, csv_links=csv_links, error=filt.error,
                         cli=_cli_line(filt))

    async def _usage_csv(self, request: Request, send) -> None:
        by = request.query.get("by", "day")
        if by not in ("day", "key", "model"):
            raise RelayError(400, "by must be day, key or model.")
        filt = views.UsageFilter(request.query)
        if filt.error:
            raise RelayError(400, filt.error)
        rows = (await self.api.usage({**filt.params(), "group_by": by}))["data"]
        out = io.StringIO()
        write_csv(out, [by], rows)
        name = f"relay-usage-by-{by}-{filt.since}-{filt.until}.csv"
        await respond(send, 200, out.getvalue(), content_type="text/csv; charset=utf-8",
                      headers=[(b"content-disposition", f'attachment; filename="{name}"'.encode())])

    async def _live_rows(self) -> list[dict]:
        keys = {k["name"]: k for k in (await self.api.list_keys())["data"]}
        active = [name for name, k in keys.items() if k["status"] == "active"]
        try:
            counts = await read_live(self.live, active)
        except StoreError:
            raise
        except Exception:  # noqa: BLE001 - a broken source shows no numbers, never a failing page
            log.exception("admin console: the live source failed")
            counts = {name: {"inflight": None, "last_minute": None} for name in active}
        return [{"key": name, **c, "rpm": keys.get(name, {}).get("rpm"),
                 "max_concurrent": keys.get(name, {}).get("max_concurrent")} for name, c in counts.items()]

    # --- rendering -------------------------------------------------------------------------------------

    async def _page(self, send, status: int, template: str, session: Session | None, *,
                    headers: list[tuple[bytes, bytes]] = (), **context) -> None:
        html = self._environment().get_template(template).render(
            session=session, base=BASE, csrf_token=session.csrf_token if session else "",
            signed_in_as=session.key.name if session else None, **context)
        await respond(send, status, html, headers=list(headers))

    def _environment(self):
        if self._templates is None:
            import jinja2  # only when the console is used

            env = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"), autoescape=True,
                                     trim_blocks=True, lstrip_blocks=True)
            env.filters.update(views.FORMATTERS)
            env.filters["q"] = lambda text: quote(str(text), safe="")
            self._templates = env
        return self._templates

    async def _static(self, request: Request, send, name: str) -> None:
        if name not in _STATIC:
            await self._not_found(send)
            return
        _allow(request.method, "GET", "HEAD")
        await respond(send, 200, (_HERE / "static" / name).read_bytes(), content_type=_STATIC[name])

    async def _not_found(self, send, session: Session | None = None) -> None:
        await self._page(send, 404, "error.html", session, title="Not found",
                         message="There is no console page at this address.")


def _allow(method: str, *allowed: str) -> None:
    if method not in allowed:
        raise RelayError(405, f"{method} is not allowed here; use {' or '.join(allowed)}.",
                         headers=[(b"allow", ", ".join(allowed).encode())])


def _without_body(send):
    async def send_head(message):
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return send_head


def _one(form: dict, name: str) -> str | None:
    values = form.get(name)
    return values[-1] if values else None


def _unquote(text: str) -> str:
    return unquote(text)


def _status(exc: Exception) -> int:
    if isinstance(exc, RelayError):
        return exc.status
    return as_relay_error(exc).status


def _message(exc: Exception) -> str:
    return exc.message if isinstance(exc, RelayError) else str(exc)


def _cli_line(filt: views.UsageFilter) -> str:
    parts = ["relay usage --by day", f"--since {filt.since}", f"--until {filt.until}"]
    if filt.key:
        parts.append(f"--key {filt.key}")
    if filt.model:
        parts.append(f"--model {filt.model}")
    return " ".join(parts)
