"""SQLite keeps the tallies in the order of their keys (``WITHOUT ROWID``, see
``tallies.install``): the tables made again and everything counted again. PostgreSQL's
tables do not change."""

from django.db import migrations

from events import tallies


def clustered(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        tallies.reinstall(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0022_tallies_given_decades"),
    ]

    # Undone, nothing changes: the code before this release reads the tables as they are.
    operations = [migrations.RunPython(clustered, migrations.RunPython.noop)]
