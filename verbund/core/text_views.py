"""Back-office pages of content texts per language, shared by the apps whose public content has a
German source and translations (offerings, events): the state of each language as a badge, one
language's text written beside the German source with what changed in German since, approving a
machine translation and removing a translation.

The page that writes a described object's fields and its German text together
(``FieldsAndTextFormMixin``) lives here too.

An app describes its kind of text once (``ContentTexts``: the row model, its services and
selectors) and mixes the views below into its own office views, which resolve the described
object, the language in the address and the permissions first; the services do the writing.
"""

import copy
from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext

from verbund.core.errors import DomainError
from verbund.core.languages import language_name
from verbund.core.translations import SOURCE_LANGUAGE, TranslationState, content_languages
from verbund.core.views import add_service_errors

# Badge colour and a sign per translation state: the sign tells the states apart without colour.
STATE_STYLE = {
    TranslationState.MISSING: ("text-bg-light border", "–"),
    TranslationState.OUTDATED: ("text-bg-warning", "!"),
    TranslationState.MACHINE: ("text-bg-info", "≈"),
    TranslationState.UP_TO_DATE: ("text-bg-success", "✓"),
}


def detached(instance):
    """A copy for a ModelForm, which sets the posted values on its instance while validating:
    the page around an invalid form keeps showing what is stored."""
    return copy.copy(instance)


def state_badge(code: str, state: str) -> dict:
    """What ``core/_translation_state_badge.html`` needs to show a language's state."""
    css, sign = STATE_STYLE[state]
    return {
        "code": code,
        "short": code.split("-")[0].upper() + ("+" if "-" in code else ""),
        "language": language_name(code),
        "state": state,
        "label": TranslationState(state).label,
        "css": css,
        "sign": sign,
    }


def state_badges(states) -> list[dict]:
    """Badges for (language, state) pairs, as a list shows them."""
    return [state_badge(code, state) for code, state in states]


def text_state(text, source) -> str:
    """The state of the text in one language (``None``: not written) against the German."""
    if text is None:
        return TranslationState.MISSING
    return text.state_against(source)


def text_rows(texts: dict, *, url: Callable[[str, str], str]) -> list[dict]:
    """Per content language: its text (if any), its state against the German source, and the
    addresses of its pages (``url(action, language)``) for ``core/_translation_states.html``."""
    source = texts.get(SOURCE_LANGUAGE)
    rows = []
    for code in content_languages():
        text = texts.get(code)
        state = text_state(text, source)
        rows.append(
            {
                "code": code,
                "language": language_name(code),
                "is_source": code == SOURCE_LANGUAGE,
                "text": text,
                "badge": state_badge(code, state),
                "edit_url": url("edit", code),
                "approve_url": url("approve", code) if state == TranslationState.MACHINE else "",
            }
        )
    return rows


@dataclass(frozen=True)
class ContentTexts:
    """One app's kind of text, for the views below.

    ``described`` names the described object: the attribute the app's office views resolve it
    to, the keyword of its services, of its addresses and the prefix of their names
    (``office:<described>_text_edit``, ``_approve``, ``_delete``). The services are called with
    ``actor``, the described object and ``language``; ``save`` also with ``text`` and
    ``minor_edit``.
    """

    model: type
    described: str
    save: Callable
    approve: Callable
    delete: Callable
    by_language: Callable  # (described) -> {language: text}
    changes_since: Callable  # (described, translation) -> German fields changed since


class TextsMixin:
    """Office views that link to the text pages of the described object; ``content`` is the
    app's ``ContentTexts``. The app's view gives ``self.network``, the described object and
    ``url(name, **kwargs)``."""

    content: ContentTexts

    @property
    def described(self):
        return getattr(self, self.content.described)

    def text_url(self, action: str, language: str) -> str:
        name = f"{self.content.described}_text_{action}"
        return self.url(name, **{self.content.described: self.described.pk, "language": language})

    def text_rows(self, texts: dict) -> list[dict]:
        return text_rows(texts, url=self.text_url)


class TextPageMixin(TextsMixin):
    """A page of one language's text (``self.language``); the app's view also gives
    ``texts_url()``, the described object's page at its texts."""

    def call_service(self, service, **kwargs):
        return service(
            actor=self.request.user,
            language=self.language,
            **{self.content.described: self.described},
            **kwargs,
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            language=self.language, language_name=language_name(self.language), **kwargs
        )

    def get_success_url(self):
        return self.texts_url()


class TextEditMixin(TextPageMixin):
    """One language's texts beside the German source they are made from; the app's view is a
    service form view with the app's text form as ``form_class``."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self._texts = None

    @property
    def texts(self) -> dict:
        if self._texts is None:
            self._texts = self.content.by_language(self.described)
        return self._texts

    @property
    def is_source(self) -> bool:
        return self.language == SOURCE_LANGUAGE

    def get_heading(self):
        if self.is_source:
            return gettext("German text (source)")
        return gettext("Translation into %(language)s") % {"language": language_name(self.language)}

    def get_form_kwargs(self):
        existing = self.texts.get(self.language)
        model = self.content.model
        return {
            **super().get_form_kwargs(),
            "instance": detached(existing)
            if existing
            else model(**{self.content.described: self.described, "language": self.language}),
            "language": self.language,
            "offer_minor_edit": self.is_source and existing is not None,
        }

    def get_context_data(self, **kwargs):
        text = self.texts.get(self.language)
        source = self.texts.get(SOURCE_LANGUAGE)
        model = self.content.model
        state = None
        changed = []
        if not self.is_source:
            state = text_state(text, source)
            if state == TranslationState.OUTDATED:
                changed = self.content.changes_since(self.described, text)
        source_fields = (
            [
                (name, model._meta.get_field(name).verbose_name, getattr(source, name))
                for name in model.TRANSLATED_FIELDS
            ]
            if source and not self.is_source
            else []
        )
        return super().get_context_data(
            text=text,
            source=source,
            source_fields=source_fields,
            is_source=self.is_source,
            state=state,
            badge=state_badge(self.language, state) if state else None,
            changed_fields=changed,
            changed_labels=[model._meta.get_field(name).verbose_name for name in changed],
            approve_url=self.text_url("approve", self.language),
            delete_url=self.text_url("delete", self.language),
            # The page is open only to those who may change the texts.
            can_change=True,
            **kwargs,
        )

    def perform(self, form):
        return self.call_service(
            self.content.save,
            text=form.text_data(),
            minor_edit=form.cleaned_data.get("minor_edit", False),
        )

    def get_success_message(self):
        return gettext("The text in %(language)s was saved.") % {
            "language": language_name(self.language)
        }


class TextApproveMixin(TextPageMixin):
    """Confirm that a machine translation may be shown as it is; the app's view is a confirm
    view."""

    def get_heading(self):
        return gettext("Approve the machine translation")

    def get_question(self):
        return gettext(
            "You checked the machine translation into %(language)s of “%(title)s” and it "
            "may be shown as it is?"
        ) % {"language": language_name(self.language), "title": self.described.title}

    def get_submit_label(self):
        return gettext("Approve")

    def perform(self, form):
        return self.call_service(self.content.approve)

    def get_success_message(self):
        return gettext("The translation into %(language)s is approved.") % {
            "language": language_name(self.language)
        }


class TextDeleteMixin(TextPageMixin):
    """Remove a translation; readers of its language then see the German text."""

    danger = True

    def check_access(self) -> None:
        super().check_access()
        if self.language == SOURCE_LANGUAGE:
            # The German text is the source: there is no page to remove it.
            raise Http404

    def get_heading(self):
        return gettext("Remove translation")

    def get_question(self):
        return gettext(
            "Remove the translation into %(language)s of “%(title)s”? Readers of that "
            "language then see the German text."
        ) % {"language": language_name(self.language), "title": self.described.title}

    def get_submit_label(self):
        return gettext("Remove the translation")

    def perform(self, form):
        self.call_service(self.content.delete)

    def get_success_message(self):
        return gettext("The translation into %(language)s was removed.") % {
            "language": language_name(self.language)
        }


class FieldsAndTextFormMixin(metaclass=ABCMeta):
    """The described object's fields and its German text on one page
    (``core/_fields_and_text_form.html``), saved together or not at all; mixed into the app's
    template view."""

    @abstractmethod
    def get_forms(self):
        """The object's form and the German text form, bound on POST."""

    @abstractmethod
    def perform(self, form, text_form):
        """Save both forms through the services; returns the object."""

    @abstractmethod
    def get_success_message(self) -> str: ...

    @abstractmethod
    def get_success_url(self) -> str:
        """Where to go once saved (``self.result`` is the saved object)."""

    def get(self, request, *args, **kwargs):
        form, text_form = self.get_forms()
        return self.render_to_response(self.get_context_data(form=form, text_form=text_form))

    def post(self, request, *args, **kwargs):
        form, text_form = self.get_forms()
        if form.is_valid() and text_form.is_valid():
            try:
                self.result = self.perform(form, text_form)
            except (ValidationError, DomainError) as error:
                self.show_refusal(form, text_form, error)
            else:
                messages.success(request, self.get_success_message())
                return redirect(self.get_success_url())
        return self.render_to_response(self.get_context_data(form=form, text_form=text_form))

    @staticmethod
    def show_refusal(form, text_form, error):
        """Field errors at their field, on whichever of the two forms holds it."""
        if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            for name, errors in error.error_dict.items():
                target = text_form if name in text_form.fields else form
                target.add_error(name if name in target.fields else None, errors)
        else:
            add_service_errors(form, error)
