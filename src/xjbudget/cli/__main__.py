"""``python -m xjbudget.cli``."""

import sys

from . import main

sys.exit(main())
