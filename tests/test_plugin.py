"""cphub/plugin.py and options.py: the hub's options as MkDocs declares
options, and `mkdocs build` handing the build to the pipeline, which makes
the same site as the engine's own command line."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from conftest import BASE, EPOCH, copy_hub, run, tree_digest, without_zim
from cphub import options
from cphub.options import HubConfig


def test_every_option_is_typed_and_has_a_one_line_doc():
    """As MkDocs declares its own options: a class attribute, then its docstring."""
    tree = ast.parse(Path(options.__file__).read_text(encoding="utf-8"))
    config = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "HubConfig")
    documented = {}
    for option, doc in zip(config.body, config.body[1:]):
        if isinstance(option, ast.Assign) and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
            documented[option.targets[0].id] = doc.value.value
    assert set(documented) == {key for key, _ in HubConfig._schema}
    assert all(text.strip() and not text.startswith(" ") for text in documented.values())


def test_mkdocs_build_makes_the_site_the_command_line_makes(tmp_path):
    hub = copy_hub(BASE, tmp_path / "hub")
    without_zim(hub, "      interface_languages: [en, fr]\n")
    assert run(hub, "build", "-d", str(tmp_path / "engine"))[0] == 0
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "-q", "-f", str(hub / "mkdocs.yml"), "-d", str(tmp_path / "mkdocs")],
                            capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH,
                                                                 "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert tree_digest(tmp_path / "mkdocs") == tree_digest(tmp_path / "engine")


def test_mkdocs_build_stops_on_a_content_problem_with_its_file_and_line(tmp_path):
    hub = copy_hub(BASE, tmp_path / "hub")
    (hub / "briefs/broken.md").write_text("---\ntitle: Broken\ndate: someday\n---\n", encoding="utf-8")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "-q", "-f", str(hub / "mkdocs.yml")], capture_output=True,
                            text=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    said = result.stdout + result.stderr  # MkDocs prints why it stopped on its standard output
    assert result.returncode == 1
    assert "briefs/broken.md:3: date: 'someday' is not a date" in said
    assert "Traceback" not in said
