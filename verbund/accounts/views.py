"""Back-office pages of accounts: the user's profile, an organisation's staff, the coordinators.

Thin views: forms check the input, services in ``services.py`` change state, a ``DomainError``
is shown on the page it came from and changes nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from verbund.accounts import selectors, services
from verbund.accounts.access import has_permission
from verbund.accounts.forms import (
    CoordinatorAppointForm,
    ProfileForm,
    RoleChangeForm,
    StaffAddForm,
)
from verbund.accounts.mixins import NetworkPermissionMixin, OrganisationPermissionMixin
from verbund.accounts.models import NetworkRole, NetworkRoleName, OrganisationRole, User
from verbund.core.errors import DomainError
from verbund.core.forms import ConfirmForm
from verbund.core.slots import Section


def apply_language(response, language: str):
    """Speak ``language`` from this response on: activate it and remember it in the cookie.

    Django's LocaleMiddleware reads the language cookie on every request, so this is how a
    user's preferred language outlives the request that chose it.
    """
    if language not in settings.OFFICE_LANGUAGES:
        return response
    translation.activate(language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def language_on_login(sender, request, response, user, **kwargs):
    """Receiver of allauth's ``user_logged_in``: the UI switches to the user's language."""
    apply_language(response, user.language)


def _base_url(request) -> str:
    return request.build_absolute_uri("/")


# --- profile ------------------------------------------------------------------------------


class ProfileMixin(LoginRequiredMixin):
    template_name = "accounts/profile.html"

    def profile_context(self, **kwargs):
        user = self.request.user
        kwargs.setdefault("form", ProfileForm(instance=user))
        kwargs.setdefault("token_form", ConfirmForm())
        kwargs.setdefault("revoke_form", ConfirmForm())
        return {
            **selectors.roles_of(user),
            "has_totp": selectors.has_totp(user),
            "token": selectors.api_token_of(user),
            **kwargs,
        }

    def render_profile(self, **kwargs):
        return render(self.request, self.template_name, self.profile_context(**kwargs))


class ProfileView(ProfileMixin, View):
    def get(self, request):
        return self.render_profile()

    def post(self, request):
        # Bind to a copy: a rejected form must not leave half-changed values on request.user.
        user = User.objects.get(pk=request.user.pk)
        form = ProfileForm(request.POST, instance=user)
        if not form.is_valid():
            return self.render_profile(form=form)
        try:
            services.user_profile_update(
                actor=request.user,
                user=request.user,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                language=form.cleaned_data["language"],
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.render_profile(form=form)
        response = HttpResponseRedirect(reverse("office:profile"))
        apply_language(response, request.user.language)
        messages.success(request, gettext("Your profile was saved."))
        return response


class TokenCreateView(ProfileMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return self.render_profile(token_form=form)
        token = services.api_token_create(actor=request.user, user=request.user)
        # Shown in this response only; afterwards the page says that a token exists, not which.
        return self.render_profile(new_token_key=token.key, token=token)


class TokenRevokeView(ProfileMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return self.render_profile(revoke_form=form)
        if services.api_token_revoke(actor=request.user, user=request.user):
            messages.success(request, gettext("Your API token was revoked."))
        return redirect("office:profile")


# --- staff of an organisation ---------------------------------------------------------------


class StaffMixin(OrganisationPermissionMixin):
    organisation_permission = "accounts.staff:manage"

    def get_role(self) -> OrganisationRole:
        return get_object_or_404(
            OrganisationRole.objects.select_related("user", "organisation"),
            organisation=self.organisation,
            pk=self.kwargs["role"],
        )

    def staff_list_url(self):
        return reverse("office:staff_list", args=[self.network.slug, self.organisation.pk])


class StaffListView(StaffMixin, TemplateView):
    template_name = "accounts/staff_list.html"

    def get_context_data(self, **kwargs):
        # TemplateView passes the URL's kwargs (the slug, the id) as context: use the objects.
        kwargs.update(network=self.network, organisation=self.organisation)
        return super().get_context_data(
            staff=selectors.organisation_staff(self.organisation), **kwargs
        )


class StaffAddView(StaffMixin, FormView):
    template_name = "accounts/staff_add.html"
    form_class = StaffAddForm

    def form_valid(self, form):
        try:
            grant = services.staff_add(
                actor=self.request.user,
                network=self.network,
                organisation=self.organisation,
                base_url=_base_url(self.request),
                **form.cleaned_data,
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("%(person)s now holds the role “%(role)s”.")
            % {"person": grant.user, "role": grant.get_role_display()},
        )
        return redirect(self.staff_list_url())


class RoleFromUrlMixin:
    """``self.role`` is the role named in the URL, fetched after the permission checks.

    So a person without the permission gets 403 whatever role id they try, and one with it a
    404 for a role outside the organisation or network of the URL.
    """

    def get_role(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        self.role = self.get_role()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.role = self.get_role()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(role=self.role, **kwargs)


class StaffRoleChangeView(StaffMixin, RoleFromUrlMixin, FormView):
    template_name = "accounts/staff_role_change.html"
    form_class = RoleChangeForm

    def get_initial(self):
        return {"role": self.role.role}

    def form_valid(self, form):
        try:
            services.staff_role_change(
                actor=self.request.user,
                network=self.network,
                role=self.role,
                new_role=form.cleaned_data["role"],
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        messages.success(self.request, gettext("The role was changed."))
        return redirect(self.staff_list_url())


class StaffRoleRemoveView(StaffMixin, RoleFromUrlMixin, FormView):
    template_name = "accounts/staff_role_remove.html"
    form_class = ConfirmForm

    def form_valid(self, form):
        try:
            services.staff_role_remove(
                actor=self.request.user, network=self.network, role=self.role
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        messages.success(self.request, gettext("The role was removed."))
        if not self.can(self.organisation_permission, self.organisation):
            # The actor gave up their own right to manage this organisation's staff.
            return redirect("office:profile")
        return redirect(self.staff_list_url())


# --- coordinators of a network --------------------------------------------------------------


class CoordinatorMixin(NetworkPermissionMixin):
    permission = "accounts.coordinators:manage"

    def coordinator_list_url(self):
        return reverse("office:coordinator_list", args=[self.network.slug])


class CoordinatorListView(CoordinatorMixin, TemplateView):
    template_name = "accounts/coordinator_list.html"

    def get_context_data(self, **kwargs):
        # TemplateView passes the URL's kwargs (the slug) as context: use the object.
        kwargs["network"] = self.network
        return super().get_context_data(
            coordinators=selectors.network_coordinators(self.network), **kwargs
        )


class CoordinatorAddView(CoordinatorMixin, FormView):
    template_name = "accounts/coordinator_add.html"
    form_class = CoordinatorAppointForm

    def form_valid(self, form):
        try:
            grant = services.coordinator_appoint(
                actor=self.request.user,
                network=self.network,
                base_url=_base_url(self.request),
                **form.cleaned_data,
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("%(person)s is now a coordinator of the network.") % {"person": grant.user},
        )
        return redirect(self.coordinator_list_url())


class CoordinatorRemoveView(CoordinatorMixin, RoleFromUrlMixin, FormView):
    template_name = "accounts/coordinator_remove.html"
    form_class = ConfirmForm

    def get_role(self):
        return get_object_or_404(
            NetworkRole.objects.select_related("user"),
            network=self.network,
            role=NetworkRoleName.COORDINATOR,
            pk=self.kwargs["role"],
        )

    def form_valid(self, form):
        try:
            services.coordinator_remove(
                actor=self.request.user, network=self.network, role=self.role
            )
        except DomainError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        messages.success(self.request, gettext("The coordinator was removed."))
        if not self.can(self.permission):
            return redirect("office:network", network=self.network.slug)
        return redirect(self.coordinator_list_url())


# --- sections on the registry's pages (see verbund/core/slots.py) ---------------------------


def staff_section(*, request, network, organisation):
    if not has_permission(
        request.user, StaffMixin.organisation_permission, network=network, organisation=organisation
    ):
        return None
    return Section(
        title=gettext("Staff"),
        template="accounts/_section_staff.html",
        context={"network": network, "organisation": organisation},
    )


def coordinators_section(*, request, network):
    if not has_permission(request.user, CoordinatorMixin.permission, network=network):
        return None
    return Section(
        title=gettext("Coordinators"),
        template="accounts/_section_coordinators.html",
        context={"network": network},
    )
