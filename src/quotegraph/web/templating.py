"""The pages' templates and their filters, apart from the server: the offline report renders them too."""

from __future__ import annotations

from pathlib import Path

import jinja2

from quotegraph.model.analytics import percent
from quotegraph.web.params import link, path_part, web_url
from quotegraph.web.words import counted

__all__ = ["TEMPLATES_DIR", "template_environment"]

TEMPLATES_DIR = Path(__file__).parent / "templates"


def template_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every value a template prints is escaped unless it is Markup built here
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["number"] = "{:,}".format
    environment.filters["path"] = path_part
    environment.filters["counted"] = counted
    environment.filters["web_url"] = web_url
    environment.filters["percent"] = percent
    environment.globals["link"] = link
    environment.globals["analytics"] = False  # whether /analytics is served (``Pages`` says)
    return environment
