from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from verbund.accounts.access import networks_for
from verbund.accounts.mixins import NetworkPermissionMixin
from verbund.network import selectors
from verbund.network.models import Network


class PublicHomeView(ListView):
    template_name = "network/public_home.html"
    context_object_name = "networks"

    def get_queryset(self):
        return selectors.public_networks()


class PublicNetworkView(DetailView):
    template_name = "network/public_network.html"
    context_object_name = "network"
    slug_url_kwarg = "network"

    def get_object(self, queryset=None):
        return get_object_or_404(selectors.public_networks(), slug=self.kwargs["network"])

    def get_context_data(self, **kwargs):
        from verbund.projects.selectors import public_projects

        return super().get_context_data(
            members_by_role=selectors.members_by_role(self.object),
            fields_of_action=self.object.fields_of_action.all(),
            projects=public_projects(self.object),
            **kwargs,
        )


class OfficeHomeView(TemplateView):
    template_name = "network/office_home.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(networks=networks_for(self.request.user), **kwargs)


class NetworkOverviewView(NetworkPermissionMixin, TemplateView):
    template_name = "network/office_network.html"

    def get_context_data(self, **kwargs):
        from verbund.projects.selectors import projects_of

        network: Network = selectors.network_overview(self.network)
        return super().get_context_data(
            network=network,
            members_by_role=selectors.members_by_role(network),
            contacts=selectors.network_contacts(network),
            projects=projects_of(network),
            can_change=self.can("network.network:change"),
            **kwargs,
        )
