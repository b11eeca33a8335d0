"""Generated models do not depend on the working directory's lint settings (the builtin formatter reads
line-length from a pyproject it finds; CI once regenerated different bytes after a ruff setting changed)."""

from codegen.models import generate_models

_DOC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {"schemas": {"Tool": {"type": "object", "required": ["type"], "properties": {
        "type": {"type": "string", "enum": ["file_search"],
                 "description": "The type of tool being defined, with a description long enough to wrap."},
    }}}},
}


def test_models_ignore_the_working_directorys_pyproject(tmp_path, monkeypatch):
    plain = tmp_path / "plain"
    plain.mkdir()
    monkeypatch.chdir(plain)
    expected = generate_models(_DOC, cache_dir=None)
    for length in (60, 200):
        project = tmp_path / f"ruff{length}"
        project.mkdir()
        (project / "pyproject.toml").write_text(f"[tool.ruff]\nline-length = {length}\n")
        monkeypatch.chdir(project)
        assert generate_models(_DOC, cache_dir=None) == expected
    assert "class Tool" in expected
