"""gunicorn's settings: it reads this file from the folder it starts in (the repository's).

On its own, gunicorn believes ``X-Forwarded-Proto`` from 127.0.0.1 and then tells Django
that a plain-HTTP request came over HTTPS, whatever DJANGO_TRUST_X_FORWARDED_PROTO says.
Here it trusts that header exactly when Django does (``SECURE_PROXY_SSL_HEADER``).
"""

import gc

from natorussia.environment import env_flag

if env_flag("DJANGO_TRUST_X_FORWARDED_PROTO"):
    # Behind a proxy that sets the header itself, from whichever address it connects.
    forwarded_allow_ips = "*"
    secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
else:
    forwarded_allow_ips = ""
    secure_scheme_headers = {}


def post_worker_init(worker):
    """Render a page and an API answer (``natorussia.warm_up``), then leave the loaded
    application out of the garbage collector's full passes.

    A worker holds hundreds of thousands of long-lived objects (modules, models, URL
    patterns); each full collection walked them all, in whichever request it fell, and
    made that request one of the slowest (docs/performance.md: the p95 of the timeline
    without a cache fell from about 190 to 140 ms). Frozen objects are never collected,
    and these live as long as the worker anyway.
    """
    from natorussia.warm_up import warm_up  # once Django is set up, in the worker

    warm_up()
    gc.collect()
    gc.freeze()
