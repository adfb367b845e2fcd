"""The client secret in the OS keyring: where `pyport auth login` puts it when a keyring works,
and where the config reader finds it for a profile that says `secret_store = "keyring"`.

`keyring` is optional (the `cli` extra) and imported only when a profile uses it.
"""

from __future__ import annotations

from typing import Any

from pyport.errors import ConfigurationError

SERVICE = "pyport"


def _username(profile: str, client_id: str) -> str:
    return f"{profile}:{client_id}"


def _module() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def backend_problem() -> str | None:
    """Why the keyring cannot hold a secret here (None: it can)."""
    keyring = _module()
    if keyring is None:
        return "the keyring package is not installed"
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # keyring's backend discovery fails in many ways
        return f"no keyring backend ({type(error).__name__})"
    priority = getattr(backend, "priority", 0)
    if type(backend).__module__.startswith("keyring.backends.fail") or priority <= 0:
        return f"no working keyring backend ({type(backend).__name__})"
    return None


def store(profile: str, client_id: str, secret: str) -> None:
    keyring = _module()
    if keyring is None:
        raise ConfigurationError("the keyring package is not installed")
    keyring.set_password(SERVICE, _username(profile, client_id), secret)


def forget(profile: str, client_id: str) -> bool:
    """Delete the stored secret; False when there was none (or no keyring)."""
    keyring = _module()
    if keyring is None:
        return False
    try:
        keyring.delete_password(SERVICE, _username(profile, client_id))
    except Exception:  # PasswordDeleteError, or a backend that cannot
        return False
    return True


def load(profile: str, client_id: str | None, *, where: str) -> str:
    """The secret of `profile`; ConfigurationError saying what to do when it cannot be had."""
    if client_id is None:
        raise ConfigurationError(f'{where}: secret_store = "keyring" needs a client_id')
    problem = backend_problem()
    if problem is not None:
        raise ConfigurationError(
            f"{where} keeps its client secret in the OS keyring, but {problem}: install one, "
            "set PORT_CLIENT_SECRET, or run `pyport auth login` again"
        )
    keyring = _module()
    try:
        secret = keyring.get_password(SERVICE, _username(profile, client_id))
    except Exception as error:
        raise ConfigurationError(
            f"{where}: reading the OS keyring failed ({type(error).__name__})"
        ) from None
    if not secret:
        raise ConfigurationError(
            f"{where} keeps its client secret in the OS keyring, which has none for it: "
            "run `pyport auth login` again"
        )
    return str(secret)
