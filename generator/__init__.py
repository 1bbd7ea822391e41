"""Parley: news articles about negotiations in, an evidence-linked MkDocs Material site out."""

__version__ = "0.1.0"
