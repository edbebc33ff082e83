"""Each event's facets, one row per event kept by the tallies' triggers
(``tallies.EVENT_FACETS``): the tables and triggers made again and everything counted
again."""

from django.db import migrations

from events import tallies


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0023_tallies_clustered"),
    ]

    # Undone, nothing changes: the code before this release does not read the facets,
    # which the triggers go on keeping.
    operations = [migrations.RunPython(tallies.reinstall, migrations.RunPython.noop)]
