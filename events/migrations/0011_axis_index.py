"""A covering index for the time axis: the published events' dates and type, read without the table."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0010_image_name_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(
                condition=models.Q(("published", True)),
                fields=["start_date", "end_date", "date_precision", "event_type"],
                name="event_published_axis_idx",
            ),
        ),
    ]
