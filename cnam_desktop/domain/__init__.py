"""Plain domain values and rules: no Qt, no database session."""
