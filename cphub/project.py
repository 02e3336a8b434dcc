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

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from .content.hub import Settings
from .diagnostics import BuildProblem, did_you_mean
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

    def settings(self, language: str) -> Settings:
        """The hub's settings in one interface language."""
        config, options = self.config, self.options
        prefix = "" if language == self.languages[0] else f"{language}/"
        site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
        return Settings(
            site_name=config.site_name,
            site_url=site_url + prefix if site_url else "",
            language=language,
            page_size=options.page_size,
            feed_length=options.feed_length,
            scoped_feed_length=options.scoped_feed_length,
            related_count=options.related_count,
            description=config.site_description or options.description or "",
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
        return config


def open_project(config_file: str | Path, strict: bool = False, **overrides) -> Project:
    """The hub of this mkdocs.yml, or ConfigProblem naming every problem."""
    if not Path(config_file).is_file():
        raise ConfigProblem(f"{config_file}: no such file")
    config, warnings = read_config(str(config_file), strict=strict, **overrides)
    project = Project(config, strict, warnings)
    problems = []
    if len(project.options.interface_languages) > 1 and not config.site_url:
        problems.append("mkdocs.yml: interface_languages: needs site_url "
                        "(hint: the address the hub is published at)")
    if project.options.interface_languages:
        config.theme["language"] = project.languages[0]
    try:
        project.editor  # noqa: B018 - checked with repo_url, now that both are read
    except ValueError as error:
        problems.append(f"mkdocs.yml: {error}")
    if problems:
        raise ConfigProblem("\n".join(problems))
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

