"""Indexes on the image columns: the media view looks each requested file up by name.

On SQLite, altering a column rebuilds its table, which drops the table's data-version
triggers: they are installed again once the tables are rebuilt, either way.
"""

from django.db import migrations, models

import events.images
from events.data_version import install_triggers


def reinstall_triggers(apps, schema_editor):
    install_triggers(schema_editor.connection, ["events_event", "events_person"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0009_data_version_triggers"),
    ]

    operations = [
        # Run last when migrating back, after the rebuilds the reverse of these makes.
        migrations.RunPython(migrations.RunPython.noop, reinstall_triggers),
        migrations.AlterField(
            model_name="event",
            name="illustration",
            field=events.images.RenditionImageField(
                blank=True,
                db_index=True,
                height_field="illustration_height",
                help_text="A JPEG, PNG or WebP image of at most 5 MB. It is stored resized and without its metadata (camera, location).",
                upload_to="illustrations/",
                width_field="illustration_width",
            ),
        ),
        migrations.AlterField(
            model_name="historicalevent",
            name="illustration",
            field=models.TextField(
                blank=True,
                db_index=True,
                help_text="A JPEG, PNG or WebP image of at most 5 MB. It is stored resized and without its metadata (camera, location).",
                max_length=100,
            ),
        ),
        migrations.AlterField(
            model_name="historicalperson",
            name="portrait",
            field=models.TextField(
                blank=True,
                db_index=True,
                help_text="A JPEG, PNG or WebP image of at most 5 MB. It is stored resized and without its metadata (camera, location).",
                max_length=100,
            ),
        ),
        migrations.AlterField(
            model_name="person",
            name="portrait",
            field=events.images.RenditionImageField(
                blank=True,
                db_index=True,
                height_field="portrait_height",
                help_text="A JPEG, PNG or WebP image of at most 5 MB. It is stored resized and without its metadata (camera, location).",
                upload_to="portraits/",
                width_field="portrait_width",
            ),
        ),
        migrations.RunPython(reinstall_triggers, migrations.RunPython.noop),
    ]
