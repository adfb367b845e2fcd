"""pyport: a typed Python client for Port's REST API."""

from pyport._version import __version__

__all__ = ["__version__"]
