"""How cassettes are recorded and replayed: vcrpy's configuration, the scrubbing, the network guard.

Recording (scripts/record.py) and replay (tests/test_cassettes.py) use the same `cassette_vcr`,
because vcrpy runs `before_record_request` on every request it is asked to play, not only on the
ones it records: a request must look exactly as it was written to the file to be matched.

What reaches a cassette file:

- requests: the URL rewritten onto `RECORDED_BASE_URL`, the run's unique prefix onto
  `CANONICAL_PREFIX`, the client id onto `RECORDED_CLIENT_ID`; only the Accept, Accept-Encoding and
  Content-Type headers, and a constant User-Agent (no Authorization, no correlation id, no Host);
  secret values, `clientSecret` and every JWT- or Bearer-looking string masked in the body; bodies
  over `MAX_RECORDED_BODY` replaced by their size and sha256;
- responses: only the Content-Type, X-Trace-Id, Retry-After and x-ratelimit-* headers (no Date, no
  Server, no cookies), a recomputed Content-Length, each distinct access token replaced by
  `scrubbed-access-token-<n>` and the rest masked like requests.

Every rewrite is idempotent, since vcrpy runs the hooks again on what it loads from a file.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import socket
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import vcr  # type: ignore[import-untyped]
from vcr.request import Request as VcrRequest  # type: ignore[import-untyped]

from pyport._logging import redact_json, redact_text

CASSETTE_DIR = Path(__file__).resolve().parents[1] / "cassettes"

RECORDED_BASE_URL = "https://port.invalid"
"""Every cassette's URLs point here (`.invalid` never resolves), whatever was recorded against."""
RECORDED_CLIENT_ID = "recorded-client-id"
REPLAY_CLIENT_SECRET = "replay-client-secret"
CANONICAL_PREFIX = "pyport-rec"
"""Identifiers scenarios create start with this; a run against an organization uses a unique
prefix, rewritten to this one in the files."""
RECORDED_USER_AGENT = "pyport (recorded)"
MAX_RECORDED_BODY = 64 * 1024
MATCH_ON = ("method", "path", "query", "body")

TOKEN_PLACEHOLDER = "scrubbed-access-token-{}"
_PLACEHOLDER = re.compile(r"scrubbed-access-token-\d+")
_ELIDED_KEY = "pyportCassetteElidedBody"

# Accept-Encoding is left out: httpx offers br and zstd only where those packages are installed.
_REQUEST_HEADERS = ("accept", "content-type")
_RESPONSE_HEADERS = frozenset({"content-type", "x-trace-id", "retry-after"})
_RATE_LIMIT_HEADER = "x-ratelimit-"


class Scrubber:
    """The before_record_request / before_record_response hooks of one cassette.

    `secrets` are masked wherever they appear; `replacements` maps run-specific strings (a unique
    prefix, the real client id) onto the constant ones replay uses. Tokens are numbered in the
    order they first appear, so a cassette still shows when Port handed back the same token.
    """

    def __init__(
        self, *, secrets: Iterable[str] = (), replacements: Mapping[str, str] | None = None
    ) -> None:
        self._secrets = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))
        pairs = (replacements or {}).items()
        self._replacements = sorted(((k, v) for k, v in pairs if k and k != v), key=_longest)
        self._tokens: dict[str, str] = {}

    def request(self, request: VcrRequest) -> VcrRequest:
        scrubbed = copy.copy(request)
        scrubbed.uri = self._uri(request.uri)
        headers = {name.lower(): value for name, value in request.headers.items()}
        kept = {name: headers[name] for name in _REQUEST_HEADERS if name in headers}
        kept["user-agent"] = RECORDED_USER_AGENT
        scrubbed.headers = kept
        body = request.body
        if isinstance(body, (bytes, str)) and body:
            scrubbed.body = self._request_body(body if isinstance(body, bytes) else body.encode())
        return scrubbed

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        scrubbed = copy.deepcopy(response)
        body = scrubbed["body"]["string"]
        if isinstance(body, str):
            body = body.encode()
        body = self._response_body(body) if body else body
        scrubbed["body"]["string"] = body
        headers: dict[str, list[str]] = {}
        for name, values in response["headers"].items():
            lowered = name.lower()
            if lowered in _RESPONSE_HEADERS or lowered.startswith(_RATE_LIMIT_HEADER):
                headers[lowered] = [self._text(str(v)) for v in values]
        headers["content-length"] = [str(len(body))]
        scrubbed["headers"] = headers
        status = scrubbed.get("status")
        if isinstance(status, dict) and isinstance(status.get("code"), int):
            status["message"] = reason_phrase(status["code"])
        return scrubbed

    def _uri(self, uri: str) -> str:
        parts = urlsplit(uri)
        base = urlsplit(RECORDED_BASE_URL)
        path, query = self._replace(parts.path), self._replace(parts.query)
        return urlunsplit((base.scheme, base.netloc, path, query, ""))

    def _request_body(self, body: bytes) -> bytes:
        try:
            data = json.loads(body)
        except ValueError:
            return self._text(body.decode("utf-8", "replace")).encode()
        if isinstance(data, dict) and set(data) == {_ELIDED_KEY}:
            return body
        scrubbed = self._json(data)
        if len(body) > MAX_RECORDED_BODY:
            # A 413 needs a body over 1 MiB; its size and digest identify it just as well.
            digest = hashlib.sha256(_dumps(scrubbed)).hexdigest()
            scrubbed = {_ELIDED_KEY: {"bytes": len(body), "sha256": digest}}
        return body if scrubbed == data else _dumps(scrubbed)

    def _response_body(self, body: bytes) -> bytes:
        try:
            data = json.loads(body)
        except ValueError:
            return self._text(body.decode("utf-8", "replace")).encode()
        token = data.get("accessToken") if isinstance(data, dict) else None
        scrubbed = self._json(data)
        if isinstance(token, str) and isinstance(scrubbed, dict):
            scrubbed["accessToken"] = self._token(token)
        return body if scrubbed == data else _dumps(scrubbed)

    def _token(self, token: str) -> str:
        if _PLACEHOLDER.fullmatch(token):
            return token
        if token not in self._tokens:
            self._tokens[token] = TOKEN_PLACEHOLDER.format(len(self._tokens) + 1)
        return self._tokens[token]

    def _json(self, data: Any) -> Any:
        return redact_json(_map_strings(data, self._replace), secrets=self._secrets)

    def _text(self, text: str) -> str:
        return redact_text(self._replace(text), self._secrets)

    def _replace(self, text: str) -> str:
        for old, new in self._replacements:
            text = text.replace(old, new)
        return text


def cassette_vcr(scrubber: Scrubber | None = None, *, record_mode: str = "none") -> vcr.VCR:
    """The vcrpy configuration recording and replay share (replay: mode "none")."""
    hooks = scrubber or Scrubber()
    return vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        decode_compressed_response=True,
        before_record_request=hooks.request,
        before_record_response=hooks.response,
    )


def cassette_path(name: str) -> Path:
    return CASSETTE_DIR / f"{name}.yaml"


def load_interactions(path: Path) -> list[dict[str, Any]]:
    """The interactions of a cassette file, as vcrpy wrote them."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interactions: list[dict[str, Any]] = data["interactions"]
    return interactions


class NetworkBlockedError(RuntimeError):
    """A replayed test tried to open a connection."""


@contextmanager
def network_blocked() -> Iterator[None]:
    """Refuse every outgoing connection: a replay that is not in its cassette cannot go out."""

    def refuse(*args: object, **kwargs: object) -> Any:
        raise NetworkBlockedError(f"network access during replay: {args[1:] or args}")

    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection = saved  # type: ignore[method-assign]


def _map_strings(data: Any, change: Any) -> Any:
    if isinstance(data, str):
        return change(data)
    if isinstance(data, list):
        return [_map_strings(item, change) for item in data]
    if isinstance(data, dict):
        return {change(k): _map_strings(v, change) for k, v in data.items()}
    return data


def _dumps(data: Any) -> bytes:
    # httpx's own encoding of JSON bodies, so untouched parts read as they were sent.
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def _longest(pair: tuple[str, str]) -> int:
    return -len(pair[0])


# Python 3.13 renamed some reason phrases after RFC 9110 ("Unprocessable Content"); servers and
# Python versions differ, and HTTP/2 has none. Cassettes carry one wording, whatever recorded them.
_OLD_PHRASES = {
    413: "Request Entity Too Large",
    414: "Request-URI Too Long",
    416: "Requested Range Not Satisfiable",
    422: "Unprocessable Entity",
}


def reason_phrase(code: int) -> str:
    if code in _OLD_PHRASES:
        return _OLD_PHRASES[code]
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""
