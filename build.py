#!/usr/bin/env python3
"""The hub's command line: python build.py [build|check|serve|new|archive] ..."""

import sys

from cphub.cli import main

if __name__ == "__main__":
    sys.exit(main())
