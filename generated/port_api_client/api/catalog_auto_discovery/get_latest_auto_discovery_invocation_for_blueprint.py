from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.get_latest_auto_discovery_invocation_for_blueprint_response import (
    GetLatestAutoDiscoveryInvocationForBlueprintResponse,
)
from ...types import Response


def _get_kwargs(
    blueprint_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ai/entities-auto-discovery/blueprint/{blueprint_identifier}/latest".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse | None:
    if response.status_code == 200:
        response_200 = GetLatestAutoDiscoveryInvocationForBlueprintResponse.from_dict(
            response.json()
        )

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
) -> Response[CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse]:
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
) -> Response[CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse]:
    """Get latest auto-discovery invocation for a blueprint

     Port API reference: https://docs.port.io/api-reference/get-latest-auto-discovery-invocation-for-a-
    blueprint

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse | None:
    """Get latest auto-discovery invocation for a blueprint

     Port API reference: https://docs.port.io/api-reference/get-latest-auto-discovery-invocation-for-a-
    blueprint

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse]:
    """Get latest auto-discovery invocation for a blueprint

     Port API reference: https://docs.port.io/api-reference/get-latest-auto-discovery-invocation-for-a-
    blueprint

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse | None:
    """Get latest auto-discovery invocation for a blueprint

     Port API reference: https://docs.port.io/api-reference/get-latest-auto-discovery-invocation-for-a-
    blueprint

    Args:
        blueprint_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetLatestAutoDiscoveryInvocationForBlueprintResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            client=client,
        )
    ).parsed
