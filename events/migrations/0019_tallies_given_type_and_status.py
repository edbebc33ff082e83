"""The tallies kept for the events of each type and of each status too (their ``given``,
see ``events/tallies.py``): the tables and triggers made again, and counted."""

from django.db import migrations

from events import tallies


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0018_chronology_with_type_and_status"),
    ]

    # Undone, the tables keep their new shape (migrations run this release's module), so
    # that undoing the earlier ones can drop them (0013). The code before this release
    # would read every given's rows as if they were all published events' counts: it is
    # not meant to run on a database migrated by this one.
    operations = [migrations.RunPython(tallies.reinstall, migrations.RunPython.noop)]
