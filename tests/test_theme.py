"""The theme: Material's templates with the hub's corrections."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from cphub.site.theme import MATERIAL_FIXES, MATERIAL_TEMPLATES, MaterialFixes


class _AsMaterial(DictLoader):
    """Templates that say they come from Material's folder."""

    def get_source(self, environment, template):
        source, _, uptodate = super().get_source(environment, template)
        return source, str(MATERIAL_TEMPLATES / template), uptodate


def test_every_fix_finds_its_text_in_the_installed_material():
    env = Environment()
    for template, fixes in MATERIAL_FIXES.items():
        original = (MATERIAL_TEMPLATES / template).read_text(encoding="utf-8")
        fixed = MaterialFixes(_AsMaterial({template: original})).get_source(env, template)[0]
        for text, fix, count in fixes:
            assert original.count(text) == count
            assert fix == "" or fix in fixed
        env.parse(fixed)  # still a template


def test_a_material_that_rewrote_a_fixed_text_fails_loudly():
    loader = MaterialFixes(_AsMaterial({"base.html": "<html>nothing the fixes know</html>"}))
    with pytest.raises(RuntimeError, match="Material changed; update MATERIAL_FIXES"):
        loader.get_source(Environment(), "base.html")


def test_the_hubs_own_templates_are_read_as_they_are():
    source = '<input id="__drawer" autocomplete="off">'
    loader = MaterialFixes(DictLoader({"base.html": source}))  # not from Material's folder
    assert loader.get_source(Environment(), "base.html")[0] == source


def test_the_sites_pages_carry_none_of_the_rejected_markup(sample_site):
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    entry = (sample_site / "webinars/introduction-to-mental-health/index.html").read_text(encoding="utf-8")
    about = (sample_site / "about/index.html").read_text(encoding="utf-8")
    assert 'id="__drawer"' in home and 'autocomplete="off">' not in home.split('id="__drawer"')[1][:20]
    assert 'id="__search"' not in home and 'id="__toc"' not in home  # home has no headings to list
    assert 'for="__toc"' not in entry and 'class="md-nav__title"' in entry
    assert 'tabindex=""' not in about


def test_templates_compiled_once_a_process_are_compiled_again_once_edited(tmp_path):
    """Each build has an environment of its own; their compiled templates are
    shared, and a template edited in between (a hub's override, while `serve`
    runs) is compiled again from its new text."""
    from jinja2 import FileSystemLoader

    from cphub.site.theme import CompiledTemplates

    compiled = CompiledTemplates()
    override = tmp_path / "footer.html"

    def render() -> str:
        env = Environment(loader=FileSystemLoader(str(tmp_path)), bytecode_cache=compiled, auto_reload=False)
        return env.get_template("footer.html").render(name="hub")

    override.write_text("Made by {{ name }}.", encoding="utf-8")
    assert render() == "Made by hub." and len(compiled.store) == 1
    assert render() == "Made by hub."  # from the code kept
    override.write_text("Made with care by {{ name }}.", encoding="utf-8")
    assert render() == "Made with care by hub."
