"""Export endpoints: the current timeline filters, in other tools' formats."""

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

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
