"""Text in, model objects out: the spaCy pipeline and quotegraph's components."""

from quotegraph.nlp.pipeline import extract_article, extract_many, load_pipeline, parse_articles
from quotegraph.nlp.resolving_one import classify_type

__all__ = ["classify_type", "extract_article", "extract_many", "load_pipeline", "parse_articles"]
