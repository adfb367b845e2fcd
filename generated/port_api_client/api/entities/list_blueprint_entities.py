from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entities_response import EntitiesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_identifier: str,
    *,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exclude_calculated_properties"] = exclude_calculated_properties

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params["attach_title_to_relation"] = attach_title_to_relation

    params["attach_identifier_to_title_mirror_properties"] = (
        attach_identifier_to_title_mirror_properties
    )

    params["allow_partial_results"] = allow_partial_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/blueprints/{blueprint_identifier}/entities".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntitiesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EntitiesResponse.from_dict(response.json())

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
) -> Response[EntitiesResponse | ErrorResponse]:
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
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> Response[EntitiesResponse | ErrorResponse]:
    """Get all entities of a blueprint

     Port API reference: https://docs.port.io/api-reference/get-all-entities-of-a-blueprint

    Args:
        blueprint_identifier (str):
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        exclude_calculated_properties=exclude_calculated_properties,
        include=include,
        exclude=exclude,
        attach_title_to_relation=attach_title_to_relation,
        attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
        allow_partial_results=allow_partial_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> EntitiesResponse | ErrorResponse | None:
    """Get all entities of a blueprint

     Port API reference: https://docs.port.io/api-reference/get-all-entities-of-a-blueprint

    Args:
        blueprint_identifier (str):
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitiesResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
        exclude_calculated_properties=exclude_calculated_properties,
        include=include,
        exclude=exclude,
        attach_title_to_relation=attach_title_to_relation,
        attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
        allow_partial_results=allow_partial_results,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> Response[EntitiesResponse | ErrorResponse]:
    """Get all entities of a blueprint

     Port API reference: https://docs.port.io/api-reference/get-all-entities-of-a-blueprint

    Args:
        blueprint_identifier (str):
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        exclude_calculated_properties=exclude_calculated_properties,
        include=include,
        exclude=exclude,
        attach_title_to_relation=attach_title_to_relation,
        attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
        allow_partial_results=allow_partial_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> EntitiesResponse | ErrorResponse | None:
    """Get all entities of a blueprint

     Port API reference: https://docs.port.io/api-reference/get-all-entities-of-a-blueprint

    Args:
        blueprint_identifier (str):
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitiesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
            exclude_calculated_properties=exclude_calculated_properties,
            include=include,
            exclude=exclude,
            attach_title_to_relation=attach_title_to_relation,
            attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
            allow_partial_results=allow_partial_results,
        )
    ).parsed
