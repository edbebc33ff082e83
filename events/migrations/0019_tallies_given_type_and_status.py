"""The tallies kept for the events of each type and of each status too (their ``given``,
see ``events/tallies.py``): the tables and triggers made again, and counted."""

from django.db import migrations

from events import tallies


def made_again(apps, schema_editor):
    tallies.uninstall(schema_editor.connection)
    tallies.install(schema_editor.connection)
    tallies.rebuild(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0018_chronology_with_type_and_status"),
    ]

    # Undone, the tallies keep the new shape, which the code before reads as well.
    operations = [migrations.RunPython(made_again, made_again)]
