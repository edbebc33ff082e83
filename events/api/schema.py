"""The OpenAPI document says what the API really answers, errors included, and what
every parameter means; it lists the exports too, which take the same filters."""

import copy

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse

from events.kinds import KINDS
from events.parameters import LANG_PARAMETER
from natorussia.middleware import BoundedQueryStringMiddleware

REPEATED = (
    "Repeat the parameter for several values (`?{name}=a&{name}=b`): events matching any "
    "of them. At most {most} values a parameter, and {total} parameter values in all."
).format(
    name="{name}",
    most=BoundedQueryStringMiddleware.MAX_VALUES_PER_PARAMETER,
    total=BoundedQueryStringMiddleware.MAX_VALUES,
)
PARAMETERS = {
    **{
        kind.param: f"The slug of a {kind.label.lower()} (as in `/api/{kind.segment}/`): "
        f"events linked to it. A slug that does not exist, or names a row not public "
        f"yet, is refused with 400. " + REPEATED.format(name=kind.param)
        for kind in KINDS
    },
    "event_type": "Kinds of event. " + REPEATED.format(name="event_type"),
    "status": "As the sources reported it at the time. " + REPEATED.format(name="status"),
    "date_from": "An ISO date (`2004-04-07`). Keeps the events whose period reaches this "
    "day: an event dated to a month or a year counts as the whole month or year, so "
    "“April 2004” overlaps `date_from=2004-04-20`.",
    "date_to": "An ISO date. Keeps the events whose period starts on or before this day "
    "(with `date_from`: the events overlapping the range). Before `date_from`: 400.",
    "q": (
        'Words and "quoted phrases", each found in the title, summary, a linked name or'
        " alias, a quote or the source text around it; word forms count and names may be"
        " misspelt by a letter or two. At most 200 characters and 12 words."
    ),
}
UNKNOWN = (
    "Every route refuses a parameter it does not know with 400, naming it: a typo never "
    "widens an answer."
)
EXPORTS = {
    "/export/events.csv": ("text/csv", "The filtered events as CSV, one row per event, with "
                           "their quotes, sources and passage addresses in a `citations` "
                           "cell. `X-Row-Count` gives the number of rows of a whole download."),
    "/export/citations.csv": ("text/csv", "One row per citation of the filtered events, "
                              "with the passage's offsets and address. `X-Row-Count` as above."),
    "/export/events.ics": ("text/calendar", "The filtered events as an iCalendar feed of "
                           "all-day events; a whole download ends with `END:VCALENDAR`."),
    "/feeds/events.atom": ("application/atom+xml", "The 50 latest added or changed "
                           "events among the filtered ones."),
}  # fmt: skip
DATASET = (
    "/export/dataset.zip",
    "Every published event, entity, citation and source text as CSV and JSON, with a "
    "README (data version, licence, how to cite). Served with `Content-Length` and its "
    "SHA-256 in `X-Checksum-SHA256`; 503 with `Retry-After` while a large one is being built.",
)

FIELD_ERRORS = {
    "type": "object",
    "description": "Each rejected parameter with what is wrong with it.",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "example": {"date_from": ["Enter a valid date."]},
}
NOT_FOUND = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}


class TimelineAutoSchema(AutoSchema):
    """Adds the 400 and 404 answers every read-only endpoint can give to its 200.

    An ``@extend_schema(responses=…)`` on a view still replaces all of this.
    """

    def get_response_serializers(self):
        found = super().get_response_serializers()
        if self._is_list_view(found):
            errors = {
                400: OpenApiResponse(FIELD_ERRORS, "A filter, page or page size is invalid."),
                404: OpenApiResponse(FIELD_ERRORS, "The page is past the last page."),
            }
        else:
            errors = {
                400: OpenApiResponse(FIELD_ERRORS, "An unknown parameter."),
                404: OpenApiResponse(NOT_FOUND, "Nothing has that slug."),
            }
        return {200: found, **errors}


#: Every route answers in the language asked for (``natorussia.middleware``).
LANGUAGE_PARAMETERS = [
    {
        "name": LANG_PARAMETER,
        "in": "query",
        "required": False,
        "description": "The language of the readable values (dates as text, labels, "
        "messages): `en` (the default) or `ru`. Field names, slugs and machine values stay "
        "the same; quotes are never translated. Without it, `Accept-Language` decides.",
        "schema": {"type": "string", "enum": ["en", "en-gb", "ru"]},
    },
    {
        "name": "Accept-Language",
        "in": "header",
        "required": False,
        "description": "The language to answer in when `lang` is not given, e.g. `ru`.",
        "schema": {"type": "string"},
    },
]


def describe_parameters_and_exports(result, **kwargs):
    """drf-spectacular's last step: each filter explained, repeated ones bounded, and
    the export routes added with the event list's filters and errors."""
    events = result["paths"]["/api/events/"]["get"]
    for parameter in events["parameters"]:
        if parameter["name"] in PARAMETERS:
            parameter["description"] = PARAMETERS[parameter["name"]]
        if parameter["schema"].get("type") == "array":
            parameter["schema"]["maxItems"] = BoundedQueryStringMiddleware.MAX_VALUES_PER_PARAMETER
    filters = [p for p in events["parameters"] if p["name"] not in ("page", "page_size")]
    errors = {"400": copy.deepcopy(events["responses"]["400"])}
    for path, (media_type, description) in EXPORTS.items():
        result["paths"][path] = {
            "get": {
                "operationId": f"export_{path.rsplit('/', 1)[-1].replace('.', '_')}",
                "summary": description.split(".")[0],
                "description": description,
                "tags": ["exports"],
                "parameters": copy.deepcopy(filters),
                "responses": {
                    "200": {"description": description, "content": {media_type: {}}},
                    **errors,
                },
            }
        }
    path, description = DATASET
    result["paths"][path] = {
        "get": {
            "operationId": "export_dataset",
            "summary": "The whole dataset",
            "description": description,
            "tags": ["exports"],
            "responses": {
                "200": {"description": description, "content": {"application/zip": {}}},
                **errors,
                "503": {"description": "Not built yet; try again after `Retry-After` seconds."},
            },
        }
    }
    for operations in result["paths"].values():
        for operation in operations.values():
            operation.setdefault("parameters", []).extend(copy.deepcopy(LANGUAGE_PARAMETERS))
    result["info"]["description"] += " " + UNKNOWN
    return result
