"""``python -m eventkit``: the command line."""

import sys

from eventkit.cli import main

sys.exit(main())
