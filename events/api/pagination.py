from django.core.paginator import EmptyPage
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

from events.pagination import MAX_PAGE, CountedPaginator, depth_problem, parse_positive_int


class TimelinePagination(PageNumberPagination):
    """Page-number pagination that says what is wrong with a bad ``page`` or ``page_size``."""

    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"
    #: How many objects the list has, where the view knows it without counting them.
    known_count = None

    def django_paginator_class(self, object_list, per_page):
        return CountedPaginator(object_list, per_page, self.known_count)

    def get_schema_operation_parameters(self, view):
        """Say which numbers are accepted, so clients need not find out from a 400."""
        bounds = {self.page_query_param: MAX_PAGE, self.page_size_query_param: self.max_page_size}
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"].update(minimum=1, maximum=bounds[parameter["name"]])
        return parameters

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            return parse_positive_int(raw, maximum=self.max_page_size)
        except ValueError as error:
            raise ValidationError({self.page_size_query_param: [str(error)]}) from None

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None:
            try:
                page = parse_positive_int(raw)
            except ValueError as error:
                raise ValidationError({self.page_query_param: [str(error)]}) from None
            self.check_depth(queryset, page, self.get_page_size(request))
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            raise self.past_the_end() from None

    def past_the_end(self):
        return NotFound({self.page_query_param: ["That page is past the last page."]})

    def check_depth(self, queryset, page, page_size):
        # Skipping rows costs time in proportion to their number: bound the depth.
        message = depth_problem(page, page_size)
        if message is None:
            return
        try:
            self.django_paginator_class(queryset, page_size).validate_number(page)
        except EmptyPage:
            raise self.past_the_end() from None
        raise ValidationError({self.page_query_param: [message]})
