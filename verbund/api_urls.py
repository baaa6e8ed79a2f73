"""The REST API: one router for all apps, the OpenAPI 3 schema and its docs page."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny
from rest_framework.routers import APIRootView, DefaultRouter

from verbund.core.api import api_docs
from verbund.events import api as events_api
from verbund.network import api as network_api
from verbund.offers import api as offers_api
from verbund.projects import api as projects_api


class VerbundAPIRootView(APIRootView):
    """Verbund API: the networks, and under each network its registry and projects."""

    # The index of the routes is public; each route decides for itself.
    permission_classes = [AllowAny]


class VerbundRouter(DefaultRouter):
    APIRootView = VerbundAPIRootView


IN_NETWORK = r"networks/(?P<network>[-a-zA-Z0-9_]+)"

router = VerbundRouter()
router.register("networks", network_api.NetworkViewSet, basename="network")
router.register(
    f"{IN_NETWORK}/organisations", network_api.OrganisationViewSet, basename="organisation"
)
router.register(f"{IN_NETWORK}/memberships", network_api.MembershipViewSet, basename="membership")
router.register(f"{IN_NETWORK}/contacts", network_api.ContactPersonViewSet, basename="contact")
router.register(
    f"{IN_NETWORK}/fields-of-action", network_api.FieldOfActionViewSet, basename="field-of-action"
)
router.register(
    f"{IN_NETWORK}/target-groups", network_api.TargetGroupViewSet, basename="target-group"
)
router.register(
    f"{IN_NETWORK}/programmes", projects_api.FundingProgrammeViewSet, basename="programme"
)
router.register(f"{IN_NETWORK}/projects", projects_api.ProjectViewSet, basename="project")
router.register(
    f"{IN_NETWORK}/sub-projects", projects_api.SubProjectViewSet, basename="sub-project"
)
router.register(
    f"{IN_NETWORK}/sub-project-partners",
    projects_api.SubProjectPartnerViewSet,
    basename="sub-project-partner",
)
router.register(f"{IN_NETWORK}/funding", projects_api.FundingViewSet, basename="funding")
router.register(f"{IN_NETWORK}/indicators", projects_api.IndicatorViewSet, basename="indicator")
router.register(f"{IN_NETWORK}/offerings", offers_api.OfferingViewSet, basename="offering")
router.register(
    f"{IN_NETWORK}/catalogue", offers_api.CatalogueOfferingViewSet, basename="catalogue-offering"
)
router.register(f"{IN_NETWORK}/events", events_api.EventViewSet, basename="event")
router.register(
    f"{IN_NETWORK}/event-management", events_api.ManagedEventViewSet, basename="managed-event"
)
router.register(
    rf"{IN_NETWORK}/event-management/(?P<event>[0-9]+)/registrations",
    events_api.RegistrationViewSet,
    basename="event-registration",
)

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", api_docs, name="docs"),
]
