from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_integration_sync_response import GetIntegrationSyncResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_internal_id: str,
    *,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/{integration_internal_id}/syncsMetadata".format(
            integration_internal_id=quote(str(integration_internal_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIntegrationSyncResponse | None:
    if response.status_code == 200:
        response_200 = GetIntegrationSyncResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetIntegrationSyncResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_internal_id: str,
    *,
    client: AuthenticatedClient,
    authorization: str | Unset = UNSET,
) -> Response[ErrorResponse | GetIntegrationSyncResponse]:
    """Get an integration's sync metadata

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-sync-metadata

    Args:
        integration_internal_id (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationSyncResponse]
    """

    kwargs = _get_kwargs(
        integration_internal_id=integration_internal_id,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_internal_id: str,
    *,
    client: AuthenticatedClient,
    authorization: str | Unset = UNSET,
) -> ErrorResponse | GetIntegrationSyncResponse | None:
    """Get an integration's sync metadata

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-sync-metadata

    Args:
        integration_internal_id (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIntegrationSyncResponse
    """

    return sync_detailed(
        integration_internal_id=integration_internal_id,
        client=client,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    integration_internal_id: str,
    *,
    client: AuthenticatedClient,
    authorization: str | Unset = UNSET,
) -> Response[ErrorResponse | GetIntegrationSyncResponse]:
    """Get an integration's sync metadata

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-sync-metadata

    Args:
        integration_internal_id (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationSyncResponse]
    """

    kwargs = _get_kwargs(
        integration_internal_id=integration_internal_id,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_internal_id: str,
    *,
    client: AuthenticatedClient,
    authorization: str | Unset = UNSET,
) -> ErrorResponse | GetIntegrationSyncResponse | None:
    """Get an integration's sync metadata

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-sync-metadata

    Args:
        integration_internal_id (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIntegrationSyncResponse
    """

    return (
        await asyncio_detailed(
            integration_internal_id=integration_internal_id,
            client=client,
            authorization=authorization,
        )
    ).parsed
