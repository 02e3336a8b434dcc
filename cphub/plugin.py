"""The MkDocs plugin (`plugins: - cphub` in a hub's mkdocs.yml): the hub's
options (options.py), and the hub built when MkDocs itself drives the build
(`mkdocs build`, `mkdocs serve`).

The engine's own command line (`cphub build`, cli.py) runs the pipeline
directly; under `mkdocs build` MkDocs renders nothing of the hub (it is
pointed at an empty folder) and hands over to the pipeline at the end.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from . import pipeline
from .content.model import TYPES
from .diagnostics import ContentError
from .options import HubConfig
from .project import ConfigProblem, Project
from .site import theme


class HubPlugin(BasePlugin[HubConfig]):
    def on_startup(self, command, dirty):
        # `mkdocs serve` rebuilds on every change: it skips the archives.
        self.serving = command == "serve"

    def on_config(self, config):
        theme.prepare(config)
        # The theme's own pages (the sitemap, 404.html) need the hub's pages:
        # the pipeline renders them, not MkDocs.
        self.theme_templates = set(config.theme.static_templates)
        config.theme.static_templates.clear()
        return config

    def on_files(self, files, config):
        return Files([])  # the pipeline writes every file of the site

    def on_serve(self, server, config, builder):
        root = Path(config.config_file_path).resolve().parent
        for folder in {spec.folder.split("/")[0] for spec in TYPES.values()}:
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server

    def on_post_build(self, config):
        serving = getattr(self, "serving", False)
        config.theme.static_templates.update(self.theme_templates)
        project = Project(config, strict=config.strict)
        problems, warnings = project.problems()  # as `cphub build` refuses them
        if problems or (config.strict and warnings):
            raise Abort("\n".join(problems + warnings))
        if project.options.interface_languages:
            config.theme["language"] = project.languages[0]
        try:
            pipeline.build(project, Path(config.site_dir), archives=not serving, serving=serving)
        except ContentError as error:
            raise Abort(f"The hub's content has problems:\n{error}") from None
        except ConfigProblem as problem:
            raise Abort(str(problem)) from None
