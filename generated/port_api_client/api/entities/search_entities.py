from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggregate_entities_response import AggregateEntitiesResponse
from ...models.error_response import ErrorResponse
from ...models.search_entities_body import SearchEntitiesBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchEntitiesBody,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/v1/entities/search",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggregateEntitiesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AggregateEntitiesResponse.from_dict(response.json())

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
) -> Response[AggregateEntitiesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchEntitiesBody,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> Response[AggregateEntitiesResponse | ErrorResponse]:
    """Search entities

     Port API reference: https://docs.port.io/api-reference/search-entities

    Args:
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.
        body (SearchEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient,
    body: SearchEntitiesBody,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> AggregateEntitiesResponse | ErrorResponse | None:
    """Search entities

     Port API reference: https://docs.port.io/api-reference/search-entities

    Args:
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.
        body (SearchEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregateEntitiesResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        exclude_calculated_properties=exclude_calculated_properties,
        include=include,
        exclude=exclude,
        attach_title_to_relation=attach_title_to_relation,
        attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
        allow_partial_results=allow_partial_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchEntitiesBody,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> Response[AggregateEntitiesResponse | ErrorResponse]:
    """Search entities

     Port API reference: https://docs.port.io/api-reference/search-entities

    Args:
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.
        body (SearchEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient,
    body: SearchEntitiesBody,
    exclude_calculated_properties: bool | Unset = False,
    include: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    attach_title_to_relation: bool | Unset = False,
    attach_identifier_to_title_mirror_properties: bool | Unset = False,
    allow_partial_results: bool | Unset = False,
) -> AggregateEntitiesResponse | ErrorResponse | None:
    """Search entities

     Port API reference: https://docs.port.io/api-reference/search-entities

    Args:
        exclude_calculated_properties (bool | Unset):  Default: False.
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        attach_title_to_relation (bool | Unset):  Default: False.
        attach_identifier_to_title_mirror_properties (bool | Unset):  Default: False.
        allow_partial_results (bool | Unset):  Default: False.
        body (SearchEntitiesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregateEntitiesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            exclude_calculated_properties=exclude_calculated_properties,
            include=include,
            exclude=exclude,
            attach_title_to_relation=attach_title_to_relation,
            attach_identifier_to_title_mirror_properties=attach_identifier_to_title_mirror_properties,
            allow_partial_results=allow_partial_results,
        )
    ).parsed
