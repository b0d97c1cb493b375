"""The Qt interface: the only package (with `cnam_desktop.app`) that imports PySide6."""
