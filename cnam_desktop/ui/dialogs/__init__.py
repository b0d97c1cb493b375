"""Dialogs; each has a classmethod that opens it and returns its result."""
