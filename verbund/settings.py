"""Verbund settings, read from the environment.

Production is the default: DEBUG is off unless asked for, and without DEBUG a SECRET_KEY must be
given. See README.md for the variables.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from verbund.core.env import env_bool, env_int, env_list, env_str
from verbund.core.languages import register_language_info

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VERBUND_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-for-debug"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "verbund.core",
    "verbund.network",
    "verbund.accounts",
    "verbund.audit",
    "verbund.outbox",
    "verbund.projects",
    "verbund.offers",
    "verbund.events",
    "verbund.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "verbund.core.middleware.VerbundLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "verbund.urls"
WSGI_APPLICATION = "verbund.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "verbund" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "verbund.core.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'verbund.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several connections (gunicorn workers) share one file: wait for the write lock instead of
    # failing at once, and take it at the start of a transaction so reads cannot deadlock.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff accounts are created by coordinators and organisation admins, not by sign-up.
ACCOUNT_ADAPTER = "verbund.accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_GET = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Verbund"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "office:home"
LOGOUT_REDIRECT_URL = "public:home"

LANGUAGE_CODE = "de"
# Public pages speak every language below; the back office speaks OFFICE_LANGUAGES (German, with
# English complete). "de-simple" is German easy language (Leichte Sprache), a BCP 47 variant tag.
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("fa", _("Persian")),
    ("de-simple", _("German (easy language)")),
]
OFFICE_LANGUAGES = ["de", "en"]
# Django knows names and writing direction of every language but easy German.
LANGUAGES_BIDI = ["ar", "fa"]
register_language_info()
LOCALE_PATHS = [BASE_DIR / "verbund" / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [
    # Installed from the npm registry by `make assets`; served by the app (WhiteNoise).
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
STATICFILES_DIRS = [(prefix, path) for prefix, path in STATICFILES_DIRS if path.exists()]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploads that only permission-checked views hand out (statutes); never under MEDIA_ROOT.
VERBUND_PRIVATE_ROOT = Path(env_str("VERBUND_PRIVATE_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Uploaded import files and statutes stay small; a spreadsheet of a city network is well below.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
VERBUND_MAX_UPLOAD_BYTES = env_int("VERBUND_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "verbund@localhost")
# Where the file-based backend writes mails (the demo uses it: its mails land in var/mail/).
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
# Without a timeout a mail server that accepts the connection and then says nothing would hold
# the request (mail goes out right after the commit) or the worker for ever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# Outgoing mail (verbund.outbox): sent right after the transaction that queued it commits; off,
# only `verbund send_queued_email` sends. A failed mail is retried with growing pauses and given
# up after VERBUND_EMAIL_MAX_ATTEMPTS attempts; texts of sent mail are blanked after
# VERBUND_EMAIL_KEEP_DAYS days.
VERBUND_EMAIL_SEND_ON_COMMIT = env_bool("VERBUND_EMAIL_SEND_ON_COMMIT", True)
VERBUND_EMAIL_MAX_ATTEMPTS = env_int("VERBUND_EMAIL_MAX_ATTEMPTS", 8)
VERBUND_EMAIL_KEEP_DAYS = env_int("VERBUND_EMAIL_KEEP_DAYS", 30)

# The address people reach Verbund at, for links in e-mails (a registration's personal page).
VERBUND_SITE_URL = env_str("VERBUND_SITE_URL", "http://127.0.0.1:8000" if DEBUG else "")
# Public registration forms: at most this many attempts per visitor address (django-ratelimit,
# counted in the shared cache); personal data of registrations is blanked this many days after
# the event (`verbund anonymise_registrations`, run daily).
VERBUND_REGISTRATION_RATE = env_str("VERBUND_REGISTRATION_RATE", "20/h")
VERBUND_REGISTRATION_KEEP_DAYS = env_int("VERBUND_REGISTRATION_KEEP_DAYS", 180)
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)

# Services that see content or addresses are off unless the operators name one (see README).
VERBUND_MACHINE_TRANSLATION = env_str("VERBUND_MACHINE_TRANSLATION", "")
VERBUND_MACHINE_TRANSLATION_URL = env_str("VERBUND_MACHINE_TRANSLATION_URL", "")
VERBUND_MACHINE_TRANSLATION_KEY = env_str("VERBUND_MACHINE_TRANSLATION_KEY", "")
VERBUND_GEOCODER = env_str("VERBUND_GEOCODER", "")
VERBUND_GEOCODER_URL = env_str("VERBUND_GEOCODER_URL", "")
# Map tiles for the finder's map. Empty: the map shows the offerings' markers on a plain
# background and no visitor's browser contacts a tile server.
VERBUND_MAP_TILE_URL = env_str("VERBUND_MAP_TILE_URL", "")
VERBUND_MAP_ATTRIBUTION = env_str("VERBUND_MAP_ATTRIBUTION", "")

# Django's cache: in-process memory unless CACHE_URL names a Redis server (redis://host:6379/1),
# which several server processes then share.
CACHE_URL = env_str("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# How long an anonymous visitor's public finder page may be served from the cache; a change to
# an offering shows at once regardless (see verbund/core/public_cache.py). 0 switches it off.
VERBUND_PUBLIC_CACHE_SECONDS = env_int("VERBUND_PUBLIC_CACHE_SECONDS", 60)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["verbund.accounts.api_permissions.DenyByDefault"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "EXCEPTION_HANDLER": "verbund.core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Verbund API",
    "DESCRIPTION": "Registry, projects and funding of local integration networks.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/",
    # The docs page's scripts come from PyPI (drf-spectacular-sidecar), never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # The preload flag alone changes nothing until the operator submits the domain to the list.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Personal data never goes to the logs: requests are logged without query strings by the server,
# and the application logs only ids and counts.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
