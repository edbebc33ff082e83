"""The search index made again with piece ids that name their event and kind (see
``events/search_index.py``), so that a search reads them from the full-text index alone."""

from django.db import migrations


def remake(apps, schema_editor):
    """Nothing now: the index is built by the code as it is today, which reads columns
    a later migration adds; 0017_translations builds it."""


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0014_choice_count_indexes"),
    ]

    # Undone, the index keeps the new ids, which the older code reads as well.
    operations = [migrations.RunPython(remake, migrations.RunPython.noop)]
