"""cphub: a static knowledge hub for communities of practice in child protection.

A hub is Markdown files with a few lines of metadata; the engine checks them
and builds a light, searchable site with feeds, calendars, e-mail editions
and offline copies. The build reads on one screen in `pipeline.py`:

    read → validate → index → pages → render each interface language → writers

The package is in layers; each imports only from the layers below it
(`lint-imports` checks it, from the contract in pyproject.toml):

- **base** (`diagnostics`, `strings`, `locale`, `clock`, `helpers`): the
  words and problems every layer shares: `path:line: field: message`, the
  interface's strings and CLDR's names and dates, the build date, and the
  helper processes work runs in.
- **content/**: files → validated entries → the hub. The content model,
  declared once; strict YAML; every problem of every file; the published
  entries and the terms that group them. Plain data, no MkDocs.
- **site/**: the hub → pages. What each page shows (plain data), where the
  site's files live, the theme (Material, the engine's templates, a hub's
  overrides), Markdown made safe HTML, and pages rendered with MkDocs'
  structures and the theme's templates. MkDocs is used here, as a library.
- **outputs/**: the writers, one per format: feeds, calendars, the
  library's index, e-mail editions, offline zip and ZIM, the browser
  editor's configuration.
- **the build** (`options`, `project`, `pipeline`): the hub's options and
  mkdocs.yml read and checked, and the steps in order.
- **the edges** (`plugin`, `serve`, `hubinit`, `cli`): MkDocs' plugin, the
  live preview, `cphub init`, and the command line.
"""

__version__ = "0.2.0"
