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
    source = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Citation
        fields = ["source", "quote"]


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
