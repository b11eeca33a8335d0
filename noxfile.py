"""Developer sessions. `generate`, `tests` and `lint` run in the current environment (install with
`pip install -e '.[dev]'`); `sdk_compat` builds its own environment for the pinned openai SDK, `fuzz` its own
virtualenv with the `fuzz` extra.

The upstream spec is looked up the one way `codegen.loader.resolve_spec_path` does: `-- --spec PATH`,
$RELAY_SPEC, ../shared/openai-openapi/openapi.yaml, else the pinned spec downloaded into .cache/."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(venv_backend="none")
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the pinned spec (`nox -s generate -- --check` only compares)."""
    session.run("relay", "generate", *session.posargs)


@nox.session(venv_backend="none")
def tests(session: nox.Session) -> None:
    """generated/ matches the pinned spec, then the whole test suite (`-- --spec PATH` picks the spec file;
    other arguments go to pytest)."""
    import os

    posargs, env = _spec_option(session.posargs)
    _debian_packages(session, "the tests' own servers and browser",
                     {"postgresql": _has_postgres, "redis-server": "redis-server", "chromium": "chromium",
                      "fonts-dejavu-core": lambda: os.path.isfile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")})
    session.run("relay", "generate", "--check", env=env)  # downloads the pinned spec when none is found
    session.run("python", "-m", "pytest", "-q", "-n", "2", *posargs, env=env)


def _has_postgres() -> bool:
    import glob

    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


def _debian_packages(session: nox.Session, why: str, wanted: dict) -> None:
    """Install the Debian packages that are missing (`name: command on PATH or check()`) with apt-get when
    nox runs as root; otherwise say which to install. The tests start real PostgreSQL, Redis and Chromium."""
    import os
    import shutil

    missing = [name for name, have in wanted.items() if not (have() if callable(have) else shutil.which(have))]
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=env)
        session.run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, external=True, env=env)
    else:
        session.error(f"{why} need Debian's {', '.join(missing)}: apt-get install -y {' '.join(missing)}")


def _spec_option(posargs: list[str]) -> tuple[list[str], dict[str, str]]:
    """`--spec PATH` / `--spec=PATH` out of the session's arguments, as RELAY_SPEC for every command."""
    rest, env = [], {}
    args = iter(posargs)
    for arg in args:
        if arg == "--spec":
            env["RELAY_SPEC"] = next(args, "")
        elif arg.startswith("--spec="):
            env["RELAY_SPEC"] = arg.partition("=")[2]
        else:
            rest.append(arg)
    return rest, env


@nox.session(venv_backend="none")
def lint(session: nox.Session) -> None:
    session.run("ruff", "check", "codegen", "runtime", "tests", "bench", "noxfile.py")


@nox.session(venv_backend="none")
def fetch_spec(session: nox.Session) -> None:
    """Download the pinned upstream spec (URL and sha256 from spec/lock.yaml) into .cache/, for machines
    without ../shared (`nox -s tests` does it by itself when no spec is found)."""
    session.run("relay", "spec", "fetch", *session.posargs)


@nox.session(venv_backend="none")
def sdk_compat(session: nox.Session) -> None:
    """The openai SDK's own test suite, straight at Prism and through the relay; per-test parity."""
    session.run("python", "tests/sdk_compat/run.py", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """schemathesis over every operation of the relay's /openapi.json plus hostile raw-socket cases, against
    `relay serve` in front of a loopback fake upstream; fails on a relay-made 5xx, a hang or an error outside
    OpenAI's envelope. Own virtualenv (.nox/fuzz): schemathesis stays out of the test environment."""
    session.install("-q", "-e", ".[fuzz]")
    session.run("python", "tests/fuzz/run.py", *session.posargs)


@nox.session(venv_backend="none")
def bench(session: nox.Session) -> None:
    """Benchmarks against upstream direct, nginx, a seed-style relay, and the cost of each part of the team
    layer; prints tables and ratio lines. Installs wrk, nginx, curl and redis-server with apt-get when they
    are missing and nox runs as root."""
    _debian_packages(session, "the benchmarks", {"wrk": "wrk", "nginx": "nginx", "curl": "curl",
                                                 "redis-server": "redis-server"})
    session.run("python", "bench/run.py", *session.posargs)
