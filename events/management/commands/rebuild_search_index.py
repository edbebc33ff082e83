from django.core.management.base import BaseCommand
from django.db import connection, transaction

from events import search_index


class Command(BaseCommand):
    help = (
        "Make every piece of the search index again from the data. The database's "
        "triggers keep the index current whatever writes; this repairs it if ever needed."
    )

    def handle(self, *args, **options):
        # In one transaction, so that searches meanwhile see the old index, never a partial one.
        with transaction.atomic():
            count = search_index.rebuild(connection)
        self.stdout.write(self.style.SUCCESS(f"Rebuilt the search index: {count} pieces."))
