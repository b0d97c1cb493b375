"""Persistence: SQLAlchemy models, engine, repositories and Alembic migrations."""
