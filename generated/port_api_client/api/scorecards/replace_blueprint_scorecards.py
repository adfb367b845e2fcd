from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.replace_blueprint_scorecards_body import ReplaceBlueprintScorecardsBody
from ...models.scorecards_response import ScorecardsResponse
from ...types import Response


def _get_kwargs(
    blueprint_identifier: str,
    *,
    body: list[ReplaceBlueprintScorecardsBody],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/blueprints/{blueprint_identifier}/scorecards".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScorecardsResponse | None:
    if response.status_code == 200:
        response_200 = ScorecardsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScorecardsResponse]:
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
    body: list[ReplaceBlueprintScorecardsBody],
) -> Response[ErrorResponse | ScorecardsResponse]:
    """Change scorecards

     Port API reference: https://docs.port.io/api-reference/change-scorecards

    Args:
        blueprint_identifier (str):
        body (list[ReplaceBlueprintScorecardsBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardsResponse]
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
    body: list[ReplaceBlueprintScorecardsBody],
) -> ErrorResponse | ScorecardsResponse | None:
    """Change scorecards

     Port API reference: https://docs.port.io/api-reference/change-scorecards

    Args:
        blueprint_identifier (str):
        body (list[ReplaceBlueprintScorecardsBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardsResponse
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
    body: list[ReplaceBlueprintScorecardsBody],
) -> Response[ErrorResponse | ScorecardsResponse]:
    """Change scorecards

     Port API reference: https://docs.port.io/api-reference/change-scorecards

    Args:
        blueprint_identifier (str):
        body (list[ReplaceBlueprintScorecardsBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardsResponse]
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
    body: list[ReplaceBlueprintScorecardsBody],
) -> ErrorResponse | ScorecardsResponse | None:
    """Change scorecards

     Port API reference: https://docs.port.io/api-reference/change-scorecards

    Args:
        blueprint_identifier (str):
        body (list[ReplaceBlueprintScorecardsBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardsResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
            body=body,
        )
    ).parsed
