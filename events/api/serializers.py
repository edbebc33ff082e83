from rest_framework import serializers

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
    url = serializers.SerializerMethodField(
        help_text="The passage highlighted in the source reader: "
        "`/sources/<slug>/#passage-<start_offset>-<end_offset>`."
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

    def get_url(self, citation) -> str:
        return self.context["request"].build_absolute_uri(citation.reader_path)


class EventSerializer(PageUrlMixin, serializers.ModelSerializer):
    url = PageUrlField()
    display_date = serializers.CharField(read_only=True)
    people = serializers.SerializerMethodField()
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

    def get_people(self, event) -> list[dict]:
        return [
            {"slug": p.person.slug, "name": p.person.name, "role": p.role}
            for p in event.participations.all()
        ]


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
