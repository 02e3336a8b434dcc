"""The hub's options under `plugins: - cphub:`: typed, each wrong value
refused as `mkdocs.yml: option: message (hint: …)`, and an option that moved
or is unknown named, never silently ignored."""

from __future__ import annotations

import pytest

from conftest import run


def set_options(hub, text: str) -> None:
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - cphub\n", f"  - cphub:\n{text}"),
                      encoding="utf-8")


@pytest.mark.parametrize("options, expected", [
    ("      contact: not an address\n",
     "mkdocs.yml: contact: 'not an address' is neither an e-mail address nor a web address (hint: "),
    ("      markdown_time_limit: 0\n", "mkdocs.yml: markdown_time_limit: must be a number of seconds above 0"),
    ("      page_size: many\n", "mkdocs.yml: page_size: "),
    ("      interface_languages: [en, xx]\n", "mkdocs.yml: interface_languages: 'xx' has no catalog (hint: "),
    ("      newsletter_merge_tags: sendinblue\n", "mkdocs.yml: newsletter_merge_tags: 'sendinblue' is not a service"),
    ("      editor: {repository: a/b}\n", "mkdocs.yml: editor: unknown option 'repository' (hint: "),
])
def test_a_wrong_option_stops_check_with_its_name_and_a_hint(base_hub, capsys, options, expected):
    set_options(base_hub, options)
    code, out, err = run(base_hub, "check", capsys=capsys)
    assert code == 1 and "Traceback" not in err
    assert expected in err, err


def test_a_moved_option_is_named_with_its_new_place_and_still_used(base_hub, capsys):
    set_options(base_hub, "      description: The description an older hub gave.\n")
    config = base_hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_url:", "site_description: ''\nsite_url:"),
                      encoding="utf-8")
    code, out, err = run(base_hub, "build", capsys=capsys)
    assert code == 0
    assert "mkdocs.yml: description: warning: this option moved: write it as site_description" in err
    assert "The description an older hub gave." in (base_hub / "site/index.html").read_text(encoding="utf-8")
    code, out, err = run(base_hub, "check", "--strict", capsys=capsys)
    assert code == 1 and "this option moved" in err


def test_an_unknown_option_is_named_with_the_one_meant(base_hub, capsys):
    set_options(base_hub, "      zimm: false\n")
    code, out, err = run(base_hub, "check", capsys=capsys)
    assert code == 0
    assert "mkdocs.yml: plugins.cphub.zimm: warning: this option is unknown (hint: did you mean 'zim'?)" in err
    code, out, err = run(base_hub, "check", "--strict", capsys=capsys)
    assert code == 1
