"""The editors' admin: every record, with its revision history and protection from stale saves."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count
from django.http import HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from .citing import citations_of, cite_view, cited_passage, may_cite
from .forms import (
    CitationForm,
    CitationInlineFormSet,
    DateWordsForm,
    EditorForm,
    EventAdminForm,
    VersionedModelForm,
)
from .history import (
    EditorialChangeHelper,
    RowHistory,
    historical_record,
    restore_rows,
    row_changes,
)
from .importing.admin_views import import_article_view, review_view
from .merging import merge_stale_post
from .models import (
    Agreement,
    Citation,
    Event,
    Organization,
    Participation,
    Person,
    Place,
    Source,
    StaleVersionError,
)

admin.site.site_header = _("NATO–Russia timeline: editing")
admin.site.site_title = _("Timeline editing")
admin.site.index_title = _("What would you like to edit?")


class HistoryAdmin(SimpleHistoryAdmin):
    """Every change is recorded; the History page lists who changed what, and can revert."""

    form = EditorForm

    def get_historical_record_context_helper(self, request, historical_record):
        return EditorialChangeHelper(self.model, historical_record)


class VersionedAdmin(HistoryAdmin):
    """For ``VersionedModel`` records: a save over someone else's newer one is refused."""

    form = VersionedModelForm

    def changeform_view(self, request, object_id=None, *args, **kwargs):
        self._merge_stale_post(request, object_id)
        try:
            return super().changeform_view(request, object_id, *args, **kwargs)
        except StaleVersionError:
            return self._refuse_simultaneous_save(request)
        except ValidationError as error:
            # The forms check everything under the same locks as the save, so this is a
            # last resort: a refusal from the model, rolled back, never an error page.
            return self._refuse_simultaneous_save(request, error)

    def history_form_view(self, request, object_id, *args, **kwargs):
        self._merge_stale_post(request, object_id)
        try:
            # One transaction, as the admin's own change page has: a revert that restores
            # an event's rows too is saved whole or not at all.
            with transaction.atomic():
                return super().history_form_view(request, object_id, *args, **kwargs)
        except StaleVersionError:
            return self._refuse_simultaneous_save(request)
        except ValidationError as error:
            return self._refuse_simultaneous_save(request, error)

    def _merge_stale_post(self, request, object_id):
        """Merge a save of a form opened on an older version with what was saved since."""
        if request.method != "POST" or object_id is None:
            return
        current = self.get_object(request, unquote(object_id))
        if current is not None:
            request.merge_conflicts = merge_stale_post(self, request, current)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and request.method == "POST" and obj is not None:
            # A form shown again (a conflict, an error) holds the editor's unsaved values,
            # which the admin has copied onto ``obj``: the heading and the breadcrumbs name
            # the record as it is stored.
            stored = self.model._base_manager.filter(pk=obj.pk).first()
            if stored is not None:
                context.update(subtitle=str(stored), original=stored)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        conflicts = getattr(request, "merge_conflicts", None)
        if conflicts:
            form = type(form.__name__, (form,), {"merge_conflicts": conflicts})
        return form

    def _refuse_simultaneous_save(self, request, error=None):
        # Someone saved between this form's check and its save: the form's own check
        # catches every other case, with the changes listed.
        reason = " ".join(error.messages) + " " if error is not None else ""
        self.message_user(
            request,
            gettext(
                "Someone else saved at the same moment, so your changes were not saved. "
                "%(reason)sThis page now shows the record as stored."
            )
            % {"reason": reason},
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())


class TranslatedAdmin(TranslationAdmin, VersionedAdmin):
    """For records with texts in both languages (events/translation.py): each translated
    field is edited as one field per language, side by side, and the history records both."""


def picture_preview(picture):
    """The stored thumbnail with its alt text and credit, as the public pages show it."""
    if picture is None:
        return gettext("No image yet.")
    return render_to_string("includes/image.html", {"image": picture.thumbnail})


@admin.register(Source)
class SourceAdmin(VersionedAdmin):
    list_display = ["title", "publisher", "publication", "citation_count"]
    list_filter = ["publisher"]
    search_fields = ["title", "publisher", "text"]
    date_hierarchy = "publication_date"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # Explicit: a query that counts (below) does not use the model's default ordering.
    ordering = Source._meta.ordering
    change_list_template = "admin/events/source/change_list.html"

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(
                lambda request, **kwargs: function(self, request, **kwargs)
            )

        return [
            path("import/", view(import_article_view), name="events_source_import"),
            path("import/review/", view(review_view), name="events_source_import_review"),
            path("<path:object_id>/cite/", view(cite_view), name="events_source_cite"),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context = {
                **context,
                "citations": citations_of(obj),
                "may_cite": may_cite(self.admin_site, request, obj),
            }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(citation_count=Count("citations"))

    @admin.display(
        description=pgettext_lazy("a source's publication date", "Published"),
        ordering="publication_date",
    )
    def publication(self, source):
        return source.publication

    @admin.display(description=_("Citations"), ordering="citation_count")
    def citation_count(self, source):
        return source.citation_count


@admin.register(Organization)
class OrganizationAdmin(TranslatedAdmin):
    list_display = ["name", "kind", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name_en", "name_ru", "aliases_en", "aliases_ru", "slug"]
    autocomplete_fields = ["parent"]


@admin.register(Person)
class PersonAdmin(TranslatedAdmin):
    list_display = ["name", "role", "affiliation", "has_portrait"]
    list_filter = [("affiliation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["affiliation"]
    search_fields = ["name_en", "name_ru", "aliases_en", "aliases_ru", "role_en", "role_ru", "slug"]
    autocomplete_fields = ["affiliation"]
    readonly_fields = ["portrait_preview"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "role", "affiliation", "aliases", "opened_version"]}),
        (
            _("Portrait"),
            {"fields": ["portrait", "portrait_preview", "portrait_alt", "portrait_credit"]},
        ),
    ]

    @admin.display(description=_("Portrait"), boolean=True)
    def has_portrait(self, person):
        return bool(person.portrait)

    @admin.display(description=_("Stored portrait"))
    def portrait_preview(self, person):
        return picture_preview(person.portrait_picture)


@admin.register(Place)
class PlaceAdmin(TranslatedAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name_en", "name_ru", "country", "slug"]


@admin.register(Agreement)
class AgreementAdmin(TranslatedAdmin):
    list_display = ["name", "short_name", "status"]
    list_filter = ["status"]
    search_fields = [
        "name_en",
        "name_ru",
        "short_name_en",
        "short_name_ru",
        "summary_en",
        "summary_ru",
        "slug",
    ]
    autocomplete_fields = ["parties"]


class ParticipationInline(admin.StackedInline):
    # Stacked, not tabular: a tabular inline's inputs have no labels of their own.
    model = Participation
    form = EditorForm
    autocomplete_fields = ["person"]
    extra = 1


class CitationInline(admin.StackedInline):
    model = Citation
    form = CitationForm
    formset = CitationInlineFormSet
    autocomplete_fields = ["source"]
    fields = ["source", "quote", "occurrence"]
    extra = 1


@admin.register(Event)
class EventAdmin(TranslatedAdmin):
    form = EventAdminForm
    list_display = ["title", "date", "event_type", "status", "published"]
    list_filter = ["published", "event_type", "status", "date_precision"]
    search_fields = ["title_en", "title_ru", "summary_en", "summary_ru", "slug"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["places", "organizations", "agreements"]
    readonly_fields = ["illustration_preview"]
    inlines = [ParticipationInline, CitationInline]
    actions = ["publish", "unpublish", "duplicate"]
    object_history_form_template = "admin/events/event/object_history_form.html"
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "summary",
                    ("event_type", "status"),
                    "published",
                    "opened_version",
                ]
            },
        ),
        (
            _("Date"),
            {
                "fields": [
                    "date_words",
                    "date_reference",
                    "start_date",
                    "end_date",
                    "date_qualifier",
                    "date_note",
                ]
            },
        ),
        (_("Linked records"), {"fields": ["places", "organizations", "agreements"]}),
        (
            _("Illustration"),
            {
                "fields": [
                    "illustration",
                    "illustration_preview",
                    "illustration_alt",
                    "illustration_credit",
                ]
            },
        ),
    ]

    def add_view(self, request, form_url="", extra_context=None):
        # Opened from a source's "Add an event from this source": its first citation.
        request.cited_passage = cited_passage(self.admin_site, request)
        extra_context = {**(extra_context or {}), "cited_passage": request.cited_passage}
        return super().add_view(request, form_url, extra_context)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        passage = getattr(request, "cited_passage", None)
        # Initial data only on the form as first shown: on a save it would make the
        # posted citation look unchanged, and so not saved.
        if passage is not None and request.method == "GET" and isinstance(inline, CitationInline):
            kwargs["initial"] = [passage.citation_initial()]
        return kwargs

    class Media:
        js = ["js/date-words.js"]

    def get_urls(self):
        resolve_date = self.admin_site.admin_view(self.resolve_date_view)
        return [
            path("resolve-date/", resolve_date, name="events_event_resolve_date"),
            *super().get_urls(),
        ]

    def resolve_date_view(self, request):
        """The date in words read as the form would read it, as JSON for ``date-words.js``."""
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        try:  # The event whose first source the words count from; any value is safe here.
            event = forms.ModelChoiceField(Event.objects.all()).clean(request.GET.get("event"))
        except ValidationError:
            event = None
        form = DateWordsForm(request.GET, event=event)
        if not form.is_valid():
            # An answer, not a failed request: the editor reads why, and retypes.
            problems = [message for messages in form.errors.values() for message in messages]
            return JsonResponse({"errors": problems})
        reading = form.reading
        return JsonResponse(
            {
                "start_date": reading.date.start_parts,
                "end_date": reading.date.end_parts,
                "date_qualifier": reading.date.qualifier,
                "date_note": reading.note,
                "message": reading.to_check,
            }
        )

    def set_history_delta_changes(self, request, historical_records, **kwargs):
        """Each version's changes, with the participants and citations added, changed or
        removed in the same save (they are saved just after the event)."""
        super().set_history_delta_changes(request, historical_records, **kwargs)
        records = list(historical_records)
        if not records:
            return
        rows = RowHistory(records[0].id)
        rows_then = rows.at(records[0])
        for record in records:
            rows_before = rows.before(record.history_date)
            changes = row_changes(rows_before, rows_then)
            if changes:
                record.history_delta_changes = [
                    *getattr(record, "history_delta_changes", []),
                    *changes,
                ]
            rows_then = rows_before

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        record = Event.history.filter(id=object_id, history_id=version_id).first()
        if record is not None:
            rows = RowHistory(record.id).at(record)
            extra_context = {
                **(extra_context or {}),
                "rows_at_version": {
                    "participants": [row.label for row in rows["participations"].values()],
                    "citations": [row.label for row in rows["citations"].values()],
                },
            }
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        # A revert (simple-history's form, on a copy rebuilt from the history) restores the
        # participants and citations as they were, in the same transaction and history entry.
        record = historical_record(obj)
        rows = RowHistory(obj.pk).at(record) if record is not None else None
        super().save_model(request, obj, form, change)
        if rows is not None:
            restore_rows(obj, rows)

    @admin.display(description=_("Date"), ordering="start_date")
    def date(self, event):
        return event.display_date

    @admin.display(description=_("Stored illustration"))
    def illustration_preview(self, event):
        return picture_preview(event.illustration_picture)

    @admin.action(description=_("Publish the selected events"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected events"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, published):
        verb = "Published" if published else "Unpublished"
        # One save each, not one UPDATE: every change goes into the history.
        events = list(queryset.filter(published=not published))
        for event in events:
            event.published = published
            event._change_reason = f"{verb} from the list of events"
            event.save()
            self.log_change(request, event, verb)
        if not events:
            message = (
                gettext("Published 0 events: they were already published.")
                if published
                else gettext("Unpublished 0 events: they were already unpublished.")
            )
        elif published:
            message = ngettext(
                "Published %(count)d event.", "Published %(count)d events.", len(events)
            ) % {"count": len(events)}
        else:
            message = ngettext(
                "Unpublished %(count)d event.", "Unpublished %(count)d events.", len(events)
            ) % {"count": len(events)}
        self.message_user(request, message, messages.SUCCESS if events else messages.WARNING)

    @admin.action(description=_("Duplicate the selected events as drafts"), permissions=["add"])
    def duplicate(self, request, queryset):
        copies = [event.duplicate() for event in queryset]
        for copy in copies:
            self.log_addition(request, copy, "Duplicated")
        if len(copies) == 1:
            self.message_user(
                request,
                gettext("Created the unpublished copy “%(copy)s”. Edit it here, then publish it.")
                % {"copy": copies[0]},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:events_event_change", args=[copies[0].pk]))
        names = ", ".join(gettext("“%(copy)s”") % {"copy": copy} for copy in copies)
        message = ngettext(
            "Created %(count)d unpublished copy: %(names)s.",
            "Created %(count)d unpublished copies: %(names)s.",
            len(copies),
        )
        self.message_user(
            request, message % {"count": len(copies), "names": names}, messages.SUCCESS
        )
        return None


class EventRowAdmin(HistoryAdmin):
    """A row of an event's page (a participant, a citation) edited on a page of its own.

    Saving or deleting it counts as a change to its event, so that someone who has the
    event's page open cannot then overwrite it unawares (see ``VersionedModelForm``).
    """

    # The event is saved first, then the row, as on the event's own page: an event's
    # history shows each row change in the version saved just before it.

    def save_model(self, request, obj, form, change):
        self._touch_event(obj.event_id, f"{'Changed' if change else 'Added'} {self._label(obj)}")
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        self._touch_event(obj.event_id, f"Deleted {self._label(obj)}")
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for row in queryset:
            self._touch_event(row.event_id, f"Deleted {self._label(row)}")
        super().delete_queryset(request, queryset)

    def _label(self, row):
        return f"{row._meta.verbose_name} “{row}” on its own page"

    def _touch_event(self, event_id, reason):
        event = Event.objects.get(pk=event_id)
        event._change_reason = reason[:100]  # The length simple-history stores.
        event.save()


@admin.register(Participation)
class ParticipationAdmin(EventRowAdmin):
    list_display = ["person", "role", "event"]
    list_filter = [("person", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["person", "event"]
    search_fields = ["person__name", "role", "event__title"]
    autocomplete_fields = ["event", "person"]
    date_hierarchy = "event__start_date"


class SourceTitleListFilter(admin.RelatedFieldListFilter):
    """The sources by title, without loading each one's full text."""

    def field_choices(self, field, request, model_admin):
        return list(Source.objects.values_list("pk", "title"))


@admin.register(Citation)
class CitationAdmin(EventRowAdmin):
    form = CitationForm
    list_display = ["short_quote", "source", "event"]
    list_filter = [("source", SourceTitleListFilter)]
    list_select_related = ["source", "event"]
    search_fields = ["quote", "event__title", "source__title"]
    autocomplete_fields = ["event", "source"]
    date_hierarchy = "event__start_date"

    def get_queryset(self, request):
        # The list shows each source's title: not its full text, a hundred times over.
        return super().get_queryset(request).defer("source__text")

    @admin.display(description=_("Quote"), ordering="quote")
    def short_quote(self, citation):
        return citation.quote if len(citation.quote) <= 90 else citation.quote[:89] + "…"
