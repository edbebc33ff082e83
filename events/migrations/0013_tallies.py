"""Tallies of published events per person, agreement, place, organization and source,
kept by triggers (see ``events/tallies.py``), counted for the data there is."""

from django.db import migrations

from events import tallies


def create(apps, schema_editor):
    tallies.install(schema_editor.connection)
    tallies.rebuild(schema_editor.connection)


def drop(apps, schema_editor):
    tallies.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0012_search_index"),
    ]

    operations = [migrations.RunPython(create, drop)]
