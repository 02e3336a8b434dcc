"""A hub's project: its mkdocs.yml read and checked, once for each interface.

MkDocs reads and validates the settings (the theme, Markdown's extensions,
the engine's options declared in options.py); every problem is reported as
`mkdocs.yml: option: message (hint: …)`, all at once, before anything is
read or written.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from .content.hub import Settings
from .content.translations import Interfaces, named
from .diagnostics import BuildProblem, Diagnostic, did_you_mean
from .locale import language_name
from .options import HubConfig, contact_link, email_options
from .outputs.editor import Backend, backend_of
from .outputs.newsletter import EmailOptions
from .site import theme

PLUGIN = "cphub"
EXAMPLE_URL = "https://hub.example.org/"  # the address a hub has until it says its own (`cphub init`)
_PLUGIN_OPTION = re.compile(rf"^Plugin '{PLUGIN}' option '([^']+)': (.*)$")


class ConfigProblem(BuildProblem):
    """mkdocs.yml cannot be used: every problem, one a line."""


@dataclass
class Project:
    """One hub, as its first interface's settings read it."""

    config: MkDocsConfig  # MkDocs' settings (the first interface's)
    strict: bool
    warnings: list[str] = field(default_factory=list)  # about mkdocs.yml itself (they fail --strict)
    notices: list[str] = field(default_factory=list)  # what a build says, strict or not

    @property
    def root(self) -> Path:
        return Path(self.config.config_file_path).resolve().parent

    @property
    def options(self) -> HubConfig:
        return self.config.plugins[PLUGIN].config

    @property
    def languages(self) -> list[str]:
        """Every interface language, the first at the site's root."""
        return list(self.options.interface_languages) or [self.language]

    @property
    def language(self) -> str:
        return str(self.config.theme.get("language") or "en")

    @property
    def email(self) -> EmailOptions:
        return email_options(self.options)

    @property
    def editor(self) -> Backend:
        return backend_of(self.options.editor, self.config.repo_url)

    @property
    def interfaces(self) -> Interfaces:
        """The languages the hub is read in, for the translations it lacks."""
        return Interfaces(tuple(self.languages), self.options.complete_translations)

    def site_text(self, name: str, language: str) -> str:
        """The hub's name (`site_name`) or description (`site_description`) in
        one interface language: its translation, else the first interface's."""
        own = self.options.translations.get(language, {}).get(name) if language != self.languages[0] else None
        if own:
            return own
        if name == "site_name":
            return self.config.site_name
        return self.config.site_description or self.options.description or ""

    def translation_gaps(self) -> list[Diagnostic]:
        """The hub's name, and its description where it has one, in each
        interface language that lacks them: warnings, as the content's."""
        file = Path(self.config.config_file_path).name
        first, found = self.languages[0], []
        for language in self.languages[1:]:
            given = self.options.translations.get(language, {})
            for name, word in (("site_name", "name"), ("site_description", "description")):
                shown = self.site_text(name, first)
                if given.get(name) or not shown:
                    continue
                found.append(Diagnostic(
                    file, written_line(self.config.config_file_path, name), name,
                    f"the hub has no {named(language)} {word}: the {language_name(language, 'en')} interface shows "
                    f"the {language_name(first, 'en')} one", f"add it under the plugin: translations: {language}: "
                    f"{name}: …", severity="warning", strict=self.options.complete_translations))
        return found

    def settings(self, language: str) -> Settings:
        """The hub's settings in one interface language."""
        config, options = self.config, self.options
        prefix = "" if language == self.languages[0] else f"{language}/"
        site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
        return Settings(
            site_name=self.site_text("site_name", language),
            site_url=site_url + prefix if site_url else "",
            language=language,
            page_size=options.page_size,
            feed_length=options.feed_length,
            scoped_feed_length=options.scoped_feed_length,
            related_count=options.related_count,
            description=self.site_text("site_description", language),
            newsletter_signup=options.newsletter_signup,
            contact=contact_link(options.contact),
            share_image=options.share_image,
            interface_languages=tuple(options.interface_languages),
            interface_prefix=prefix,
        )

    def interface_config(self, language: str) -> MkDocsConfig:
        """MkDocs' settings for one interface: the first's, or another's
        (its own site folder and address, its language)."""
        if language == self.languages[0]:
            return self.config
        config = read_config(self.config.config_file_path, strict=self.strict,
                             site_url=self.settings(language).site_url)[0]
        config.theme["language"] = language
        # Its name and description in its language (the theme's <title>, header and meta description).
        config.site_name = self.site_text("site_name", language)
        config.site_description = self.site_text("site_description", language) or config.site_description
        return config

    def problems(self) -> tuple[list[str], list[str]]:
        """What mkdocs.yml's settings contradict between them: problems that
        stop every command, and warnings (they fail --strict)."""
        config, options, file = self.config, self.options, self.config.config_file_path
        problems, warnings = [], []
        languages = list(options.interface_languages)
        if len(languages) > 1 and not config.site_url:
            problems.append("mkdocs.yml: interface_languages: needs site_url "
                            "(hint: the address the hub is published at)")
        written = written_value(file, "theme", "language")
        if languages and written is not None and written != languages[0]:
            listed = ", ".join(languages)
            problems.append(
                f"mkdocs.yml:{written_line(file, 'theme', 'language')}: theme.language: '{written}' contradicts "
                f"plugins.{PLUGIN}.interface_languages [{listed}]: the first interface language is the hub's "
                f"(hint: write theme.language: {languages[0]}, or list {written} first in interface_languages "
                f"([{', '.join([written] + [code for code in languages if code != written])}]), or remove "
                "theme.language)")
        for code in options.translations:
            where = f"mkdocs.yml:{written_line(file, 'translations', code)}: plugins.{PLUGIN}.translations.{code}"
            if code == self.languages[0]:
                problems.append(f"{where}: {named(code)} is the first interface language, whose name and "
                                "description are site_name and site_description (hint: write them there, once, "
                                f"and remove translations.{code})")
            elif code not in self.languages:
                warnings.append(f"{where}: warning: {named(code)} is not an interface language: this name is "
                                f"never shown (hint: add {code} to interface_languages, or remove it)")
        try:
            self.editor  # noqa: B018 - checked with repo_url, now that both are read
        except ValueError as error:
            problems.append(f"mkdocs.yml: {error}")
        return problems, warnings


def open_project(config_file: str | Path, strict: bool = False, **overrides) -> Project:
    """The hub of this mkdocs.yml, or ConfigProblem naming every problem."""
    if not Path(config_file).is_file():
        raise ConfigProblem(f"{config_file}: no such file")
    config, warnings = read_config(str(config_file), strict=strict, **overrides)
    project = Project(config, strict, warnings)
    problems, more = project.problems()
    if problems:
        raise ConfigProblem("\n".join(problems))
    project.warnings += more
    if project.options.interface_languages:
        config.theme["language"] = project.languages[0]
    if strict and warnings:
        raise ConfigProblem("\n".join(warnings))
    if config.site_url and config.site_url.rstrip("/") == EXAMPLE_URL.rstrip("/"):
        project.notices.append(f"mkdocs.yml: site_url: still the example address {EXAMPLE_URL}: the feeds, "
                               "calendars and e-mail editions link there (hint: the address the hub is published "
                               "at; on GitHub Pages the publishing workflow sets HUB_SITE_URL)")
    return project


def read_config(config_file: str, strict: bool = False, **overrides) -> tuple[MkDocsConfig, list[str]]:
    """MkDocs' settings, validated, set up for the hub; the warnings about
    them. Every error is raised at once, each as `mkdocs.yml: …`."""
    config = MkDocsConfig(config_file_path=config_file)
    try:
        with open(config_file, "rb") as handle:
            config.load_file(handle)
    except ConfigurationError as error:  # not YAML, or not a mapping
        raise ConfigProblem(f"{Path(config_file).name}: {error}") from None
    config.load_dict({key: value for key, value in overrides.items() if value is not None})
    config["strict"] = strict
    mkdocs_log = logging.getLogger("mkdocs")
    level = mkdocs_log.level
    mkdocs_log.setLevel(logging.ERROR)  # plugins' own log lines while loading: the problems are listed below
    try:
        errors, warnings = config.validate()
    finally:
        mkdocs_log.setLevel(level)
    if errors:
        raise ConfigProblem("\n".join(_described(name, problem) for name, problem in errors))
    if PLUGIN not in config.plugins:
        raise ConfigProblem(f"mkdocs.yml: plugins: the hub's plugin is not enabled (hint: add '- {PLUGIN}' under plugins:)")
    theme.prepare(config)
    return config, [_described(name, problem, warning=True) for name, problem in warnings]


def _composed(config_file: str) -> yaml.Node | None:
    """mkdocs.yml as YAML nodes (with their lines), its tags (!ENV) left as
    they are; None when it does not parse (MkDocs says why)."""
    try:
        with open(config_file, encoding="utf-8") as handle:
            return yaml.compose(handle, Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return None


def _find(node: yaml.Node | None, keys: tuple[str, ...]) -> yaml.Node | None:
    """The node at the first place where `keys` follow one another, through
    mappings and lists (`translations, fr` finds plugins[0].cphub.translations.fr)."""
    if node is None or not keys:
        return node
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == keys[0]:
                found = _find(value, keys[1:]) if len(keys) > 1 else value
                if found is not None:
                    return found
        children = [value for _, value in node.value]
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    else:
        return None
    for child in children:
        found = _find(child, keys)
        if found is not None:
            return found
    return None


def written_line(config_file: str, *keys: str) -> int:
    """The line of a setting in mkdocs.yml (1 when it is not written there)."""
    node = _find(_composed(config_file), keys)
    return node.start_mark.line + 1 if node is not None else 1


def written_value(config_file: str, *keys: str) -> str | None:
    """A setting as mkdocs.yml writes it (not as a theme's default fills it
    in), or None."""
    node = _find(_composed(config_file), keys)
    plain = isinstance(node, yaml.ScalarNode) and node.tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
    return str(node.value) if plain else None


def _described(name: str, problem: Exception | str, warning: bool = False) -> str:
    """MkDocs' words for a problem, in the hub's form: `mkdocs.yml: option: message`."""
    lines = []
    for line in str(problem).splitlines():
        found = _PLUGIN_OPTION.match(line)
        option, message = (found.group(1), found.group(2)) if found else (name, line)
        if message.startswith("Unrecognised configuration name"):
            known = HubConfig._schema if found else MkDocsConfig._schema
            hint = did_you_mean(option, [key for key, _ in known], list_known=False)
            message = "this option is unknown" + (f" (hint: {hint})" if hint else "")
            option = f"plugins.{PLUGIN}.{option}" if found else option
        lines.append(f"mkdocs.yml: {option}: {'warning: ' if warning else ''}{message}")
    return "\n".join(lines)

