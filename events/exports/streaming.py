"""Streamed answers in pieces of a useful size."""

#: About this many characters (or bytes) a piece. A row or an event at a time would be
#: a socket write and an HTTP chunk each: at 100,000 events, seconds of the worker's time.
PIECE_SIZE = 1 << 16


def in_pieces(parts):
    """``parts`` (all ``str`` or all ``bytes``) joined into pieces of about PIECE_SIZE."""
    pending, size = [], 0
    for part in parts:
        pending.append(part)
        size += len(part)
        if size >= PIECE_SIZE:
            yield pending[0][:0].join(pending)
            pending, size = [], 0
    if pending:
        yield pending[0][:0].join(pending)
