from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.integrations_response import IntegrationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actions_processing_enabled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["actionsProcessingEnabled"] = actions_processing_enabled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IntegrationsResponse | None:
    if response.status_code == 200:
        response_200 = IntegrationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | IntegrationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    actions_processing_enabled: bool | Unset = UNSET,
) -> Response[ErrorResponse | IntegrationsResponse]:
    """Get all integrations

     Port API reference: https://docs.port.io/api-reference/get-all-integrations

    Args:
        actions_processing_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationsResponse]
    """

    kwargs = _get_kwargs(
        actions_processing_enabled=actions_processing_enabled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    actions_processing_enabled: bool | Unset = UNSET,
) -> ErrorResponse | IntegrationsResponse | None:
    """Get all integrations

     Port API reference: https://docs.port.io/api-reference/get-all-integrations

    Args:
        actions_processing_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationsResponse
    """

    return sync_detailed(
        client=client,
        actions_processing_enabled=actions_processing_enabled,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    actions_processing_enabled: bool | Unset = UNSET,
) -> Response[ErrorResponse | IntegrationsResponse]:
    """Get all integrations

     Port API reference: https://docs.port.io/api-reference/get-all-integrations

    Args:
        actions_processing_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationsResponse]
    """

    kwargs = _get_kwargs(
        actions_processing_enabled=actions_processing_enabled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    actions_processing_enabled: bool | Unset = UNSET,
) -> ErrorResponse | IntegrationsResponse | None:
    """Get all integrations

     Port API reference: https://docs.port.io/api-reference/get-all-integrations

    Args:
        actions_processing_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            actions_processing_enabled=actions_processing_enabled,
        )
    ).parsed
