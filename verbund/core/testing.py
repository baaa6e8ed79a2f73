"""The permission matrix as data.

Every app lists its URLs in ``verbund/<app>/tests/url_rules.py`` as ``RULES``: which URL, with
which arguments (built from the shared ``world`` personas of conftest.py), and what status each
persona gets. ``tests/test_url_permissions.py`` walks every rule for every persona, and fails when
a URL pattern of the project has no rule, so a new view cannot ship without its permissions.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

PERSONAS = (
    "anonymous",
    "superuser",
    "coordinator",
    "org_admin",
    "caseworker",
    "multiplier",
    "viewer",
    "other_org_admin",
    "outsider",
)
# Staff of network A (the world's ``network``): everybody but the anonymous and the outsider.
NETWORK_STAFF = frozenset(PERSONAS) - {"anonymous", "outsider"}
COORDINATION = frozenset({"superuser", "coordinator"})
# Those who may act on organisation X's own data (X is the personas' organisation).
OWN_ORGANISATION_ADMIN = COORDINATION | {"org_admin"}


def public(status: int = 200) -> dict[str, int]:
    """A public page: the same answer for everyone."""
    return dict.fromkeys(PERSONAS, status)


def office(allowed, *, ok: int = 200, foreign: bool = False) -> dict[str, int]:
    """A back-office URL of network A.

    The anonymous go to the login page, the outsider (another network) gets 404, ``allowed``
    personas get ``ok``, staff of network A without the permission get 403. With ``foreign``,
    the URL names an object of network B inside network A's address: 404 for everyone but the
    anonymous.
    """
    expected = {}
    for persona in PERSONAS:
        if persona == "anonymous":
            expected[persona] = 302
        elif persona == "outsider" or foreign:
            expected[persona] = 404
        elif persona in allowed:
            expected[persona] = ok
        else:
            expected[persona] = 403
    return expected


def api(allowed, *, ok: int = 200, anonymous: int = 403, outsider: int = 404) -> dict[str, int]:
    """An API endpoint: like ``office`` but without a login redirect."""
    expected = office(allowed, ok=ok)
    expected["anonymous"] = ok if "anonymous" in allowed else anonymous
    expected["outsider"] = ok if "outsider" in allowed else outsider
    return expected


@dataclass
class UrlRule:
    name: str  # "namespace:url_name"
    expect: dict[str, int]
    kwargs: Callable = field(default=lambda world: {})
    method: str = "get"
    # POST body; the default (empty) is an invalid form, so an allowed POST re-renders (200)
    # or is refused (400 in the API) and changes nothing.
    data: Callable = field(default=lambda world: {})
    query: str = ""
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.method.upper()} {self.name}{' ' + self.label if self.label else ''}"
