"""The timeline's records: sources and the facts cited from them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from .dates import DatePrecision, DateQualifier, PartialDate
from .quotes import locate_quote


class SlugManager(models.Manager):
    """Lets fixtures refer to rows by slug rather than by integer id."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class SluggedModel(models.Model):
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The short name used in web addresses, e.g. “sergei-ivanov”. "
        "Letters, numbers and hyphens only.",
    )

    objects = SlugManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (self.slug,)


def _aliases(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class Source(SluggedModel):
    """A published text the timeline cites, stored whole with its provenance."""

    title = models.CharField(max_length=300)
    publisher = models.CharField(
        max_length=200, help_text="Who published the text, as far as it can be established."
    )
    distributor = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who distributed or republished it, if not the publisher.",
    )
    url = models.URLField("URL", blank=True, help_text="Where the text can be read, if known.")
    publication_date = models.DateField()
    publication_date_note = models.TextField(
        help_text="How the publication date was determined (a dateline, internal evidence …)."
    )
    page_stamp = models.CharField(
        max_length=200,
        blank=True,
        help_text="A later stamp on the page, such as “Last Updated: 07/27/2016”, kept "
        "verbatim. It is not the publication date.",
    )
    page_stamp_date = models.DateField(
        null=True, blank=True, help_text="The page stamp's date, if it gives one."
    )
    provenance_note = models.TextField(
        blank=True, help_text="What else is known about where the text comes from."
    )
    text = models.TextField(help_text="The full text of the source, exactly as published.")

    class Meta:
        ordering = ["publication_date", "title"]
        indexes = [models.Index(fields=["publication_date", "title"], name="source_chronology_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:source-detail", kwargs={"slug": self.slug})


class Organization(SluggedModel):
    class Kind(models.TextChoices):
        ALLIANCE = "alliance", "Alliance"
        STATE = "state", "State"
        GOVERNMENT_BODY = "government_body", "Government body"
        PARLIAMENT = "parliament", "Parliament"
        MILITARY_COMMAND = "military_command", "Military command"
        ARMED_FORCE = "armed_force", "Armed force"
        MISSION = "mission", "Mission or liaison office"
        PROGRAMME = "programme", "Programme"
        MEDIA = "media", "News media"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text="The body this one belongs to, e.g. NATO for a NATO command.",
    )
    aliases = models.TextField(
        blank=True, help_text="Other names the sources use for it, one per line."
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="organization_name_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:organization-detail", kwargs={"slug": self.slug})

    @property
    def alias_list(self):
        return _aliases(self.aliases)

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": "An organization cannot be its own ancestor."})
            ancestor = ancestor.parent


class Person(SluggedModel):
    name = models.CharField(max_length=200)
    role = models.CharField(
        max_length=200,
        help_text="Role or title as the sources give it at the time, e.g. “Defense Minister”.",
    )
    affiliation = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text="The country or organization the person acted for.",
    )
    aliases = models.TextField(
        blank=True,
        help_text="Every other way the sources name this person, one per line.",
    )
    portrait = models.ImageField(upload_to="portraits/", blank=True)
    portrait_alt = models.CharField(
        "portrait alt text",
        max_length=300,
        blank=True,
        help_text="What the portrait shows, for people who cannot see it. Required with a "
        "portrait.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["name"], name="person_name_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:person-detail", kwargs={"slug": self.slug})

    @property
    def alias_list(self):
        return _aliases(self.aliases)

    def clean(self):
        if self.portrait and not self.portrait_alt.strip():
            raise ValidationError({"portrait_alt": "Describe the portrait for screen readers."})


class Place(SluggedModel):
    class Kind(models.TextChoices):
        CITY = "city", "City"
        REGION = "region", "Region"
        COUNTRY = "country", "Country"
        SEA = "sea", "Sea"
        FACILITY = "facility", "Facility"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    country = models.CharField(
        max_length=100, blank=True, help_text="The country it lies in; empty for seas."
    )
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="place_name_idx")]
        constraints = [
            models.CheckConstraint(
                name="place_coordinates_both_or_neither",
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
            ),
            models.CheckConstraint(
                name="place_coordinates_in_range",
                condition=Q(latitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:place-detail", kwargs={"slug": self.slug})

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Give both latitude and longitude, or neither.")


class Agreement(SluggedModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        UNDER_NEGOTIATION = "under_negotiation", "Under negotiation"
        SIGNED = "signed", "Signed"
        RATIFIED = "ratified", "Ratified"
        IN_FORCE = "in_force", "In force"
        LAPSED = "lapsed", "Lapsed or abandoned"

    name = models.CharField(max_length=300)
    short_name = models.CharField(
        max_length=60, blank=True, help_text="The abbreviation the sources use, e.g. “SOFA”."
    )
    parties = models.ManyToManyField(Organization, related_name="agreements", blank=True)
    status = models.CharField(
        max_length=30,
        choices=Status.choices,
        help_text="The furthest stage the sources report. Key dates come from its events.",
    )
    summary = models.TextField()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="agreement_name_idx")]

    def __str__(self):
        return self.short_name or self.name

    def get_absolute_url(self):
        return reverse("events:agreement-detail", kwargs={"slug": self.slug})


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def with_related(self):
        """Everything an event card shows, in a fixed number of queries."""
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person").order_by("person__name"),
            ),
            "places",
            "organizations",
            "agreements",
            models.Prefetch(
                "citations",
                # Not the sources' full texts: a card shows only which source it cites.
                queryset=Citation.objects.select_related("source")
                .defer("source__text")
                .order_by("source__publication_date", "start_offset"),
            ),
        )


class EventManager(SlugManager.from_queryset(EventQuerySet)):
    pass


class Event(SluggedModel):
    class Type(models.TextChoices):
        MEETING = "meeting", "Meeting"
        VISIT = "visit", "Visit"
        STATEMENT = "statement", "Statement"
        INTERVIEW = "interview", "Interview"
        CONFERENCE = "conference", "Conference"
        NEGOTIATION = "negotiation", "Negotiation"
        AGREEMENT_SIGNED = "agreement_signed", "Agreement signed"
        EXERCISE = "exercise", "Exercise"
        PROPOSAL = "proposal", "Proposal"
        ENLARGEMENT = "enlargement", "Enlargement"
        OBJECTION = "objection", "Objection"

    class Status(models.TextChoices):
        OCCURRED = "occurred", "Occurred"
        PLANNED = "planned", "Planned"
        EXPECTED = "expected", "Expected"

    title = models.CharField(max_length=300)
    summary = models.TextField(help_text="One or two sentences in your own words.")
    event_type = models.CharField(max_length=30, choices=Type.choices)
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.OCCURRED,
        help_text="As the source reported it at its date: had it happened, or was it "
        "planned or expected?",
    )
    start_date = models.DateField(
        help_text="For a month or a year, the first day of that month or year."
    )
    end_date = models.DateField(
        null=True, blank=True, help_text="Only for an event over several days, months or years."
    )
    date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date the sources give. A month or a year is never shown "
        "as a day.",
    )
    date_qualifier = models.CharField(
        max_length=20, choices=DateQualifier.choices, default=DateQualifier.EXACT
    )
    date_note = models.TextField(
        blank=True,
        help_text="How the date was derived from the sources, e.g. “‘Sunday’ in an article "
        "published Tuesday 6 April 2004”.",
    )
    people = models.ManyToManyField(Person, through="Participation", related_name="events")
    places = models.ManyToManyField(Place, related_name="events", blank=True)
    organizations = models.ManyToManyField(Organization, related_name="events", blank=True)
    agreements = models.ManyToManyField(Agreement, related_name="events", blank=True)
    published = models.BooleanField(
        default=False, help_text="Only published events appear on the public site."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventManager()

    class Meta:
        # Chronological, and stable: ties are broken by the end and then the slug.
        ordering = ["start_date", F("end_date").asc(nulls_first=True), "slug"]
        indexes = [
            # The public chronology. Partial, because Django filters on a bare "published"
            # on SQLite, which a (published, …) index cannot serve but this one can.
            # PostgreSQL gets a NULLS FIRST twin in migration 0002.
            models.Index(
                fields=["start_date", "end_date", "slug"],
                condition=Q(published=True),
                name="event_published_chronology_idx",
            ),
            models.Index(fields=["event_type"]),
            models.Index(fields=["status"]),
        ]
        constraints = [
            models.CheckConstraint(
                name="event_end_after_start",
                condition=Q(end_date__isnull=True) | Q(end_date__gt=F("start_date")),
                violation_error_message="The end date must be after the start date.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event-detail", kwargs={"slug": self.slug})

    @property
    def date(self):
        return PartialDate(self.start_date, self.date_precision, self.end_date, self.date_qualifier)

    @property
    def display_date(self):
        return self.date.display

    @property
    def is_anticipated(self):
        return self.status != self.Status.OCCURRED

    def clean(self):
        if self.start_date is not None:
            errors = self.date.errors()
            if errors:
                raise ValidationError(errors)


class ParticipationManager(models.Manager):
    def get_by_natural_key(self, event_slug, person_slug):
        return self.get(event__slug=event_slug, person__slug=person_slug)


class Participation(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(
        max_length=200, help_text="What the person did in this event, e.g. “host”, “speaker”."
    )

    objects = ParticipationManager()

    class Meta:
        ordering = ["event", "person__name"]
        # The person filter reads event ids by person without touching the table.
        indexes = [models.Index(fields=["person", "event"], name="participation_person_idx")]
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="unique_participation"),
        ]

    def __str__(self):
        return f"{self.person} ({self.role}) in {self.event}"

    def natural_key(self):
        return (self.event.slug, self.person.slug)

    natural_key.dependencies = ["events.event", "events.person"]


class CitationManager(models.Manager):
    def get_by_natural_key(self, event_slug, source_slug, start_offset):
        return self.get(event__slug=event_slug, source__slug=source_slug, start_offset=start_offset)


class Citation(models.Model):
    """A verbatim passage of a source that backs an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    quote = models.TextField(
        help_text="Paste the passage exactly as it stands in the source's text."
    )
    start_offset = models.PositiveIntegerField(
        editable=False, help_text="Where the quote starts in the source's text (characters)."
    )
    end_offset = models.PositiveIntegerField(editable=False)

    objects = CitationManager()

    class Meta:
        ordering = ["source__publication_date", "start_offset"]
        # The source filter reads event ids by source without touching the table.
        indexes = [models.Index(fields=["source", "event"], name="citation_source_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "source", "start_offset"], name="unique_citation_passage"
            ),
            models.CheckConstraint(
                name="citation_offsets_ordered", condition=Q(end_offset__gt=F("start_offset"))
            ),
        ]

    def __str__(self):
        return f"{self.source}: “{self.quote[:60]}”"

    def save(self, *args, **kwargs):
        # Offsets always come from the text itself, however the citation was made.
        self.locate()
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.event.slug, self.source.slug, self.start_offset)

    natural_key.dependencies = ["events.event", "events.source"]

    @property
    def anchor(self):
        """A stable fragment id for the passage in the source reader."""
        return f"passage-{self.start_offset}-{self.end_offset}"

    def locate(self):
        """Set the offsets from the source's text, or say which part of the quote is wrong."""
        match = locate_quote(self.source.text, self.quote)
        if not match.found:
            raise ValidationError({"quote": match.problem})
        self.quote = self.quote.strip()
        self.start_offset, self.end_offset = match.start, match.end

    def clean(self):
        if self.source_id is not None and self.quote:
            self.locate()


class DataVersion(models.Model):
    """One row counting edits to the timeline's content; see ``events/data_version.py``.

    It lives in the database, not the cache, so every app instance agrees on it.
    """

    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            # A single row: the counter is global.
            models.CheckConstraint(name="data_version_single_row", condition=Q(id=1)),
        ]

    def __str__(self):
        return f"Data version {self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
