"""The search index: pieces of each event's text, kept by triggers and indexed by the
database's full-text search (see ``events/search_index.py``), built for the data there is."""

from django.db import migrations

from events import search_index


def create(apps, schema_editor):
    """Nothing now: the index is built by the code as it is today, which reads columns
    a later migration adds; 0017_translations builds it."""


def drop(apps, schema_editor):
    search_index.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0011_axis_index"),
    ]

    operations = [migrations.RunPython(create, drop)]
