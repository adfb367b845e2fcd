from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_entities_body import BulkDeleteEntitiesBody
from ...models.deleted_entities_response import DeletedEntitiesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_identifier: str,
    *,
    body: BulkDeleteEntitiesBody,
    delete_dependents: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["delete_dependents"] = delete_dependents

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/blueprints/{blueprint_identifier}/bulk/entities/delete".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedEntitiesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletedEntitiesResponse.from_dict(response.json())

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
) -> Response[DeletedEntitiesResponse | ErrorResponse]:
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
    body: BulkDeleteEntitiesBody,
    delete_dependents: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[DeletedEntitiesResponse | ErrorResponse]:
    """Delete multiple entities

     Port API reference: https://docs.port.io/api-reference/delete-multiple-entities

    Args:
        blueprint_identifier (str):
        delete_dependents (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkDeleteEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
        delete_dependents=delete_dependents,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: BulkDeleteEntitiesBody,
    delete_dependents: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> DeletedEntitiesResponse | ErrorResponse | None:
    """Delete multiple entities

     Port API reference: https://docs.port.io/api-reference/delete-multiple-entities

    Args:
        blueprint_identifier (str):
        delete_dependents (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkDeleteEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedEntitiesResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
        body=body,
        delete_dependents=delete_dependents,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: BulkDeleteEntitiesBody,
    delete_dependents: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[DeletedEntitiesResponse | ErrorResponse]:
    """Delete multiple entities

     Port API reference: https://docs.port.io/api-reference/delete-multiple-entities

    Args:
        blueprint_identifier (str):
        delete_dependents (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkDeleteEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
        delete_dependents=delete_dependents,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: BulkDeleteEntitiesBody,
    delete_dependents: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> DeletedEntitiesResponse | ErrorResponse | None:
    """Delete multiple entities

     Port API reference: https://docs.port.io/api-reference/delete-multiple-entities

    Args:
        blueprint_identifier (str):
        delete_dependents (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkDeleteEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedEntitiesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
            body=body,
            delete_dependents=delete_dependents,
            run_id=run_id,
        )
    ).parsed
