"""tests/sdk_compat is a harness (`nox -s sdk_compat`), not part of the project's pytest suite."""

collect_ignore_glob = ["*"]
