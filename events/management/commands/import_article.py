"""Import a news article as a source with draft events, as the admin's "accept all" does."""

import json
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from events.importing.entities import Gazetteer
from events.importing.proposals import proposal_to_json, propose, why_nothing_was_proposed
from events.importing.reading import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    TextFormat,
    decode_article,
    language_of,
)
from events.importing.saving import (
    Article,
    Decision,
    DuplicateSourceError,
    existing_source,
    save_import,
)
from events.models import Language


def publication_date(value):
    """An ISO date no later than today, for ``--published``."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--published {value!r} is not a date: give it as YYYY-MM-DD, e.g. 2004-04-15."
        ) from None
    if day > timezone.localdate():
        raise CommandError(f"--published {value} is in the future.")
    return day


class Command(BaseCommand):
    help = (
        "Propose draft events from a news article (.txt, .html or .md) and save them unpublished "
        "with the article as a new source; --dry-run only prints the proposals."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The article: a UTF-8 .txt, .html or .md file.")
        parser.add_argument("--published", required=True, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--title", required=True, help="The headline, as published.")
        parser.add_argument("--publisher", required=True, help="Who published it.")
        parser.add_argument("--url", default="", help="Where it can be read.")
        parser.add_argument(
            "--language",
            choices=[code for code, _ in Language.choices],
            help="The article's language; by default, that of its script.",
        )
        parser.add_argument(
            "--text-format",
            default=TextFormat.PLAIN,
            choices=TextFormat.values,
            help="markdown: keep only the readable text of Markdown (a .md file always is).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Write nothing.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        published = publication_date(options["published"])
        text = self._read(Path(options["path"]), options["text_format"])
        article = Article(
            text=text,
            title=options["title"],
            publisher=options["publisher"],
            published=published,
            published_note=f"Given with the import command (--published {published}).",
            url=options["url"],
            language=options["language"] or language_of(text),
        )
        if duplicate := existing_source(text):
            raise CommandError(
                f"This text is already the source “{duplicate.title}” "
                f"({duplicate.get_absolute_url()}): nothing imported."
            )
        proposals = propose(
            text,
            published,
            Gazetteer.from_database(),
            language=article.language,
            title=article.title,
        )
        if options["dry_run"]:
            self._report(article, proposals, options["format"])
            return
        try:
            result = save_import(article, [Decision.as_proposed(p) for p in proposals])
        except DuplicateSourceError as error:
            raise CommandError(str(error)) from None
        except ValidationError as error:
            raise CommandError(f"Nothing was imported: {'; '.join(error.messages)}") from None
        message = "" if proposals else why_nothing_was_proposed(text)
        self._report_saved(result, options["format"], message)

    def _read(self, path, text_format):
        if not path.is_file():
            raise CommandError(f"{path}: no such file.")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise CommandError(f"{path}: larger than {MAX_ARTICLE_BYTES:,} bytes.")
        try:
            return decode_article(path.read_bytes(), path.name, text_format)
        except ArticleError as error:
            raise CommandError(f"{path}: {error}") from None

    def _report(self, article, proposals, output_format):
        if output_format == "json":
            source = {
                "title": article.title,
                "publisher": article.publisher,
                "url": article.url,
                "language": article.language,
                "publication_date": article.published.isoformat(),
                "text_length": len(article.text),
            }
            data = {"source": source, "proposals": [proposal_to_json(p) for p in proposals]}
            if not proposals:
                data["message"] = why_nothing_was_proposed(article.text)
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for number, proposal in enumerate(proposals, start=1):
            match = proposal.matched_event
            self.stdout.write(
                f"{number}. {proposal.date.display} [{proposal.status}, "
                f"{proposal.event_type}] {proposal.title}"
                + (f"\n   likely already the event {match.slug}" if match else "")
            )
        if not proposals:
            self.stdout.write(why_nothing_was_proposed(article.text))
        self.stdout.write(f"{len(proposals)} proposals; nothing was saved (--dry-run).")

    def _report_saved(self, result, output_format, message):
        summary = {
            "source": result.source.slug,
            "created": [event.slug for event in result.created],
            "cited": [event.slug for event in result.cited],
            "merged": result.merged,
            "new_records": [f"{r._meta.model_name}:{r.slug}" for r in result.new_records],
        }
        if message:
            summary["message"] = message
        if output_format == "json":
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        if message:
            self.stdout.write(message)
        self.stdout.write(
            f"Imported “{result.source.title}” as the source {result.source.slug}: "
            f"{len(result.created)} draft events, {len(result.cited)} passages added to "
            f"existing events, {result.merged} to the drafts they repeat, "
            f"{len(result.new_records)} new records. Nothing is published."
        )
