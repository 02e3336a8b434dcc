"""`python -m cphub …`: the command line, as `cphub …`."""

import sys

from .cli import main

sys.exit(main())
