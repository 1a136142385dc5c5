"""`python -m allegro_issues_desktop`."""

import sys

from allegro_issues_desktop.app import main

sys.exit(main())
