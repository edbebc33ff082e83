from django.core.management.base import BaseCommand
from django.db import connection, transaction

from events import tallies


class Command(BaseCommand):
    help = (
        "Count again how many published events each person, agreement, place, "
        "organization and source is linked to, and write each event's facets again. The "
        "database's triggers keep these tallies current whatever writes; this repairs "
        "them if ever needed."
    )

    def handle(self, *args, **options):
        # In one transaction, so that pages meanwhile read the old tallies, never half of them.
        with transaction.atomic():
            count = tallies.rebuild(connection)
        self.stdout.write(self.style.SUCCESS(f"Counted the events of {count} rows."))
