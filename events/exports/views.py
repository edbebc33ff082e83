"""Export endpoints: the current timeline filters, in other tools' formats."""

import base64

from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from events.models import Citation
from events.parameters import unknown_parameter_errors

from . import dataset, ics, spreadsheet, timelinejs
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
def dataset_zip(request):
    if unknown := unknown_parameter_errors(request.GET, set()):
        return JsonResponse(unknown, status=400)
    path = dataset.archive_for(request)
    if path is None:
        response = HttpResponse(
            "The dataset is being prepared: try again in a few minutes.",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = "300"
        return response
    # With its length, so a download cut short is known to be; and its checksum.
    response = FileResponse(path.open("rb"), as_attachment=True, filename=f"{dataset.NAME}.zip")
    checksum = dataset.checksum_path(path).read_text().strip()
    response["Repr-Digest"] = f"sha-256=:{base64.b64encode(bytes.fromhex(checksum)).decode()}:"
    response["X-Checksum-SHA256"] = checksum
    return response


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
