from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.azure_openai import AzureOpenai
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.create_or_connect_llm_provider_body_anthropic import (
    CreateOrConnectLlmProviderBodyAnthropic,
)
from ...models.create_or_connect_llm_provider_body_bedrock import (
    CreateOrConnectLlmProviderBodyBedrock,
)
from ...models.create_or_connect_llm_provider_response import CreateOrConnectLlmProviderResponse
from ...models.openai import Openai
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AzureOpenai
    | CreateOrConnectLlmProviderBodyAnthropic
    | CreateOrConnectLlmProviderBodyBedrock
    | Openai,
    validate_connection: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validate_connection"] = validate_connection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm-providers",
        "params": params,
    }

    if isinstance(body, CreateOrConnectLlmProviderBodyAnthropic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Openai):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AzureOpenai):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse | None:
    if response.status_code == 201:
        response_201 = CreateOrConnectLlmProviderResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AzureOpenai
    | CreateOrConnectLlmProviderBodyAnthropic
    | CreateOrConnectLlmProviderBodyBedrock
    | Openai,
    validate_connection: bool | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse]:
    """Create or connect an LLM provider

     Port API reference: https://docs.port.io/api-reference/create-or-connect-an-llm-provider

    Args:
        validate_connection (bool | Unset):
        body (AzureOpenai | CreateOrConnectLlmProviderBodyAnthropic |
            CreateOrConnectLlmProviderBodyBedrock | Openai):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_connection=validate_connection,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AzureOpenai
    | CreateOrConnectLlmProviderBodyAnthropic
    | CreateOrConnectLlmProviderBodyBedrock
    | Openai,
    validate_connection: bool | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse | None:
    """Create or connect an LLM provider

     Port API reference: https://docs.port.io/api-reference/create-or-connect-an-llm-provider

    Args:
        validate_connection (bool | Unset):
        body (AzureOpenai | CreateOrConnectLlmProviderBodyAnthropic |
            CreateOrConnectLlmProviderBodyBedrock | Openai):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        validate_connection=validate_connection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AzureOpenai
    | CreateOrConnectLlmProviderBodyAnthropic
    | CreateOrConnectLlmProviderBodyBedrock
    | Openai,
    validate_connection: bool | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse]:
    """Create or connect an LLM provider

     Port API reference: https://docs.port.io/api-reference/create-or-connect-an-llm-provider

    Args:
        validate_connection (bool | Unset):
        body (AzureOpenai | CreateOrConnectLlmProviderBodyAnthropic |
            CreateOrConnectLlmProviderBodyBedrock | Openai):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_connection=validate_connection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AzureOpenai
    | CreateOrConnectLlmProviderBodyAnthropic
    | CreateOrConnectLlmProviderBodyBedrock
    | Openai,
    validate_connection: bool | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse | None:
    """Create or connect an LLM provider

     Port API reference: https://docs.port.io/api-reference/create-or-connect-an-llm-provider

    Args:
        validate_connection (bool | Unset):
        body (AzureOpenai | CreateOrConnectLlmProviderBodyAnthropic |
            CreateOrConnectLlmProviderBodyBedrock | Openai):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | CreateOrConnectLlmProviderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            validate_connection=validate_connection,
        )
    ).parsed
