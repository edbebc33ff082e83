"""The timeline's records: sources and the facts cited from them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.manager import append_fallback
from simple_history.models import HistoricalRecords

from .addresses import slug_url
from .dates import DatePrecision, DateQualifier, PartialDate, date_constraints, starts_its_period
from .images import Picture, RenditionImageField, image_text_errors
from .quotes import locate_quote

#: The language the records' own texts (titles, summaries, names, descriptions …) are
#: written in first: every record has them in English; the translated ones
#: (events/translation.py) may have them in Russian too.
DATA_LANGUAGE = "en"


def data_lang(language=DATA_LANGUAGE):
    """The ``lang`` a record's text (or a text in ``language``: a quote, in its source's)
    needs on the current page: the text's language on a page in another one, "" on a page
    in the same (compared by base language: the English pages run as "en-gb")."""
    page = get_language() or DATA_LANGUAGE
    return "" if page.split("-")[0] == language.split("-")[0] else language


class RecordText(str):
    """A record's translated text as a page shows it, knowing its ``language``: the
    page's, or the other language's where the record has none in the page's."""

    def __new__(cls, text, language):
        shown = super().__new__(cls, text)
        shown.language = language
        return shown

    def __getnewargs__(self):  # copied and pickled (a cache) with its language
        return str(self), self.language


def page_record_language():
    """The language of the records' texts the current page asks for: "en" or "ru"."""
    return (get_language() or DATA_LANGUAGE).split("-")[0]


def in_some_language(model, *fields):
    """CHECKs that each of ``model``'s translated ``fields`` has a text in at least one
    language (English, or Russian for a record drafted from a Russian article). The
    columns are added by modeltranslation (events/translation.py)."""
    return [
        models.CheckConstraint(
            name=f"{model}_{field}_written",
            condition=Q(
                *[
                    Q(**{f"{field}_{language}__isnull": False}) & ~Q(**{f"{field}_{language}": ""})
                    for language in settings.MODELTRANSLATION_LANGUAGES
                ],
                _connector=Q.OR,
            ),
        )
        for field in fields
    ]


def translated_lookups(lookup):
    """The lookups reading the translated field ``lookup`` ("person__name") in each of the
    records' languages, for ``shown_text``: a query of values reads them all."""
    return [f"{lookup}_{language}" for language in settings.MODELTRANSLATION_LANGUAGES]


#: For each page language, the records' languages in the order a page in it reads them:
#: its own first, then the others (where a text is missing in its own).
READING_ORDER = {
    page: [
        page,
        *(language for language in settings.MODELTRANSLATION_LANGUAGES if language != page),
    ]
    for page in settings.MODELTRANSLATION_LANGUAGES
}


def shown_language(texts, page=None):
    """Of a translated field's ``texts`` by language, the language a page in ``page``'s
    language (the current one by default) shows: its own where it has a text, else the
    first other that has one."""
    page = page or page_record_language()
    return next((language for language in READING_ORDER[page] if texts.get(language)), page)


def shown_text(*texts, page=None):
    """Of a translated field's ``texts`` in each of the records' languages (in the order
    of ``translated_lookups``), the one a page in ``page``'s language (the current one by
    default: pass it when showing many) shows, as ``RecordText``."""
    by_language = dict(zip(settings.MODELTRANSLATION_LANGUAGES, texts, strict=True))
    language = shown_language(by_language, page)
    return RecordText(by_language[language] or "", language)


class SlugManager(models.Manager):
    """Lets fixtures refer to rows by slug rather than by integer id."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class StaleVersionError(Exception):
    """The row was saved by someone else since this copy of it was read."""


class VersionedModel(models.Model):
    """Refuses to save over a version of the row that this copy has not seen.

    Every save claims the next version with a conditional UPDATE, so of two
    editors who opened the same version, only the first to save wins; the
    second gets ``StaleVersionError`` instead of silently overwriting.
    """

    version = models.PositiveIntegerField(
        default=1, editable=False, help_text=_("Goes up by one with every save.")
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding:
            return super().save(*args, **kwargs)
        with transaction.atomic(using=kwargs.get("using")):
            claimed = (
                type(self)
                ._base_manager.filter(pk=self.pk, version=self.version)
                .update(version=self.version + 1)
            )
            if not claimed:
                raise StaleVersionError(f"{self} was changed since version {self.version}.")
            self.version += 1
            try:
                super().save(*args, **kwargs)
            except BaseException:
                self.version -= 1  # The claim is rolled back with the transaction.
                raise


class SluggedModel(VersionedModel):
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text=_(
            "The short name used in web addresses, e.g. “sergei-ivanov”. "
            "Letters, numbers and hyphens only."
        ),
    )

    objects = SlugManager()
    # The field a slug is made from when an editor leaves it empty (see events/slugs.py).
    slug_source = "name"

    class Meta:
        abstract = True

    def get_absolute_url(self):
        """The row's page, as the registry of entity kinds routes it."""
        from .kinds import BY_MODEL  # The registry reads these models.

        return BY_MODEL[type(self)].url(self.slug)

    def natural_key(self):
        return (self.slug,)


def can_preview(user, model):
    """Whether ``user`` may see ``model``'s rows before they are public (drafts, entities
    with no published event): the permission to view them, not merely being staff."""
    if user is None or not user.is_active:  # anonymous: no permissions to look up
        return False
    return user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")


class ColumnValuesQuerySet(models.QuerySet):
    """``values()`` and ``values_list()`` of columns read as Django reads them.

    On a translated model, modeltranslation reads every row of them through its fallback
    between languages, even when no translated field (``title``, not ``title_en``) is
    asked for: about 12 µs a row, a second for a broad search's 85,000 events. This code
    names each language's column itself, so the fallback is kept only for a translated
    field asked for by name."""

    def values(self, *fields, **expressions):
        return self._as_columns(fields, lambda rows: rows.values(*fields, **expressions))

    def values_list(self, *fields, **kwargs):
        return self._as_columns(fields, lambda rows: rows.values_list(*fields, **kwargs))

    def _as_columns(self, fields, select):
        rewriting = getattr(self, "_rewrite", False)  # a translated model's, by default
        if not rewriting or not fields or append_fallback(self.model, fields)[1]:
            return select(super())
        # Filters and orderings chained after it are still rewritten ("name" → "name_en").
        return select(self.rewrite(False)).rewrite(True)


class EntityQuerySet(ColumnValuesQuerySet):
    def with_publicity(self):
        """Each row with ``is_public``: whether one of its events is published. Until then
        an entity (or a source) is the editors' work in progress, kept off the public site."""
        from .kinds import BY_MODEL  # The registry names each kind's link to events.

        return self.annotate(is_public=BY_MODEL[self.model].has_published_event)

    def public(self):
        return self.with_publicity().filter(is_public=True)

    def visible_to(self, user):
        """Every row for a user who may preview them (see ``can_preview``), else the public ones."""
        return self.with_publicity() if can_preview(user, self.model) else self.public()


class EntityManager(SlugManager.from_queryset(EntityQuerySet)):
    pass


class EntityModel(SluggedModel):
    """A person, place, organization, agreement or source: a row the events link to."""

    objects = EntityManager()

    class Meta:
        abstract = True


class AliasedModel(models.Model):
    """A row with other names: each model says in its own words what its ``aliases`` are."""

    class Meta:
        abstract = True

    @property
    def alias_list(self):
        """The aliases, one per non-blank line, in the aliases' language."""
        aliases = self.aliases
        language = getattr(aliases, "language", DATA_LANGUAGE)
        return [RecordText(line.strip(), language) for line in aliases.splitlines() if line.strip()]


def pictured(name, *, upload_to, alt_help, credit_help):
    """An abstract model giving its subclasses an image ``name`` with its alt text and credit.

    The fields are ``name`` and ``name_width``, ``name_height`` (filled from the stored
    rendition), ``name_alt`` and ``name_credit``; ``name_picture`` is the renditions with
    their text, and ``name_errors()`` what ``clean()`` reports when the text is missing.
    ``alt_help`` and ``credit_help`` are the editors' help texts for the two.
    """
    alt, credit = f"{name}_alt", f"{name}_credit"

    class Meta:
        abstract = True

    def picture(self):
        """The image's renditions with its alt text and credit, or None."""
        return Picture.of(getattr(self, name), getattr(self, alt), getattr(self, credit))

    def errors(self):
        return image_text_errors(
            getattr(self, name), alt, getattr(self, alt), credit, getattr(self, credit)
        )

    return type(
        f"{name.title()}Model",
        (models.Model,),
        {
            "__module__": __name__,
            "Meta": Meta,
            name: RenditionImageField(
                upload_to=upload_to,
                blank=True,
                db_index=True,  # The media view looks images up by name.
                width_field=f"{name}_width",
                height_field=f"{name}_height",
            ),
            f"{name}_width": models.PositiveIntegerField(null=True, blank=True, editable=False),
            f"{name}_height": models.PositiveIntegerField(null=True, blank=True, editable=False),
            alt: models.CharField(
                f"{name} alt text",
                max_length=300,
                blank=True,
                help_text=alt_help,
            ),
            credit: models.CharField(
                max_length=300,
                blank=True,
                help_text=credit_help,
            ),
            f"{name}_picture": property(picture),
            f"{name}_errors": errors,
        },
    )


class Language(models.TextChoices):
    """The languages of the sources (and, later, of the site)."""

    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")


class Source(EntityModel):
    """A published text the timeline cites, stored whole with its provenance."""

    title = models.CharField(max_length=300, help_text=_("The headline or title, as published."))
    slug_source = "title"
    publisher = models.CharField(
        max_length=200, help_text=_("Who published the text, as far as it can be established.")
    )
    distributor = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who distributed or republished it, if not the publisher."),
    )
    url = models.URLField("URL", blank=True, help_text=_("Where the text can be read, if known."))
    publication_date = models.DateField(
        help_text=_(
            "The day the text was published; say below how that was established. "
            "Known only to the month or the year: enter its first day and choose that precision."
        )
    )
    publication_date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How much of the publication date is known. A month or a year is never shown as a day."
        ),
    )
    publication_date_note = models.TextField(
        help_text=_("How the publication date was determined (a dateline, internal evidence …).")
    )
    page_stamp = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "A later stamp on the page, such as “Last Updated: 07/27/2016”, kept "
            "verbatim. It is not the publication date."
        ),
    )
    page_stamp_date = models.DateField(
        null=True, blank=True, help_text=_("The page stamp's date, if it gives one.")
    )
    provenance_note = models.TextField(
        blank=True, help_text=_("What else is known about where the text comes from.")
    )
    text = models.TextField(help_text=_("The full text of the source, exactly as published."))
    language = models.CharField(
        max_length=8,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text=_("The language the text is written in. Its quotes are never translated."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["publication_date", "title"]
        indexes = [models.Index(fields=["publication_date", "title"], name="source_chronology_idx")]
        constraints = [
            models.CheckConstraint(
                name="source_language_known",
                condition=Q(language__in=[choice.value for choice in Language]),
            ),
            models.CheckConstraint(
                name="source_publication_date_starts_its_period",
                condition=starts_its_period("publication_date", "publication_date_precision"),
                violation_error_message=_("A month or a year is stored as its first day."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # An edited text moves the passages after the edit: their offsets follow it. A
        # text that loses a cited passage is refused before anything is written. The
        # source's row is locked first, so no citation can be added in between.
        with transaction.atomic():
            moved = self._citations_in_new_text()
            self._refuse_lost_passages(moved)
            super().save(*args, **kwargs)
            for citation, _match in moved:
                citation.source = self
                citation.save(locked_text=self.text)

    @property
    def publication(self):
        """The publication date at its precision, e.g. “April 2004”."""
        return PartialDate(self.publication_date, self.publication_date_precision)

    def _citations_in_new_text(self):
        """Each citation with where its quote stands in ``text``, if ``text`` was edited."""
        if self._state.adding:
            return []
        stored = locked_source_text(self.pk)
        if stored is None or stored == self.text:
            return []
        return [
            (citation, locate_quote(self.text, citation.quote))
            for citation in self.citations.select_related("event")
        ]

    @staticmethod
    def _refuse_lost_passages(citations_in_new_text):
        lost = [
            f"“{citation.event.title}” cites a passage the new text no longer has. {match.problem}"
            for citation, match in citations_in_new_text
            if not match.found
        ]
        if lost:
            raise ValidationError({"text": lost})

    def clean(self):
        if self.publication_date is not None:
            problems = self.publication.errors()
            if "start_date" in problems:
                raise ValidationError({"publication_date": problems["start_date"]})
        self._refuse_lost_passages(self._citations_in_new_text())


def locked_source_text(source_id):
    """The source's stored text, its row locked until the transaction ends.

    Every check of quotes against a text takes this lock first: a source saved without a
    passage and a citation of that passage added at the same moment then happen one
    after the other, and the second is checked against what the first wrote. (On
    PostgreSQL; SQLite runs one writing transaction at a time anyway, see settings.)
    """
    return locked_source_texts([source_id]).get(source_id)


def locked_source_texts(source_ids):
    """``{source id: text}`` for several sources, locked in one query, in id order."""
    rows = Source._base_manager.filter(pk__in=source_ids).order_by("pk")
    if transaction.get_connection().in_atomic_block:
        rows = rows.select_for_update()
    return dict(rows.values_list("pk", "text"))


class Organization(AliasedModel, EntityModel):
    class Kind(models.TextChoices):
        ALLIANCE = "alliance", _("Alliance")
        STATE = "state", _("State")
        GOVERNMENT_BODY = "government_body", _("Government body")
        PARLIAMENT = "parliament", _("Parliament")
        MILITARY_COMMAND = "military_command", _("Military command")
        ARMED_FORCE = "armed_force", _("Armed force")
        MISSION = "mission", _("Mission or liaison office")
        PROGRAMME = "programme", _("Programme")
        MEDIA = "media", _("News media")

    name = models.CharField(
        max_length=200, help_text=_("The usual name, e.g. “NATO–Russia Council”.")
    )
    kind = models.CharField(
        max_length=30, choices=Kind.choices, help_text=_("What sort of body it is.")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The body this one belongs to, e.g. NATO for a NATO command."),
    )
    aliases = models.TextField(
        blank=True, help_text=_("Other names the sources use for it, one per line.")
    )

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="organization_name_idx")]
        constraints = in_some_language("organization", "name")

    def __str__(self):
        return self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("An organization cannot be its own ancestor.")})
            ancestor = ancestor.parent


class Person(
    AliasedModel,
    pictured(
        "portrait",
        upload_to="portraits/",
        alt_help=_(
            "What the portrait shows, for people who cannot see it. Required with a portrait."
        ),
        credit_help=_(
            "Who took the photo or holds its rights, e.g. “Photo: NATO”. Required with a portrait."
        ),
    ),
    EntityModel,
):
    name = models.CharField(
        max_length=200, help_text=_("The name as usually written, e.g. “Sergei Ivanov”.")
    )
    role = models.CharField(
        max_length=200,
        help_text=_("Role or title as the sources give it at the time, e.g. “Defense Minister”."),
    )
    affiliation = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text=_("The country or organization the person acted for."),
    )
    aliases = models.TextField(
        blank=True,
        help_text=_("Every other way the sources name this person, one per line."),
    )

    class Meta:
        verbose_name = _("person")
        ordering = ["name"]
        verbose_name_plural = _("people")
        indexes = [models.Index(fields=["name"], name="person_name_idx")]
        constraints = in_some_language("person", "name")

    def __str__(self):
        return self.name

    def clean(self):
        errors = self.portrait_errors()
        if errors:
            raise ValidationError(errors)


class Place(EntityModel):
    class Kind(models.TextChoices):
        CITY = "city", _("City")
        REGION = "region", _("Region")
        COUNTRY = "country", _("Country")
        SEA = "sea", _("Sea")
        FACILITY = "facility", _("Facility")

    name = models.CharField(max_length=200, help_text=_("The usual name, e.g. “Moscow”."))
    kind = models.CharField(
        max_length=20, choices=Kind.choices, help_text=_("What sort of place it is.")
    )
    country = models.CharField(
        max_length=100, blank=True, help_text=_("The country it lies in; empty for seas.")
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_(
            "Degrees north, negative for south, e.g. 55.75583 for Moscow. Give both "
            "coordinates or neither."
        ),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Degrees east, negative for west, e.g. 37.61730 for Moscow."),
    )

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="place_name_idx")]
        constraints = [
            *in_some_language("place", "name"),
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

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))


class Agreement(EntityModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        UNDER_NEGOTIATION = "under_negotiation", _("Under negotiation")
        SIGNED = "signed", _("Signed")
        RATIFIED = "ratified", _("Ratified")
        IN_FORCE = "in_force", _("In force")
        LAPSED = "lapsed", _("Lapsed or abandoned")

    name = models.CharField(
        max_length=300, help_text=_("The full name, e.g. “Status of Forces Agreement”.")
    )
    short_name = models.CharField(
        max_length=60, blank=True, help_text=_("The abbreviation the sources use, e.g. “SOFA”.")
    )
    parties = models.ManyToManyField(
        Organization,
        related_name="agreements",
        blank=True,
        help_text=_("The states and organizations that are, or would be, parties to it."),
    )
    status = models.CharField(
        max_length=30,
        choices=Status.choices,
        help_text=_("The furthest stage the sources report. Key dates come from its events."),
    )
    summary = models.TextField(help_text=_("What the agreement is about, in your own words."))

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="agreement_name_idx")]
        constraints = in_some_language("agreement", "name")

    def __str__(self):
        return self.short_name or self.name


class EventQuerySet(ColumnValuesQuerySet):
    def published(self):
        return self.filter(published=True)

    def with_related(self):
        """Everything an event's page and exports show, in a fixed number of queries."""
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person").order_by("person__name"),
            ),
            "places",
            "organizations",
            "agreements",
            cited_passages(),
        )


def cited_passages():
    """An event's citations with their sources, in the order shown (for ``prefetch_related``)."""
    return models.Prefetch(
        "citations",
        # Not the sources' full texts: a list shows only which source is cited.
        queryset=Citation.objects.select_related("source")
        .defer("source__text")
        .order_by("source__publication_date", "start_offset"),
    )


class EventManager(SlugManager.from_queryset(EventQuerySet)):
    pass


class Event(
    pictured(
        "illustration",
        upload_to="illustrations/",
        alt_help=_(
            "What the picture shows, for people who cannot see it. Required with an illustration."
        ),
        credit_help=_(
            "Who made the picture or holds its rights, e.g. “Photo: NATO”. Required with an "
            "illustration."
        ),
    ),
    SluggedModel,
):
    class Type(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        VISIT = "visit", _("Visit")
        STATEMENT = "statement", _("Statement")
        INTERVIEW = "interview", _("Interview")
        CONFERENCE = "conference", _("Conference")
        NEGOTIATION = "negotiation", _("Negotiation")
        AGREEMENT_SIGNED = "agreement_signed", _("Agreement signed")
        EXERCISE = "exercise", _("Exercise")
        PROPOSAL = "proposal", _("Proposal")
        ENLARGEMENT = "enlargement", _("Enlargement")
        OBJECTION = "objection", _("Objection")

    class Status(models.TextChoices):
        OCCURRED = "occurred", _("Occurred")
        PLANNED = "planned", _("Planned")
        EXPECTED = "expected", _("Expected")

    slug_source = "title"
    title = models.CharField(
        max_length=300,
        help_text=_(
            "A short headline in your own words, e.g. “Ivanov meets de Hoop Scheffer in Moscow”."
        ),
    )
    summary = models.TextField(help_text=_("One or two sentences in your own words."))
    event_type = models.CharField(
        max_length=30, choices=Type.choices, help_text=_("What kind of event it was.")
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.OCCURRED,
        help_text=_(
            "As the source reported it at its date: had it happened, or was it planned or expected?"
        ),
    )
    start_date = models.DateField(
        help_text=_("For a month or a year, the first day of that month or year.")
    )
    end_date = models.DateField(
        null=True, blank=True, help_text=_("Only for an event over several days, months or years.")
    )
    date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How much of the date the sources give. A month or a year is never shown as a day."
        ),
    )
    date_qualifier = models.CharField(
        max_length=20,
        choices=DateQualifier.choices,
        default=DateQualifier.EXACT,
        help_text=_(
            "How sure the date is: exact; approximate (shown as “c.”); a latest date "
            "(“by”); an earliest date (“not before”: a plan with no date of its own); or a "
            "range it happened at some point within (needs an end date)."
        ),
    )
    date_note = models.TextField(
        blank=True,
        help_text=_(
            "How the date was derived from the sources, e.g. “‘Sunday’ in an article "
            "published Tuesday 6 April 2004”."
        ),
    )
    people = models.ManyToManyField(Person, through="Participation", related_name="events")
    places = models.ManyToManyField(
        Place,
        related_name="events",
        blank=True,
        help_text=_("Where it happened, and places it concerns. Type to search."),
    )
    organizations = models.ManyToManyField(
        Organization,
        related_name="events",
        blank=True,
        help_text=_("States and organizations taking part or concerned. Type to search."),
    )
    agreements = models.ManyToManyField(
        Agreement,
        related_name="events",
        blank=True,
        help_text=_("Agreements it concerns. Type to search."),
    )
    published = models.BooleanField(
        default=False, help_text=_("Only published events appear on the public site.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventManager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Chronological, and stable: ties are broken by the end and then the slug.
        ordering = ["start_date", F("end_date").asc(nulls_first=True), "slug"]
        indexes = [
            # The public chronology. Partial, because Django filters on a bare "published"
            # on SQLite, which a (published, …) index cannot serve but this one can. With
            # the type, status and date precision, so that a list of one type or status,
            # or in a date range, in order is checked against the index alone, not against
            # every event's row. PostgreSQL gets a NULLS FIRST twin (0004, 0018, 0020).
            models.Index(
                fields=["start_date", "end_date", "slug", "event_type", "status", "date_precision"],
                condition=Q(published=True),
                name="event_published_chronology_idx",
            ),
            # The time axis reads only these columns of every published event in its
            # window (events/axis.py): the index answers it without touching the table.
            models.Index(
                fields=["start_date", "end_date", "date_precision", "event_type"],
                condition=Q(published=True),
                name="event_published_axis_idx",
            ),
            # Also what the facets count the published events of each type and status
            # from, without reading the table.
            models.Index(fields=["event_type", "published"]),
            models.Index(fields=["status", "published"]),
        ]
        # The date rules of PartialDate.errors; clean() gives editors the messages.
        constraints = [
            *in_some_language("event", "title"),
            *date_constraints(
                "event_", "start_date", "end_date", "date_precision", "date_qualifier"
            ),
            models.CheckConstraint(
                name="event_date_qualifier_known",
                condition=Q(date_qualifier__in=[choice.value for choice in DateQualifier]),
                violation_error_message=_("Choose a qualifier from the list."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url("events:event-detail", self.slug)

    @property
    def date(self):
        return PartialDate(self.start_date, self.date_precision, self.end_date, self.date_qualifier)

    @property
    def display_date(self):
        return self.date.display

    @property
    def date_readings(self):
        """Each citing source with the date it gives: the one recorded on its first
        citation, else the event's own. Reads the (prefetched) citations."""
        readings = {}
        for citation in self.citations.all():
            readings.setdefault(citation.source, citation.reported_date or self.date)
        return readings

    @property
    def sources_differ_on_date(self):
        return len(set(self.date_readings.values())) > 1

    @property
    def is_anticipated(self):
        return self.status != self.Status.OCCURRED

    def duplicate(self):
        """An unpublished copy under a new slug, with the same links and citations."""
        with transaction.atomic():
            copy = Event.objects.get(pk=self.pk)
            copy.pk, copy.version, copy.published = None, 1, False
            copy._state.adding = True
            copy.slug = self._unused_copy_slug()
            copy.title = f"{self.title} (copy)"[: Event._meta.get_field("title").max_length]
            copy.save()
            for name in ("places", "organizations", "agreements"):
                getattr(copy, name).set(getattr(self, name).all())
            for link in self.participations.all():
                copy.participations.create(person_id=link.person_id, role=link.role)
            # Each new citation is located in its source's text, read once per source.
            citations = list(self.citations.all())
            texts = locked_source_texts({citation.source_id for citation in citations})
            for citation in citations:
                Citation(event=copy, source_id=citation.source_id, quote=citation.quote).save(
                    locked_text=texts[citation.source_id]
                )
        return copy

    def _unused_copy_slug(self):
        base = f"{self.slug[:100]}-copy"
        taken = set(Event.objects.filter(slug__startswith=base).values_list("slug", flat=True))
        candidates = (base if n == 1 else f"{base}-{n}" for n in range(1, len(taken) + 2))
        return next(slug for slug in candidates if slug not in taken)

    def clean(self):
        errors = self.illustration_errors()
        if self.start_date is not None:
            errors.update(self.date.errors())
        if errors:
            raise ValidationError(errors)


class ParticipationManager(models.Manager):
    def get_by_natural_key(self, event_slug, person_slug):
        return self.get(event__slug=event_slug, person__slug=person_slug)


class Participation(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="participations",
        help_text=_("Type to search the people in the timeline; add someone new with +."),
    )
    role = models.CharField(
        max_length=200, help_text=_("What the person did in this event, e.g. “host”, “speaker”.")
    )

    objects = ParticipationManager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
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


def passage_anchor(start_offset, end_offset):
    """A stable fragment id for a passage in the source reader, from its offsets."""
    return f"passage-{start_offset}-{end_offset}"


class CitationManager(models.Manager):
    def get_by_natural_key(self, event_slug, source_slug, start_offset):
        return self.get(event__slug=event_slug, source__slug=source_slug, start_offset=start_offset)


class Citation(models.Model):
    """A verbatim passage of a source that backs an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="citations",
        help_text=_("The source the passage comes from. Type to search."),
    )
    quote = models.TextField(
        help_text=_("Paste the passage exactly as it stands in the source's text.")
    )
    start_offset = models.PositiveIntegerField(
        editable=False, help_text=_("Where the quote starts in the source's text (characters).")
    )
    end_offset = models.PositiveIntegerField(editable=False)
    # The date as this passage gives it, recorded when an article is imported, so that an
    # event reported by several sources can show where they differ.
    reported_start_date = models.DateField(
        null=True, blank=True, help_text=_("The date this passage gives, if recorded.")
    )
    reported_end_date = models.DateField(null=True, blank=True)
    reported_date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, blank=True
    )
    reported_date_qualifier = models.CharField(
        max_length=20, choices=DateQualifier.choices, blank=True
    )
    reported_date_note = models.TextField(
        blank=True, help_text=_("How the date was read from this passage.")
    )

    objects = CitationManager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
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
            # A reading is whole (start, precision, qualifier) or absent.
            models.CheckConstraint(
                name="citation_reading_whole_or_absent",
                condition=Q(
                    reported_start_date__isnull=True,
                    reported_end_date__isnull=True,
                    reported_date_precision="",
                    reported_date_qualifier="",
                )
                | Q(
                    reported_start_date__isnull=False,
                    reported_date_precision__in=[choice.value for choice in DatePrecision],
                    reported_date_qualifier__in=[choice.value for choice in DateQualifier],
                ),
            ),
            # The same date rules as an event's.
            *date_constraints(
                "citation_reading_",
                "reported_start_date",
                "reported_end_date",
                "reported_date_precision",
                "reported_date_qualifier",
            ),
        ]

    def __str__(self):
        return f"{self.source}: “{self.quote[:60]}”"

    def save(self, *args, locked_text=None, **kwargs):
        # Offsets always come from the text itself, however the citation was made: the
        # text as stored, read under the source's lock (see ``locked_source_text``),
        # unless the caller has just read it so.
        with transaction.atomic():
            if locked_text is None:
                locked_text = locked_source_text(self.source_id)
            self.locate(locked_text)
            super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        # Locks in the same order as every other write of citations: the source first.
        with transaction.atomic():
            locked_source_text(self.source_id)
            return super().delete(*args, **kwargs)

    def natural_key(self):
        return (self.event.slug, self.source.slug, self.start_offset)

    natural_key.dependencies = ["events.event", "events.source"]

    @property
    def reported_date(self):
        """The date as this passage gives it, or None when none was recorded."""
        if self.reported_start_date is None:
            return None
        return PartialDate(
            self.reported_start_date,
            self.reported_date_precision,
            self.reported_end_date,
            self.reported_date_qualifier,
        )

    @property
    def anchor(self):
        return passage_anchor(self.start_offset, self.end_offset)

    @property
    def reader_path(self):
        """The passage highlighted in its source's reader."""
        return f"{self.source.get_absolute_url()}#{self.anchor}"

    def locate(self, text=None):
        """Set the offsets from the source's text, or say which part of the quote is wrong."""
        text = self.source.text if text is None else text
        match = locate_quote(text, self.quote, near=self.start_offset)
        if not match.found:
            raise ValidationError({"quote": match.problem})
        # Stored as the source has it, whatever typography the editor's copy had.
        self.quote = text[match.start : match.end]
        self.start_offset, self.end_offset = match.start, match.end

    def clean(self):
        reading = self.reported_date
        if reading is not None:
            problems = reading.errors()
            if problems:
                raise ValidationError(
                    {f"reported_{field}": problem for field, problem in problems.items()}
                )
        if self.source_id is not None and self.quote:
            # Locked until the save (the admin validates and saves in one transaction).
            text = locked_source_text(self.source_id)
            if text is None:
                raise ValidationError({"source": _("This source has been deleted.")})
            self.locate(text)
            cited = Citation.objects.filter(
                event_id=self.event_id, source_id=self.source_id, start_offset=self.start_offset
            )
            if self.event_id is not None and cited.exclude(pk=self.pk).exists():
                raise ValidationError({"quote": _("This passage is already cited for this event.")})


class DataVersion(models.Model):
    """One row counting edits to the timeline's content; see ``events/data_version.py``.

    It lives in the database, not the cache, so every app instance agrees on it.
    """

    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")
        constraints = [
            # A single row: the counter is global.
            models.CheckConstraint(name="data_version_single_row", condition=Q(id=1)),
        ]

    def __str__(self):
        return f"Data version {self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
