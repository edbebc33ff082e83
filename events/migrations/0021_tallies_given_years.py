"""The tallies kept for the events of each span of years too (their ``given``, see
``events/tallies.py``): the triggers made again, and everything counted again."""

from django.db import migrations

from events import tallies


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0020_chronology_with_date_precision"),
    ]

    # Undone, nothing changes: the triggers go on keeping the tallies of spans of years
    # too, which the code before this release never reads.
    operations = [migrations.RunPython(tallies.reinstall, migrations.RunPython.noop)]
