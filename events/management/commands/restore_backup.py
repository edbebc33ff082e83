from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings


class Command(BaseCommand):
    help = (
        "Load a backup made with dumpdata into an empty, migrated database. The backup "
        "holds the revision history itself, so none is recorded while it loads."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The JSON file written by dumpdata.")

    def handle(self, backup, **options):
        # Loading sets many-to-many links, which would otherwise add history rows
        # that clash with the ones in the backup.
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", backup, verbosity=options["verbosity"])
        self.stdout.write(f"Restored {backup}.")
