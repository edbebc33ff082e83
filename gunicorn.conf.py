"""gunicorn's settings: it reads this file from the folder it starts in (the repository's).

On its own, gunicorn believes ``X-Forwarded-Proto`` from 127.0.0.1 and then tells Django
that a plain-HTTP request came over HTTPS, whatever DJANGO_TRUST_X_FORWARDED_PROTO says.
Here it trusts that header exactly when Django does (``SECURE_PROXY_SSL_HEADER``).
"""

from natorussia.environment import env_flag

if env_flag("DJANGO_TRUST_X_FORWARDED_PROTO"):
    # Behind a proxy that sets the header itself, from whichever address it connects.
    forwarded_allow_ips = "*"
    secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
else:
    forwarded_allow_ips = ""
    secure_scheme_headers = {}
