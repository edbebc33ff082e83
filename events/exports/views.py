"""Export endpoints: the current timeline filters, in other tools' formats."""

import base64
from datetime import date

from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from events import axis as time_axis
from events.dates import PartialDate
from events.models import Citation
from events.parameters import unknown_parameter_errors

from . import dataset, ics, spreadsheet, timelinejs
from .filtering import KNOWN_PARAMETERS, filtered_events, rejects_invalid_filters
from .streaming import in_pieces

CSV = "text/csv; charset=utf-8"


def _export(request, member, lines, content_type, filename=None, rows=None):
    """An export of the request's events: with no filter, the file the data's archive
    holds (see ``dataset.prebuilt``) if it is built; else ``lines(events, request)``,
    streamed. ``filename`` makes it a download; ``rows(events)`` counts its CSV rows for
    ``X-Row-Count``, since a download cut short ends at a row boundary and looks whole."""
    events = filtered_events(request)
    whole = not set(request.GET) - {"page"} and dataset.prebuilt(request, member)
    if whole:
        file, size = whole
        response = FileResponse(file, content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        pieces = in_pieces(lines(events, request))
        response = StreamingHttpResponse(pieces, content_type=content_type)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if rows:
        response["X-Row-Count"] = str(rows(events))
    return response


def _citation_count(events):
    return Citation.objects.filter(event__in=events.values("pk")).count()


@require_safe
@rejects_invalid_filters
def events_csv(request):
    return _export(
        request,
        "events.csv",
        spreadsheet.csv_lines,
        CSV,
        filename="nato-russia-timeline.csv",
        rows=lambda events: events.count(),
    )


@require_safe
@rejects_invalid_filters
def citations_csv(request):
    return _export(
        request,
        "citations.csv",
        spreadsheet.citation_csv_lines,
        CSV,
        filename="nato-russia-timeline-citations.csv",
        rows=_citation_count,
    )


@require_safe
@rejects_invalid_filters
def events_ics(request):
    # Served inline, so calendar apps can subscribe to the address.
    return _export(request, "events.ics", ics.ics_chunks, "text/calendar; charset=utf-8")


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


def _plain(message, status):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


@require_safe
@rejects_invalid_filters
def axis_svg(request):
    """The timeline's axis as an SVG file, with its title, source and date of export."""
    timeline = reverse("events:timeline")
    try:
        axis = time_axis.for_request(
            request,
            # The timeline's own address, "view=axis" and all, names the same drawing.
            filtered_events(
                request, (*KNOWN_PARAMETERS, "view", *time_axis.AxisRequest.PARAMETERS)
            ),
            timeline,
            absolute=True,
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
