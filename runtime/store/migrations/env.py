"""Alembic environment: migrations run on the connection `Store.upgrade()` hands over (already inside the
transaction that holds the migration lock), never on a URL of their own."""

from alembic import context

from runtime.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations with `relay db upgrade` (Store.upgrade()), which supplies the connection.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
