"""Counting the queries that read or write data.

On PostgreSQL each time-budgeted count is wrapped in a savepoint that sets and
restores ``statement_timeout``: a fixed cost per count, left out of query budgets.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

BUDGET_BOOKKEEPING = (
    "SAVEPOINT",
    "RELEASE SAVEPOINT",
    "SELECT current_setting('statement_timeout')",
    "SELECT set_config('statement_timeout'",
)


def data_queries(captured_queries):
    return [query for query in captured_queries if not query["sql"].startswith(BUDGET_BOOKKEEPING)]


class CountDataQueries(CaptureQueriesContext):
    def __init__(self):
        super().__init__(connection)

    @property
    def count(self):
        return len(data_queries(self.captured_queries))


def get_counting_queries(client, url, **headers):
    """``client.get(url)`` and how many queries it ran, all of them."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured.captured_queries)
