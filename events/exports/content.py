"""An event as a short HTML article, for exports that show rich text (feeds, TimelineJS)."""

from django.template.loader import render_to_string

TEMPLATE = "exports/event_content.html"


def event_content_context(event, request):
    """Absolute links throughout: the HTML is read far from this site."""
    return {
        "event": event,
        "event_url": request.build_absolute_uri(event.get_absolute_url()),
        "citations": [
            {
                "quote": citation.quote,
                "source": citation.source,
                "url": request.build_absolute_uri(citation.reader_path),
            }
            for citation in event.citations.all()
        ],
    }


def event_html(event, request):
    return render_to_string(TEMPLATE, event_content_context(event, request))
