from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.delete_specific_provider_configuration_param_provider import (
    DeleteSpecificProviderConfigurationParamProvider,
)
from ...models.ok_response import OkResponse
from ...types import Response


def _get_kwargs(
    provider: DeleteSpecificProviderConfigurationParamProvider,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/llm-providers/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | OkResponse | None:
    if response.status_code == 204:
        response_204 = OkResponse.from_dict(response.json())

        return response_204

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
) -> Response[CreateAgentInvokeErrorSchema | OkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: DeleteSpecificProviderConfigurationParamProvider,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | OkResponse]:
    """Delete a specific provider configuration

     Port API reference: https://docs.port.io/api-reference/delete-a-specific-provider-configuration

    Args:
        provider (DeleteSpecificProviderConfigurationParamProvider):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | OkResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: DeleteSpecificProviderConfigurationParamProvider,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | OkResponse | None:
    """Delete a specific provider configuration

     Port API reference: https://docs.port.io/api-reference/delete-a-specific-provider-configuration

    Args:
        provider (DeleteSpecificProviderConfigurationParamProvider):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | OkResponse
    """

    return sync_detailed(
        provider=provider,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: DeleteSpecificProviderConfigurationParamProvider,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | OkResponse]:
    """Delete a specific provider configuration

     Port API reference: https://docs.port.io/api-reference/delete-a-specific-provider-configuration

    Args:
        provider (DeleteSpecificProviderConfigurationParamProvider):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | OkResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: DeleteSpecificProviderConfigurationParamProvider,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | OkResponse | None:
    """Delete a specific provider configuration

     Port API reference: https://docs.port.io/api-reference/delete-a-specific-provider-configuration

    Args:
        provider (DeleteSpecificProviderConfigurationParamProvider):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | OkResponse
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
        )
    ).parsed
