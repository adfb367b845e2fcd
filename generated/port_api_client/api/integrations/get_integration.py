from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.by_field import ByField
from ...models.error_response import ErrorResponse
from ...models.get_integration_response import GetIntegrationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    by_field: ByField | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by_field: str | Unset = UNSET
    if not isinstance(by_field, Unset):
        json_by_field = by_field.value

    params["byField"] = json_by_field

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIntegrationResponse | None:
    if response.status_code == 200:
        response_200 = GetIntegrationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetIntegrationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    by_field: ByField | Unset = UNSET,
) -> Response[ErrorResponse | GetIntegrationResponse]:
    """Get an integration

     Port API reference: https://docs.port.io/api-reference/get-an-integration

    Args:
        identifier (str):
        by_field (ByField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        by_field=by_field,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    by_field: ByField | Unset = UNSET,
) -> ErrorResponse | GetIntegrationResponse | None:
    """Get an integration

     Port API reference: https://docs.port.io/api-reference/get-an-integration

    Args:
        identifier (str):
        by_field (ByField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIntegrationResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        by_field=by_field,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    by_field: ByField | Unset = UNSET,
) -> Response[ErrorResponse | GetIntegrationResponse]:
    """Get an integration

     Port API reference: https://docs.port.io/api-reference/get-an-integration

    Args:
        identifier (str):
        by_field (ByField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        by_field=by_field,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    by_field: ByField | Unset = UNSET,
) -> ErrorResponse | GetIntegrationResponse | None:
    """Get an integration

     Port API reference: https://docs.port.io/api-reference/get-an-integration

    Args:
        identifier (str):
        by_field (ByField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetIntegrationResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            by_field=by_field,
        )
    ).parsed
