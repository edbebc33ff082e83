"""The client's address as the site's own reverse proxies report it."""

from django.conf import settings


def client_ip(request):
    """The address that connected to the outermost of ``PROXY_COUNT`` trusted proxies.

    Each proxy appends the address it saw to ``X-Forwarded-For``, so the client's is
    the PROXY_COUNT-th from the right; anything further left came from the client
    and may be forged. Without proxies it is the connection's own address.
    """
    if settings.PROXY_COUNT:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= settings.PROXY_COUNT:
            return addresses[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR")
