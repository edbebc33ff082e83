"""Export endpoints: the current timeline filters, in other tools' formats."""

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from events.models import Citation

from . import ics, spreadsheet, timelinejs
from .filtering import filtered_events, rejects_invalid_filters


def _csv_download(lines, filename, rows):
    """A streamed CSV download, with its number of data rows in ``X-Row-Count``: a
    download cut short (a dropped connection, a killed worker) ends at a row boundary
    and looks whole, but has fewer rows than the header says."""
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Row-Count"] = str(rows)
    return response


@require_safe
@rejects_invalid_filters
def events_csv(request):
    events = filtered_events(request)
    return _csv_download(
        spreadsheet.csv_lines(events, request), "nato-russia-timeline.csv", events.count()
    )


@require_safe
@rejects_invalid_filters
def citations_csv(request):
    events = filtered_events(request)
    citations = Citation.objects.filter(event__in=events.values("pk"))
    return _csv_download(
        spreadsheet.citation_csv_lines(events, request),
        "nato-russia-timeline-citations.csv",
        citations.count(),
    )


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
        story = timelinejs.timeline(filtered_events(request).with_related(), request)
    except timelinejs.TooManyEvents as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    response = JsonResponse(story, json_dumps_params={"ensure_ascii": False})
    # TimelineJS pages hosted elsewhere (Knight Lab's embed) fetch the story from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
