"""`pyport auth login|status|logout`: profiles in the library's config file, the client secret
in the OS keyring when one works (else in the file, 0600, said plainly)."""

from __future__ import annotations

import base64
import json
import sys
import time
from typing import Any

import click

from pyport.cli._exit import AUTH, USAGE, CliError
from pyport.cli._output import emit
from pyport.cli._profiles import config_path, read_profiles, write_profiles
from pyport.cli._state import Globals, get_globals, global_options


@click.group("auth")
@global_options
def auth() -> None:
    """Log in (save a profile), see who you are, log out.

    \b
    Example:
      pyport auth login --profile staging --region us
      pyport --profile staging auth status
    """


def _ask(value: str | None, label: str, *, secret: bool) -> str:
    if value:
        return value
    if not sys.stdin.isatty():
        option = "--" + label.lower().replace(" ", "-")
        raise CliError(f"{label} missing: pass {option} (no terminal to ask on)", code=USAGE)
    answer: str = click.prompt(label, hide_input=secret, err=True)
    return answer.strip()


def _verify(state: Globals, client_id: str, secret: str) -> None:
    from pyport._client import PortClient
    from pyport.errors import AuthenticationError, PermissionDeniedError

    with PortClient(
        client_id=client_id,
        client_secret=secret,
        region=state.region,
        base_url=state.base_url,
        user_agent_suffix="pyport-cli",
    ) as port:
        try:
            port.auth.create_access_token(client_id=client_id, client_secret=secret)
        except (AuthenticationError, PermissionDeniedError) as error:
            raise CliError(
                f"Port refused these credentials ({error.status_code}); nothing was saved",
                code=AUTH,
            ) from None


@auth.command("login")
@click.option("--client-id", help="The organization's client id (prompted when missing).")
@click.option("--client-secret", help="Its client secret (prompted, hidden, when missing).")
@click.option(
    "--secret-store",
    type=click.Choice(["auto", "keyring", "file"]),
    default="auto",
    show_default=True,
    help="Where the secret goes (auto: the keyring if one works).",
)
@click.option("--no-verify", is_flag=True, help="Save without asking Port for a token first.")
@global_options
def login(
    client_id: str | None, client_secret: str | None, secret_store: str, no_verify: bool
) -> None:
    """Save credentials as a profile of the config file the library reads.

    The file is written 0600; the client secret goes to the OS keyring when one works, else
    into the file (said on stderr). --region and --base-url are saved with the profile.

    \b
    Example:
      pyport auth login --region us
      pyport auth login --profile ci --client-id "$ID" --client-secret "$SECRET" --secret-store file
    """
    from pyport import _keyring

    state = get_globals()
    profile = state.profile or "default"
    identifier = _ask(client_id, "Client ID", secret=False)
    secret = _ask(client_secret, "Client secret", secret=True)
    if not no_verify:
        _verify(state, identifier, secret)
    problem = _keyring.backend_problem() if secret_store != "file" else "not asked for"
    if secret_store == "keyring" and problem is not None:
        raise CliError(f"--secret-store keyring: {problem}", code=USAGE)
    table: dict[str, str] = {"client_id": identifier}
    if state.base_url:
        table["base_url"] = state.base_url
    elif state.region:
        table["region"] = state.region
    path = config_path()
    document = read_profiles(path)
    old = document.get(profile)
    if isinstance(old, dict) and old.get("secret_store") == "keyring":
        _keyring.forget(profile, str(old.get("client_id", "")))
    if problem is None:
        _keyring.store(profile, identifier, secret)
        table["secret_store"] = "keyring"
        where = "the OS keyring"
    else:
        table["client_secret"] = secret
        where = f"{path} (mode 0600)"
        if secret_store == "auto":
            state.warn(f"no usable OS keyring ({problem}): the client secret is stored in {where}")
    document[profile] = table
    write_profiles(path, document)
    state.say(f"logged in: profile {profile!r} saved in {path}; client secret in {where}")


def _token_expiry(token: str) -> float | None:
    """The `exp` of a JWT (read, not verified: it is only shown)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError):
        return None


@auth.command("status")
@global_options
def status() -> None:
    """Which profile, organization and credentials are in use, and the token's expiry.

    \b
    Example:
      pyport auth status -o json
    """
    state = get_globals()
    with state.client() as port:
        settings = port.settings
        info: dict[str, Any] = {
            "profile": settings.profile,
            "config_file": str(settings.config_file) if settings.config_file else None,
            "base_url": settings.base_url,
            "region": settings.region,
            "auth_method": settings.auth_method,
            "client_id": settings.client_id,
            "credentials_from": settings.sources.get(
                "client_id" if settings.auth_method == "client_credentials" else "access_token"
            ),
        }
        expires_at: float | None
        if settings.auth_method == "client_credentials":
            answer = port.auth.create_access_token(
                client_id=str(settings.client_id), client_secret=str(settings.client_secret)
            ).to_dict()
            lifetime = answer.get("expiresIn")
            expires_at = time.time() + float(lifetime) if lifetime else None
        else:
            expires_at = _token_expiry(str(settings.access_token))
        organization = port.organization.get().to_dict()
    info["organization"] = organization.get("name") or organization.get("id")
    info["token_expires_at"] = (
        time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires_at)) if expires_at else None
    )
    info["token_expires_in_s"] = int(expires_at - time.time()) if expires_at else None
    emit(state, info)


@auth.command("logout")
@global_options
def logout() -> None:
    """Remove the profile from the config file, and its secret from the keyring.

    \b
    Example:
      pyport auth logout --profile staging
    """
    from pyport import _keyring

    state = get_globals()
    profile = state.profile or "default"
    path = config_path()
    document = read_profiles(path)
    table = document.pop(profile, None)
    if not isinstance(table, dict):
        raise CliError(f"no profile {profile!r} in {path}", code=4)
    if table.get("secret_store") == "keyring":
        _keyring.forget(profile, str(table.get("client_id", "")))
    write_profiles(path, document)
    state.say(f"logged out: profile {profile!r} removed from {path}")
