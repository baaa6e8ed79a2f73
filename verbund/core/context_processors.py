from django.conf import settings
from django.utils.translation import get_language_bidi


def site(request):
    return {"rtl": get_language_bidi(), "languages": settings.LANGUAGES}
