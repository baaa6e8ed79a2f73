"""View plumbing shared by the back office's apps."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.views.generic import FormView

from verbund.core.errors import DomainError

PAGE_SIZE = 50


def paginate(request, items, per_page=PAGE_SIZE):
    """The page of ``items`` the address asks for, and the address's other parameters (a list's
    filters) as a query string, so that links to other pages keep the filters."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()


def add_service_errors(form, error: Exception) -> None:
    """Show a service's refusal on the form: field errors at their fields, the rest on top."""
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages if isinstance(error, ValidationError) else str(error))


class ServiceFormView(FormView):
    """A form whose valid data goes to a service (``perform``); the service may still refuse it,
    and then the form is shown again with the refusal and nothing changed."""

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.result = self.perform(form)
        except (ValidationError, DomainError) as error:
            add_service_errors(form, error)
            return self.form_invalid(form)
        message = self.get_success_message()
        if message:
            messages.success(self.request, message)
        return redirect(self.get_success_url())

    def get_success_message(self) -> str:
        return ""


class ObjectsInContextMixin:
    """TemplateView hands the address's arguments (a slug, ids) to the context; the pages want
    the objects they name, which the permission mixins resolved before."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())
