from verbund.core.testing import NETWORK_STAFF, UrlRule, office, public

RULES = [
    UrlRule("public:home", public()),
    UrlRule("public:network", public(), kwargs=lambda w: {"network": w.network.slug}),
    UrlRule("office:home", {**office(NETWORK_STAFF), "outsider": 200}),
    UrlRule("office:network", office(NETWORK_STAFF), kwargs=lambda w: {"network": w.network.slug}),
]
