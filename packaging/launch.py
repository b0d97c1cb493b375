"""Entry script of the PyInstaller bundle: the `cnam-desktop` command (packaging/cnam_desktop.spec).

A separate file rather than cnam_desktop/__main__.py, so that the package's own folder
is not put on the frozen module search path.
"""

import sys

from cnam_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
