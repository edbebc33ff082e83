"""Build /export/dataset.zip for the current data, as the site at ``--site`` serves it.

Run it after an import and on a timer (see docs/deploy.md): past
``BUILD_IN_REQUEST_MAX_EVENTS`` events no request builds the archive itself. Nothing is
done when the current version's archive is already built.
"""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.test import RequestFactory

from events import data_version
from events.exports import dataset


class Command(BaseCommand):
    help = "Build the dataset download (/export/dataset.zip) for the current data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            required=True,
            help="The site's address as visitors use it, e.g. https://timeline.example.org",
        )

    def handle(self, *args, site, **options):
        address = urlsplit(site)
        if address.scheme not in ("http", "https") or not address.netloc:
            raise CommandError("--site must be an address such as https://timeline.example.org")
        # The addresses inside the archive are built as for a request to the site.
        request = RequestFactory().get(
            "/", HTTP_HOST=address.netloc, secure=address.scheme == "https"
        )
        path = dataset.archive_path(request.build_absolute_uri("/"), data_version.current())
        if not path.exists():
            path = dataset.build(request)
        self.stdout.write(f"Dataset: {path} ({path.stat().st_size:,} bytes)")
