"""A page's address from its slug is what ``reverse()`` gives, whatever it depends on."""

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils import translation

from events.addresses import slug_url

PERSON = "events:person-detail"


@pytest.fixture
def script_prefix():
    """Sets the script prefix a site served below the root has, as a request would."""
    yield set_script_prefix
    clear_script_prefix()


@pytest.mark.parametrize("name", ["events:event-detail", PERSON, "events:source-detail"])
@pytest.mark.parametrize("slug", ["moscow", "a-b_C-9", "slug-stand-in"])
def test_an_address_is_what_reverse_gives(name, slug):
    assert slug_url(name, slug) == reverse(name, kwargs={"slug": slug})


def test_an_address_follows_the_script_prefix(script_prefix):
    assert slug_url(PERSON, "ivanov") == "/people/ivanov/"
    script_prefix("/timeline/")
    assert slug_url(PERSON, "ivanov") == "/timeline/people/ivanov/"
    script_prefix("/")
    assert slug_url(PERSON, "ivanov") == "/people/ivanov/"


@override_settings(
    ROOT_URLCONF="tests.i18n_urls", LANGUAGES=[("en-gb", "English"), ("ru", "Russian")]
)
def test_an_address_follows_the_active_language():
    for language in ["en-gb", "ru", "en-gb"]:
        with translation.override(language):
            assert slug_url(PERSON, "ivanov") == f"/{language}/people/ivanov/"


@pytest.mark.parametrize("slug", ["", "Ivanov?", "кремль", "a/b", "ivanov\n"])
def test_a_slug_no_address_can_hold_is_refused_as_reverse_refuses_it(slug):
    with pytest.raises(NoReverseMatch):
        reverse(PERSON, kwargs={"slug": slug})
    with pytest.raises(NoReverseMatch):
        slug_url(PERSON, slug)
