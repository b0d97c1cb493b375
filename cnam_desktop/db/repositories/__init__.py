"""Queries per aggregate. Every read hides tombstoned rows."""
