import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_type import ActionType
from ...models.error_response import ErrorResponse
from ...models.include import Include
from ...models.resource import Resource
from ...models.termination_status import TerminationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    identifier: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    include_deleted_entities: bool | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    webhook_event_id: str | Unset = UNSET,
    origin: list[str] | Unset = UNSET,
    installation_id: str | Unset = UNSET,
    resources: list[Resource] | Resource | Unset = UNSET,
    includes: list[Include] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
    status: TerminationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    action_type: ActionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["identifier"] = identifier

    params["entity"] = entity

    params["include_deleted_entities"] = include_deleted_entities

    params["blueprint"] = blueprint

    params["run_id"] = run_id

    params["webhookId"] = webhook_id

    params["webhookEventId"] = webhook_event_id

    json_origin: list[str] | Unset = UNSET
    if not isinstance(origin, Unset):
        json_origin = origin

    params["origin"] = json_origin

    params["InstallationId"] = installation_id

    json_resources: list[str] | str | Unset
    if isinstance(resources, Unset):
        json_resources = UNSET
    elif isinstance(resources, list):
        json_resources = []
        for resources_type_0_item_data in resources:
            resources_type_0_item = resources_type_0_item_data.value
            json_resources.append(resources_type_0_item)

    else:
        json_resources = resources.value

    params["resources"] = json_resources

    json_includes: list[str] | Unset = UNSET
    if not isinstance(includes, Unset):
        json_includes = []
        for includes_item_data in includes:
            includes_item = includes_item_data.value
            json_includes.append(includes_item)

    params["includes"] = json_includes

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["action"] = action

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_action_type: str | Unset = UNSET
    if not isinstance(action_type, Unset):
        json_action_type = action_type.value

    params["actionType"] = json_action_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-log",
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
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    include_deleted_entities: bool | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    webhook_event_id: str | Unset = UNSET,
    origin: list[str] | Unset = UNSET,
    installation_id: str | Unset = UNSET,
    resources: list[Resource] | Resource | Unset = UNSET,
    includes: list[Include] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
    status: TerminationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    action_type: ActionType | Unset = UNSET,
) -> Response[ErrorResponse]:
    """Get audit logs

     Port API reference: https://docs.port.io/api-reference/get-audit-logs

    Args:
        identifier (str | Unset):
        entity (str | Unset):
        include_deleted_entities (bool | Unset):
        blueprint (str | Unset):
        run_id (str | Unset):
        webhook_id (str | Unset):
        webhook_event_id (str | Unset):
        origin (list[str] | Unset):
        installation_id (str | Unset):
        resources (list[Resource] | Resource | Unset):
        includes (list[Include] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        action (str | Unset):
        status (TerminationStatus | Unset):
        limit (int | Unset):
        action_type (ActionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        entity=entity,
        include_deleted_entities=include_deleted_entities,
        blueprint=blueprint,
        run_id=run_id,
        webhook_id=webhook_id,
        webhook_event_id=webhook_event_id,
        origin=origin,
        installation_id=installation_id,
        resources=resources,
        includes=includes,
        from_=from_,
        to=to,
        action=action,
        status=status,
        limit=limit,
        action_type=action_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    include_deleted_entities: bool | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    webhook_event_id: str | Unset = UNSET,
    origin: list[str] | Unset = UNSET,
    installation_id: str | Unset = UNSET,
    resources: list[Resource] | Resource | Unset = UNSET,
    includes: list[Include] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
    status: TerminationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    action_type: ActionType | Unset = UNSET,
) -> ErrorResponse | None:
    """Get audit logs

     Port API reference: https://docs.port.io/api-reference/get-audit-logs

    Args:
        identifier (str | Unset):
        entity (str | Unset):
        include_deleted_entities (bool | Unset):
        blueprint (str | Unset):
        run_id (str | Unset):
        webhook_id (str | Unset):
        webhook_event_id (str | Unset):
        origin (list[str] | Unset):
        installation_id (str | Unset):
        resources (list[Resource] | Resource | Unset):
        includes (list[Include] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        action (str | Unset):
        status (TerminationStatus | Unset):
        limit (int | Unset):
        action_type (ActionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return sync_detailed(
        client=client,
        identifier=identifier,
        entity=entity,
        include_deleted_entities=include_deleted_entities,
        blueprint=blueprint,
        run_id=run_id,
        webhook_id=webhook_id,
        webhook_event_id=webhook_event_id,
        origin=origin,
        installation_id=installation_id,
        resources=resources,
        includes=includes,
        from_=from_,
        to=to,
        action=action,
        status=status,
        limit=limit,
        action_type=action_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    include_deleted_entities: bool | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    webhook_event_id: str | Unset = UNSET,
    origin: list[str] | Unset = UNSET,
    installation_id: str | Unset = UNSET,
    resources: list[Resource] | Resource | Unset = UNSET,
    includes: list[Include] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
    status: TerminationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    action_type: ActionType | Unset = UNSET,
) -> Response[ErrorResponse]:
    """Get audit logs

     Port API reference: https://docs.port.io/api-reference/get-audit-logs

    Args:
        identifier (str | Unset):
        entity (str | Unset):
        include_deleted_entities (bool | Unset):
        blueprint (str | Unset):
        run_id (str | Unset):
        webhook_id (str | Unset):
        webhook_event_id (str | Unset):
        origin (list[str] | Unset):
        installation_id (str | Unset):
        resources (list[Resource] | Resource | Unset):
        includes (list[Include] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        action (str | Unset):
        status (TerminationStatus | Unset):
        limit (int | Unset):
        action_type (ActionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        entity=entity,
        include_deleted_entities=include_deleted_entities,
        blueprint=blueprint,
        run_id=run_id,
        webhook_id=webhook_id,
        webhook_event_id=webhook_event_id,
        origin=origin,
        installation_id=installation_id,
        resources=resources,
        includes=includes,
        from_=from_,
        to=to,
        action=action,
        status=status,
        limit=limit,
        action_type=action_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    include_deleted_entities: bool | Unset = UNSET,
    blueprint: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    webhook_event_id: str | Unset = UNSET,
    origin: list[str] | Unset = UNSET,
    installation_id: str | Unset = UNSET,
    resources: list[Resource] | Resource | Unset = UNSET,
    includes: list[Include] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
    status: TerminationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    action_type: ActionType | Unset = UNSET,
) -> ErrorResponse | None:
    """Get audit logs

     Port API reference: https://docs.port.io/api-reference/get-audit-logs

    Args:
        identifier (str | Unset):
        entity (str | Unset):
        include_deleted_entities (bool | Unset):
        blueprint (str | Unset):
        run_id (str | Unset):
        webhook_id (str | Unset):
        webhook_event_id (str | Unset):
        origin (list[str] | Unset):
        installation_id (str | Unset):
        resources (list[Resource] | Resource | Unset):
        includes (list[Include] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        action (str | Unset):
        status (TerminationStatus | Unset):
        limit (int | Unset):
        action_type (ActionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            identifier=identifier,
            entity=entity,
            include_deleted_entities=include_deleted_entities,
            blueprint=blueprint,
            run_id=run_id,
            webhook_id=webhook_id,
            webhook_event_id=webhook_event_id,
            origin=origin,
            installation_id=installation_id,
            resources=resources,
            includes=includes,
            from_=from_,
            to=to,
            action=action,
            status=status,
            limit=limit,
            action_type=action_type,
        )
    ).parsed
