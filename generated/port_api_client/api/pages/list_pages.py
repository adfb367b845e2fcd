from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pages_response import PagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compact: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["compact"] = compact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PagesResponse | None:
    if response.status_code == 200:
        response_200 = PagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    compact: bool | Unset = False,
) -> Response[ErrorResponse | PagesResponse]:
    """Get all pages in your portal

     Port API reference: https://docs.port.io/api-reference/get-all-pages-in-your-portal

    Args:
        compact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PagesResponse]
    """

    kwargs = _get_kwargs(
        compact=compact,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    compact: bool | Unset = False,
) -> ErrorResponse | PagesResponse | None:
    """Get all pages in your portal

     Port API reference: https://docs.port.io/api-reference/get-all-pages-in-your-portal

    Args:
        compact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PagesResponse
    """

    return sync_detailed(
        client=client,
        compact=compact,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    compact: bool | Unset = False,
) -> Response[ErrorResponse | PagesResponse]:
    """Get all pages in your portal

     Port API reference: https://docs.port.io/api-reference/get-all-pages-in-your-portal

    Args:
        compact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PagesResponse]
    """

    kwargs = _get_kwargs(
        compact=compact,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    compact: bool | Unset = False,
) -> ErrorResponse | PagesResponse | None:
    """Get all pages in your portal

     Port API reference: https://docs.port.io/api-reference/get-all-pages-in-your-portal

    Args:
        compact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            compact=compact,
        )
    ).parsed
