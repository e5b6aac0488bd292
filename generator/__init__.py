"""The briefing-site generator: news articles and editors' YAML in, a static site out."""

__version__ = "0.1.0"
