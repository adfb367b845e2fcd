from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.create_suggestion import CreateSuggestion
from ...models.update_auto_discovery_invocation_suggestion_response import (
    UpdateAutoDiscoveryInvocationSuggestionResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invocation_id: str,
    entity_identifier: str,
    *,
    body: CreateSuggestion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/ai/entities-auto-discovery/{invocation_id}/suggestions/{entity_identifier}".format(
            invocation_id=quote(str(invocation_id), safe=""),
            entity_identifier=quote(str(entity_identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse | None:
    if response.status_code == 200:
        response_200 = UpdateAutoDiscoveryInvocationSuggestionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invocation_id: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateSuggestion | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse]:
    """Update auto-discovery invocation suggestion

     Port API reference: https://docs.port.io/api-reference/update-auto-discovery-invocation-suggestion

    Args:
        invocation_id (str):
        entity_identifier (str):
        body (CreateSuggestion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
        entity_identifier=entity_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invocation_id: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateSuggestion | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse | None:
    """Update auto-discovery invocation suggestion

     Port API reference: https://docs.port.io/api-reference/update-auto-discovery-invocation-suggestion

    Args:
        invocation_id (str):
        entity_identifier (str):
        body (CreateSuggestion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse
    """

    return sync_detailed(
        invocation_id=invocation_id,
        entity_identifier=entity_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invocation_id: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateSuggestion | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse]:
    """Update auto-discovery invocation suggestion

     Port API reference: https://docs.port.io/api-reference/update-auto-discovery-invocation-suggestion

    Args:
        invocation_id (str):
        entity_identifier (str):
        body (CreateSuggestion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
        entity_identifier=entity_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invocation_id: str,
    entity_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateSuggestion | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse | None:
    """Update auto-discovery invocation suggestion

     Port API reference: https://docs.port.io/api-reference/update-auto-discovery-invocation-suggestion

    Args:
        invocation_id (str):
        entity_identifier (str):
        body (CreateSuggestion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | UpdateAutoDiscoveryInvocationSuggestionResponse
    """

    return (
        await asyncio_detailed(
            invocation_id=invocation_id,
            entity_identifier=entity_identifier,
            client=client,
            body=body,
        )
    ).parsed
