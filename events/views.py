"""The public pages: the timeline, entity pages, indexes and the source reader."""

from dataclasses import dataclass
from typing import NamedTuple

from csp.decorators import csp_replace
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from . import axis as time_axis
from . import citations, tallies
from .caching import cached_answer
from .cards import attach_cards, attach_links
from .charts import events_per_month
from .chips import active_chips
from .chronology import group_by_period, neighbours
from .dates import DatePrecision, PartialDate
from .facets import Counter, facet_counts, matching_events
from .filters import LIST_PARAMETERS, DateMatch, EventFilterSet, SearchField, timeline_query
from .kinds import BY_SEGMENT, RELATED
from .models import (
    Citation,
    Event,
    RecordText,
    Source,
    can_preview,
    page_record_language,
    shown_text,
    translated_lookups,
)
from .pagination import CountedPaginator, depth_problem, parse_positive_int
from .parameters import LANG_PARAMETER, export_language, unknown_parameters
from .reader import highlighted_paragraphs
from .search import (
    MAX_CHARS,
    Ranked,
    closest_names,
    explain,
    names_match,
    other_name_fields,
    pks_of,
)
from .templatetags.timeline import data_text

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


def _page(request, events, known_count=None):
    """The requested page of ``events`` (a queryset, or a list of pks in the order shown),
    or PageProblem saying what is wrong with ``page``; ``known_count``: how many there are,
    if known without counting them (``CountedPaginator``)."""
    raw = request.GET.get("page", "1")
    try:
        number = parse_positive_int(raw)
    except ValueError as error:
        raise PageProblem(gettext("Page number: %(problem)s") % {"problem": error}, 400) from None
    paginator = CountedPaginator(events, PAGE_SIZE, known_count)
    too_deep = depth_problem(number, PAGE_SIZE)
    if too_deep and number <= paginator.num_pages:
        raise PageProblem(too_deep, 400)
    try:
        return paginator.page(number)
    except EmptyPage:
        raise PageProblem(
            ngettext(
                "There is no page %(number)s: these results fill %(pages)s page.",
                "There is no page %(number)s: these results fill %(pages)s pages.",
                paginator.num_pages,
            )
            % {"number": number, "pages": paginator.num_pages},
            404,
        ) from None


def _event_list_context(
    request, events, level, back="", search=None, rank_among=None, known_count=None
):
    """The paginated list (or the page problem) an event list shows: grouped under year
    headings at ``level``, or, given ``rank_among`` (the events but for the search), by
    relevance to ``search`` (a ``search.Search``), each event then saying why it matched;
    ``back`` is the query its event pages lead back to; ``known_count`` as ``_page``."""
    by_relevance = rank_among is not None
    try:
        page = _page(request, Ranked(rank_among, search) if by_relevance else events, known_count)
    except PageProblem as problem:
        return {"page_problem": str(problem), "years": [], "level": level}, problem.status
    on_page = list(page.object_list)
    if by_relevance:
        found = Event.objects.in_bulk(on_page)
        on_page = [found[pk] for pk in on_page]
    # Without the year and month headings, the cards' titles come a level up.
    attach_cards(on_page, level - 1 if by_relevance else level, back)
    if search:
        explain(on_page, search.terms)
    # Only a search's events have reasons: asking others for theirs costs a failed lookup each.
    listed = {"page_obj": page, "level": level, "explained": bool(search)}
    if by_relevance:
        return {**listed, "ranked": on_page}, 200
    return {**listed, "years": group_by_period(on_page)}, 200


def _overview(tallied):
    """What the whole timeline covers: its size, span and sources, from its tallies."""
    total = tallied.published
    first, last = tallied.first_and_last_start
    span = None
    if total:
        span = PartialDate(first, DatePrecision.YEAR, last if last.year != first.year else None)
    cited = Source.objects.filter(tallies.is_linked("source", Source))
    sources = list(
        cited.only("slug", "title", "publisher", "publication_date", "publication_date_precision")[
            :OVERVIEW_SOURCES
        ]
    )
    return {
        "total": total,
        "span": span.display if span else None,
        "sources": sources,
        "more_sources": len(tallied.per_row["source"]) - len(sources),
    }


def _chart(counter):
    """Events per month for the filters other than the date range, counted under the range's
    rule (``date_match``); the bars the range picks are highlighted."""
    filterset = counter.filterset
    cleaned = filterset.form.cleaned_data
    spans = counter.month_spans()
    date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
    first_day = date_from.start if date_from else None
    last_day = date_to.last_day if date_to else None
    match = filterset.chosen_date_match
    return events_per_month(spans, first_day, last_day, match)


#: How the events are shown rather than which: the view, the list's order and the axis's
#: window and lanes. The exports leave them out.
VIEW_PARAMETERS = ("view", "sort", *time_axis.AxisRequest.PARAMETERS)
#: The list's orders: by relevance to the search (its default when there is one) or by date.
SORTS = ("relevance", "date")


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


def _timeline_view(request, events, search, unsearched, known_count):
    """The list or the axis of ``events``, as ``view`` asks; the list in the order ``sort``
    asks, with why each event matched ``search`` (if any). Ranking reads ``unsearched``,
    the events but for the search, since it finds the search's events itself;
    ``known_count`` is how many ``events`` are, if known without counting them."""
    view = request.GET.get("view", "list")
    sort = request.GET.get("sort") or ("relevance" if search else "date")
    if sort not in SORTS:
        problem = gettext("“sort”: choose relevance or date.")
        return {"view_problem": problem, "years": [], "level": 2}, 400
    if view == "axis":
        context, status = _axis_context(request, events, request.path)
        embed_url = _with_query(reverse("events:axis-embed"), request, ("view", "page"))
        context.update(
            axis_view=True,
            clear_url=f"{request.path}?view=axis",
            embed_url=request.build_absolute_uri(embed_url),
            svg_url=_export_url(reverse("exports:axis-svg"), request, ("view", "page")),
        )
        return context, status
    if view == "list":
        back = timeline_query(request.META.get("QUERY_STRING", ""))
        context, status = _event_list_context(
            request,
            events,
            level=2,
            back=back,
            search=search,
            rank_among=unsearched if search and sort == "relevance" else None,
            known_count=known_count,
        )
        if search and "page_obj" in context and not context["page_obj"].paginator.count:
            context["suggestions"] = closest_names(search.text)
        return {**context, "sort": sort}, status
    return {"view_problem": gettext("“view”: choose list or axis."), "axis_view": True}, 400


@cached_answer
def timeline(request):
    filterset = EventFilterSet(request.GET, queryset=Event.objects.published())
    valid = filterset.is_valid()
    if searched := filterset.form.cleaned_data.get("q"):
        # Each count and list of the page asks for the search's events: find them at once.
        searched.find_all()
    counter = Counter(filterset, tallies.Snapshot())
    facets = facet_counts(counter)
    matching = matching_events(filterset) if valid else Event.objects.none()
    search = searched if valid else None
    unsearched = matching_events(filterset, exclude={"q"}) if search else None
    # The tallies, or the facets' counting, may know how many events match.
    known_count = counter.matching_count() if valid else None
    context, status = _timeline_view(request, matching, search, unsearched, known_count)
    chips = active_chips(
        request.path,
        request.META.get("QUERY_STRING", ""),
        facets,
        EventFilterSet.base_filters,
        # The view, its order and lanes stay; the window does not: other events, another span.
        kept=("view", "sort", "lanes"),
    )
    context.update(
        filter=filterset,
        facets=facets,
        chips=chips,
        chart=_chart(counter),
        overview=_overview(counter.tallies),
        date_fields=[(name, filterset.filters[name].label) for name in ("date_from", "date_to")],
        # The default sends no value, so that addresses stay short.
        date_match_options=[
            (
                "" if value == DateMatch.OVERLAP else value,
                text,
                value == filterset.chosen_date_match,
            )
            for value, text in DateMatch.CHOICES
        ],
        unknown_parameters=unknown_parameters(request.GET, (*LIST_PARAMETERS, *VIEW_PARAMETERS)),
        api_url=_export_url(reverse("api-event-list"), request, ("page", *VIEW_PARAMETERS)),
    )
    if not valid:
        status = 400
    return render(request, "events/timeline.html", context, status=status)


# Other sites may show the axis in a frame: only this page relaxes frame-ancestors. The
# decorators stand outside the shared cache, so a kept answer gets them too.
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
@require_safe
@cached_answer
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


def _with_query(url, request, drop, **add):
    """``url`` with the request's parameters, but those named in ``drop``, and ``add``."""
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    for name, value in add.items():
        if value:
            query[name] = value
    return f"{url}?{query.urlencode()}" if query else url


def _export_url(url, request, drop):
    """``_with_query`` for the API or an export, which answers in the page's language."""
    return _with_query(url, request, drop, **{LANG_PARAMETER: export_language()})


@cached_answer
def event_detail(request, slug):
    # Editors may preview a draft; everyone else sees only published events.
    visible = Event.objects.all() if can_preview(request.user, Event) else Event.objects.published()
    event = get_object_or_404(visible.with_related(), slug=slug)
    attach_links([event])
    previous, following = neighbours(event, Event.objects.published())
    back = timeline_query(request.GET.get("back", ""))
    timeline_url = reverse("events:timeline")
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "previous": previous,
            "following": following,
            # The breadcrumb leads back to the filtered list the visitor came from.
            "back_url": f"{timeline_url}?{back}#event-{slug}" if back else timeline_url,
            "api_url": (
                reverse("api-event-detail", kwargs={"slug": slug}) if event.published else None
            ),
            **(_cite_this(request, event) if event.published else {}),
        },
    )


def _cite_this(request, event):
    """The event page's "Cite this": the line to copy, and each format shown and downloadable."""
    site = citations.base_url(request)
    return {
        "citation_line": citations.plain(event, site, record=data_text),
        "citation_formats": [
            (name, write(event, site), reverse(f"events:event-cite-{extension}", args=[event.slug]))
            for extension, (name, write, _type) in citations.FORMATS.items()
        ],
    }


@cached_answer
def event_citation(request, slug, extension):
    """The event and its sources in one citation format, as a file to download."""
    event = get_object_or_404(Event.objects.published().with_related(), slug=slug)
    _name, write, content_type = citations.FORMATS[extension]
    response = HttpResponse(
        write(event, citations.base_url(request)), content_type=f"{content_type}; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slug}.{extension}"'
    return response


class SharedRow(NamedTuple):
    slug: str
    url: str
    name: RecordText
    shared: int  # how many of the entity's events it shares


@dataclass(frozen=True)
class CoOccurring:
    rows: list  # of SharedRow
    more: int  # rows left out, which share fewer events


def _co_occurring(kind, shared, entity):
    """The rows of ``kind`` sharing most events (``shared``: how many each does, by pk),
    ``entity`` aside, most shared events first. Read as values, as the cards' names are:
    a page lists up to thirty of each kind."""
    if isinstance(entity, kind.model):
        shared.pop(entity.pk, None)
    ranked = sorted(shared, key=shared.get, reverse=True)
    url = kind.urls()
    page = page_record_language()
    names = translated_lookups(kind.label_field)
    rows = [
        SharedRow(slug, url(slug), shown_text(*texts, page=page), shared[pk])
        for pk, slug, *texts in kind.model.objects.filter(
            pk__in=ranked[:RELATED_SHOWN]
        ).values_list("pk", "slug", *names)
    ]
    rows.sort(key=lambda row: (-row.shared, row.name))
    return CoOccurring(rows, max(len(ranked) - RELATED_SHOWN, 0))


@cached_answer
def entity_detail(request, kind, slug):
    """An entity's page: its details, its own timeline and the rows it shares events with."""
    kind = BY_SEGMENT[kind]
    entity = get_object_or_404(kind.rows(None, request.user), slug=slug)
    # The timeline's filter itself, not its form: the form offers only public rows, and an
    # editor may be previewing an entity that is not public yet.
    events = EventFilterSet.base_filters[kind.param].filter(Event.objects.published(), [entity])
    # The entity's tally counts its published events: the list need not count them.
    known_count = tallies.Snapshot().events_of(kind.param, entity.pk)
    context, status = _event_list_context(request, events, level=3, known_count=known_count)
    shared = tallies.Counted(pks_of(events.order_by())).per_row
    related = {
        other.segment: _co_occurring(other, shared[other.param], entity) for other in RELATED
    }
    context.update(
        kind=kind,
        entity=entity,
        related=related,
        related_sections=[
            (other.related_heading(kind), related[other.segment]) for other in RELATED
        ],
        event_count=context["page_obj"].paginator.count if "page_obj" in context else 0,
        **_public_links(kind, entity),
        **kind.page_context(entity, request.user),
    )
    return render(request, kind.template, context, status=status)


def _public_links(kind, entity):
    """Its API answer and its events on the timeline: none for a preview of a private row."""
    if not entity.is_public:
        return {"api_url": None, "timeline_url": None}
    return {
        "api_url": reverse(f"{kind.api_basename}-detail", kwargs={"slug": entity.slug}),
        "timeline_url": f"{reverse('events:timeline')}?{kind.param}={entity.slug}",
    }


@cached_answer
def entity_index(request, kind):
    """Every row of a kind that the visitor may see, or those whose names match ``q``."""
    kind = BY_SEGMENT[kind]
    rows = list(kind.rows(kind.index_rows, request.user))
    search_field = SearchField(required=False, max_length=MAX_CHARS)
    search, search_error = None, None
    try:
        search = search_field.clean(request.GET.get("q", ""))
    except ValidationError as error:
        search_error = error.messages[0]
    if search:
        rows = [row for row in rows if names_match(_names(kind, row), search.terms)]
    counts = tallies.events_per_row(kind.param)
    for row in rows:
        row.event_count = counts.get(row.pk, 0)
    return render(
        request,
        "events/entity_index.html",
        {
            "title": kind.plural,
            "rows": rows,
            "search": search,
            "search_error": search_error,
            "filter_name": kind.param,
            "api_url": reverse(f"{kind.api_basename}-list"),
        },
        status=400 if search_error else 200,
    )


def _names(kind, row):
    """What a row is searched by on its index page: its name and other names, in each
    language it has them in (a source's title has one)."""
    return [
        getattr(row, column)
        for field in (kind.label_field, *other_name_fields(kind.model))
        for column in (translated_lookups(field) if hasattr(row, f"{field}_ru") else [field])
    ]


@cached_answer
def source_detail(request, slug, kind="sources"):
    kind = BY_SEGMENT[kind]
    source = get_object_or_404(kind.rows(None, request.user), slug=slug)
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
            **_public_links(kind, source),
        },
    )
