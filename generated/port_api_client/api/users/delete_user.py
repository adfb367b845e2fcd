from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.ok_response import OkResponse
from ...types import Response


def _get_kwargs(
    user_email: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/users/{user_email}".format(
            user_email=quote(str(user_email), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OkResponse | None:
    if response.status_code == 200:
        response_200 = OkResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_email: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | OkResponse]:
    """Delete a user

     Port API reference: https://docs.port.io/api-reference/delete-a-user

    Args:
        user_email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OkResponse]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_email: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | OkResponse | None:
    """Delete a user

     Port API reference: https://docs.port.io/api-reference/delete-a-user

    Args:
        user_email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OkResponse
    """

    return sync_detailed(
        user_email=user_email,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_email: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | OkResponse]:
    """Delete a user

     Port API reference: https://docs.port.io/api-reference/delete-a-user

    Args:
        user_email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OkResponse]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_email: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | OkResponse | None:
    """Delete a user

     Port API reference: https://docs.port.io/api-reference/delete-a-user

    Args:
        user_email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OkResponse
    """

    return (
        await asyncio_detailed(
            user_email=user_email,
            client=client,
        )
    ).parsed
