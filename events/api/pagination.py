from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Paginator
from django.utils.functional import cached_property
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

from events.cached_counts import cached_count
from events.pagination import MAX_DEPTH, MAX_PAGE, parse_positive_int


class CachedCountPaginator(Paginator):
    """Counts the results once per filter state and data version, not on every request."""

    @cached_property
    def count(self):
        try:
            sql, params = self.object_list.query.sql_with_params()
        except EmptyResultSet:
            return 0
        # The SQL is the whole filter state; the data version is added by cached_count.
        return cached_count(["paginator", sql, params], lambda: Paginator.count.func(self))


class TimelinePagination(PageNumberPagination):
    """Page-number pagination that says what is wrong with a bad ``page`` or ``page_size``."""

    django_paginator_class = CachedCountPaginator
    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"

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
        if (page - 1) * page_size < MAX_DEPTH:
            return
        try:
            self.django_paginator_class(queryset, page_size).validate_number(page)
        except EmptyPage:
            raise self.past_the_end() from None
        message = (
            f"Pages reach only the first {MAX_DEPTH:,} events. To see later ones, narrow "
            "the filters, e.g. with date_from."
        )
        raise ValidationError({self.page_query_param: [message]})
