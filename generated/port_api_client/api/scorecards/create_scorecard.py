from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_scorecard_body import CreateScorecardBody
from ...models.error_response import ErrorResponse
from ...models.scorecard_response import ScorecardResponse
from ...types import Response


def _get_kwargs(
    blueprint_identifier: str,
    *,
    body: CreateScorecardBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/blueprints/{blueprint_identifier}/scorecards".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScorecardResponse | None:
    if response.status_code == 201:
        response_201 = ScorecardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScorecardResponse]:
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
    body: CreateScorecardBody,
) -> Response[ErrorResponse | ScorecardResponse]:
    """Create a scorecard

     Port API reference: https://docs.port.io/api-reference/create-a-scorecard

    Args:
        blueprint_identifier (str):
        body (CreateScorecardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateScorecardBody,
) -> ErrorResponse | ScorecardResponse | None:
    """Create a scorecard

     Port API reference: https://docs.port.io/api-reference/create-a-scorecard

    Args:
        blueprint_identifier (str):
        body (CreateScorecardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateScorecardBody,
) -> Response[ErrorResponse | ScorecardResponse]:
    """Create a scorecard

     Port API reference: https://docs.port.io/api-reference/create-a-scorecard

    Args:
        blueprint_identifier (str):
        body (CreateScorecardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateScorecardBody,
) -> ErrorResponse | ScorecardResponse | None:
    """Create a scorecard

     Port API reference: https://docs.port.io/api-reference/create-a-scorecard

    Args:
        blueprint_identifier (str):
        body (CreateScorecardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
            body=body,
        )
    ).parsed
