from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_response import EntityResponse
from ...models.error_response import ErrorResponse
from ...models.update_entity_body import UpdateEntityBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_identifier: str,
    entity_identifier: str,
    *,
    body: UpdateEntityBody | Unset = UNSET,
    create_missing_related_entities: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["create_missing_related_entities"] = create_missing_related_entities

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/blueprints/{blueprint_identifier}/entities/{entity_identifier}".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
            entity_identifier=quote(str(entity_identifier), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EntityResponse.from_dict(response.json())

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
) -> Response[EntityResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    blueprint_identifier: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEntityBody | Unset = UNSET,
    create_missing_related_entities: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[EntityResponse | ErrorResponse]:
    """Update an entity

     Port API reference: https://docs.port.io/api-reference/update-an-entity

    Args:
        blueprint_identifier (str):
        entity_identifier (str):
        create_missing_related_entities (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (UpdateEntityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        entity_identifier=entity_identifier,
        body=body,
        create_missing_related_entities=create_missing_related_entities,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEntityBody | Unset = UNSET,
    create_missing_related_entities: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> EntityResponse | ErrorResponse | None:
    """Update an entity

     Port API reference: https://docs.port.io/api-reference/update-an-entity

    Args:
        blueprint_identifier (str):
        entity_identifier (str):
        create_missing_related_entities (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (UpdateEntityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        entity_identifier=entity_identifier,
        client=client,
        body=body,
        create_missing_related_entities=create_missing_related_entities,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEntityBody | Unset = UNSET,
    create_missing_related_entities: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[EntityResponse | ErrorResponse]:
    """Update an entity

     Port API reference: https://docs.port.io/api-reference/update-an-entity

    Args:
        blueprint_identifier (str):
        entity_identifier (str):
        create_missing_related_entities (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (UpdateEntityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        entity_identifier=entity_identifier,
        body=body,
        create_missing_related_entities=create_missing_related_entities,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEntityBody | Unset = UNSET,
    create_missing_related_entities: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> EntityResponse | ErrorResponse | None:
    """Update an entity

     Port API reference: https://docs.port.io/api-reference/update-an-entity

    Args:
        blueprint_identifier (str):
        entity_identifier (str):
        create_missing_related_entities (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (UpdateEntityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            entity_identifier=entity_identifier,
            client=client,
            body=body,
            create_missing_related_entities=create_missing_related_entities,
            run_id=run_id,
        )
    ).parsed
