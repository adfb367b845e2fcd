"""Makes docs/conftest.py the module `docs.conftest`, not a second top-level `conftest` that
would shadow tests/conftest.py (tests import from it)."""
