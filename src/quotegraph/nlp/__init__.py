"""Text in, model objects out: the spaCy pipeline and quotegraph's components."""

from quotegraph.nlp.pipeline import extract_article, extract_many, load_pipeline

__all__ = ["extract_article", "extract_many", "load_pipeline"]
