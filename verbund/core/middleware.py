from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

PUBLIC_NAMESPACE = "public"
# Everything else is a public page, whose language comes from its address.
NON_PUBLIC_PREFIXES = ("/office/", "/api/", "/accounts/", "/admin/", "/i18n/")


def is_public_path(path: str) -> bool:
    return not path.startswith(NON_PUBLIC_PREFIXES)


class VerbundLocaleMiddleware(LocaleMiddleware):
    """Public pages speak the language of their address; the back office the user's choice.

    Public pages live under ``i18n_patterns`` (``/ar/n/album/``, German without a prefix). Django
    would then take every unprefixed address, the back office's too, as German; here only public
    ones are, and back-office pages keep the language the user chose (cookie, browser), narrowed
    to the languages the back office is fully translated into.
    """

    def process_request(self, request):
        path = request.path_info
        if is_public_path(path):
            language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
        else:
            language = translation.get_language_from_request(request)
            if language not in settings.OFFICE_LANGUAGES:
                # Someone who read public pages in Arabic gets the back office in English
                # rather than half translated.
                language = "en"
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
