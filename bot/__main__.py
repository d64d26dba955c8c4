"""`python -m bot [--index DIR]`: serve the Telegram bot (see bot.app)."""

import sys

from .app import main

sys.exit(main())
