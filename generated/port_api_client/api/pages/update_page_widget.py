from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.identifier_response import IdentifierResponse
from ...types import Response


def _get_kwargs(
    page_identifier: str,
    widget_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/pages/{page_identifier}/widgets/{widget_id}".format(
            page_identifier=quote(str(page_identifier), safe=""),
            widget_id=quote(str(widget_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IdentifierResponse | None:
    if response.status_code == 200:
        response_200 = IdentifierResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | IdentifierResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    page_identifier: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | IdentifierResponse]:
    """Update a widget

     Port API reference: https://docs.port.io/api-reference/update-a-widget

    Args:
        page_identifier (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentifierResponse]
    """

    kwargs = _get_kwargs(
        page_identifier=page_identifier,
        widget_id=widget_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    page_identifier: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | IdentifierResponse | None:
    """Update a widget

     Port API reference: https://docs.port.io/api-reference/update-a-widget

    Args:
        page_identifier (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentifierResponse
    """

    return sync_detailed(
        page_identifier=page_identifier,
        widget_id=widget_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    page_identifier: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | IdentifierResponse]:
    """Update a widget

     Port API reference: https://docs.port.io/api-reference/update-a-widget

    Args:
        page_identifier (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentifierResponse]
    """

    kwargs = _get_kwargs(
        page_identifier=page_identifier,
        widget_id=widget_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    page_identifier: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | IdentifierResponse | None:
    """Update a widget

     Port API reference: https://docs.port.io/api-reference/update-a-widget

    Args:
        page_identifier (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentifierResponse
    """

    return (
        await asyncio_detailed(
            page_identifier=page_identifier,
            widget_id=widget_id,
            client=client,
        )
    ).parsed
