"""The admin's import forms: the article, then one form per proposed event."""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.dates import DateQualifier, PartialDate
from events.forms import PartialDateField
from events.kinds import BY_PARAM
from events.models import Event, Language

from .reading import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    TextFormat,
    article_text,
    decode_article,
    grouped,
    language_of,
)
from .saving import NEW, Action, Decision, default_choice, existing_source


class ImportArticleForm(forms.Form):
    """The article and its provenance. The publication date is proposed from a dateline
    in the text when the editor leaves it empty, and then has to be confirmed."""

    text = forms.CharField(
        label=_("Text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_(
            "Paste the article's text, or upload it below. Plain text is stored exactly as given."
        ),
    )
    text_format = forms.TypedChoiceField(
        label=_("Text format"),
        choices=TextFormat.choices,
        initial=TextFormat.PLAIN,
        required=False,
        empty_value=TextFormat.PLAIN,
        help_text=_(
            "Choose Markdown for text copied from a Markdown editor: only its readable text is "
            "kept (no “**”, “#” or link addresses). An upload named .md is read as Markdown "
            "whatever is chosen."
        ),
    )
    upload = forms.FileField(
        label=_("Or upload a file"),
        required=False,
        help_text=_(
            "A UTF-8 .txt, .html or Markdown (.md) file. From HTML and Markdown only the "
            "readable text is kept; scripts, styles, markup and link addresses are dropped."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"}
        ),
    )
    title = forms.CharField(
        label=_("Title"), max_length=300, help_text=_("The headline, as published.")
    )
    publisher = forms.CharField(
        label=_("Publisher"), max_length=200, help_text=_("Who published the text.")
    )
    url = forms.URLField(label=_("URL"), required=False, assume_scheme="https")
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("By its script")), *Language.choices],
        required=False,
        help_text=_(
            "Dates are read in the article's language. By its script: Russian when most "
            "letters are Cyrillic, English otherwise."
        ),
    )
    published = forms.DateField(
        label=_("Publication date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_(
            "Leave empty to have it proposed from a dateline or date line in the text; you "
            "then confirm it."
        ),
    )
    published_note = forms.CharField(
        label=_("How the date was established"),
        required=False,
        max_length=500,
        help_text=_(
            "E.g. the dateline it was read from. Filled in when the date is proposed (in "
            "English, as every note on a date)."
        ),
    )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload and upload.size > MAX_ARTICLE_BYTES:
            raise forms.ValidationError(
                gettext("The file is %(size)s bytes; at most %(limit)s are accepted.")
                % {"size": grouped(upload.size), "limit": grouped(MAX_ARTICLE_BYTES)}
            )
        return upload

    def clean_published(self):
        published = self.cleaned_data.get("published")
        if published and published > timezone.localdate():
            raise forms.ValidationError(gettext("The publication date is in the future."))
        return published

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text", ""), cleaned.get("upload")
        if text and upload:
            raise forms.ValidationError(gettext("Paste the text or upload a file, not both."))
        try:
            text_format = cleaned.get("text_format") or TextFormat.PLAIN
            if upload:
                text = decode_article(upload.read(), upload.name, text_format)
            elif text:
                # Browsers send a text area's line breaks as \r\n: stored as \n, as elsewhere.
                text = article_text(text.replace("\r\n", "\n").strip(), text_format)
            else:
                raise forms.ValidationError(gettext("Paste the article's text or upload a file."))
        except ArticleError as error:
            self.add_error("upload" if upload else "text", str(error))
            return cleaned
        cleaned["text"] = text
        cleaned["language"] = cleaned.get("language") or language_of(text)
        if duplicate := existing_source(text):
            self.add_error("text", _already_a_source(duplicate))
        return cleaned

    def needs_confirmation(self):
        """Whether the publication date was just proposed, so the editor must confirm it."""
        return not self.cleaned_data.get("published")


def _already_a_source(source):
    return format_html(
        gettext(
            'This text is already the source <a href="{url}">“{title}”</a>: it cannot be '
            "imported again."
        ),
        url=reverse("admin:events_source_change", args=[source.pk]),
        title=source.title,
    )


class ProposalForm(forms.Form):
    """One proposed event: accept it (edited), cite it on an existing event, or reject it."""

    action = forms.ChoiceField(label=_("Action"), widget=forms.RadioSelect, choices=Action.CHOICES)
    title = forms.CharField(label=_("Title"), max_length=300)
    event_type = forms.ChoiceField(label=_("Event type"), choices=Event.Type.choices)
    status = forms.ChoiceField(label=_("Status as reported"), choices=Event.Status.choices)
    start_date = PartialDateField(label=_("Start date"))
    end_date = PartialDateField(label=_("End date"), required=False)
    date_qualifier = forms.ChoiceField(label=_("Date qualifier"), choices=DateQualifier.choices)
    date_note = forms.CharField(
        label=_("How the date was resolved"), widget=forms.Textarea(attrs={"rows": 2})
    )
    event = forms.ChoiceField(label=_("Existing event"), required=False)

    def __init__(self, *args, proposal, record_names, **kwargs):
        self.proposal = proposal
        decision = Decision.as_proposed(proposal)
        date = proposal.date
        kwargs["initial"] = {
            "action": decision.action,
            "title": proposal.title,
            "event_type": proposal.event_type,
            "status": proposal.status,
            "start_date": date.start_parts,
            "end_date": date.end_parts,
            "date_qualifier": date.qualifier,
            "date_note": proposal.date_note,
            "event": decision.event_slug or "",
        }
        super().__init__(*args, **kwargs)
        unavailable = set()
        if proposal.matches:
            self.fields["event"].choices = [
                (m.slug, f"{m.title} ({m.display_date})") for m in proposal.matches
            ]
        else:
            del self.fields["event"]
            unavailable.add(Action.CITE)
        if proposal.same_as is None:
            unavailable.add(Action.MERGE)
        self.fields["action"].choices = [
            (action, _action_label(action, proposal))
            for action, _label in Action.CHOICES
            if action not in unavailable
        ]
        for index, mention in enumerate(proposal.mentions):
            self.fields[f"entity_{index}"] = forms.ChoiceField(
                label=gettext("“%(name)s”") % {"name": mention.text},
                choices=_entity_choices(mention, record_names),
                required=False,
                initial=default_choice(mention) or "",
                help_text=mention.reason,
            )

    def entity_fields(self):
        """Each mention, its field, and its kind's name ("Person") in the active language."""
        return [
            (mention, self[f"entity_{index}"], BY_PARAM[mention.kind].label)
            for index, mention in enumerate(self.proposal.mentions)
        ]

    def clean_date_note(self):
        return self.cleaned_data["date_note"].replace("\r\n", "\n")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and start[1] != end[1]:
            self.add_error(
                "end_date", gettext("Give the start and end dates to the same precision.")
            )
        elif start and "date_qualifier" in cleaned:
            date = PartialDate(
                start[0], start[1], end[0] if end else None, cleaned["date_qualifier"]
            )
            for field, problem in date.errors().items():
                self.add_error(field, problem)
            cleaned["date"] = date
        if cleaned.get("action") == Action.CITE and not cleaned.get("event"):
            self.add_error("event", gettext("Choose the event to add the passage to."))
        return cleaned

    def decision(self, action=None):
        cleaned = self.cleaned_data
        entities = [
            (mention, cleaned.get(f"entity_{index}") or None)
            for index, mention in enumerate(self.proposal.mentions)
        ]
        return Decision(
            proposal=self.proposal,
            action=action or cleaned["action"],
            title=cleaned["title"],
            event_type=cleaned["event_type"],
            status=cleaned["status"],
            date=cleaned["date"],
            date_note=cleaned["date_note"],
            entities=entities,
            event_slug=cleaned.get("event") or None,
        )


def _action_label(action, proposal):
    if action == Action.MERGE:
        return gettext("Add the passage to the event of proposal %(number)d, which it repeats") % {
            "number": proposal.same_as + 1
        }
    return dict(Action.CHOICES)[action]


def _entity_choices(mention, record_names):
    """Link to the matched record or another candidate, create a new one, or neither.

    ``record_names`` gives each existing record's label by (kind, slug).
    """
    kind = str(BY_PARAM[mention.kind].label).lower()  # "person", «лицо»
    slugs = ([mention.slug] if mention.slug else []) + [
        slug for slug in mention.candidates if slug != mention.slug
    ]
    choices = [
        (
            slug,
            gettext("Link to the existing %(kind)s: %(name)s")
            % {"kind": kind, "name": record_names.get((mention.kind, slug), slug)},
        )
        for slug in slugs
    ]
    name = mention.proposed_name or mention.text
    choices.append((NEW, gettext("Create a new %(kind)s: %(name)s") % {"kind": kind, "name": name}))
    choices.append(("", gettext("Do not link")))
    return choices
