"""PyInstaller entry script: the same as the ``allegro-issues`` gui-script.

Kept outside the package so PyInstaller does not put ``allegro_issues_desktop/`` itself on the
analysis path (which would make its subpackages importable as top-level modules).
"""

import sys

from allegro_issues_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
