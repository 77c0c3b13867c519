"""``python -m bot.cli``: the same as the ``complaints-bot`` command (for checkouts without the script installed)."""

import sys

from . import main

sys.exit(main())
