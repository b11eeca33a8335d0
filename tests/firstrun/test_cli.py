"""Issue 11, item 7: the `relay` command reads like a well-kept tool. Every verb and option has help text,
`relay serve --help` lists the environment (from the Settings model), `relay actions --help` shows its real
commands, the hints name only things that exist, and verbs are registered in one table."""

from __future__ import annotations

import argparse
import sys

import pytest

from runtime import cli
from runtime.config import Settings


def _parsers_of(verb: cli.Verb, monkeypatch) -> list[argparse.ArgumentParser]:
    """Every parser the verb builds while answering `--help` (sub-command parsers included)."""
    made: list[argparse.ArgumentParser] = []
    real_init = argparse.ArgumentParser.__init__

    def recording_init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(argparse.ArgumentParser, "__init__", recording_init)
    with pytest.raises(SystemExit) as done:
        cli.main([verb.name, "--help"])
    assert done.value.code == 0
    return made


def _undocumented(parser: argparse.ArgumentParser) -> list[str]:
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            missing += [f"{parser.prog} {name}" for name in action.choices if not helps.get(name)]
            continue
        hidden = action.help == argparse.SUPPRESS and action.dest == "document"  # internal: tests' input file
        if not action.help or (action.help == argparse.SUPPRESS and not hidden):
            missing.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
    return missing


@pytest.mark.parametrize("verb", cli.VERBS, ids=[verb.name for verb in cli.VERBS])
def test_every_verb_and_option_has_help_text(verb, monkeypatch, capsys):
    parsers = _parsers_of(verb, monkeypatch)
    assert parsers and parsers[0].prog == f"relay {verb.name}" and parsers[0].description
    assert [m for p in parsers for m in _undocumented(p)] == []
    capsys.readouterr()


def test_relay_help_says_what_each_verb_does(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for verb in cli.VERBS:
        assert any(line.split() == [verb.name, *verb.help.split()] for line in out.splitlines()), verb.name
    assert "{" not in out  # no bare choice list standing in for the verbs


def test_no_verb_prints_the_help_and_exits_2(capsys):
    assert cli.main([]) == 2
    assert "serve" in capsys.readouterr().err


def test_serve_help_lists_every_setting_with_its_meaning(capsys):
    with pytest.raises(SystemExit):
        cli.main(["serve", "--help"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    for name, info in Settings.model_fields.items():
        assert info.description, name
        row = [line for line in lines if line.split()[:1] == [info.alias]]
        assert len(row) == 1 and info.description in row[0], info.alias
    assert "RELAY_MAX_BODY_BYTES" in out and "(default: 512 MiB)" in out
    assert "--host HOST" in out and "address to listen on" in out


def test_actions_help_shows_export_and_check(capsys):
    with pytest.raises(SystemExit):
        cli.main(["actions", "--help"])
    out = capsys.readouterr().out
    assert "export" in out and "check" in out and "rest" not in out


def test_actions_check_on_a_missing_file_says_it_does_not_exist(capsys):
    assert cli.main(["actions", "check", "nope.json"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "relay actions check: nope.json does not exist." and "generate" not in err


def test_spec_diff_on_missing_files_suggests_nothing_that_does_not_exist(tmp_path, capsys):
    assert cli.main(["spec", "diff", str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"relay spec diff: {tmp_path / 'a'} does not exist."
    assert "--spec" not in err


def test_a_verb_is_one_row_in_the_table(monkeypatch, capsys):
    calls = []
    module = type(sys)("relay_test_verb")
    module.run = lambda argv: calls.append(argv) or 7
    monkeypatch.setitem(sys.modules, "relay_test_verb", module)
    monkeypatch.setattr(cli, "VERBS", (*cli.VERBS, cli.Verb("hello", "say hello", "relay_test_verb:run")))
    assert cli.main(["hello", "--loud", "x"]) == 7 and calls == [["--loud", "x"]]
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "hello     say hello" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["generate", "--check"], ["spec", "diff", "a.yaml", "b.yaml"]])
def test_generator_verbs_without_the_generator_say_what_to_install(monkeypatch, capsys, argv):
    """`pip install -e .` (serving only) has no python-jsonpath, jinja2, ...: one sentence, not a traceback."""
    import codegen

    monkeypatch.setitem(sys.modules, "jsonpath", None)  # as if the `codegen` extra were not installed
    for name in ("overlay", "pipeline", "specdiff"):  # imported afresh, so they meet the missing module
        monkeypatch.delitem(sys.modules, f"codegen.{name}", raising=False)
        monkeypatch.delattr(codegen, name, raising=False)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err == (f"relay {argv[0]} needs the generator's dependencies (no module named 'jsonpath'): "
                   "pip install -e '.[codegen]' in the project folder.\n")
