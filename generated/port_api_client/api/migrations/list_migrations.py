from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_migrations_param_status import ListMigrationsParamStatus
from ...models.migrations_response import MigrationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: list[ListMigrationsParamStatus] | Unset = UNSET,
    actor: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["actor"] = actor

    params["blueprint"] = blueprint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/migrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MigrationsResponse | None:
    if response.status_code == 200:
        response_200 = MigrationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MigrationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: list[ListMigrationsParamStatus] | Unset = UNSET,
    actor: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
) -> Response[ErrorResponse | MigrationsResponse]:
    """Get all migrations

     Port API reference: https://docs.port.io/api-reference/get-all-migrations

    Args:
        status (list[ListMigrationsParamStatus] | Unset):
        actor (str | Unset):
        blueprint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        actor=actor,
        blueprint=blueprint,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: list[ListMigrationsParamStatus] | Unset = UNSET,
    actor: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
) -> ErrorResponse | MigrationsResponse | None:
    """Get all migrations

     Port API reference: https://docs.port.io/api-reference/get-all-migrations

    Args:
        status (list[ListMigrationsParamStatus] | Unset):
        actor (str | Unset):
        blueprint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        actor=actor,
        blueprint=blueprint,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: list[ListMigrationsParamStatus] | Unset = UNSET,
    actor: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
) -> Response[ErrorResponse | MigrationsResponse]:
    """Get all migrations

     Port API reference: https://docs.port.io/api-reference/get-all-migrations

    Args:
        status (list[ListMigrationsParamStatus] | Unset):
        actor (str | Unset):
        blueprint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MigrationsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        actor=actor,
        blueprint=blueprint,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: list[ListMigrationsParamStatus] | Unset = UNSET,
    actor: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
) -> ErrorResponse | MigrationsResponse | None:
    """Get all migrations

     Port API reference: https://docs.port.io/api-reference/get-all-migrations

    Args:
        status (list[ListMigrationsParamStatus] | Unset):
        actor (str | Unset):
        blueprint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MigrationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            actor=actor,
            blueprint=blueprint,
        )
    ).parsed
