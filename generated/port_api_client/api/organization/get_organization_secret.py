from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.secret_response import SecretResponse
from ...types import Response


def _get_kwargs(
    secret_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organization/secrets/{secret_name}".format(
            secret_name=quote(str(secret_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SecretResponse | None:
    if response.status_code == 200:
        response_200 = SecretResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SecretResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    secret_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SecretResponse]:
    """Get an organization secret's metadata

     Port API reference: https://docs.port.io/api-reference/get-an-organization-secrets-metadata

    Args:
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SecretResponse]
    """

    kwargs = _get_kwargs(
        secret_name=secret_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SecretResponse | None:
    """Get an organization secret's metadata

     Port API reference: https://docs.port.io/api-reference/get-an-organization-secrets-metadata

    Args:
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SecretResponse
    """

    return sync_detailed(
        secret_name=secret_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    secret_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SecretResponse]:
    """Get an organization secret's metadata

     Port API reference: https://docs.port.io/api-reference/get-an-organization-secrets-metadata

    Args:
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SecretResponse]
    """

    kwargs = _get_kwargs(
        secret_name=secret_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SecretResponse | None:
    """Get an organization secret's metadata

     Port API reference: https://docs.port.io/api-reference/get-an-organization-secrets-metadata

    Args:
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SecretResponse
    """

    return (
        await asyncio_detailed(
            secret_name=secret_name,
            client=client,
        )
    ).parsed
