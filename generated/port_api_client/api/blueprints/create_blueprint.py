from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blueprint_response import BlueprintResponse
from ...models.create_blueprint_body import CreateBlueprintBody
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateBlueprintBody,
    create_catalog_page: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["create_catalog_page"] = create_catalog_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/blueprints",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlueprintResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = BlueprintResponse.from_dict(response.json())

        return response_201

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
) -> Response[BlueprintResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBlueprintBody,
    create_catalog_page: bool | Unset = True,
) -> Response[BlueprintResponse | ErrorResponse]:
    """Create a blueprint

     Port API reference: https://docs.port.io/api-reference/create-a-blueprint

    Args:
        create_catalog_page (bool | Unset):  Default: True.
        body (CreateBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        create_catalog_page=create_catalog_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateBlueprintBody,
    create_catalog_page: bool | Unset = True,
) -> BlueprintResponse | ErrorResponse | None:
    """Create a blueprint

     Port API reference: https://docs.port.io/api-reference/create-a-blueprint

    Args:
        create_catalog_page (bool | Unset):  Default: True.
        body (CreateBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        create_catalog_page=create_catalog_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBlueprintBody,
    create_catalog_page: bool | Unset = True,
) -> Response[BlueprintResponse | ErrorResponse]:
    """Create a blueprint

     Port API reference: https://docs.port.io/api-reference/create-a-blueprint

    Args:
        create_catalog_page (bool | Unset):  Default: True.
        body (CreateBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        create_catalog_page=create_catalog_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBlueprintBody,
    create_catalog_page: bool | Unset = True,
) -> BlueprintResponse | ErrorResponse | None:
    """Create a blueprint

     Port API reference: https://docs.port.io/api-reference/create-a-blueprint

    Args:
        create_catalog_page (bool | Unset):  Default: True.
        body (CreateBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            create_catalog_page=create_catalog_page,
        )
    ).parsed
