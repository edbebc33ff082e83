"""The source reader's text: paragraphs with every cited passage highlighted.

Citations may overlap or nest, so the text is cut at every passage's start and
end (and at paragraph breaks) into pieces that each lie wholly inside or outside
every passage. Each cited piece becomes its own ``<mark>``; the piece where a
passage starts carries the passage's stable id, and the piece where it ends is
followed by links to the events that cite it. Everything else is escaped.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class Passage:
    anchor: str
    start: int
    end: int
    events: list = field(default_factory=list)


def passages(citations):
    """Citations merged by passage (several events may cite the same words)."""
    by_anchor = {}
    for citation in citations:
        passage = by_anchor.setdefault(
            citation.anchor, Passage(citation.anchor, citation.start_offset, citation.end_offset)
        )
        if citation.event not in passage.events:
            passage.events.append(citation.event)
    return sorted(by_anchor.values(), key=lambda passage: (passage.start, -passage.end))


def _paragraph_spans(text):
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _escaped(text):
    return mark_safe("<br>".join(escape(line) for line in text.split("\n")))


def _event_links(passage):
    return format_html(
        '<span class="passage-events">({})</span>',
        format_html_join(
            "; ",
            '<a href="{}#cited-{}">{}</a>',
            ((event.get_absolute_url(), passage.anchor, event.title) for event in passage.events),
        ),
    )


def _render_piece(text, start, end, all_passages):
    covering = [p for p in all_passages if p.start < end and p.end > start]
    if not covering:
        return _escaped(text[start:end])
    starting = [p for p in covering if p.start == start]
    # Passages starting at the same place share this piece: the first takes the
    # mark's id, the others an empty anchor just inside it.
    mark_id = format_html(' id="{}"', starting[0].anchor) if starting else ""
    extra_ids = format_html_join("", '<span id="{}"></span>', ((p.anchor,) for p in starting[1:]))
    html = format_html(
        '<mark{} class="passage">{}{}</mark>', mark_id, extra_ids, _escaped(text[start:end])
    )
    ending = [p for p in covering if p.end == end]
    return html + mark_safe("".join(_event_links(p) for p in ending))


def highlighted_paragraphs(text, citations):
    """The text as a list of safe HTML paragraphs (without the ``<p>`` tags)."""
    all_passages = passages(citations)
    cuts = {offset for p in all_passages for offset in (p.start, p.end)}
    paragraphs = []
    for para_start, para_end in _paragraph_spans(text):
        inside = sorted(c for c in cuts if para_start < c < para_end)
        bounds = [para_start, *inside, para_end]
        pieces = [
            _render_piece(text, start, end, all_passages)
            for start, end in zip(bounds, bounds[1:], strict=False)
            if start < end
        ]
        if pieces:
            paragraphs.append(mark_safe("".join(pieces)))
    return paragraphs
