"""The kinds of entity the timeline links events to, in one place.

Everything that lists people, agreements, places, organizations and sources reads
this registry: the URL routes and views, the filters and their facets, the
navigation, the sitemaps, the API's routes and viewsets, and the entity pages.
Adding a kind, or renaming one, is one entry here (and its model, template and
serializer). ``KINDS`` is in the order the site shows them.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from .addresses import slug_url, slug_urls
from .api import serializers
from .models import Agreement, Citation, Event, Organization, Participation, Person, Place, Source


# Compared and hashed as itself (each kind is one object of the registry), not by its
# fields: hashing its lazily translated names would translate them at every dict lookup.
@dataclass(frozen=True, eq=False)
class Kind:
    model: type
    #: In the addresses (``/people/``, ``/api/people/``) and the sitemap's section name.
    segment: str
    #: The timeline's filter parameter (``?person=…``), its facet, and the stem of the
    #: URL names (``events:person-detail``) and the API's (``api-person-detail``).
    param: str
    #: One row and many, as the filters, navigation and headings name them.
    label: str
    plural: str
    #: The table linking events to rows of this kind, and its column naming the row.
    through: type
    lookup: str
    #: The field an option is labelled with in the filters.
    label_field: str
    serializer: type
    #: For one row in the API, when it shows more than the list (a source's text).
    detail_serializer: type | None = None
    #: Rows for the API's lists and the index page, when they read less than one row's page.
    api_rows: QuerySet | None = None
    index_rows: QuerySet | None = None
    #: Fields linking each row to other entities, shown with it (a person's affiliation).
    links: tuple = ()
    #: A shorter name that cards show when a row has one (an agreement's "SOFA"): the
    #: filters show it too, with ``label_field`` as its expansion.
    short_label_field: str = ""
    #: A column of ``through`` that an event shows after the row's name (a participant's role).
    role_field: str = ""
    #: The view serving one row's page (a name in ``events.views``): a source has a reader.
    detail_view: str = "entity_detail"
    #: Named on an event's card and page, and shares an entity page's "Related" column (and
    #: its timeline of co-occurring rows). Sources are quoted instead.
    related: bool = True
    #: What an entity page of this kind calls the other rows of its own kind.
    own_heading: str = ""
    #: The axis's lane for events linked to no row of this kind ("No person").
    none_label: str = ""
    #: The axis's lane for the rows beyond its busiest: ``"%(count)d other people"``, to be
    #: given the count (``kind.others % {"count": n}``), so that each language says it in
    #: its own plural.
    others: object = None
    #: More for its page's template: ``(entity, user) -> dict``.
    page_context: object = field(default=lambda entity, user: {})

    @property
    def template(self):
        return f"events/{self.param}_detail.html"

    @property
    def list_url_name(self):
        return f"events:{self.param}-list"

    @property
    def detail_url_name(self):
        return f"events:{self.param}-detail"

    @property
    def api_basename(self):
        return f"api-{self.param}"

    def url(self, slug):
        return slug_url(self.detail_url_name, slug)

    def urls(self):
        """``url`` for many rows: see ``addresses.slug_urls``."""
        return slug_urls(self.detail_url_name)

    @property
    def has_published_event(self):
        """The condition that makes a row public: one published event links to it. EXISTS
        stops at the first such link instead of joining them all."""
        published_links = self.through.objects.filter(
            **{self.lookup: OuterRef("pk")}, event__published=True
        )
        return Exists(published_links)

    def rows(self, queryset, user):
        """``queryset`` (one of the querysets above), or every row, as ``user`` may see them:
        the rows and, among their ``links``, only the entities ``user`` may see too."""
        rows = self.model.objects.all() if queryset is None else queryset.all()
        linked = [
            Prefetch(name, queryset=self._linked_model(name).objects.visible_to(user))
            for name in self.links
        ]
        return rows.visible_to(user).prefetch_related(*linked)

    def _linked_model(self, name):
        return self.model._meta.get_field(name).related_model

    def related_heading(self, page_kind):
        """This kind's heading in the "Related" column of a ``page_kind`` entity's page."""
        return self.own_heading if page_kind is self and self.own_heading else self.plural


def _through(field_name):
    return Event._meta.get_field(field_name).remote_field.through


def _lifecycle(agreement):
    """Events in the order their periods end, so "expected in 2004" follows April 2004's talks."""
    events = Event.objects.published().filter(agreements=agreement)
    return sorted(events, key=lambda event: (event.date.last_day, event.start_date, event.slug))


KINDS = (
    Kind(
        model=Person,
        segment="people",
        param="person",
        label=_("Person"),
        plural=_("People"),
        none_label=_("No person"),
        others=ngettext_lazy("%(count)d other person", "%(count)d other people", "count"),
        through=Participation,
        lookup="person",
        label_field="name",
        role_field="role",
        serializer=serializers.PersonSerializer,
        links=("affiliation",),
        own_heading=_("Co-participants"),
    ),
    Kind(
        model=Agreement,
        segment="agreements",
        param="agreement",
        label=_("Agreement"),
        plural=_("Agreements"),
        none_label=_("No agreement"),
        others=ngettext_lazy("%(count)d other agreement", "%(count)d other agreements", "count"),
        through=_through("agreements"),
        lookup="agreement",
        label_field="name",
        short_label_field="short_name",
        serializer=serializers.AgreementSerializer,
        links=("parties",),
        page_context=lambda agreement, user: {
            "parties": agreement.parties.all(),
            "lifecycle": _lifecycle(agreement),
        },
    ),
    Kind(
        model=Place,
        segment="places",
        param="place",
        label=_("Place"),
        plural=_("Places"),
        none_label=_("No place"),
        others=ngettext_lazy("%(count)d other place", "%(count)d other places", "count"),
        through=_through("places"),
        lookup="place",
        label_field="name",
        serializer=serializers.PlaceSerializer,
    ),
    Kind(
        model=Organization,
        segment="organizations",
        param="organization",
        label=_("Organization"),
        plural=_("Organizations"),
        none_label=_("No organization"),
        others=ngettext_lazy(
            "%(count)d other organization", "%(count)d other organizations", "count"
        ),
        through=_through("organizations"),
        lookup="organization",
        label_field="name",
        serializer=serializers.OrganizationSerializer,
        links=("parent",),
        page_context=lambda organization, user: {
            "children": organization.children.visible_to(user),
            "members": organization.members.visible_to(user),
            "party_to": organization.agreements.visible_to(user),
        },
    ),
    Kind(
        model=Source,
        segment="sources",
        param="source",
        label=_("Source"),
        plural=_("Sources"),
        through=Citation,
        lookup="source",
        label_field="title",
        serializer=serializers.SourceSerializer,
        detail_serializer=serializers.SourceDetailSerializer,
        # Lists leave out the full texts; one source's page and API answer show it.
        api_rows=Source.objects.defer("text"),
        index_rows=Source.objects.defer("text"),
        detail_view="source_detail",
        related=False,
    ),
)

BY_SEGMENT = {kind.segment: kind for kind in KINDS}
BY_PARAM = {kind.param: kind for kind in KINDS}
BY_MODEL = {kind.model: kind for kind in KINDS}
#: The kinds shown in an entity page's "Related" column.
RELATED = tuple(kind for kind in KINDS if kind.related)
