"""`python -m cnam_desktop` behaves like the `cnam-desktop` command."""

from cnam_desktop.cli import main

raise SystemExit(main())
