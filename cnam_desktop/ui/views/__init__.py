"""The areas of the main window, one widget each."""
