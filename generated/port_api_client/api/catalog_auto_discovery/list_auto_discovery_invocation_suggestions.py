from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.list_auto_discovery_invocation_suggestions_response import (
    ListAutoDiscoveryInvocationSuggestionsResponse,
)
from ...types import Response


def _get_kwargs(
    invocation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ai/entities-auto-discovery/{invocation_id}/suggestions".format(
            invocation_id=quote(str(invocation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse | None:
    if response.status_code == 200:
        response_200 = ListAutoDiscoveryInvocationSuggestionsResponse.from_dict(response.json())

        return response_200

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
) -> Response[CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse]:
    """Get auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/get-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse | None:
    """Get auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/get-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse
    """

    return sync_detailed(
        invocation_id=invocation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse]:
    """Get auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/get-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse | None:
    """Get auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/get-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | ListAutoDiscoveryInvocationSuggestionsResponse
    """

    return (
        await asyncio_detailed(
            invocation_id=invocation_id,
            client=client,
        )
    ).parsed
