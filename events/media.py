"""Which uploaded files the public may fetch: the images of what the public can see."""

from .images import display_name
from .models import Event, Person, can_preview


def image_is_public(name):
    """Whether ``name`` is (a rendition of) the current image of a record the public sees.

    That is a published event's illustration, or the portrait of a person who is public
    (takes part in a published event). Drafts' images, replaced images (kept for the
    history) and anything else in the media storage are not.
    """
    display = display_name(name)
    return (
        Event.objects.published().filter(illustration=display).exists()
        or Person.objects.public().filter(portrait=display).exists()
    )


def may_see_any_upload(user):
    """Editors who may preview events or people see their images in the admin, drafts'
    and replaced ones included."""
    return can_preview(user, Event) or can_preview(user, Person)
