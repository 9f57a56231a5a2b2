"""The HTTP API over a corpus, with the web pages: ``create_app(settings)`` gives the ASGI application.

``quotegraph serve`` runs it under uvicorn. Routes and their answers are described by the OpenAPI
spec the application serves at ``/openapi.json`` (docs at ``/docs``).
"""

from quotegraph.server.app import create_app, create_app_from_env
from quotegraph.server.extractor import ArticleExtractor, ArticleSource, PipelineExtractor

__all__ = ["ArticleExtractor", "ArticleSource", "PipelineExtractor", "create_app", "create_app_from_env"]
