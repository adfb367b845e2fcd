from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runs_response import RunsResponse
from ...models.source import Source
from ...models.version import Version
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    user_email: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    external_run_id: str | Unset = UNSET,
    version: Version | Unset = UNSET,
    action: str | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["entity"] = entity

    params["blueprint"] = blueprint

    params["active"] = active

    params["user_email"] = user_email

    params["user_id"] = user_id

    params["limit"] = limit

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params["external_run_id"] = external_run_id

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version.value

    params["version"] = json_version

    params["action"] = action

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = []
        for source_item_data in source:
            source_item = source_item_data.value
            json_source.append(source_item)

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/actions/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunsResponse | None:
    if response.status_code == 200:
        response_200 = RunsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RunsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    user_email: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    external_run_id: str | Unset = UNSET,
    version: Version | Unset = UNSET,
    action: str | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
) -> Response[ErrorResponse | RunsResponse]:
    """Get all action runs

     Port API reference: https://docs.port.io/api-reference/get-all-action-runs

    Args:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunsResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
        blueprint=blueprint,
        active=active,
        user_email=user_email,
        user_id=user_id,
        limit=limit,
        exclude=exclude,
        external_run_id=external_run_id,
        version=version,
        action=action,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    user_email: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    external_run_id: str | Unset = UNSET,
    version: Version | Unset = UNSET,
    action: str | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
) -> ErrorResponse | RunsResponse | None:
    """Get all action runs

     Port API reference: https://docs.port.io/api-reference/get-all-action-runs

    Args:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunsResponse
    """

    return sync_detailed(
        client=client,
        entity=entity,
        blueprint=blueprint,
        active=active,
        user_email=user_email,
        user_id=user_id,
        limit=limit,
        exclude=exclude,
        external_run_id=external_run_id,
        version=version,
        action=action,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    user_email: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    external_run_id: str | Unset = UNSET,
    version: Version | Unset = UNSET,
    action: str | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
) -> Response[ErrorResponse | RunsResponse]:
    """Get all action runs

     Port API reference: https://docs.port.io/api-reference/get-all-action-runs

    Args:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunsResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
        blueprint=blueprint,
        active=active,
        user_email=user_email,
        user_id=user_id,
        limit=limit,
        exclude=exclude,
        external_run_id=external_run_id,
        version=version,
        action=action,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    user_email: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    external_run_id: str | Unset = UNSET,
    version: Version | Unset = UNSET,
    action: str | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
) -> ErrorResponse | RunsResponse | None:
    """Get all action runs

     Port API reference: https://docs.port.io/api-reference/get-all-action-runs

    Args:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            entity=entity,
            blueprint=blueprint,
            active=active,
            user_email=user_email,
            user_id=user_id,
            limit=limit,
            exclude=exclude,
            external_run_id=external_run_id,
            version=version,
            action=action,
            source=source,
        )
    ).parsed
