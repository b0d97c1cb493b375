"""Qt item models over the services (ids held, rows fetched lazily)."""
