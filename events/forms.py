"""Admin forms: partial-date entry, checked citations and refusing stale saves."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from .dates import MONTH_NAMES, PartialDate, from_parts, parts
from .history import (
    RowHistory,
    changes_since,
    historical_record,
    many_to_many_at,
    restore_problems,
)
from .importing.temporal import find_dates
from .models import DATA_LANGUAGE, Citation, Event
from .quotes import occurrences
from .slugs import unique_slug
from .text import clean_text
from .widgets import DateWordsWidget, PartialDateWidget

#: "The start date is given to the day but …".
PRECISION_NAMES = {
    "day": pgettext_lazy("a date given to the", "day"),
    "month": pgettext_lazy("a date given to the", "month"),
    "year": pgettext_lazy("a date given to the", "year"),
}
#: The fields' names as messages give them (the fields' own names are not translated).
SLUG_SOURCE_NAMES = {
    "title": pgettext_lazy("field a slug is made from", "title"),
    "name": pgettext_lazy("field a slug is made from", "name"),
}


class EditorForm(forms.ModelForm):
    """The base of every admin form: text stored as everywhere else.

    Browsers send a text area's line breaks as ``\r\n``; text pasted from Word, PDFs or
    web pages brings control characters (``\x0b`` for Word's soft line break, form
    feeds, Unicode separators, bidirectional overrides). Kept as sent, every save would
    "change" every multi-line field in the history, a pasted quote would not match its
    source, and the Atom feed could not be written. Each text field's data is
    normalised as it arrives (see ``events.text.clean_text``), because ``has_changed()``
    compares it before any cleaning.
    """

    # A one-line field for this many characters or more holds a headline or a full name.
    LONG_LINE = 200

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = self._clean_text_data(self.data)
        for field in self.fields.values():
            if self._holds_a_long_line(field):
                # The admin's widest one-line input; its CSS narrows it on small screens.
                field.widget.attrs["class"] = "vLargeTextField"

    def _holds_a_long_line(self, field):
        one_line = isinstance(field, forms.CharField) and isinstance(field.widget, forms.TextInput)
        return one_line and (field.max_length or 0) >= self.LONG_LINE

    def _clean_text_data(self, data):
        data = data.copy()
        for name, field in self.fields.items():
            if not isinstance(field, forms.CharField):
                continue
            key = self.add_prefix(name)
            multiline = isinstance(field.widget, forms.Textarea)
            values = data.getlist(key) if hasattr(data, "getlist") else [data.get(key)]
            cleaned = [
                clean_text(value, multiline=multiline) if isinstance(value, str) else value
                for value in values
            ]
            if key not in data:
                continue
            if hasattr(data, "setlist"):
                data.setlist(key, cleaned)
            else:
                data[key] = cleaned[0]
        return data


class UnlabelledHiddenInput(forms.HiddenInput):
    """A hidden input that the admin's fieldsets can hold.

    They print a label beside every field; pointing at nothing, as a label may, rather
    than at a hidden control, which HTML forbids.
    """

    def id_for_label(self, id_):
        return ""


class VersionedModelForm(EditorForm):
    """Refuses to save over changes made since the form was opened, and shows them.

    The form carries the version it was opened on. If the record has been saved
    since, the editor sees who changed what instead of silently overwriting it. The
    admin has by then merged the two editors' changes into the posted data (see
    ``events.merging``) and passes in ``merge_conflicts``, the fields both changed,
    which are offered here side by side with a choice each; saving again saves the
    merge. ``VersionedModel.save`` still refuses if someone saves between this check
    and the save itself.

    Opened on a copy rebuilt from the history (simple-history's revert page), it
    also shows the links to other records as they were then.
    """

    opened_version = forms.IntegerField(widget=UnlabelledHiddenInput, required=False)
    merge_conflicts = ()  # Set by the admin for a stale save: ``events.merging.Conflict``s.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # From the database, not the instance: a revert starts from a historical copy.
            self.fields["opened_version"].initial = self._stored_version()
        if "slug" in self.fields:
            source = self.instance._meta.get_field(self.instance.slug_source).verbose_name
            self.fields["slug"].required = False
            source = SLUG_SOURCE_NAMES.get(str(source), source)
            leave_empty = gettext("Leave it empty to make it from the %(field)s.")
            help_text = f"{self.fields['slug'].help_text} {leave_empty % {'field': source}}"
            self.fields["slug"].help_text = help_text
        for name, linked in many_to_many_at(self.instance).items():
            if name in self.fields:
                self.initial[name] = linked

    def _make_empty_slug(self, cleaned_data):
        """A slug left empty made from the title or name, as the import makes one."""
        if "slug" not in self.fields or cleaned_data.get("slug") or "slug" in self.errors:
            return
        # Of a translated title or name, the English: a slug is the same in both languages.
        source = self.instance.slug_source
        english = f"{source}_{DATA_LANGUAGE}"
        if named := cleaned_data.get(english if english in self.fields else source):
            model = type(self.instance)
            cleaned_data["slug"] = unique_slug(model, named, exclude_pk=self.instance.pk)

    def _stored_version(self):
        rows = type(self.instance)._base_manager.filter(pk=self.instance.pk)
        return rows.values_list("version", flat=True).first()

    def clean(self):
        cleaned_data = super().clean()
        self._make_empty_slug(cleaned_data)
        if self.instance.pk is None:
            return cleaned_data
        opened, stored = cleaned_data.get("opened_version"), self._stored_version()
        if opened == stored:
            self.instance.version = stored
            return cleaned_data
        self.add_error(None, self._conflict_message(opened))
        if self.merge_conflicts:
            self.add_error(None, self._conflict_choices())
        # The editor has now seen the other changes: saving again saves the merge.
        self.data = self.data.copy()
        self.data[self.add_prefix("opened_version")] = stored
        return cleaned_data

    def _conflict_message(self, opened):
        what = self.instance._meta.verbose_name
        since = changes_since(self.instance, opened) if opened is not None else None
        if since is None:
            return forms.ValidationError(
                gettext(
                    "This %(record)s was changed by someone else after you opened it. Your "
                    "changes were not saved. Check the form, then save again to overwrite "
                    "their changes with yours."
                )
                % {"record": what},
                code="stale",
            )
        who = since.record.history_user or gettext("someone else")
        when = since.record.history_date.strftime("%d %B %Y %H:%M UTC")
        changes = format_html_join(
            "", "<li>{}: {} → {}</li>", ((c["field"], c["old"], c["new"]) for c in since.changes)
        )
        return forms.ValidationError(
            format_html(
                gettext(
                    "This {record} was saved by {user} at {time} after you opened it. Your "
                    "changes were not saved. What they changed:<ul>{changes}</ul>The form now "
                    "holds their changes together with yours. Check it, then save again."
                ),
                record=what,
                user=who,
                time=when,
                changes=format_html("<li>{}</li>", reason) + changes
                if (reason := since.record.history_change_reason)
                else changes
                or format_html("<li>{}</li>", gettext("nothing visible (only a re-save)")),
            ),
            code="stale",
        )

    def _conflict_choices(self):
        rows = format_html_join(
            "",
            '<tr><th scope="row">{}</th>'
            '<td><label><input type="radio" name="{}" value="theirs"> {}</label>'
            ' <span class="merge-value">{}</span></td>'
            '<td><label><input type="radio" name="{}" value="yours" checked> {}'
            '</label> <span class="merge-value">{}</span></td></tr>',
            (
                (c.label, c.name, gettext("Keep theirs:"), c.theirs)
                + (c.name, gettext("Keep yours:"), c.yours)
                for c in self.merge_conflicts
            ),
        )
        return forms.ValidationError(
            format_html(
                "{}"
                '<table class="merge-conflicts"><thead><tr>'
                '<th scope="col">{}</th><th scope="col">{}</th>'
                '<th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>',
                gettext(
                    "You both changed the same thing here. Choose which version to keep for "
                    "each; the form shows yours."
                ),
                gettext("Changed by both"),
                gettext("Saved by them"),
                gettext("Yours"),
                rows,
            ),
            code="conflict",
        )


class PartialDateField(forms.MultiValueField):
    """A date entered as a year, an optional month and an optional day.

    Cleans to ``(date, precision)``: what was entered sets the precision.
    """

    def __init__(self, *, label, **kwargs):
        months = [(n, MONTH_NAMES[n]) for n in range(1, 13)]
        fields = [
            forms.IntegerField(min_value=1, max_value=9999),
            forms.TypedChoiceField(choices=months, coerce=int, empty_value=None),
            forms.IntegerField(min_value=1, max_value=31),
        ]
        super().__init__(
            fields, require_all_fields=False, label=label, widget=PartialDateWidget(label), **kwargs
        )
        for field in self.fields:
            field.required = False

    def compress(self, data_list):
        year, month, day = (list(data_list) + [None] * 3)[:3]
        if year is None and month is None and day is None:
            return None
        if year is None:
            raise forms.ValidationError(gettext("Enter the year."), code="incomplete")
        try:
            return from_parts(year, month, day)
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None


@dataclass(frozen=True)
class DateReading:
    date: PartialDate
    note: str

    @property
    def to_check(self):
        """What the editor is told once the date fields are filled in from the reading."""
        return gettext(
            "Read as %(date)s: the date fields and the note below are filled in. Check "
            "them, then save."
        ) % {"date": self.date.display}


class DateWordsForm(forms.Form):
    """A date typed as a source words it, read by the article import's own resolver
    (``events.importing.temporal.find_dates``) into a date, its precision and a note.

    Words that count from a day ("Thursday", "last week", "7–8 April") count from the
    reference date given, else from the publication date of the event's first cited
    source. Valid, it has ``reading``, a ``DateReading``.
    """

    date_words = forms.CharField(
        label=_("Date in words"),
        required=False,
        max_length=100,
        widget=DateWordsWidget,
        help_text=_(
            "Optional: type the date as the source gives it (“Thursday”, “last week”, "
            "“7–8 April”, “early 2004”) and choose Resolve to fill in the date and its note "
            "below. Check them before saving."
        ),
    )
    date_reference = forms.DateField(
        label=_("Counting from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "The day the words were written, which “Thursday” or “last week” count "
            "from. Empty: the publication date of the event's first cited source."
        ),
    )

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event

    def _reference(self, given):
        """The date the words count from, and where it comes from, for the note."""
        if given is not None:
            return given, "the date given"
        cited = None
        if self.event is not None and self.event.pk is not None:
            cited = (
                self.event.citations.filter(source__publication_date__isnull=False)
                .select_related("source")
                .first()
            )
        if cited is None:
            return None, ""
        source = cited.source
        return source.publication_date, f"the publication of “{source.title}”"

    def clean(self):
        cleaned_data = super().clean()
        words = cleaned_data.get("date_words")
        if not words:
            self.add_error(
                "date_words", gettext("Type the date as the source gives it, e.g. “7–8 April”.")
            )
            return cleaned_data
        if "date_reference" in self.errors:
            return cleaned_data
        reference, whence = self._reference(cleaned_data.get("date_reference"))
        # Without a reference, only words that need none ("5 May 2003", "early 2004"). The
        # notes are stored with the event: in the language of the site's content, whatever
        # the language of the admin.
        with translation.override(settings.LANGUAGE_CODE):
            readings = find_dates(words, reference or timezone.localdate())
        if not readings:
            self.add_error(
                "date_words",
                gettext(
                    "No date could be read from “%(words)s”. Write it as a source would, e.g. "
                    "“Thursday”, “last week”, “7–8 April 2004”, “early 2004”."
                )
                % {"words": words},
            )
        elif len(readings) > 1:
            dates = "; ".join(reading.date.display for reading in readings)
            self.add_error(
                "date_words",
                gettext(
                    "“%(words)s” gives more than one date (%(dates)s): type one date or one span."
                )
                % {"words": words, "dates": dates},
            )
        elif reference is None and readings[0].relative:
            self.add_error(
                "date_reference",
                gettext(
                    "“%(words)s” counts from a day: give the date to count from (this event "
                    "cites no dated source yet)."
                )
                % {"words": words},
            )
        else:
            [reading] = readings
            note = reading.note
            if reading.relative:
                with translation.override(settings.LANGUAGE_CODE):
                    counted = f"Counted from {PartialDate(reference).display}, {whence}."
                note = f"{note.rstrip('.')}. {counted}"
            self.reading = DateReading(reading.date, note)
        return cleaned_data


class EventAdminForm(VersionedModelForm):
    start_date = PartialDateField(
        label=_("Start date"),
        help_text=_(
            "Enter only what the sources give: the year; the year and month; or the "
            "full date. That sets how precisely the date is shown."
        ),
    )
    end_date = PartialDateField(
        label=_("End date"),
        required=False,
        help_text=_(
            "Only for an event over several days, months or years, to the same "
            "precision as the start."
        ),
    )
    date_words = DateWordsForm.base_fields["date_words"]
    date_reference = DateWordsForm.base_fields["date_reference"]

    class Meta:
        model = Event
        # No date_precision: it follows from what the editor enters.
        fields = [
            "title",
            "slug",
            "summary",
            "event_type",
            "status",
            "published",
            "start_date",
            "end_date",
            "date_qualifier",
            "date_note",
            "places",
            "organizations",
            "agreements",
            "illustration",
            "illustration_alt",
            "illustration_credit",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.instance
        for name in ("start_date", "end_date"):
            value = getattr(event, name)
            if value is not None:
                self.initial[name] = parts(value, event.date_precision)
        self.fields["date_words"].widget.attrs.update(
            {
                "data-resolve-url": reverse("admin:events_event_resolve_date"),
                "data-event": event.pk or "",
            }
        )
        self.date_words_form = None
        if self.is_bound and self._date_words_to_resolve():
            self.date_words_form = DateWordsForm(self.data, prefix=self.prefix, event=event)
            if self.date_words_form.is_valid():
                self._fill_date(self.date_words_form.reading)

    def _date_words_to_resolve(self):
        """Whether the editor asked for the date in words to be read: with its button, or
        by saving with the words typed and the start date left empty."""
        if not self.data.get(self.add_prefix("date_words"), "").strip():
            return False
        start = self.fields["start_date"].widget
        start_given = any(start.value_from_datadict(self.data, {}, self.add_prefix("start_date")))
        return DateWordsWidget.resolve_name in self.data or not start_given

    def _fill_date(self, reading):
        """The date fields as the reading gives them, for the editor to check."""
        data = self.data.copy()
        for name, date_parts in (
            ("start_date", reading.date.start_parts),
            ("end_date", reading.date.end_parts or {}),
        ):
            names = self.fields[name].widget.widgets_names
            for suffix, part in zip(names, ("year", "month", "day"), strict=True):
                data[self.add_prefix(name) + suffix] = str(date_parts.get(part, ""))
        data[self.add_prefix("date_qualifier")] = reading.date.qualifier
        data[self.add_prefix("date_note")] = reading.note
        self.data = data

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and start[1] != end[1]:
            self.add_error(
                "end_date",
                gettext(
                    "The start date is given to the %(start)s but the end date to the "
                    "%(end)s: give both to the same precision."
                )
                % {
                    "start": PRECISION_NAMES.get(start[1], start[1]),
                    "end": PRECISION_NAMES.get(end[1], end[1]),
                },
            )
        self._report_date_words()
        if (record := historical_record(self.instance)) is not None:
            # A revert restores the rows of that version too: say now if one cannot be.
            for problem in restore_problems(RowHistory(record.id).at(record)):
                self.add_error(None, problem)
        if {"start_date", "end_date"} & set(self.errors):
            # Reported above in the editor's terms. Leave the record's dates as they were,
            # so that Event.clean does not report it again from half-updated dates.
            cleaned_data.pop("start_date", None)
            cleaned_data.pop("end_date", None)
            return cleaned_data
        if start:
            cleaned_data["start_date"], self.instance.date_precision = start
        if end:
            cleaned_data["end_date"] = end[0]
        return cleaned_data

    def _report_date_words(self):
        """What reading the date in words gave: the date filled in, to be checked before
        saving (so the form is not saved yet), or why it could not be read."""
        if self.date_words_form is None:
            return
        if self.date_words_form.is_valid():
            # An error, so that the form is shown again rather than saved.
            self.add_error("date_words", self.date_words_form.reading.to_check)
            return
        for name, errors in self.date_words_form.errors.items():
            if name not in self.errors:  # a bad reference date is reported once
                for error in errors:
                    self.add_error(name, error)


class CitationForm(EditorForm):
    """A citation, with the choice of occurrence for a passage the source has more than once."""

    occurrence = forms.IntegerField(
        min_value=1,
        required=False,
        help_text=_(
            "Only if the passage occurs more than once in the source: which occurrence "
            "you cite, counting from the top (1 for the first). Empty: the one cited so far, "
            "or the first."
        ),
    )

    class Meta:
        model = Citation
        # The inline narrows these to the source and the quote.
        fields = [
            "event",
            "source",
            "quote",
            "reported_start_date",
            "reported_end_date",
            "reported_date_precision",
            "reported_date_qualifier",
            "reported_date_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        citation = self.instance
        if citation.pk is not None:
            starts = occurrences(citation.source.text, citation.quote)
            if len(starts) > 1 and citation.start_offset in starts:
                self.initial["occurrence"] = starts.index(citation.start_offset) + 1

    def clean(self):
        cleaned_data = super().clean()
        number, source, quote = (cleaned_data.get(k) for k in ("occurrence", "source", "quote"))
        if number is None or source is None or not quote:
            return cleaned_data
        starts = occurrences(source.text, quote)
        if not starts:
            return cleaned_data  # The model's check says which part of the quote differs.
        if number > len(starts):
            message = ngettext(
                "The passage occurs once in the source: choose a number from 1 to "
                "%(count)d, or leave this empty.",
                "The passage occurs %(count)d times in the source: choose a number from 1 to "
                "%(count)d, or leave this empty.",
                len(starts),
            )
            self.add_error("occurrence", message % {"count": len(starts)})
        else:
            # Citation.locate keeps a passage at the offset where it stands.
            self.instance.start_offset = starts[number - 1]
        return cleaned_data


class CitationInlineFormSet(BaseInlineFormSet):
    """Refuses the same passage cited twice for one event, before the database does."""

    def clean(self):
        super().clean()
        cited = set()
        for form in self.forms:
            if not form.has_changed() and form.instance.pk is None:
                continue
            if form.errors or self._should_delete_form(form):
                continue
            passage = (form.instance.source_id, form.instance.start_offset)
            if passage in cited:
                form.add_error("quote", gettext("This passage is already cited for this event."))
            cited.add(passage)
