from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_create_entities_body import BulkCreateEntitiesBody
from ...models.bulk_create_entities_response import BulkCreateEntitiesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_identifier: str,
    *,
    body: BulkCreateEntitiesBody,
    upsert: bool | Unset = False,
    validation_only: bool | Unset = False,
    create_missing_related_entities: bool | Unset = False,
    merge: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["upsert"] = upsert

    params["validation_only"] = validation_only

    params["create_missing_related_entities"] = create_missing_related_entities

    params["merge"] = merge

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/blueprints/{blueprint_identifier}/entities/bulk".format(
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
) -> BulkCreateEntitiesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BulkCreateEntitiesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = BulkCreateEntitiesResponse.from_dict(response.json())

        return response_207

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
) -> Response[BulkCreateEntitiesResponse | ErrorResponse]:
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
    body: BulkCreateEntitiesBody,
    upsert: bool | Unset = False,
    validation_only: bool | Unset = False,
    create_missing_related_entities: bool | Unset = False,
    merge: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[BulkCreateEntitiesResponse | ErrorResponse]:
    """Create multiple entities

     Port API reference: https://docs.port.io/api-reference/create-multiple-entities

    Args:
        blueprint_identifier (str):
        upsert (bool | Unset):  Default: False.
        validation_only (bool | Unset):  Default: False.
        create_missing_related_entities (bool | Unset):  Default: False.
        merge (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkCreateEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCreateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
        upsert=upsert,
        validation_only=validation_only,
        create_missing_related_entities=create_missing_related_entities,
        merge=merge,
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
    body: BulkCreateEntitiesBody,
    upsert: bool | Unset = False,
    validation_only: bool | Unset = False,
    create_missing_related_entities: bool | Unset = False,
    merge: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> BulkCreateEntitiesResponse | ErrorResponse | None:
    """Create multiple entities

     Port API reference: https://docs.port.io/api-reference/create-multiple-entities

    Args:
        blueprint_identifier (str):
        upsert (bool | Unset):  Default: False.
        validation_only (bool | Unset):  Default: False.
        create_missing_related_entities (bool | Unset):  Default: False.
        merge (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkCreateEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkCreateEntitiesResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
        body=body,
        upsert=upsert,
        validation_only=validation_only,
        create_missing_related_entities=create_missing_related_entities,
        merge=merge,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: BulkCreateEntitiesBody,
    upsert: bool | Unset = False,
    validation_only: bool | Unset = False,
    create_missing_related_entities: bool | Unset = False,
    merge: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> Response[BulkCreateEntitiesResponse | ErrorResponse]:
    """Create multiple entities

     Port API reference: https://docs.port.io/api-reference/create-multiple-entities

    Args:
        blueprint_identifier (str):
        upsert (bool | Unset):  Default: False.
        validation_only (bool | Unset):  Default: False.
        create_missing_related_entities (bool | Unset):  Default: False.
        merge (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkCreateEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCreateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
        upsert=upsert,
        validation_only=validation_only,
        create_missing_related_entities=create_missing_related_entities,
        merge=merge,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: BulkCreateEntitiesBody,
    upsert: bool | Unset = False,
    validation_only: bool | Unset = False,
    create_missing_related_entities: bool | Unset = False,
    merge: bool | Unset = False,
    run_id: str | Unset = UNSET,
) -> BulkCreateEntitiesResponse | ErrorResponse | None:
    """Create multiple entities

     Port API reference: https://docs.port.io/api-reference/create-multiple-entities

    Args:
        blueprint_identifier (str):
        upsert (bool | Unset):  Default: False.
        validation_only (bool | Unset):  Default: False.
        create_missing_related_entities (bool | Unset):  Default: False.
        merge (bool | Unset):  Default: False.
        run_id (str | Unset):
        body (BulkCreateEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkCreateEntitiesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
            body=body,
            upsert=upsert,
            validation_only=validation_only,
            create_missing_related_entities=create_missing_related_entities,
            merge=merge,
            run_id=run_id,
        )
    ).parsed
