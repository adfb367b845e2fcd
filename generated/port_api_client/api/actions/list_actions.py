from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actions_response import ActionsResponse
from ...models.error_response import ErrorResponse
from ...models.list_actions_param_operation import ListActionsParamOperation
from ...models.trigger_event import TriggerEvent
from ...models.trigger_type import TriggerType
from ...models.version import Version
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action_identifier: list[str] | Unset = UNSET,
    blueprint_identifier: list[str] | Unset = UNSET,
    operation: list[ListActionsParamOperation] | Unset = UNSET,
    published: bool | Unset = UNSET,
    trigger_type: TriggerType | Unset = UNSET,
    trigger_event: list[TriggerEvent] | Unset = UNSET,
    trigger_event_action_identifier: list[str] | Unset = UNSET,
    version: Version | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action_identifier: list[str] | Unset = UNSET
    if not isinstance(action_identifier, Unset):
        json_action_identifier = action_identifier

    params["action_identifier"] = json_action_identifier

    json_blueprint_identifier: list[str] | Unset = UNSET
    if not isinstance(blueprint_identifier, Unset):
        json_blueprint_identifier = blueprint_identifier

    params["blueprint_identifier"] = json_blueprint_identifier

    json_operation: list[str] | Unset = UNSET
    if not isinstance(operation, Unset):
        json_operation = []
        for operation_item_data in operation:
            operation_item = operation_item_data.value
            json_operation.append(operation_item)

    params["operation"] = json_operation

    params["published"] = published

    json_trigger_type: str | Unset = UNSET
    if not isinstance(trigger_type, Unset):
        json_trigger_type = trigger_type.value

    params["trigger_type"] = json_trigger_type

    json_trigger_event: list[str] | Unset = UNSET
    if not isinstance(trigger_event, Unset):
        json_trigger_event = []
        for trigger_event_item_data in trigger_event:
            trigger_event_item = trigger_event_item_data.value
            json_trigger_event.append(trigger_event_item)

    params["trigger_event"] = json_trigger_event

    json_trigger_event_action_identifier: list[str] | Unset = UNSET
    if not isinstance(trigger_event_action_identifier, Unset):
        json_trigger_event_action_identifier = trigger_event_action_identifier

    params["trigger_event_action_identifier"] = json_trigger_event_action_identifier

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version.value

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActionsResponse.from_dict(response.json())

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
) -> Response[ActionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    action_identifier: list[str] | Unset = UNSET,
    blueprint_identifier: list[str] | Unset = UNSET,
    operation: list[ListActionsParamOperation] | Unset = UNSET,
    published: bool | Unset = UNSET,
    trigger_type: TriggerType | Unset = UNSET,
    trigger_event: list[TriggerEvent] | Unset = UNSET,
    trigger_event_action_identifier: list[str] | Unset = UNSET,
    version: Version | Unset = UNSET,
) -> Response[ActionsResponse | ErrorResponse]:
    """Get actions/automations

     Port API reference: https://docs.port.io/api-reference/get-actions-automations

    Args:
        action_identifier (list[str] | Unset):
        blueprint_identifier (list[str] | Unset):
        operation (list[ListActionsParamOperation] | Unset):
        published (bool | Unset):
        trigger_type (TriggerType | Unset):
        trigger_event (list[TriggerEvent] | Unset):
        trigger_event_action_identifier (list[str] | Unset):
        version (Version | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        blueprint_identifier=blueprint_identifier,
        operation=operation,
        published=published,
        trigger_type=trigger_type,
        trigger_event=trigger_event,
        trigger_event_action_identifier=trigger_event_action_identifier,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    action_identifier: list[str] | Unset = UNSET,
    blueprint_identifier: list[str] | Unset = UNSET,
    operation: list[ListActionsParamOperation] | Unset = UNSET,
    published: bool | Unset = UNSET,
    trigger_type: TriggerType | Unset = UNSET,
    trigger_event: list[TriggerEvent] | Unset = UNSET,
    trigger_event_action_identifier: list[str] | Unset = UNSET,
    version: Version | Unset = UNSET,
) -> ActionsResponse | ErrorResponse | None:
    """Get actions/automations

     Port API reference: https://docs.port.io/api-reference/get-actions-automations

    Args:
        action_identifier (list[str] | Unset):
        blueprint_identifier (list[str] | Unset):
        operation (list[ListActionsParamOperation] | Unset):
        published (bool | Unset):
        trigger_type (TriggerType | Unset):
        trigger_event (list[TriggerEvent] | Unset):
        trigger_event_action_identifier (list[str] | Unset):
        version (Version | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        action_identifier=action_identifier,
        blueprint_identifier=blueprint_identifier,
        operation=operation,
        published=published,
        trigger_type=trigger_type,
        trigger_event=trigger_event,
        trigger_event_action_identifier=trigger_event_action_identifier,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action_identifier: list[str] | Unset = UNSET,
    blueprint_identifier: list[str] | Unset = UNSET,
    operation: list[ListActionsParamOperation] | Unset = UNSET,
    published: bool | Unset = UNSET,
    trigger_type: TriggerType | Unset = UNSET,
    trigger_event: list[TriggerEvent] | Unset = UNSET,
    trigger_event_action_identifier: list[str] | Unset = UNSET,
    version: Version | Unset = UNSET,
) -> Response[ActionsResponse | ErrorResponse]:
    """Get actions/automations

     Port API reference: https://docs.port.io/api-reference/get-actions-automations

    Args:
        action_identifier (list[str] | Unset):
        blueprint_identifier (list[str] | Unset):
        operation (list[ListActionsParamOperation] | Unset):
        published (bool | Unset):
        trigger_type (TriggerType | Unset):
        trigger_event (list[TriggerEvent] | Unset):
        trigger_event_action_identifier (list[str] | Unset):
        version (Version | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        blueprint_identifier=blueprint_identifier,
        operation=operation,
        published=published,
        trigger_type=trigger_type,
        trigger_event=trigger_event,
        trigger_event_action_identifier=trigger_event_action_identifier,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    action_identifier: list[str] | Unset = UNSET,
    blueprint_identifier: list[str] | Unset = UNSET,
    operation: list[ListActionsParamOperation] | Unset = UNSET,
    published: bool | Unset = UNSET,
    trigger_type: TriggerType | Unset = UNSET,
    trigger_event: list[TriggerEvent] | Unset = UNSET,
    trigger_event_action_identifier: list[str] | Unset = UNSET,
    version: Version | Unset = UNSET,
) -> ActionsResponse | ErrorResponse | None:
    """Get actions/automations

     Port API reference: https://docs.port.io/api-reference/get-actions-automations

    Args:
        action_identifier (list[str] | Unset):
        blueprint_identifier (list[str] | Unset):
        operation (list[ListActionsParamOperation] | Unset):
        published (bool | Unset):
        trigger_type (TriggerType | Unset):
        trigger_event (list[TriggerEvent] | Unset):
        trigger_event_action_identifier (list[str] | Unset):
        version (Version | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            action_identifier=action_identifier,
            blueprint_identifier=blueprint_identifier,
            operation=operation,
            published=published,
            trigger_type=trigger_type,
            trigger_event=trigger_event,
            trigger_event_action_identifier=trigger_event_action_identifier,
            version=version,
        )
    ).parsed
