"""Adding an event from a source: pick the passage to cite, then fill in the event's form.

The picker posts the passage as offsets into the source's text, either as chosen with
the mouse or the keyboard (``static/js/passage-picker.js``) or, without JavaScript, as
the sentences ticked in the import's sentence split. The event's add form is then
opened with ``?source=…&start=…&end=…`` and its first citation filled in; those
parameters are checked again there by the same form, since anyone can edit a URL.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .importing.sentences import split_sentences
from .models import Citation, Event, Source
from .quotes import occurrences


def may_cite(admin_site, request, source=None):
    """Whether the editor may add an event from ``source``: add events and read sources."""
    events, sources = admin_site.get_model_admin(Event), admin_site.get_model_admin(Source)
    return events.has_add_permission(request) and sources.has_view_permission(request, source)


class PassageForm(forms.Form):
    """A passage of one source's text, as offsets or as a run of whole sentences."""

    # Filled in by the script, which enables them; without it only the sentences are sent.
    start = forms.IntegerField(
        min_value=0, required=False, widget=forms.HiddenInput(attrs={"disabled": True})
    )
    end = forms.IntegerField(
        min_value=0, required=False, widget=forms.HiddenInput(attrs={"disabled": True})
    )
    sentences = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Tick the sentence the passage starts with and the one it ends with",
        help_text="Or tick just one sentence. The passage runs from the first sentence "
        "ticked to the last, with every sentence in between.",
    )

    def __init__(self, source, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source
        self.spans = split_sentences(source.text)
        self.fields["sentences"].choices = [
            (str(number), source.text[start:end]) for number, (start, end) in enumerate(self.spans)
        ]

    def clean(self):
        cleaned_data = super().clean()
        if self.errors:
            return cleaned_data
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start is None and end is None and cleaned_data.get("sentences"):
            chosen = sorted(int(number) for number in cleaned_data["sentences"])
            start, end = self.spans[chosen[0]][0], self.spans[chosen[-1]][1]
        if start is None or end is None:
            raise ValidationError(
                "Choose the passage to cite: select it in the text, or tick its sentences.",
                code="required",
            )
        self.passage = self._trimmed(start, end)
        return cleaned_data

    def _trimmed(self, start, end):
        """``(start, end)`` without white space at either end, as quotes are stored."""
        text = self.source.text
        if end > len(text):
            raise ValidationError(
                f"The passage must lie within the source's text, which has {len(text)} characters.",
                code="out_of_range",
            )
        if end <= start:
            raise ValidationError("The passage is empty: select at least one word.", code="empty")
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            raise ValidationError(
                "The passage is only white space: select at least one word.", code="empty"
            )
        return start, end


def cite_view(model_admin, request, object_id):
    """The source's text, to choose the passage the new event cites."""
    source = model_admin.get_object(request, object_id)
    if source is None:
        raise Http404("No such source.")
    if not may_cite(model_admin.admin_site, request, source):
        raise PermissionDenied
    form = PassageForm(source, request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        start, end = form.passage
        query = urlencode({"source": source.pk, "start": start, "end": end})
        return HttpResponseRedirect(f"{reverse('admin:events_event_add')}?{query}")
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Source._meta,
        "title": "Add an event from this source",
        "source": source,
        "form": form,
    }
    return TemplateResponse(
        request,
        "admin/events/source/cite.html",
        context,
        status=400 if form.errors else 200,
    )


def cited_passage(admin_site, request):
    """The passage the event add form was opened for, or None if there is none to use."""
    try:
        source = forms.ModelChoiceField(Source.objects.all()).clean(request.GET.get("source"))
    except ValidationError:
        return None
    if not may_cite(admin_site, request, source):
        return None
    form = PassageForm(source, request.GET)
    return CitedPassage(source, *form.passage) if form.is_valid() else None


@dataclass(frozen=True)
class CitedPassage:
    """A passage of a source, for the first citation of an event being added."""

    source: Source
    start: int
    end: int

    @property
    def quote(self):
        return self.source.text[self.start : self.end]

    def citation_initial(self):
        """The citation inline's initial data, naming the occurrence if the passage repeats."""
        initial = {"source": self.source.pk, "quote": self.quote}
        starts = occurrences(self.source.text, self.quote)
        if len(starts) > 1:
            initial["occurrence"] = starts.index(self.start) + 1
        return initial


def citations_of(source):
    """Each citation of ``source`` with its event, in the events' order, in one query."""
    return (
        Citation.objects.filter(source=source)
        .select_related("event")
        .order_by("event__start_date", "event__slug", "start_offset")
    )
