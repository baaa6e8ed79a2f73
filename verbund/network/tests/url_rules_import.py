"""Import of the registry: coordinators of the network only (network.registry:import)."""

from verbund.core.testing import COORDINATION, PERSONAS, UrlRule, office


def _alpha(world):
    return {"network": world.network.slug}


def _template(fmt):
    return lambda world: {"network": world.network.slug, "fmt": fmt}


# Network B's import addressed by a user of network A: only B's coordinator (the outsider)
# and the superuser get in; everybody else learns nothing about B (404).
_NETWORK_B = {
    **dict.fromkeys(PERSONAS, 404),
    "anonymous": 302,
    "superuser": 200,
    "outsider": 200,
}

RULES = [
    UrlRule("office:import_upload", office(COORDINATION), kwargs=_alpha),
    # An empty upload re-renders the form with its error and stores nothing.
    UrlRule("office:import_upload", office(COORDINATION), kwargs=_alpha, method="post"),
    UrlRule(
        "office:import_upload",
        _NETWORK_B,
        kwargs=lambda world: {"network": world.other_network.slug},
        label="network B",
    ),
    # Nothing uploaded yet: the preview sends back to the upload.
    UrlRule("office:import_preview", office(COORDINATION, ok=302), kwargs=_alpha),
    UrlRule("office:import_preview", office(COORDINATION, ok=405), kwargs=_alpha, method="post"),
    UrlRule("office:import_confirm", office(COORDINATION, ok=405), kwargs=_alpha),
    # Confirming without a checked file re-renders the upload form with an error, writes nothing.
    UrlRule("office:import_confirm", office(COORDINATION), kwargs=_alpha, method="post"),
    UrlRule(
        "office:import_confirm",
        {**_NETWORK_B, "outsider": 200, "superuser": 200},
        kwargs=lambda world: {"network": world.other_network.slug},
        method="post",
        label="network B",
    ),
    UrlRule("office:import_template", office(COORDINATION), kwargs=_template("xlsx")),
    UrlRule("office:import_template", office(COORDINATION), kwargs=_template("csv"), label="csv"),
    UrlRule(
        "office:import_template",
        office(COORDINATION, ok=405),
        kwargs=_template("xlsx"),
        method="post",
    ),
]
