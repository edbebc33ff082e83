"""The public pages: the timeline, entity pages, indexes and the source reader."""

from dataclasses import dataclass

from csp.decorators import csp_replace
from django.core.paginator import EmptyPage
from django.db.models import Count, Exists, Max, Min, OuterRef
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from . import axis as time_axis
from .cards import attach_cards
from .charts import events_per_month
from .chips import active_chips
from .chronology import group_by_period, neighbours
from .data_cache import cached
from .dates import DatePrecision, PartialDate
from .facets import events_per_row, facet_counts, filter_state, matching_events
from .filters import EventFilterSet
from .http_caching import cached_by_data_version
from .kinds import BY_SEGMENT, RELATED
from .models import Citation, Event, Source
from .pagination import CachedCountPaginator, depth_problem, parse_positive_int
from .reader import highlighted_paragraphs

PAGE_SIZE = 50
#: An entity page lists this many related people (places …) of each kind, those sharing most events.
RELATED_SHOWN = 30
#: The header names this many sources, then says how many more there are.
OVERVIEW_SOURCES = 5


class PageProblem(Exception):
    """A ``page`` parameter that cannot be shown, with the HTTP status to answer it with."""

    def __init__(self, message, status):
        super().__init__(message)
        self.status = status


def _page(request, events):
    """The requested page of ``events``, or PageProblem saying what is wrong with ``page``."""
    raw = request.GET.get("page", "1")
    try:
        number = parse_positive_int(raw)
    except ValueError as error:
        raise PageProblem(f"Page number: {error}", 400) from None
    paginator = CachedCountPaginator(events, PAGE_SIZE)
    too_deep = depth_problem(number, PAGE_SIZE)
    if too_deep and number <= paginator.num_pages:
        raise PageProblem(too_deep, 400)
    try:
        return paginator.page(number)
    except EmptyPage:
        raise PageProblem(
            f"There is no page {number}: these results fill {paginator.num_pages} "
            f"page{'s' if paginator.num_pages != 1 else ''}.",
            404,
        ) from None


def _event_list_context(request, events, level):
    """The paginated, grouped list (or the page problem) an event list shows, its year
    headings at ``level``."""
    try:
        page = _page(request, events)
    except PageProblem as problem:
        return {"page_problem": str(problem), "years": [], "level": level}, problem.status
    on_page = list(page.object_list)
    attach_cards(on_page, level)
    return {"page_obj": page, "years": group_by_period(on_page), "level": level}, 200


def _overview():
    """What the whole timeline covers: its size, span and sources (cached until an edit)."""
    return cached(["overview"], _compute_overview)


def _compute_overview():
    published = Event.objects.published()
    stats = published.aggregate(total=Count("pk"), first=Min("start_date"), last=Max("start_date"))
    span = None
    if stats["total"]:
        last = stats["last"] if stats["last"].year != stats["first"].year else None
        span = PartialDate(stats["first"], DatePrecision.YEAR, last).display
    # EXISTS stops at each source's first published citation instead of joining them all.
    cited = Source.objects.filter(
        Exists(Citation.objects.filter(source=OuterRef("pk"), event__published=True))
    )
    sources = list(
        cited.only("slug", "title", "publisher", "publication_date", "publication_date_precision")[
            :OVERVIEW_SOURCES
        ]
    )
    return {
        "total": stats["total"],
        "span": span,
        "sources": sources,
        "more_sources": cited.count() - len(sources),
    }


def _chart(filterset):
    """Events per month for the filters other than the date range, which it highlights."""
    cleaned = filterset.form.cleaned_data
    undated = matching_events(filterset, exclude={"date_from", "date_to"})
    state = filter_state(cleaned, exclude={"date_from", "date_to"})
    date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
    return cached(
        ["chart", state, str(date_from), str(date_to)],
        lambda: events_per_month(undated, date_from, date_to),
    )


#: How the events are shown rather than which: the view and the axis's window and
#: lanes. The list and the exports leave them out.
VIEW_PARAMETERS = ("view", "from", "to", "lanes")


def _axis_context(request, events, path):
    """The axis for ``events`` with its links, or the problem with its parameters."""
    try:
        axis = time_axis.for_request(request, events, path)
    except time_axis.AxisProblem as problem:
        return {"view_problem": str(problem)}, 400
    return {
        "axis": axis,
        "axis_total": axis.total if axis else 0,
        "list_url": _with_query(reverse("events:timeline"), request, (*VIEW_PARAMETERS, "page")),
    }, 200


def _timeline_view(request, events):
    """The list or the axis of ``events``, as ``view`` asks."""
    view = request.GET.get("view", "list")
    if view == "axis":
        context, status = _axis_context(request, events, request.path)
        embed_url = _with_query(reverse("events:axis-embed"), request, ("view", "page"))
        context.update(
            axis_view=True,
            clear_url=f"{request.path}?view=axis",
            embed_url=request.build_absolute_uri(embed_url),
            svg_url=_with_query(reverse("exports:axis-svg"), request, ("view", "page")),
        )
        return context, status
    if view == "list":
        return _event_list_context(request, events, level=2)
    return {"view_problem": "“view”: choose list or axis.", "axis_view": True}, 400


@cached_by_data_version
def timeline(request):
    filterset = EventFilterSet(request.GET, queryset=Event.objects.published())
    valid = filterset.is_valid()
    facets = facet_counts(filterset)
    matching = matching_events(filterset) if valid else Event.objects.none()
    context, status = _timeline_view(request, matching)
    chips = active_chips(
        request.path,
        request.META.get("QUERY_STRING", ""),
        facets,
        EventFilterSet.base_filters,
        # The view and its lanes stay; the window does not: other events, another span.
        kept=("view", "lanes"),
    )
    context.update(
        filter=filterset,
        facets=facets,
        chips=chips,
        chart=_chart(filterset),
        overview=_overview(),
        date_fields=[(name, filterset.filters[name].label) for name in ("date_from", "date_to")],
        api_url=_with_query(reverse("api-event-list"), request, ("page",)),
    )
    if not valid:
        status = 400
    return render(request, "events/timeline.html", context, status=status)


# Other sites may show the axis in a frame: only this page relaxes frame-ancestors. The
# decorators stand outside the shared cache, so a kept answer gets them too.
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
@require_safe
@cached_by_data_version
def axis_embed(request):
    """The axis alone, without the site's header and footer, for an ``<iframe>``."""
    filterset = EventFilterSet(request.GET, queryset=Event.objects.published())
    if not filterset.is_valid():
        context, status = {"filter_errors": filterset.errors}, 400
    else:
        context, status = _axis_context(request, matching_events(filterset), request.path)
    query = request.GET.copy()
    query["view"] = "axis"
    context["timeline_url"] = f"{reverse('events:timeline')}?{query.urlencode()}"
    response = render(request, "events/axis_embed.html", context, status=status)
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def _with_query(url, request, drop):
    """``url`` with the request's parameters, but those named in ``drop``."""
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    return f"{url}?{query.urlencode()}" if query else url


@cached_by_data_version
def event_detail(request, slug):
    # Editors may preview a draft; everyone else sees only published events.
    visible = Event.objects.all() if request.user.is_staff else Event.objects.published()
    event = get_object_or_404(visible.with_related(), slug=slug)
    previous, following = neighbours(event, Event.objects.published())
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "previous": previous,
            "following": following,
            "api_url": (
                reverse("api-event-detail", kwargs={"slug": slug}) if event.published else None
            ),
        },
    )


@dataclass(frozen=True)
class CoOccurring:
    rows: list  # each with ``shared``: how many of the events it shares
    more: int  # rows left out, which share fewer events


def _co_occurring(model, events, entity):
    """The rows linked to most of ``events`` (``entity`` aside), most shared events first."""
    shared = events_per_row(model, events)
    if isinstance(entity, model):
        shared.pop(entity.pk, None)
    ranked = sorted(shared, key=shared.get, reverse=True)
    rows = list(model.objects.filter(pk__in=ranked[:RELATED_SHOWN]))
    for row in rows:
        row.shared = shared[row.pk]
    rows.sort(key=lambda row: (-row.shared, row.name))
    return CoOccurring(rows, max(len(ranked) - RELATED_SHOWN, 0))


@cached_by_data_version
def entity_detail(request, kind, slug):
    """An entity's page: its details, its own timeline and the rows it shares events with."""
    kind = BY_SEGMENT[kind]
    entity = get_object_or_404(kind.rows(kind.page_rows), slug=slug)
    filterset = EventFilterSet({kind.param: [entity.slug]}, queryset=Event.objects.published())
    filterset.is_valid()
    events = matching_events(filterset)
    context, status = _event_list_context(request, events, level=3)
    related = {
        other.segment: cached(
            ["related", kind.param, entity.slug, other.segment],
            lambda model=other.model: _co_occurring(model, events.values("pk"), entity),
        )
        for other in RELATED
    }
    context.update(
        kind=kind,
        entity=entity,
        related=related,
        related_sections=[
            (other.related_heading(kind), related[other.segment]) for other in RELATED
        ],
        event_count=context["page_obj"].paginator.count if "page_obj" in context else 0,
        timeline_url=f"{reverse('events:timeline')}?{kind.param}={entity.slug}",
        api_url=reverse(f"{kind.api_basename}-detail", kwargs={"slug": entity.slug}),
        **kind.page_context(entity),
    )
    return render(request, kind.template, context, status=status)


@cached_by_data_version
def entity_index(request, kind):
    kind = BY_SEGMENT[kind]
    rows = list(kind.rows(kind.index_rows))
    counts = events_per_row(kind.model, Event.objects.published().values("pk"))
    for row in rows:
        row.event_count = counts.get(row.pk, 0)
    return render(
        request,
        "events/entity_index.html",
        {
            "title": kind.plural,
            "rows": rows,
            "filter_name": kind.param,
            "api_url": reverse(f"{kind.api_basename}-list"),
        },
    )


@cached_by_data_version
def source_detail(request, slug, kind="sources"):
    source = get_object_or_404(Source, slug=slug)
    citations = list(
        Citation.objects.filter(source=source, event__published=True)
        .select_related("event")
        .order_by("start_offset", "event__start_date")
    )
    return render(
        request,
        "events/source_detail.html",
        {
            "source": source,
            "paragraphs": highlighted_paragraphs(source.text, citations),
            "cited_event_count": len({citation.event_id for citation in citations}),
            "api_url": reverse("api-source-detail", kwargs={"slug": source.slug}),
            "timeline_url": f"{reverse('events:timeline')}?source={source.slug}",
        },
    )
