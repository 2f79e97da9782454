"""Routes the web UI adds to the API app: offline API docs (:mod:`tacitus.web.docs`) and ``GET /codes``,
the names the UI writes beside codes (CAMEO codes, roots, QuadClass, PLOVER types, countries, sectors)."""

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def codes() -> dict[str, Any]:
    from tacitus.events.cameo import CAMEO, QUAD_CLASS_NAMES
    from tacitus.export.geo import _countries
    from tacitus.yamlio import data_yaml

    sectors = {
        k: str(v).split(",")[0].split("(")[0].strip()
        for k, v in (data_yaml("actors/sectors.yaml").get("sectors") or {}).items()
    }
    sectors["HLH"] = "health"
    return {
        "cameo": {code: CAMEO.name(code) for code in CAMEO.codes()},
        "quad_class": {str(k): v for k, v in QUAD_CLASS_NAMES.items()},
        "countries": {iso3: c["name"] for iso3, c in _countries().items()},
        "sectors": sectors,
        "groups": {
            "IGOUNO": "United Nations",
            "IGOEUREEC": "European Union",
            "IGO": "intergovernmental org.",
            "NGO": "non-governmental org.",
        },
    }


def install_web_routes(app) -> None:
    """/docs and /redoc offline, and GET /codes."""
    from tacitus.web.docs import install_offline_docs

    install_offline_docs(app)

    @app.get("/codes", summary="Names of codes: CAMEO, QuadClass, countries (ISO3), sectors")
    def code_names() -> dict[str, Any]:
        return codes()
