"""The OpenAPI document says what the API really answers, errors included."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse

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
            errors = {404: OpenApiResponse(NOT_FOUND, "Nothing has that slug.")}
        return {200: found, **errors}
