"""The search index: pieces of each event's text, kept by triggers and indexed by the
database's full-text search (see ``events/search_index.py``), built for the data there is."""

from django.db import migrations

from events import search_index


def create(apps, schema_editor):
    search_index.install(schema_editor.connection)
    search_index.rebuild(schema_editor.connection)


def drop(apps, schema_editor):
    search_index.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0011_axis_index"),
    ]

    operations = [migrations.RunPython(create, drop)]
