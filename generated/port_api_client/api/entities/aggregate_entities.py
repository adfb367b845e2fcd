from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggregate_by_property import AggregateByProperty
from ...models.aggregate_entities_response import AggregateEntitiesResponse
from ...models.count_entities import CountEntities
from ...models.error_response import ErrorResponse
from ...models.group_by_property import GroupByProperty
from ...models.group_by_relation import GroupByRelation
from ...models.group_by_scorecard import GroupByScorecard
from ...models.group_by_scorecard_rule import GroupByScorecardRule
from ...types import Response


def _get_kwargs(
    *,
    body: AggregateByProperty
    | CountEntities
    | GroupByProperty
    | GroupByRelation
    | GroupByScorecard
    | GroupByScorecardRule,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/entities/aggregate",
    }

    if isinstance(body, CountEntities):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AggregateByProperty):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupByProperty):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupByRelation):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupByScorecard):
        _kwargs["json"] = body.to_dict()
    else:
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
    body: AggregateByProperty
    | CountEntities
    | GroupByProperty
    | GroupByRelation
    | GroupByScorecard
    | GroupByScorecardRule,
) -> Response[AggregateEntitiesResponse | ErrorResponse]:
    """Aggregate entities

     Port API reference: https://docs.port.io/api-reference/aggregate-entities

    Args:
        body (AggregateByProperty | CountEntities | GroupByProperty | GroupByRelation |
            GroupByScorecard | GroupByScorecardRule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AggregateByProperty
    | CountEntities
    | GroupByProperty
    | GroupByRelation
    | GroupByScorecard
    | GroupByScorecardRule,
) -> AggregateEntitiesResponse | ErrorResponse | None:
    """Aggregate entities

     Port API reference: https://docs.port.io/api-reference/aggregate-entities

    Args:
        body (AggregateByProperty | CountEntities | GroupByProperty | GroupByRelation |
            GroupByScorecard | GroupByScorecardRule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregateEntitiesResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AggregateByProperty
    | CountEntities
    | GroupByProperty
    | GroupByRelation
    | GroupByScorecard
    | GroupByScorecardRule,
) -> Response[AggregateEntitiesResponse | ErrorResponse]:
    """Aggregate entities

     Port API reference: https://docs.port.io/api-reference/aggregate-entities

    Args:
        body (AggregateByProperty | CountEntities | GroupByProperty | GroupByRelation |
            GroupByScorecard | GroupByScorecardRule):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregateEntitiesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AggregateByProperty
    | CountEntities
    | GroupByProperty
    | GroupByRelation
    | GroupByScorecard
    | GroupByScorecardRule,
) -> AggregateEntitiesResponse | ErrorResponse | None:
    """Aggregate entities

     Port API reference: https://docs.port.io/api-reference/aggregate-entities

    Args:
        body (AggregateByProperty | CountEntities | GroupByProperty | GroupByRelation |
            GroupByScorecard | GroupByScorecardRule):

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
        )
    ).parsed
