"""resolve_settings: precedence, profiles, regions, base URLs and every error, with tmp files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from pyport._config import (
    ConfigurationError,
    MissingCredentialsError,
    Settings,
    resolve_settings,
)
from pyport.errors import PortError

SECRET = "s3cr3t-client-secret-value-0123456789"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXRva2Vu"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home directory; environments below point HOME at it."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def default_config(home: Path, text: str) -> Path:
    return write(home / ".config" / "pyport" / "config.toml", text)


FULL_FILE = """
[default]
client_id = "file-id"
client_secret = "file-secret-123456"
access_token = "file-token-123456"
base_url = "https://file.example.com"
region = "us"
"""

FULL_ENV = {
    "PORT_CLIENT_ID": "env-id",
    "PORT_CLIENT_SECRET": "env-secret-123456",
    "PORT_ACCESS_TOKEN": "env-token-123456",
    "PORT_BASE_URL": "https://env.example.com",
    "PORT_REGION": "us",
}

FULL_ARGS = {
    "client_id": "arg-id",
    "client_secret": "arg-secret-123456",
    "access_token": "arg-token-123456",
    "base_url": "https://arg.example.com",
    "region": "us",
}


@pytest.mark.parametrize("field", ["client_id", "client_secret", "access_token", "base_url"])
@pytest.mark.parametrize(
    ("layers", "winner"),
    [
        (("args", "env", "file"), "arg"),
        (("env", "file"), "env"),
        (("args", "file"), "arg"),
        (("args", "env"), "arg"),
        (("file",), "file"),
    ],
)
def test_precedence_arguments_then_environment_then_file(
    home: Path, field: str, layers: tuple[str, ...], winner: str
) -> None:
    environ: dict[str, str] = {"HOME": str(home)}
    if "file" in layers:
        default_config(home, FULL_FILE)
    if "env" in layers:
        environ.update(FULL_ENV)
    arguments = dict(FULL_ARGS) if "args" in layers else {}
    settings = resolve_settings(**arguments, environ=environ)
    value = getattr(settings, field)
    if field == "base_url":
        assert value == f"https://{winner}.example.com"
    else:
        assert value.startswith(f"{winner}-")
    expected_source = {
        "arg": "argument",
        "env": f"environment variable PORT_{field.upper()}",
        "file": f"config file {home / '.config/pyport/config.toml'}, profile 'default'",
    }[winner]
    assert settings.sources[field] == expected_source


def test_fields_resolve_independently(home: Path) -> None:
    default_config(home, '[default]\nregion = "us"\n')
    settings = resolve_settings(
        client_id="arg-id", environ={"HOME": str(home), "PORT_CLIENT_SECRET": SECRET}
    )
    assert (settings.client_id, settings.client_secret) == ("arg-id", SECRET)
    assert settings.sources["client_id"] == "argument"
    assert settings.sources["client_secret"] == "environment variable PORT_CLIENT_SECRET"
    assert settings.region == "us"
    assert settings.base_url == "https://api.us.port.io"
    assert settings.auth_method == "client_credentials"


def test_empty_environment_values_count_as_unset(home: Path) -> None:
    default_config(home, '[default]\nclient_id = "file-id"\nclient_secret = "file-secret"\n')
    environ = {"HOME": str(home), "PORT_CLIENT_ID": "", "PORT_CLIENT_SECRET": "   "}
    settings = resolve_settings(environ=environ)
    assert (settings.client_id, settings.client_secret) == ("file-id", "file-secret")


def test_values_are_stripped(home: Path) -> None:
    settings = resolve_settings(
        client_id=" id ", environ={"HOME": str(home), "PORT_CLIENT_SECRET": f"{SECRET}\n"}
    )
    assert (settings.client_id, settings.client_secret) == ("id", SECRET)


# --- profiles and where the file is -----------------------------------------------------------

PROFILES = """
[default]
client_id = "default-id"
client_secret = "default-secret"

[staging]
client_id = "staging-id"
client_secret = "staging-secret"
region = "us"
"""


def test_default_profile(home: Path) -> None:
    default_config(home, PROFILES)
    settings = resolve_settings(environ={"HOME": str(home)})
    assert settings.client_id == "default-id"
    assert settings.profile == "default"
    assert settings.region == "eu"
    assert settings.config_file == home / ".config" / "pyport" / "config.toml"


def test_profile_from_argument_beats_environment(home: Path) -> None:
    default_config(home, PROFILES + '\n[prod]\naccess_token = "prod-token-123456"\n')
    environ = {"HOME": str(home), "PYPORT_PROFILE": "prod"}
    assert resolve_settings(environ=environ).access_token == "prod-token-123456"
    settings = resolve_settings(profile="staging", environ=environ)
    assert (settings.client_id, settings.profile, settings.region) == (
        "staging-id",
        "staging",
        "us",
    )
    assert settings.base_url == "https://api.us.port.io"
    assert "profile 'staging'" in settings.sources["base_url"]


def test_config_file_argument_beats_pyport_config_beats_xdg_beats_home(
    tmp_path: Path, home: Path
) -> None:
    def config(name: str) -> Path:
        return write(tmp_path / name / "config.toml", f'[default]\naccess_token = "{name}-token"\n')

    default_config(home, '[default]\naccess_token = "home-token"\n')
    xdg = tmp_path / "xdg"
    write(xdg / "pyport" / "config.toml", '[default]\naccess_token = "xdg-token"\n')
    environ = {"HOME": str(home)}
    assert resolve_settings(environ=environ).access_token == "home-token"
    environ["XDG_CONFIG_HOME"] = str(xdg)
    assert resolve_settings(environ=environ).access_token == "xdg-token"
    environ["PYPORT_CONFIG"] = str(config("env"))
    assert resolve_settings(environ=environ).access_token == "env-token"
    settings = resolve_settings(config_file=config("arg"), environ=environ)
    assert settings.access_token == "arg-token"
    assert settings.config_file == tmp_path / "arg" / "config.toml"


def test_relative_xdg_config_home_is_ignored(tmp_path: Path, home: Path) -> None:
    default_config(home, '[default]\naccess_token = "home-token"\n')
    environ = {"HOME": str(home), "XDG_CONFIG_HOME": "relative/dir"}
    assert resolve_settings(environ=environ).access_token == "home-token"


def test_missing_default_file_is_fine_with_other_credentials(home: Path) -> None:
    settings = resolve_settings(access_token=TOKEN, environ={"HOME": str(home)})
    assert settings.auth_method == "access_token"
    assert settings.sources == {
        "access_token": "argument",
        "base_url": "default",
        "region": "default",
    }


def test_no_home_directory_means_no_default_file() -> None:
    settings = resolve_settings(access_token=TOKEN, environ={})
    assert settings.config_file is None


def test_file_without_the_default_profile_is_fine(home: Path) -> None:
    default_config(home, '[staging]\naccess_token = "staging-token"\n')
    settings = resolve_settings(access_token=TOKEN, environ={"HOME": str(home)})
    assert settings.access_token == TOKEN


# --- regions and base URLs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "base_url"),
    [
        ("eu", "https://api.port.io"),
        ("us", "https://api.us.port.io"),
        ("US", "https://api.us.port.io"),
        (" eu ", "https://api.port.io"),
    ],
)
def test_regions(home: Path, region: str, base_url: str) -> None:
    settings = resolve_settings(access_token=TOKEN, region=region, environ={"HOME": str(home)})
    assert settings.base_url == base_url
    assert settings.region == region.strip().lower()


def test_default_region_is_eu(home: Path) -> None:
    settings = resolve_settings(access_token=TOKEN, environ={"HOME": str(home)})
    assert (settings.base_url, settings.region) == ("https://api.port.io", "eu")


@pytest.mark.parametrize(
    ("base_url", "normalized", "region"),
    [
        ("https://api.port.io/", "https://api.port.io", "eu"),
        ("https://api.us.port.io", "https://api.us.port.io", "us"),
        ("https://api.getport.io", "https://api.getport.io", "eu"),
        ("https://api.us.getport.io/", "https://api.us.getport.io", "us"),
        ("HTTPS://API.US.GETPORT.IO", "https://api.us.getport.io", "us"),
        ("http://localhost:8080", "http://localhost:8080", None),
        ("http://[::1]:9000/", "http://[::1]:9000", None),
    ],
)
def test_base_urls_are_normalized(
    home: Path, base_url: str, normalized: str, region: str | None
) -> None:
    settings = resolve_settings(access_token=TOKEN, base_url=base_url, environ={"HOME": str(home)})
    assert settings.base_url == normalized
    assert settings.region == region


def test_base_url_overrides_region_from_the_same_place(home: Path) -> None:
    settings = resolve_settings(
        access_token=TOKEN,
        region="us",
        base_url="https://api.getport.io",
        environ={"HOME": str(home)},
    )
    assert (settings.base_url, settings.region) == ("https://api.getport.io", "eu")
    assert settings.sources["region"] == "the host of base_url (argument)"


def test_region_argument_beats_base_url_from_environment(home: Path) -> None:
    environ = {"HOME": str(home), "PORT_BASE_URL": "https://api.port.io"}
    settings = resolve_settings(access_token=TOKEN, region="us", environ=environ)
    assert settings.base_url == "https://api.us.port.io"
    assert settings.sources["base_url"] == "region 'us' (argument)"


def test_base_url_from_environment_beats_region_from_file(home: Path) -> None:
    default_config(home, '[default]\nregion = "us"\n')
    environ = {"HOME": str(home), "PORT_BASE_URL": "https://api.port.io"}
    settings = resolve_settings(access_token=TOKEN, environ=environ)
    assert settings.base_url == "https://api.port.io"


@pytest.mark.parametrize(
    ("region", "source"),
    [("argument", "argument"), ("environment", "environment variable PORT_REGION")],
)
def test_unknown_region_is_an_error(home: Path, region: str, source: str) -> None:
    environ = {"HOME": str(home)}
    kwargs: dict[str, Any] = {"access_token": TOKEN}
    if region == "argument":
        kwargs["region"] = "mars"
    else:
        environ["PORT_REGION"] = "mars"
    with pytest.raises(ConfigurationError) as caught:
        resolve_settings(**kwargs, environ=environ)
    message = str(caught.value)
    assert "unknown region 'mars'" in message
    assert source in message
    assert "'eu', 'us'" in message


def test_wrong_region_is_an_error_even_when_base_url_wins(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="unknown region 'asia'"):
        resolve_settings(
            access_token=TOKEN,
            region="asia",
            base_url="https://api.port.io",
            environ={"HOME": str(home)},
        )


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("api.port.io", "must be an http:// or https:// URL"),
        ("ftp://api.port.io", "must be an http:// or https:// URL"),
        ("https://api.port.io/v1", "must be only a scheme and host"),
        ("https://api.port.io/v1/", "must be only a scheme and host"),
        ("https://api.port.io?x=1", "must be only a scheme and host"),
        ("https://api.port.io#top", "must be only a scheme and host"),
        ("https://", "has no host"),
        ("https://api.port.io:99999", "invalid port"),
        ("https://api.port.io:http", "invalid port"),
    ],
)
def test_bad_base_urls(home: Path, base_url: str, expected: str) -> None:
    with pytest.raises(ConfigurationError, match=expected) as caught:
        resolve_settings(access_token=TOKEN, base_url=base_url, environ={"HOME": str(home)})
    assert "base_url (from argument)" in str(caught.value)


def test_base_url_with_credentials_is_rejected_without_repeating_them(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="user name or password") as caught:
        resolve_settings(
            access_token=TOKEN,
            base_url=f"https://me:{SECRET}@api.port.io",
            environ={"HOME": str(home)},
        )
    assert SECRET not in str(caught.value)


# --- credentials ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "environ", "method"),
    [
        ({"access_token": TOKEN}, {}, "access_token"),
        ({"client_id": "id", "client_secret": SECRET}, {}, "client_credentials"),
        # Both kinds from the same place: the refreshable one.
        (
            {"client_id": "id", "client_secret": SECRET, "access_token": TOKEN},
            {},
            "client_credentials",
        ),
        # A token passed explicitly beats client credentials from the environment...
        (
            {"access_token": TOKEN},
            {"PORT_CLIENT_ID": "id", "PORT_CLIENT_SECRET": SECRET},
            "access_token",
        ),
        # ...and explicit client credentials beat a token from the environment.
        (
            {"client_id": "id", "client_secret": SECRET},
            {"PORT_ACCESS_TOKEN": TOKEN},
            "client_credentials",
        ),
        # Half a pair from the arguments still shows intent.
        (
            {"client_id": "id"},
            {"PORT_CLIENT_SECRET": SECRET, "PORT_ACCESS_TOKEN": TOKEN},
            "client_credentials",
        ),
        # An incomplete pair falls back to the token.
        ({"client_id": "id"}, {"PORT_ACCESS_TOKEN": TOKEN}, "access_token"),
    ],
)
def test_auth_method(
    home: Path, arguments: dict[str, str], environ: dict[str, str], method: str
) -> None:
    settings = resolve_settings(**arguments, environ={"HOME": str(home), **environ})
    assert settings.auth_method == method


def test_missing_credentials_names_every_place_looked(home: Path) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        resolve_settings(environ={"HOME": str(home)})
    message = str(caught.value)
    for expected in (
        "found none",
        "arguments client_id, client_secret, access_token (given: none)",
        "PORT_CLIENT_ID",
        "PORT_CLIENT_SECRET",
        "PORT_ACCESS_TOKEN",
        f"config file {home / '.config/pyport/config.toml'}: does not exist",
    ):
        assert expected in message


def test_missing_secret_says_what_was_found_and_where(home: Path) -> None:
    path = default_config(home, '[default]\nclient_id = "file-id"\n')
    with pytest.raises(MissingCredentialsError) as caught:
        resolve_settings(environ={"HOME": str(home), "PORT_ACCESS_TOKEN": ""})
    message = str(caught.value)
    assert "found client_id but no client_secret" in message
    assert f"config file {path}, profile 'default' (has: client_id)" in message
    assert "(set: none)" in message


def test_missing_id_with_secret_never_shows_the_secret(home: Path) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        resolve_settings(environ={"HOME": str(home), "PORT_CLIENT_SECRET": SECRET})
    message = str(caught.value)
    assert "found client_secret but no client_id" in message
    assert "(set: client_secret)" in message
    assert SECRET not in message
    assert SECRET not in repr(caught.value)


def test_missing_credentials_when_the_file_lacks_the_profile(home: Path) -> None:
    path = default_config(home, '[staging]\naccess_token = "t"\n')
    with pytest.raises(MissingCredentialsError, match="has no \\[default\\] profile") as caught:
        resolve_settings(environ={"HOME": str(home)})
    assert str(path) in str(caught.value)


def test_missing_credentials_without_a_home(home: Path) -> None:
    with pytest.raises(MissingCredentialsError, match="no HOME directory"):
        resolve_settings(environ={})


def test_error_classes() -> None:
    assert issubclass(MissingCredentialsError, ConfigurationError)
    assert issubclass(ConfigurationError, PortError)
    assert issubclass(ConfigurationError, ValueError)


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["client_id", "client_secret", "access_token", "base_url", "region"]
)
def test_empty_arguments_are_errors(home: Path, name: str) -> None:
    with pytest.raises(ConfigurationError, match=f"{name} was passed as an empty string"):
        resolve_settings(**{name: "  "}, environ={"HOME": str(home)})


def test_non_string_arguments_are_type_errors(home: Path) -> None:
    with pytest.raises(TypeError, match="client_id must be a string, not int"):
        resolve_settings(client_id=123, environ={"HOME": str(home)})  # type: ignore[arg-type]


def test_empty_profile_and_config_file_arguments_are_errors(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="profile was passed as an empty string"):
        resolve_settings(access_token=TOKEN, profile="", environ={"HOME": str(home)})
    with pytest.raises(ConfigurationError, match="config_file was passed as an empty path"):
        resolve_settings(access_token=TOKEN, config_file="", environ={"HOME": str(home)})


def test_named_config_file_must_exist(tmp_path: Path, home: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigurationError, match="from argument config_file\\) does not exist"):
        resolve_settings(access_token=TOKEN, config_file=missing, environ={"HOME": str(home)})
    environ = {"HOME": str(home), "PYPORT_CONFIG": str(missing)}
    with pytest.raises(ConfigurationError) as caught:
        resolve_settings(access_token=TOKEN, environ=environ)
    assert f"config file {missing} (from environment variable PYPORT_CONFIG)" in str(caught.value)


def test_unknown_profile_lists_the_known_ones(home: Path) -> None:
    default_config(home, PROFILES)
    with pytest.raises(ConfigurationError) as caught:
        resolve_settings(profile="prod", environ={"HOME": str(home)})
    message = str(caught.value)
    assert "profile 'prod' not found" in message
    assert "profiles there: 'default', 'staging'" in message
    with pytest.raises(ConfigurationError, match="profile 'qa' not found"):
        resolve_settings(environ={"HOME": str(home), "PYPORT_PROFILE": "qa"})


def test_asking_for_a_profile_without_a_file_is_an_error(home: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"config file .* does not exist"):
        resolve_settings(access_token=TOKEN, profile="prod", environ={"HOME": str(home)})
    with pytest.raises(ConfigurationError, match="no config file to read it from"):
        resolve_settings(access_token=TOKEN, profile="prod", environ={})


def test_malformed_toml_is_an_error_without_the_secret(home: Path) -> None:
    path = default_config(home, f'[default]\nclient_secret = "{SECRET}\nclient_id = "x"\n')
    with pytest.raises(ConfigurationError) as caught:
        resolve_settings(environ={"HOME": str(home)})
    message = str(caught.value)
    assert f"config file {path} is not valid TOML" in message
    assert "line 2" in message
    assert SECRET not in message


def test_unreadable_config_file_is_an_error(tmp_path: Path, home: Path) -> None:
    directory = tmp_path / "a-directory.toml"
    directory.mkdir()
    with pytest.raises(ConfigurationError, match=re.escape(f"cannot read config file {directory}")):
        resolve_settings(access_token=TOKEN, config_file=directory, environ={"HOME": str(home)})


def test_non_utf8_config_file_is_an_error(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[default]\nclient_id = "café"\n'.encode("latin-1"))
    with pytest.raises(ConfigurationError, match="is not UTF-8 text"):
        resolve_settings(config_file=path, environ={"HOME": str(home)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('default = "x"\n', "'default' must be a table"),
        ('[default]\nclient_id = "x"\npassword = "y"\n', "unknown setting\\(s\\) password"),
        ("[default]\nclient_secret = 12345678\n", "client_secret must be a non-empty string"),
        ('[default]\nclient_id = ""\n', "client_id must be a non-empty string"),
        (
            '[profiles.default]\nclient_id = "x"\n',
            "profiles are top-level tables",
        ),
    ],
)
def test_malformed_profiles_are_errors(home: Path, text: str, expected: str) -> None:
    if text.startswith("[profiles"):
        kwargs: dict[str, Any] = {"profile": "profiles"}
    else:
        kwargs = {}
    default_config(home, text)
    with pytest.raises(ConfigurationError, match=expected):
        resolve_settings(access_token=TOKEN, **kwargs, environ={"HOME": str(home)})


def test_wrongly_typed_secret_is_not_echoed(home: Path) -> None:
    default_config(home, '[default]\nclient_secret = ["' + SECRET + '"]\n')
    with pytest.raises(ConfigurationError) as caught:
        resolve_settings(environ={"HOME": str(home)})
    assert SECRET not in str(caught.value)


# --- Settings -------------------------------------------------------------------------------


def test_settings_repr_masks_secret_and_token(home: Path) -> None:
    settings = resolve_settings(
        client_id="my-id", client_secret=SECRET, access_token=TOKEN, environ={"HOME": str(home)}
    )
    shown = repr(settings)
    assert SECRET not in shown
    assert TOKEN not in shown
    assert SECRET not in str(settings)
    assert "client_id='my-id'" in shown
    assert "client_secret='***'" in shown
    assert "access_token='***'" in shown


def test_settings_repr_shows_absent_secrets_as_none(home: Path) -> None:
    settings = resolve_settings(access_token=TOKEN, environ={"HOME": str(home)})
    assert "client_secret=None" in repr(settings)


def test_settings_are_frozen_and_hashable(home: Path) -> None:
    settings = resolve_settings(access_token=TOKEN, environ={"HOME": str(home)})
    assert isinstance(settings, Settings)
    with pytest.raises(AttributeError):
        settings.base_url = "https://elsewhere"  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.sources["base_url"] = "me"  # type: ignore[index]
    assert hash(settings) == hash(resolve_settings(access_token=TOKEN, environ={"HOME": str(home)}))
