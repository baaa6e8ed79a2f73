"""Public event pages (being written: calendar, detail with registration, personal page)."""

from django.http import Http404
from django.views import View


class _NotYet(View):
    def get(self, request, *args, **kwargs):
        raise Http404


EventListView = EventDetailView = EventRegisterView = RegistrationManageView = _NotYet
