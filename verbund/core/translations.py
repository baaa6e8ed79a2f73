"""Public content written in German and translated into the public pages' languages.

One row per language (Integreat CMS's pattern): ``version`` counts the saves of a row. On the
German source, ``source_version`` counts its major edits; a translation's ``source_version`` is the
German major version it was made from, so it is outdated exactly when that is below the German
row's. A minor edit of the German text (a typo fix) outdates nothing. Offerings and events keep
their texts this way; each subclass adds the fields it translates and a key to what it describes.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from verbund.core.errors import DomainError
from verbund.core.services import apply_changes

SOURCE_LANGUAGE = "de"


def content_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translation_languages() -> list[str]:
    """Languages a German text is translated into."""
    return [code for code in content_languages() if code != SOURCE_LANGUAGE]


class TranslationState(models.TextChoices):
    MISSING = "missing", gettext_lazy("missing")
    OUTDATED = "outdated", gettext_lazy("outdated")
    MACHINE = "machine", gettext_lazy("machine-translated, not yet checked")
    UP_TO_DATE = "up_to_date", gettext_lazy("up to date")


class ContentText(models.Model):
    """A text in one language; subclasses name ``TRANSLATED_FIELDS`` and add them as fields."""

    TRANSLATED_FIELDS: tuple[str, ...] = ()

    language = models.CharField(gettext_lazy("language"), max_length=10)
    version = models.PositiveIntegerField(default=1)
    source_version = models.PositiveIntegerField(default=1)
    minor_edit = models.BooleanField(
        gettext_lazy("minor edit"),
        default=False,
        help_text=gettext_lazy("A typo fix or similar: translations stay up to date."),
    )
    machine_translated = models.BooleanField(gettext_lazy("machine-translated"), default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def is_source(self) -> bool:
        return self.language == SOURCE_LANGUAGE

    def state_against(self, source: "ContentText | None") -> str:
        if self.is_source:
            return TranslationState.UP_TO_DATE
        if source is not None and self.source_version < source.source_version:
            return TranslationState.OUTDATED
        if self.machine_translated:
            return TranslationState.MACHINE
        return TranslationState.UP_TO_DATE


def save_text(
    *,
    actor,
    rows,
    new_row,
    language: str,
    text: dict,
    validate,
    minor_edit: bool = False,
    machine_translated: bool = False,
):
    """Write a text in ``language`` by the rules above, inside the caller's transaction (which
    has locked the described object). ``rows`` is the queryset of the object's text rows,
    ``new_row(language)`` an unsaved row for a first save, ``validate(row)`` checks a row.

    Returns ``(row, changed_fields)``; ``changed_fields`` is ``None`` when nothing was saved.
    A person's save counts as checked; only the machine-translation service saves unchecked text.
    """
    if language not in content_languages():
        raise DomainError(_("Texts can be written only in the languages of the public pages."))
    row = rows.select_for_update().filter(language=language).first()
    source = None
    if language != SOURCE_LANGUAGE:
        source = rows.filter(language=SOURCE_LANGUAGE).first()
        if source is None:
            raise DomainError(_("Write the German text first; translations are made from it."))
    is_new = row is None
    if is_new:
        row = new_row(language)
        row.version = row.source_version = 0
    changed, _many = apply_changes(row, text, allowed=type(row).TRANSLATED_FIELDS)
    validate(row)
    # A person saving an outdated or machine-made translation unchanged vouches that it still
    # fits the German text: that is a save too, which brings it up to date.
    confirms = not machine_translated and (
        row.machine_translated
        or (source is not None and row.source_version < source.source_version)
    )
    if not changed and not is_new and not confirms:
        return row, None
    author = actor if getattr(actor, "is_authenticated", False) else None
    row.version += 1
    row.minor_edit = minor_edit and not is_new
    if language == SOURCE_LANGUAGE:
        if not row.minor_edit:
            row.source_version += 1
    else:
        row.source_version = source.source_version
    row.machine_translated = machine_translated
    row.approved_by = None if machine_translated else author
    row.updated_by = author
    row.save()
    return row, changed


def approve_text(*, actor, rows, language: str):
    """A person checked a machine translation in ``language`` and vouches for it as it is."""
    row = rows.select_for_update().filter(language=language).first()
    if row is None or not row.machine_translated:
        raise DomainError(_("There is no machine translation waiting for approval here."))
    row.machine_translated = False
    row.approved_by = actor
    row.save(update_fields=["machine_translated", "approved_by", "updated_at"])
    return row


def delete_text(*, rows, language: str) -> bool:
    """Remove a translation; the German source stays. True if there was one."""
    if language == SOURCE_LANGUAGE:
        raise DomainError(_("The German text is the source and cannot be removed."))
    deleted, _rows = rows.filter(language=language).delete()
    return bool(deleted)
