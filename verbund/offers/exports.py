"""Offerings as a table (CSV or XLSX): the public export of any finder search, and the rows the
back office exports with internal columns added.

Columns are labelled in the active language; texts are in ``language`` with German where the
translation is missing (the "text language" column says which). Cells a spreadsheet would read
as formulas are defused by ``verbund.core.exports``.
"""

from collections.abc import Callable, Iterable

import tablib
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import Http404, HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from verbund.core.exports import FORMATS, build_dataset, export_response
from verbund.offers.feeds import InvalidFinderQuery, finder_results, public_network
from verbund.offers.languages import SOURCE_LANGUAGE
from verbund.offers.models import LanguageRole, Offering, OfferingText
from verbund.offers.selectors import display_text

# The public export builds the whole file in memory; a search finding more must be narrowed.
EXPORT_LIMIT = 5000


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _text_language(offering, text) -> str:
    shown = text.text or text.source
    return shown.language if shown is not None else ""


def _public_columns() -> list[tuple[str, Callable]]:
    """(label, value of an offering and its display text) for the columns everyone may see."""

    def languages(role):
        def value(offering, text):
            rows = [row for row in offering.language_list if row.role == role]
            return ", ".join(sorted(str(row.get_language_display()) for row in rows))

        return value

    return [
        (_("Number"), lambda o, t: o.pk),
        (_("Title"), lambda o, t: t.title),
        (_("Summary"), lambda o, t: t.summary),
        (_("Text language"), _text_language),
        (_("Kind"), lambda o, t: o.get_kind_display()),
        (_("Course type"), lambda o, t: o.get_course_type_display()),
        (_("Entry level"), lambda o, t: o.entry_level),
        (_("Target level"), lambda o, t: o.target_level),
        (_("Provider"), lambda o, t: o.provider.name),
        (
            _("Fields of action"),
            lambda o, t: ", ".join(f.name for f in o.fields_of_action.all()),
        ),
        (_("Target groups"), lambda o, t: ", ".join(g.name for g in o.target_groups.all())),
        (_("Minimum age"), lambda o, t: o.age_min),
        (_("Maximum age"), lambda o, t: o.age_max),
        (_("Starts on"), lambda o, t: o.starts_on),
        (_("Ends on"), lambda o, t: o.ends_on),
        (_("Schedule"), lambda o, t: o.get_schedule_form_display()),
        (_("Hours per week"), lambda o, t: o.hours_per_week),
        (_("Dates and times"), lambda o, t: t.schedule_note),
        (_("Languages of instruction"), languages(LanguageRole.INSTRUCTION)),
        (_("Languages of support"), languages(LanguageRole.SUPPORT)),
        (_("Online"), lambda o, t: _yes_no(o.is_online)),
        (_("Venue"), lambda o, t: o.venue),
        (_("Street and number"), lambda o, t: o.street),
        (_("Postal code"), lambda o, t: o.postal_code),
        (_("City"), lambda o, t: o.city),
        (_("District"), lambda o, t: o.district),
        (_("Latitude"), lambda o, t: o.latitude),
        (_("Longitude"), lambda o, t: o.longitude),
        (_("Free of charge"), lambda o, t: _yes_no(o.is_free)),
        (_("Fee in euros"), lambda o, t: o.fee),
        (_("Childcare"), lambda o, t: _yes_no(o.childcare)),
        (_("Wheelchair accessible"), lambda o, t: _yes_no(o.wheelchair_accessible)),
        (_("How to register"), lambda o, t: t.registration_note),
        (_("Registration page"), lambda o, t: o.registration_url),
        (_("Registration e-mail"), lambda o, t: o.registration_email),
        (_("Registration phone"), lambda o, t: o.registration_phone),
    ]


def _internal_columns() -> list[tuple[str, Callable]]:
    def contact(offering, text):
        person = offering.contact
        if person is None:
            return ""
        return " ".join(part for part in (person.first_name, person.last_name) if part)

    return [
        (_("Status"), lambda o, t: o.get_status_display()),
        (_("Publish from"), lambda o, t: _naive(o.publish_from)),
        (_("Publish until"), lambda o, t: _naive(o.publish_until)),
        (_("Places"), lambda o, t: o.capacity),
        (_("Minimum size"), lambda o, t: o.minimum_size),
        (_("Contact person"), contact),
        (_("Project"), lambda o, t: o.project.title if o.project else ""),
        (_("Funding programme"), lambda o, t: o.programme.name if o.programme else ""),
        (_("External key"), lambda o, t: o.external_id),
        (
            _("Translations"),
            lambda o, t: ", ".join(sorted(row.language for row in o.text_language_rows)),
        ),
        (_("Last changed"), lambda o, t: _naive(o.updated_at)),
    ]


def _naive(moment):
    # Spreadsheets have no time zones: local time, as the back office shows it.
    if moment is None:
        return None
    return timezone.localtime(moment).replace(tzinfo=None)


def _prefetched(offerings, language: str, include_internal: bool) -> Iterable[Offering]:
    lookups = [
        Prefetch(
            "texts",
            queryset=OfferingText.objects.filter(language__in={language, SOURCE_LANGUAGE}).defer(
                "search_document"
            ),
            to_attr="display_texts",
        ),
        Prefetch("languages", to_attr="language_list"),
        "fields_of_action",
        "target_groups",
    ]
    related = ["provider"]
    if include_internal:
        related += ["contact", "project", "programme"]
        lookups.append(
            Prefetch(
                "texts",
                queryset=OfferingText.objects.only("id", "offering_id", "language"),
                to_attr="text_language_rows",
            )
        )
    if isinstance(offerings, QuerySet):
        # The caller's own prefetches (texts in another language) would clash with ours.
        return offerings.select_related(*related).prefetch_related(None).prefetch_related(*lookups)
    offerings = list(offerings)
    for offering in offerings:
        for attr in ("display_texts", "language_list", "text_language_rows"):
            offering.__dict__.pop(attr, None)
    prefetch_related_objects(offerings, *related, *lookups)
    return offerings


def offering_table(
    offerings,
    *,
    language: str = SOURCE_LANGUAGE,
    include_internal: bool,
    link: Callable[[Offering], str] | None = None,
) -> tuple[list[str], list[list]]:
    """Headers and rows of ``offerings`` (a queryset or a list), read in a fixed number of
    queries. ``link`` gives an offering's public address for a last column."""
    columns = _public_columns()
    if include_internal:
        columns += _internal_columns()
    headers = [label for label, _value in columns]
    if link is not None:
        headers.append(_("Link to the offering"))
    rows = []
    for offering in _prefetched(offerings, language, include_internal):
        text = display_text(offering, language)
        row = [value(offering, text) for _label, value in columns]
        if link is not None:
            row.append(link(offering))
        rows.append(row)
    return headers, rows


def offerings_dataset(
    offerings,
    *,
    language: str = SOURCE_LANGUAGE,
    include_internal: bool,
    link: Callable[[Offering], str] | None = None,
) -> tablib.Dataset:
    """``offerings`` as a table with formula cells defused; internal columns (status, places,
    publication window, contact, project…) only with ``include_internal``."""
    headers, rows = offering_table(
        offerings, language=language, include_internal=include_internal, link=link
    )
    return build_dataset(_("Offerings"), headers, rows)


@require_safe
def offering_export(request, network, fmt):
    """The offerings a finder search finds, as CSV or XLSX, with the finder's parameters."""
    network = public_network(network)
    if fmt not in FORMATS:
        raise Http404
    language = translation.get_language()
    try:
        offerings = finder_results(request, network, language)
    except InvalidFinderQuery as error:
        return error.response()
    found = list(offerings[: EXPORT_LIMIT + 1])
    if len(found) > EXPORT_LIMIT:
        message = ngettext(
            "The search finds more than %(count)d offering. Narrow it to export.",
            "The search finds more than %(count)d offerings. Narrow it to export.",
            EXPORT_LIMIT,
        ) % {"count": EXPORT_LIMIT}
        return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")

    def link(offering):
        return request.build_absolute_uri(
            reverse(
                "public:offering_detail",
                kwargs={"network": network.slug, "offering": offering.pk},
            )
        )

    headers, rows = offering_table(found, language=language, include_internal=False, link=link)
    title = _("Offerings %(network)s") % {"network": network.short_name or network.name}
    return export_response(title=title, headers=headers, rows=rows, fmt=fmt)
