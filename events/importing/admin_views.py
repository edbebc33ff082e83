"""The admin's "Import an article": the article form, then the review of every proposal.

Nothing is written until the review is saved. Between the two pages the article and
its proposals travel in a signed token, so the review saves exactly what the editor
was shown, whatever has been edited elsewhere meanwhile, and cannot be tampered with.
"""

from datetime import date

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext

from events.dates import PartialDate
from events.kinds import BY_PARAM
from events.models import Person
from events.reader import PARAGRAPH_BREAK

from .entities import Gazetteer
from .forms import ImportArticleForm, ProposalForm
from .proposals import (
    ENTITY_LISTS,
    proposal_from_json,
    proposal_to_json,
    propose,
    why_nothing_was_proposed,
)
from .reading import TextFormat, propose_publication_date
from .saving import Action, Article, DuplicateSourceError, save_import

TOKEN_SALT = "events.importing.review"
TOKEN_MAX_AGE = 24 * 60 * 60  # a review left open for a day is read again from the start
REQUIRED_PERMISSIONS = ["events.add_source", "events.add_event", "events.add_citation"]


def _check_permissions(request):
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied


def import_article_view(model_admin, request):
    """The article form; once it is complete, the review of its proposals."""
    _check_permissions(request)
    form = ImportArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if form.needs_confirmation():
            return _confirm_publication_date(model_admin, request, data)
        article = Article(
            text=data["text"],
            title=data["title"],
            publisher=data["publisher"],
            published=data["published"],
            published_note=data["published_note"] or "Confirmed by the editor at import.",
            url=data["url"],
            language=data["language"],
        )
        # The notes on each proposal's date are stored with its event: in the language of
        # the site's content, whatever the editor's.
        with translation.override(settings.LANGUAGE_CODE):
            proposals = propose(
                article.text,
                article.published,
                Gazetteer.from_database(),
                language=article.language,
                title=article.title,
            )
        token = signing.dumps(
            {
                "article": _article_to_json(article),
                "proposals": [proposal_to_json(p) for p in proposals],
            },
            salt=TOKEN_SALT,
            compress=True,
        )
        return _review(model_admin, request, article, proposals, token)
    return _article_page(model_admin, request, form, status=400 if form.errors else 200)


def _confirm_publication_date(model_admin, request, data):
    """The form again with the text as read and a proposed publication date to confirm."""
    proposal = propose_publication_date(data["text"])
    # The text as read: Markdown already reduced to its text is plain text now.
    initial = {key: value for key, value in data.items() if key != "upload"}
    initial["text_format"] = TextFormat.PLAIN
    form = ImportArticleForm(initial=initial)
    if proposal is None:
        form = ImportArticleForm(data={**initial, "published": ""})
        form.is_valid()
        form.add_error(
            "published",
            gettext("No dateline or date line with a year was found: enter the date."),
        )
        return _article_page(model_admin, request, form, status=400)
    form.initial["published"], form.initial["published_note"] = proposal
    messages.info(
        request,
        gettext(
            "The publication date %(date)s was proposed from the text (%(note)s). Check it, "
            "then continue."
        )
        % {"date": PartialDate(proposal[0]).display, "note": proposal[1]},
    )
    return _article_page(model_admin, request, form, status=200)


def _article_page(model_admin, request, form, status):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": gettext("Import an article"),
        "form": form,
    }
    return TemplateResponse(request, "admin/events/import_article.html", context, status=status)


def review_view(model_admin, request):
    """Save the editor's decisions on each proposal, or show the review again with errors."""
    _check_permissions(request)
    if request.method != "POST":
        return HttpResponseRedirect(reverse("admin:events_source_import"))
    try:
        payload = signing.loads(
            request.POST.get("token", ""), salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE
        )
        article = _article_from_json(payload["article"])
        proposals = [proposal_from_json(data) for data in payload["proposals"]]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return HttpResponseBadRequest(
            gettext(
                "This review could not be read: it is older than a day or was altered. "
                "Import the article again."
            )
        )
    token = request.POST["token"]
    bulk = request.POST.get("bulk", "")
    forms = _proposal_forms(proposals, request.POST)
    if bulk == "reject-all":
        decisions = []
    elif all(form.is_valid() for form in forms):
        # "Accept all" takes every proposal as edited, each on its proposed event if any.
        decisions = [
            form.decision(None if bulk != "accept-all" else _accepted(form)) for form in forms
        ]
    else:
        messages.error(request, gettext("Some proposals need correcting: see the messages below."))
        return _review(model_admin, request, article, proposals, token, forms, status=400)
    try:
        result = save_import(article, decisions)
    except DuplicateSourceError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(reverse("admin:events_source_change", args=[error.source.pk]))
    model_admin.log_addition(request, result.source, "Imported an article")
    messages.success(request, _summary(result))
    return HttpResponseRedirect(reverse("admin:events_source_change", args=[result.source.pk]))


def _accepted(form):
    return Action.CITE if form.cleaned_data.get("event") else Action.CREATE


def _summary(result):
    """What was saved, one count a clause, each worded for its number."""
    created = len(result.created)
    links = format_html_join(
        ", ",
        '<a href="{}">{}</a>',
        ((reverse("admin:events_event_change", args=[e.pk]), e.title) for e in result.created),
    )
    counts = [
        ngettext("%(count)d draft event created", "%(count)d draft events created", created)
        % {"count": created},
        ngettext(
            "%(count)d passage added to existing events",
            "%(count)d passages added to existing events",
            len(result.cited),
        )
        % {"count": len(result.cited)},
        ngettext(
            "%(count)d to the drafts they repeat",
            "%(count)d to the drafts they repeat",
            result.merged,
        )
        % {"count": result.merged},
        ngettext("%(count)d new record", "%(count)d new records", len(result.new_records))
        % {"count": len(result.new_records)},
        ngettext("%(count)d proposal rejected", "%(count)d proposals rejected", result.rejected)
        % {"count": result.rejected},
    ]
    return format_html(
        gettext("Imported “{title}”: {created}{links}, {others}. Nothing was published."),
        title=result.source.title,
        created=counts[0],
        links=format_html(": {}", links) if created else "",
        others=", ".join(counts[1:]),
    )


def _proposal_forms(proposals, data=None):
    names = _record_names(proposals)
    return [
        ProposalForm(data, prefix=f"p{index}", proposal=proposal, record_names=names)
        for index, proposal in enumerate(proposals)
    ]


def _record_names(proposals):
    """Each linked or candidate record's label, by (kind, slug): one query per kind."""
    wanted = {kind: set() for kind in ENTITY_LISTS}
    for proposal in proposals:
        for mention in proposal.mentions:
            wanted[mention.kind].update(filter(None, [mention.slug, *mention.candidates]))
    names = {}
    for kind, slugs in wanted.items():
        if slugs:
            model = BY_PARAM[kind].model
            fields = ["slug", "name", "role"] if model is Person else ["slug", "name"]
            for row in model.objects.filter(slug__in=slugs).values(*fields):
                role = f" ({row['role']})" if row.get("role") else ""
                names[kind, row["slug"]] = f"{row['name']}{role}"
    return names


def _review(model_admin, request, article, proposals, token, forms=None, status=200):
    forms = forms or _proposal_forms(proposals)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": gettext("Review the proposals from “%(title)s”") % {"title": article.title},
        "article": article,
        "token": token,
        "reviews": [(form, _in_context(article.text, form.proposal)) for form in forms],
        "nothing_proposed": "" if proposals else why_nothing_was_proposed(article.text),
    }
    return TemplateResponse(request, "admin/events/import_review.html", context, status=status)


def _in_context(text, proposal):
    """The proposal's paragraph, cut around its sentence: (before, sentence, after)."""
    start = max((m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, proposal.start)), default=0)
    following = PARAGRAPH_BREAK.search(text, proposal.end)
    end = following.start() if following else len(text)
    return text[start : proposal.start], proposal.quote, text[proposal.end : end]


def _article_to_json(article):
    return {**vars(article), "published": article.published.isoformat()}


def _article_from_json(data):
    return Article(**{**data, "published": date.fromisoformat(data["published"])})
