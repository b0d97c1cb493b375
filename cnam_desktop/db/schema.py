"""What this version knows of the schema, without importing Alembic.

Opening a database compares its stored revision with these constants, so the
common case (already up to date) costs one query. A test checks that they match
the Alembic scripts in `db/migrations/versions/`.
"""

# "CNAD" in ASCII: marks a SQLite file as ours (PRAGMA application_id).
APPLICATION_ID = 0x434E4144

# Its equivalent on a PostgreSQL server: the comment of our `alembic_version` table
# (set by `migrate.upgrade_server`; read at opening by `server.inspect_server`).
SERVER_MARKER = "cnam-desktop CNAD"

# Every revision a released version has written, oldest first; the last is the head.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_session_guest",
    "0003_erasure_log",
    "0004_versions_and_sync",
    "0005_session_list_index",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
