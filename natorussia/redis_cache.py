"""Django's Redis cache backend, less the cost of a new client object on every call."""

from django.core.cache.backends import redis


class _ClientReusingRedisCacheClient(redis.RedisCacheClient):
    """Django builds a ``redis.Redis`` for each call (with its 170-odd reply parsers: a
    fifth of a millisecond, half a kept page's cost); one per connection pool serves
    every call, from any thread, as redis-py allows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = super().get_client(key, write=write)
        return self._clients[index]


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ClientReusingRedisCacheClient
