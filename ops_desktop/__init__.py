"""ops_desktop: the offline desktop program of a social-assistance centre (OPS) organised in teams."""

__version__ = "0.1.0"
