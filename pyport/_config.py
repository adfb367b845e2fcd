"""Where a client's settings come from: arguments, then the environment, then a config file.

Each setting is taken from the first place that has it:

1. the arguments of `resolve_settings` (the client's constructor arguments);
2. the environment: PORT_CLIENT_ID, PORT_CLIENT_SECRET, PORT_ACCESS_TOKEN, PORT_BASE_URL,
   PORT_REGION (empty values count as unset);
3. a profile of the config file: `config_file`, else $PYPORT_CONFIG, else
   $XDG_CONFIG_HOME/pyport/config.toml, else ~/.config/pyport/config.toml. The profile is
   `profile`, else $PYPORT_PROFILE, else "default". Each top-level table is a profile::

       [default]
       client_id = "..."
       client_secret = "..."
       region = "us"

       [staging]
       access_token = "..."
       base_url = "https://api.port.io"

       [ci]
       client_id = "..."
       secret_store = "keyring"   # the client secret is in the OS keyring (`pyport auth login`)

Regions: "eu" (the default) is https://api.port.io, "us" is https://api.us.port.io. A base_url
wins over a region from the same or a less specific place; any http(s) host is accepted here,
including the legacy https://api.getport.io and https://api.us.getport.io (the client then refuses
plain http to anything but loopback unless told `allow_insecure_http=True`).

Credentials are client_id with client_secret (refreshable), or an access_token. When both kinds are
found, the one from the more specific place is used (client credentials on a tie); see
`Settings.auth_method`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple
from urllib.parse import urlsplit

from pyport.errors import ConfigurationError, MissingCredentialsError

__all__ = [
    "REGIONS",
    "ConfigurationError",
    "MissingCredentialsError",
    "Settings",
    "resolve_settings",
]

REGIONS: Mapping[str, str] = MappingProxyType(
    {"eu": "https://api.port.io", "us": "https://api.us.port.io"}
)
DEFAULT_REGION = "eu"
DEFAULT_PROFILE = "default"

# Hosts that tell the region apart, legacy ones included.
_HOST_REGIONS = {
    "api.port.io": "eu",
    "api.getport.io": "eu",
    "api.us.port.io": "us",
    "api.us.getport.io": "us",
}

_ENV_VARS = {
    "client_id": "PORT_CLIENT_ID",
    "client_secret": "PORT_CLIENT_SECRET",
    "access_token": "PORT_ACCESS_TOKEN",
    "base_url": "PORT_BASE_URL",
    "region": "PORT_REGION",
}
_FIELDS = tuple(_ENV_VARS)
_CREDENTIALS = ("client_id", "client_secret", "access_token")
_SECRETS = frozenset({"client_secret", "access_token"})
# A profile's own key that is not a setting: where its client secret is kept.
_SECRET_STORE = "secret_store"
_SECRET_STORES = ("file", "keyring")

# How specific each place is: lower wins.
_ARGUMENT, _ENVIRONMENT, _FILE, _DEFAULT = range(4)

AuthMethod = Literal["client_credentials", "access_token"]


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Resolved client settings, with where each one came from (`sources`, keyed by field).

    `base_url` is normalized (scheme and host, no trailing slash). `region` is None when the
    base URL is not one of Port's known hosts. repr() masks the secret and the token.
    """

    client_id: str | None
    client_secret: str | None
    access_token: str | None
    base_url: str
    region: str | None
    profile: str
    auth_method: AuthMethod
    config_file: Path | None = None
    sources: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __repr__(self) -> str:
        shown = []
        for name in (*_FIELDS, "profile", "auth_method", "config_file"):
            value = getattr(self, name)
            if name in _SECRETS and value is not None:
                value = "***"
            shown.append(f"{name}={value!r}")
        return f"Settings({', '.join(shown)})"


class _Found(NamedTuple):  # cheaper to define than a dataclass (import time)
    value: str
    rank: int
    source: str


def resolve_settings(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    access_token: str | None = None,
    base_url: str | None = None,
    region: str | None = None,
    profile: str | None = None,
    config_file: str | PathLike[str] | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Settings:
    """Work out the client's settings; raises `ConfigurationError` on anything unusable.

    Pass `environ` (a dict) to resolve without the real environment.
    """
    arguments = {
        "client_id": client_id,
        "client_secret": client_secret,
        "access_token": access_token,
        "base_url": base_url,
        "region": region,
    }
    found: dict[str, list[_Found]] = {name: [] for name in _FIELDS}
    for name, value in arguments.items():
        if value is not None:
            found[name].append(_Found(_argument(name, value), _ARGUMENT, "argument"))
    for name, variable in _ENV_VARS.items():
        value = environ.get(variable, "").strip()
        if value:
            found[name].append(_Found(value, _ENVIRONMENT, f"environment variable {variable}"))

    profile_name, profile_explicit = _profile_name(profile, environ)
    path, path_source = _config_path(config_file, environ)
    file_values, file_note = _read_profile(path, path_source, profile_name, profile_explicit)
    store = file_values.pop(_SECRET_STORE, "file")
    if store == "keyring" and not found["client_secret"] and "client_secret" not in file_values:
        # Only when nothing more specific gave a secret: the keyring is not touched otherwise.
        from pyport import _keyring

        where = f"config file {path}, profile {profile_name!r},"
        file_values["client_secret"] = _keyring.load(
            profile_name, file_values.get("client_id"), where=where
        )
    for name, value in file_values.items():
        source = f"config file {path}, profile {profile_name!r}"
        found[name].append(_Found(value, _FILE, source))

    best = {name: min(options, key=lambda f: f.rank) for name, options in found.items() if options}
    sources = {name: chosen.source for name, chosen in best.items()}
    resolved_url, resolved_region = _endpoint(best, sources)
    method = _auth_method(best, found, file_note)

    def value_of(name: str) -> str | None:
        chosen = best.get(name)
        return chosen.value if chosen else None

    return Settings(
        client_id=value_of("client_id"),
        client_secret=value_of("client_secret"),
        access_token=value_of("access_token"),
        base_url=resolved_url,
        region=resolved_region,
        profile=profile_name,
        auth_method=method,
        config_file=path,
        sources=MappingProxyType(sources),
    )


def _argument(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{name} was passed as an empty string")
    return value.strip()


def _profile_name(profile: str | None, environ: Mapping[str, str]) -> tuple[str, bool]:
    if profile is not None:
        return _argument("profile", profile), True
    from_env = environ.get("PYPORT_PROFILE", "").strip()
    if from_env:
        return from_env, True
    return DEFAULT_PROFILE, False


def _config_path(
    config_file: str | PathLike[str] | None, environ: Mapping[str, str]
) -> tuple[Path | None, str | None]:
    """The config file to read and, when someone chose it, who (a missing default is fine)."""
    if config_file is not None:
        if not str(config_file).strip():
            raise ConfigurationError("config_file was passed as an empty path")
        return Path(config_file).expanduser(), "argument config_file"
    from_env = environ.get("PYPORT_CONFIG", "").strip()
    if from_env:
        return Path(from_env).expanduser(), "environment variable PYPORT_CONFIG"
    xdg = environ.get("XDG_CONFIG_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "pyport" / "config.toml", None
    home = environ.get("HOME", "").strip() or environ.get("USERPROFILE", "").strip()
    if home:
        return Path(home) / ".config" / "pyport" / "config.toml", None
    return None, None


def _read_profile(
    path: Path | None, path_source: str | None, profile: str, profile_explicit: bool
) -> tuple[dict[str, str], str]:
    """The profile's settings, and where they were looked for (for the missing-credentials error).

    The note ends in "{has}" when the profile was read, for the credentials found there.
    """
    if path is None:
        if profile_explicit:
            raise ConfigurationError(
                f"profile {profile!r} was asked for, but there is no config file to read it from"
                " (no HOME directory; set PYPORT_CONFIG or pass config_file)"
            )
        return {}, "no config file to look in (no HOME directory)"
    if not path.exists():
        if path_source is not None:
            raise ConfigurationError(f"config file {path} (from {path_source}) does not exist")
        if profile_explicit:
            raise ConfigurationError(
                f"profile {profile!r} was asked for, but the config file {path} does not exist"
            )
        return {}, f"config file {path}: does not exist"
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read config file {path}: {exc.strerror or type(exc).__name__}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"config file {path} is not UTF-8 text") from exc
    if sys.version_info >= (3, 11):  # loaded only when there is a config file to read
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's messages give the position, never the offending value.
        raise ConfigurationError(f"config file {path} is not valid TOML: {exc}") from exc

    table = document.get(profile)
    if table is None:
        profiles = sorted(key for key, value in document.items() if isinstance(value, dict))
        if profile_explicit:
            known = ", ".join(repr(name) for name in profiles) or "none"
            raise ConfigurationError(
                f"profile {profile!r} not found in config file {path} (profiles there: {known})"
            )
        return {}, f"config file {path}: has no [{profile}] profile"
    if not isinstance(table, dict):
        raise ConfigurationError(
            f"config file {path}: {profile!r} must be a table ([{profile}]) of settings"
        )
    note = f"config file {path}, profile {profile!r} (has: {{has}})"
    return _profile_values(table, path, profile), note


def _profile_values(table: dict[str, Any], path: Path, profile: str) -> dict[str, str]:
    unknown = sorted(set(table) - {*_FIELDS, _SECRET_STORE})
    if unknown:
        hint = ""
        if any(isinstance(table[key], dict) for key in unknown):
            hint = " (profiles are top-level tables such as [staging], not nested ones)"
        raise ConfigurationError(
            f"config file {path}, profile {profile!r}: unknown setting(s) "
            f"{', '.join(unknown)}; known: {', '.join(_FIELDS)}{hint}"
        )
    values = {}
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            # Never echo the value: it may be a secret in the wrong place.
            raise ConfigurationError(
                f"config file {path}, profile {profile!r}: {key} must be a non-empty string"
            )
        values[key] = value.strip()
    if values.get(_SECRET_STORE, "file") not in _SECRET_STORES:
        raise ConfigurationError(
            f"config file {path}, profile {profile!r}: secret_store must be one of "
            f"{', '.join(_SECRET_STORES)}"
        )
    return values


def _endpoint(best: dict[str, _Found], sources: dict[str, str]) -> tuple[str, str | None]:
    """The base URL and region, and their sources written into `sources`."""
    region = best.get("region")
    region_name = _region(region) if region else None
    url = best.get("base_url")
    if url is not None:
        normalized = _base_url(url)
        if region is None or url.rank <= region.rank:
            host_region = _HOST_REGIONS.get(urlsplit(normalized).hostname or "")
            sources["region"] = f"the host of base_url ({url.source})"
            return normalized, host_region
    if region is not None and region_name is not None:
        sources["base_url"] = f"region {region_name!r} ({region.source})"
        return REGIONS[region_name], region_name
    sources["base_url"] = sources["region"] = "default"
    return REGIONS[DEFAULT_REGION], DEFAULT_REGION


def _region(found: _Found) -> str:
    name = found.value.strip().lower()
    if name not in REGIONS:
        known = ", ".join(repr(key) for key in REGIONS)
        raise ConfigurationError(
            f"unknown region {found.value!r} (from {found.source}); known regions: {known}"
        )
    return name


def _base_url(found: _Found) -> str:
    where = f"base_url (from {found.source})"
    parts = urlsplit(found.value)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ConfigurationError(
            f"{where} must be an http:// or https:// URL such as https://api.port.io"
        )
    if parts.username is not None or parts.password is not None:
        # The URL holds credentials, so it is not repeated here.
        raise ConfigurationError(f"{where} must not contain a user name or password")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise ConfigurationError(f"{where} has an invalid port: {found.value!r}") from exc
    if not parts.hostname:
        raise ConfigurationError(f"{where} has no host: {found.value!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(
            f"{where} must be only a scheme and host, such as https://api.port.io, "
            f"without a path, query or fragment (routes add /v1/ themselves): {found.value!r}"
        )
    return f"{scheme}://{parts.netloc.lower()}"


def _auth_method(
    best: dict[str, _Found], found: dict[str, list[_Found]], file_note: str
) -> AuthMethod:
    client_id, secret, token = (best.get(name) for name in _CREDENTIALS)
    if client_id is not None and secret is not None:
        if token is not None and token.rank < min(client_id.rank, secret.rank):
            return "access_token"
        return "client_credentials"
    if token is not None:
        return "access_token"
    raise MissingCredentialsError(_missing_message(found, file_note))


def _missing_message(found: dict[str, list[_Found]], file_note: str) -> str:
    def listed(rank: int) -> str:
        names = [name for name in _CREDENTIALS if any(f.rank == rank for f in found[name])]
        return ", ".join(names) if names else "none"

    variables = ", ".join(_ENV_VARS[name] for name in _CREDENTIALS)
    have = [name for name in _CREDENTIALS if found[name]]
    if have:
        missing = "client_secret" if "client_id" in have else "client_id"
        summary = f"found {' and '.join(have)} but no {missing} (and no access_token)"
    else:
        summary = "found none"
    in_file = file_note.replace("{has}", listed(_FILE))
    return (
        "No Port credentials: need client_id and client_secret, or access_token; "
        f"{summary}. Looked in: arguments client_id, client_secret, access_token "
        f"(given: {listed(_ARGUMENT)}); environment variables {variables} "
        f"(set: {listed(_ENVIRONMENT)}); {in_file}."
    )
