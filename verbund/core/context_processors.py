from django.conf import settings
from django.utils.translation import get_language_bidi

from verbund.core.languages import office_languages
from verbund.core.middleware import is_public_path


def site(request):
    public = is_public_path(request.path_info)
    return {
        "rtl": get_language_bidi(),
        "languages": settings.LANGUAGES if public else office_languages(),
        "is_public_page": public,
    }
