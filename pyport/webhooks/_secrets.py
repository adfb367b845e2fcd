"""Secret user inputs: Port encrypts them with AES-256-GCM before sending them.

The format, as Port's agent decrypts it (port-labs/port-agent, `decrypt_field` in
`app/utils.py`): `base64(nonce[16] | ciphertext | tag[16])`, keyed with the first 32 bytes of
the organization's client secret (UTF-8). Needs `cryptography` (`pip install 'pyport[webhooks]'`).
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any

from pyport.webhooks._errors import SecretInputError

__all__ = ["decrypt_secret_input", "encrypt_secret_input"]

_NONCE = 16
_TAG = 16
_KEY = 32


def _aesgcm(secret: str | bytes) -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError as error:
        raise ImportError(
            "secret inputs need the cryptography package: pip install 'pyport[webhooks]'"
        ) from error
    key = secret.encode() if isinstance(secret, str) else bytes(secret)
    if len(key) < _KEY:
        raise SecretInputError(
            f"the decryption key is the first {_KEY} bytes of the client secret, and this "
            f"secret has {len(key)}"
        )
    return AESGCM(key[:_KEY])


def decrypt_secret_input(value: str, secret: str | bytes) -> str:
    """The plain text of one encrypted input (`invocation.inputs[name]` for a name in
    `invocation.encrypted_inputs`), decrypted with the organization's client secret.

    Raises `SecretInputError` when `value` is not in Port's format or does not decrypt (a wrong
    secret, an altered value); the message never contains either.
    """
    if not isinstance(value, str):
        raise SecretInputError(f"an encrypted input is a base64 string, got {type(value).__name__}")
    cipher = _aesgcm(secret)
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SecretInputError("the encrypted input is not base64") from None
    if len(data) < _NONCE + _TAG:
        raise SecretInputError(
            f"the encrypted input is {len(data)} bytes, shorter than its {_NONCE}-byte nonce and "
            f"{_TAG}-byte tag"
        )
    from cryptography.exceptions import InvalidTag

    try:
        plain: bytes = cipher.decrypt(data[:_NONCE], data[_NONCE:], None)
    except InvalidTag:
        raise SecretInputError(
            "the encrypted input does not decrypt with this secret: another organization's "
            "secret, a rotated one, or an altered value"
        ) from None
    try:
        return plain.decode()
    except UnicodeDecodeError:
        raise SecretInputError("the decrypted input is not UTF-8 text") from None


def encrypt_secret_input(plain: str, secret: str | bytes, *, nonce: bytes | None = None) -> str:
    """Encrypt `plain` as Port does: for tests, and for the simulator's invocations."""
    nonce = os.urandom(_NONCE) if nonce is None else nonce
    if len(nonce) != _NONCE:
        raise ValueError(f"Port's nonce is {_NONCE} bytes, got {len(nonce)}")
    sealed: bytes = _aesgcm(secret).encrypt(nonce, plain.encode(), None)
    return base64.b64encode(nonce + sealed).decode()
