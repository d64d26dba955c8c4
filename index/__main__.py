"""`python -m index`: see index.cli."""

import sys

from .cli import main

sys.exit(main())
