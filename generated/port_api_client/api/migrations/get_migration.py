from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.migration_response import MigrationResponse
from ...types import Response


def _get_kwargs(
    migration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/migrations/{migration_id}".format(
            migration_id=quote(str(migration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MigrationResponse | None:
    if response.status_code == 200:
        response_200 = MigrationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MigrationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MigrationResponse]:
    """Get a migration

     Port API reference: https://docs.port.io/api-reference/get-a-migration

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationResponse]
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MigrationResponse | None:
    """Get a migration

     Port API reference: https://docs.port.io/api-reference/get-a-migration

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationResponse
    """

    return sync_detailed(
        migration_id=migration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MigrationResponse]:
    """Get a migration

     Port API reference: https://docs.port.io/api-reference/get-a-migration

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationResponse]
    """

    kwargs = _get_kwargs(
        migration_id=migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    migration_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MigrationResponse | None:
    """Get a migration

     Port API reference: https://docs.port.io/api-reference/get-a-migration

    Args:
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationResponse
    """

    return (
        await asyncio_detailed(
            migration_id=migration_id,
            client=client,
        )
    ).parsed
