"""The search index made again with piece ids that name their event and kind (see
``events/search_index.py``), so that a search reads them from the full-text index alone."""

from django.db import migrations

from events import search_index


def remake(apps, schema_editor):
    search_index.uninstall(schema_editor.connection)
    search_index.install(schema_editor.connection)
    search_index.rebuild(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0014_choice_count_indexes"),
    ]

    # Undone, the index keeps the new ids, which the older code reads as well.
    operations = [migrations.RunPython(remake, migrations.RunPython.noop)]
