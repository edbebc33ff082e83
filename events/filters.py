"""The one FilterSet behind the HTML timeline, the JSON API and the exports."""

from django import forms
from django.core.validators import validate_slug
from django.db.models import Q
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from .dates import DatePrecision, truncate
from .kinds import KINDS
from .models import Event


class SlugMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Checks that each value looks like a slug before it reaches the database.

    A NUL byte or other junk would otherwise be sent in a query, which
    PostgreSQL rejects with an error rather than an empty result.
    """

    def _check_values(self, value):
        for slug in value:
            try:
                validate_slug(slug)
            except forms.ValidationError:
                # The value goes in params, never into the message itself:
                # messages are %-formatted, and a "%" in the input would break that.
                raise forms.ValidationError(
                    "“%(value)s” is not a valid identifier.",
                    code="invalid_choice",
                    params={"value": slug[:80]},
                ) from None
        return super()._check_values(value)


@extend_schema_field({"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$"})
class AnyOfRelatedFilter(filters.ModelMultipleChoiceFilter):
    """Events linked to any of the chosen rows, as one subquery (no duplicates, no DISTINCT).

    ``through`` is the model that links events to the chosen rows and ``lookup``
    the field on it that names the row.
    """

    field_class = SlugMultipleChoiceField

    def __init__(self, *args, through, lookup, **kwargs):
        self.through, self.lookup = through, lookup
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        linked = self.through.objects.filter(**{f"{self.lookup}__in": value}).values("event_id")
        return qs.filter(pk__in=linked)


#: One filter per kind of entity, named by its parameter, in the registry's order.
RelatedFilters = filters.FilterSet.__class__(
    "RelatedFilters",
    (filters.FilterSet,),
    {
        kind.param: AnyOfRelatedFilter(
            queryset=kind.model.objects.all(),
            through=kind.through,
            lookup=kind.lookup,
            label=kind.label,
        )
        for kind in KINDS
    },
)


def reaching(day):
    """Events that reach ``day``: a month or a year counts whole.

    "April 2004" is kept for ``date_from=2004-04-20`` because the event
    may have happened on any day of April.
    """
    reaches = Q()
    for precision in DatePrecision.values:
        last = Q(end_date__gte=truncate(day, precision)) | Q(
            end_date__isnull=True, start_date__gte=truncate(day, precision)
        )
        reaches |= Q(date_precision=precision) & last
    return reaches


class EventFilterSet(RelatedFilters):
    # Columns of the event itself cannot duplicate rows: no DISTINCT, which would make
    # the database compare every column of every result.
    event_type = filters.MultipleChoiceFilter(
        choices=Event.Type.choices, label="Event type", distinct=False
    )
    status = filters.MultipleChoiceFilter(
        choices=Event.Status.choices, label="Status", distinct=False
    )
    date_from = filters.DateFilter(method="filter_date_from", label="From")
    date_to = filters.DateFilter(method="filter_date_to", label="To")
    q = filters.CharFilter(method="filter_text", label="Search", max_length=200)

    class Meta:
        model = Event
        fields = []

    def filter_date_from(self, queryset, name, value):
        return queryset.filter(reaching(value))

    def filter_date_to(self, queryset, name, value):
        return queryset.filter(start_date__lte=value)

    def filter_text(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(Q(title__icontains=word) | Q(summary__icontains=word))
        return queryset

    def is_valid(self):
        valid = super().is_valid()
        data = self.form.cleaned_data if valid else {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.form.add_error("date_to", "The end of the date range is before its start.")
            return False
        return valid
