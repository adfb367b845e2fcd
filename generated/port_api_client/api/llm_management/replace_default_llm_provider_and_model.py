from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.get_default_llm_provider_and_model_response import (
    GetDefaultLlmProviderAndModelResponse,
)
from ...models.replace_default_llm_provider_and_model_body import (
    ReplaceDefaultLlmProviderAndModelBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ReplaceDefaultLlmProviderAndModelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/llm-providers/defaults",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse | None:
    if response.status_code == 200:
        response_200 = GetDefaultLlmProviderAndModelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReplaceDefaultLlmProviderAndModelBody,
) -> Response[CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse]:
    """Change default LLM provider and model

     Port API reference: https://docs.port.io/api-reference/change-default-llm-provider-and-model

    Args:
        body (ReplaceDefaultLlmProviderAndModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse]
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
    body: ReplaceDefaultLlmProviderAndModelBody,
) -> CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse | None:
    """Change default LLM provider and model

     Port API reference: https://docs.port.io/api-reference/change-default-llm-provider-and-model

    Args:
        body (ReplaceDefaultLlmProviderAndModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReplaceDefaultLlmProviderAndModelBody,
) -> Response[CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse]:
    """Change default LLM provider and model

     Port API reference: https://docs.port.io/api-reference/change-default-llm-provider-and-model

    Args:
        body (ReplaceDefaultLlmProviderAndModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReplaceDefaultLlmProviderAndModelBody,
) -> CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse | None:
    """Change default LLM provider and model

     Port API reference: https://docs.port.io/api-reference/change-default-llm-provider-and-model

    Args:
        body (ReplaceDefaultLlmProviderAndModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetDefaultLlmProviderAndModelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
