"""The admin console: `/admin` on the relay — sign in with a `manage` key, keys, usage, live
(docs/admin-console.md). `AdminConsole` is the ASGI app `runtime.team.Team` builds when there is a database."""

from .console import AdminConsole

__all__ = ["AdminConsole"]
