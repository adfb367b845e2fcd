from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field import Field
from ...models.get_team_response import GetTeamResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    fields: list[Field] | Unset = UNSET,
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
        "url": "/v1/teams/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTeamResponse | None:
    if response.status_code == 200:
        response_200 = GetTeamResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetTeamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    fields: list[Field] | Unset = UNSET,
) -> Response[ErrorResponse | GetTeamResponse]:
    """Get a team

     Port API reference: https://docs.port.io/api-reference/get-a-team

    Args:
        name (str):
        fields (list[Field] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    fields: list[Field] | Unset = UNSET,
) -> ErrorResponse | GetTeamResponse | None:
    """Get a team

     Port API reference: https://docs.port.io/api-reference/get-a-team

    Args:
        name (str):
        fields (list[Field] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    fields: list[Field] | Unset = UNSET,
) -> Response[ErrorResponse | GetTeamResponse]:
    """Get a team

     Port API reference: https://docs.port.io/api-reference/get-a-team

    Args:
        name (str):
        fields (list[Field] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    fields: list[Field] | Unset = UNSET,
) -> ErrorResponse | GetTeamResponse | None:
    """Get a team

     Port API reference: https://docs.port.io/api-reference/get-a-team

    Args:
        name (str):
        fields (list[Field] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            fields=fields,
        )
    ).parsed
