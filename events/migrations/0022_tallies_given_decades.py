"""The tallies kept for the events of each span of decades too (their ``given``, see
``events/tallies.py``): the triggers made again, and everything counted again."""

from django.db import migrations

from events import tallies


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0021_tallies_given_years"),
    ]

    # Undone, nothing changes: the triggers go on keeping the tallies of spans of decades
    # too, which the code before this release never reads.
    operations = [migrations.RunPython(tallies.reinstall, migrations.RunPython.noop)]
