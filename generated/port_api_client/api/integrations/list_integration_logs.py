from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_integration_logs_param_direction import ListIntegrationLogsParamDirection
from ...models.list_integration_logs_param_level import ListIntegrationLogsParamLevel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    limit: int | Unset = 100,
    timestamp: str | Unset = UNSET,
    log_id: str | Unset = UNSET,
    direction: ListIntegrationLogsParamDirection | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    level: list[ListIntegrationLogsParamLevel] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["timestamp"] = timestamp

    params["log_id"] = log_id

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_event_id: None | str | Unset
    if isinstance(event_id, Unset):
        json_event_id = UNSET
    else:
        json_event_id = event_id
    params["eventId"] = json_event_id

    json_level: list[str] | None | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, list):
        json_level = []
        for level_type_0_item_data in level:
            level_type_0_item = level_type_0_item_data.value
            json_level.append(level_type_0_item)

    else:
        json_level = level
    params["level"] = json_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/{identifier}/logs".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | None:
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
) -> Response[ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    timestamp: str | Unset = UNSET,
    log_id: str | Unset = UNSET,
    direction: ListIntegrationLogsParamDirection | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    level: list[ListIntegrationLogsParamLevel] | None | Unset = UNSET,
) -> Response[ErrorResponse]:
    """Get an integration's logs

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-logs

    Args:
        identifier (str):
        limit (int | Unset):  Default: 100.
        timestamp (str | Unset):
        log_id (str | Unset):
        direction (ListIntegrationLogsParamDirection | Unset):
        event_id (None | str | Unset):
        level (list[ListIntegrationLogsParamLevel] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        limit=limit,
        timestamp=timestamp,
        log_id=log_id,
        direction=direction,
        event_id=event_id,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    timestamp: str | Unset = UNSET,
    log_id: str | Unset = UNSET,
    direction: ListIntegrationLogsParamDirection | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    level: list[ListIntegrationLogsParamLevel] | None | Unset = UNSET,
) -> ErrorResponse | None:
    """Get an integration's logs

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-logs

    Args:
        identifier (str):
        limit (int | Unset):  Default: 100.
        timestamp (str | Unset):
        log_id (str | Unset):
        direction (ListIntegrationLogsParamDirection | Unset):
        event_id (None | str | Unset):
        level (list[ListIntegrationLogsParamLevel] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        limit=limit,
        timestamp=timestamp,
        log_id=log_id,
        direction=direction,
        event_id=event_id,
        level=level,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    timestamp: str | Unset = UNSET,
    log_id: str | Unset = UNSET,
    direction: ListIntegrationLogsParamDirection | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    level: list[ListIntegrationLogsParamLevel] | None | Unset = UNSET,
) -> Response[ErrorResponse]:
    """Get an integration's logs

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-logs

    Args:
        identifier (str):
        limit (int | Unset):  Default: 100.
        timestamp (str | Unset):
        log_id (str | Unset):
        direction (ListIntegrationLogsParamDirection | Unset):
        event_id (None | str | Unset):
        level (list[ListIntegrationLogsParamLevel] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        limit=limit,
        timestamp=timestamp,
        log_id=log_id,
        direction=direction,
        event_id=event_id,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    timestamp: str | Unset = UNSET,
    log_id: str | Unset = UNSET,
    direction: ListIntegrationLogsParamDirection | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    level: list[ListIntegrationLogsParamLevel] | None | Unset = UNSET,
) -> ErrorResponse | None:
    """Get an integration's logs

     Port API reference: https://docs.port.io/api-reference/get-an-integrations-logs

    Args:
        identifier (str):
        limit (int | Unset):  Default: 100.
        timestamp (str | Unset):
        log_id (str | Unset):
        direction (ListIntegrationLogsParamDirection | Unset):
        event_id (None | str | Unset):
        level (list[ListIntegrationLogsParamLevel] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            limit=limit,
            timestamp=timestamp,
            log_id=log_id,
            direction=direction,
            event_id=event_id,
            level=level,
        )
    ).parsed
