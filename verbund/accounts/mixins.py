"""View mixins that fetch through the tenant and ask the permission registry.

Every back-office view names its permission; the mixins turn "another network" into 404 and
"this network, but not your role" into 403, before the view's own code runs.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from verbund.accounts.access import get_network_for_user, has_permission
from verbund.network.models import Organisation


class NetworkPermissionMixin(LoginRequiredMixin):
    """The view belongs to ``/office/<network>/…``; ``permission`` is a network permission."""

    permission = "network.registry:view"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.network = get_network_for_user(request.user, kwargs["network"])
        if self.permission and not has_permission(
            request.user, self.permission, network=self.network
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def can(self, permission, organisation=None):
        return has_permission(
            self.request.user, permission, network=self.network, organisation=organisation
        )

    def get_context_data(self, **kwargs):
        kwargs["network"] = self.network
        return super().get_context_data(**kwargs)


class OrganisationPermissionMixin(NetworkPermissionMixin):
    """The view acts on one organisation of the network (``<organisation>`` in the URL).

    ``organisation_permission`` is checked on that organisation; an organisation that never
    belonged to the network is a 404.
    """

    organisation_permission: str | None = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.network = get_network_for_user(request.user, kwargs["network"])
        self.organisation = get_object_or_404(
            Organisation.objects.filter(memberships__network=self.network).distinct(),
            pk=kwargs["organisation"],
        )
        if self.permission and not self.can(self.permission):
            raise PermissionDenied
        if self.organisation_permission and not self.can(
            self.organisation_permission, self.organisation
        ):
            raise PermissionDenied
        return super(NetworkPermissionMixin, self).dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs["organisation"] = self.organisation
        return super().get_context_data(**kwargs)


def raise_404_unless(condition: bool) -> None:
    if not condition:
        raise Http404
