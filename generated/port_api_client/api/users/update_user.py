from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_user_body import UpdateUserBody
from ...models.update_user_response import UpdateUserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_email: str,
    *,
    body: UpdateUserBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/users/{user_email}".format(
            user_email=quote(str(user_email), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateUserResponse | None:
    if response.status_code == 200:
        response_200 = UpdateUserResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateUserResponse]:
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
    body: UpdateUserBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateUserResponse]:
    """Update a user

     Port API reference: https://docs.port.io/api-reference/update-a-user

    Args:
        user_email (str):
        body (UpdateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateUserResponse]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_email: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBody | Unset = UNSET,
) -> ErrorResponse | UpdateUserResponse | None:
    """Update a user

     Port API reference: https://docs.port.io/api-reference/update-a-user

    Args:
        user_email (str):
        body (UpdateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateUserResponse
    """

    return sync_detailed(
        user_email=user_email,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_email: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateUserResponse]:
    """Update a user

     Port API reference: https://docs.port.io/api-reference/update-a-user

    Args:
        user_email (str):
        body (UpdateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateUserResponse]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_email: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBody | Unset = UNSET,
) -> ErrorResponse | UpdateUserResponse | None:
    """Update a user

     Port API reference: https://docs.port.io/api-reference/update-a-user

    Args:
        user_email (str):
        body (UpdateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateUserResponse
    """

    return (
        await asyncio_detailed(
            user_email=user_email,
            client=client,
            body=body,
        )
    ).parsed
