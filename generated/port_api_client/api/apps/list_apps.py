from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apps_response import AppsResponse
from ...models.error_response import ErrorResponse
from ...models.list_apps_param_field import ListAppsParamField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: list[ListAppsParamField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppsResponse.from_dict(response.json())

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
) -> Response[AppsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fields: list[ListAppsParamField] | Unset = UNSET,
) -> Response[AppsResponse | ErrorResponse]:
    """Get all credentials

     Port API reference: https://docs.port.io/api-reference/get-all-credentials

    Args:
        fields (list[ListAppsParamField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: list[ListAppsParamField] | Unset = UNSET,
) -> AppsResponse | ErrorResponse | None:
    """Get all credentials

     Port API reference: https://docs.port.io/api-reference/get-all-credentials

    Args:
        fields (list[ListAppsParamField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: list[ListAppsParamField] | Unset = UNSET,
) -> Response[AppsResponse | ErrorResponse]:
    """Get all credentials

     Port API reference: https://docs.port.io/api-reference/get-all-credentials

    Args:
        fields (list[ListAppsParamField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: list[ListAppsParamField] | Unset = UNSET,
) -> AppsResponse | ErrorResponse | None:
    """Get all credentials

     Port API reference: https://docs.port.io/api-reference/get-all-credentials

    Args:
        fields (list[ListAppsParamField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
        )
    ).parsed
