from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from events.history import record_first_versions
from events.models import Event, Source

# In dependency order: each file refers only to rows of the files before it.
SEED_FIXTURES = [
    "seed/01_sources",
    "seed/02_organizations",
    "seed/03_places",
    "seed/04_people",
    "seed/05_agreements",
    "seed/06_events",
    "seed/07_participations",
    "seed/08_citations",
]
SEED_SOURCE_SLUGS = [
    "nato-cooperation-pact-may-be-signed-soon",
    "nato-and-russia-enhance-military-cooperation",
]


class Command(BaseCommand):
    help = (
        "Load the timeline seed extracted from the two 2004 articles, unless it is there already."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reload",
            action="store_true",
            help="Load the fixtures again, overwriting editors' changes to seeded records.",
        )

    def handle(self, *args, reload=False, **options):
        already = Source.objects.filter(slug__in=SEED_SOURCE_SLUGS).count() == len(
            SEED_SOURCE_SLUGS
        )
        if already and not reload:
            # Reloading would silently undo edits made in the admin since.
            self.stdout.write(
                f"Seed already loaded ({Event.objects.count()} events); left as it is. "
                "Use --reload to overwrite seeded records with the fixtures."
            )
            return
        with transaction.atomic():
            call_command("loaddata", *SEED_FIXTURES, verbosity=0)
            # Fixtures bypass the revision history: give each record its first version,
            # so that an editor's first change to it can be reverted.
            record_first_versions()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded the seed: {Event.objects.count()} events from "
                f"{Source.objects.count()} sources."
            )
        )
