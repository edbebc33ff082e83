"""A new web worker renders a page and an API answer before it takes its first visitor.

A fresh process loads its templates, translation catalogues and the code of each kind of
answer, and fills its database connection's page cache, on its first requests: they took
100–250 ms more than the next ones (docs/performance.md). gunicorn calls ``warm_up`` as
each worker starts (``post_worker_init`` in gunicorn.conf.py), so that no visitor pays
for it after a deploy or a worker's restart.
"""

import logging

from django.conf import settings
from django.test import Client

#: Campaign-tagged addresses, which the app answers as the untagged ones
#: (``events/parameters.py``) but keeps apart in the cache: a visitor to the real address
#: is never served the warm-up's copy, which may have been rendered just before an edit.
PATHS = ("/?utm_source=warm-up", "/api/events/?utm_source=warm-up")

logger = logging.getLogger(__name__)


def _host():
    """A host name the site answers to (``ALLOWED_HOSTS``), for the requests' Host header."""
    names = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if host not in ("*", ".")]
    return names[0] if names else "localhost"


def warm_up():
    """Answer ``PATHS`` in this process, as HTTPS requests (which production expects);
    log any answer that is not a 200 (a database not reachable yet) and go on. Nothing
    that goes wrong here may stop the worker from starting: a page that cannot render
    (static files not collected, say) must not take the API down with it."""
    client = Client(HTTP_HOST=_host(), raise_request_exception=False)
    for path in PATHS:
        try:
            status = client.get(path, secure=True).status_code
        except Exception:  # even the error page failed: the visitors will be told so
            logger.exception("Warming up: %s could not be answered.", path)
            continue
        if status != 200:
            logger.warning("Warming up: %s answered %s.", path, status)
