"""c2q: a terminal chat shell for TiDB Cloud's Chat2Query API, plus an offline twin of the API."""

__version__ = "0.1.0"
