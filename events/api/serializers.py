from functools import cached_property

from rest_framework import serializers

from events.exports.records import absolute_urls
from events.models import Agreement, Citation, Event, Organization, Person, Place, Source


class LinkSerializer(serializers.Serializer):
    """A related row as ``{"slug", "name"}``."""

    slug = serializers.SlugField()
    name = serializers.CharField()


class PageUrlField(serializers.SerializerMethodField):
    """The absolute address of the row's HTML page."""

    def __init__(self, **kwargs):
        super().__init__(method_name="get_page_url", **kwargs)


class PageUrlMixin:
    def get_page_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class OptionalURLField(serializers.URLField):
    """A URL that may be unknown: ``null`` then, not an empty string that is no URL."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return value or None


class CitationSerializer(serializers.ModelSerializer):
    """A quoted passage, with where to read it and what to credit."""

    source = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, help_text="The cited source's slug (`/api/sources/…`)."
    )
    source_title = serializers.CharField(source="source.title", read_only=True)
    source_publisher = serializers.CharField(source="source.publisher", read_only=True)
    source_publication_date = serializers.DateField(
        source="source.publication_date",
        read_only=True,
        help_text="The first day of the publication date at its precision.",
    )
    source_publication_date_precision = serializers.CharField(
        source="source.publication_date_precision", read_only=True
    )
    start_offset = serializers.IntegerField(
        read_only=True,
        help_text="Where the passage starts in the source's `text` (characters, from 0).",
    )
    end_offset = serializers.IntegerField(
        read_only=True, help_text="Where it ends (exclusive): `text[start_offset:end_offset]`."
    )
    url = serializers.CharField(
        read_only=True,
        help_text="The passage highlighted in the source reader: "
        "`/sources/<slug>/#passage-<start_offset>-<end_offset>`.",
    )

    class Meta:
        model = Citation
        fields = [
            "source",
            "source_title",
            "source_publisher",
            "source_publication_date",
            "source_publication_date_precision",
            "quote",
            "start_offset",
            "end_offset",
            "url",
        ]


# An event, given as its record (``events.exports.records.EventRecord``). The fields
# describe the answer: the OpenAPI document is read from them (and from a docstring, so
# this is a comment). The answer itself is ``event_json``, which the dataset export
# writes too: plain values, without a field's machinery run for every linked row.
class EventSerializer(serializers.ModelSerializer):
    url = serializers.CharField(read_only=True)
    display_date = serializers.CharField(read_only=True)
    people = serializers.ListField(child=serializers.DictField(), read_only=True)
    places = LinkSerializer(many=True, read_only=True)
    organizations = LinkSerializer(many=True, read_only=True)
    agreements = LinkSerializer(many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "slug",
            "url",
            "title",
            "summary",
            "start_date",
            "end_date",
            "date_precision",
            "date_qualifier",
            "display_date",
            "date_note",
            "status",
            "event_type",
            "people",
            "places",
            "organizations",
            "agreements",
            "citations",
        ]

    @cached_property
    def absolute_url(self):
        # One serializer answers for every event of a page: the site's root is read once.
        return absolute_urls(self.context["request"])

    def to_representation(self, event):
        return event_json(event, self.absolute_url)


def citation_json(citation, absolute_url):
    """A citation (``records.CitedPassage``) as the API gives it."""
    return {
        "source": citation.source_slug,
        "source_title": citation.source_title,
        "source_publisher": citation.publisher,
        "source_publication_date": citation.publication.start.isoformat(),
        "source_publication_date_precision": citation.publication.precision,
        "quote": citation.quote,
        "start_offset": citation.start_offset,
        "end_offset": citation.end_offset,
        "url": absolute_url(citation.reader_path),
    }


def event_json(event, absolute_url):
    """An event (``records.EventRecord``) as the API gives it."""
    date = event.date
    return {
        "slug": event.slug,
        "url": absolute_url(event.path),
        "title": event.title,
        "summary": event.summary,
        "start_date": date.start.isoformat(),
        "end_date": date.end.isoformat() if date.end else None,
        "date_precision": date.precision,
        "date_qualifier": date.qualifier,
        "display_date": date.display,
        "date_note": event.date_note,
        "status": event.status,
        "event_type": event.event_type,
        "people": [{"slug": p.slug, "name": p.name, "role": p.role} for p in event.people],
        "places": [{"slug": p.slug, "name": p.name} for p in event.places],
        "organizations": [{"slug": o.slug, "name": o.name} for o in event.organizations],
        "agreements": [{"slug": a.slug, "name": a.name} for a in event.agreements],
        "citations": [citation_json(c, absolute_url) for c in event.citations],
    }


class PersonSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()
    affiliation = LinkSerializer(read_only=True, allow_null=True)
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Person
        fields = ["slug", "name", "url", "role", "affiliation", "aliases"]


class PlaceSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()

    class Meta:
        model = Place
        fields = ["slug", "name", "url", "kind", "country", "latitude", "longitude"]


class OrganizationSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()
    parent = LinkSerializer(read_only=True, allow_null=True)
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Organization
        fields = ["slug", "name", "url", "kind", "parent", "aliases"]


class AgreementSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()
    parties = LinkSerializer(many=True, read_only=True)

    class Meta:
        model = Agreement
        fields = ["slug", "name", "short_name", "url", "status", "parties", "summary"]


class SourceSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()
    original_url = OptionalURLField(source="url")
    display_publication_date = serializers.CharField(
        source="publication.display",
        read_only=True,
        help_text="The publication date as shown on the site, at its precision.",
    )

    class Meta:
        model = Source
        fields = [
            "slug",
            "title",
            "url",
            "publication_date",
            "publication_date_precision",
            "display_publication_date",
            "publication_date_note",
            "publisher",
            "distributor",
            "original_url",
            "page_stamp",
            "page_stamp_date",
            "provenance_note",
        ]


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]
