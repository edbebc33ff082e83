"""Which uploaded files the public may fetch: the images of what the public can see."""

from .images import display_name
from .models import Event, Person


def image_is_public(name):
    """Whether ``name`` is (a rendition of) the current image of a record the public sees.

    That is a published event's illustration, or the portrait of a person who takes part
    in a published event. Drafts' images, replaced images (kept for the history) and
    anything else in the media storage are not.
    """
    display = display_name(name)
    published = Event.objects.published()
    return (
        published.filter(illustration=display).exists()
        or Person.objects.filter(portrait=display, participations__event__in=published).exists()
    )
