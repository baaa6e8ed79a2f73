from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from verbund.accounts import urls as accounts_urls
from verbund.events import office_urls as events_office_urls
from verbund.events import public_urls as events_public_urls
from verbund.network import import_urls
from verbund.network import urls as network_urls
from verbund.offers import feed_urls as offers_feed_urls
from verbund.offers import office_urls as offers_office_urls
from verbund.offers import public_urls as offers_public_urls
from verbund.outbox import urls as outbox_urls
from verbund.projects import urls as projects_urls

# The Django admin is a repair tool for the operators, not part of the product.
admin.site.has_permission = lambda request: request.user.is_active and request.user.is_superuser

public_patterns = [
    *network_urls.public_patterns,
    *projects_urls.public_patterns,
    *offers_public_urls.patterns,
    *offers_feed_urls.patterns,
    *events_public_urls.patterns,
]
office_patterns = [
    *accounts_urls.office_patterns,
    *network_urls.office_patterns,
    *import_urls.office_patterns,
    *projects_urls.office_patterns,
    *offers_office_urls.patterns,
    *events_office_urls.patterns,
    *outbox_urls.office_patterns,
]

urlpatterns = [
    path("office/", include((office_patterns, "office"))),
    path("api/", include(("verbund.api_urls", "api"))),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    # sitemap.xml and other addresses that robots expect at the root, in no language.
    *offers_feed_urls.root_patterns,
]
# Public pages carry their language in the address (/ar/n/album/…; German without a prefix), so a
# shared link opens in the language it was shared in and search engines see every language.
urlpatterns += i18n_patterns(
    path("", include((public_patterns, "public"))), prefix_default_language=False
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
