#!/usr/bin/env python3
"""The sample hub's command line: `python build.py [build|check|serve|new|archive|schemas|init] …`,
the engine's own (`cphub …`) run on this folder's mkdocs.yml."""

import sys

from cphub.cli import main

if __name__ == "__main__":
    sys.exit(main(prog="build.py"))
