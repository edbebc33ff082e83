"""Export endpoints: the current timeline filters, in other tools' formats."""

from datetime import date

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from events import axis as time_axis
from events.dates import PartialDate

from . import ics, spreadsheet, timelinejs
from .filtering import filtered_events, rejects_invalid_filters


@require_safe
@rejects_invalid_filters
def events_csv(request):
    response = StreamingHttpResponse(
        spreadsheet.csv_lines(filtered_events(request), request),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="nato-russia-timeline.csv"'
    return response


@require_safe
@rejects_invalid_filters
def events_ics(request):
    # Served inline, so calendar apps can subscribe to the address.
    return StreamingHttpResponse(
        ics.ics_chunks(filtered_events(request), request),
        content_type="text/calendar; charset=utf-8",
    )


@require_safe
@rejects_invalid_filters
def timelinejs_json(request):
    try:
        story = timelinejs.timeline(filtered_events(request), request)
    except timelinejs.TooManyEvents as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    response = JsonResponse(story, json_dumps_params={"ensure_ascii": False})
    # TimelineJS pages hosted elsewhere (Knight Lab's embed) fetch the story from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _plain(message, status):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


@require_safe
@rejects_invalid_filters
def axis_svg(request):
    """The timeline's axis as an SVG file, with its title, source and date of export."""
    timeline = reverse("events:timeline")
    try:
        axis = time_axis.for_request(
            request, filtered_events(request, with_related=False), timeline, absolute=True
        )
    except time_axis.AxisProblem as problem:
        return _plain(str(problem), 400)
    if axis is None:
        return _plain("No events match these filters: there is nothing to draw.", 404)
    query = request.GET.copy()
    query["view"] = "axis"
    axis.cite(
        PartialDate(date.today()).display,
        request.build_absolute_uri(f"{timeline}?{query.urlencode()}"),
    )
    svg = render_to_string(
        "exports/axis.svg",
        {
            "axis": axis,
            "standalone": True,
            "export_header": time_axis.EXPORT_HEADER,
            "export_title": f"NATO–Russia cooperation, {axis.window.display}",
        },
    )
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nato-russia-axis.svg"'
    return response


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
