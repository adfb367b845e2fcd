"""`pyport auth login|status|logout`: the profile file (0600) or the OS keyring (a fake backend
here: this machine has none), read back by the library's own config reader."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from cli_support import Run, Served, seed_service, write_config
from keyring.backend import KeyringBackend

from pyport import PortClient
from pyport._config import resolve_settings
from pyport.errors import ConfigurationError

pytest_plugins = ["cli_fixtures"]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class MemoryKeyring(KeyringBackend):
    """A working keyring backend that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError(username)
        del self.passwords[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _config() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "pyport" / "config.toml"


def _forget_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PORT_CLIENT_ID", "PORT_CLIENT_SECRET", "PORT_BASE_URL"):
        monkeypatch.delenv(name)


def test_login_without_a_keyring_writes_the_secret_to_a_0600_file_and_says_so(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    seed_service(served.sim)
    write_config('[other]\nclient_id = "x"\nclient_secret = "y"\n')
    _config().chmod(0o644)
    _forget_environment(monkeypatch)
    result = pyport(
        "auth",
        "login",
        "--profile",
        "sim",
        "--base-url",
        served.url,
        "--client-id",
        "sim-client-id",
        "--client-secret",
        "sim-client-secret",
    )
    assert result.code == 0, result.err
    assert result.out == ""
    assert (
        f"no usable OS keyring (no working keyring backend (Keyring)): the client secret is "
        f"stored in {_config()} (mode 0600)" in result.err
    )
    assert "sim-client-secret" not in result.err
    assert stat.S_IMODE(_config().stat().st_mode) == 0o600
    document = tomllib.loads(_config().read_text())
    assert document == {
        "other": {"client_id": "x", "client_secret": "y"},
        "sim": {
            "client_id": "sim-client-id",
            "base_url": served.url,
            "client_secret": "sim-client-secret",
        },
    }
    listed = pyport("--profile", "sim", "blueprints", "list", "--fields", "identifier")
    assert (listed.code, listed.json()) == (0, [{"identifier": "service"}])


def test_login_with_a_keyring_keeps_the_secret_out_of_the_file_and_the_library_finds_it(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    seed_service(served.sim)
    _forget_environment(monkeypatch)
    result = pyport(
        "auth",
        "login",
        "--base-url",
        served.url,
        "--client-id",
        "sim-client-id",
        "--client-secret",
        "sim-client-secret",
    )
    assert result.code == 0, result.err
    assert "client secret in the OS keyring" in result.err
    assert "sim-client-secret" not in _config().read_text()
    assert tomllib.loads(_config().read_text()) == {
        "default": {"client_id": "sim-client-id", "base_url": served.url, "secret_store": "keyring"}
    }
    assert memory_keyring.passwords == {("pyport", "default:sim-client-id"): "sim-client-secret"}
    settings = resolve_settings()  # the library, not the CLI
    assert settings.client_secret == "sim-client-secret"
    with PortClient() as port:
        assert [b.identifier for b in port.blueprints.list()] == ["service"]
    listed = pyport("blueprints", "list", "--fields", "identifier")
    assert (listed.code, listed.json()) == (0, [{"identifier": "service"}])

    out = pyport("auth", "logout")
    assert out.code == 0
    assert memory_keyring.passwords == {}
    assert tomllib.loads(_config().read_text()) == {}
    assert pyport("auth", "logout").code == 4


def test_a_keyring_profile_without_a_working_keyring_is_a_clear_error(
    served: Served, monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    _forget_environment(monkeypatch)
    write_config('[default]\nclient_id = "sim-client-id"\nsecret_store = "keyring"\n')
    with pytest.raises(ConfigurationError) as raised:
        resolve_settings()
    assert "keeps its client secret in the OS keyring, but no working keyring backend" in str(
        raised.value
    )
    # A secret from the environment wins and the keyring is not asked at all.
    monkeypatch.setenv("PORT_CLIENT_SECRET", "from-env")
    assert resolve_settings().client_secret == "from-env"


def test_an_unknown_secret_store_is_refused(served: Served) -> None:
    write_config('[default]\nclient_id = "a"\nsecret_store = "vault"\n')
    with pytest.raises(ConfigurationError, match="secret_store must be one of file, keyring"):
        resolve_settings()


def test_login_with_wrong_credentials_saves_nothing(
    pyport: Run, served: Served, no_keyring: None
) -> None:
    result = pyport(
        "auth",
        "login",
        "--base-url",
        served.url,
        "--client-id",
        "sim-client-id",
        "--client-secret",
        "not-it",
    )
    assert result.code == 3
    assert "Port refused these credentials (401); nothing was saved" in result.err
    assert "not-it" not in result.err
    assert not _config().exists()


def test_login_without_a_terminal_needs_the_flags(pyport: Run, served: Served) -> None:
    result = pyport("auth", "login", "--client-id", "sim-client-id")
    assert result.code == 2
    assert "Client secret missing: pass --client-secret (no terminal to ask on)" in result.err
    assert not _config().exists()


def test_status_says_who_where_and_when_the_token_expires(pyport: Run, served: Served) -> None:
    result = pyport("auth", "status", "-o", "json")
    assert result.code == 0, result.err
    status = result.json()
    assert status["base_url"] == served.url
    assert status["auth_method"] == "client_credentials"
    assert status["client_id"] == "sim-client-id"
    assert status["credentials_from"] == "environment variable PORT_CLIENT_ID"
    assert status["organization"]
    assert 10_700 < status["token_expires_in_s"] <= 10_800  # the simulator's 3-hour tokens
    assert "sim-client-secret" not in result.out + result.err


def test_status_with_an_access_token_reads_its_expiry_and_never_shows_it(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = served.sim.handle(
        "POST",
        "/v1/auth/access_token",
        json={"clientId": "sim-client-id", "clientSecret": "sim-client-secret"},
    )
    token = answer.json["accessToken"]
    monkeypatch.delenv("PORT_CLIENT_ID")
    monkeypatch.delenv("PORT_CLIENT_SECRET")
    monkeypatch.setenv("PORT_ACCESS_TOKEN", token)
    result = pyport("auth", "status")
    assert result.code == 0, result.err
    status = result.json()
    assert status["auth_method"] == "access_token"
    assert status["credentials_from"] == "environment variable PORT_ACCESS_TOKEN"
    assert 10_700 < status["token_expires_in_s"] <= 10_800
    assert token not in result.out + result.err
