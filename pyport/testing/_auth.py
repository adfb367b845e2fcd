"""`POST /v1/auth/access_token`: deterministic JWT-looking tokens that expire."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field

from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError
from pyport.testing._state import State


@dataclass
class Token:
    client_id: str
    expires_at: float
    dies_at: float


@dataclass
class AuthConfig:
    client_id: str
    client_secret: str
    lifetime: float
    expiry_after: float | None
    seed: int
    tokens: dict[str, Token] = field(default_factory=dict)
    """token -> Token; never persisted."""
    current: dict[str, str] = field(default_factory=dict)
    """client id -> its live token."""

    def __repr__(self) -> str:
        return f"AuthConfig(client_id={self.client_id!r}, lifetime={self.lifetime!r})"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _token(config: AuthConfig, now: float) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {
        "iss": "port-simulator",
        "sub": config.client_id,
        "iat": int(now),
        "exp": int(now + config.lifetime),
        "jti": hashlib.blake2b(f"{config.seed}:{now}".encode(), digest_size=8).hexdigest(),
    }
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    key = f"port-simulator:{config.seed}".encode()
    signature = _b64(hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"{header}.{payload}.{signature}"


def authenticate(state: State, token: str) -> str | None:
    """The client id a live token belongs to, or None."""
    config = state.auth
    found = config.tokens.get(token)
    if found is None:
        return None
    if state.now() >= found.dies_at:
        del config.tokens[token]
        if config.current.get(found.client_id) == token:
            del config.current[found.client_id]
        return None
    return found.client_id


def access_token(state: State, call: Call) -> Reply:
    body = call.json()
    config = state.auth
    client_id, secret = body.get("clientId"), body.get("clientSecret")
    if not (
        isinstance(client_id, str)
        and isinstance(secret, str)
        # Bytes: compare_digest refuses str holding non-ASCII characters (a TypeError).
        and hmac.compare_digest(client_id.encode(), config.client_id.encode())
        and hmac.compare_digest(secret.encode(), config.client_secret.encode())
    ):
        raise ApiError(401, "unauthorized", "The client id or client secret is wrong")
    now = state.now()
    token = config.current.get(client_id)
    if token is None or authenticate(state, token) is None:
        token = _token(config, now)
        lifetime = config.lifetime
        dies = now + min(
            lifetime, config.expiry_after if config.expiry_after is not None else lifetime
        )
        config.tokens[token] = Token(client_id, now + lifetime, dies)
        config.current[client_id] = token
    expires_in = max(0, int(config.tokens[token].expires_at - now))
    return ok(accessToken=token, expiresIn=expires_in, tokenType="Bearer")


ROUTES = [Route("POST", "/v1/auth/access_token", access_token)]
