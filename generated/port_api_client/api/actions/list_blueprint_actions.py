from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actions_response import ActionsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    blueprint_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/blueprints/{blueprint_identifier}/actions".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActionsResponse.from_dict(response.json())

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
) -> Response[ActionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActionsResponse | ErrorResponse]:
    """GET /v1/blueprints/{blueprint_identifier}/actions (deprecated by Port)

     Port API reference: https://docs.port.io/api-reference/this-route-is-deprecated-since-
    november-20th-2024

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> ActionsResponse | ErrorResponse | None:
    """GET /v1/blueprints/{blueprint_identifier}/actions (deprecated by Port)

     Port API reference: https://docs.port.io/api-reference/this-route-is-deprecated-since-
    november-20th-2024

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActionsResponse | ErrorResponse]:
    """GET /v1/blueprints/{blueprint_identifier}/actions (deprecated by Port)

     Port API reference: https://docs.port.io/api-reference/this-route-is-deprecated-since-
    november-20th-2024

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> ActionsResponse | ErrorResponse | None:
    """GET /v1/blueprints/{blueprint_identifier}/actions (deprecated by Port)

     Port API reference: https://docs.port.io/api-reference/this-route-is-deprecated-since-
    november-20th-2024

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
        )
    ).parsed
