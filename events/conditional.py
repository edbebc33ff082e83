"""Conditional GET from the data version: ``304 Not Modified`` without rendering anything.

Every public page and API answer depends only on the timeline's data (and the
request), so the data version is a sound validator for all of them.
"""

from django.utils.decorators import method_decorator
from django.views.decorators.http import condition

from . import data_version


def _etag(request, *args, **kwargs):
    """The data version, and whether the viewer is staff: staff also see drafts."""
    user = getattr(request, "user", None)
    viewer = "staff" if user is not None and user.is_staff else "public"
    return f'"data-{data_version.current().number}-{viewer}"'


def _last_modified(request, *args, **kwargs):
    return data_version.current().changed_at


#: ``@conditional_on_data_version`` on a function view.
conditional_on_data_version = condition(etag_func=_etag, last_modified_func=_last_modified)


class ConditionalGetMixin:
    """The same for class-based views, DRF's included."""

    @method_decorator(conditional_on_data_version)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)
